"""Seed 001's first idioms (thread names, Car and Truck, cpu_count), as lesson 01 quotes them.

Run it with `python3 lessons/01-main-thread/python/seed001.py`; it takes about 5 s.
"""
# ANCHOR: current
import threading
print(threading.current_thread().name)   # -> MainThread
# The seed calls .getName(), deprecated since Python 3.10: read .name instead.
# ANCHOR_END: current

# ANCHOR: rename
threading.current_thread().name = "primary"
print(threading.current_thread().name)   # -> primary
# ANCHOR_END: rename

# ANCHOR: unnamed
print(threading.Thread(target=print).name)   # -> Thread-1 (print)  # since Python 3.10
# ANCHOR_END: unnamed

# ANCHOR: named
from time import sleep

def Car():
    for i in range(5):
        print(threading.current_thread().name)
        print('in car function')
        sleep(1)

def Truck():
    for i in range(5):
        print(threading.current_thread().name)
        print('in truck function')
        sleep(1)

t1 = threading.Thread(name='SecondThread', target=Car)
t2 = threading.Thread(name='ThirdThread', target=Truck)
t1.start()
t2.start()
t1.join()
t2.join()
# ANCHOR_END: named

# ANCHOR: cpus
import os
print(os.cpu_count())
# ANCHOR_END: cpus
