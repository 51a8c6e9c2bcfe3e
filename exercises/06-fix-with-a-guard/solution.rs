//! Exercise 06-fix-with-a-guard: seed 003's lost update; fix it by holding one guard from
//! the read to the write. `cargo run -p practice -- check 06-fix-with-a-guard` checks it.

use std::sync::Mutex;

mod given;
pub use given::Data;

/// Seed 003's `update`: reads `val`, runs `pause` (the seed's `time.sleep(1)`), then writes the
/// value it read plus one. Several threads call it on the same `data`.
pub fn update(data: &Mutex<Data>, pause: impl FnOnce()) {
    // ANSWER: update
    let mut data = data.lock().unwrap(); // one guard, held to the end of the function
    let local_val = data.val;
    pause();
    data.val = local_val + 1;
    // ANSWER_END: update
}
