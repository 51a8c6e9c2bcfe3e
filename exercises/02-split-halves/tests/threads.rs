//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

use ex02_split_halves::double_in_two_threads;

#[test]
fn the_two_halves_are_doubled_at_the_same_time() {
    let mut values: Vec<u64> = (1..=10).collect();
    let ((), timeline) = timing::record(|| double_in_two_threads(&mut values));
    println!("your threads:\n{}", timeline.render());
    assert_eq!(
        timeline.spans().len(),
        2,
        "call double_all once for each half"
    );
    assert_eq!(
        timeline.max_overlap(),
        2,
        "the two halves were doubled one after the other: start both threads before joining \
         either (a scope joins them for you at its end)"
    );
}
