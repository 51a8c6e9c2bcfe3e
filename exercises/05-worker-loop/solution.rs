//! Exercise 05-worker-loop: a hand-built pool whose workers run one job at a time; fix
//! its worker loop. `cargo run -p practice -- check 05-worker-loop` checks it.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

/// A job: a closure to run once, on whichever worker takes it.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

// ANSWER: docs-worker
/// What every worker thread runs: takes the next job from the shared queue and runs it, until
/// the pool is dropped (then `recv` returns `Err` and the worker returns).
///
/// A `let` statement drops its temporaries, the `MutexGuard` among them, at its semicolon: the
/// lock is free again before the job runs.
// ANSWER_END: docs-worker
pub fn worker(queue: &Mutex<Receiver<Job>>) {
    // ANSWER: worker
    loop {
        let job = queue.lock().unwrap().recv();
        match job {
            Ok(job) => job(),
            Err(_) => break, // the pool dropped its Sender: no more jobs
        }
    }
    // ANSWER_END: worker
}

/// A hand-built pool, as tutorials build one: `std::sync::mpsc` has a single `Receiver`, so the
/// workers share it behind an `Arc<Mutex<…>>`. Given: only [`worker`] is yours.
pub struct Pool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl Pool {
    /// Starts `workers` threads named `worker-0`, `worker-1`, ... that each run [`worker`].
    pub fn new(workers: usize) -> Pool {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let workers = (0..workers)
            .map(|id| {
                let queue = Arc::clone(&queue);
                thread::Builder::new()
                    .name(format!("worker-{id}"))
                    .spawn(move || worker(&queue))
                    .expect("the OS could not start a thread")
            })
            .collect();
        Pool {
            jobs: Some(jobs),
            workers,
        }
    }

    /// Queues `job`; a free worker runs it.
    pub fn execute(&self, job: impl FnOnce() + Send + 'static) {
        let jobs = self.jobs.as_ref().expect("only drop takes it");
        jobs.send(Box::new(job))
            .expect("the workers hold the receiver");
    }
}

/// Dropping the pool closes the queue (`recv` fails once it is empty), then waits for every
/// worker: the end of Python's `with ThreadPoolExecutor() ...:` block.
impl Drop for Pool {
    fn drop(&mut self) {
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}
