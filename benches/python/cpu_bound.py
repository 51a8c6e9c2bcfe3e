"""Seed 001's experiment, sized by time as lesson 11 sizes it: WORKERS units of the seed's sqrt
loop, each sized to take about --budget-ms on one core of this machine in this interpreter, run
one after another, on threads and on processes. The three ways take turns in every round, so
a round's speed-ups compare runs that met the same machine."""
import math
import multiprocessing
import threading
import time

from common import OPTIONS, QUICK, RUNS, WORKERS, report, seconds

BUDGET_MS = OPTIONS.budget_ms or (20 if QUICK else 300)


def calc(n):
    """The seed's `calc()`, with the count as an argument."""
    for i in range(n):
        math.sqrt(i)


def iterations_for(budget_s):
    """How many iterations of calc() take about `budget_s` on one core: timing::iterations_for.

    Grow a probe until it takes long enough to time, then keep the fastest of three timings (a
    busy machine can only make a run slower)."""
    probe = 10_000
    fastest = seconds(lambda: calc(probe))
    while fastest < 0.005:
        probe *= 4
        fastest = seconds(lambda: calc(probe))
    for _ in range(2):
        fastest = min(fastest, seconds(lambda: calc(probe)))
    return max(int(budget_s / (fastest / probe)), 1_000)


def sequential(n, workers):
    return seconds(lambda: [calc(n) for _ in range(workers)])


def all_at_once(kind, n, workers):
    """Start `workers` threads or processes running calc(n), then join them all."""
    def go():
        running = [kind(target=calc, args=(n,)) for _ in range(workers)]
        for w in running:
            w.start()
        for w in running:
            w.join()
    return seconds(go)


def experiment(n, workers, rounds):
    """`rounds` rounds of sequential, threads, processes; each a list of seconds."""
    seq, thr, proc = [], [], []
    for _ in range(rounds):
        seq.append(sequential(n, workers))
        thr.append(all_at_once(threading.Thread, n, workers))
        proc.append(all_at_once(multiprocessing.Process, n, workers))
    return seq, thr, proc


def warm_up(duration_s):
    """Run the loop for a while first (CPU frequency, caches), as the Rust side does."""
    end = time.perf_counter() + duration_s
    while time.perf_counter() < end:
        calc(10_000)


if __name__ == "__main__":
    warm_up(0.01 if QUICK else 0.5)
    n = iterations_for(BUDGET_MS / 1000)
    seq, thr, proc = experiment(n, WORKERS, RUNS)
    name = f"sqrt loop, {WORKERS} units of ~{BUDGET_MS} ms each"
    method = multiprocessing.get_start_method()
    report("sqrt loop, one thread: time per iteration", "ns", [s / (WORKERS * n) * 1e9 for s in seq])
    report(f"{name}: iterations per unit", "count", [n])
    report(f"{name}: sequential", "ms", [s * 1e3 for s in seq])
    report(f"{name}: threads", "ms", [t * 1e3 for t in thr], "`threading.Thread`")
    report(f"{name}: processes", "ms", [p * 1e3 for p in proc],
           f"`multiprocessing.Process`, {method}")
    report("CPU-bound speed-up on threads", "×", [s / t for s, t in zip(seq, thr)])
    report("CPU-bound speed-up on processes", "×", [s / p for s, p in zip(seq, proc)])
