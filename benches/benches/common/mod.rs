//! Shared by the bench targets: criterion's settings and lesson 11's binary for the ones that
//! start it as a child process. (Each target uses what it needs of this.)
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::Criterion;

/// Whether `BENCH_QUICK` is set (to anything but `0`): the report's quick mode, which proves the
/// pipeline in CI with a few milliseconds per benchmark. Its numbers are not meaningful.
pub fn quick() -> bool {
    std::env::var_os("BENCH_QUICK").is_some_and(|v| v != "0")
}

/// Criterion with shorter warm-up and measurement than its defaults (3 s and 5 s), so that
/// `cargo bench -p benches` stays around ten minutes on two cores; in [`quick`] mode, the least
/// criterion accepts, without plots.
pub fn config() -> Criterion {
    if quick() {
        Criterion::default()
            .warm_up_time(Duration::from_millis(20))
            .measurement_time(Duration::from_millis(100))
            .sample_size(10)
            .nresamples(5_000)
            .without_plots()
    } else {
        Criterion::default()
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
    }
}

/// Builds lesson 11's binary: see [`lesson_binary`].
pub fn lesson_11_binary() -> Option<PathBuf> {
    lesson_binary("threads-vs-processes")
}

/// The variable naming a folder of lesson binaries already built (debug) that [`quick`] mode
/// uses as they are: `.ci/run` names `target/debug`, which `cargo test --workspace` has just
/// filled, so the check does not build the lessons a second time in a target dir of its own.
pub const LESSON_BINS: &str = "BENCH_LESSON_BINS";

/// Builds a lesson's binary (release; a debug build in [`quick`] mode, which measures nothing)
/// in a target dir of its own, since the `cargo bench` that runs us still holds the main one,
/// and returns its path. `None` (with a message) if it fails. In quick mode, a binary found in
/// [`LESSON_BINS`]'s folder is used instead.
pub fn lesson_binary(package: &str) -> Option<PathBuf> {
    if let Some(folder) = std::env::var_os(LESSON_BINS).filter(|_| quick()) {
        let built = Path::new(&folder).join(package);
        if built.is_file() {
            return Some(built);
        }
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = workspace.join("target").join("bench-bins");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let (profile, folder) = if quick() {
        ("dev", "debug")
    } else {
        ("release", "release")
    };
    let built = Command::new(cargo)
        .args(["build", "--profile", profile, "--quiet", "-p", package])
        .arg("--target-dir")
        .arg(&target)
        .current_dir(&workspace)
        .status();
    match built {
        Ok(status) if status.success() => Some(target.join(folder).join(package)),
        _ => {
            eprintln!("could not build {package}: skipping what needs it");
            None
        }
    }
}
