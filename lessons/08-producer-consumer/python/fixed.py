"""Seed 004 fixed: the end of the stream travels through the queue. Run: python3 fixed.py

Prints `sentinel: consumed N messages`, and on Python 3.13 or newer also
`shutdown: consumed N messages` (queue.shutdown() is new in 3.13).
"""
from concurrent.futures import ThreadPoolExecutor
import queue
import random
import threading
import time

# ANCHOR: shutdown
def producer(q, event):
    while not event.is_set():
        q.put(random.randint(1, 100))  # randint includes both ends
    q.shutdown()                       # after the last put: nothing can come after it

def consumer(q):                       # no event: the queue says when it is over
    consumed = 0
    while True:
        try:
            q.get()                    # blocks until a message, or shut down and drained
        except queue.ShutDown:
            return consumed
        consumed += 1
# ANCHOR_END: shutdown

# ANCHOR: sentinel
DONE = object()

def sentinel_producer(q, event):
    while not event.is_set():
        q.put(random.randint(1, 100))
    q.put(DONE)                        # one per consumer

def sentinel_consumer(q):
    consumed = 0
    while q.get() is not DONE:
        consumed += 1
    return consumed
# ANCHOR_END: sentinel


def run(name, produce, consume):
    q, event = queue.Queue(maxsize=10), threading.Event()
    with ThreadPoolExecutor(max_workers=2) as executor:
        producing = executor.submit(produce, q, event)
        consuming = executor.submit(consume, q)
        time.sleep(0.1)
        event.set()
        producing.result()             # re-raises the producer's exception, if any
        print(f'{name}: consumed {consuming.result()} messages')


if __name__ == '__main__':
    run('sentinel', sentinel_producer, sentinel_consumer)
    if hasattr(queue.Queue, 'shutdown'):
        run('shutdown', producer, consumer)
