//! A task's shared state and its handle: Python's `Future` and `as_completed`
//! (`concurrent/futures/_base.py`).
//!
//! Each submitted task has a small state (pending → running → finished) behind a `Mutex`, with
//! a `Condvar` to wake whoever waits for it. The pool's job and the [`TaskHandle`] share it.

use std::fmt;
use std::mem;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender};

/// Why a task produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskError {
    /// The task panicked; this is the panic's message (Python stores the exception in the future).
    Panicked(String),
    /// The task was cancelled before it started, by [`TaskHandle::cancel`] or
    /// [`ThreadPool::shutdown_now`](crate::ThreadPool::shutdown_now); it never ran.
    Cancelled,
}

impl fmt::Display for TaskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaskError::Panicked(message) => write!(f, "the task panicked: {message}"),
            TaskError::Cancelled => f.write_str("the task was cancelled before it started"),
        }
    }
}

impl std::error::Error for TaskError {}

// ANCHOR: state
/// Where a task is in its life. Only `Pending` can be cancelled.
enum State<T> {
    Pending,
    Running,
    Finished(Result<T, TaskError>),
    Taken,
}

/// What a task's handle and the job that runs it share.
pub(crate) struct Task<T> {
    inner: Mutex<Inner<T>>,
    changed: Condvar,
}

struct Inner<T> {
    state: State<T>,
    /// `as_completed` iterators waiting for this task: (their channel, this task's index).
    watchers: Vec<(Sender<usize>, usize)>,
}
// ANCHOR_END: state

impl<T> Task<T> {
    pub(crate) fn new() -> Task<T> {
        Task {
            inner: Mutex::new(Inner {
                state: State::Pending,
                watchers: Vec::new(),
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner<T>> {
        // No user code ever runs while this lock is held, so it cannot be poisoned by a task.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<T> Inner<T> {
    fn is_finished(&self) -> bool {
        matches!(self.state, State::Finished(_) | State::Taken)
    }
}

// ANCHOR: transitions
impl<T> Task<T> {
    /// Pending → Running. False if the task was cancelled first: then it must not run.
    pub(crate) fn start(&self) -> bool {
        let mut inner = self.lock();
        let pending = matches!(inner.state, State::Pending);
        if pending {
            inner.state = State::Running;
        }
        pending
    }

    /// Pending → Finished(Cancelled). True if the task is now (or was already) cancelled.
    pub(crate) fn cancel(&self) -> bool {
        let mut inner = self.lock();
        match inner.state {
            State::Pending => {
                self.settle(&mut inner, Err(TaskError::Cancelled));
                true
            }
            State::Finished(Err(TaskError::Cancelled)) => true,
            _ => false,
        }
    }
}
// ANCHOR_END: transitions

// ANCHOR: settle
impl<T> Task<T> {
    pub(crate) fn finish(&self, result: Result<T, TaskError>) {
        let mut inner = self.lock();
        self.settle(&mut inner, result);
    }

    /// Stores the result, then wakes everyone waiting: handles on the condvar, `as_completed`
    /// iterators through their channels.
    fn settle(&self, inner: &mut Inner<T>, result: Result<T, TaskError>) {
        inner.state = State::Finished(result);
        for (watcher, index) in inner.watchers.drain(..) {
            let _ = watcher.send(index); // an unbounded send never blocks; Err: nobody listens
        }
        self.changed.notify_all();
    }
}
// ANCHOR_END: settle

// ANCHOR: handle
/// A task's future result (Python's `Future`). It does not borrow the pool: it stays usable
/// after the pool is shut down. Dropping it does not cancel the task.
pub struct TaskHandle<T> {
    pub(crate) task: Arc<Task<T>>,
}

impl<T> TaskHandle<T> {
    /// Waits for the task and returns its value, or why there is none (Python's `result()`).
    pub fn result(self) -> Result<T, TaskError> {
        let inner = self.task.lock();
        let mut inner = self
            .task
            .changed
            .wait_while(inner, |inner| !inner.is_finished())
            .unwrap_or_else(PoisonError::into_inner);
        match mem::replace(&mut inner.state, State::Taken) {
            State::Finished(result) => result,
            _ => unreachable!("only result() takes the value, and it consumes the handle"),
        }
    }
}
// ANCHOR_END: handle

// ANCHOR: handle_wait
impl<T> TaskHandle<T> {
    /// Waits at most `timeout` for the task to finish; true if it has (Python's
    /// `concurrent.futures.wait([future], timeout)`).
    pub fn wait_timeout(&self, timeout: Duration) -> bool {
        let inner = self.task.lock();
        let (inner, _) = self
            .task
            .changed
            .wait_timeout_while(inner, timeout, |inner| !inner.is_finished())
            .unwrap_or_else(PoisonError::into_inner);
        inner.is_finished()
    }

    /// True once the task has finished, panicked or been cancelled (Python's `done()`).
    pub fn is_done(&self) -> bool {
        self.task.lock().is_finished()
    }

    /// Cancels the task if it has not started: it will never run, and `result` returns
    /// `Err(TaskError::Cancelled)`. False if it is running or finished (Python's `cancel()`).
    pub fn cancel(&self) -> bool {
        self.task.cancel()
    }
}
// ANCHOR_END: handle_wait

impl<T> fmt::Debug for TaskHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.task.lock().state {
            State::Pending => "pending",
            State::Running => "running",
            State::Finished(Ok(_)) => "finished",
            State::Finished(Err(TaskError::Cancelled)) => "cancelled",
            State::Finished(Err(TaskError::Panicked(_))) => "panicked",
            State::Taken => "taken",
        };
        f.debug_struct("TaskHandle").field("state", &state).finish()
    }
}

// ANCHOR: as_completed
/// Yields `(index, result)` for each handle as its task finishes, fastest first; `index` is the
/// handle's position in `handles` (Python's `concurrent.futures.as_completed`).
///
/// ```
/// let pool = pools::ThreadPool::new(2).unwrap();
/// let handles = vec![pool.submit(|| "a"), pool.submit(|| "b")];
/// let mut seen: Vec<_> = pools::as_completed(handles).map(|(i, r)| (i, r.unwrap())).collect();
/// seen.sort();
/// assert_eq!(seen, [(0, "a"), (1, "b")]);
/// ```
pub fn as_completed<T>(handles: Vec<TaskHandle<T>>) -> AsCompleted<T> {
    let (finished, completions) = crossbeam_channel::unbounded();
    for (index, handle) in handles.iter().enumerate() {
        let mut inner = handle.task.lock();
        if inner.is_finished() {
            let _ = finished.send(index);
        } else {
            inner.watchers.push((finished.clone(), index)); // `settle` will send `index`
        }
    }
    AsCompleted {
        remaining: handles.len(),
        handles: handles.into_iter().map(Some).collect(),
        completions,
    }
}
// ANCHOR_END: as_completed

// ANCHOR: as_completed_next
/// The iterator returned by [`as_completed`].
pub struct AsCompleted<T> {
    handles: Vec<Option<TaskHandle<T>>>,
    completions: Receiver<usize>,
    remaining: usize,
}

impl<T> Iterator for AsCompleted<T> {
    type Item = (usize, Result<T, TaskError>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.remaining == 0 {
            return None;
        }
        // Sleeps until some task settles: no polling. Every task does settle, by finishing,
        // panicking or being cancelled (a job dropped unrun cancels its task).
        let index = self
            .completions
            .recv()
            .expect("every watched task reports once");
        self.remaining -= 1;
        let handle = self.handles[index].take().expect("each index is sent once");
        Some((index, handle.result()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}
// ANCHOR_END: as_completed_next

impl<T> ExactSizeIterator for AsCompleted<T> {}

impl<T> fmt::Debug for AsCompleted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsCompleted")
            .field("remaining", &self.remaining)
            .finish()
    }
}
