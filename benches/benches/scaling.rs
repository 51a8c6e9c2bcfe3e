//! "No GIL: CPU-bound threads scale" (lessons 10 and 11): the seeds' sqrt loop, the same total
//! split evenly over 1, 2, 3, 4 and 8 threads. Time per thread count is the scaling curve the
//! report draws (`cargo run -p benches --bin report`); past the machine's core count, more
//! threads can only take turns.
//!
//! The threads are started once per measurement, outside the timed part
//! ([`timing::timed_on_threads`]), and each runs its share once per iteration.

use std::hint::black_box;

mod common;

use bench_groups::scaling::{FUNCTION, GROUP, ITERATIONS, THREADS};
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group(GROUP);
    group.throughput(Throughput::Elements(ITERATIONS));
    group.sampling_mode(SamplingMode::Flat);
    if !common::quick() {
        group.sample_size(20);
    }
    for threads in THREADS {
        let share = ITERATIONS / threads as u64;
        group.bench_function(BenchmarkId::new(FUNCTION, threads), |b| {
            b.iter_custom(|iters| {
                timing::timed_on_threads(threads, |_| {
                    for _ in 0..iters {
                        black_box(timing::sqrt_loop(share));
                    }
                })
                .0
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = scaling
}
criterion_main!(benches);
