"""Lesson 03's quiz, in Python: run with python3."""
import threading


# ANCHOR: forgot_join
def forgot_join():
    total = 0
    lock = threading.Lock()

    def add_one():
        nonlocal total
        with lock:
            total += 1

    for _ in range(2):
        threading.Thread(target=add_one).start()
    print(total)  # usually 2: starting a thread is slow, not a join
# ANCHOR_END: forgot_join


forgot_join()
