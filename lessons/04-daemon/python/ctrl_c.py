# not run: it waits for Ctrl-C (lesson 04's test sends a real SIGINT to the Rust version)
"""Ctrl-C with worker threads, as lesson 04 quotes it. Run it and press Ctrl-C:
python3 lessons/04-daemon/python/ctrl_c.py"""
# ANCHOR: ctrl_c
import threading, time

stop = threading.Event()

def worker(i):
    jobs = 0
    while not stop.wait(0.01):       # one job per tick, until stop is set
        jobs += 1
    print(f"worker {i}: stopped after {jobs} jobs")

threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
try:
    while any(t.is_alive() for t in threads):
        time.sleep(0.1)              # KeyboardInterrupt reaches only the main thread
except KeyboardInterrupt:
    stop.set()                       # so main must tell the workers
for t in threads:
    t.join()
print("all workers joined")
# ANCHOR_END: ctrl_c
