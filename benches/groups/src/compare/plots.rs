//! The compare run's plots: how many times better Rust did on each measure, and the CPU-bound
//! speed-ups by language.

use super::{
    QUEUE_CROSS, QUEUE_FAST, QUEUE_LOCK, RUN_BIN_TRUE, SLEEPERS, SPAWN_PROCESS, SPAWN_THREAD,
    SPEED_UP_ON_PROCESSES, SPEED_UP_ON_THREADS, Side, TIME_PER_ITERATION, rust_better_by,
};
use crate::charts::{self, Bar};
use crate::data::Data;
use crate::svg::{PYTHON, PYTHON_FT, RUST};

/// A short name for a measure, for the plots.
fn short_label(name: &str) -> String {
    let short = match name {
        SPAWN_THREAD => "start + join a thread",
        SPAWN_PROCESS => "start + join a process",
        RUN_BIN_TRUE => "run /bin/true",
        TIME_PER_ITERATION => "one iteration of the sqrt loop",
        SLEEPERS => "5 sleepers: time past the sleep",
        QUEUE_LOCK => "queue alike: lock + condvars",
        QUEUE_FAST => "queue alike: fast, unbounded",
        QUEUE_CROSS => "queue, cross pair",
        SPEED_UP_ON_THREADS => "speed-up on threads",
        SPEED_UP_ON_PROCESSES => "speed-up on processes",
        _ => return name.chars().take(34).collect(),
    };
    short.to_string()
}

pub(super) fn ratios(d: &Data) -> Result<String, String> {
    let mut rows = Vec::new();
    for name in d.compare.names() {
        if [SPEED_UP_ON_THREADS, SPEED_UP_ON_PROCESSES].contains(&name) {
            continue; // drawn in the speed-up plot
        }
        if let (Some(p), Some(r)) = (
            d.compare.row(Side::Python, name),
            d.compare.row(Side::Rust, name),
        ) && let Some(ratio) = rust_better_by(p, r)
        {
            rows.push((short_label(name), ratio));
        }
    }
    if rows.is_empty() {
        return Err("the compare run has no row both languages measured".to_string());
    }
    Ok(charts::ratios(&rows))
}

pub(super) fn speed_ups(d: &Data) -> Result<String, String> {
    let mut sides = vec![(Side::Python, PYTHON)];
    if d.compare.interpreter(Side::PythonFt).is_some() {
        sides.push((Side::PythonFt, PYTHON_FT));
    }
    sides.push((Side::Rust, RUST));
    let mut groups = Vec::new();
    for (how, name) in [
        ("threads", SPEED_UP_ON_THREADS),
        ("processes", SPEED_UP_ON_PROCESSES),
    ] {
        let bars = sides
            .iter()
            .filter_map(|&(side, colour)| {
                let row = d.compare.row(side, name)?;
                Some(Bar {
                    series: series(d, side),
                    colour,
                    value: row.median(),
                })
            })
            .collect();
        groups.push((how.to_string(), bars));
    }
    Ok(charts::speed_ups(&groups, d.cores()))
}

/// A side's name in a legend.
fn series(d: &Data, side: Side) -> String {
    match side {
        Side::Rust => "Rust".to_string(),
        python => d.python_name(python),
    }
}
