"""Lesson 09's quiz, in Python: run with python3 (up to 1 s)."""
import threading


# ANCHOR: opposite_order
def opposite_order():
    a, b = threading.Lock(), threading.Lock()

    def t1():
        with a:
            if b.acquire(timeout=0.5):  # a timeout, so this file ends
                print("t1 has both")
                b.release()

    t = threading.Thread(target=t1)
    t.start()
    with b:
        if a.acquire(timeout=0.5):
            print("main has both")
            a.release()
    t.join()
# ANCHOR_END: opposite_order


opposite_order()
