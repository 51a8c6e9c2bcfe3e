//! Another route: a crossbeam channel of capacity zero, so each task waits until the owner takes
//! its request; the owner runs until every `Sender` is gone.

// ANSWER: run-tasks
let (requests, inbox) = crossbeam_channel::bounded::<usize>(0);
thread::scope(|s| {
    let owner = s.spawn(|| {
        let mut data = Data::default();
        while inbox.recv().is_ok() {
            data.update(&pause);
        }
        data.val
    });
    on_threads(tasks, |n| requests.send(n).unwrap());
    drop(requests);
    owner.join().unwrap()
})
// ANSWER_END: run-tasks
