//! The lock taken once, around the whole loop (waiting for it with the Gil released): coarser,
//! and just as correct.

// ANSWER: worker
let mut held = gil.acquire();
let _locked = held.allow_threads(|| lock.lock().unwrap());
(0..times).for_each(|_| increment(&mut held, counter));
// ANSWER_END: worker
