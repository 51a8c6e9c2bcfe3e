"""Seed 003's lost update, statistically: 4 threads each do `v = counter; counter = v + 1`
M times. How many of the 4×M increments are lost?

With the GIL, a thread can lose an update only if it is switched out between the read and the
write. CPython 3.10+ switches threads only at certain bytecodes (backward jumps, calls), not
between these two statements, so this loop usually loses none: 0.00% is the expected answer
here, and it is luck of the bytecode, not a guarantee (lesson 06 forces the loss with a pause,
and on free-threaded CPython this loop does lose updates)."""
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
