//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod common;

use common::{ms, on_executor, ticks_during_hash};

#[test]
fn the_ticker_ticks_on_the_executor_while_the_hash_runs_elsewhere() {
    let (_, timeline) = timing::record(|| on_executor(|| ticks_during_hash(ms(150))));
    println!("your threads:\n{}", timeline.render());
    let spans = timeline.spans();
    let hash = spans
        .iter()
        .find(|s| s.label == "blocking_hash")
        .expect("hash_async should call blocking_hash, which records a span of that name");
    let ticks_inside = spans
        .iter()
        .filter(|s| s.label.starts_with("tick") && hash.start < s.start && s.start < hash.end)
        .count();
    assert_ne!(
        hash.thread, "executor",
        "blocking_hash ran on the executor's own thread, the one every task needs: move it to \
         the blocking pool"
    );
    assert!(
        ticks_inside >= 5,
        "the ticker started {ticks_inside} tick(s) while blocking_hash ran on {:?} for {:?}: \
         the hash should run on another thread, and the task that waits for it should give \
         the executor's thread back (an .await that is not ready yet)",
        hash.thread,
        hash.duration()
    );
}
