"""Seed 002's five sleepers: how long past the longest sleep do five concurrent sleeps end?"""
import threading
import time

from common import repeat, seconds

SLEEP = 0.1


def overhead():
    def go():
        threads = [threading.Thread(target=time.sleep, args=(SLEEP,)) for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return (seconds(go) - SLEEP) * 1e3


if __name__ == "__main__":
    repeat("5 sleepers of 100 ms: overhead above 100 ms", "ms", overhead)
