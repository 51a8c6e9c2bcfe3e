"""Seed 001, "Extending the thread class": subclass Thread and override run."""
import threading
from threading import Thread
from time import sleep

# ANCHOR: extending
class Car(Thread):
    def run(self):
        for i in range(5):
            print("car")
            sleep(0.3)

class Truck(Thread):
    def run(self):
        for i in range(5):
            print("truck")
            sleep(0.3)

t1 = Car()
t2 = Truck()
print(threading.current_thread().name)
t1.start()
sleep(0.2)
t2.start()
t1.join()  # corrected: the seed has no joins, and prints 'done' while both still run
t2.join()
print('done')
# ANCHOR_END: extending
