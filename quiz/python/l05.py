"""Lesson 05's quiz, in Python: run with python3."""
from concurrent.futures import ThreadPoolExecutor, as_completed


def compute(n):
    print(f"computing {n}")
    return n * 10


# ANCHOR: map_keeps_order
def map_keeps_order():
    with ThreadPoolExecutor() as executor:
        print(list(executor.map(compute, [3, 1, 2])))  # -> [30, 10, 20]
# ANCHOR_END: map_keeps_order


# ANCHOR: as_completed
def results_as_completed():
    with ThreadPoolExecutor() as executor:
        futures = [executor.submit(lambda n: n * 10, n) for n in [3, 1, 2]]
        print([f.result() for f in as_completed(futures)])
# ANCHOR_END: as_completed


map_keeps_order()
results_as_completed()
