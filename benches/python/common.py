"""Shared by the comparison scripts: the options `compare` passes, repetition and the output
format.

Every script prints one line per measure, which `compare` reads:

    measure<TAB>unit<TAB>value,value,...[<TAB>what was measured, when the two languages differ]
"""
import argparse
import os
import sys
import time

_parser = argparse.ArgumentParser(add_help=False)
_parser.add_argument("--quick", action="store_true", help="a little work, once: a smoke run")
_parser.add_argument("--rounds", type=int, default=None, help="runs of each measure")
_parser.add_argument("--workers", type=int, default=None, help="units of CPU-bound work")
_parser.add_argument("--budget-ms", type=int, default=None, help="one unit's time on one core")
_parser.add_argument("--messages", type=int, default=None, help="messages through a queue")
OPTIONS, _ = _parser.parse_known_args()

QUICK = OPTIONS.quick
RUNS = OPTIONS.rounds or (1 if QUICK else 5)
# The cores this process may run on, as Rust's `available_parallelism` counts them.
WORKERS = OPTIONS.workers or (
    len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
)


def gil_enabled():
    """False on a free-threaded build running without its GIL (3.13t, 3.14t)."""
    return getattr(sys, "_is_gil_enabled", lambda: True)()


def report(measure, unit, values, what=""):
    """One line: measure, unit, every run's value and, optionally, what was measured."""
    text = [str(v) if isinstance(v, int) else f"{v:.6g}" for v in values]
    line = f"{measure}\t{unit}\t{','.join(text)}"
    print(f"{line}\t{what}" if what else line, flush=True)


def repeat(measure, unit, once, runs=RUNS, what=""):
    """Run `once()` (which returns a value in `unit`) `runs` times and report them all."""
    report(measure, unit, [once() for _ in range(runs)], what)


def seconds(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
