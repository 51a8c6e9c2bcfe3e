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
// ANSWER: docs-update
///
/// One guard, held in a variable, keeps `data` locked from the read to the write.
// ANSWER_END: docs-update
pub fn update(data: &Mutex<Data>, pause: impl FnOnce()) {
    // ANSWER: update
    let mut data = data.lock().unwrap();
    let local_val = data.val;
    pause();
    data.val = local_val + 1;
} // the guard is dropped here, after the write

// ANSWER_END: update
