//! The lock and condition-variable types [`Event`](crate::Event) and
//! [`Semaphore`](crate::Semaphore) are built on: std's normally, loom's under `--cfg loom`.
//!
//! This is how crossbeam lets loom check its real code instead of a copy: the code names
//! `crate::sync::Mutex`, and one `cfg` decides what that is.

// ANCHOR: sync
#[cfg(loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};
// ANCHOR_END: sync
