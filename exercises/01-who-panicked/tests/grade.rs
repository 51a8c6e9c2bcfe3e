use std::panic::{self, AssertUnwindSafe};
use std::time::Duration;

use ex01_who_panicked::run_named;

/// `run_named(name, job)`, bounded; fails the test, saying so, if `run_named` itself panics.
fn run<T: Send + 'static>(
    name: &'static str,
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let caught = grader::within(
        Duration::from_secs(5),
        "run_named never returned",
        move || panic::catch_unwind(AssertUnwindSafe(|| run_named(name, job))),
    );
    caught.unwrap_or_else(|_| {
        panic!(
            "run_named itself panicked (see above): whatever the job's panic carried, hand it \
             back as an Err, never panic in the caller"
        )
    })
}

#[test]
fn a_returning_job_gives_its_value() {
    assert_eq!(run("adder", || 2 + 2), Ok(4));
}

#[test]
fn a_formatted_panic_names_the_thread_and_the_message() {
    let fuel = "diesel";
    let result: Result<(), String> = run("SecondThread", move || panic!("out of {fuel}"));
    assert_eq!(
        result,
        Err("SecondThread: out of diesel".to_string()),
        "a formatted panic!(\"out of {{fuel}}\") carries a String"
    );
}

#[test]
fn a_literal_panic_keeps_its_message_too() {
    let result: Result<(), String> = run("ThirdThread", || panic!("boom"));
    assert_eq!(
        result,
        Err("ThirdThread: boom".to_string()),
        "a literal panic!(\"boom\") carries a &'static str, not a String"
    );
}

#[test]
fn a_panic_that_carries_no_text_still_names_its_thread() {
    let result: Result<(), String> = run("counter", || panic::panic_any(42_u8));
    let error = result.expect_err("the job panicked: run_named should return an Err");
    assert!(
        error.starts_with("counter: "),
        "got {error:?}: a panic whose payload is neither &str nor String (panic_any(42)) still \
         gives \"<name>: <a message of yours>\""
    );
}

#[test]
fn the_job_runs_on_the_named_thread() {
    let seen = run("painter", || {
        std::thread::current().name().map(String::from)
    });
    assert_eq!(
        seen,
        Ok(Some("painter".to_string())),
        "the job should run on a new thread called `name` (thread::Builder::new().name(...))"
    );
}
