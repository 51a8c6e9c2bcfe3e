//! A typical wrong answer to 06-fix-with-a-guard (the graders must reject it): seed 004's
//! `with Lock():`, a new lock on every call. No other thread ever sees it, so it excludes nothing.

use std::sync::Mutex;

/// Seed 003's `Data`: one value that threads add one to.
#[derive(Debug, Default)]
pub struct Data {
    /// The seed's `self.val`.
    pub val: usize,
}

/// Seed 003's `update`: reads `val`, runs `pause` (the seed's `time.sleep(1)`), then writes the
/// value it read plus one. Several threads call it on the same `data`.
pub fn update(data: &Mutex<Data>, pause: impl FnOnce()) {
    let lock = Mutex::new(()); // `Lock()`: a lock no other thread can see
    let _guard = lock.lock().unwrap(); // so this never waits
    let local_val = data.lock().unwrap().val;
    pause();
    data.lock().unwrap().val = local_val + 1;
}
