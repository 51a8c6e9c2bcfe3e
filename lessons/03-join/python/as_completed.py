"""Seed 000, "Example of ThreadPoolExecutor": results as they complete."""
import concurrent.futures
import time

def some_task(sec):
    print(f'Sleeping for {sec} seconds.')
    time.sleep(sec)
    return f'Done {sec}'

# ANCHOR: as_completed
# corrected: the seed builds a ProcessPoolExecutor under this heading
with concurrent.futures.ThreadPoolExecutor() as executor:
    seconds = [5, 4, 3, 2, 1]
    results = [executor.submit(some_task, second) for second in seconds]
    for result in concurrent.futures.as_completed(results):
        print(result.result())  # Done 1, Done 2, ... Done 5
# ANCHOR_END: as_completed
