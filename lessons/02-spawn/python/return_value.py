"""Not from a seed: what happens to a target's return value."""
import threading

# ANCHOR: dropped
def total(n):
    return sum(range(1, n + 1))

t = threading.Thread(target=total, args=(1000,))
t.start()
print(t.join())  # -> None  # Thread throws the target's return value away
# ANCHOR_END: dropped
