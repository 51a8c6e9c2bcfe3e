"""Lesson 04's quiz, in Python: run with python3 (about 0.2 s)."""
import threading
import time


# ANCHOR: background_ticks
def ticks():
    for i in range(1, 4):
        print(f"tick {i}")
        time.sleep(0.1)


def background_ticks():
    threading.Thread(target=ticks, daemon=True).start()
    time.sleep(0.15)
    print("main done")  # then the interpreter exits, killing the daemon
# ANCHOR_END: background_ticks


background_ticks()
