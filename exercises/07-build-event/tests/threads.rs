//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use ex07_build_event::Event;

#[test]
fn one_set_releases_three_waiters_together() {
    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(timing::record(|| {
            let go = Event::new();
            thread::scope(|s| {
                for n in 1..=3 {
                    let go = &go;
                    thread::Builder::new()
                        .name(format!("waiter-{n}"))
                        .spawn_scoped(s, move || timing::span("wait()", || go.wait()))
                        .expect("the OS could not start a thread");
                }
                thread::sleep(Duration::from_millis(60));
                timing::span("set()", || go.set());
            });
        }));
    });
    let ((), timeline) = match finished.recv_timeout(Duration::from_secs(3)) {
        Ok(recorded) => recorded,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your Event panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "waiters were still in wait() 3 s after set(): set must wake every waiter \
             (notify_all), and wait must return once the flag is up"
        ),
    };
    println!("your threads:\n{}", timeline.render());
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
