"""Seed 004's locked update, quoted exactly, typos included. Run: python3 seed_004.py

Both threads die with AttributeError (`time.slepp`), reported on stderr, and it prints
`state = 0`: even without the typo, `state = local` would only bind a local variable.
"""
# ANCHOR: seed
from threading import Lock, Thread
import time

state = 0
lock = Lock()

def update(i: int) ->None:
    """
    Function contains a Race Condition as second thread A could run state=local while thread B sleeps,
    prevent thread B from updating most recent state.
    """
    local = i
    time.slepp(0.1)
    state = local

def locked_updaet(i):
    with Lock():
        update(i)
# ANCHOR_END: seed

threads = [Thread(target=locked_updaet, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f'state = {state}')
