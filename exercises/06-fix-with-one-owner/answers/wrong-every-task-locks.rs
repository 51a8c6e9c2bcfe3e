//! 06-fix-with-a-guard's fix. It loses no update, but every task still touches the data; this
//! exercise asks for one owner.
//! caught: assertion

// ANSWER: run-tasks
let data = Mutex::new(Data::default());
on_threads(tasks, |_n| data.lock().unwrap().update(&pause));
data.into_inner().unwrap().val
// ANSWER_END: run-tasks
