"""Ten workers, three connections. Run: python3 semaphore.py (about 2 s)."""
import threading
import time

# ANCHOR: bounded
connections = threading.BoundedSemaphore(3)

def worker():
    with connections:  # at most 3 threads in here at once
        time.sleep(0.5)  # use the connection
# ANCHOR_END: bounded


threads = [threading.Thread(target=worker) for _ in range(10)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# ANCHOR: release
try:
    connections.release()  # one release more than acquires: a bug
except ValueError as error:
    print('BoundedSemaphore:', error)  # a plain Semaphore would now count 4
# ANCHOR_END: release
