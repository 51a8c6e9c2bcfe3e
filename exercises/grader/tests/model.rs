//! The model checker finds a lost update every time, and shows the steps that lost it.

use std::process::Command;

#[test]
fn a_lost_update_is_found_and_its_steps_are_numbered() {
    // Run the failing model in a child test process, so this test can read what it printed.
    if std::env::var_os("GRADER_MODEL_CHILD").is_some() {
        lost_update();
        return;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "a_lost_update_is_found_and_its_steps_are_numbered",
            "--exact",
            "--nocapture",
        ])
        .env("GRADER_MODEL_CHILD", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the model must fail");
    assert!(stderr.contains("lost an update"), "{stderr}");
    assert!(
        stderr.contains("the interleaving that broke it:"),
        "{stderr}"
    );
    assert!(stderr.contains("  1. "), "{stderr}");
}

fn lost_update() {
    use loom::sync::Arc;
    use loom::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    grader::model::explore(None, || {
        let count = Arc::new(AtomicUsize::new(0));
        let other = Arc::clone(&count);
        let add = move |count: &AtomicUsize| {
            let read = count.load(SeqCst);
            grader::model::step(format!("reads {read}"));
            count.store(read + 1, SeqCst);
            grader::model::step(format!("writes {}", read + 1));
        };
        let thread = loom::thread::spawn(move || add(&other));
        add(&count);
        thread.join().unwrap();
        assert_eq!(count.load(SeqCst), 2, "lost an update");
    });
}

#[test]
fn a_spin_fails_cleanly_and_shows_its_step_once() {
    if std::env::var_os("GRADER_MODEL_CHILD").is_some() {
        spin();
        return;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "a_spin_fails_cleanly_and_shows_its_step_once",
            "--exact",
            "--nocapture",
        ])
        .env("GRADER_MODEL_CHILD", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(101),
        "a failed test, not an abort: {stderr}"
    );
    assert!(stderr.contains("a thread spins"), "{stderr}");
    assert!(stderr.contains("main: reads false (× "), "{stderr}");
}

fn spin() {
    use loom::sync::atomic::{AtomicBool, Ordering::SeqCst};
    use std::sync::Arc;
    grader::model::explore(Some(2), || {
        let ready = Arc::new(AtomicBool::new(false));
        let other = Arc::clone(&ready);
        let thread = loom::thread::spawn(move || other.store(true, SeqCst));
        while !ready.load(SeqCst) {
            grader::model::step("reads false");
        }
        thread.join().unwrap();
    });
}
