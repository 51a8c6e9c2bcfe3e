"""Lesson 12's quiz, in Python: run with python3."""
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


# ANCHOR: first_mirror
def first_mirror():
    with ThreadPoolExecutor() as executor:
        futures = [executor.submit(lambda m: f"file from {m}", m) for m in "ab"]
        done, _ = wait(futures, return_when=FIRST_COMPLETED)
        print(next(iter(done)).result())
# ANCHOR_END: first_mirror


first_mirror()
