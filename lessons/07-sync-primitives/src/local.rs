//! Python's `threading.local()`: a value each thread has its own copy of.

use std::cell::Cell;

// ANCHOR: local
thread_local! {
    /// Each thread that touches `REQUESTS` gets its own counter, starting at 0.
    static REQUESTS: Cell<u32> = const { Cell::new(0) };
}

/// Counts one request on the calling thread's own counter, and returns that thread's count.
pub fn count_request() -> u32 {
    REQUESTS.with(|count| {
        count.set(count.get() + 1);
        count.get()
    })
}
// ANCHOR_END: local
