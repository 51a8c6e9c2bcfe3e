//! What lesson chapters quote from the compare run: Python's own outputs (lessons 10 and 11) and
//! the sentences about lost updates, forty million square roots and the CPU-bound speed-ups.

use std::fmt::Write as _;

use super::{
    LOST_UPDATES, Measure, SPEED_UP_ON_PROCESSES, SPEED_UP_ON_THREADS, Side, TIME_PER_ITERATION,
};
use crate::data::Data;
use crate::format::{plural, thousands, time_in, time_ns, times, value};

use Side::{Python, PythonFt, Rust};

/// `sys.getrefcount(lst)` in lesson 10's cell, after each of its lines.
const GETREFCOUNT: [&str; 3] = [
    "sys.getrefcount(lst) after lst = []",
    "sys.getrefcount(lst) after b = lst",
    "sys.getrefcount(lst) after del b",
];
const GETREFCOUNT_NONE: &str = "sys.getrefcount(None)";
const SWITCH_INTERVAL: &str = "sys.getswitchinterval()";
/// The seed's experiment as lesson 11 quotes it (`seed_units.py`): its names start so, and end
/// with what was timed.
const UNITS: &str = "lesson 11";
const UNITS_SIZE: &str = "iterations per unit";
/// The seed's 40,000,000 iterations, timed from the time per iteration.
const FORTY_MILLION: &str = "the seed's 40,000,000 iterations, one thread";

/// A count Python printed.
fn count(d: &Data, name: &str) -> Result<u64, String> {
    Ok(d.row(Python, name)?.median().round() as u64)
}

/// The seed's units (lesson 11): what they were, and the measure of `what` was timed.
struct Units<'a> {
    d: &'a Data,
    prefix: String,
}

impl<'a> Units<'a> {
    fn find(d: &'a Data) -> Result<Units<'a>, String> {
        let units = d.row_like(Python, UNITS, UNITS_SIZE)?;
        let prefix = units.name.trim_end_matches(UNITS_SIZE).to_string();
        Ok(Units { d, prefix })
    }

    /// `2 units of 10,000,000 iterations`, say.
    fn what(&self) -> &str {
        self.prefix
            .trim_start_matches("lesson 11, ")
            .trim_end_matches(": ")
    }

    fn row(&self, what: &str) -> Result<&'a Measure, String> {
        self.d.row(Python, &format!("{}{what}", self.prefix))
    }

    /// `sequential 1.2 s, threads 1.2 s (1.00×), processes 0.61 s (1.97×)`.
    fn results(&self) -> Result<String, String> {
        let secs =
            |what: &str| -> Result<String, String> { Ok(time_in(self.row(what)?.median(), "s")) };
        let speed_up =
            |what: &str| -> Result<String, String> { Ok(times(self.row(what)?.median())) };
        Ok(format!(
            "sequential {}, threads {} ({}), processes {} ({})",
            secs("sequential")?,
            secs("threads")?,
            speed_up("speed-up on threads")?,
            secs("processes")?,
            speed_up("speed-up on processes")?,
        ))
    }
}

pub(super) fn python_lessons(d: &Data) -> Result<String, String> {
    let py = d.python_name(Python);
    let mut t = format!("| what a lesson quotes | {py} printed |\n|---|---|\n");
    let quotes = [
        "lesson 10: `sys.getrefcount(lst)` after `lst = []`",
        "lesson 10: `sys.getrefcount(lst)` after `b = lst`",
        "lesson 10: `sys.getrefcount(lst)` after `del b`",
        "lesson 10: `sys.getrefcount(None)`",
    ];
    let names = GETREFCOUNT.iter().chain([&GETREFCOUNT_NONE]);
    for (quote, name) in quotes.iter().zip(names) {
        writeln!(t, "| {quote} | {} |", thousands(count(d, name)?)).unwrap();
    }
    writeln!(
        t,
        "| lesson 10: `sys.getswitchinterval()` | {} |",
        d.row(Python, SWITCH_INTERVAL)?.median()
    )
    .unwrap();
    let units = Units::find(d)?;
    writeln!(
        t,
        "| lesson 11: the seed's experiment, {} | {} |",
        units.what(),
        units.results()?
    )
    .unwrap();
    writeln!(
        t,
        "| lesson 11: the seed's 40,000,000 iterations on one thread (from the time per iteration) | {} |",
        time_in(d.row(Python, FORTY_MILLION)?.median(), "s")
    )
    .unwrap();
    Ok(t)
}

pub(super) fn lost_updates(d: &Data) -> Result<String, String> {
    let lost = d.row_like(Rust, LOST_UPDATES, "")?;
    let mut text = format!(
        "Measured ({}), {}: {} lost {} of the updates",
        d.day(),
        lost.name.trim_start_matches(LOST_UPDATES),
        d.python_name(Python),
        value(d.row(Python, &lost.name)?.median(), "%")
    );
    if let Ok(ft) = d.row(PythonFt, &lost.name) {
        write!(
            text,
            ", {} {}",
            d.python_name(PythonFt),
            value(ft.median(), "%")
        )
        .unwrap();
    }
    writeln!(
        text,
        ", and Rust's `load` then `store` {} (medians of {}).",
        value(lost.median(), "%"),
        plural(lost.values.len(), "run")
    )
    .unwrap();
    Ok(text)
}

pub(super) fn getrefcount(d: &Data) -> Result<String, String> {
    Ok(format!(
        "Run by {} ({}), the cell printed {}, {} and {}, and `sys.getswitchinterval()` returned {}.\n",
        d.python_name(Python),
        d.day(),
        count(d, GETREFCOUNT[0])?,
        count(d, GETREFCOUNT[1])?,
        count(d, GETREFCOUNT[2])?,
        d.row(Python, SWITCH_INTERVAL)?.median(),
    ))
}

pub(super) fn forty_million(d: &Data) -> Result<String, String> {
    let forty = 40e6;
    let rust_ns = d.row(Rust, TIME_PER_ITERATION)?.median();
    let mut text = format!(
        "Forty million square roots take about {} in {} on the benchmark machine ({}) and {} in this workspace's release build",
        time_in(d.row(Python, FORTY_MILLION)?.median(), "s"),
        d.python_name(Python),
        d.day(),
        time_ns(rust_ns * forty),
    );
    if let Some(debug_ns) = d.machine.debug_ns_per_iteration {
        write!(
            text,
            "; a debug build (what `cargo run` gives you) takes {}",
            time_ns(debug_ns * forty)
        )
        .unwrap();
    }
    text.push_str(".\n");
    Ok(text)
}

pub(super) fn python_units(d: &Data) -> Result<String, String> {
    let units = Units::find(d)?;
    Ok(format!(
        "```text\n{}, {}, median of {} ({}):\n{}\n```\n",
        d.python_name(Python),
        units.what(),
        plural(units.row("sequential")?.values.len(), "round"),
        d.day(),
        units.results()?,
    ))
}

pub(super) fn speed_up(d: &Data) -> Result<String, String> {
    let speed = |side: Side, name: &str| -> Result<String, String> {
        Ok(times(d.row(side, name)?.median()))
    };
    Ok(format!(
        "Measured ({}) with one unit of ~{} ms per core, median of {}: Rust's threads ran the units {} as fast as one after another and its processes {}; {}'s threads {} and its processes {}.\n",
        d.day(),
        d.compare.meta.budget_ms,
        plural(d.compare.meta.rounds, "round"),
        speed(Rust, SPEED_UP_ON_THREADS)?,
        speed(Rust, SPEED_UP_ON_PROCESSES)?,
        d.python_name(Python),
        speed(Python, SPEED_UP_ON_THREADS)?,
        speed(Python, SPEED_UP_ON_PROCESSES)?,
    ))
}
