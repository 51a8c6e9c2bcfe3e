//! "Atomics beat a mutex for a counter" (lesson 06): the same increments from 1, 2 and 4 threads,
//! through each way of sharing a counter.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const INCREMENTS: u64 = 10_000; // per thread

fn on_threads(threads: u64, work: impl Fn() + Sync) {
    thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(&work);
        }
    });
}

fn counters(c: &mut Criterion) {
    let mut group = c.benchmark_group("counters");
    for threads in [1u64, 2, 4] {
        group.throughput(Throughput::Elements(threads * INCREMENTS));
        group.bench_with_input(
            BenchmarkId::new("std Mutex<u64>", threads),
            &threads,
            |b, &t| {
                b.iter(|| {
                    let counter = Mutex::new(0u64);
                    on_threads(t, || {
                        for _ in 0..INCREMENTS {
                            *counter.lock().unwrap() += 1;
                        }
                    });
                    assert_eq!(counter.into_inner().unwrap(), t * INCREMENTS);
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("parking_lot Mutex<u64>", threads),
            &threads,
            |b, &t| {
                b.iter(|| {
                    let counter = parking_lot::Mutex::new(0u64);
                    on_threads(t, || {
                        for _ in 0..INCREMENTS {
                            *counter.lock() += 1;
                        }
                    });
                    assert_eq!(counter.into_inner(), t * INCREMENTS);
                })
            },
        );
        for (name, ordering) in [
            ("AtomicU64 Relaxed", Ordering::Relaxed),
            ("AtomicU64 SeqCst", Ordering::SeqCst),
        ] {
            group.bench_with_input(BenchmarkId::new(name, threads), &threads, |b, &t| {
                b.iter(|| {
                    let counter = AtomicU64::new(0);
                    on_threads(t, || {
                        for _ in 0..INCREMENTS {
                            counter.fetch_add(1, ordering);
                        }
                    });
                    assert_eq!(counter.into_inner(), t * INCREMENTS);
                })
            });
        }
        group.bench_with_input(
            BenchmarkId::new("per-thread, summed", threads),
            &threads,
            |b, &t| {
                b.iter(|| {
                    let total: u64 = thread::scope(|s| {
                        let handles: Vec<_> = (0..t)
                            .map(|_| {
                                s.spawn(|| {
                                    let mut mine = 0u64;
                                    for _ in 0..INCREMENTS {
                                        mine = std::hint::black_box(mine + 1);
                                    }
                                    mine
                                })
                            })
                            .collect();
                        handles.into_iter().map(|h| h.join().unwrap()).sum()
                    });
                    assert_eq!(total, t * INCREMENTS);
                })
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = counters
}
criterion_main!(benches);
