use std::hint::black_box;
use std::time::{Duration, Instant};

use timing::{Comparison, sqrt_loop};

/// What [`assert_cpu_speedup`] found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Speedup {
    /// The claim held: the lesson's parallel run was this many times faster than its
    /// sequential run (the best of the rounds).
    Shown(f64),
    /// The machine could not show the claim just then, and the reason was printed.
    Skipped,
}

/// Asserts that `parallel` runs the same CPU-bound work more than `at_least` times faster than
/// `sequential`, on `threads` threads (or processes).
///
/// A shared machine's cores are not always free: other processes, or a virtual machine's host,
/// can take them for seconds. So the two are timed in rounds (for up to 3 s, stopping as soon as
/// the claim shows), keeping the fastest run of each, since load can only slow a run down. In the
/// same rounds, plain threads (not the lesson's code) each run a [`sqrt_loop`] sized to take as
/// long: what the machine allowed just then. Then:
/// - the claim holds if the lesson got more than `at_least`, or at least 0.75 of what the plain
///   threads got (code that runs one thread at a time gets about 1×, far below that);
/// - it is skipped, with the reason printed, when fewer than `threads` cores exist or when the
///   plain threads did not beat `at_least` either: the machine could not show it;
/// - otherwise the test fails, printing the table.
///
/// ```
/// use lesson_test::{Speedup, assert_cpu_speedup};
/// use std::time::Duration;
///
/// let n = timing::iterations_for(Duration::from_millis(20));
/// let outcome = assert_cpu_speedup(
///     2,
///     1.5,
///     || { timing::sqrt_loop(2 * n); },
///     || std::thread::scope(|s| { for _ in 0..2 { s.spawn(|| timing::sqrt_loop(n)); } }),
/// );
/// assert!(matches!(outcome, Speedup::Shown(x) if x > 1.0) || outcome == Speedup::Skipped);
/// ```
pub fn assert_cpu_speedup(
    threads: usize,
    at_least: f64,
    mut sequential: impl FnMut(),
    mut parallel: impl FnMut(),
) -> Speedup {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < threads {
        println!("skipped: {cores} core(s) available, the claim needs {threads}");
        return Speedup::Skipped;
    }
    // Wake the cores up (frequency scaling) before anything is timed.
    parallel();
    let (mut seq, mut par, mut plain_seq, mut plain_par) =
        (Duration::MAX, Duration::MAX, Duration::MAX, Duration::MAX);
    let mut per_thread = 0;
    let trying = Instant::now();
    while trying.elapsed() < Duration::from_secs(3) {
        seq = seq.min(time(&mut sequential));
        par = par.min(time(&mut parallel));
        if per_thread == 0 {
            per_thread = iterations_lasting(seq / threads as u32);
        }
        plain_seq = plain_seq.min(time(|| {
            black_box(sqrt_loop(per_thread * threads as u64));
        }));
        plain_par = plain_par.min(time(|| plain_threads(threads, per_thread)));
        if ratio(seq, par) > at_least {
            break;
        }
    }
    let lesson = ratio(seq, par);
    let machine = ratio(plain_seq, plain_par);
    let mut table = Comparison::new("fastest of the rounds");
    table
        .row("the lesson's sequential run", seq)
        .row("the lesson's parallel run", par);
    println!("{table}plain threads on the same work: {machine:.2}×");
    if lesson > at_least {
        return Speedup::Shown(lesson);
    }
    if machine <= at_least {
        println!(
            "skipped: plain threads got {machine:.2}× too; the cores were not free to run {threads} at once"
        );
        return Speedup::Skipped;
    }
    assert!(
        lesson >= 0.75 * machine,
        "the lesson's parallel run got {lesson:.2}×, plain threads {machine:.2}× \
         (needed > {at_least}× or ≥ 0.75 of the plain threads)\n{table}"
    );
    Speedup::Shown(lesson)
}

fn time(mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn ratio(slow: Duration, fast: Duration) -> f64 {
    slow.as_secs_f64() / fast.as_secs_f64().max(1e-9)
}

/// How many [`sqrt_loop`] iterations take about `budget` on one thread right now.
fn iterations_lasting(budget: Duration) -> u64 {
    let probe = 100_000;
    let took = time(|| {
        black_box(sqrt_loop(probe));
    });
    ((budget.as_secs_f64() / took.as_secs_f64().max(1e-9)) * probe as f64).max(10_000.0) as u64
}

fn plain_threads(threads: usize, per_thread: u64) {
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| black_box(sqrt_loop(per_thread)));
        }
    });
}
