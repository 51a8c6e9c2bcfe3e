//! The learner's threads, shown.

use timing::Timeline;

/// Prints the timeline after a `your threads:` line, one row per span: `practice check` shows
/// it once the exercise passes.
pub fn show_threads(timeline: &Timeline) {
    println!("your threads:\n{}", timeline.render());
}
