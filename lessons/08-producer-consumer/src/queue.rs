//! A teaching queue: Python's `queue.Queue` rebuilt the way CPython builds it, one lock and three
//! condition variables (`not_empty`, `not_full`, `all_tasks_done`) sharing it.
//!
//! Use it to see how a blocking queue works. In production use `crossbeam_channel` (or
//! `std::sync::mpsc`): faster, and the end of the stream comes for free when the senders are
//! dropped.
//!
//! ```
//! use producer_consumer::Queue;
//!
//! let queue = Queue::new(2); // maxsize 2; 0 would mean unbounded, as in Python
//! std::thread::scope(|s| {
//!     s.spawn(|| {
//!         for i in 0..5 {
//!             queue.put(i).unwrap(); // blocks while 2 items wait
//!         }
//!         queue.close(); // the end of the stream travels through the queue
//!     });
//!     let got: Vec<i32> = queue.iter().collect();
//!     assert_eq!(got, [0, 1, 2, 3, 4]);
//! });
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use timing::HighWater;

/// Why `try_get`, `get_timeout` or `task_done` failed. Python raises an exception for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueError {
    /// `try_get` found the queue empty (Python: `queue.Empty`).
    Empty,
    /// `get_timeout` waited the whole timeout and no item came (Python raises `queue.Empty`
    /// here too).
    TimedOut,
    /// The queue is closed and drained: no item will ever come (Python 3.13: `queue.ShutDown`).
    Closed,
    /// `task_done` was called more times than items were put (Python: `ValueError`).
    TaskDoneTooOften,
}

impl fmt::Display for QueueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            QueueError::Empty => "the queue is empty",
            QueueError::TimedOut => "no item came before the timeout",
            QueueError::Closed => "the queue is closed and drained",
            QueueError::TaskDoneTooOften => "task_done() called more times than items were put",
        })
    }
}

impl std::error::Error for QueueError {}

// ANCHOR: struct
/// A FIFO queue for many producers and many consumers: Python's `queue.Queue`, plus `close`
/// (Python 3.13's `shutdown()`). Share it by reference with scoped threads, or in an `Arc`.
pub struct Queue<T> {
    maxsize: usize,
    // CPython: `self.mutex = threading.Lock()`, and everything it guards.
    state: Mutex<State<T>>,
    // CPython: `threading.Condition(self.mutex)`, three times. A Rust `Condvar` is handed the
    // guard to release each time it waits, so it takes no lock when it is made.
    not_empty: Condvar,
    not_full: Condvar,
    all_tasks_done: Condvar,
    // Not in Python: how many threads are inside `get` and `put`, for the lesson's stories.
    getters: HighWater,
    putters: HighWater,
}

struct State<T> {
    items: VecDeque<T>,
    unfinished_tasks: usize,
    closed: bool,
}
// ANCHOR_END: struct

impl<T> Queue<T> {
    /// A queue that holds at most `maxsize` items (`0`: no limit, as in Python).
    pub fn new(maxsize: usize) -> Self {
        Queue {
            maxsize,
            state: Mutex::new(State {
                items: VecDeque::new(),
                unfinished_tasks: 0,
                closed: false,
            }),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
            all_tasks_done: Condvar::new(),
            getters: HighWater::default(),
            putters: HighWater::default(),
        }
    }

    // No code runs under this lock except the queue's own, which does not panic; if some other
    // panic poisoned it anyway, the data is still consistent, so carry on.
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn full(&self, state: &State<T>) -> bool {
        self.maxsize > 0 && state.items.len() >= self.maxsize
    }

    fn push(&self, state: &mut State<T>, item: T) {
        state.items.push_back(item);
        state.unfinished_tasks += 1;
        self.not_empty.notify_one();
    }

    fn pop(&self, state: &mut State<T>) -> Option<T> {
        let item = state.items.pop_front()?;
        self.not_full.notify_one();
        Some(item)
    }
}

// ANCHOR: put
impl<T> Queue<T> {
    /// Adds `item` at the back, waiting while the queue is full. Gives the item back (`Err`) if
    /// the queue is closed, before or during the wait.
    pub fn put(&self, item: T) -> Result<(), T> {
        let waiting = self.putters.enter(); // counted while it waits, for the stories
        // CPython: `while self._qsize() >= self.maxsize: self.not_full.wait()`.
        let mut state = self
            .not_full
            .wait_while(self.lock(), |s| self.full(s) && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        drop(waiting); // under the lock: no longer counted once it goes on
        if state.closed {
            return Err(item);
        }
        state.items.push_back(item);
        state.unfinished_tasks += 1;
        self.not_empty.notify_one(); // wake one getter: there is one new item
        Ok(())
    }
}
// ANCHOR_END: put

// ANCHOR: get
impl<T> Queue<T> {
    /// Takes the item at the front, waiting while the queue is empty. `None` once the queue is
    /// closed and every item in it has been taken: the consumer's signal to stop.
    pub fn get(&self) -> Option<T> {
        let waiting = self.getters.enter(); // counted while it waits, for the stories
        let mut state = self
            .not_empty
            .wait_while(self.lock(), |s| s.items.is_empty() && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        drop(waiting); // under the lock: no longer counted once it goes on
        let item = state.items.pop_front()?; // empty here means closed and drained
        self.not_full.notify_one(); // wake one putter: there is room for one more
        Some(item)
    }
}
// ANCHOR_END: get

// ANCHOR: close
impl<T> Queue<T> {
    /// Closes the queue: `put` fails from now on, items already queued are still delivered,
    /// then `get` returns `None` to every consumer.
    pub fn close(&self) {
        let mut state = self.lock();
        state.closed = true;
        // Every waiter must re-check: getters to drain and end, putters to fail.
        self.not_empty.notify_all();
        self.not_full.notify_all();
    }
}
// ANCHOR_END: close

// ANCHOR: join
impl<T> Queue<T> {
    /// Marks one item taken from the queue as fully handled (Python raises `ValueError` when
    /// it is called too often).
    pub fn task_done(&self) -> Result<(), QueueError> {
        let mut state = self.lock();
        if state.unfinished_tasks == 0 {
            return Err(QueueError::TaskDoneTooOften);
        }
        state.unfinished_tasks -= 1;
        if state.unfinished_tasks == 0 {
            self.all_tasks_done.notify_all(); // every joiner may go
        }
        Ok(())
    }

    /// Waits until every item ever put has been marked with [`task_done`](Self::task_done).
    pub fn join(&self) {
        let state = self.lock();
        let _state = self
            .all_tasks_done
            .wait_while(state, |s| s.unfinished_tasks > 0)
            .unwrap_or_else(PoisonError::into_inner);
    }
}
// ANCHOR_END: join

/// The rest of Python's API: the non-blocking and timed variants, and the stale-at-once queries.
impl<T> Queue<T> {
    /// Adds `item` if there is room now; gives it back (`Err(item)`) if the queue is full or
    /// closed. Python: `put_nowait`, which raises `queue.Full`.
    ///
    /// ```
    /// let queue = producer_consumer::Queue::new(1);
    /// assert_eq!(queue.try_put(1), Ok(()));
    /// assert_eq!(queue.try_put(2), Err(2));
    /// ```
    pub fn try_put(&self, item: T) -> Result<(), T> {
        let mut state = self.lock();
        if state.closed || self.full(&state) {
            return Err(item);
        }
        self.push(&mut state, item);
        Ok(())
    }

    /// Like [`put`](Self::put), waiting at most `timeout` for room; gives the item back if there
    /// was none in time or the queue is closed.
    ///
    /// ```
    /// use std::time::Duration;
    /// let queue = producer_consumer::Queue::new(1);
    /// queue.put(1).unwrap();
    /// assert_eq!(queue.put_timeout(2, Duration::from_millis(10)), Err(2));
    /// ```
    pub fn put_timeout(&self, item: T, timeout: Duration) -> Result<(), T> {
        let waiting = self.putters.enter(); // counted while it waits, for the stories
        let (mut state, _) = self
            .not_full
            .wait_timeout_while(self.lock(), timeout, |s| self.full(s) && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        drop(waiting); // under the lock: no longer counted once it goes on
        if state.closed || self.full(&state) {
            return Err(item);
        }
        self.push(&mut state, item);
        Ok(())
    }

    /// Takes the front item if there is one now. Python: `get_nowait`.
    ///
    /// ```
    /// use producer_consumer::{Queue, QueueError};
    /// let queue = Queue::<u8>::new(0);
    /// assert_eq!(queue.try_get(), Err(QueueError::Empty));
    /// queue.close();
    /// assert_eq!(queue.try_get(), Err(QueueError::Closed));
    /// ```
    pub fn try_get(&self) -> Result<T, QueueError> {
        let mut state = self.lock();
        match self.pop(&mut state) {
            Some(item) => Ok(item),
            None if state.closed => Err(QueueError::Closed),
            None => Err(QueueError::Empty),
        }
    }

    /// Like [`get`](Self::get), waiting at most `timeout`: `Err(TimedOut)` if no item came in
    /// time, `Err(Closed)` if none ever will.
    ///
    /// ```
    /// use std::time::Duration;
    /// use producer_consumer::{Queue, QueueError};
    /// let queue = Queue::<u8>::new(0);
    /// assert_eq!(queue.get_timeout(Duration::from_millis(10)), Err(QueueError::TimedOut));
    /// ```
    pub fn get_timeout(&self, timeout: Duration) -> Result<T, QueueError> {
        let waiting = self.getters.enter(); // counted while it waits, for the stories
        let (mut state, _) = self
            .not_empty
            .wait_timeout_while(self.lock(), timeout, |s| s.items.is_empty() && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        drop(waiting); // under the lock: no longer counted once it goes on
        match self.pop(&mut state) {
            Some(item) => Ok(item),
            None if state.closed => Err(QueueError::Closed),
            None => Err(QueueError::TimedOut),
        }
    }

    /// An iterator that [`get`](Self::get)s items until the queue is closed and drained.
    ///
    /// ```
    /// let queue = producer_consumer::Queue::new(0);
    /// queue.put('a').unwrap();
    /// queue.close();
    /// assert_eq!(queue.iter().collect::<String>(), "a");
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        std::iter::from_fn(|| self.get())
    }

    /// Like [`join`](Self::join), waiting at most `timeout`; `true` if every item was done.
    ///
    /// ```
    /// use std::time::Duration;
    /// let queue = producer_consumer::Queue::new(0);
    /// queue.put(1).unwrap();
    /// assert!(!queue.join_timeout(Duration::from_millis(5)));
    /// queue.task_done().unwrap();
    /// assert!(queue.join_timeout(Duration::from_millis(5)));
    /// ```
    pub fn join_timeout(&self, timeout: Duration) -> bool {
        let state = self.lock();
        let (state, _) = self
            .all_tasks_done
            .wait_timeout_while(state, timeout, |s| s.unfinished_tasks > 0)
            .unwrap_or_else(PoisonError::into_inner);
        state.unfinished_tasks == 0
    }

    /// Whether [`close`](Self::close) has been called.
    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }

    /// How many items wait in the queue now. Like Python's `qsize()`, the answer may be stale by
    /// the time you act on it.
    pub fn len(&self) -> usize {
        self.lock().items.len()
    }

    /// Whether no item waits now (Python: `empty()`; stale as soon as it returns).
    pub fn is_empty(&self) -> bool {
        self.lock().items.is_empty()
    }

    /// Whether the queue holds `maxsize` items now (never true when unbounded).
    pub fn is_full(&self) -> bool {
        self.full(&self.lock())
    }

    /// The `maxsize` the queue was made with.
    pub fn maxsize(&self) -> usize {
        self.maxsize
    }

    /// How many threads are inside `get` or `get_timeout` now (not in Python). When the queue is
    /// empty and nobody puts, each of them is asleep, waiting for an item.
    pub fn waiting_getters(&self) -> usize {
        self.getters.running()
    }

    /// How many threads are inside `put` or `put_timeout` now (not in Python). When the queue is
    /// full and nobody gets, each of them is asleep, waiting for room.
    pub fn waiting_putters(&self) -> usize {
        self.putters.running()
    }
}

impl<T> fmt::Debug for Queue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("Queue")
            .field("maxsize", &self.maxsize)
            .field("len", &state.items.len())
            .field("unfinished_tasks", &state.unfinished_tasks)
            .field("closed", &state.closed)
            .finish()
    }
}
