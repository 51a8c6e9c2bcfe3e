//! The teaching pool: Python's `concurrent.futures.ThreadPoolExecutor`
//! (`concurrent/futures/thread.py`), built on crossbeam-channel.
//!
//! Workers share one multi-consumer job queue (`crossbeam_channel::unbounded`); each job runs a
//! task and settles the task's shared state, which its [`TaskHandle`] waits on.

use std::fmt;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender};
use timing::panic_message;

use crate::task::{Task, TaskError, TaskHandle};

// ANCHOR: pool_error
/// Why a pool could not be built.
#[derive(Debug)]
pub enum PoolError {
    /// `ThreadPool::new(0)`: Python raises `ValueError` for `max_workers=0`.
    ZeroWorkers,
    /// The operating system refused to start a worker thread.
    Spawn(io::Error),
}
// ANCHOR_END: pool_error

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

// ANCHOR: pool
/// A fixed set of named worker threads taking jobs from one shared queue: Python's
/// `ThreadPoolExecutor(max_workers=n)`.
///
/// Dropping the pool (the end of Python's `with` block) waits for every queued and running task.
///
/// ```
/// let pool = pools::ThreadPool::new(2).unwrap();
/// let handle = pool.submit(|| 6 * 7);
/// assert_eq!(handle.result(), Ok(42));
/// ```
pub struct ThreadPool {
    jobs: Option<Sender<Box<dyn Job>>>,
    queue: Receiver<Box<dyn Job>>,
    workers: Vec<JoinHandle<()>>,
}

/// What every worker runs. The crossbeam `Receiver` is cloned into each worker; several threads
/// can wait on one queue without any lock of ours, so nothing is held while a job runs.
fn work(jobs: Receiver<Box<dyn Job>>) {
    // `recv` fails once the pool has dropped its `Sender` and the queue is empty.
    while let Ok(job) = jobs.recv() {
        job.run();
    }
}
// ANCHOR_END: pool

impl ThreadPool {
    // ANCHOR: new
    /// Starts `workers` threads named `pool-worker-0`, `pool-worker-1`, ...
    ///
    /// ```
    /// use pools::{PoolError, ThreadPool};
    /// assert!(matches!(ThreadPool::new(0), Err(PoolError::ZeroWorkers)));
    /// ```
    pub fn new(workers: usize) -> Result<ThreadPool, PoolError> {
        ThreadPool::with_name_prefix(workers, "pool-worker")
    }

    /// Like [`ThreadPool::new`], with threads named `{prefix}-0`, `{prefix}-1`, ...
    /// (Python's `thread_name_prefix`).
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

    /// Python's default `max_workers`: `min(32, cpus + 4)`. I/O-bound tasks spend most of their
    /// time waiting, so a pool for them has more threads than the machine has CPUs.
    ///
    /// ```
    /// let n = pools::ThreadPool::default_workers();
    /// assert!((5..=32).contains(&n));
    /// ```
    pub fn default_workers() -> usize {
        (num_cpus::get() + 4).min(32)
    }

    // ANCHOR_END: new

    /// How many worker threads this pool has.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    // ANCHOR: submit
    /// Queues `f` and returns at once with a handle to its result (Python's `executor.submit`).
    ///
    /// `f` must be `'static`: it may still run after the caller's locals are gone, so it owns
    /// what it uses. Borrowing a local is a compile error:
    ///
    /// ```compile_fail,E0373
    /// let pool = pools::ThreadPool::new(2).unwrap();
    /// let names = vec!["a", "b"];
    /// let handle = pool.submit(|| names.len());
    /// ```
    ///
    /// Move it in instead (or share it in an `Arc`):
    ///
    /// ```
    /// let pool = pools::ThreadPool::new(2).unwrap();
    /// let names = vec!["a", "b"];
    /// let handle = pool.submit(move || names.len());
    /// assert_eq!(handle.result(), Ok(2));
    /// ```
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
    // ANCHOR_END: submit

    // ANCHOR: map
    /// Submits `f(item)` for every item, then returns their results in input order (Python's
    /// `executor.map`). Every item is submitted before the first result is returned, so the
    /// tasks run concurrently while you read the results one by one.
    ///
    /// Dropping the iterator does not cancel anything: the tasks still run, and their results
    /// (and panics) are lost, as with Python's `executor.map` when nobody reads its results.
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
        let handles = items
            .into_iter()
            .map(|item| {
                let f = Arc::clone(&f);
                self.submit(move || f(item))
            })
            .collect();
        Map { handles }
    }
    // ANCHOR_END: map

    // ANCHOR: shutdown
    /// Waits for every queued and running task, then stops the workers (Python's
    /// `executor.shutdown(wait=True)`, and the end of a `with` block). Dropping the pool does the
    /// same.
    ///
    /// `shutdown` takes `self`, so submitting afterwards is a compile error, not a
    /// `RuntimeError` at run time:
    ///
    /// ```compile_fail,E0382
    /// let pool = pools::ThreadPool::new(2).unwrap();
    /// pool.shutdown();
    /// pool.submit(|| 1);
    /// ```
    pub fn shutdown(self) {
        drop(self);
    }

    /// Cancels every task still in the queue, waits for the running ones, then stops the
    /// workers (Python's `executor.shutdown(cancel_futures=True)`). The cancelled tasks' handles
    /// return `Err(TaskError::Cancelled)`.
    pub fn shutdown_now(self) {
        // Each drained job is dropped unrun, and its `Drop` cancels its task.
        self.queue.try_iter().for_each(drop);
        drop(self);
    }
}

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
// ANCHOR_END: shutdown

impl fmt::Debug for ThreadPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ThreadPool")
            .field("workers", &self.workers.len())
            .field("queued", &self.queue.len())
            .finish()
    }
}

/// The iterator returned by [`ThreadPool::map`]: results in input order.
pub struct Map<U> {
    handles: std::collections::VecDeque<TaskHandle<U>>,
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
