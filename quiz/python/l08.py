"""Lesson 08's quiz, in Python: run with python3 (about 1 s)."""
import queue
import threading


# ANCHOR: two_producers
def two_producers():
    q = queue.Queue()
    done = object()

    def produce(name):
        q.put(f"{name}1")
        q.put(f"{name}2")
        q.put(done)

    for name in "ab":
        threading.Thread(target=produce, args=(name,)).start()
    finished = 0
    while finished < 2:  # Python has no "every sender is gone": count sentinels
        item = q.get()
        if item is done:
            finished += 1
        else:
            print(item)
# ANCHOR_END: two_producers


# ANCHOR: forgot_to_drop
def forgot_to_drop():
    q = queue.Queue()
    for n in (1, 2):
        threading.Thread(target=q.put, args=(n,)).start()
    total = 0
    while True:
        try:
            total += q.get(timeout=1)  # without a timeout, waits forever
        except queue.Empty:
            print(f"still waiting after total {total}: nobody said it was the end")
            break
# ANCHOR_END: forgot_to_drop


two_producers()
forgot_to_drop()
