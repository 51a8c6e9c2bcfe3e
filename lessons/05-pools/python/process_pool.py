"""Seed 000's "Example of ThreadPoolExecutor", as the seed wrote it: a PROCESS pool.

Run: python3 process_pool.py (about 5 s with 5 or more CPUs, about 8 s with 2).
"""
import concurrent.futures
import time

start = time.time()


def some_task(sec):
    print(f'Sleeping for {sec} seconds.')
    time.sleep(sec)
    return f'Done {sec}'


# ANCHOR: seed
if __name__ == '__main__':  # added: under spawn or forkserver, each worker imports this file
    with concurrent.futures.ProcessPoolExecutor() as executor:
        seconds = [5,4,3,2,1]
        results = [executor.submit(some_task, second) for second in seconds]
        for result in concurrent.futures.as_completed(results):
            print(result.result())
# ANCHOR_END: seed
    end = time.time() - start
    print(f'Finished in {end:0.4f} seconds.')
