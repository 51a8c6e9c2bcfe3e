"""What a Future and an executor do: a task that raises, cancel, shutdown.

Run: python3 futures.py (under a second).
"""
import concurrent.futures
import threading


def fails():
    raise ValueError('expected 42, got 41')


def busy(started, go):
    started.set()
    go.wait()


# ANCHOR: max_workers
executor = concurrent.futures.ThreadPoolExecutor()
print(executor._max_workers)  # min(32, cpus + 4): 6 on 2 CPUs
# ANCHOR_END: max_workers
executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)

# ANCHOR: result
future = executor.submit(fails)
try:
    future.result()  # re-raises the exception raised in the task
except ValueError as error:
    print('result() raised:', error)
# ANCHOR_END: result

started, go = threading.Event(), threading.Event()
running = executor.submit(busy, started, go)
queued = executor.submit(print, 'the queued task ran')
started.wait()  # the only worker is busy: `queued` is still in the queue
# ANCHOR: cancel
print(running.cancel(), queued.cancel())  # -> False True  # only a task not yet started
# ANCHOR_END: cancel
go.set()

started, go = threading.Event(), threading.Event()
running = executor.submit(busy, started, go)
queue = [executor.submit(print, n) for n in range(3)]
started.wait()
threading.Timer(0.1, go.set).start()  # the running task ends a moment later
# ANCHOR: cancel_futures
executor.shutdown(cancel_futures=True)  # cancel everything still queued (Python 3.9+)
# ANCHOR_END: cancel_futures
print([f.cancelled() for f in queue])  # -> [True, True, True]

# ANCHOR: shutdown
executor.shutdown()  # a second shutdown does nothing
try:
    executor.submit(print, 'late')
except RuntimeError as error:
    print('RuntimeError:', error)  # -> RuntimeError: cannot schedule new futures after shutdown
# ANCHOR_END: shutdown

# ANCHOR: first_completed
from concurrent.futures import FIRST_COMPLETED, wait
import time

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(time.sleep, s) for s in (0.3, 0.1, 0.2)]
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))  # -> 1 2  # the 0.1 s sleep finished first
# ANCHOR_END: first_completed
