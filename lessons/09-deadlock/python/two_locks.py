"""Lesson 09's Python: seed 003's deadlock joke, then the real thing and its fix.

Run it with `python3 lessons/09-deadlock/python/two_locks.py`; it takes about 1 s. The GIL does
not prevent the deadlock: a thread blocked on a Lock releases the GIL while it waits.
"""
# ANCHOR: seed
# Seed 003, all it says about deadlock:
#
# ### Deadlock
# ### Real life deadlock
# **Interviewer**: *What is deadlock?*
# **Interviewee**: *Hire me and I will tell you what a deadlock is*
# ANCHOR_END: seed

import threading


class Account:
    def __init__(self, id, name, balance):
        self.id, self.name, self.balance = id, name, balance
        self.lock = threading.Lock()


# ANCHOR: transfer
def transfer(source, target, amount, between_locks=lambda: None):
    with source.lock:
        between_locks()
        with target.lock:   # the other thread may hold it, waiting for ours
            source.balance -= amount
            target.balance += amount
# ANCHOR_END: transfer


# ANCHOR: ordered
def transfer_ordered(source, target, amount):
    first, second = sorted([source, target], key=lambda account: account.id)
    with first.lock, second.lock:
        source.balance -= amount
        target.balance += amount
# ANCHOR_END: ordered


alice, bob = Account(1, "alice", 100), Account(2, "bob", 100)
both_hold_one = threading.Barrier(2)   # makes the unlucky moment certain
payers = [
    threading.Thread(target=transfer, args=(a, b, 1, both_hold_one.wait), daemon=True)
    for a, b in [(alice, bob), (bob, alice)]
]
for t in payers:
    t.start()
for t in payers:
    t.join(timeout=0.5)   # a plain join() would wait forever
print("after 1 s, both payers still waiting:", all(t.is_alive() for t in payers))

carol, dave = Account(3, "carol", 100), Account(4, "dave", 100)
def pay(a, b):
    for _ in range(10_000):
        transfer_ordered(a, b, 1)
ordered = [threading.Thread(target=pay, args=p) for p in [(carol, dave), (dave, carol)]]
for t in ordered:
    t.start()
for t in ordered:
    t.join()
print(f"in lock order, 10000 transfers each way: {carol.balance} + {dave.balance}")
# The daemon payers are still stuck; the interpreter ends them when it exits.
