//! "Starting a thread is faster than starting a process" (seed 001, lessons 02 and 11): what it
//! costs to start one and wait for it to finish.

use std::process::{Command, Stdio};

use bench_groups::spawn::{GROUP, Start};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

mod common;
use common::lesson_11_binary;

fn run_to_end(command: &mut Command) {
    let status = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

fn spawn(c: &mut Criterion) {
    let lesson = lesson_11_binary();
    let mut group = c.benchmark_group(GROUP);
    group.bench_function(Start::Thread.id(), |b| {
        b.iter(|| std::thread::spawn(|| black_box(1)).join().unwrap())
    });
    group.bench_function(Start::Scope.id(), |b| {
        b.iter(|| std::thread::scope(|s| s.spawn(|| black_box(1)).join().unwrap()))
    });
    if let Some(lesson) = &lesson {
        group.bench_function(Start::Lesson11.id(), |b| {
            b.iter(|| run_to_end(&mut timing::scenario::command(lesson, "noop", &[])))
        });
    }
    group.bench_function(Start::BinTrue.id(), |b| {
        b.iter(|| run_to_end(&mut Command::new("/bin/true")))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = spawn
}
criterion_main!(benches);
