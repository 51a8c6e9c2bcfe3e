//! What lesson narrators and demonstrations share, so no lesson copies it.
//!
//! - [`span`] and [`record`]: lesson code marks its work with `span("label", || …)`; a narrator
//!   records a demonstration and draws the [`Timeline`] it gets back. No parameter is needed.
//! - [`sleep`] and [`scaled`]: demo sleeps multiplied by `LESSON_TIME_SCALE`, so tests can run a
//!   lesson's three-second story in thirty milliseconds.
//! - [`timed`] and [`format_duration`]: how long something took, printed as people read it
//!   (`3.01 s`, `12.4 ms`).
//! - [`Comparison`]: a "sequential vs concurrent" table with speed-ups.
//! - [`narrate`]: the title, section headings and quotes of real, anchored code.
//! - [`scenario`] and [`run_with_timeout`]: re-run the lesson binary as a child that may hang,
//!   and kill it if it does; the child's reports come back as JSON lines.
//! - [`choreography`]: forced interleavings: a [`Meeting`] of threads, [`on_threads`] that start
//!   together, [`wait_until`] a condition holds.
//! - [`sqrt_loop`] and [`iterations_for`]: the seeds' CPU-bound loop, sized by a time budget.
//! - [`HighWater`]: how many were running at once, at most.
//! - [`panic_message`]: the message inside the panic payload `join` returns.
//!
//! Tests use the `lesson-test` crate on top of this one.
//!
//! ```
//! use std::time::Duration;
//!
//! let ((), timeline) = timing::record(|| {
//!     std::thread::scope(|s| {
//!         for name in ["a", "b"] {
//!             s.spawn(move || timing::span(name, || std::thread::sleep(Duration::from_millis(20))));
//!         }
//!     })
//! });
//! assert_eq!(timeline.max_overlap(), 2); // both sleeps ran at the same time
//! println!("{}\ntook {}", timeline.render(), timing::format_duration(timeline.elapsed()));
//! ```

mod child;
pub mod choreography;
mod clock;
mod cpu;
mod format;
pub mod live;
mod meter;
pub mod narrate;
mod panic;
mod scale;
pub mod scenario;
mod svg;
mod table;
pub mod thread_states;
mod timeline;

pub use child::{Finished, Watched, process_exists, run_with_timeout};
pub use choreography::{Meeting, on_threads, timed_on_threads, wait_until};
pub use clock::timed;
pub use cpu::{iterations_for, sqrt_loop};
pub use format::format_duration;
pub use meter::{HighWater, Running};
pub use panic::panic_message;
pub use scale::{scaled, sleep, time_scale};
pub use table::Comparison;
pub use timeline::{
    Span, SpanGuard, Timeline, is_chart_line, max_overlap, record, span, span_guard,
};
