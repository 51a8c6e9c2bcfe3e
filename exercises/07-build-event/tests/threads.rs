//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex07_build_event::Event;
use grader::{record, show_threads, span, within};

#[test]
fn one_set_releases_three_waiters_together() {
    let ((), timeline) = within(
        Duration::from_secs(2),
        "waiters were still in wait() after set(): set must wake every waiter (notify_all), and \
         wait must return once the flag is up",
        || {
            record(|| {
                let go = Event::new();
                std::thread::scope(|s| {
                    for n in 1..=3 {
                        let go = &go;
                        std::thread::Builder::new()
                            .name(format!("waiter-{n}"))
                            .spawn_scoped(s, move || span("wait()", || go.wait()))
                            .expect("the OS could not start a thread");
                    }
                    // All three asleep on the Condvar (or a second gone by), then set.
                    let deadline = std::time::Instant::now() + Duration::from_secs(1);
                    while go.sleeping() < 3 && std::time::Instant::now() < deadline {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    span("set()", || go.set());
                });
            })
        },
    );
    show_threads(&timeline);
    let spans = timeline.spans();
    let set = spans
        .iter()
        .find(|s| s.label == "set()")
        .expect("the set() span");
    let waits: Vec<_> = spans.iter().filter(|s| s.label == "wait()").collect();
    assert_eq!(waits.len(), 3, "three waiters returned from wait()");
    for waiter in waits {
        assert!(
            waiter.end >= set.start,
            "{} left wait() at {:?}, before set() at {:?}: wait must block until the flag is up",
            waiter.thread,
            waiter.end,
            set.start
        );
    }
}
