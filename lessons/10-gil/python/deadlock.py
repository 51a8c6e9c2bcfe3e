"""Seed 000 says "GIL prevents deadlocks". Two locks taken in opposite orders say otherwise."""
import threading

# ANCHOR: deadlock
a, b = threading.Lock(), threading.Lock()
both = threading.Barrier(2)


def t1():
    with a:
        both.wait()
        got = b.acquire(timeout=1)  # t2 holds b, and waits for a
        both.wait()  # both tried before either lets go
        print("t1 got b:", got)  # -> t1 got b: False


def t2():
    with b:
        both.wait()
        got = a.acquire(timeout=1)
        both.wait()
        print("t2 got a:", got)  # -> t2 got a: False
# ANCHOR_END: deadlock


threads = [threading.Thread(target=t1), threading.Thread(target=t2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
