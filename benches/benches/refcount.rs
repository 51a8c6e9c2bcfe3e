//! "Arc pays for atomic counts" (lesson 10): cloning and dropping an `Rc` vs an `Arc`, and an
//! `Arc` whose count two threads fight over.

use std::rc::Rc;
use std::sync::Arc;
use std::thread;

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const CLONES: u64 = 1_000;

fn refcount(c: &mut Criterion) {
    let mut group = c.benchmark_group("refcount");
    group.throughput(Throughput::Elements(CLONES));
    group.bench_function("Rc::clone + drop", |b| {
        let rc = Rc::new(vec![1u8]);
        b.iter(|| {
            for _ in 0..CLONES {
                drop(black_box(Rc::clone(&rc)));
            }
        })
    });
    group.bench_function("Arc::clone + drop, 1 thread", |b| {
        let arc = Arc::new(vec![1u8]);
        b.iter(|| {
            for _ in 0..CLONES {
                drop(black_box(Arc::clone(&arc)));
            }
        })
    });
    group.throughput(Throughput::Elements(2 * CLONES));
    group.bench_function("Arc::clone + drop, 2 threads contending", |b| {
        let arc = Arc::new(vec![1u8]);
        b.iter(|| {
            thread::scope(|s| {
                for _ in 0..2 {
                    s.spawn(|| {
                        for _ in 0..CLONES {
                            drop(black_box(Arc::clone(&arc)));
                        }
                    });
                }
            })
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = refcount
}
criterion_main!(benches);
