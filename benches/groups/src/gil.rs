//! The `gil` group (`benches/benches/gil.rs`): "no GIL: CPU-bound threads scale; under a GIL
//! they do not" (lesson 10), the same sqrt-loop work on 1 thread and on every core, with and
//! without lesson 10's simulated `Gil`; and the timeline of its threads taking turns, which the
//! report records itself.

use std::fmt::Write as _;

use crate::charts;
use crate::data::{Data, Span};
use crate::format::{time_ns, times};
use crate::pages::Page;
use crate::svg::{PYTHON, RUST};

/// Criterion's group name.
pub const GROUP: &str = "gil";

/// Iterations of the sqrt loop per iteration, in total, split between the threads.
pub const ITERATIONS: u64 = 4_000_000;

/// The function id of the one-thread run.
pub const ONE_THREAD: &str = "1 thread";

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-gil.md", table),
    Page::new("10-gil-simulated-gil.md", lesson_10),
    Page::new("10-gil-turns.svg", turns),
];

/// The function id of the run on `cores` threads.
pub fn threads_id(cores: usize) -> String {
    format!("{cores} threads")
}

/// With or without the simulated GIL: the parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    /// The threads run freely.
    NoGil,
    /// They take turns under lesson 10's `Gil` and its default switch interval.
    Simulated,
}

impl Lock {
    /// Its criterion parameter.
    pub fn id(self) -> &'static str {
        match self {
            Lock::NoGil => "no GIL",
            Lock::Simulated => "simulated GIL (5 ms)",
        }
    }
}

/// The three medians: one thread, every core without and with the GIL.
fn medians(d: &Data) -> Result<[f64; 3], String> {
    let many = threads_id(d.cores());
    Ok([
        d.median(GROUP, ONE_THREAD, Lock::NoGil.id())?,
        d.median(GROUP, &many, Lock::NoGil.id())?,
        d.median(GROUP, &many, Lock::Simulated.id())?,
    ])
}

fn table(d: &Data) -> Result<String, String> {
    let many = threads_id(d.cores());
    let [one, free, locked] = medians(d)?;
    let mut t = String::from(
        "| lesson 10's CPU-bound work | time | speed-up over 1 thread |\n|---|---|---|\n",
    );
    for (label, time) in [
        ("1 thread".to_string(), one),
        (format!("{many}, no GIL"), free),
        (
            format!("{many}, simulated GIL (5 ms switch interval)"),
            locked,
        ),
    ] {
        writeln!(t, "| {label} | {} | {} |", time_ns(time), times(one / time)).unwrap();
    }
    writeln!(
        t,
        "\nWithout a GIL, {many} ran the work {} as fast as one; under the simulated GIL, {}.",
        times(one / free),
        times(one / locked)
    )
    .unwrap();
    Ok(t)
}

fn lesson_10(d: &Data) -> Result<String, String> {
    let cores = d.cores();
    let [one, free, locked] = medians(d)?;
    Ok(format!(
        "Measured ({}) on {cores} cores: {} ran the CPU-bound work {} as fast as one thread without the GIL, and {} under the simulated GIL.\n",
        d.day(),
        threads_id(cores),
        times(one / free),
        times(one / locked),
    ))
}

/// The recorded timeline, a panel per run.
fn turns(d: &Data) -> Result<String, String> {
    let mut panels: Vec<(String, Vec<Span>)> = Vec::new();
    for span in &d.spans {
        match panels.iter_mut().find(|(name, _)| *name == span.panel) {
            Some((_, spans)) => spans.push(span.clone()),
            None => panels.push((span.panel.clone(), vec![span.clone()])),
        }
    }
    if panels.is_empty() {
        return Err(
            "no timeline was recorded: does lesson 10 still mark its work with timing::span?"
                .to_string(),
        );
    }
    Ok(charts::timeline(
        "Lesson 10: under a GIL, CPU-bound threads take turns",
        &panels,
        &[(::gil::TURN, RUST), (::gil::NO_GIL, PYTHON)],
    ))
}
