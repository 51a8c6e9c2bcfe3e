"""Lesson 02's quiz, in Python: run with python3."""
import threading
import time


# ANCHOR: loop_of_spawns
def loop_of_spawns():
    threads = []
    for i in range(3):
        # The lambda reads i when it runs, not when it is made: a late
        # thread can print 2 for every i. Rust's `move` copies i instead.
        t = threading.Thread(target=lambda: (time.sleep(0.01), print(f"{i}\n", end="")))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
# ANCHOR_END: loop_of_spawns


loop_of_spawns()
