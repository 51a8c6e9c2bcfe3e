//! "A pool beats a thread per task" (lesson 05): 1,000 tasks through lesson 05's teaching pool,
//! rayon (`spawn` into a scope, and `par_iter`), and a thread per task. Per-task overhead is the
//! time divided by 1,000 (criterion's elements/s, inverted).

use std::hint::black_box;
use std::thread;

mod common;

use bench_groups::pools::{GROUP, TASKS, Task, Way};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use pools::ThreadPool;
use rayon::prelude::*;

fn pools(c: &mut Criterion) {
    let cpus = thread::available_parallelism().map_or(1, |n| n.get());
    let teaching = ThreadPool::new(cpus).unwrap();
    let rayon_pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cpus)
        .build()
        .unwrap();

    let mut group = c.benchmark_group(GROUP);
    group.throughput(Throughput::Elements(TASKS));
    // tiny: the task is nothing, so only the overhead is measured; small CPU: a short sqrt loop.
    for kind in Task::ALL {
        let iterations = kind.iterations();
        let task = move |i: u64| black_box(timing::sqrt_loop(iterations) + i as f64);
        group.bench_function(BenchmarkId::new(Way::Teaching.id(), kind.id()), |b| {
            b.iter(|| {
                let handles: Vec<_> = (0..TASKS)
                    .map(|i| teaching.submit(move || task(i)))
                    .collect();
                handles.into_iter().for_each(|h| {
                    black_box(h.result().unwrap());
                });
            })
        });
        group.bench_function(BenchmarkId::new(Way::RayonScope.id(), kind.id()), |b| {
            b.iter(|| {
                rayon_pool.scope(|s| {
                    for i in 0..TASKS {
                        s.spawn(move |_| {
                            task(i);
                        });
                    }
                })
            })
        });
        group.bench_function(BenchmarkId::new(Way::RayonParIter.id(), kind.id()), |b| {
            b.iter(|| rayon_pool.install(|| (0..TASKS).into_par_iter().map(task).sum::<f64>()))
        });
        group.bench_function(BenchmarkId::new(Way::ThreadPerTask.id(), kind.id()), |b| {
            b.iter(|| {
                let handles: Vec<_> = (0..TASKS).map(|i| thread::spawn(move || task(i))).collect();
                handles.into_iter().for_each(|h| {
                    black_box(h.join().unwrap());
                });
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = pools
}
criterion_main!(benches);
