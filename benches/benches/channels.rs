//! "Use crossbeam's channels in production" (lesson 08): u64 messages from P producers to C
//! consumers through each kind of queue, all bounded at 1024 except `unbounded`: lesson 08's
//! teaching `Queue`, `std::sync::mpsc::sync_channel` and crossbeam's `bounded` and `unbounded`.

use std::sync::{Arc, mpsc};
use std::thread;

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use producer_consumer::Queue;

const MESSAGES: u64 = 20_000; // in total, split between the producers
const CAPACITY: usize = 1024;

/// Runs `producers` threads calling `send(i)` and `consumers` threads calling `recv()` until it
/// returns `None`; once every producer is done, calls `end()` (channels end when their senders
/// are dropped, so theirs does nothing; the teaching `Queue` is closed). Checks every message
/// arrived once (by their sum).
fn run<S, R, E>(producers: u64, consumers: u64, make: impl FnOnce() -> (S, R, E))
where
    S: Fn(u64) + Send + Clone,
    R: Fn() -> Option<u64> + Send + Clone,
    E: FnOnce(),
{
    let (send, recv, end) = make();
    let total: u64 = thread::scope(|s| {
        let consumers: Vec<_> = (0..consumers)
            .map(|_| {
                let recv = recv.clone();
                s.spawn(move || std::iter::from_fn(&recv).sum::<u64>())
            })
            .collect();
        drop(recv);
        let producers: Vec<_> = (0..producers)
            .map(|p| {
                let send = send.clone();
                s.spawn(move || {
                    for i in (p..MESSAGES).step_by(producers as usize) {
                        send(i);
                    }
                })
            })
            .collect();
        drop(send); // only the producers' clones keep a channel open
        producers.into_iter().for_each(|h| h.join().unwrap());
        end();
        consumers.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(total, MESSAGES * (MESSAGES - 1) / 2);
}

fn channels(c: &mut Criterion) {
    let mut group = c.benchmark_group("channels");
    group.throughput(Throughput::Elements(MESSAGES));
    for (p, c) in [(1u64, 1u64), (4, 4)] {
        let shape = format!("{p}→{c}");
        group.bench_function(
            BenchmarkId::new("teaching Queue (lesson 08)", &shape),
            |b| {
                b.iter(|| {
                    run(p, c, || {
                        let queue = Arc::new(Queue::new(CAPACITY));
                        let (q1, q2) = (Arc::clone(&queue), Arc::clone(&queue));
                        (
                            move |i| q1.put(i).unwrap(),
                            move || q2.get(),
                            move || queue.close(),
                        )
                    })
                })
            },
        );
        group.bench_function(BenchmarkId::new("std mpsc::sync_channel", &shape), |b| {
            b.iter(|| {
                run(p, c, || {
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
        group.bench_function(BenchmarkId::new("crossbeam bounded", &shape), |b| {
            b.iter(|| {
                run(p, c, || {
                    let (tx, rx) = crossbeam_channel::bounded(CAPACITY);
                    (move |i| tx.send(i).unwrap(), move || rx.recv().ok(), || ())
                })
            })
        });
        group.bench_function(BenchmarkId::new("crossbeam unbounded", &shape), |b| {
            b.iter(|| {
                run(p, c, || {
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
