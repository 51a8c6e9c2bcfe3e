"""The extension module's behaviour, as a Python program sees it.

`.ci/run` builds the wheel with maturin, installs it in target/py15-venv and runs:

    target/py15-venv/bin/python -m pytest lessons/15-rust-from-python/rustwork/tests

Claims about time are read from what the module recorded (`rustwork._record`: spans that Rust
code marked, on the same monotonic clock as `time.perf_counter`), or measured as ratios by the
rule of the Rust tests' `lesson_test::assert_cpu_speedup` (`rustwork._assert_cpu_speedup`):
when the machine cannot show parallelism right now, the test skips and prints why.
"""
import math
import threading
import time

import pytest

import rustwork

# Units of the seed's loop that take about 50 ms on one core of this machine.
N = rustwork.iterations_for(0.05)


def on_threads(f, n, threads=2):
    workers = [threading.Thread(target=f, args=(n,)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def max_overlap(spans):
    """The most spans running at one instant (touching ends do not count)."""
    events = sorted([(s[2], 1) for s in spans] + [(s[3], -1) for s in spans])
    running = most = 0
    for _, change in events:
        running += change
        most = max(most, running)
    return most


def cores_used(f):
    """CPU time of every thread of this process over wall time, while f() runs."""
    wall, cpu = time.perf_counter(), time.process_time()
    f()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


class Ticker:
    """A Python thread that records time.perf_counter() every millisecond. It needs the GIL for
    each tick: a tick in the middle of a Rust span proves the GIL was free then."""

    def __init__(self):
        self.ticks, self.done = [], threading.Event()
        self.thread = threading.Thread(target=self.run)

    def run(self):
        while not self.done.is_set():
            self.ticks.append(time.perf_counter())
            time.sleep(0.001)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.done.set()
        self.thread.join(timeout=10)

    def inside(self, start, end, margin=0.02):
        return [t for t in self.ticks if start + margin < t < end - margin]


def test_the_functions_compute_the_seeds_sums():
    assert rustwork.sqrt_sum(5) == 0.0 + 1.0 + math.sqrt(2) + math.sqrt(3) + 2.0
    assert rustwork.sqrt_sum_holding_gil(10_000) == rustwork.sqrt_sum(10_000)
    assert rustwork.sqrt_sums([10, 10_000, 0]) == [
        rustwork.sqrt_sum(10), rustwork.sqrt_sum(10_000), 0.0]


def test_bad_arguments_are_python_exceptions():
    with pytest.raises(OverflowError):
        rustwork.sqrt_sum(-1)
    with pytest.raises(TypeError):
        rustwork.sqrt_sums(["ten"])


def test_holding_the_gil_python_threads_run_the_calls_one_at_a_time():
    _, spans, _, _ = rustwork._record(lambda: on_threads(rustwork.sqrt_sum_holding_gil, N, 3))
    assert [s[0] for s in spans] == ["sqrt_sum"] * 3
    assert max_overlap(spans) == 1, spans


def test_holding_the_gil_no_other_python_thread_runs_meanwhile():
    with Ticker() as ticker:
        _, spans, _, origin = rustwork._record(lambda: rustwork.sqrt_sum_holding_gil(4 * N))
    (_, _, start, end), = spans
    assert ticker.inside(origin + start, origin + end) == []


def test_released_another_python_thread_runs_meanwhile():
    with Ticker() as ticker:
        _, spans, _, origin = rustwork._record(lambda: rustwork.sqrt_sum(4 * N))
    (_, _, start, end), = spans
    assert ticker.inside(origin + start, origin + end) != []


def test_released_the_calls_of_python_threads_overlap():
    _, spans, _, _ = rustwork._record(lambda: on_threads(rustwork.sqrt_sum, 4 * N, 2))
    assert max_overlap(spans) == 2, spans


def test_holding_the_gil_two_threads_use_one_core_at_most():
    # Always asserted: under load a thread gets less than a core, never more.
    assert cores_used(lambda: on_threads(rustwork.sqrt_sum_holding_gil, 4 * N)) < 1.3


def test_cpu_speedup_of_python_threads_with_the_gil_released_and_of_rayon(capfd):
    # ONE test for both claims: pytest runs tests one after another, and nothing else of this
    # process competes for the cores meanwhile. A claim that fails raises PanicException with
    # the table; one the machine cannot show right now returns None and prints why.
    def sequential():
        rustwork.sqrt_sum(N)
        rustwork.sqrt_sum(N)

    threads = rustwork._assert_cpu_speedup(
        2, 1.5, sequential, lambda: on_threads(rustwork.sqrt_sum, N))
    rayon = rustwork._assert_cpu_speedup(2, 1.5, sequential, lambda: rustwork.sqrt_sums([N, N]))
    printed = capfd.readouterr().out
    print(printed)
    if threads is None or rayon is None:
        reasons = [line for line in printed.splitlines() if line.startswith("skipped: ")]
        pytest.skip("; ".join(reasons))
    assert threads > 1.0 and rayon > 1.0


def test_callbacks_run_on_rust_threads_and_results_keep_their_order():
    assert rustwork.map_threads(lambda x: x * 10, list(range(100)), threads=3) == [
        x * 10 for x in range(100)]
    names = rustwork.map_threads(lambda _: threading.current_thread().name, [0, 1, 2, 3])
    assert all(name.startswith("Dummy-") for name in names), names
    assert len(set(rustwork.map_threads(lambda _: threading.get_ident(), [0, 1]))) == 2


def test_python_callbacks_take_turns_on_the_gil():
    def calc(n):
        for i in range(n):
            math.sqrt(i)

    assert cores_used(lambda: rustwork.map_threads(calc, [200_000] * 4, threads=2)) < 1.3


def test_callbacks_that_release_the_gil_overlap():
    start = time.perf_counter()
    rustwork.map_threads(time.sleep, [0.2] * 4, threads=4)
    took = time.perf_counter() - start
    assert took < 0.4 * 2, f"4 sleeps of 0.2 s on 4 threads took {took:.2f} s"


def test_an_exception_in_a_callback_comes_back_as_itself():
    called = []

    def check(x):
        called.append(x)
        if x == 2:
            raise ValueError(f"item {x} is bad")
        return x

    with pytest.raises(ValueError, match="item 2 is bad") as caught:
        rustwork.map_threads(check, [1, 2, 3, 4, 5, 6], threads=2)
    frames = [tb.tb_frame.f_code.co_name for tb in _tracebacks(caught.value.__traceback__)]
    assert frames[-1] == "check"
    assert 3 not in called, "the worker that failed started no other item"


def _tracebacks(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def test_a_panic_on_a_rust_thread_is_an_exception_not_an_abort():
    rustwork._short_panic_messages()
    with pytest.raises(BaseException, match="the len is 3") as caught:
        rustwork.panic_on_a_worker("index out of bounds: the len is 3 but the index is 7")
    assert type(caught.value).__name__ == "PanicException"
    assert not isinstance(caught.value, Exception), "except Exception does not catch it"
    assert rustwork.sqrt_sum(3) == 0.0 + 1.0 + math.sqrt(2), "the module still works"


def test_the_feed_yields_each_unit_in_order_then_stops():
    units = [10, 1_000, 0, 5]
    assert list(rustwork.sqrt_feed(units)) == [rustwork.sqrt_sum(n) for n in units]
    assert list(rustwork.sqrt_feed([])) == []


def test_waiting_for_the_feed_releases_the_gil():
    with Ticker() as ticker:
        _, spans, _, origin = rustwork._record(lambda: list(rustwork.sqrt_feed([4 * N])))
    waits = [s for s in spans if s[0] == "waits"]
    # The first wait lasts as long as the unit takes: the other Python thread ticked meanwhile.
    assert ticker.inside(origin + waits[0][2], origin + waits[0][3]) != []


def test_the_producer_runs_at_most_capacity_ahead():
    feed = rustwork.sqrt_feed([N // 10] * 20, capacity=1)
    assert next(feed) == rustwork.sqrt_sum(N // 10)
    time.sleep(0.3)  # plenty of time for the producer to run ahead, if it could
    _, spans, _, _ = rustwork._record(lambda: list(feed))
    computed_later = [s for s in spans if s[0] == "sqrt_sum"]
    # Of the 19 left, at most 1 sat in the channel and 1 was blocked in send: 17 came later.
    assert len(computed_later) >= 17, spans
