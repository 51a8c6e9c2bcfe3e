//! `OnceLock` and `LazyLock`: initialise once, whoever comes first.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, LazyLock, OnceLock};
use std::thread;
use std::time::Duration;

// ANCHOR: once_lock
/// `threads` threads call `get_or_init` on one empty `OnceLock` at the same moment; the
/// initialiser takes `work`. Returns how many times it ran and whether every thread got the
/// very same value (the same `String`, not an equal one).
pub fn init_once(threads: usize, work: Duration) -> (usize, bool) {
    let config = OnceLock::new();
    let inits = AtomicUsize::new(0);
    let start = Barrier::new(threads);
    let values: Vec<&String> = thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    start.wait(); // all at once
                    config.get_or_init(|| {
                        inits.fetch_add(1, Ordering::Relaxed);
                        timing::sleep(work); // reading a config file, say
                        "workers = 3".to_string()
                    })
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let all_the_same = values.windows(2).all(|w| std::ptr::eq(w[0], w[1]));
    (inits.into_inner(), all_the_same)
}
// ANCHOR_END: once_lock

static LAZY_INITS: AtomicUsize = AtomicUsize::new(0);

// ANCHOR: lazy_lock
/// A global computed the first time anyone reads it (Python: a module-level value, computed
/// once, when the module is first imported).
pub static SETTINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    LAZY_INITS.fetch_add(1, Ordering::Relaxed);
    vec!["workers = 3".to_string(), "timeout = 5 s".to_string()]
});
// ANCHOR_END: lazy_lock

/// Reads [`SETTINGS`] from `threads` threads at once and returns how many times, in the whole
/// life of this process, its initialiser has run: 1.
pub fn read_settings_from(threads: usize) -> usize {
    let start = Barrier::new(threads);
    thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                start.wait();
                assert_eq!(SETTINGS.len(), 2);
            });
        }
    });
    LAZY_INITS.load(Ordering::Relaxed)
}
