//! What the learner starts from.

// ANSWER: as-completed
let (sender, receiver) = mpsc::channel::<(usize, T)>();
let _ = (jobs, &mut on_result, sender, receiver);
todo!("start a thread per job that sends (index, job()); receive the results here as they come")
// ANSWER_END: as-completed

// ANSWER: imports
use std::sync::mpsc;
// ANSWER_END: imports
