"""Seed 000's daemon thread, as the seed wrote it. Run: python3 daemon.py

Prints `This is a daemon Thread.` two or three times (the third races with `sleep(2)`), then
`Exiting main Thread`, and ends: the daemon thread never prints its last lines.
"""
# ANCHOR: daemon
import threading
import time

def some_task(seconds):
    thread = 'non-daemon'
    if threading.current_thread().daemon:
        thread = 'daemon'

    for _ in range(5):
        print(f'This is a {thread} Thread.')
        time.sleep(seconds)

wait_length = 1
t = threading.Thread(target=some_task, args=(wait_length,), daemon=True)
# t.daemon = True
t.start()

time.sleep(2)
print('Exiting main Thread')
# ANCHOR_END: daemon
