use std::time::{Duration, Instant};

use ex02_sleeper_args::spawn_sleeper;

#[test]
fn spawn_sleeper_returns_before_the_sleep_ends() {
    let started = Instant::now();
    let handle = spawn_sleeper(Duration::from_millis(600), "thread1");
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(300),
        "spawn_sleeper took {took:?}, about as long as the 600 ms sleep: it must start the thread \
         and return its handle, not run sleeper itself"
    );
    handle.join().expect("sleeper does not panic");
}

#[test]
fn sleeper_runs_on_a_thread_called_name_with_its_arguments() {
    let name = String::from("thread1");
    let handle = spawn_sleeper(Duration::from_millis(10), &name);
    drop(name); // the caller's string is gone: the thread has its own copy
    let lines = handle.join().expect("sleeper does not panic");
    assert_eq!(
        lines,
        [
            "I am thread1, on thread thread1. Going to sleep for 10ms",
            "thread1 has woken up from sleep"
        ],
        "sleeper should run on a new thread named after its `name` argument \
         (thread::Builder::new().name(...))"
    );
}
