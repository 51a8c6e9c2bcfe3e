use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use ex05_as_completed::print_as_completed;
use pools::ThreadPool;

/// Runs `f` on a thread of its own and returns its value, or fails the test if it panicked or
/// has not finished after `seconds`.
fn within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(Duration::from_secs(seconds)) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("print_as_completed panicked (its message is above)")
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "print_as_completed looks stuck: still running after {seconds} s. The task for 5 \
             finishes only after the first result is printed: submit every task, then print \
             each result as it completes (as_completed), not in the order submitted"
        ),
    }
}

#[test]
fn every_result_is_printed_once() {
    let mut printed = within(5, || {
        let pool = ThreadPool::new(3).unwrap();
        let mut printed = Vec::new();
        print_as_completed(
            &pool,
            &[3, 1, 2],
            |sec| format!("Done {sec}"),
            |line| printed.push(line),
        );
        printed
    });
    printed.sort();
    assert_eq!(
        printed,
        ["Done 1", "Done 2", "Done 3"],
        "print each task's result exactly once"
    );
}

#[test]
fn the_first_result_printed_is_a_task_that_finished_first() {
    // The task for 5 cannot finish before something has been printed: it waits for the gate,
    // which `print` opens. Waiting for it before printing anything never ends.
    let printed = within(4, || {
        let (open, gate) = mpsc::channel::<()>();
        let gate = std::sync::Arc::new(std::sync::Mutex::new(gate));
        let task = move |sec: u64| {
            if sec == 5 {
                let gate = gate.lock().unwrap();
                let _ = gate.recv_timeout(Duration::from_secs(10));
            }
            format!("Done {sec}")
        };
        let pool = ThreadPool::new(5).unwrap();
        let mut printed = Vec::new();
        print_as_completed(&pool, &[5, 4, 3, 2, 1], task, |line| {
            let _ = open.send(());
            printed.push(line);
        });
        printed
    });
    assert_eq!(printed.len(), 5, "one line per task: {printed:?}");
    assert_ne!(
        printed[0], "Done 5",
        "the slow task was printed first: print results as they complete"
    );
}

#[test]
fn a_task_that_panicked_is_printed_as_its_error() {
    let mut printed = within(5, || {
        let pool = ThreadPool::new(2).unwrap();
        let mut printed = Vec::new();
        let task = |sec: u64| {
            if sec == 2 {
                panic!("out of fuel");
            }
            format!("Done {sec}")
        };
        print_as_completed(&pool, &[1, 2, 3], task, |line| printed.push(line));
        printed
    });
    printed.sort();
    assert_eq!(
        printed,
        ["Done 1", "Done 3", "the task panicked: out of fuel"],
        "a task's panic is in its result, an Err(TaskError): print the error (it implements \
         Display) instead of unwrapping, and the other tasks are still printed"
    );
}
