"""Starting and joining a thread vs a process (seed 001: "Starting a thread is faster than
starting a process")."""
import multiprocessing
import subprocess
import threading

from common import QUICK, repeat, seconds

N = 20 if QUICK else 200


def nothing():
    pass


def threads():
    def once():
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
    return seconds(lambda: [once() for _ in range(N)]) / N * 1e6


def processes():
    def once():
        p = multiprocessing.Process(target=nothing)
        p.start()
        p.join()
    n = max(N // 10, 2)
    return seconds(lambda: [once() for _ in range(n)]) / n * 1e6


def bin_true():
    n = max(N // 10, 2)
    return seconds(lambda: [subprocess.run(["/bin/true"], check=True) for _ in range(n)]) / n * 1e6


if __name__ == "__main__":
    repeat("spawn+join one thread", "µs", threads)
    repeat("start+join one process (multiprocessing / self re-exec)", "µs", processes,
           what=f"`multiprocessing.Process`, {multiprocessing.get_start_method()}")
    repeat("run /bin/true", "µs", bin_true)
