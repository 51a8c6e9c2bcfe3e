//! The owner publishes `val` after each update, and `run_tasks` returns what is published as soon
//! as the tasks have sent their requests, before the owner has applied them all.
//! caught: forced

// ANSWER: run-tasks
let published = std::sync::atomic::AtomicUsize::new(0);
let (requests, inbox) = mpsc::channel::<usize>();
thread::scope(|s| {
    s.spawn(|| {
        let mut data = Data::default();
        for _n in inbox {
            data.update(&pause);
            published.store(data.val, std::sync::atomic::Ordering::SeqCst);
        }
    });
    on_threads(tasks, |n| requests.send(n).unwrap());
    drop(requests);
    published.load(std::sync::atomic::Ordering::SeqCst) // the owner may still be working
})
// ANSWER_END: run-tasks
