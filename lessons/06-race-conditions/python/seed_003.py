"""Seed 003's lost update, then its fix. Run: python3 seed_003.py (about 3 s)

Prints `data.val=1` for the first Data (both threads read 0 before either writes; the sleep
makes that likely, not certain) and `data.val=2` for the second, which holds a lock.
"""
from concurrent.futures import ThreadPoolExecutor
import threading
import time

# ANCHOR: racy
class Data:
    def __init__(self):
        self.val = 0

    def update(self, n):
        print(f'Inside thread: {n=}')
        local_val = self.val
        time.sleep(1)
        self.val = local_val + 1

with ThreadPoolExecutor() as executor:
    data = Data()
    for num in range(2):
        executor.submit(data.update, num)

print(f'value after threads are executed: {data.val=}')   # -> data.val=1
# ANCHOR_END: racy


# ANCHOR: locked
class Data:
    def __init__(self):
        self.val = 0
        self._lock = threading.Lock()

    def update(self, n):
        print(f'Inside thread: {n=}')
        with self._lock:
            local_val = self.val
            print(f'Locked thread: {n=}')
            time.sleep(1)
            self.val = local_val + 1
# ANCHOR_END: locked

with ThreadPoolExecutor() as executor:
    data = Data()
    for num in range(2):
        executor.submit(data.update, num)

print(f'value after threads are executed: {data.val=}')   # -> data.val=2
