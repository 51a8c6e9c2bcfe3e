//! "No GIL: CPU-bound threads scale; under a GIL they do not" (lesson 10): the same sqrt-loop work
//! on 1 thread, and on every available core with and without lesson 10's simulated `Gil`.
//!
//! Each iteration is one call of lesson 10's `run_cpu_bound`, which starts its threads, as the
//! seed does; a thread start costs tens of microseconds, under 1% of the work.

use std::thread;

mod common;

use bench_groups::gil::{GROUP, ITERATIONS, Lock, ONE_THREAD, threads_id};
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use gil::{Gil, run_cpu_bound};

fn gil(c: &mut Criterion) {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let lock = Gil::default();
    let mut group = c.benchmark_group(GROUP);
    group.throughput(Throughput::Elements(ITERATIONS));
    group.sampling_mode(SamplingMode::Flat);
    if !common::quick() {
        group.sample_size(20);
    }
    group.bench_function(BenchmarkId::new(ONE_THREAD, Lock::NoGil.id()), |b| {
        b.iter(|| run_cpu_bound(1, ITERATIONS, None))
    });
    let per_thread = ITERATIONS / cores as u64;
    group.bench_function(BenchmarkId::new(threads_id(cores), Lock::NoGil.id()), |b| {
        b.iter(|| run_cpu_bound(cores, per_thread, None))
    });
    group.bench_function(
        BenchmarkId::new(threads_id(cores), Lock::Simulated.id()),
        |b| b.iter(|| run_cpu_bound(cores, per_thread, Some(&lock))),
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = gil
}
criterion_main!(benches);
