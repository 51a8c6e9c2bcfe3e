//! The pool's CPU speed-up, measured. ONE test on purpose: libtest runs the tests of a binary in
//! parallel, and another test would take a core away from this measurement.

use std::time::Duration;

use lesson_test::assert_cpu_speedup;
use pools::ThreadPool;

/// "No GIL": a thread pool runs CPU-bound tasks on every CPU at once.
#[test]
fn a_thread_pool_runs_cpu_work_on_two_cpus_at_once() {
    let pool = ThreadPool::new(2).unwrap();
    let n = timing::iterations_for(Duration::from_millis(30));
    assert_cpu_speedup(
        2,
        1.4,
        || {
            std::hint::black_box(timing::sqrt_loop(2 * n));
        },
        || {
            let halves: Vec<_> = pool.map(move |_| timing::sqrt_loop(n), 0..2).collect();
            std::hint::black_box(halves);
        },
    );
}
