//! The types the counters in [`crate::update`] are built on: std's normally, loom's under
//! `--cfg loom`.
//!
//! This is how crossbeam lets loom check its real code instead of a copy: the code names
//! `crate::sync::Mutex`, and one `cfg` decides what that is. `tests/loom.rs` then runs the very
//! functions the lesson prints, in every interleaving loom can find.

// ANCHOR: sync
#[cfg(loom)]
pub use loom::sync::atomic::{AtomicUsize, Ordering};
#[cfg(loom)]
pub use loom::sync::{Arc, Mutex};
#[cfg(loom)]
pub use loom::thread;

#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicUsize, Ordering};
#[cfg(not(loom))]
pub use std::sync::{Arc, Mutex};
#[cfg(not(loom))]
pub use std::thread;
// ANCHOR_END: sync
