//! "Atomics beat a mutex for a counter" (lessons 06 and 07): the same increments from 1, 2 and 4
//! threads, through each way of sharing a counter.
//!
//! The threads are started once per measurement, outside the timed part
//! ([`timing::timed_on_threads`]), so the figures are the increments' cost, not thread start-up.
//! Throughput is increments per second: `INCREMENTS` per thread per iteration.

use std::hint::black_box;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

mod common;

use bench_groups::counters::{Counter, GROUP, INCREMENTS, THREADS};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn counters(c: &mut Criterion) {
    let mut group = c.benchmark_group(GROUP);
    for threads in THREADS {
        let expected = |iters: u64| threads as u64 * iters * INCREMENTS;
        group.throughput(Throughput::Elements(threads as u64 * INCREMENTS));
        group.bench_function(BenchmarkId::new(Counter::StdMutex.id(), threads), |b| {
            b.iter_custom(|iters| {
                let counter = Mutex::new(0u64);
                let (took, _) = timing::timed_on_threads(threads, |_| {
                    for _ in 0..iters * INCREMENTS {
                        *counter.lock().unwrap() += 1;
                    }
                });
                assert_eq!(counter.into_inner().unwrap(), expected(iters));
                took
            })
        });
        group.bench_function(BenchmarkId::new(Counter::ParkingLot.id(), threads), |b| {
            b.iter_custom(|iters| {
                let counter = parking_lot::Mutex::new(0u64);
                let (took, _) = timing::timed_on_threads(threads, |_| {
                    for _ in 0..iters * INCREMENTS {
                        *counter.lock() += 1;
                    }
                });
                assert_eq!(counter.into_inner(), expected(iters));
                took
            })
        });
        for (counter, ordering) in [
            (Counter::Relaxed, Ordering::Relaxed),
            (Counter::SeqCst, Ordering::SeqCst),
        ] {
            group.bench_function(BenchmarkId::new(counter.id(), threads), |b| {
                b.iter_custom(|iters| {
                    let counter = AtomicU64::new(0);
                    let (took, _) = timing::timed_on_threads(threads, |_| {
                        for _ in 0..iters * INCREMENTS {
                            counter.fetch_add(1, ordering);
                        }
                    });
                    assert_eq!(counter.into_inner(), expected(iters));
                    took
                })
            });
        }
        group.bench_function(BenchmarkId::new(Counter::PerThread.id(), threads), |b| {
            b.iter_custom(|iters| {
                let (took, counts) = timing::timed_on_threads(threads, |_| {
                    let mut mine = 0u64;
                    for _ in 0..iters * INCREMENTS {
                        mine = black_box(mine + 1);
                    }
                    mine
                });
                assert_eq!(counts.iter().sum::<u64>(), expected(iters));
                took
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = counters
}
criterion_main!(benches);
