//! The teaching pool: Python's `concurrent.futures.ThreadPoolExecutor`
//! (`concurrent/futures/thread.py`), built on crossbeam-channel.
//!
//! Workers share one multi-consumer job queue (`crossbeam_channel::unbounded`); each job runs a
//! task and settles the task's shared state, which its [`TaskHandle`] waits on.

use std::collections::VecDeque;
use std::fmt;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender};
use timing::panic_message;

use crate::task::{Task, TaskError, TaskHandle};

/// Why a pool could not be built.
#[derive(Debug)]
pub enum PoolError {
    /// `ThreadPool::new(0)`: Python raises `ValueError` for `max_workers=0`.
    ZeroWorkers,
    /// The operating system refused to start a worker thread.
    Spawn(io::Error),
}

impl fmt::Display for PoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PoolError::ZeroWorkers => f.write_str("max_workers must be greater than 0"),
            PoolError::Spawn(error) => write!(f, "could not start a worker thread: {error}"),
        }
    }
}

impl std::error::Error for PoolError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PoolError::ZeroWorkers => None,
            PoolError::Spawn(error) => Some(error),
        }
    }
}

// ANCHOR: pool
/// A fixed set of named worker threads taking jobs from one shared queue: Python's
/// `ThreadPoolExecutor(max_workers=n)`. Dropping it waits for every task, like a `with` block.
///
/// ```
/// let pool = pools::ThreadPool::new(2).unwrap();
/// assert_eq!(pool.submit(|| 6 * 7).result(), Ok(42));
/// ```
pub struct ThreadPool {
    jobs: Option<Sender<Box<dyn Job>>>,
    queue: Receiver<Box<dyn Job>>,
    workers: Vec<JoinHandle<()>>,
}

/// What every worker runs. Each worker has a clone of the crossbeam `Receiver`; several threads
/// can wait on one queue without any lock of ours, so nothing is held while a job runs.
fn work(jobs: Receiver<Box<dyn Job>>) {
    // `recv` fails once the pool has dropped its `Sender` and the queue is empty.
    while let Ok(job) = jobs.recv() {
        job.run();
    }
}
// ANCHOR_END: pool

// ANCHOR: new
impl ThreadPool {
    /// Starts `workers` threads named `pool-worker-0`, `pool-worker-1`, ... Zero workers is
    /// [`PoolError::ZeroWorkers`].
    pub fn new(workers: usize) -> Result<ThreadPool, PoolError> {
        ThreadPool::with_name_prefix(workers, "pool-worker")
    }

    /// Like [`ThreadPool::new`], with threads named `{prefix}-0`, ... (`thread_name_prefix`).
    pub fn with_name_prefix(workers: usize, prefix: &str) -> Result<ThreadPool, PoolError> {
        if workers == 0 {
            return Err(PoolError::ZeroWorkers);
        }
        let (jobs, queue) = crossbeam_channel::unbounded();
        let mut pool = ThreadPool {
            jobs: Some(jobs),
            queue,
            workers: Vec::with_capacity(workers),
        };
        for id in 0..workers {
            let queue = pool.queue.clone();
            let worker = thread::Builder::new()
                .name(format!("{prefix}-{id}"))
                .spawn(move || work(queue))
                .map_err(PoolError::Spawn)?; // dropping `pool` joins the workers already started
            pool.workers.push(worker);
        }
        Ok(pool)
    }
}
// ANCHOR_END: new

// ANCHOR: default_workers
impl ThreadPool {
    /// Python's default `max_workers`: `min(32, cpus + 4)`. I/O-bound tasks spend most of their
    /// time waiting, so a pool for them has more threads than the machine has CPUs.
    pub fn default_workers() -> usize {
        (num_cpus::get() + 4).min(32)
    }
}
// ANCHOR_END: default_workers

impl ThreadPool {
    /// How many worker threads this pool has.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }
}

// ANCHOR: job
/// A job as the workers see it: something to run once, whatever its result type.
trait Job: Send {
    fn run(self: Box<Self>);
}

struct TaskJob<T, F> {
    task: Arc<Task<T>>,
    work: Option<F>,
}

impl<T: Send, F: FnOnce() -> T + Send> Job for TaskJob<T, F> {
    fn run(mut self: Box<Self>) {
        let work = self.work.take().expect("a job runs once");
        if self.task.start() {
            // A panic stops here, not in the worker: the worker lives on to take the next job.
            let result = panic::catch_unwind(AssertUnwindSafe(work));
            self.task
                .finish(result.map_err(|payload| TaskError::Panicked(panic_message(&*payload))));
        }
    }
}

/// A job dropped without running (drained by `shutdown_now`) cancels its task, so no handle
/// ever waits for a job that no longer exists.
impl<T, F> Drop for TaskJob<T, F> {
    fn drop(&mut self) {
        if self.work.is_some() {
            self.task.cancel();
        }
    }
}
// ANCHOR_END: job

// ANCHOR: submit
impl ThreadPool {
    /// Queues `f` and returns at once with a handle to its result (Python's `executor.submit`).
    ///
    /// `f` must be `'static`: it may still run after the caller's locals are gone, so it owns
    /// what it uses (borrowing a local does not compile: see [`crate::refused`]).
    pub fn submit<T, F>(&self, f: F) -> TaskHandle<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let task = Arc::new(Task::new());
        let job = TaskJob {
            task: Arc::clone(&task),
            work: Some(f),
        };
        let jobs = self.jobs.as_ref().expect("only shutdown and drop take it");
        jobs.send(Box::new(job))
            .expect("the pool holds a receiver, so the queue is open");
        TaskHandle { task }
    }
}
// ANCHOR_END: submit

// ANCHOR: map
impl ThreadPool {
    /// Submits `f(item)` for every item, then returns their results in input order (Python's
    /// `executor.map`). Dropping the iterator cancels nothing: the tasks still run, and their
    /// results (and panics) are lost, as with `executor.map` when nobody reads its results.
    ///
    /// ```
    /// let pool = pools::ThreadPool::new(3).unwrap();
    /// let squares: Vec<_> = pool.map(|x: u64| x * x, 1..=4).map(Result::unwrap).collect();
    /// assert_eq!(squares, [1, 4, 9, 16]);
    /// ```
    #[must_use = "the results, and any panics, are only seen by iterating"]
    pub fn map<I, F, U>(&self, f: F, items: I) -> Map<U>
    where
        I: IntoIterator,
        I::Item: Send + 'static,
        F: Fn(I::Item) -> U + Send + Sync + 'static,
        U: Send + 'static,
    {
        let f = Arc::new(f);
        let submit = |item| {
            let f = Arc::clone(&f);
            self.submit(move || f(item))
        };
        // Every item is submitted before the first result is read.
        let handles = items.into_iter().map(submit).collect();
        Map { handles }
    }
}
// ANCHOR_END: map

/// The iterator returned by [`ThreadPool::map`]: results in input order.
pub struct Map<U> {
    handles: VecDeque<TaskHandle<U>>,
}

impl<U> Iterator for Map<U> {
    type Item = Result<U, TaskError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.handles.pop_front().map(TaskHandle::result)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.handles.len(), Some(self.handles.len()))
    }
}

impl<U> ExactSizeIterator for Map<U> {}

impl<U> fmt::Debug for Map<U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Map")
            .field("remaining", &self.handles.len())
            .finish()
    }
}

// ANCHOR: shutdown
impl ThreadPool {
    /// Waits for every queued and running task, then stops the workers (Python's
    /// `executor.shutdown(wait=True)`). It takes `self`: submitting afterwards does not compile
    /// (see [`crate::refused`]), where Python raises `RuntimeError`.
    pub fn shutdown(self) {
        drop(self);
    }

    /// Cancels every task still in the queue, waits for the running ones, then stops the
    /// workers (Python's `executor.shutdown(cancel_futures=True)`).
    pub fn shutdown_now(self) {
        // Each drained job is dropped unrun, and its `Drop` cancels its task.
        self.queue.try_iter().for_each(drop);
        drop(self);
    }
}
// ANCHOR_END: shutdown

// ANCHOR: drop
/// The end of Python's `with` block.
impl Drop for ThreadPool {
    fn drop(&mut self) {
        drop(self.jobs.take()); // close the queue: workers finish what is in it, then stop
        for worker in self.workers.drain(..) {
            // A task that owned the pool's last `Arc` drops it on a worker: don't join yourself.
            if worker.thread().id() != thread::current().id() {
                let _ = worker.join(); // workers catch task panics, so this is Ok
            }
        }
    }
}
// ANCHOR_END: drop

impl fmt::Debug for ThreadPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ThreadPool")
            .field("workers", &self.workers.len())
            .field("queued", &self.queue.len())
            .finish()
    }
}
