"""Seeds 000 and 001's reference-counting cell (lesson 10's `python/refcount.py`), run as
written, at module level as in the seeds' notebooks: what does `sys.getrefcount` print, and what
is the GIL's switch interval? Lesson 10's chapter quotes these lines."""
import sys

from common import report

lst = []
alone = sys.getrefcount(lst)  # the seed prints this: 2 on CPython 3.11
b = lst
shared = sys.getrefcount(lst)  # and this: 3
del b
after_del = sys.getrefcount(lst)

report("sys.getrefcount(lst) after lst = []", "count", [alone])
report("sys.getrefcount(lst) after b = lst", "count", [shared])
report("sys.getrefcount(lst) after del b", "count", [after_del])
# Since 3.12 `None` is immortal: its count is a large constant, not a count.
report("sys.getrefcount(None)", "count", [sys.getrefcount(None)])
report("sys.getswitchinterval()", "s", [sys.getswitchinterval()])
