//! "Use crossbeam's channels in production" (lesson 08): u64 messages from P producers to C
//! consumers through each kind of queue, all bounded at 1024 except `unbounded`: lesson 08's
//! teaching `Queue`, `std::sync::mpsc::sync_channel` and crossbeam's `bounded` and `unbounded`.
//! Throughput is messages per second; the threads start outside the timed part.

use std::sync::{Arc, Barrier, mpsc};
use std::thread;
use std::time::{Duration, Instant};

mod common;

use bench_groups::channels::{CAPACITY, GROUP, MESSAGES, Queue as Kind, SHAPES, Shape};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use producer_consumer::Queue;

/// Starts `producers` threads calling `send(i)` and `consumers` threads calling `recv()` until
/// it returns `None`, all waiting at a barrier; then times from their common start until every
/// message has arrived: `iters × MESSAGES` of them. Once every producer is done it calls
/// `end()` (channels end when their senders are dropped, so theirs does nothing; the teaching
/// `Queue` is closed). Checks every message arrived once (by their sum).
///
/// Thread start-up is outside the timed part, so the figure is the queue's.
fn run<S, R, E>(
    producers: u64,
    consumers: u64,
    iters: u64,
    make: impl FnOnce() -> (S, R, E),
) -> Duration
where
    S: Fn(u64) + Send + Clone,
    R: Fn() -> Option<u64> + Send + Clone,
    E: FnOnce(),
{
    let total = iters * MESSAGES;
    let (send, recv, end) = make();
    let start = Barrier::new((producers + consumers + 1) as usize);
    let (took, sum) = thread::scope(|s| {
        let consumers: Vec<_> = (0..consumers)
            .map(|_| {
                let (recv, start) = (recv.clone(), &start);
                s.spawn(move || {
                    start.wait();
                    std::iter::from_fn(&recv).sum::<u64>()
                })
            })
            .collect();
        drop(recv);
        let producers: Vec<_> = (0..producers)
            .map(|p| {
                let (send, start) = (send.clone(), &start);
                s.spawn(move || {
                    start.wait();
                    for i in (p..total).step_by(producers as usize) {
                        send(i);
                    }
                })
            })
            .collect();
        drop(send); // only the producers' clones keep a channel open
        start.wait();
        let began = Instant::now();
        producers.into_iter().for_each(|h| h.join().unwrap());
        end();
        let sum: u64 = consumers.into_iter().map(|h| h.join().unwrap()).sum();
        (began.elapsed(), sum)
    });
    assert_eq!(sum, total * (total - 1) / 2);
    took
}

fn channels(c: &mut Criterion) {
    let mut group = c.benchmark_group(GROUP);
    group.throughput(Throughput::Elements(MESSAGES));
    for shape in SHAPES {
        let Shape(p, c) = shape;
        let shape = shape.id();
        group.bench_function(BenchmarkId::new(Kind::Teaching.id(), &shape), |b| {
            b.iter_custom(|iters| {
                run(p, c, iters, || {
                    let queue = Arc::new(Queue::new(CAPACITY));
                    let (q1, q2) = (Arc::clone(&queue), Arc::clone(&queue));
                    (
                        move |i| q1.put(i).unwrap(),
                        move || q2.get(),
                        move || queue.close(),
                    )
                })
            })
        });
        group.bench_function(BenchmarkId::new(Kind::StdSync.id(), &shape), |b| {
            b.iter_custom(|iters| {
                run(p, c, iters, || {
                    let (tx, rx) = mpsc::sync_channel(CAPACITY);
                    // std's Receiver cannot be cloned: share it behind a Mutex.
                    let rx = Arc::new(std::sync::Mutex::new(rx));
                    (
                        move |i| tx.send(i).unwrap(),
                        move || rx.lock().unwrap().recv().ok(),
                        || (),
                    )
                })
            })
        });
        group.bench_function(BenchmarkId::new(Kind::Bounded.id(), &shape), |b| {
            b.iter_custom(|iters| {
                run(p, c, iters, || {
                    let (tx, rx) = crossbeam_channel::bounded(CAPACITY);
                    (move |i| tx.send(i).unwrap(), move || rx.recv().ok(), || ())
                })
            })
        });
        group.bench_function(BenchmarkId::new(Kind::Unbounded.id(), &shape), |b| {
            b.iter_custom(|iters| {
                run(p, c, iters, || {
                    let (tx, rx) = crossbeam_channel::unbounded();
                    (move |i| tx.send(i).unwrap(), move || rx.recv().ok(), || ())
                })
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = channels
}
criterion_main!(benches);
