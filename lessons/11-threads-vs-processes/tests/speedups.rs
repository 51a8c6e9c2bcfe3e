//! The lesson's speed-up claims, measured in ONE test: the test harness runs the tests of one
//! binary in parallel, and CPU-bound timings taken side by side would steal each other's cores.

use std::path::Path;
use std::time::Duration;

use lesson_test::assert_cpu_speedup;
use threads_vs_processes::{run_processes, run_sequential, run_threads};

#[test]
fn threads_and_processes_both_beat_sequential() {
    let exe = Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"));
    // Each asserts more than the given speed-up (or close to what plain threads got in the
    // same rounds), or skips with the reason printed when the cores are not free.
    // Threads: two units of about 25 ms each.
    let iterations = timing::iterations_for(Duration::from_millis(25));
    assert_cpu_speedup(
        2,
        1.5,
        || {
            run_sequential(2, iterations, |_| ());
        },
        || {
            run_threads(2, iterations, |_| ());
        },
    );
    // Processes also pay for starting one (about 8 ms for this debug build, more under load):
    // longer units of about 60 ms, and a lower bar. The baseline is one worker process doing
    // both units, so that both sides run the lesson binary's code: the same loop compiled into
    // this test binary is another copy, and can run at another speed (it measured 2.6× once).
    let iterations = timing::iterations_for(Duration::from_millis(60));
    assert_cpu_speedup(
        2,
        1.3,
        || {
            run_processes(exe, 1, 2 * iterations, |_| ()).unwrap();
        },
        || {
            run_processes(exe, 2, iterations, |_| ()).unwrap();
        },
    );
}
