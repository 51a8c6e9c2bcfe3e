"""A waiter that waits for a condition. Run: python3 condition.py."""
import threading

cond = threading.Condition()
ready = False


def waiter():
    # ANCHOR: wait_for
    with cond:
        cond.wait_for(lambda: ready)  # not: if not ready: cond.wait()
    # ANCHOR_END: wait_for
    print(f'{ready=}')


thread = threading.Thread(target=waiter)
thread.start()
with cond:
    ready = True
    cond.notify_all()
thread.join()
