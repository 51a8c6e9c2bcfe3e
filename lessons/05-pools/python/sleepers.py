"""Seed 000's example as its title promises: a THREAD pool. Both of its loops.

Run: python3 sleepers.py (about 5 s, then 5 s more).
"""
import concurrent.futures
import time


# ANCHOR: some_task
def some_task(sec):
    print(f'Sleeping for {sec} seconds.')
    time.sleep(sec)
    return f'Done {sec}'
# ANCHOR_END: some_task


seconds = [5, 4, 3, 2, 1]
start = time.time()
# ANCHOR: as_completed
with concurrent.futures.ThreadPoolExecutor() as executor:
    results = [executor.submit(some_task, second) for second in seconds]
    for result in concurrent.futures.as_completed(results):
        print(result.result())  # Done 1, Done 2, ... Done 5: the fastest first
# ANCHOR_END: as_completed
print(f'Finished in {time.time() - start:0.4f} seconds.')

start = time.time()
with concurrent.futures.ThreadPoolExecutor() as executor:
    # ANCHOR: map
    results = executor.map(some_task, seconds)
    for result in results:
        print(result)  # Done 5, Done 4, ... Done 1: the order submitted
    # ANCHOR_END: map
print(f'Finished in {time.time() - start:0.4f} seconds.')
