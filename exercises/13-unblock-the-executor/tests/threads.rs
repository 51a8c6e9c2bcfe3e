//! Reads a recorded timeline: alone in its file, so no other test adds spans to the recording.

mod support;

use std::sync::Arc;

use support::{Ticks, hold_for_ticks, ms, on_executor, ticker};

#[test]
fn the_ticker_ticks_on_the_executor_while_the_hash_runs_elsewhere() {
    let ticks = Arc::new(Ticks::default());
    let held = hold_for_ticks(&ticks);
    let (executor, timeline) = grader::record(|| {
        on_executor(move || async move {
            let ticking = tokio::spawn(ticker(ticks));
            let hash = b"the ticker must not stop".to_vec();
            ex13_unblock_the_executor::hash_async(hash, ms(0)).await;
            ticking.abort();
            std::thread::current().name().map(str::to_string)
        })
    });
    grader::show_threads(&timeline);
    let spans = timeline.spans();
    let hash = spans
        .iter()
        .find(|s| s.label == "blocking_hash")
        .expect("hash_async should call blocking_hash, which records a span of that name");
    assert_ne!(
        Some(&hash.thread),
        executor.as_ref(),
        "blocking_hash ran on the executor's own thread, the one every task needs: move it to \
         the blocking pool"
    );
    let ticks_inside = spans
        .iter()
        .filter(|s| s.label.starts_with("tick") && hash.start < s.start && s.start < hash.end)
        .count();
    assert!(
        held.ticked() && ticks_inside >= 2,
        "the ticker started {ticks_inside} tick(s) while blocking_hash ran on {:?} for {:?}: \
         the hash should run on another thread, and the task that waits for it should give \
         the executor's thread back (an .await that is not ready yet)",
        hash.thread,
        hash.duration()
    );
}
