//! Lesson 06: data races do not compile; race conditions still happen.
//!
//! Seed 003's `Data.update` reads `val`, sleeps, and writes `val + 1`; two threads run it and the
//! value ends at 1, not 2. Seed 004 "fixes" that with `with Lock():`, a new lock on every call.
//!
//! - [`data_races`]: what Rust refuses to compile, each with its fix.
//! - [`update`]: five ways to add one to a shared counter, three of which lose updates, and
//!   [`hammer`](update::hammer), which runs one on N threads. This is the code `tests/loom.rs`
//!   model-checks under `--cfg loom`, through [`sync`].
//! - The `lost_update_*` and `fixed_*` functions: the seeds' two-thread races made certain with a
//!   `Barrier`, and their fixes.

mod demo;
pub mod support;
pub mod sync;
pub mod update;

pub use demo::{
    WINDOW, fixed_fetch_add, fixed_holding_the_guard, lost_update_fresh_lock,
    lost_update_load_then_store, lost_update_locking_twice,
};
pub use update::Data;

/// Data races that do not compile, each followed by its fix.
///
/// A data race is two threads touching one piece of memory at the same time, at least one of
/// them writing, with nothing ordering the two. In safe Rust it is a compile error.
///
/// Two threads writing one variable through `&mut` (error E0499, two mutable borrows):
///
/// ```compile_fail,E0499
#[doc = include_str!("../snippets/refused_shared_mut.rs")]
/// ```
///
/// The fix: share `&` to something that is safe to change through `&`, here an atomic:
///
/// ```
#[doc = include_str!("../snippets/fixed_shared_mut.rs")]
/// ```
///
/// An `Rc` moved into a thread (error E0277, `Rc` is not `Send`: its count is not atomic):
///
/// ```compile_fail,E0277
#[doc = include_str!("../snippets/refused_rc.rs")]
/// ```
///
/// The fix: `Arc`, whose count is atomic:
///
/// ```
#[doc = include_str!("../snippets/fixed_rc.rs")]
/// ```
///
/// A `static mut` written without `unsafe` (error E0133; this workspace forbids `unsafe`):
///
/// ```compile_fail,E0133
#[doc = include_str!("../snippets/refused_static_mut.rs")]
/// ```
///
/// The fix: a `static` that is safe to change through `&`:
///
/// ```
#[doc = include_str!("../snippets/fixed_static_mut.rs")]
/// ```
///
/// Seed 004's `state = local` written to a `static` (error E0594: a `static` is immutable):
///
/// ```compile_fail,E0594
/// static STATE: usize = 0;
///
/// fn main() {
///     let local = 1;
///     STATE = local;
/// }
/// ```
///
/// `RefCell` is not `Sync` (its borrow flag is not atomic), so a `&RefCell` cannot be shared
/// with other threads (error E0277):
///
/// ```compile_fail,E0277
/// let cell = std::cell::RefCell::new(0);
/// std::thread::scope(|s| {
///     s.spawn(|| *cell.borrow_mut() += 1);
/// });
/// ```
///
/// A `MutexGuard` is not `Send`: a lock must be unlocked on the thread that locked it (E0277):
///
/// ```compile_fail,E0277
/// let lock = std::sync::Mutex::new(0);
/// let guard = lock.lock().unwrap();
/// std::thread::scope(|s| {
///     s.spawn(move || drop(guard));
/// });
/// ```
///
/// [`Data::update`] takes `&mut self`, so it cannot be called through an `Arc` (error E0596):
///
/// ```compile_fail,E0596
#[doc = include_str!("../snippets/refused_unlocked_update.rs")]
/// ```
///
/// The fix: put the `Data` in a `Mutex`; the only way to `update` is through the guard:
///
/// ```
#[doc = include_str!("../snippets/fixed_unlocked_update.rs")]
/// ```
pub mod data_races {}
