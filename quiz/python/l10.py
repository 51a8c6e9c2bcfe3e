"""Lesson 10's quiz, in Python: run with python3 (about 1 s)."""
import threading


# ANCHOR: count_plus_one
def count_plus_one(rounds=200_000):
    count = 0

    def work():
        nonlocal count
        for _ in range(rounds):
            count += 1  # LOAD, ADD, STORE: the GIL may switch in between

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(count, "of", 2 * rounds)
# ANCHOR_END: count_plus_one


count_plus_one()
