"""Seed 003's Data.update, with its lock, as the seed writes it. Run: python3 update.py (about 2 s)

Ends with `data.val=2`: the lock makes the read, the sleep and the write one step. Python has no
compare-and-swap to do it without a lock.
"""
from concurrent.futures import ThreadPoolExecutor
import threading
import time


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

print(f'value after threads are executed: {data.val=}')   # data.val=2
