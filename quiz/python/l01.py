"""Lesson 01's quiz, in Python: run with python3 (the Rust programs are in quiz/src/programs/)."""
import threading


# ANCHOR: before_and_after
def before_and_after():
    print("main: before")
    t = threading.Thread(target=lambda: print("t1: hello"))
    t.start()
    print("main: after spawn")
    t.join()
    print("main: after join")
# ANCHOR_END: before_and_after


before_and_after()
