//! The classic bug of hand-built pools, and the edition 2024 rule behind it, asserted.

use std::sync::Mutex;
use std::time::Duration;

use pools::classic_bug::WorkerLoop;
use pools::support::{Peak, forced_peak_hand_built};

// ANCHOR: edition_2024
/// Edition 2024 drops an `if let` condition's temporaries before `else`, not before `then`.
#[test]
fn an_if_let_guard_lives_through_the_then_block_only() {
    let queue = Mutex::new(vec![1]);
    if let Some(_job) = queue.lock().unwrap().pop() {
        assert!(
            queue.try_lock().is_err(),
            "then block: the guard is still alive"
        );
    }
    if let Some(_job) = queue.lock().unwrap().pop() {
        unreachable!("the queue is empty now");
    } else {
        assert!(queue.try_lock().is_ok(), "else block: the guard is gone");
    }
    let job = queue.lock().unwrap().pop(); // a `let` statement: the guard dies at the `;`
    assert!(job.is_none() && queue.try_lock().is_ok());
}
// ANCHOR_END: edition_2024

#[test]
fn the_while_let_and_if_let_pools_run_one_task_at_a_time() {
    for buggy in [WorkerLoop::HoldsLock, WorkerLoop::IfLetHoldsLock] {
        let peak = forced_peak_hand_built(buggy, 3, 3, Duration::from_millis(40)).unwrap();
        assert_eq!(peak, Peak { peak: 1, met: 0 }, "{buggy:?}");
    }
}

#[test]
fn the_let_statement_pool_runs_every_worker_at_once() {
    let never = Duration::from_secs(5);
    let fixed = forced_peak_hand_built(WorkerLoop::ReleasesLock, 3, 6, never).unwrap();
    assert_eq!(fixed, Peak { peak: 3, met: 6 });
}
