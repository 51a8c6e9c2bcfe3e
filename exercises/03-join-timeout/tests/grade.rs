//! Each test runs `join_timeout` on a helper thread and waits for its answer with a timeout of
//! its own, so an answer that never returns fails the test instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use ex03_join_timeout::join_timeout;

/// A thread that returns `value` once the returned `Sender` sends (or is dropped).
fn gated(value: u32) -> (mpsc::Sender<()>, JoinHandle<u32>) {
    let (open, gate) = mpsc::channel::<()>();
    let handle = thread::spawn(move || {
        let _ = gate.recv();
        value
    });
    (open, handle)
}

type Answer = (Result<u32, JoinHandle<u32>>, Duration);

/// Calls `join_timeout(handle, timeout)` on a helper thread; its answer, and how long it took,
/// arrive on the returned channel.
fn call_join_timeout(handle: JoinHandle<u32>, timeout: Duration) -> mpsc::Receiver<Answer> {
    let (answer, answered) = mpsc::channel();
    thread::spawn(move || {
        let called = Instant::now();
        let result = join_timeout(handle, timeout);
        let _ = answer.send((result, called.elapsed()));
    });
    answered
}

#[test]
fn a_thread_that_finishes_in_time_gives_its_value_at_once() {
    let (open, handle) = gated(42);
    let answered = call_join_timeout(handle, Duration::from_secs(10));
    thread::sleep(Duration::from_millis(50));
    open.send(()).expect("the thread waits for its gate");
    match answered.recv_timeout(Duration::from_secs(2)) {
        Ok((Ok(value), _)) => assert_eq!(value, 42, "the value the thread returned"),
        Ok((Err(_), took)) => panic!(
            "join_timeout gave up after {took:?}, though the thread finished 50 ms in, well \
             within the 10 s timeout: keep checking until the deadline"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("join_timeout panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "join_timeout(10 s) had not returned 2 s after the thread finished: return as soon \
             as it finishes (ask handle.is_finished() every millisecond), not at the end of the \
             timeout"
        ),
    }
}

#[test]
fn a_thread_still_running_at_the_timeout_is_handed_back() {
    let (open, handle) = gated(7);
    let timeout = Duration::from_millis(100);
    let answered = call_join_timeout(handle, timeout);
    match answered.recv_timeout(Duration::from_secs(2)) {
        Ok((Err(handle), took)) => {
            assert!(
                took >= timeout,
                "join_timeout gave up after {took:?}, before its 100 ms timeout: wait until the \
                 deadline before you give up"
            );
            open.send(()).expect("the thread still waits for its gate");
            assert_eq!(
                handle.join().expect("the thread does not panic"),
                7,
                "the handle handed back still joins the thread"
            );
        }
        Ok((Ok(_), _)) => unreachable!("the thread cannot finish before its gate opens"),
        Err(RecvTimeoutError::Disconnected) => panic!("join_timeout panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "join_timeout(100 ms) had not returned after 2 s, while the thread was still running: \
             it must give up at the timeout (handle.join() waits for ever)"
        ),
    }
}
