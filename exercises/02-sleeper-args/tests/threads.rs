//! Records a timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex02_sleeper_args::spawn_sleeper;
use grader::{record, show_threads, within};

#[test]
fn three_sleepers_each_on_its_own_thread() {
    let ((), timeline) = record(|| {
        within(
            Duration::from_secs(5),
            "the sleepers never finished",
            || {
                let handles: Vec<_> = (1..=3)
                    .map(|i| spawn_sleeper(Duration::from_millis(100), &format!("thread{i}")))
                    .collect();
                for handle in handles {
                    handle.join().expect("sleeper does not panic");
                }
            },
        )
    });
    show_threads(&timeline);
    let mut threads: Vec<(String, String)> = timeline
        .spans()
        .into_iter()
        .map(|span| (span.label, span.thread))
        .collect();
    threads.sort();
    assert_eq!(
        threads,
        (1..=3)
            .map(|i| (format!("sleeper thread{i}"), format!("thread{i}")))
            .collect::<Vec<_>>(),
        "each sleeper should sleep once, on the thread named after it"
    );
}
