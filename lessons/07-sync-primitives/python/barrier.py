"""Three threads meet at a barrier, three rounds. Run: python3 barrier.py."""
import threading
import time

# ANCHOR: barrier
barrier = threading.Barrier(3)

def work(i):
    for round in range(3):
        time.sleep(0.05 * (i + 1))
        if barrier.wait() == 0:  # wait() returns a different index in each thread
            print(f'round {round}: leader t{i}')
# ANCHOR_END: barrier


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
