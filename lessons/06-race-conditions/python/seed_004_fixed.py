"""What seed 004 meant: one shared lock around a read-sleep-write. Run: python3 seed_004_fixed.py

Prints `state = 2`. With `with Lock():` in place of `with lock:` it prints `state = 1`.
"""
from threading import Lock, Thread
import time

# ANCHOR: fixed
state = 0
lock = Lock()                # one lock, shared by every call

def update() -> None:
    global state             # without it, `state = ...` makes a local
    local = state            # read ...
    time.sleep(0.1)
    state = local + 1        # ... write

def locked_update() -> None:
    with lock:               # the shared lock, not a new `Lock()`
        update()
# ANCHOR_END: fixed

threads = [Thread(target=locked_update) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f'state = {state}')
