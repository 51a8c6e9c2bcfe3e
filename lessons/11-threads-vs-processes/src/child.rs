//! What runs inside a worker process: `threads-vs-processes --scenario NAME [ARG]`.
//!
//! A worker talks to its parent only through its arguments, its stdin and its stdout: it starts
//! from the same binary, not from a copy of the parent's memory.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use std::thread;

use crate::work::unit_of_work;

/// The line a worker prints after each slice of work.
pub const PROGRESS: &str = "progress";
/// The prefix of the line that carries a worker's answer: `result <sum>`.
pub const RESULT: &str = "result ";

// ANCHOR: run_worker
/// Runs the worker that `LESSON --scenario NAME [ARG]` asks for. The lesson's `main` calls it
/// before it parses its own flags or prints anything.
pub fn run_worker(name: &str, args: &[String]) -> ExitCode {
    let number = || args.first().and_then(|arg| arg.parse().ok());
    match (name, number()) {
        ("sqrt", Some(iterations)) => sqrt_worker(iterations),
        ("count", Some(copy_of_counter)) => count_worker(copy_of_counter),
        ("sum", _) => sum_worker(),
        ("noop", _) => {}
        ("panic", _) => panic_worker(),
        ("abort", _) => abort_worker(),
        ("abort-in-thread", _) => abort_in_thread_worker(),
        _ => {
            eprintln!("no such scenario: {name} {args:?}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
// ANCHOR_END: run_worker

// ANCHOR: sqrt_worker
/// `sqrt N`: one unit of the seed's work, reported on stdout, the pipe the parent reads: a
/// `progress` line per slice, then `result <sum>`. `{sum}` prints the shortest text that parses
/// back to the same `f64`. If the parent has stopped reading (the pipe is closed), the worker
/// stops at its next report instead of computing for nobody.
pub fn sqrt_worker(iterations: u64) {
    let mut out = io::stdout().lock();
    let sum = unit_of_work(iterations, || {
        if writeln!(out, "{PROGRESS}").is_err() {
            std::process::exit(1);
        }
    });
    let _ = writeln!(out, "{RESULT}{sum}");
}
// ANCHOR_END: sqrt_worker

// ANCHOR: count_worker
/// `count N`: the child's copy of the parent's counter arrives as an argument; the child
/// increments its copy and prints it. The parent's counter does not move.
pub fn count_worker(copy_of_counter: u64) {
    let mut counter = copy_of_counter;
    counter += 1;
    println!("{counter}");
}
// ANCHOR_END: count_worker

// ANCHOR: sum_worker
/// `sum`: reads one number per line from stdin (the data the parent sent over the pipe) and
/// prints their sum.
pub fn sum_worker() {
    let sum: u64 = io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| line.trim().parse::<u64>().ok())
        .sum();
    println!("{sum}");
}
// ANCHOR_END: sum_worker

// ANCHOR: crashes
/// `panic`: the main thread panics, so the process exits with code 101.
pub fn panic_worker() -> ! {
    panic!("worker process {} gave up", std::process::id())
}

/// `abort`: `std::process::abort()` ends the process at once with SIGABRT: no unwinding, no
/// destructors, no exit code.
pub fn abort_worker() -> ! {
    std::process::abort()
}

/// `abort-in-thread`: a spawned thread calls `abort()`, and the whole process dies with it.
/// The main thread's second line is never printed.
pub fn abort_in_thread_worker() {
    println!("main: started a thread that calls abort()");
    let handle = thread::spawn(|| std::process::abort());
    let _ = handle.join();
    println!("main: join returned, carrying on");
}
// ANCHOR_END: crashes
