//! The owner's `for` loop ends only when every `Sender` is gone, and `run_tasks` still holds one
//! when it joins the owner: each waits for the other, forever (Python: `queue.get()` with nobody
//! left to `put`, and no `None` sent).
//! caught: bound

// ANSWER: run-tasks
let (requests, inbox) = mpsc::channel::<usize>();
thread::scope(|s| {
    let owner = s.spawn(|| {
        let mut data = Data::default();
        for _n in inbox {
            data.update(&pause);
        }
        data.val
    });
    on_threads(tasks, |n| requests.send(n).unwrap());
    owner.join().unwrap() // `requests` is still alive here
})
// ANSWER_END: run-tasks
