//! `practice quiz` and `practice list` as a learner runs them, with piped input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn practice(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_practice"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_quiz_takes_piped_answers_and_survives_bad_ones() {
    let out = practice(&["quiz", "06"], "7\nx\n1 2\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("There is no option 7"), "{stdout}");
    assert!(stdout.contains("`x` is not an option number"), "{stdout}");
    assert!(stdout.contains("✓ Right."), "{stdout}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn an_unknown_lesson_exits_2_naming_the_valid_ones() {
    let out = practice(&["quiz", "99"], "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no lesson \"99\""), "{stderr}");
    assert!(stderr.contains("06-race-conditions"), "{stderr}");
}

#[test]
fn list_counts_the_questions_beside_the_exercises() {
    let out = practice(&["list"], "");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Quiz: "), "{stdout}");
    assert!(stdout.contains(" questions ("), "{stdout}");
}
