//! Given: leave this file as it is. A Python list the threads share, and the threads.

use std::sync::{Mutex, PoisonError};
use std::thread;

use gil::Gil;

use crate::fetch;

/// The label of the span that each [`PyList::append`] records (see `timing::record`).
pub const APPEND: &str = "append";

/// A Python `list` that the interpreter's threads share, given.
///
/// CPython protects a list with nothing but the GIL: Python code may touch it only while its
/// thread holds the GIL. The `Mutex` inside is there because Rust insists on one; the rule the
/// tests check is the GIL's: every `append` runs while its thread holds the [`Gil`].
#[derive(Debug, Default)]
pub struct PyList {
    items: Mutex<Vec<String>>,
}

impl PyList {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// `list.append(item)`: a step of Python code (a little CPU work), recorded as an
    /// [`APPEND`] span. Call it only while holding the Gil.
    pub fn append(&self, item: String) {
        timing::span(APPEND, || {
            timing::sqrt_loop(gil::STEP);
            self.items
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(item);
        });
    }

    /// The items, in the order they were appended.
    pub fn items(&self) -> Vec<String> {
        self.items
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Runs [`fetch`] for every name on a thread of its own (`Thread-1`, `Thread-2`, ...),
/// all started together under one `gil`, and returns what they appended, in order.
pub fn fetch_all(
    gil: &Gil,
    names: &[&str],
    download: impl Fn(&str) -> String + Sync,
) -> Vec<String> {
    let results = PyList::new();
    thread::scope(|s| {
        for (i, name) in names.iter().enumerate() {
            let (results, download) = (&results, &download);
            thread::Builder::new()
                .name(format!("Thread-{}", i + 1))
                .spawn_scoped(s, move || fetch(gil, name, download, results))
                .expect("the OS could not start a thread");
        }
    });
    results.items()
}
