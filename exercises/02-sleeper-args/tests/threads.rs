//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use std::time::Duration;

use ex02_sleeper_args::spawn_sleeper;

#[test]
fn three_sleepers_sleep_at_the_same_time() {
    let (_, timeline) = timing::record(|| {
        let handles: Vec<_> = (0..3)
            .map(|i| spawn_sleeper(Duration::from_millis(150), &format!("thread_{i}")))
            .collect();
        for handle in handles {
            handle.join().expect("sleeper does not panic");
        }
    });
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        timeline.max_overlap(),
        3,
        "the three sleepers ran one after another: spawn_sleeper must return while its thread \
         still sleeps"
    );
}
