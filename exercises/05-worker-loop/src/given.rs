//! Given: leave this file as it is. A hand-built pool, as tutorials build one: `std::sync::mpsc`
//! has a single `Receiver`, so the workers share it behind an `Arc<Mutex<…>>`. Only `worker` is
//! yours.

use std::sync::atomic::Ordering::SeqCst;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::mpsc::{self, Receiver, RecvError, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// A job: a closure to run once, on whichever worker takes it.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// The pool's queue, as its workers see it: an `mpsc::Receiver<Job>` with its three ways to
/// receive. It also tells the tests how the workers use it.
pub struct Jobs {
    queue: Receiver<Job>,
    watch: Arc<Watch>,
}

/// What the tests see of the workers.
#[derive(Default)]
struct Watch {
    /// Time flies: a `recv_timeout` that finds the queue empty times out at once.
    hurried: AtomicBool,
    /// Workers inside `recv` or `recv_timeout` now.
    waiting: AtomicUsize,
    /// Times a worker found no job: a timeout, or an empty `try_recv`.
    found_none: AtomicUsize,
    /// Workers that have returned from `worker`.
    returned: AtomicUsize,
}

impl Jobs {
    /// Like `Receiver::recv`: waits for a job; `Err` once the pool has dropped its `Sender` and
    /// the queue is empty.
    pub fn recv(&self) -> Result<Job, RecvError> {
        self.watch.waiting.fetch_add(1, SeqCst);
        let job = self.queue.recv();
        self.watch.waiting.fetch_sub(1, SeqCst);
        job
    }

    /// Like `Receiver::recv_timeout`: waits at most `timeout` for a job.
    pub fn recv_timeout(&self, timeout: Duration) -> Result<Job, RecvTimeoutError> {
        let job = if self.watch.hurried.load(SeqCst) {
            self.queue.try_recv().map_err(|error| match error {
                TryRecvError::Empty => RecvTimeoutError::Timeout,
                TryRecvError::Disconnected => RecvTimeoutError::Disconnected,
            })
        } else {
            self.watch.waiting.fetch_add(1, SeqCst);
            let job = self.queue.recv_timeout(timeout);
            self.watch.waiting.fetch_sub(1, SeqCst);
            job
        };
        if let Err(RecvTimeoutError::Timeout) = job {
            self.watch.found_none.fetch_add(1, SeqCst);
        }
        job
    }

    /// Like `Receiver::try_recv`: a job if one is queued, at once.
    pub fn try_recv(&self) -> Result<Job, TryRecvError> {
        let job = self.queue.try_recv();
        if let Err(TryRecvError::Empty) = job {
            self.watch.found_none.fetch_add(1, SeqCst);
        }
        job
    }
}

/// A pool of worker threads that each run [`worker`](crate::worker) on the one shared queue.
pub struct Pool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
    watch: Arc<Watch>,
}

impl Pool {
    /// Starts `workers` threads named `worker-0`, `worker-1`, ... that each run `worker`.
    pub fn new(workers: usize) -> Pool {
        Pool::start(workers, false)
    }

    /// For the tests: a pool on which time flies. A `recv_timeout` that finds the queue empty
    /// times out at once, as if its whole timeout (an hour, say) had passed.
    pub fn hurried(workers: usize) -> Pool {
        Pool::start(workers, true)
    }

    fn start(workers: usize, hurried: bool) -> Pool {
        let (jobs, queue) = mpsc::channel::<Job>();
        let watch = Arc::new(Watch::default());
        watch.hurried.store(hurried, SeqCst);
        let queue = Arc::new(Mutex::new(Jobs {
            queue,
            watch: Arc::clone(&watch),
        }));
        let workers = (0..workers)
            .map(|id| {
                let (queue, watch) = (Arc::clone(&queue), Arc::clone(&watch));
                thread::Builder::new()
                    .name(format!("worker-{id}"))
                    .spawn(move || {
                        crate::worker(&queue);
                        watch.returned.fetch_add(1, SeqCst);
                    })
                    .expect("the OS could not start a thread")
            })
            .collect();
        Pool {
            jobs: Some(jobs),
            workers,
            watch,
        }
    }

    /// Queues `job`; a free worker runs it.
    pub fn execute(&self, job: impl FnOnce() + Send + 'static) {
        let jobs = self.jobs.as_ref().expect("only drop takes it");
        if jobs.send(Box::new(job)).is_err() {
            panic!("every worker has returned, and nobody takes jobs any more");
        }
    }

    /// For the tests: how many workers wait in `recv` or `recv_timeout` now.
    pub fn waiting(&self) -> usize {
        self.watch.waiting.load(SeqCst)
    }

    /// For the tests: how many times a worker found no job (a timeout, an empty `try_recv`).
    pub fn found_none(&self) -> usize {
        self.watch.found_none.load(SeqCst)
    }

    /// For the tests: how many workers have returned from `worker`.
    pub fn returned(&self) -> usize {
        self.watch.returned.load(SeqCst)
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
