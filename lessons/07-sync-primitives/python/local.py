"""threading.local, as lesson 07 quotes it. Run: python3 lessons/07-sync-primitives/python/local.py"""
# ANCHOR: local
import threading

local = threading.local()

def count_request():
    local.requests = getattr(local, "requests", 0) + 1   # this thread's own attribute
    return local.requests

def serve(n):
    for _ in range(n):
        seen = count_request()
    print(threading.current_thread().name, seen)

threads = [threading.Thread(target=serve, args=(n,), name=f"t{n}") for n in (3, 5)]
for t in threads: t.start()
for t in threads: t.join()
print("main", getattr(local, "requests", 0))   # -> main 0  # and above: t3 3, t5 5
# ANCHOR_END: local
