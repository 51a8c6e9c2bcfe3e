"""Seed 004's producer and consumer: messages per second from one thread to another, through
`queue.Queue(maxsize=1024)` (a lock and condition variables, like lesson 08's teaching Queue) and
through `queue.SimpleQueue()` (unbounded, written in C: CPython's fastest queue)."""
import queue
import threading

from common import OPTIONS, QUICK, seconds

MESSAGES = OPTIONS.messages or (20_000 if QUICK else 100_000)
DONE = object()


def throughput(make):
    q = make()

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
    from common import RUNS, report

    bounded = [throughput(lambda: queue.Queue(maxsize=1024)) for _ in range(RUNS)]
    simple = [throughput(queue.SimpleQueue) for _ in range(RUNS)]
    what = "`queue.Queue(maxsize=1024)`"
    report("queue 1→1, like for like: a lock and condition variables, 1,024 slots",
           "M msg/s", bounded, what)
    report("queue 1→1, like for like: a fast unbounded queue", "M msg/s", simple,
           "`queue.SimpleQueue()`, in C")
    # The same runs again: the cross pair changes the Rust side only.
    report("queue 1→1, the cross pair: each language's usual queue", "M msg/s", bounded, what)
