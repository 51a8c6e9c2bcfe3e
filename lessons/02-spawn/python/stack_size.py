"""Not from a seed: naming a thread and sizing its stack in Python."""
import threading

def deep():
    print(threading.current_thread().name, 'is running')

# ANCHOR: stack_size
threading.stack_size(8 * 1024 * 1024)  # for every thread started from now on
t = threading.Thread(name='deep', target=deep)
t.start()
t.join()
# ANCHOR_END: stack_size
