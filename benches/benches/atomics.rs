//! Lesson 14's measured claims: a spin lock against a `Mutex` as threads are added, and two
//! counters on one cache line against two padded ones (false sharing).
//!
//! The threads are started once per measurement, outside the timed part
//! ([`timing::timed_on_threads`]), so the figures are the work's cost, not thread start-up.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};

mod common;

use atomics::{Padded, SameLine, SpinLock, add_one_locked};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Lock-add-unlock rounds per thread, per iteration.
const ROUNDS: u64 = 10_000;
/// `fetch_add`s per thread, per iteration, in the false-sharing group.
const INCREMENTS: u64 = 100_000;

/// "Use a `Mutex`, not a spin lock": the lesson's `SpinLock` (Acquire/Release on
/// `compare_exchange_weak`), std's `Mutex` and parking_lot's, from 1, 2 and 4 threads. With more
/// threads than cores, a spinner can spend its time slice waiting for a holder that is not
/// running. Throughput is lock-add-unlock rounds per second.
fn spin_lock(c: &mut Criterion) {
    let mut group = c.benchmark_group("spin_lock");
    for threads in [1usize, 2, 4] {
        let expected = |iters: u64| threads as u64 * iters * ROUNDS;
        group.throughput(Throughput::Elements(threads as u64 * ROUNDS));
        group.bench_function(BenchmarkId::new("SpinLock", threads), |b| {
            b.iter_custom(|iters| {
                let (lock, count) = (SpinLock::new(), AtomicUsize::new(0));
                let (took, _) = timing::timed_on_threads(threads, |_| {
                    for _ in 0..iters * ROUNDS {
                        add_one_locked(&lock, &count);
                    }
                });
                assert_eq!(count.into_inner() as u64, expected(iters));
                took
            })
        });
        group.bench_function(BenchmarkId::new("std Mutex", threads), |b| {
            b.iter_custom(|iters| {
                let count = Mutex::new(0u64);
                let (took, _) = timing::timed_on_threads(threads, |_| {
                    for _ in 0..iters * ROUNDS {
                        *count.lock().unwrap() += 1;
                    }
                });
                assert_eq!(count.into_inner().unwrap(), expected(iters));
                took
            })
        });
        group.bench_function(BenchmarkId::new("parking_lot Mutex", threads), |b| {
            b.iter_custom(|iters| {
                let count = parking_lot::Mutex::new(0u64);
                let (took, _) = timing::timed_on_threads(threads, |_| {
                    for _ in 0..iters * ROUNDS {
                        *count.lock() += 1;
                    }
                });
                assert_eq!(count.into_inner(), expected(iters));
                took
            })
        });
    }
    group.finish();
}

/// "Two counters on one cache line are slower than padded ones": two threads, each adding one to
/// its own counter. Throughput is increments per second, both threads together.
fn false_sharing(c: &mut Criterion) {
    let mut group = c.benchmark_group("false_sharing");
    group.throughput(Throughput::Elements(2 * INCREMENTS));
    group.bench_function("same cache line", |b| {
        b.iter_custom(|iters| {
            let line = SameLine::default();
            let took = both_count(&line.a, &line.b, iters * INCREMENTS);
            assert_eq!(
                line.a.into_inner() + line.b.into_inner(),
                2 * iters * INCREMENTS
            );
            took
        })
    });
    group.bench_function("CachePadded", |b| {
        b.iter_custom(|iters| {
            let apart = Padded::default();
            let took = both_count(&apart.a, &apart.b, iters * INCREMENTS);
            let (a, b) = (apart.a.into_inner(), apart.b.into_inner());
            assert_eq!(a.into_inner() + b.into_inner(), 2 * iters * INCREMENTS);
            took
        })
    });
    group.finish();
}

/// Two threads, started together, each `fetch_add`ing its own counter `increments` times.
fn both_count(a: &AtomicU64, b: &AtomicU64, increments: u64) -> std::time::Duration {
    let (took, _) = timing::timed_on_threads(2, |index| {
        let counter = if index == 0 { a } else { b };
        for _ in 0..increments {
            counter.fetch_add(1, Relaxed);
        }
    });
    took
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = spin_lock, false_sharing
}
criterion_main!(benches);
