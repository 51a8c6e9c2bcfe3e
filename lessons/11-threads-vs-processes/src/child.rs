//! What runs inside a worker process: `threads-vs-processes --scenario NAME [ARG]`.
//!
//! A worker talks to its parent only through its arguments, its stdin and its stdout: it starts
//! from the same binary, not from a copy of the parent's memory. What it sends back is a
//! report, one line of JSON each (`timing::scenario::report`): Rust's counterpart of the pickles
//! `multiprocessing` sends through its pipes.

use std::io::{self, BufRead};
use std::thread;

use serde::{Deserialize, Serialize};
use timing::scenario::{self, Handler};

use crate::work::unit_of_work;

// ANCHOR: workers
/// The workers `LESSON --scenario NAME [ARG]` runs, for `timing::scenario::main`, which the
/// lesson's `main` calls before it parses its own flags or prints anything.
pub const WORKERS: &[(&str, Handler)] = &[
    ("sqrt", |s| sqrt_worker(s.arg(0))),
    ("count", |s| count_worker(s.arg(0))),
    ("sum", |_| sum_worker()),
    ("noop", |_| {}),
    ("panic", |_| panic_worker()),
    ("abort", |_| abort_worker()),
    ("abort-in-thread", |_| abort_in_thread_worker()),
];
// ANCHOR_END: workers

/// What a `sqrt` worker reports to its parent, one line each.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Report {
    /// One more slice of the work is done.
    Progress,
    /// The unit's answer: the sum of its square roots.
    Sum(f64),
}

// ANCHOR: sqrt_worker
/// `sqrt N`: one unit of the seed's work, reported on stdout, the pipe the parent reads: a
/// `Progress` per slice, then the `Sum`, which JSON carries to the bit. If the parent has
/// stopped reading (the pipe is closed), `report` ends the worker at its next report instead of
/// computing for nobody.
pub fn sqrt_worker(iterations: u64) {
    let sum = unit_of_work(iterations, || scenario::report(&Report::Progress));
    scenario::report(&Report::Sum(sum));
}
// ANCHOR_END: sqrt_worker

// ANCHOR: count_worker
/// `count N`: the child's copy of the parent's counter arrives as an argument; the child
/// increments its copy and reports it. The parent's counter does not move.
pub fn count_worker(copy_of_counter: u64) {
    let mut counter = copy_of_counter;
    counter += 1;
    scenario::report(&counter);
}
// ANCHOR_END: count_worker

// ANCHOR: sum_worker
/// `sum`: reads one number per line from stdin (the data the parent sent over the pipe) and
/// reports their sum.
pub fn sum_worker() {
    let sum: u64 = io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| line.trim().parse::<u64>().ok())
        .sum();
    scenario::report(&sum);
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
