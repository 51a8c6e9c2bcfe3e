//! "Starting a thread is faster than starting a process" (seed 001, lessons 02 and 11): what it
//! costs to start one and wait for it to finish.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// Builds lesson 11's binary (release) in a target dir of its own, since the `cargo bench` that
/// runs us still holds the main one, and returns its path.
fn lesson_11_binary() -> Option<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = workspace.join("target").join("bench-bins");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let built = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "threads-vs-processes",
        ])
        .arg("--target-dir")
        .arg(&target)
        .current_dir(&workspace)
        .status();
    match built {
        Ok(status) if status.success() => Some(target.join("release").join("threads-vs-processes")),
        _ => {
            eprintln!("could not build threads-vs-processes: skipping its spawn benchmark");
            None
        }
    }
}

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
    let mut group = c.benchmark_group("spawn");
    group.bench_function("thread::spawn + join", |b| {
        b.iter(|| std::thread::spawn(|| black_box(1)).join().unwrap())
    });
    group.bench_function("thread::scope, one thread", |b| {
        b.iter(|| std::thread::scope(|s| s.spawn(|| black_box(1)).join().unwrap()))
    });
    if let Some(lesson) = &lesson {
        group.bench_function("process: lesson 11 `worker noop`", |b| {
            b.iter(|| run_to_end(Command::new(lesson).args(["worker", "noop"])))
        });
    }
    group.bench_function("process: /bin/true", |b| {
        b.iter(|| run_to_end(&mut Command::new("/bin/true")))
    });
    group.finish();
}

criterion_group!(benches, spawn);
criterion_main!(benches);
