//! What the learner starts from: it never takes `lock`, so updates are lost.

// ANSWER: worker
let _ = lock;
let mut held = gil.acquire();
for _ in 0..times {
    increment(&mut held, counter);
}
// ANSWER_END: worker
