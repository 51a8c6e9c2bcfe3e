//! Lesson 07: Python's threading primitives and their Rust counterparts.
//!
//! | Python (`threading`)            | Rust                                               |
//! |---------------------------------|----------------------------------------------------|
//! | `Lock`                          | `std::sync::Mutex<T>` (owns the data it protects)  |
//! | `Lock.acquire(timeout=)`        | `parking_lot::Mutex::try_lock_for`                 |
//! | `RLock`                         | `parking_lot::ReentrantMutex`                      |
//! | (none)                          | `std::sync::RwLock`                                |
//! | `Condition`                     | `std::sync::Condvar` + a `Mutex`, `wait_while`     |
//! | `Event`                         | [`Event`] (`Mutex<bool>` + `Condvar`)              |
//! | `Semaphore`, `BoundedSemaphore` | [`Semaphore`] (`Mutex<usize>` + `Condvar`)         |
//! | `Barrier`                       | `std::sync::Barrier`                               |
//! | module-level init               | `std::sync::OnceLock`, `std::sync::LazyLock`       |
//!
//! Each demonstration is a function that returns what it saw; `src/main.rs` runs them in order.
//! [`Event`] and [`Semaphore`] are built on the types of a small `sync` module, which are std's
//! normally and loom's under `--cfg loom`, so `tests/loom.rs` checks this very code in every
//! interleaving. [`support`] holds the choreography the chapter does not show.

mod barrier;
mod condvar;
mod event;
mod local;
mod locks;
mod once;
mod poison;
mod rwlock;
mod semaphore;
mod signals;
pub mod support;
mod sync;

pub use barrier::barrier_leaders;
pub use condvar::{wait_with_if, wait_with_wait_while};
pub use event::Event;
pub use local::count_request;
pub use locks::{lock_twice_on_one_thread, lock_with_timeout, locked_update, reentrant_countdown};
pub use once::{SETTINGS, init_once, read_settings_from};
pub use poison::{balances_after, transfer_and_panic};
pub use rwlock::readers_then_writer;
pub use semaphore::{Semaphore, SemaphorePermit};
pub use signals::{limit_connections, release_waiters, stop_a_worker};
