//! "A task is cheaper than a thread" (lesson 13): what it costs to start one and wait for it,
//! as an OS thread and as a tokio task; and u64 messages from one producer to one consumer
//! through tokio's `mpsc` (between two tasks) and crossbeam's `bounded` (between two threads),
//! both bounded at 1024. Runtimes and threads are built outside the timed part.

use std::hint::black_box;
use std::thread;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tokio::runtime::{Builder, Runtime};

mod common;

const MESSAGES: u64 = 20_000; // per iteration
const CAPACITY: usize = 1024;

fn current_thread() -> Runtime {
    Builder::new_current_thread().build().unwrap()
}

fn multi_thread() -> Runtime {
    Builder::new_multi_thread().build().unwrap()
}

fn spawn(c: &mut Criterion) {
    let mut group = c.benchmark_group("async_tasks/spawn");
    group.bench_function("thread::spawn + join", |b| {
        b.iter(|| thread::spawn(|| black_box(1)).join().unwrap())
    });
    for (name, runtime) in [
        (
            "tokio::spawn + await, current-thread runtime",
            current_thread(),
        ),
        ("tokio::spawn + await, multi-thread runtime", multi_thread()),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                runtime.block_on(async { tokio::spawn(async { black_box(1) }).await.unwrap() })
            })
        });
    }
    group.finish();
}

/// `iters × MESSAGES` messages through tokio's bounded channel, from one task to another on a
/// multi-thread runtime; checks every message arrived (by their sum).
fn tokio_mpsc(runtime: &Runtime, iters: u64) -> Duration {
    let total = iters * MESSAGES;
    runtime.block_on(async {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<u64>(CAPACITY);
        let start = Instant::now();
        let producer = tokio::spawn(async move {
            for i in 0..total {
                tx.send(i).await.unwrap();
            }
        });
        let consumer = tokio::spawn(async move {
            let mut sum = 0;
            while let Some(i) = rx.recv().await {
                sum += i;
            }
            sum
        });
        producer.await.unwrap();
        let sum = consumer.await.unwrap();
        let took = start.elapsed();
        assert_eq!(sum, total * (total - 1) / 2);
        took
    })
}

/// The same through `crossbeam_channel::bounded`, between two threads started before the clock.
fn crossbeam(iters: u64) -> Duration {
    let total = iters * MESSAGES;
    let (tx, rx) = crossbeam_channel::bounded::<u64>(CAPACITY);
    let (took, sum) = timing::timed_on_threads(2, |index| {
        if index == 0 {
            for i in 0..total {
                tx.send(i).unwrap();
            }
            0
        } else {
            rx.iter().take(total as usize).sum::<u64>()
        }
    });
    assert_eq!(sum.iter().sum::<u64>(), total * (total - 1) / 2);
    took
}

fn channels(c: &mut Criterion) {
    let runtime = multi_thread();
    let mut group = c.benchmark_group("async_tasks/channel 1→1, bounded 1024");
    group.throughput(Throughput::Elements(MESSAGES));
    group.bench_function("tokio::sync::mpsc, two tasks", |b| {
        b.iter_custom(|iters| tokio_mpsc(&runtime, iters))
    });
    group.bench_function("crossbeam_channel::bounded, two threads", |b| {
        b.iter_custom(crossbeam)
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = spawn, channels
}
criterion_main!(benches);
