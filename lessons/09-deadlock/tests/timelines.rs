//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::time::Duration;

use deadlock::support::{Fix, dine};

#[test]
fn neighbours_never_eat_at_the_same_time_and_at_most_half_the_table_eats() {
    lesson_test::in_own_process(|| {
        let n = 5;
        for fix in Fix::ALL {
            let (dinner, timeline) = timing::record(|| dine(fix, n, 3, Duration::from_millis(4)));
            assert_eq!(dinner.meals, [3; 5], "{fix:?}");
            let spans = timeline.spans();
            assert_eq!(spans.len(), 15, "{fix:?}: one span per meal");
            for i in 0..n {
                let me = format!("philosopher-{i}");
                let neighbour = format!("philosopher-{}", (i + 1) % n);
                for mine in spans.iter().filter(|s| s.thread == me) {
                    for theirs in spans.iter().filter(|s| s.thread == neighbour) {
                        assert!(!mine.overlaps(theirs), "{fix:?}: {mine:?} and {theirs:?}");
                    }
                }
            }
            assert!(timeline.max_overlap() <= n / 2, "{fix:?}");
        }
    });
}
