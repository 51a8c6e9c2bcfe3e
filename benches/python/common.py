"""Shared by the comparison scripts: repetition and the output format."""
import sys
import time

QUICK = "--quick" in sys.argv
RUNS = 1 if QUICK else 5


def report(measure, unit, values):
    """One line: measure, unit and every run's value, tab-separated."""
    print(f"{measure}\t{unit}\t{','.join(f'{v:.6g}' for v in values)}", flush=True)


def repeat(measure, unit, once, runs=RUNS):
    """Run `once()` (which returns a value in `unit`) `runs` times and report them all."""
    report(measure, unit, [once() for _ in range(runs)])


def seconds(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start
