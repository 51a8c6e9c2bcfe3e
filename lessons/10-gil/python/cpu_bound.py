"""Seed 001's CPU-bound experiment on threads, with the sequential baseline it leaves out.

The seed loops over range(0, 40000000) per thread; N is smaller so the file runs in seconds.
"""
import math
import os
import threading
import time

N = 4_000_000  # the seed's 40_000_000


# ANCHOR: calc
def calc():
    for i in range(0, N):
        math.sqrt(i)


threads = [threading.Thread(target=calc) for _ in range(os.cpu_count())]
# ANCHOR_END: calc

start = time.perf_counter()
for _ in threads:
    calc()
sequential = time.perf_counter() - start

start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"{len(threads)} threads: sequential {sequential:.2f} s, threads {threaded:.2f} s "
      f"({sequential / threaded:.2f}x)")
