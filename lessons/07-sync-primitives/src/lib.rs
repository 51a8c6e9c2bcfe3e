//! Lesson 07: Python's threading primitives and their Rust counterparts.
//!
//! | Python (`threading`)       | Rust                                                  |
//! |----------------------------|-------------------------------------------------------|
//! | `Lock`                     | `std::sync::Mutex<T>` (owns the data it protects)     |
//! | `Lock.acquire(timeout=)`   | `parking_lot::Mutex::try_lock_for`                    |
//! | `RLock`                    | `parking_lot::ReentrantMutex`                         |
//! | (none)                     | `std::sync::RwLock`                                   |
//! | `Condition`                | `std::sync::Condvar` + a `Mutex`, `wait_while`        |
//! | `Event`                    | [`Event`] (this crate: `Mutex<bool>` + `Condvar`)     |
//! | `Semaphore`, `BoundedSemaphore` | [`Semaphore`] (this crate: `Mutex<usize>` + `Condvar`) |
//! | `Barrier`                  | `std::sync::Barrier`                                  |
//! | module-level init          | `std::sync::OnceLock`, `std::sync::LazyLock`          |
//!
//! Each demonstration is a function that returns what it saw; `src/main.rs` runs them in order.
//! [`Event`] and [`Semaphore`] are built on the types in a small `sync` module, which are std's
//! normally and loom's under `--cfg loom`, so `tests/loom.rs` checks this very code in every
//! interleaving.

mod condvar;
mod event;
mod locks;
mod once;
mod semaphore;
mod signals;
mod sync;

pub use condvar::{Recheck, Woken, wake_without_change};
pub use event::Event;
pub use locks::{
    Poisoned, ReadersWriter, Reentrant, TimedLock, lock_twice_on_one_thread, lock_with_timeout,
    locked_update, poison_a_transfer, readers_then_writer, reentrant_countdown,
};
pub use once::{InitOnce, SETTINGS, barrier_leaders, init_once, read_settings_from};
pub use semaphore::{Semaphore, SemaphorePermit};
pub use signals::{Connections, Stopped, limit_connections, release_waiters, stop_a_worker};

/// Starts a scoped thread called `name`, so Timelines and panic messages show who is who.
fn spawn_named<'scope, T: Send + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    name: impl Into<String>,
    f: impl FnOnce() -> T + Send + 'scope,
) -> std::thread::ScopedJoinHandle<'scope, T> {
    std::thread::Builder::new()
        .name(name.into())
        .spawn_scoped(scope, f)
        .expect("the OS could not start a thread")
}
