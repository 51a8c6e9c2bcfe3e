"""threading.Timer, as lesson 04 quotes it. Run: python3 lessons/04-daemon/python/timer.py"""
# ANCHOR: timer
import threading

def ring():
    print("ring")

timer = threading.Timer(0.5, ring)   # runs ring() on its own thread after 0.5 s
timer.start()
timer.cancel()                       # before it fires: ring() never runs
# ANCHOR_END: timer
timer.join()
print("cancelled, and nothing rang")
