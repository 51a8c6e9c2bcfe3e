//! The `Writer` is dropped on a helper thread and each test waits for that with a timeout of its
//! own, so a `Drop` that never returns fails the test instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use ex04_worker_drop::Writer;

const WAIT: Duration = Duration::from_secs(2);

/// Drops `writer` on a helper thread; how long that took arrives on the returned channel.
fn drop_in_background(writer: Writer) -> mpsc::Receiver<Duration> {
    let (report, dropped) = mpsc::channel();
    thread::spawn(move || {
        let asked = Instant::now();
        drop(writer);
        let _ = report.send(asked.elapsed());
    });
    dropped
}

#[test]
fn dropping_the_writer_writes_every_queued_line_first() {
    let (written_tx, written) = mpsc::channel::<String>();
    let (release, gate) = mpsc::channel::<()>();
    let writer = Writer::start(Duration::from_secs(10), move |line| {
        if line == "line 5" {
            let _ = gate.recv(); // the last write lasts until the test releases it
        }
        let _ = written_tx.send(line);
    });
    for i in 1..=5 {
        writer.send(format!("line {i}"));
    }
    let dropped = drop_in_background(writer);
    match dropped.recv_timeout(Duration::from_millis(300)) {
        Err(RecvTimeoutError::Timeout) => {} // right: Drop waits for line 5
        Ok(_) => panic!(
            "dropping the Writer returned while line 5 was still being written: after closing \
             the channel, wait for the thread (dropping its JoinHandle detaches it, like \
             Python's daemon=True)"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("Drop panicked: see above"),
    }
    release.send(()).expect("the last write waits for the test");
    match dropped.recv_timeout(WAIT) {
        Ok(_) => {}
        Err(RecvTimeoutError::Disconnected) => panic!("Drop panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "dropping the Writer had not returned 2 s after the last line was written: close the \
             channel *before* you wait (`lines` is dropped only after `drop` returns, and the \
             thread's loop ends only when the channel is closed)"
        ),
    }
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
    let (release, gate) = mpsc::channel::<()>();
    let bound = Duration::from_millis(200);
    let writer = Writer::start(bound, move |_| {
        let _ = started_tx.send(());
        let _ = gate.recv(); // stuck until the test ends
    });
    writer.send("stuck");
    started
        .recv_timeout(WAIT)
        .expect("the writer thread starts writing");
    match drop_in_background(writer).recv_timeout(WAIT) {
        Ok(took) => assert!(
            took >= bound,
            "Drop gave up after {took:?}, before its 200 ms bound: wait until the deadline"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("Drop panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "dropping a Writer whose write is stuck had not returned after 2 s, with a 200 ms \
             bound: join waits for ever; ask is_finished() until the deadline, then give up and \
             leave the thread detached"
        ),
    }
    drop(release); // unstick the write, so the thread ends
}
