//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::thread;
use std::time::Duration;

use ex09_philosophers_finish::dinner;
use grader::{Meeting, show_threads, within};

#[test]
fn neighbours_take_turns_and_everyone_eats() {
    let (n, meals) = (5, 2);
    let stuck = "every philosopher holds one fork and waits for its neighbour's";
    let timeline = within(Duration::from_secs(3), stuck, move || {
        let holding = Meeting::new(n);
        let ((), timeline) = timing::record(|| {
            dinner(
                n,
                meals,
                |_| {
                    holding.pause();
                },
                |i| {
                    timing::span(format!("philosopher {i} eats"), || {
                        thread::sleep(Duration::from_millis(15))
                    })
                },
            )
        });
        timeline
    });
    show_threads(&timeline);
    let spans = timeline.spans();
    let meals_of = |i: usize| {
        let label = format!("philosopher {i} eats");
        spans.iter().filter(move |span| span.label == label)
    };
    for i in 0..n {
        assert_eq!(
            meals_of(i).count(),
            meals,
            "philosopher {i} should eat {meals} times"
        );
        let right = (i + 1) % n;
        for mine in meals_of(i) {
            for theirs in meals_of(right) {
                assert!(
                    !mine.overlaps(theirs),
                    "philosophers {i} and {right} ate at the same time ({:?}..{:?} and \
                     {:?}..{:?}), though they share fork {right}: hold both forks while eating",
                    mine.start,
                    mine.end,
                    theirs.start,
                    theirs.end
                );
            }
        }
    }
    assert!(
        timeline.max_overlap() <= n / 2,
        "{} philosophers ate at once: {n} forks feed at most {}",
        timeline.max_overlap(),
        n / 2
    );
}
