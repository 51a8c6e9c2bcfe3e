"""Seed 002, "Multithreading": five 3-second sleepers, started, then joined."""
import threading
import time

def sleeper(n, name):
    print('I am {}. Going to sleep for {} seconds'.format(name, n))
    time.sleep(n)
    print('{} has woken up from sleep'.format(name))

# ANCHOR: joined
n_threads = 5
threads = []

start = time.time()
for i in range(n_threads):
    name = 'thread_{}'.format(i)
    thread = threading.Thread(target=sleeper, name=name, args=(3, name))
    threads.append(thread)
    thread.start()

for thread in threads:
    thread.join()

elapse = time.time() - start
print('Elapse time: ', elapse)
# ANCHOR_END: joined
print('All {} tasks have finished their job'.format(n_threads))
