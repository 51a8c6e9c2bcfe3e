//! The given locks work as std's, count their sleepers, wake them unasked when restless, and
//! name each step in a model.

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use grader::sync::os::{AtomicUsize, Condvar, Mutex};
use grader::within;

#[test]
fn a_sleeper_is_counted_and_a_notification_wakes_it() {
    let pair = Arc::new((Mutex::named("the flag", false), Condvar::new()));
    let waiter = Arc::clone(&pair);
    let woke = std::thread::spawn(move || {
        let (flag, changed) = &*waiter;
        let set = changed
            .wait_while(flag.lock().unwrap(), |set| !*set)
            .unwrap();
        *set
    });
    let (flag, changed) = &*pair;
    within(Duration::from_secs(5), "the waiter never fell asleep", {
        let pair = Arc::clone(&pair);
        move || {
            while pair.1.sleeping() == 0 {
                std::thread::yield_now();
            }
        }
    });
    *flag.lock().unwrap() = true;
    changed.notify_all();
    assert!(woke.join().unwrap());
    assert_eq!(changed.sleeping(), 0);
}

#[test]
fn a_restless_condvar_wakes_its_sleepers_unasked_but_times_out_on_time() {
    let flag = Mutex::new(false);
    let changed = Condvar::new().restless();
    let guard = changed.wait(flag.lock().unwrap()).unwrap();
    assert_eq!(changed.waits(), 1, "woken once, with nobody to notify it");
    let start = Instant::now();
    let (_guard, result) = changed
        .wait_timeout_while(guard, Duration::from_millis(50), |set| !*set)
        .unwrap();
    assert!(result.timed_out());
    assert!(start.elapsed() >= Duration::from_millis(50));
    assert!(changed.waits() > 10, "woken every millisecond or so");
}

#[test]
fn the_atomic_adds_as_std_does() {
    let counter = AtomicUsize::named("the counter", 1);
    assert_eq!(
        counter.fetch_add(2, std::sync::atomic::Ordering::Relaxed),
        1
    );
    let updated = counter.fetch_update(
        std::sync::atomic::Ordering::Relaxed,
        std::sync::atomic::Ordering::Relaxed,
        |n| Some(n * 2),
    );
    assert_eq!(updated, Ok(3));
    assert_eq!(counter.into_inner(), 6);
}

#[test]
fn a_lost_notification_is_named_in_the_steps() {
    if std::env::var_os("GRADER_SYNC_CHILD").is_some() {
        lost_notification();
        return;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "a_lost_notification_is_named_in_the_steps",
            "--exact",
            "--nocapture",
        ])
        .env("GRADER_SYNC_CHILD", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(101),
        "the model fails as a test fails, without aborting: {stderr}"
    );
    assert!(stderr.contains("deadlock"), "{stderr}");
    assert!(
        stderr.contains("the interleaving that broke it:"),
        "{stderr}"
    );
    assert!(stderr.contains("locks the flag (false)"), "{stderr}");
    assert!(
        stderr.contains("notify_all on `changed`: nobody is asleep"),
        "{stderr}"
    );
    assert!(
        stderr.contains("sleeps on `changed`, unlocking the flag (true)"),
        "{stderr}"
    );
}

/// A check-then-wait: the flag is read under one lock, slept on under another.
fn lost_notification() {
    use grader::sync::modelled::{Condvar, Mutex};
    grader::model::explore(Some(2), || {
        let pair = Arc::new((Mutex::named("the flag", false), Condvar::named("`changed`")));
        let setter = Arc::clone(&pair);
        let thread = loom::thread::spawn(move || {
            *setter.0.lock().unwrap() = true;
            setter.1.notify_all();
        });
        let (flag, changed) = &*pair;
        if !*flag.lock().unwrap() {
            let _guard = changed.wait(flag.lock().unwrap()).unwrap();
        }
        thread.join().unwrap();
    });
}
