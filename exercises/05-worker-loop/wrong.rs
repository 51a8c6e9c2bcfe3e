//! A typical wrong answer to 05-worker-loop (the graders must reject it): `if let` in a
//! `loop`. Edition 2024 drops an `if let` condition's temporaries before the `else` block, but
//! not before the `then` block: the guard still lives while `job()` runs.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

/// A job: a closure to run once, on whichever worker takes it.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// Still holds the queue's lock while the job runs.
#[allow(clippy::while_let_loop)] // clippy suggests `while let`: the same bug
pub fn worker(queue: &Mutex<Receiver<Job>>) {
    loop {
        if let Ok(job) = queue.lock().unwrap().recv() {
            job();
        } else {
            break;
        }
    }
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
