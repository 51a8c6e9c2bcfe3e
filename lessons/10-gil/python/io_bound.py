"""Seed 000's I/O-bound experiment: ten threads each sleep for wait_length seconds."""
import threading
import time

wait_length = 2
start = time.time()


# ANCHOR: some_task
def some_task(seconds):
    print(f'Sleeping for {seconds} seconds.')
    time.sleep(seconds)  # releases the GIL while it waits
    print('Done.')
# ANCHOR_END: some_task


threads = []
for _ in range(10):
    t = threading.Thread(target=some_task, args=(wait_length,))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
print(f'Finished in {time.time() - start:0.4f} seconds.')  # about 2, not 20
