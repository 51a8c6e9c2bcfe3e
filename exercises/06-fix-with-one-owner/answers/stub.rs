//! What the learner starts from: the tasks share `data`, and each one locks it to read and again
//! to write. They read the same `val`, and updates are lost.

// ANSWER: run-tasks
let data = Mutex::new(Data::default());
on_threads(tasks, |_n| {
    let local_val = data.lock().unwrap().val;
    pause();
    data.lock().unwrap().val = local_val + 1;
});
data.into_inner().unwrap().val
// ANSWER_END: run-tasks
