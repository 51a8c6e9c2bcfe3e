//! What the learner starts from.

// ANSWER: worker
///
/// It never takes `lock`, so updates are lost: fix it.
pub fn worker(gil: &Gil, counter: &PyInt, lock: &Mutex<()>, times: u64) {
    let _ = lock;
    let mut held = gil.acquire();
    for _ in 0..times {
        increment(&mut held, counter);
    }
}
// ANSWER_END: worker
