//! What it costs to start and finish one thread.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn spawn(c: &mut Criterion) {
    let mut group = c.benchmark_group("spawn");
    group.bench_function("thread::spawn + join", |b| {
        b.iter(|| std::thread::spawn(|| black_box(1)).join().unwrap())
    });
    group.bench_function("thread::scope, one thread", |b| {
        b.iter(|| std::thread::scope(|s| s.spawn(|| black_box(1)).join().unwrap()))
    });
    group.finish();
}

criterion_group!(benches, spawn);
criterion_main!(benches);
