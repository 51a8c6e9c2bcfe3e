//! Spans as they open and close, written to a file as they happen, for whoever must explain a
//! process that was killed: `practice` sets `TIMING_LIVE_SPANS` for the learner's tests, and when
//! a test does not finish it lists the spans that opened and never closed.
//!
//! Each line is `open\t<id>\t<thread>\t<label>` or `close\t<id>`. Nothing is written unless the
//! variable names a file.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, OnceLock, PoisonError};

/// The environment variable that names the file.
pub const VAR: &str = "TIMING_LIVE_SPANS";

static LOG: OnceLock<Option<Mutex<File>>> = OnceLock::new();
static NEXT: AtomicU64 = AtomicU64::new(1);

fn log() -> Option<&'static Mutex<File>> {
    LOG.get_or_init(|| {
        let path = std::env::var_os(VAR)?;
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok()?;
        Some(Mutex::new(file))
    })
    .as_ref()
}

fn write(line: &str) {
    if let Some(file) = log() {
        let mut file = file.lock().unwrap_or_else(PoisonError::into_inner);
        let _ = file.write_all(line.as_bytes());
    }
}

/// Notes that a span opened; returns its id, to close it with, if anything is written.
pub(crate) fn opened(thread: &str, label: &str) -> Option<u64> {
    log()?;
    let id = NEXT.fetch_add(1, Relaxed);
    let clean = |s: &str| s.replace(['\t', '\n'], " ");
    write(&format!(
        "open\t{id}\t{}\t{}\n",
        clean(thread),
        clean(label)
    ));
    Some(id)
}

/// Notes that the span `id` closed.
pub(crate) fn closed(id: u64) {
    write(&format!("close\t{id}\n"));
}

/// The spans of a log that opened and never closed, as `(thread, label)`, in the order they
/// opened.
///
/// ```
/// let log = "open\t1\tmain\tcar 1\nopen\t2\tworker\twait\nclose\t1\n";
/// assert_eq!(timing::live::unclosed(log), [("worker".to_string(), "wait".to_string())]);
/// ```
pub fn unclosed(log: &str) -> Vec<(String, String)> {
    let mut open: Vec<(String, String, String)> = Vec::new();
    for line in log.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["open", id, thread, label] => {
                open.push((id.to_string(), thread.to_string(), label.to_string()))
            }
            ["close", id] => open.retain(|(open_id, _, _)| open_id != id),
            _ => {}
        }
    }
    open.into_iter()
        .map(|(_, thread, label)| (thread, label))
        .collect()
}
