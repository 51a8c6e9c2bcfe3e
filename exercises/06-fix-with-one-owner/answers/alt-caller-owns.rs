//! Another route: the calling thread is the owner. The tasks run on a thread of their own, which
//! takes the `Sender` with it; when they are done, it is dropped and the owner's loop ends.

// ANSWER: run-tasks
let (requests, inbox) = mpsc::channel::<usize>();
thread::scope(|s| {
    s.spawn(move || on_threads(tasks, |n| requests.send(n).unwrap()));
    let mut data = Data::default();
    for _n in inbox {
        data.update(&pause);
    }
    data.val
})
// ANSWER_END: run-tasks
