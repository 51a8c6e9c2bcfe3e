//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex10_lock_under_the_gil::{INCREMENT, count_on_threads};
use gil::{Gil, TURN};
use grader::within;
use timing::max_overlap;

#[test]
fn increments_take_turns_and_so_do_the_threads() {
    let (counted, timeline) = within(
        Duration::from_secs(3),
        "one thread holds the lock and waits for the Gil, the other holds the Gil and waits for the lock",
        || timing::record(|| count_on_threads(&Gil::new(Duration::ZERO), 2, 20)),
    );
    let chart = timeline.render_by_thread();
    let spans = timeline.spans();
    let only =
        |label: &str| -> Vec<_> { spans.iter().filter(|s| s.label == label).cloned().collect() };
    let (turns, increments) = (only(TURN), only(INCREMENT));
    assert_eq!(
        increments.len(),
        40,
        "2 threads × 20: call the given `increment` once per round\n{chart}"
    );
    assert_eq!(
        max_overlap(&increments),
        1,
        "one thread's `counter += 1` started before the other's had stored its value: with the \
         Gil alone, a switch can come in the middle. Hold `lock` across each `increment`\n{chart}"
    );
    assert!(
        max_overlap(&turns) <= 1,
        "two threads held the Gil at once\n{chart}"
    );
    assert_eq!(counted, 40, "no update may be lost\n{chart}");
    println!("\nyour threads:\n{chart}"); // by thread: each one's turns with the Gil
}
