"""Seed 004's producer/consumer sample, as written. Run: python3 seed_004.py

The seed defines main() without calling it; the last lines call it. It usually returns after
about 0.1 s and prints one line. It can also hang forever: lesson 08 shows when, and why.
"""
# ANCHOR: sample
from concurrent.futures import ThreadPoolExecutor
from queue import Queue
import random
from threading import Event
import time

# ANCHOR: seed
def producer(queue, event):
    while not event.is_set():
        message = random.randint(1, 101)
        queue.put(message)


def consumer(queue, event):
    while not (event.is_set() and queue.empty()):
        message = queue.get()
# ANCHOR_END: seed

def main():

    pipeline = Queue(maxsize=10)
    event = Event()
    with ThreadPoolExecutor(max_workers=2) as executor:
        executor.submit(producer, pipeline, event) # listens on changes of state of event
        executor.submit(consumer, pipeline, event) # listens on changes of state of event

        time.sleep(0.1) # simulating time messages produced/consumed.
        event.set() # no more messages to produce -> signal both producers and consumers.
# ANCHOR_END: sample


if __name__ == '__main__':
    main()
    print('main() returned')
