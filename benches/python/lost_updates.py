"""Seed 003's lost update, statistically: 4 threads each do `v = counter; counter = v + 1`
M times. How many of the 4×M increments are lost? (With the GIL, few but not none: a thread can
be switched out between the read and the write.)"""
import threading

from common import QUICK, repeat

THREADS = 4
M = 20_000 if QUICK else 200_000


def lost():
    counter = 0
    start = threading.Barrier(THREADS)

    def work():
        nonlocal counter
        start.wait()  # all four run at once
        for _ in range(M):
            v = counter
            counter = v + 1

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return (THREADS * M - counter) / (THREADS * M) * 100


if __name__ == "__main__":
    repeat(f"lost updates, {THREADS}×{M:,} read-then-write increments", "% lost", lost)
