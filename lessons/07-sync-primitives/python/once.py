"""Initialise once: at import, or lazily under a lock. Run: python3 once.py."""
import threading

# ANCHOR: module_level
SETTINGS = ['workers = 3', 'timeout = 5 s']  # runs once, when the module is first imported
# ANCHOR_END: module_level

# ANCHOR: lazy
_config = None
_config_lock = threading.Lock()


def get_config():
    global _config
    if _config is None:  # no lock on the fast path
        with _config_lock:
            if _config is None:  # again: another thread may have got here first
                _config = 'workers = 3'
    return _config
# ANCHOR_END: lazy


threads = [threading.Thread(target=get_config) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(get_config(), SETTINGS)
