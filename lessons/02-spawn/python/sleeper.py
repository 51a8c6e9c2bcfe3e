"""Seed 002: positional arguments with args=."""
import threading
import time

# ANCHOR: args
def sleeper(n, name):
    print('I am {}. Going to sleep for {} seconds'.format(name, n))
    time.sleep(n)
    print('{} has woken up from sleep'.format(name))

thread = threading.Thread(target=sleeper, name='thread1', args=(3, 'thread1'))
thread.start()
# ANCHOR_END: args
thread.join()
