"""Seed 004's producer and consumer stopped by an Event (its consumer corrected), and a worker
that sleeps in event.wait(tick). Run: python3 event.py (about 0.6 s)."""
from concurrent.futures import ThreadPoolExecutor
from queue import Empty, Queue
import random
import threading
import time


# ANCHOR: seed
def producer(queue, event):
    while not event.is_set():
        message = random.randint(1, 101)
        queue.put(message)


def consumer(queue, event):
    while not (event.is_set() and queue.empty()):
        try:
            message = queue.get(timeout=0.1)  # the seed: queue.get(), which may never return
        except Empty:
            pass
# ANCHOR_END: seed


def main():
    pipeline = Queue(maxsize=10)
    event = threading.Event()
    with ThreadPoolExecutor(max_workers=2) as executor:
        executor.submit(producer, pipeline, event)
        executor.submit(consumer, pipeline, event)
        # ANCHOR: set
        time.sleep(0.1)  # simulating time messages produced/consumed.
        event.set()  # no more messages to produce -> signal both producers and consumers.
        # ANCHOR_END: set


# ANCHOR: stop
def worker(stop, tick):
    rounds = 0
    while not stop.wait(tick):  # a sleep that stop.set() cuts short
        rounds += 1
    print(f'{rounds=}')
# ANCHOR_END: stop


main()
stop = threading.Event()
thread = threading.Thread(target=worker, args=(stop, 0.2))
thread.start()
time.sleep(0.5)
stop.set()
thread.join()  # rounds=2, at 0.5 s, not at the end of the third tick
