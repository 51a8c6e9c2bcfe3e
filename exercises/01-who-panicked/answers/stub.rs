//! What the learner starts from.

// ANSWER: docs-run-named
/// Runs `job` on a thread named `name` and waits for it: `Ok(value)` if it returned,
/// `Err("<name>: <message>")` if it panicked.
// ANSWER_END: docs-run-named

// ANSWER: run-named
let _ = (name, job, thread::current());
todo!("start a named thread, join it, and turn a panic payload into a message")
// ANSWER_END: run-named
