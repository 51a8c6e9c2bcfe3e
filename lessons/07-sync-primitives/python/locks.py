"""Lock vs RLock, and a lock with a timeout. Run: python3 locks.py (about 0.5 s)."""
import threading
import time

# ANCHOR: lock_vs_rlock
lock = threading.Lock()
lock.acquire()
print(lock.acquire(blocking=False))  # -> False  # a plain lock.acquire() here would hang forever

rlock = threading.RLock()  # may be acquired again by the thread that holds it
def countdown(n, pushed):
    with rlock:
        pushed.append(n)
        if n > 1:
            countdown(n - 1, pushed)
# ANCHOR_END: lock_vs_rlock
lock.release()


pushed = []
countdown(3, pushed)
print(pushed)  # -> [3, 2, 1]


def hold():
    with lock:
        time.sleep(0.5)


holder = threading.Thread(target=hold)
holder.start()
time.sleep(0.05)  # the holder has the lock by now
# ANCHOR: timeout
if not lock.acquire(timeout=0.1):
    print('gave up')
# ANCHOR_END: timeout
holder.join()
