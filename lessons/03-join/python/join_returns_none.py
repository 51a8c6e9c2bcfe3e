"""Not from a seed: what join() gives back, and what becomes of an exception in a thread."""
import threading

def answer():
    return 6 * 7

def fall():
    raise RuntimeError('sleeper 3 fell out of bed')

# ANCHOR: none
t = threading.Thread(target=answer)
t.start()
print(t.join())  # -> None  # the return value is gone

t = threading.Thread(target=fall)  # threading.excepthook prints the traceback...
t.start()
print(t.join())  # -> None  # ...and join() still returns None
# ANCHOR_END: none
