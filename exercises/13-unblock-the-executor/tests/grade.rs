//! The given `blocking_hash` has a point where these tests hold it: until a ticker task on the
//! same runtime has ticked, or until a second hash is running too. A blocked executor, or hashes
//! that run one after another, show on every run.

mod support;

use std::sync::Arc;

use ex13_unblock_the_executor::{blocking_hash, hash_async};
use grader::Meeting;
use support::{PATIENCE, TICK, Ticks, hold_for_ticks, ms, on_executor, ticker};

#[test]
fn it_returns_the_hash_of_the_data() {
    let _points = grader::at_points(|_| {});
    let data = b"to_thread".to_vec();
    let expected = blocking_hash(data.clone(), ms(0));
    let got = on_executor(move || hash_async(data, ms(5)));
    assert_eq!(
        got, expected,
        "hash_async should return what blocking_hash returns for the same data"
    );
}

#[test]
fn other_tasks_keep_running_while_it_hashes() {
    let ticks = Arc::new(Ticks::default());
    let held = hold_for_ticks(&ticks);
    on_executor(move || async move {
        let ticking = tokio::spawn(ticker(ticks));
        hash_async(b"the ticker must not stop".to_vec(), ms(0)).await;
        ticking.abort();
    });
    assert!(
        held.ticked(),
        "while blocking_hash ran, a ticker task on the same runtime did not tick 3 times in \
         {PATIENCE:?}, though it ticks every {TICK:?}: blocking_hash held the runtime's only \
         thread, and no other task could run. Run it on tokio's blocking pool \
         (asyncio.to_thread) and await that"
    );
}

#[test]
fn two_hashes_awaited_together_run_at_once() {
    // Each hash waits (up to a moment) at its point for the other to be running.
    let meeting = Arc::new(Meeting::with_patience(2, PATIENCE));
    let pausing = Arc::clone(&meeting);
    let _points = grader::at_points(move |point| {
        if point == "blocking_hash" {
            pausing.pause();
        }
    });
    on_executor(|| async {
        tokio::join!(
            hash_async(b"first".to_vec(), ms(0)),
            hash_async(b"second".to_vec(), ms(0))
        )
    });
    assert!(
        meeting.met(),
        "two hashes awaited together with tokio::join! never ran at the same time: each held \
         the runtime's thread until it was done. On the blocking pool, each gets a thread of its \
         own and the two run at once"
    );
}
