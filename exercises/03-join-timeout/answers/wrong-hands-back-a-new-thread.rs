//! It moves the handle into a helper thread that joins it, and on timeout hands back the
//! helper's handle instead of the one it was given. `thread::spawn` needs `T: Send + 'static`,
//! which `join_timeout` does not promise: the only `JoinHandle<T>` it can hand back is its own.
//! judge: compiler

// ANSWER: imports
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
// ANSWER_END: imports

// ANSWER: join-timeout
let (done, finished) = std::sync::mpsc::channel();
let waiter = thread::spawn(move || {
    let value = handle.join().expect("the thread panicked");
    let _ = done.send(());
    value
});
match finished.recv_timeout(timeout) {
    Ok(()) => Ok(waiter.join().expect("the waiter does not panic")),
    Err(_) => Err(waiter),
}
// ANSWER_END: join-timeout
