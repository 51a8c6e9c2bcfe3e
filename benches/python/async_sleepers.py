"""Lesson 13's sleepers under asyncio: N tasks that each `await asyncio.sleep(...)`, gathered on
one event loop. How long past one sleep do they all end, and how much peak memory do they add?

The Rust side is lesson 13's own scenario, run as a child so its peak memory is its own:
`async-await --scenario tasks N SLEEP_MS` prints
`sleepers<TAB>tasks<TAB>N<TAB>started<TAB>took_us<TAB>before_kib<TAB>peak_kib<TAB>-`.
"""
import asyncio
import resource

from common import QUICK, RUNS, report, seconds

N = 1_000 if QUICK else 10_000
SLEEP_MS = 20 if QUICK else 100


def peak_kib():
    """The process's peak resident memory so far (ru_maxrss: KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


async def sleepers(n, seconds_each):
    await asyncio.gather(*(asyncio.sleep(seconds_each) for _ in range(n)))


def once():
    """Milliseconds above one sleep."""
    took = seconds(lambda: asyncio.run(sleepers(N, SLEEP_MS / 1e3)))
    return (took - SLEEP_MS / 1e3) * 1e3


if __name__ == "__main__":
    # The first run's memory: a high-water mark only rises, so later runs would add nothing.
    before = peak_kib()
    times = [once()]
    added_mib = (peak_kib() - before) / 1024
    times += [once() for _ in range(RUNS - 1)]
    name = f"{N:,} sleepers of {SLEEP_MS} ms as tasks"
    report(f"{name}: time above one sleep", "ms", times,
           "asyncio.gather of asyncio.sleep on one event loop")
    report(f"{name}: peak memory added", "MiB", [added_mib],
           "ru_maxrss after the first run minus before it")
