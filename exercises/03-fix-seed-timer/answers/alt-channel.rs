//! Each thread says "done" down a channel; the caller counts one message per sleeper instead of
//! joining (the threads end right after).

// ANSWER: time-sleepers
let start = Instant::now();
let (done, finished) = std::sync::mpsc::channel();
for &t in sleeps {
    let done = done.clone();
    let _detached: thread::JoinHandle<()> = thread::spawn(move || {
        foo(t);
        done.send(()).expect("the timer is waiting");
    });
}
for _ in sleeps {
    finished.recv().expect("every sleeper says when it is done");
}
let took = start.elapsed();
println!("Time taken: {took:?}");
took
// ANSWER_END: time-sleepers
