"""Not from a seed: join with a timeout, then ask whether the thread is still alive."""
import threading
import time

thread = threading.Thread(target=time.sleep, args=(2,))
thread.start()
# ANCHOR: timeout
thread.join(timeout=1)
if thread.is_alive():
    print('still running')  # -> still running  # the thread sleeps for 2 s
# ANCHOR_END: timeout
thread.join()
