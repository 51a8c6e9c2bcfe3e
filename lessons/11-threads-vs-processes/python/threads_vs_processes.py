"""Seed 001's experiment: the same CPU-bound loop once per core, on threads, then on processes.

The seed never times the loops run one after another; this file adds that baseline. The seed
loops over range(0, 40000000); N is smaller so the file runs in seconds.
"""
import math
import os
import threading
import time
from multiprocessing import Process

N = 10_000_000  # the seed's 40_000_000


# ANCHOR: seed
def calc():
    for i in range(0, N):
        math.sqrt(i)


def timed(workers):
    start = time.time()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.time() - start


if __name__ == "__main__":  # a `spawn`ed child imports this file again: it must not rerun it
    threads = timed([threading.Thread(target=calc) for _ in range(os.cpu_count())])
    processes = timed([Process(target=calc) for _ in range(os.cpu_count())])
    # ANCHOR_END: seed
    start = time.time()
    for _ in range(os.cpu_count()):
        calc()
    sequential = time.time() - start
    print(f"sequential {sequential:.2f} s, threads {threads:.2f} s ({sequential / threads:.2f}x), "
          f"processes {processes:.2f} s ({sequential / processes:.2f}x)")
