"""Seed 001, "Without extending the thread class": a bound method as the target."""
import threading
from time import sleep

class Truck():
    def B(self):
        for i in range(5):
            print("truck")
            sleep(0.3)

# ANCHOR: method
class Car():
    def A(self):
        for i in range(5):
            print("car")
            sleep(0.3)

t1 = Car()
t2 = Truck()  # the same as Car, with def B(self) printing "truck"
t1 = threading.Thread(target=t1.A)
t2 = threading.Thread(target=t2.B)
t1.start()
sleep(0.2)
t2.start()
# ANCHOR_END: method
t1.join()
t2.join()
print('done')
