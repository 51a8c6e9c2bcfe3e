"""Seed 001, "Using the function": a function as the thread's target."""
import threading
from time import sleep

# ANCHOR: target
def Car():
    for i in range(5):
        print("car")
        sleep(1)

t1 = threading.Thread(target=Car)  # the function itself, not Car()
t1.start()
t1.join()
# ANCHOR_END: target
print('done')
