"""Python's closest call to Rust's std::process::exit. Run: python3 os_exit.py

Prints `main: calling os._exit(0)` and nothing else: no `finally`, no atexit handler, no join.
"""
import atexit
import os

atexit.register(print, 'atexit: never printed')

# ANCHOR: exit
try:
    print('main: calling os._exit(0)', flush=True)  # flush: os._exit drops Python's buffers too
    os._exit(0)  # the process ends here
finally:
    print('finally: never printed')
# ANCHOR_END: exit
