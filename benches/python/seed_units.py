"""Lesson 11's Python experiment (`lessons/11-threads-vs-processes/python/threads_vs_processes.py`):
the seed's calc() once per core, sequentially, on threads and on processes, with that file's
iterations per unit (its `N`, read from it; 10,000,000 if it cannot be read). Lesson 11's
chapter quotes these lines."""
import pathlib
import re

from common import OPTIONS, QUICK, WORKERS, report
from cpu_bound import experiment, warm_up

LESSON_FILE = (pathlib.Path(__file__).resolve().parents[2]
               / "lessons" / "11-threads-vs-processes" / "python" / "threads_vs_processes.py")
ROUNDS = OPTIONS.rounds or (1 if QUICK else 3)
SEED_ITERATIONS = 40_000_000  # the seed's range(0, 40000000)


def lesson_iterations():
    """The lesson file's `N = ...`, so this measures what the chapter shows."""
    try:
        found = re.search(r"^N = ([\d_]+)", LESSON_FILE.read_text(), re.MULTILINE)
    except OSError:
        found = None
    return int(found.group(1).replace("_", "")) if found else 10_000_000


if __name__ == "__main__":
    n = 200_000 if QUICK else lesson_iterations()
    warm_up(0.01 if QUICK else 0.5)
    seq, thr, proc = experiment(n, WORKERS, ROUNDS)
    name = f"lesson 11, {WORKERS} units of {n:,} iterations"
    report(f"{name}: iterations per unit", "count", [n])
    report(f"{name}: sequential", "s", seq)
    report(f"{name}: threads", "s", thr)
    report(f"{name}: processes", "s", proc)
    report(f"{name}: speed-up on threads", "×", [s / t for s, t in zip(seq, thr)])
    report(f"{name}: speed-up on processes", "×", [s / p for s, p in zip(seq, proc)])
    per_iteration = [s / (WORKERS * n) for s in seq]
    report("the seed's 40,000,000 iterations, one thread", "s",
           [p * SEED_ITERATIONS for p in per_iteration])
