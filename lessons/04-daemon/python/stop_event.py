"""Seed 004's stop signal, a threading.Event, on a background worker. Run: python3 stop_event.py

Prints `worker: working` a few times, then `worker: stopped`, then `main: joined`.
"""
import threading
import time

# ANCHOR: event
def worker(stop: threading.Event) -> None:
    while not stop.is_set():  # checked once per round
        print('worker: working')
        time.sleep(0.2)
    print('worker: stopped')

stop = threading.Event()
t = threading.Thread(target=worker, args=(stop,))
t.start()
time.sleep(0.5)
stop.set()  # the signal ...
t.join()    # ... and the wait
print('main: joined')
# ANCHOR_END: event
