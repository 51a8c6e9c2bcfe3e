//! The `Writer` is dropped on a thread of its own (`grader::call`), so a `Drop` that never
//! returns fails its test instead of hanging it. A write is held at a gate the test opens.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::mpsc::{self, TryRecvError};
use std::time::{Duration, Instant};

use ex04_worker_drop::Writer;
use grader::{Gate, HOLD, call};

const WAIT: Duration = Duration::from_secs(2);

/// How late `Drop` may return, once the thread has finished or the bound has passed.
const LATE: Duration = Duration::from_millis(300);

#[test]
fn dropping_the_writer_writes_every_queued_line_first() {
    let (written_tx, written) = mpsc::channel::<String>();
    let held = Arc::new(Gate::new());
    let first_write = Arc::clone(&held);
    let writer = Writer::start(Duration::from_secs(10), move |line| {
        if line == "line 1" {
            first_write.wait(); // the first write lasts until the test opens the gate
        }
        let _ = written_tx.send(line);
    });
    for i in 1..=5 {
        writer.send(format!("line {i}"));
    }
    let dropper = call(move || drop(writer));
    if dropper.returned_within(HOLD).is_some() {
        panic!(
            "dropping the Writer returned while line 1 was still being written and lines 2 to 5 \
             were queued: after closing the channel, wait for the thread (dropping its \
             JoinHandle detaches it, like Python's daemon=True)"
        );
    }
    let opened = Instant::now();
    held.open();
    let dropped = dropper.within(
        WAIT,
        "dropping the Writer (bound 10 s) had not returned 2 s after the first write was let go: \
         close the channel *before* you wait (`lines` is dropped only after `drop` returns, and \
         the thread's loop ends only when the channel is closed), and stop waiting as soon as \
         the thread has finished",
    );
    let late = dropped.at.saturating_duration_since(opened);
    assert!(
        late <= LATE,
        "Drop returned {late:?} after the last line could be written: look whether the thread \
         has finished every millisecond"
    );
    let lines: Vec<String> = written.try_iter().collect();
    assert_eq!(
        lines,
        ["line 1", "line 2", "line 3", "line 4", "line 5"],
        "every line sent before the drop should be written, once, in order"
    );
    assert_eq!(
        written.try_recv(),
        Err(TryRecvError::Disconnected),
        "Drop returned, but the writer thread still holds its write closure: it is still running"
    );
}

#[test]
fn a_stuck_write_does_not_hang_the_drop() {
    let (started_tx, started) = mpsc::channel::<()>();
    let stuck = Arc::new(Gate::new());
    let held = Arc::clone(&stuck);
    let bound = Duration::from_millis(200);
    let writer = Writer::start(bound, move |_| {
        let _ = started_tx.send(());
        held.wait(); // stuck until the test ends
    });
    writer.send("stuck");
    started
        .recv_timeout(WAIT)
        .expect("the writer thread starts writing");
    let took = call(move || drop(writer))
        .within(
            WAIT,
            "dropping a Writer whose write is stuck had not returned after 2 s, with a 200 ms \
             bound: join waits for ever; ask is_finished() until the deadline, then give up and \
             leave the thread detached",
        )
        .took;
    assert!(
        took >= bound,
        "Drop gave up after {took:?}, before its 200 ms bound: wait until the deadline"
    );
    assert!(
        took <= bound + LATE,
        "Drop gave up after {took:?}, more than {LATE:?} after its 200 ms bound"
    );
    stuck.open();
}

#[test]
fn a_write_that_panicked_does_not_panic_the_drop() {
    let writer = Writer::start(Duration::from_secs(10), |line| {
        if line == "boom" {
            panic!("the disk is full");
        }
    });
    writer.send("boom");
    let dropped = call(move || panic::catch_unwind(AssertUnwindSafe(|| drop(writer)))).within(
        WAIT,
        "dropping a Writer whose write panicked never returned",
    );
    assert!(
        dropped.value.is_ok(),
        "dropping the Writer panicked because its thread had (see above): in a Drop, ignore what \
         join returns (`let _ = thread.join();`); a panic in a Drop while unwinding aborts"
    );
}
