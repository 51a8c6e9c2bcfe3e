//! What the learner starts from.

// ANSWER: docs-run-tasks
///
/// The tasks share `data` and each one locks it to read and again to write: they read the same
/// `val`, and updates are lost. Rewrite it: one owner thread owns the `Data` and applies every
/// update; the tasks only send it requests over a channel.
// ANSWER_END: docs-run-tasks

// ANSWER: imports
use std::sync::Mutex;
// ANSWER_END: imports

// ANSWER: run-tasks
let data = Mutex::new(Data::default());
on_threads(tasks, |_n| {
    let local_val = data.lock().unwrap().val;
    pause();
    data.lock().unwrap().val = local_val + 1;
});
data.into_inner().unwrap().val
// ANSWER_END: run-tasks
