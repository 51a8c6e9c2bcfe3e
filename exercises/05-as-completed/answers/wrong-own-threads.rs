//! It leaves the pool alone and starts a thread per task: as many threads as tasks, however few
//! workers the pool has, and a task that panics sends no result at all.
//! caught: assertion

// ANSWER: print-as-completed
let _ = pool;
let (done, results) = std::sync::mpsc::channel();
for &sec in seconds {
    let (task, done) = (task.clone(), done.clone());
    std::thread::spawn(move || {
        let _ = done.send(task(sec));
    });
}
drop(done);
for line in results {
    print(line);
}
// ANSWER_END: print-as-completed
