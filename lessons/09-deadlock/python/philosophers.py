"""Lesson 09's dining philosophers in Python: the naive dinner deadlocks, three fixes do not.

Run it with `python3 lessons/09-deadlock/python/philosophers.py`; it takes about 1 s.
"""
import random
import threading
import time

n = 5


def eat():
    time.sleep(0.01)


# ANCHOR: naive
def eat_naive(forks, i, between_forks=lambda: None):
    with forks[i]:
        between_forks()
        with forks[(i + 1) % n]:
            eat()
# ANCHOR_END: naive


# ANCHOR: ordered
def eat_in_order(forks, i):
    first, second = sorted([i, (i + 1) % n])
    with forks[first], forks[second]:
        eat()
# ANCHOR_END: ordered


# ANCHOR: waiter
waiter = threading.Semaphore(n - 1)

def eat_with_waiter(forks, i):
    with waiter:
        eat_naive(forks, i)
# ANCHOR_END: waiter


# ANCHOR: backoff
def eat_with_backoff(forks, i, patience=0.01):
    while True:
        with forks[i]:
            if forks[(i + 1) % n].acquire(timeout=patience):
                eat()
                forks[(i + 1) % n].release()
                return
        time.sleep(random.uniform(0, patience))   # random, so neighbours do not collide again
# ANCHOR_END: backoff


def dinner(eat_with, *extra):
    """Each philosopher on a daemon thread; how many are still waiting after 1 s at most."""
    forks = [threading.Lock() for _ in range(n)]
    threads = [threading.Thread(target=eat_with, args=(forks, i, *extra), daemon=True)
               for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=1 / n)
    return sum(t.is_alive() for t in threads)


everyone_holds_left = threading.Barrier(n)
print("naive, all take the left fork first:", dinner(eat_naive, everyone_holds_left.wait),
      "of", n, "still waiting after 1 s")
print("lock order:", dinner(eat_in_order), "still waiting")
print("waiter with n-1 seats:", dinner(eat_with_waiter), "still waiting")
print("acquire(timeout) + random back-off:", dinner(eat_with_backoff), "still waiting")
