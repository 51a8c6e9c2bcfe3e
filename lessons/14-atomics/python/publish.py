"""Handing a value to another thread in Python. Run: python3 publish.py (well under 1 s)

Prints `received 42`. Python code never picks a memory ordering: set() and wait() order the
hand-over, as a Release store and an Acquire load do in Rust.
"""
import threading

# ANCHOR: event
data = None
ready = threading.Event()

def producer():
    global data
    data = 42
    ready.set()          # everything written before set() ...

def consumer():
    ready.wait()         # ... is seen after wait() returns
    print(f"received {data}")
# ANCHOR_END: event

threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

