"""Lesson 09's Python: a thread that waits for itself, and a queue that cannot.

Run it with `python3 lessons/09-deadlock/python/relock.py`; it returns at once.
"""
import queue
import threading

# ANCHOR: relock
lock = threading.Lock()
with lock:
    print(lock.acquire(blocking=False))    # -> False  # lock.acquire() would wait forever
# ANCHOR_END: relock

# ANCHOR: reentrant
rlock = threading.RLock()
with rlock:
    print(rlock.acquire(blocking=False))   # -> True  # its holder may take it again
    rlock.release()
# ANCHOR_END: reentrant

# ANCHOR: queue
q = queue.Queue(maxsize=0)   # 0 means unbounded, not "no room"
q.put(42)                    # returns at once: there is no rendezvous queue
print(q.get())
# ANCHOR_END: queue
