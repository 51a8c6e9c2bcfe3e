"""The Python half of the graders: runs in the interpreter the tests embed."""
import threading
import time


def ticks_during(f, n):
    """Calls f(n) on this thread while another Python thread records time.perf_counter() every
    millisecond. Python code needs the GIL, so a tick can happen during the call only if f let
    go of it. Returns (f's result, how long the call took, the ticks in its middle third)."""
    ticks, done = [], threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick, name="ticker")
    ticker.start()
    time.sleep(0.02)  # the ticker is ticking
    start = time.perf_counter()
    result = f(n)
    end = time.perf_counter()
    done.set()
    ticker.join()
    third = (end - start) / 3
    middle = [t for t in ticks if start + third < t < end - third]
    return result, end - start, len(middle)
