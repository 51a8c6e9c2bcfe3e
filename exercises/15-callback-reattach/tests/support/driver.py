"""The Python half of the graders: runs in the interpreter the tests embed. Each check calls
`map_threads` with a function `f` that shows which threads call it, and when."""
import threading

PATIENCE = 3  # seconds a call of f waits for another one: two threads meet well within it


def two_at_once(map_threads):
    """The first two calls of f wait for each other at a Barrier: they meet only if two threads
    call f at the same time. Returns what each call saw (its thread, or None if it met nobody)
    and the calling thread."""
    meeting = threading.Barrier(2, timeout=PATIENCE)
    calls, lock = [], threading.Lock()

    def f(x):
        with lock:
            calls.append(x)
            first_two = len(calls) <= 2
        if first_two:
            try:
                meeting.wait()
            except threading.BrokenBarrierError:
                return None
        return threading.get_ident()

    return map_threads(f, list(range(6))), threading.get_ident()


def out_of_order(map_threads):
    """f(0) returns only after two other calls have started: those come from the other thread,
    which therefore finished one call before f(0) did. The results must still be in order."""
    started = threading.Condition()
    others = 0

    def f(x):
        nonlocal others
        with started:
            if x == 0:
                started.wait_for(lambda: others >= 2, timeout=PATIENCE)
            else:
                others += 1
                started.notify_all()
        return x * 10

    return map_threads(f, list(range(8)))


def raises(map_threads):
    """f raises ValueError for one item: what does map_threads raise?"""

    def f(x):
        if x == 3:
            raise ValueError("item 3 is bad")
        return x

    try:
        map_threads(f, list(range(8)))
    except BaseException as e:  # PanicException is a BaseException
        return type(e).__name__, str(e)
    return "nothing", ""
