"""Seed 003: a keyword argument with kwargs=."""
import threading
import time

# ANCHOR: kwargs
def foo(n):
    print(f'About to sleep for {n} second(s)>>>>')
    time.sleep(n)
    print('Done sleeping...')

thread = threading.Thread(target=foo, kwargs={'n': 2})
# ANCHOR_END: kwargs
thread.start()
thread.join()
