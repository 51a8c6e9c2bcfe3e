//! Shared by the bench targets: criterion's settings, and lesson 11's binary for the ones that
//! start it as a child process. (Each target uses what it needs of this.)
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::Criterion;

/// Criterion with shorter warm-up and measurement than its defaults (3 s and 5 s), so that
/// `cargo bench -p benches` stays well under ten minutes on two cores.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

/// Builds lesson 11's binary (release) in a target dir of its own, since the `cargo bench` that
/// runs us still holds the main one, and returns its path. `None` (with a message) if it fails.
pub fn lesson_11_binary() -> Option<PathBuf> {
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
            eprintln!("could not build threads-vs-processes: skipping what needs it");
            None
        }
    }
}
