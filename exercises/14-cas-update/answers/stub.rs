//! What the learner starts from.

// ANSWER: docs-update
/// Reads `val`, computes `work(value read)`, and stores the result only if `val` still holds the
/// value read. If another thread wrote in between, redoes the work from the value it wrote.
/// Returns how many times it had to start again (0 when nobody got in the way).
// ANSWER_END: docs-update

// ANSWER: top
#[allow(unused_imports)]
// ANSWER_END: top

// ANSWER: update
let _ = (val, &mut work);
todo!("a compare_exchange retry loop")
// ANSWER_END: update
