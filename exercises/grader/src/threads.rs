//! The learner's threads, shown.

use timing::Timeline;

/// Prints the timeline after a `your threads:` line, one row per span: `practice check` shows
/// it once the exercise passes. The line starts on a line of its own: with `--nocapture`, libtest
/// has already printed `test name ... ` without a newline.
pub fn show_threads(timeline: &Timeline) {
    println!("\nyour threads:\n{}", timeline.render());
}
