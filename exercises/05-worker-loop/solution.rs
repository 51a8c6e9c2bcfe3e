//! Exercise 05-worker-loop: a hand-built pool whose workers run one job at a time; fix
//! its worker loop. `cargo run -p practice -- check 05-worker-loop` checks it.

use std::sync::Mutex;
#[allow(unused_imports)] // for a worker that waits with a timeout
use std::sync::mpsc::RecvTimeoutError;

mod given;
pub use given::{Job, Jobs, Pool};

/// What every worker thread runs: takes the next job from the shared queue and runs it, until
/// the pool is dropped (then `recv` returns `Err` and the worker returns).
pub fn worker(queue: &Mutex<Jobs>) {
    // ANSWER: worker
    loop {
        // A `let` statement drops its temporaries, the `MutexGuard` among them, at its
        // semicolon: the lock is free again before the job runs.
        let job = queue.lock().unwrap().recv();
        match job {
            Ok(job) => job(),
            Err(_) => break, // the pool dropped its Sender: no more jobs
        }
    }
    // ANSWER_END: worker
}
