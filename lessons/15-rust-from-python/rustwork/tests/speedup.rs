//! The speed-up claims of the extension's Rust, measured in ONE test: the test harness runs
//! the tests of a binary in parallel, and CPU-bound timings taken side by side would steal
//! each other's cores. Skipped, with the reason printed, when the cores are not free.

use std::time::Duration;

use lesson_test::assert_cpu_speedup;
use rustwork::threads::map_on_threads;
use rustwork::work::{sqrt_sum, sqrt_sums};

#[test]
fn rayon_and_worker_threads_use_two_cores() {
    let n = timing::iterations_for(Duration::from_millis(25));
    let sequential = || {
        sqrt_sum(n);
        sqrt_sum(n);
    };
    assert_cpu_speedup(2, 1.5, sequential, || {
        sqrt_sums(&[n, n]);
    });
    assert_cpu_speedup(2, 1.5, sequential, || {
        map_on_threads(&[n, n], 2, |&n| Ok::<_, ()>(sqrt_sum(n))).unwrap();
    });
}
