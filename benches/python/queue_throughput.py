"""Seed 004's producer and consumer over queue.Queue(maxsize=...): messages per second, 1 → 1."""
import queue
import threading

from common import QUICK, repeat, seconds

MESSAGES = 20_000 if QUICK else 100_000
DONE = object()


def throughput():
    q = queue.Queue(maxsize=1024)

    def producer():
        for i in range(MESSAGES):
            q.put(i)
        q.put(DONE)

    def consumer():
        while q.get() is not DONE:
            pass

    def go():
        threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return MESSAGES / seconds(go) / 1e6


if __name__ == "__main__":
    repeat("queue 1→1 throughput", "M msg/s", throughput)
