"""Seed 003's Data.update, fixed with a lock. Run: python3 data_update.py (about 2 s)."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time


# ANCHOR: update
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
# ANCHOR_END: update


with ThreadPoolExecutor() as executor:
    data = Data()
    for num in range(2):
        executor.submit(data.update, num)

print(f'value after threads are executed: {data.val=}')  # -> data.val=2
