"""Lesson 06's quiz, in Python: the seeds' races. Run with python3 (about 1 s)."""
import threading
import time


# ANCHOR: seed_003
class Data:
    def __init__(self):
        self.val = 0
        self._lock = threading.Lock()

    def update(self):
        with self._lock:
            local_val = self.val
        time.sleep(0.5)  # the lock is free here
        with self._lock:
            self.val = local_val + 1
# ANCHOR_END: seed_003


# ANCHOR: seed_004
def update(data):
    lock = threading.Lock()  # a new lock on every call excludes nobody
    with lock:
        local_val = data.val
        time.sleep(0.5)
        data.val = local_val + 1
# ANCHOR_END: seed_004


for target in (lambda d: d.update(), update):
    data = Data()
    threads = [threading.Thread(target=target, args=(data,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(data.val)  # -> 1  # both read 0 during the sleep: one update is lost
