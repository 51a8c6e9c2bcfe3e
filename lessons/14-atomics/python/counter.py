"""A shared counter and a ticket dispenser in Python. Run: python3 counter.py (well under 1 s)

CPython gives Python code no atomic integers and no compare-and-swap: a Lock is the tool.
Prints `count = 400000` and `400000 tickets, 400000 different`.
"""
import itertools
import threading

# ANCHOR: lock
lock = threading.Lock()
count = 0

def add_one():
    global count
    with lock:           # no AtomicInt in Python: the read-add-write goes under a lock
        count += 1
# ANCHOR_END: lock

# ANCHOR: tickets
tickets = itertools.count()

def take_ticket():
    return next(tickets)  # one call into C, run whole under the GIL: a CPython detail,
                          # not a documented promise
# ANCHOR_END: tickets


def run(work, threads=4, times=100_000):
    def loop():
        return [work() for _ in range(times)]
    results = []
    workers = [threading.Thread(target=lambda: results.append(loop())) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return [value for result in results for value in result]


run(add_one)
print(f"count = {count}")
taken = run(take_ticket)
print(f"{len(taken)} tickets, {len(set(taken))} different")
