"""Lesson 07's quiz, in Python: run with python3 (up to 1 s)."""
import threading


# ANCHOR: wait_without_checking
def wait_without_checking():
    cond = threading.Condition()
    ready = False

    def waiter():
        with cond:
            # WRONG: waits without looking at `ready`; if the notify came
            # first, nothing wakes it (the timeout only lets this file end).
            woken = cond.wait(timeout=1)
            print("woken" if woken else "lost wake-up")

    t = threading.Thread(target=waiter)
    t.start()
    with cond:
        ready = True
        cond.notify()
    t.join()
    print("done", ready)
# ANCHOR_END: wait_without_checking


wait_without_checking()
