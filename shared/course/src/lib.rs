//! The course manifest, `course.toml` at the repository's root: every lesson and every exercise,
//! in reading order. It is the one source of those lists, as rustlings' `info.toml` is.
//!
//! # Layout
//! - [`manifest`]: what `course.toml` holds, read with serde, and its own consistency.
//! - [`disk`]: the checks that the folders, packages and chapters on disk match it.
//! - [`derived`]: the files generated from it (the README's lesson table, `SUMMARY.md`, the cheat
//!   sheet, each chapter's practice section, the exercises' dependencies on the lessons), and
//!   whether they are up to date.
//! - [`scaffold`]: the folder of a new lesson or exercise, and its entry in the manifest.
//!
//! `cargo run -p practice -- course sync` rewrites the derived files; `cargo test` fails while
//! any of them or the disk disagrees with the manifest.

pub mod derived;
pub mod disk;
pub mod manifest;
pub mod scaffold;

pub use manifest::{Course, Exercise, Lesson};

use std::path::{Path, PathBuf};

/// The repository's root: where `course.toml` is, two folders above this crate.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Reads and checks `course.toml` in `repo`.
pub fn load(repo: &Path) -> Result<Course, String> {
    let path = repo.join("course.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Course::parse(&text).map_err(|e| format!("course.toml: {e}"))
}
