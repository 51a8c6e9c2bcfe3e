//! The tasks read `val` and send the owner the new value. The owner writes, but the read is still
//! in the tasks: both read 0 and send 1.
//! caught: forced

// ANSWER: run-tasks
let data = Mutex::new(Data::default());
let (new_values, inbox) = mpsc::channel::<usize>();
thread::scope(|s| {
    s.spawn(|| {
        for val in inbox {
            data.lock().unwrap().val = val;
        }
    });
    on_threads(tasks, |_n| {
        let local_val = data.lock().unwrap().val;
        pause();
        new_values.send(local_val + 1).unwrap();
    });
    drop(new_values);
});
data.into_inner().unwrap().val
// ANSWER_END: run-tasks
