"""Seed 001's experiment: the same sqrt loop per core, sequentially, on threads, on processes."""
import math
import multiprocessing
import os
import threading

from common import QUICK, report, seconds

N = 200_000 if QUICK else 2_000_000  # iterations per worker
WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def calc():
    for i in range(N):
        math.sqrt(i)


def sequential():
    return seconds(lambda: [calc() for _ in range(WORKERS)]) * 1e3


def run_all(kind):
    def go():
        workers = [kind(target=calc) for _ in range(WORKERS)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    return seconds(go) * 1e3


if __name__ == "__main__":
    calc()  # warm up, as the Rust side does
    seq = [sequential() for _ in range(1 if QUICK else 5)]
    thr = [run_all(threading.Thread) for _ in range(1 if QUICK else 5)]
    proc = [run_all(multiprocessing.Process) for _ in range(1 if QUICK else 5)]
    report(f"sqrt loop, {WORKERS}×{N:,}: sequential", "ms", seq)
    report(f"sqrt loop, {WORKERS}×{N:,}: threads", "ms", thr)
    report(f"sqrt loop, {WORKERS}×{N:,}: processes", "ms", proc)
    s = sorted(seq)[len(seq) // 2]
    report("CPU-bound speed-up on threads", "×", [s / t for t in thr])
    report("CPU-bound speed-up on processes", "×", [s / p for p in proc])
