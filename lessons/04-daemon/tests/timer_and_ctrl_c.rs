//! `threading.Timer` and Ctrl-C with worker threads.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use daemon::Timer;
use daemon::support::interrupt_in_child;

#[test]
fn a_timer_fires_after_its_delay() {
    let fired = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&fired);
    let started = Instant::now();
    let timer = Timer::start(Duration::from_millis(30), move || {
        flag.store(true, Ordering::SeqCst)
    });
    assert!(timer.join(), "join waits for the timer to fire");
    assert!(fired.load(Ordering::SeqCst));
    assert!(started.elapsed() >= Duration::from_millis(30));
}

#[test]
fn a_cancelled_timer_never_fires_and_does_not_sleep_out_its_delay() {
    let fired = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&fired);
    let started = Instant::now();
    let timer = Timer::start(Duration::from_secs(30), move || {
        flag.store(true, Ordering::SeqCst)
    });
    assert!(!timer.cancel(), "it had not fired");
    assert!(!fired.load(Ordering::SeqCst));
    // cancel() joined the timer's thread: it woke at once instead of sleeping 30 s.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn dropping_a_timer_cancels_it_unlike_python() {
    let (fired, was_fired) = std::sync::mpsc::channel();
    let timer = Timer::start(Duration::from_millis(20), move || fired.send(()).unwrap());
    drop(timer);
    assert!(
        was_fired.recv_timeout(Duration::from_millis(300)).is_err(),
        "a dropped Timer does not fire"
    );
}

#[test]
fn ctrl_c_stops_every_worker_and_main_joins_them() {
    let exe = Path::new(env!("CARGO_BIN_EXE_daemon"));
    let Some(run) = interrupt_in_child(exe, 3).unwrap() else {
        println!("skipped: no `kill` command to send SIGINT with on this platform");
        return;
    };
    assert!(
        run.success(),
        "the child exits normally after Ctrl-C: {run:?}"
    );
    assert_eq!(
        run.stdout.matches("stopped after").count(),
        3,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with("all workers joined\n"),
        "{}",
        run.stdout
    );
    assert_ne!(
        lesson_test::process_exists(run.pid),
        Some(true),
        "the child was reaped"
    );
}
