//! What every exercise's graders share, so that no exercise copies it.
//!
//! # Layout
//! - [`within`]: run the learner's code on a thread and fail with a clear message if it has not
//!   finished within a bound, instead of hanging (the runner's own limits are the last resort).
//! - [`Meeting`]: make the unlucky interleaving certain: threads that *can* be at a point at the
//!   same time are made to be.
//! - [`show_threads`]: print the learner's threads as a timeline; `practice check` shows it once
//!   the exercise passes.
//! - [`call`]: call the learner's code on a thread of its own and see whether it has returned
//!   while the test [`HOLD`]s something at a [`Gate`]; [`point`]s in given code where a test
//!   steps in ([`at_points`]): to make threads meet, hold one, or note who got there.
//! - [`model`]: every interleaving of the learner's code with loom, the one that broke it shown as
//!   numbered steps.
//! - [`together`]: threads released together by a barrier, to meet at a [`Meeting`].
//! - [`sync`]: std's `Mutex`, `Condvar` and `AtomicUsize` for given code, which tell the graders
//!   what happens on them (steps, sleepers, wake-ups without a notification), on std or loom.
//! - [`downloads`]: the `fetch` that lesson 12's exercises give, and what watches it.

mod call;
pub mod downloads;
mod gate;
mod meeting;
pub mod model;
mod points;
pub mod sync;
mod threads;
mod together;
mod within;

pub use call::{Call, HOLD, Returned, call};
pub use gate::Gate;
pub use meeting::Meeting;
pub use points::{Points, at_points, point};
pub use threads::show_threads;
pub use timing::{Timeline, record, span};
pub use together::together;
pub use within::within;

/// The text of a panic's payload (`&str` or `String`), or a placeholder.
pub fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic without a message)".to_string())
}
