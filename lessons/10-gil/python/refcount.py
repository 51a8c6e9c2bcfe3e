"""Seeds 000 and 001: reference counts, as sys.getrefcount reports them."""
# ANCHOR: refcount
import sys

lst = []
print(sys.getrefcount(lst))  # -> 2  # `lst`, and the argument of getrefcount
b = lst
print(sys.getrefcount(lst))  # -> 3
del b
print(sys.getrefcount(lst))  # -> 2
# ANCHOR_END: refcount
# ANCHOR: switch_interval
print(sys.getswitchinterval())  # -> 0.005  # a holder lets go after 5 ms if another thread waits
# ANCHOR_END: switch_interval
