//! The seeds' central claim, measured: CPU-bound threads gain nothing under the Gil and scale
//! with the cores without it.
//!
//! ONE test on purpose: libtest runs the tests of a binary in parallel, and a second CPU-bound
//! test would take a core away from this measurement.

use std::time::{Duration, Instant};

use gil::{Gil, run_cpu_bound};
use lesson_test::assert_cpu_speedup;
use timing::iterations_for;

const THREADS: usize = 2;

/// How long `f` took.
fn time(mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

/// The CPU time this process (all its threads, the finished ones too) has used so far, from
/// `/proc/self/stat` (utime + stime, in the kernel's 1/100 s ticks). `None` off Linux.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

#[test]
fn cpu_bound_threads_speed_up_without_the_gil_and_not_under_it() {
    let gil = Gil::default();

    // Always asserted, busy machine or not: under the Gil, two CPU-bound threads never use
    // more than one core's worth of CPU (CPU time over wall time below 1.3), so on free cores
    // they are less than 1.3× faster than one thread. (A wall-clock speed-up cannot show it on
    // a busy machine: there a thread that sleeps and wakes, as Gil handovers do, is favoured by
    // the scheduler over the other programs, and the Gil's run often beats the sequential one.)
    let long = iterations_for(Duration::from_millis(75));
    let before = cpu_time();
    let wall = time(|| {
        run_cpu_bound(THREADS, long, Some(&gil));
    });
    match (before, cpu_time()) {
        (Some(before), Some(after)) => {
            let cores = (after - before).as_secs_f64() / wall.as_secs_f64();
            println!("under the Gil: {cores:.2} cores' worth of CPU over {wall:?}");
            assert!(
                cores < 1.3,
                "under the Gil the threads used {cores:.2} cores"
            );
        }
        _ => println!("no /proc/self/stat here: CPU time not measured"),
    }

    // Without it: more than 1.5× when two cores are free (or close to what plain threads get
    // in the same rounds); skipped, with the reason printed, when the machine cannot show it.
    let per_thread = iterations_for(Duration::from_millis(20));
    let sequential = || {
        run_cpu_bound(1, THREADS as u64 * per_thread, None);
    };
    assert_cpu_speedup(THREADS, 1.5, sequential, || {
        run_cpu_bound(THREADS, per_thread, None);
    });
}
