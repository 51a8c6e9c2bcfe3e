//! What every exercise's graders share, so that no exercise copies it.
//!
//! # Layout
//! - [`within`]: run the learner's code on a thread and fail with a clear message if it has not
//!   finished within a bound, instead of hanging (the runner's own limits are the last resort).
//! - [`Meeting`]: make the unlucky interleaving certain: threads that *can* be at a point at the
//!   same time are made to be.
//! - [`show_threads`]: print the learner's threads as a timeline; `practice check` shows it once
//!   the exercise passes.
//! - [`model`]: every interleaving of the learner's code with loom, the one that broke it shown as
//!   numbered steps.

mod meeting;
pub mod model;
mod threads;
mod within;

pub use meeting::Meeting;
pub use threads::show_threads;
pub use timing::{Timeline, record, span};
pub use within::within;

/// The text of a panic's payload (`&str` or `String`), or a placeholder.
pub fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic without a message)".to_string())
}
