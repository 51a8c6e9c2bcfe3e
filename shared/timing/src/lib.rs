//! Small helpers every lesson shares, so no lesson copies them.
//!
//! - [`Stopwatch`] and [`timed`]: measure how long something took.
//! - [`human`]: print a [`Duration`](std::time::Duration) the way people read it (`3.01 s`, `12.4 ms`).
//! - [`sleep`] and [`scaled`]: demo sleeps multiplied by `LESSON_TIME_SCALE`, so tests can run a
//!   lesson's three-second story in thirty milliseconds.
//! - [`Timeline`]: threads record spans of work; [`Timeline::render`] draws them as a chart.
//! - [`Comparison`]: a "sequential vs concurrent" table with speed-ups.
//! - [`narrate`]: the section headings and code quotes every narrator prints.
//! - [`run_with_timeout`]: run a child process that may hang, and kill it if it does.
//! - [`sqrt_loop`] and [`iterations_for`]: the seeds' CPU-bound loop, sized by a time budget.
//! - [`HighWater`]: how many were running at once, at most.
//! - [`panic_message`]: the message inside the panic payload `join` returns.
//! - [`testing`]: the end-to-end checks every lesson's tests make of its binary.
//!
//! ```
//! use std::time::Duration;
//! use timing::{Timeline, human, timed};
//!
//! let timeline = Timeline::new();
//! let ((), took) = timed(|| {
//!     std::thread::scope(|s| {
//!         for name in ["a", "b"] {
//!             let timeline = &timeline;
//!             s.spawn(move || timeline.record(name, || std::thread::sleep(Duration::from_millis(20))));
//!         }
//!     })
//! });
//! assert_eq!(timeline.max_overlap(), 2); // both sleeps ran at the same time
//! assert!(took < Duration::from_millis(40));
//! println!("{}\ntook {}", timeline.render(), human(took));
//! ```

mod child;
mod cpu;
mod human;
mod meter;
pub mod narrate;
mod panic;
mod scale;
mod stopwatch;
mod table;
pub mod testing;
mod timeline;

pub use child::{Finished, process_exists, run_with_timeout};
pub use cpu::{iterations_for, sqrt_loop, time_plain_threads};
pub use human::human;
pub use meter::{HighWater, Running};
pub use panic::panic_message;
pub use scale::{TimeScaleError, parse_time_scale, scaled, sleep, time_scale};
pub use stopwatch::{Stopwatch, timed};
pub use table::Comparison;
pub use timeline::{Span, SpanGuard, Timeline, max_overlap};
