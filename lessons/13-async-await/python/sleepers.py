"""10,000 sleepers as threads and as asyncio tasks: the time above one sleep, and the peak
memory each adds. Run it with `python3 lessons/13-async-await/python/sleepers.py` (Linux: the
peak is ru_maxrss, in KiB); it takes about 3 s. The threads run first: ru_maxrss is a high-water
mark for the whole process, so the tasks' figure is what they add above the threads' peak, and is
0 when they stay below it (benches/python/async_sleepers.py measures the tasks alone).
"""
import asyncio
import resource
import threading
import time

N, SLEEP = 10_000, 1.0


def peak_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ANCHOR: sleepers
def on_threads(n, seconds):
    threads = [threading.Thread(target=time.sleep, args=(seconds,)) for _ in range(n)]
    for t in threads:
        t.start()                  # RuntimeError: can't start new thread, if the OS refuses
    for t in threads:
        t.join()

async def on_tasks(n, seconds):
    await asyncio.gather(*(asyncio.sleep(seconds) for _ in range(n)))
# ANCHOR_END: sleepers


def measure(name, run):
    before = peak_kib()
    start = time.perf_counter()
    run()
    took = time.perf_counter() - start
    added = (peak_kib() - before) / 1024
    print(f'{N} {name}: {took:.2f} s ({took - SLEEP:.3f} s above one sleep), peak +{added:.1f} MiB')


if __name__ == '__main__':
    measure('threads', lambda: on_threads(N, SLEEP))
    measure('tasks', lambda: asyncio.run(on_tasks(N, SLEEP)))
