//! A teaching queue: Python's `queue.Queue` rebuilt the way CPython builds it, one lock and three
//! condition variables (`not_empty`, `not_full`, `all_tasks_done`) sharing it.
//!
//! Use it to see how a blocking queue works. In production use `crossbeam_channel` (or
//! `std::sync::mpsc`): faster, and the end of the stream comes for free when the senders are
//! dropped.

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

// ANCHOR: error
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
// ANCHOR_END: error

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
/// (Python 3.13's `shutdown(immediate=False)`).
///
/// Share it by reference with scoped threads, or in an `Arc`.
///
/// ```
/// use producer_consumer::Queue;
///
/// let queue = Queue::new(2); // maxsize 2; 0 would mean unbounded, as in Python
/// std::thread::scope(|s| {
///     s.spawn(|| {
///         for i in 0..5 {
///             queue.put(i).unwrap(); // blocks while 2 items wait
///         }
///         queue.close(); // the end of the stream travels through the queue
///     });
///     let got: Vec<i32> = std::iter::from_fn(|| queue.get()).collect();
///     assert_eq!(got, [0, 1, 2, 3, 4]);
/// });
/// ```
pub struct Queue<T> {
    maxsize: usize,
    // CPython: `self.mutex = threading.Lock()`, and everything it guards.
    state: Mutex<State<T>>,
    // CPython: `threading.Condition(self.mutex)`, three times. A Rust `Condvar` is told which
    // mutex to release each time it waits (`wait(guard)`), so it needs no constructor argument.
    not_empty: Condvar,
    not_full: Condvar,
    all_tasks_done: Condvar,
}

struct State<T> {
    items: VecDeque<T>,
    unfinished_tasks: usize,
    closed: bool,
    // Instruments for the lesson's tests, not in Python's queue.
    high_water: usize,
    waiting_getters: usize,
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
                high_water: 0,
                waiting_getters: 0,
            }),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
            all_tasks_done: Condvar::new(),
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

    // ANCHOR: put
    /// Adds `item` at the back, waiting while the queue is full. Gives the item back (`Err`) if
    /// the queue is closed, before or during the wait.
    ///
    /// ```
    /// let queue = producer_consumer::Queue::new(0);
    /// assert_eq!(queue.put("a"), Ok(()));
    /// queue.close();
    /// assert_eq!(queue.put("b"), Err("b"));
    /// ```
    pub fn put(&self, item: T) -> Result<(), T> {
        let state = self.lock();
        // CPython: `while self._qsize() >= self.maxsize: self.not_full.wait()`. `wait_while`
        // is that loop: it re-checks after every wake-up, spurious ones included.
        let state = self
            .not_full
            .wait_while(state, |s| self.full(s) && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        if state.closed {
            return Err(item);
        }
        self.push(state, item);
        Ok(())
    }

    fn push(&self, mut state: MutexGuard<'_, State<T>>, item: T) {
        state.items.push_back(item);
        state.unfinished_tasks += 1;
        state.high_water = state.high_water.max(state.items.len());
        self.not_empty.notify_one(); // wake one getter: there is one new item
    }
    // ANCHOR_END: put

    /// Adds `item` if there is room now; gives it back (`Err(item)`) if the queue is full or
    /// closed. Python: `put_nowait`, which raises `queue.Full`.
    ///
    /// ```
    /// let queue = producer_consumer::Queue::new(1);
    /// assert_eq!(queue.try_put(1), Ok(()));
    /// assert_eq!(queue.try_put(2), Err(2));
    /// ```
    pub fn try_put(&self, item: T) -> Result<(), T> {
        let state = self.lock();
        if state.closed || self.full(&state) {
            return Err(item);
        }
        self.push(state, item);
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
        let state = self.lock();
        let (state, _) = self
            .not_full
            .wait_timeout_while(state, timeout, |s| self.full(s) && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        if state.closed || self.full(&state) {
            return Err(item);
        }
        self.push(state, item);
        Ok(())
    }

    // ANCHOR: get
    /// Takes the item at the front, waiting while the queue is empty. `None` only once the queue
    /// is closed and every item in it has been taken: the consumer's signal to stop.
    ///
    /// ```
    /// let queue = producer_consumer::Queue::new(0);
    /// queue.put(7).unwrap();
    /// queue.close();
    /// assert_eq!(queue.get(), Some(7)); // items put before close are still delivered
    /// assert_eq!(queue.get(), None); // then consumers end
    /// ```
    pub fn get(&self) -> Option<T> {
        let mut state = self.lock();
        state.waiting_getters += 1;
        let mut state = self
            .not_empty
            .wait_while(state, |s| s.items.is_empty() && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        state.waiting_getters -= 1;
        let item = state.items.pop_front()?; // empty here means closed and drained
        self.not_full.notify_one(); // wake one putter: there is room for one more
        Some(item)
    }
    // ANCHOR_END: get

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
        match state.items.pop_front() {
            Some(item) => {
                self.not_full.notify_one();
                Ok(item)
            }
            None if state.closed => Err(QueueError::Closed),
            None => Err(QueueError::Empty),
        }
    }

    // ANCHOR: get_timeout
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
        let mut state = self.lock();
        state.waiting_getters += 1;
        let (mut state, _) = self
            .not_empty
            .wait_timeout_while(state, timeout, |s| s.items.is_empty() && !s.closed)
            .unwrap_or_else(PoisonError::into_inner);
        state.waiting_getters -= 1;
        match state.items.pop_front() {
            Some(item) => {
                self.not_full.notify_one();
                Ok(item)
            }
            None if state.closed => Err(QueueError::Closed),
            None => Err(QueueError::TimedOut),
        }
    }
    // ANCHOR_END: get_timeout

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

    // ANCHOR: join
    /// Marks one item taken from the queue as fully handled. Python: `task_done`, which raises
    /// `ValueError` when called too often.
    ///
    /// ```
    /// use producer_consumer::{Queue, QueueError};
    /// let queue = Queue::new(0);
    /// queue.put(1).unwrap();
    /// assert_eq!(queue.task_done(), Ok(()));
    /// assert_eq!(queue.task_done(), Err(QueueError::TaskDoneTooOften));
    /// ```
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
    // ANCHOR_END: join

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

    // ANCHOR: close
    /// Closes the queue: `put` fails from now on (giving the item back), items already queued
    /// stay available, and once they are taken `get` returns `None` to every consumer.
    /// Python 3.13: `shutdown(immediate=False)`.
    pub fn close(&self) {
        let mut state = self.lock();
        state.closed = true;
        // Every waiter must re-check: getters to end, putters to fail.
        self.not_empty.notify_all();
        self.not_full.notify_all();
    }
    // ANCHOR_END: close

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

    /// The most items the queue has ever held at once (an instrument for tests; not in Python).
    pub fn high_water(&self) -> usize {
        self.lock().high_water
    }

    /// How many threads are inside `get` or `get_timeout` now (an instrument for tests; not in
    /// Python). When the queue is empty, that many consumers are asleep waiting for an item.
    pub fn waiting_getters(&self) -> usize {
        self.lock().waiting_getters
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
