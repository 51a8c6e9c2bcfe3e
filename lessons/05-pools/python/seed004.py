"""Seed 004's thread pool, with a some_func that fails: the exception vanishes.

Run: python3 seed004.py (prints "with block done" and nothing else).
"""
import concurrent.futures


def some_func(n):
    if n == 1:
        raise ValueError(f'task {n} failed')
    return n


# ANCHOR: seed004
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    executor.map(some_func, range(3))  # the results are never read
# ANCHOR_END: seed004
print('with block done')
