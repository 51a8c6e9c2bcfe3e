//! The lesson's speed-up claims, measured in ONE test: the test harness runs the tests of one
//! binary in parallel, and CPU-bound timings taken side by side would steal each other's cores.

use std::path::Path;
use std::time::Duration;

use lesson_test::assert_cpu_speedup;
use threads_vs_processes::{run_processes, run_sequential, run_threads};

#[test]
fn threads_and_processes_both_beat_sequential() {
    let exe = Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"));
    // Two units of about 25 ms each.
    let iterations = timing::iterations_for(Duration::from_millis(25));
    let sequential = || {
        run_sequential(2, iterations, |_| ());
    };
    // Each asserts more than the given speed-up (or close to what plain threads got in the
    // same rounds), or skips with the reason printed when the cores are not free.
    assert_cpu_speedup(2, 1.5, sequential, || {
        run_threads(2, iterations, |_| ());
    });
    // Processes also pay for starting: a lower bar.
    assert_cpu_speedup(2, 1.3, sequential, || {
        run_processes(exe, 2, iterations, |_| ()).unwrap();
    });
}
