# needs: rustwork
"""Lesson 15's Python side: a Python program that calls the Rust extension module `rustwork`.

`cargo run -p rust-from-python` builds `rustwork` into target/py15-venv, then runs this file once
per section, `python lesson.py SECTION --budget-ms N`, and narrates the JSON object it prints.
Each unit of CPU-bound work is sized to take about N ms on one core of this machine.
"""
import argparse
import json
import math
import multiprocessing
import os
import sys
import threading
import time
import traceback

import rustwork


# ANCHOR: calc
def calc(n):
    """The seed's CPU-bound loop, in Python."""
    for i in range(n):
        math.sqrt(i)
# ANCHOR_END: calc


# ANCHOR: on_threads
def on_threads(f, n, threads=2):
    """Calls f(n) on `threads` threading.Threads at once and waits for them all."""
    workers = [threading.Thread(target=f, args=(n,)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
# ANCHOR_END: on_threads


def python_iterations_for(seconds):
    """How many iterations of calc() take about `seconds` on one core: the fastest of three."""
    probe = 10_000
    fastest = timed(lambda: calc(probe))[1]
    while fastest < 0.005:
        probe *= 4
        fastest = timed(lambda: calc(probe))[1]
    for _ in range(2):
        fastest = min(fastest, timed(lambda: calc(probe))[1])
    return max(int(seconds / (fastest / probe)), 1_000)


def cpu_seconds():
    """CPU time of every thread of this process, and of its finished child processes."""
    children = os.times()
    return time.process_time() + children.children_user + children.children_system


def timed(f):
    """(f's result, wall seconds, CPU seconds meanwhile: see cpu_seconds)."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = f()
    return result, time.perf_counter() - wall, cpu_seconds() - cpu


def fastest(rounds, ways):
    """Runs each of `ways` (name -> function) once per round, taking turns; for each, the
    fastest round's wall time and the CPU time of that round (cores' worth = cpu / wall)."""
    best = {}
    for _ in range(rounds):
        for name, f in ways.items():
            _, wall, cpu = timed(f)
            if name not in best or wall < best[name]["wall"]:
                best[name] = {"wall": wall, "cpu": cpu}
    return best


def recorded(f):
    """The spans Rust code marked while f() ran, for the narrator's timeline."""
    _, spans, elapsed, _ = rustwork._record(f)
    return {"elapsed": elapsed, "spans": spans}


def units_section(budget, rounds):
    """The seed's units, every way: in Python on threads and processes, and in rustwork holding
    the GIL, releasing it, and with rayon. Each language's unit takes about `budget` seconds."""
    n = rustwork.iterations_for(budget)
    n_py = python_iterations_for(budget)
    # ANCHOR: calls
    ways = {
        "sequential": lambda: [rustwork.sqrt_sum(n) for _ in range(2)],
        "holding": lambda: on_threads(rustwork.sqrt_sum_holding_gil, n),
        "released": lambda: on_threads(rustwork.sqrt_sum, n),
        "rayon": lambda: rustwork.sqrt_sums([n, n]),  # a list in, a list out: one call
    }
    # ANCHOR_END: calls
    ways["python sequential"] = lambda: [calc(n_py) for _ in range(2)]
    ways["python threads"] = lambda: on_threads(calc, n_py)
    ways["python processes"] = lambda: on_processes(calc, n_py)
    # What the machine allowed in the same rounds: plain Rust threads, no Python involved.
    ways["plain threads"] = lambda: rustwork._plain_threads(2, n)
    assert rustwork.sqrt_sums([n, n]) == [rustwork.sqrt_sum(n)] * 2
    return {
        "iterations": n,
        "python_iterations": n_py,
        "times": fastest(rounds, ways),
        "holding": recorded(lambda: on_threads(rustwork.sqrt_sum_holding_gil, n)),
        "released": recorded(lambda: on_threads(rustwork.sqrt_sum, n)),
        "rayon": recorded(lambda: rustwork.sqrt_sums([n, n])),
    }


def on_processes(f, n, processes=2):
    """The seed's other half: f(n) in `processes` multiprocessing.Processes at once."""
    workers = [multiprocessing.Process(target=f, args=(n,)) for _ in range(processes)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def callbacks_section(budget, rounds):
    n_py = python_iterations_for(budget / 2)
    pause = budget / 2
    # ANCHOR: callbacks
    rustwork.map_threads(calc, [n_py] * 4, threads=2)         # Python code: takes turns
    rustwork.map_threads(time.sleep, [pause] * 4, threads=2)  # sleeps: the GIL is let go
    # ANCHOR_END: callbacks
    ways = {
        "calc sequential": lambda: [calc(x) for x in [n_py] * 4],
        "calc from 2 Rust threads": lambda: rustwork.map_threads(calc, [n_py] * 4),
        "sleep sequential": lambda: [time.sleep(x) for x in [pause] * 4],
        "sleep from 2 Rust threads": lambda: rustwork.map_threads(time.sleep, [pause] * 4),
    }
    threads_seen = rustwork.map_threads(lambda _: threading.current_thread().name, [0, 1])
    return {"times": fastest(rounds, ways), "names": threads_seen}


def feed_section(budget, rounds):
    n = rustwork.iterations_for(budget)
    ticks = 0
    done = threading.Event()

    def heartbeat():
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0.001)

    def consume():
        arrivals, start = [], time.perf_counter()
        # ANCHOR: feed
        for total in rustwork.sqrt_feed([n] * 4, capacity=1):
            arrivals.append((time.perf_counter() - start, total))
        # ANCHOR_END: feed
        return arrivals

    beating = threading.Thread(target=heartbeat)
    beating.start()
    arrivals, spans, elapsed, _ = rustwork._record(consume)
    done.set()
    beating.join()
    # ANCHOR: early_break
    for taken, total in enumerate(rustwork.sqrt_feed([n] * 100), start=1):
        if taken == 2:
            break  # the iterator is dropped: its producer stops at its next send
    # ANCHOR_END: early_break
    return {
        "iterations": n,
        "arrivals": arrivals,
        "ticks": ticks,
        "waited": arrivals[-1][0],
        "timeline": {"elapsed": elapsed, "spans": spans},
    }


def errors_section(budget, rounds):
    rustwork._short_panic_messages()
    # ANCHOR: panic
    try:
        rustwork.panic_on_a_worker("index out of bounds: the len is 3 but the index is 7")
    except BaseException as e:  # PanicException derives from BaseException, not Exception
        panic = f"{type(e).__module__}.{type(e).__name__}: {e}"
    # ANCHOR_END: panic
    called = []

    # ANCHOR: raises
    def check(x):
        called.append(x)
        if x == 3:
            raise ValueError(f"item {x} is bad")
        return x * 10

    try:
        rustwork.map_threads(check, [1, 2, 3, 4, 5, 6, 7, 8], threads=2)
    except ValueError as e:
        raised = f"{type(e).__name__}: {e}"
        frames = [f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)]
    # ANCHOR_END: raises
    return {"panic": panic, "raised": raised, "frames": frames, "called": sorted(called)}


SECTIONS = {
    "units": units_section,
    "callbacks": callbacks_section,
    "feed": feed_section,
    "errors": errors_section,
}

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("section", choices=sorted(SECTIONS))
    parser.add_argument("--budget-ms", type=float, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    result = SECTIONS[args.section](args.budget_ms / 1000, args.rounds)
    json.dump(result, sys.stdout)
    print()
