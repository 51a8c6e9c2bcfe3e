//! Every claim lesson 04 makes, asserted. The endings run in child processes.

use std::path::Path;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use daemon::support::{Ending, what_was_printed};
use daemon::{Late, Worker};
use timing::{Finished, process_exists, timed};

fn run(ending: Ending, rounds: u32, pause_ms: u64) -> Finished {
    let exe = Path::new(env!("CARGO_BIN_EXE_daemon"));
    let run = ending.run_in_child(exe, rounds, pause_ms).unwrap();
    assert!(!run.timed_out(), "{run:?}");
    assert_ne!(
        process_exists(run.pid),
        Some(true),
        "the child and all its threads are gone"
    );
    run
}

#[test]
fn a_detached_thread_is_cut_short_when_main_returns() {
    // Main returns right after round 2; round 3 would come 150 ms later.
    let run = run(Ending::Detached, 5, 150);
    assert!(run.success(), "{run:?}");
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "background: round 1 of 5",
            "background: round 2 of 5",
            "main: returning without join",
            "cleanup: main",
        ]
    );
    let seen = what_was_printed(&run.stdout);
    assert!(!seen.background_finished && !seen.background_cleanup);
    assert!(seen.main_cleanup);
}

#[test]
fn a_joined_thread_prints_everything_before_main_returns() {
    let run = run(Ending::Joined, 5, 20);
    assert!(run.success(), "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    let at = |line: &str| lines.iter().position(|l| *l == line).unwrap();
    let seen = what_was_printed(&run.stdout);
    assert_eq!(seen.rounds, 5, "{lines:?}");
    assert!(seen.background_finished && seen.background_cleanup && seen.main_cleanup);
    // join returned only after the thread had finished and dropped its cleanup.
    assert!(at("cleanup: background thread") < at("main: returning after join"));
    assert_eq!(lines.last(), Some(&"cleanup: main"));
}

#[test]
fn process_exit_runs_no_destructors_on_any_thread() {
    let run = run(Ending::Exit, 5, 150);
    assert!(run.success(), "process::exit(0) is exit code 0: {run:?}");
    let seen = what_was_printed(&run.stdout);
    assert_eq!(seen.rounds, 2, "{}", run.stdout);
    assert!(run.stdout.contains("main: calling process::exit(0)\n"));
    assert!(!seen.background_cleanup && !seen.main_cleanup);
}

#[test]
fn process_exit_flushes_std_stdout_but_not_a_bufwriter() {
    let run = run(Ending::Exit, 5, 150);
    let seen = what_was_printed(&run.stdout);
    // `print!` without a newline sits in std's own stdout buffer (a LineWriter: it flushes at a
    // newline). Only exit's runtime cleanup can have written it, and it did.
    assert_eq!(seen.unterminated.as_deref(), Some("main: no newline yet"));
    assert!(
        run.stdout.ends_with("main: no newline yet"),
        "{:?}",
        run.stdout
    );
    // A BufWriter's buffer is the BufWriter's own: flushed by its Drop, which never ran.
    assert!(!seen.buffered_line, "{}", run.stdout);
}

fn recording_worker(bound: Duration, work: Duration) -> (Worker, Arc<Mutex<Vec<u32>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let worker = Worker::start("worker", bound, {
        let log = Arc::clone(&log);
        move |item| {
            std::thread::sleep(work);
            log.lock().unwrap().push(item);
        }
    })
    .unwrap();
    (worker, log)
}

#[test]
fn dropping_the_worker_handles_every_queued_item_exactly_once_within_the_bound() {
    let bound = Duration::from_secs(2);
    let (worker, log) = recording_worker(bound, Duration::from_millis(5));
    for item in 1..=5 {
        worker.submit(item);
    }
    let ((), took) = timed(|| drop(worker));
    assert!(took <= bound + Duration::from_secs(1), "{took:?}");
    assert_eq!(*log.lock().unwrap(), [1, 2, 3, 4, 5]);
}

#[test]
fn shutdown_reports_how_many_items_were_handled() {
    let (worker, log) = recording_worker(Duration::from_secs(2), Duration::ZERO);
    for item in 1..=3 {
        worker.submit(item);
    }
    assert_eq!(worker.shutdown().unwrap(), 3);
    assert_eq!(*log.lock().unwrap(), [1, 2, 3]);
}

/// A worker whose handler waits for the test to release it: it cannot finish in time.
fn blocked_worker(bound: Duration) -> (Worker, mpsc::Sender<()>, Arc<Mutex<Vec<u32>>>) {
    let (release, released) = mpsc::channel::<()>();
    let log = Arc::new(Mutex::new(Vec::new()));
    let worker = Worker::start("blocked", bound, {
        let log = Arc::clone(&log);
        move |item| {
            let _ = released.recv_timeout(Duration::from_secs(10));
            log.lock().unwrap().push(item);
        }
    })
    .unwrap();
    (worker, release, log)
}

#[test]
fn shutdown_waits_no_longer_than_the_bound_and_hands_back_a_late_thread() {
    let bound = Duration::from_millis(30);
    let (worker, release, log) = blocked_worker(bound);
    worker.submit(7);
    let (outcome, took) = timed(|| worker.shutdown());
    let Err(Late(handle)) = outcome else {
        panic!("the blocked worker cannot have stopped")
    };
    assert!(took >= bound, "{took:?}");
    assert!(took < bound + Duration::from_secs(2), "{took:?}");
    assert!(log.lock().unwrap().is_empty());
    release.send(()).unwrap();
    assert_eq!(handle.join().unwrap(), 1);
    assert_eq!(*log.lock().unwrap(), [7], "the last item, exactly once");
}

#[test]
fn dropping_a_late_worker_does_not_hang() {
    let bound = Duration::from_millis(30);
    let (worker, release, log) = blocked_worker(bound);
    worker.submit(9);
    let ((), took) = timed(|| drop(worker));
    assert!(took < bound + Duration::from_secs(2), "{took:?}");
    release.send(()).unwrap();
    // The detached thread still finishes its item, once.
    let deadline = Instant::now() + Duration::from_secs(5);
    while log.lock().unwrap().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(*log.lock().unwrap(), [9]);
}

#[test]
fn dropping_a_worker_whose_handler_panicked_does_not_panic_again() {
    let worker =
        Worker::start("panicky", Duration::from_secs(2), |_| panic!("on purpose")).unwrap();
    worker.submit(1);
    let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(worker)));
    assert!(dropped.is_ok(), "Drop swallowed the handler's panic");
}
