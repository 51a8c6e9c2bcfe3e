"""Lesson 15's extension module, `rustwork`, on seed 001's units from Python: each unit about
--budget-ms on one core (in Rust this time), one call after another, on threading.Threads with
the GIL held and with it released, and in one call with rayon. `compare` runs it with the Python
of the virtual environment that `cargo run -p rust-from-python -- --build-only` built, where
`import rustwork` works; the rows land in the Python column (or the free-threaded one)."""
import threading

import rustwork
from common import OPTIONS, QUICK, RUNS, WORKERS, report, seconds

BUDGET_MS = OPTIONS.budget_ms or (20 if QUICK else 300)


def on_threads(f, n, threads):
    workers = [threading.Thread(target=f, args=(n,)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    n = rustwork.iterations_for(BUDGET_MS / 1000)
    ways = {
        "extension, one call after another": lambda: [rustwork.sqrt_sum(n) for _ in range(WORKERS)],
        "extension on threads, holding the GIL": lambda: on_threads(
            rustwork.sqrt_sum_holding_gil, n, WORKERS),
        "extension on threads, GIL released": lambda: on_threads(rustwork.sqrt_sum, n, WORKERS),
        "extension with rayon, one call": lambda: rustwork.sqrt_sums([n] * WORKERS),
    }
    what = {
        "extension, one call after another": "lesson 15's `rustwork.sqrt_sum`",
        "extension on threads, holding the GIL": "`rustwork.sqrt_sum_holding_gil` on `threading.Thread`s",
        "extension on threads, GIL released": "`rustwork.sqrt_sum` (`py.detach`) on `threading.Thread`s",
        "extension with rayon, one call": "`rustwork.sqrt_sums`",
    }
    times = {name: [] for name in ways}
    for _ in range(RUNS):  # the ways take turns in every round
        for name, way in ways.items():
            times[name].append(seconds(way))
    name = f"sqrt loop, {WORKERS} units of ~{BUDGET_MS} ms each"
    for way, values in times.items():
        report(f"{name}: {way}", "ms", [v * 1e3 for v in values], what[way])
    sequential = times["extension, one call after another"]
    for way in list(ways)[1:]:
        report(f"CPU-bound speed-up, {way}", "×",
               [s / t for s, t in zip(sequential, times[way])])
