"""Seed 003, "Starting multiple threads": a timer read before any thread is joined."""
import threading
import time

def foo(t):
    print('About to sleep for %s second(s)....' % t)
    time.sleep(t)
    print('Done sleeping for %s seconds...' % t)

# ANCHOR: trap
start = time.perf_counter()

for t in range(1, 6):
    thread = threading.Thread(target=foo, args=[t])
    thread.start()

end = time.perf_counter()

print(f'Complete in: {end - start:.2f} second(s)')  # wrong: nothing was joined
# ANCHOR_END: trap
