//! Exercise 06-fix-with-a-guard: seed 003's lost update; fix it by holding one guard from
//! the read to the write. `cargo run -p practice -- check 06-fix-with-a-guard` checks it.

use std::sync::Mutex;

/// Seed 003's `Data`: one value that threads add one to.
#[derive(Debug, Default)]
pub struct Data {
    /// The seed's `self.val`.
    pub val: usize,
}

/// Seed 003's `update`: reads `val`, runs `pause` (the seed's `time.sleep(1)`), then writes the
/// value it read plus one. Several threads call it on the same `data`.
///
/// It locks `data` once to read and again to write. The lock is free in between, so another
/// thread can read the same `val` there, and one update is lost: fix it.
pub fn update(data: &Mutex<Data>, pause: impl FnOnce()) {
    let local_val = data.lock().unwrap().val; // lock, read, unlock
    pause(); // the lock is free: another thread reads the same val
    data.lock().unwrap().val = local_val + 1; // lock, write, unlock
}
