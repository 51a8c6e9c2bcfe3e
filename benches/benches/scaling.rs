//! "No GIL: CPU-bound threads scale" (lessons 10 and 11): the seeds' sqrt loop split over
//! 1..=available cores. Throughput per thread count is the parallel-efficiency curve.

use std::thread;

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const ITERATIONS: u64 = 4_000_000; // total, split evenly between the threads

fn scaling(c: &mut Criterion) {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("scaling");
    group.throughput(Throughput::Elements(ITERATIONS));
    group.sample_size(20);
    for threads in 1..=cores as u64 {
        group.bench_with_input(
            BenchmarkId::new("sqrt loop on threads", threads),
            &threads,
            |b, &t| {
                b.iter(|| {
                    thread::scope(|s| {
                        for _ in 0..t {
                            s.spawn(move || timing::sqrt_loop(ITERATIONS / t));
                        }
                    })
                })
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = scaling
}
criterion_main!(benches);
