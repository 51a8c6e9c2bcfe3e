//! "Arc pays for atomic counts" (lesson 10): cloning and dropping an `Rc` and an `Arc` on one
//! thread, then an `Arc` on each of two threads (parallel, no sharing) and one `Arc` whose count
//! two threads fight over.
//!
//! The two-thread rows start their threads once per measurement, outside the timed part
//! ([`timing::timed_on_threads`]). Each thread does `CLONES` clone + drop pairs per iteration.

use std::hint::black_box;
use std::rc::Rc;
use std::sync::Arc;

mod common;

use bench_groups::refcount::{CLONES, Clones, GROUP};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// What the pointers hold. Aligned to 128 bytes so that two `Arc`s' counts never share a cache
/// line: the "an `Arc` each" row must not fight over one by accident.
#[repr(align(128))]
struct Padded(#[allow(dead_code)] u8);

fn clone_and_drop(arc: &Arc<Padded>, times: u64) {
    for _ in 0..times {
        drop(black_box(Arc::clone(arc)));
    }
}

fn refcount(c: &mut Criterion) {
    let mut group = c.benchmark_group(GROUP);
    group.throughput(Throughput::Elements(CLONES));
    group.bench_function(Clones::Rc.id(), |b| {
        let rc = Rc::new(Padded(1));
        b.iter(|| {
            for _ in 0..CLONES {
                drop(black_box(Rc::clone(&rc)));
            }
        })
    });
    group.bench_function(Clones::Arc.id(), |b| {
        let arc = Arc::new(Padded(1));
        b.iter(|| clone_and_drop(&arc, CLONES))
    });
    group.throughput(Throughput::Elements(2 * CLONES));
    group.bench_function(Clones::ArcEach.id(), |b| {
        let arcs = [Arc::new(Padded(1)), Arc::new(Padded(2))];
        b.iter_custom(|iters| {
            timing::timed_on_threads(2, |i| clone_and_drop(&arcs[i], iters * CLONES)).0
        })
    });
    group.bench_function(Clones::ArcShared.id(), |b| {
        let arc = Arc::new(Padded(1));
        b.iter_custom(|iters| {
            timing::timed_on_threads(2, |_| clone_and_drop(&arc, iters * CLONES)).0
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
