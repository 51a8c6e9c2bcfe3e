//! The same work on child processes: the lesson's binary re-runs itself as a worker.

use std::io::{self, BufReader, Read};
use std::path::Path;
use std::process::Stdio;
use std::thread;

use timing::scenario;

use crate::child::Report;

// ANCHOR: processes
/// Seed 001's `Process(target=calc)` loop: one worker process per unit, all at once, each
/// read and waited for by a thread of this process. Returns each unit's sum.
pub fn run_processes(
    exe: &Path,
    units: usize,
    iterations: u64,
    progress: impl Fn(usize) + Sync,
) -> io::Result<Vec<f64>> {
    let (n, progress) = (&iterations.to_string(), &progress);
    thread::scope(|s| {
        let handles: Vec<_> = (0..units)
            .map(|i| {
                s.spawn(move || {
                    timing::span(format!("process {i}"), || {
                        // ANCHOR: spawn_process
                        let mut child = scenario::command(exe, "sqrt", &[n])
                            .stdout(Stdio::piped())
                            .spawn()?;
                        let sum = read_reports(child.stdout.take().expect("piped"), || progress(i));
                        let status = child.wait()?; // reaped: no zombie left behind
                        // ANCHOR_END: spawn_process
                        sum.ok_or_else(|| io::Error::other(format!("worker {i}: {status}")))
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    })
}
// ANCHOR_END: processes

// ANCHOR: read_reports
/// Reads a worker's reports until the pipe closes, which it does when the worker exits:
/// `on_progress` runs for each `Progress`; the `Sum` is the answer.
pub fn read_reports(stdout: impl Read, mut on_progress: impl FnMut()) -> Option<f64> {
    let mut sum = None;
    for report in scenario::reports(BufReader::new(stdout)) {
        match report {
            Report::Progress => on_progress(),
            Report::Sum(value) => sum = Some(value),
        }
    }
    sum
}
// ANCHOR_END: read_reports
