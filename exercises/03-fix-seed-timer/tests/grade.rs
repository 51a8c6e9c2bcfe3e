use std::time::Duration;

use ex03_fix_seed_timer::time_sleepers;

/// The longest sleeper starts first: joining only the last thread started is not enough.
const SLEEPS: [Duration; 3] = [
    Duration::from_millis(300),
    Duration::from_millis(100),
    Duration::from_millis(200),
];

#[test]
fn the_timer_covers_the_longest_sleep() {
    let took = time_sleepers(&SLEEPS);
    assert!(
        took >= Duration::from_millis(300),
        "time_sleepers said {took:?}, but one sleeper sleeps 300 ms: the clock was read before \
         every thread had finished; join them all first"
    );
}

#[test]
fn the_sleepers_sleep_at_the_same_time() {
    let took = time_sleepers(&SLEEPS);
    assert!(
        took < Duration::from_millis(500),
        "time_sleepers took {took:?}, close to the 600 ms sum of the sleeps: the sleepers took \
         turns; start every thread before joining any"
    );
}
