//! `RwLock`: many readers at once, or one writer alone. Python's `threading` has none.

use std::sync::{Barrier, RwLock};
use std::thread;
use std::time::Duration;

use crate::support::spawn_named;

// ANCHOR: rwlock
/// `readers` threads hold the read lock for `hold` while a writer asks for the write lock.
/// Returns the value after the writer: 1.
///
/// The `Barrier` is the proof that readers share the lock: it opens only when every reader (and
/// the writer, outside) has reached it, so every reader holds the read lock at the same time.
/// With a `Mutex` in place of the `RwLock` it would never open.
pub fn readers_then_writer(readers: usize, hold: Duration) -> u64 {
    let value = RwLock::new(0);
    let all_inside = Barrier::new(readers + 1);
    thread::scope(|s| {
        for i in 0..readers {
            spawn_named(s, format!("reader-{i}"), || {
                let guard = value.read().unwrap();
                let _reading = timing::span_guard("read");
                all_inside.wait();
                timing::sleep(hold);
                assert_eq!(*guard, 0, "no writer got in while a reader was inside");
            });
        }
        spawn_named(s, "writer", || {
            all_inside.wait(); // ask only once the readers are in
            let mut guard = value.write().unwrap();
            timing::span("write", || {
                timing::sleep(hold / 2);
                *guard += 1;
            });
        });
    });
    value.into_inner().unwrap()
}
// ANCHOR_END: rwlock
