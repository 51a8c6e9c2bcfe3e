//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::thread;
use std::time::Duration;

use ex08_both_ends_finish::pipeline;
use grader::{show_threads, within};
use timing::SpanGuard;

#[test]
fn the_producer_waits_for_the_slow_consumer() {
    let stuck = "the producer made 10 messages and saw `stop`; one end is still waiting";
    let (taken, timeline) = within(Duration::from_secs(3), stuck, || {
        timing::record(|| {
            let stop = AtomicBool::new(false);
            let stopping = &stop;
            let mut made = 0;
            let mut putting: Option<SpanGuard> = None;
            // "put n" lasts from making message n to making the next: the time its send took.
            // The closure owns its guard (`move`), so the last one ends when it is dropped.
            let make = move || {
                made += 1;
                drop(putting.take());
                putting = Some(timing::span_guard(format!("put {made}")));
                if made == 10 {
                    stopping.store(true, SeqCst);
                }
                made
            };
            let handle = |message| {
                timing::span(format!("handle {message}"), || {
                    thread::sleep(Duration::from_millis(15))
                });
                true
            };
            pipeline(2, &stop, make, handle)
        })
    });
    show_threads(&timeline);
    assert_eq!(
        taken,
        (1..=10).collect::<Vec<_>>(),
        "messages 1..=10, in order"
    );
    let spans = timeline.spans();
    let find = |label: &str| spans.iter().find(|s| s.label == label).cloned();
    let (Some(put_10), Some(handle_6)) = (find("put 10"), find("handle 6")) else {
        panic!("the chart should show put 10 and handle 6");
    };
    assert!(
        put_10.start >= handle_6.end,
        "the producer made message 10 at {:?}, before the consumer had handled message 6 (at \
         {:?}): with a queue of capacity 2 it should have waited in send(), held back by the \
         slow consumer",
        put_10.start,
        handle_6.end
    );
}
