//! The compare run (`benches/benches/compare.rs`): the seeds' measures in Python and in Rust,
//! side by side. Here: what it records, the names of the measures that both it (or its Python
//! scripts) and the pages use, and the pages written from it.
//!
//! A measure is one named row, with a value per round, on each side that ran it. A new row needs
//! nothing here: the table and the ratio plot show every measure both sides share. A name gets a
//! constant here when a page quotes it.

mod findings;
mod lessons;
mod plots;
mod table;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::data::{read_json, write_json};
use crate::pages::Page;

/// The pages written from the compare run.
pub const PAGES: &[Page] = &[
    Page::new("perf-compare.md", table::table),
    Page::new("perf-compare-findings.md", findings::findings),
    Page::new("perf-compare-ratios.svg", plots::ratios),
    Page::new("perf-compare-speed-ups.svg", plots::speed_ups),
    Page::new("perf-python-lessons.md", lessons::python_lessons),
    Page::new("06-race-conditions-lost-updates.md", lessons::lost_updates),
    Page::new("10-gil-getrefcount.md", lessons::getrefcount),
    Page::new(
        "11-threads-vs-processes-forty-million.md",
        lessons::forty_million,
    ),
    Page::new(
        "11-threads-vs-processes-python-units.md",
        lessons::python_units,
    ),
    Page::new("11-threads-vs-processes-speed-up.md", lessons::speed_up),
];

/// One iteration of the seeds' sqrt loop on one thread.
pub const TIME_PER_ITERATION: &str = "sqrt loop, one thread: time per iteration";
/// The CPU-bound units on as many threads as cores, against one after another.
pub const SPEED_UP_ON_THREADS: &str = "CPU-bound speed-up on threads";
/// The same on processes.
pub const SPEED_UP_ON_PROCESSES: &str = "CPU-bound speed-up on processes";
/// How busy the machine was while Rust's threads ran.
pub const OTHERS_SHARE: &str = "other processes' share of the CPU during the threads runs";
/// Starting a thread and joining it.
pub const SPAWN_THREAD: &str = "spawn+join one thread";
/// Starting a process and waiting for it.
pub const SPAWN_PROCESS: &str = "start+join one process (multiprocessing / self re-exec)";
/// Running `/bin/true`.
pub const RUN_BIN_TRUE: &str = "run /bin/true";
/// Five threads sleeping at once.
pub const SLEEPERS: &str = "5 sleepers of 100 ms: overhead above 100 ms";
/// Messages through a queue built of a lock and condition variables.
pub const QUEUE_LOCK: &str =
    "queue 1→1, like for like: a lock and condition variables, 1,024 slots";
/// Messages through each language's fastest unbounded queue.
pub const QUEUE_FAST: &str = "queue 1→1, like for like: a fast unbounded queue";
/// Messages through each language's usual queue.
pub const QUEUE_CROSS: &str = "queue 1→1, the cross pair: each language's usual queue";
/// How the lost-updates measure's name starts (the rest says how many increments).
pub const LOST_UPDATES: &str = "lost updates, ";

/// One side of the comparison, in the order of the table's columns (and of its rows' first
/// appearances).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// `python3`.
    Python,
    /// A free-threaded CPython, when one was found.
    PythonFt,
    /// This workspace's Rust.
    Rust,
}

impl Side {
    fn id(self) -> &'static str {
        match self {
            Side::Python => "python",
            Side::PythonFt => "python-ft",
            Side::Rust => "rust",
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A Python interpreter the compare run used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interpreter {
    /// `3.13.1`.
    pub version: String,
    /// `GIL` or `free-threaded` (a free-threaded build running without its GIL).
    pub build: String,
    /// Its path.
    pub executable: String,
    /// The compiler that built it.
    pub compiler: String,
}

/// How the compare run was made.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// A smoke run: a little work, once.
    pub quick: bool,
    /// Rounds of every measure.
    pub rounds: usize,
    /// Each CPU-bound unit's time on one core, in ms.
    pub budget_ms: u64,
    /// CPU-bound units per round (the cores).
    pub workers: usize,
}

/// One measure of one side: its name, its unit, and every round's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// What was measured; the sides name the same work alike.
    pub name: String,
    /// `ns`, `µs`, `ms`, `s`, `count`, `×`, `M msg/s`, `%`, `% lost`, `MiB`.
    pub unit: String,
    /// One value a round.
    pub values: Vec<f64>,
    /// What this side ran, when the two languages run different things under one name.
    pub what: String,
    /// Whether "Rust better by" means anything: false for sizes and for work sized per language.
    pub ratio: bool,
}

impl Measure {
    /// A measure with a ratio and no note of what ran.
    pub fn new(name: impl Into<String>, unit: &str, values: Vec<f64>) -> Measure {
        Measure {
            name: name.into(),
            unit: unit.into(),
            values,
            what: String::new(),
            ratio: true,
        }
    }

    /// Notes what this side ran.
    pub fn what(mut self, what: &str) -> Measure {
        self.what = what.into();
        self
    }

    /// Marks a measure the two sides' values should not be divided for.
    pub fn no_ratio(mut self) -> Measure {
        self.ratio = false;
        self
    }

    /// The median round (NaN when there were none).
    pub fn median(&self) -> f64 {
        median(&self.values)
    }

    /// The lowest round.
    pub fn lowest(&self) -> f64 {
        self.values.iter().copied().fold(f64::INFINITY, f64::min)
    }

    /// The highest round.
    pub fn highest(&self) -> f64 {
        self.values
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max)
    }

    /// How many rounds lost something (for the lost-updates measure).
    fn rounds_above_zero(&self) -> usize {
        self.values.iter().filter(|v| **v > 0.0).count()
    }
}

/// The median of `values` (NaN when empty).
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => sorted[n / 2],
        _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Everything one compare run recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// How it was made.
    pub meta: Meta,
    /// The Python interpreters it found, by side.
    pub interpreters: BTreeMap<Side, Interpreter>,
    /// Every side's measures, in the order it ran them.
    pub measures: BTreeMap<Side, Vec<Measure>>,
}

impl Run {
    /// The interpreter of a Python side, if one was found.
    pub fn interpreter(&self, side: Side) -> Option<&Interpreter> {
        self.interpreters.get(&side)
    }

    /// A side's measures (none if it did not run).
    pub fn side(&self, side: Side) -> &[Measure] {
        self.measures.get(&side).map_or(&[], Vec::as_slice)
    }

    /// `side`'s measure called `name`.
    pub fn row(&self, side: Side, name: &str) -> Option<&Measure> {
        self.side(side).iter().find(|m| m.name == name)
    }

    /// The measure whose name starts with `prefix` and ends with `suffix` (names that carry a
    /// size).
    pub fn row_like(&self, side: Side, prefix: &str, suffix: &str) -> Option<&Measure> {
        self.side(side)
            .iter()
            .find(|m| m.name.starts_with(prefix) && m.name.ends_with(suffix))
    }

    /// Every measure name, in the order first seen, side by side (Python's order, then the other
    /// sides' additions).
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for measures in self.measures.values() {
            for measure in measures {
                if !names.contains(&measure.name.as_str()) {
                    names.push(&measure.name);
                }
            }
        }
        names
    }

    /// Reads what a compare run wrote.
    pub fn read(path: &Path) -> Result<Run, String> {
        read_json(path)
    }

    /// Writes it, for the report to read.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        write_json(path, self)
    }
}

/// How many times better Rust did, when the two sides did comparable work.
fn rust_better_by(python: &Measure, rust: &Measure) -> Option<f64> {
    if !rust.ratio {
        return None;
    }
    let (p, r) = (python.median(), rust.median());
    match rust.unit.as_str() {
        "ns" | "µs" | "ms" | "s" if r > 0.0 => Some(p / r),
        "×" | "M msg/s" if p > 0.0 => Some(r / p),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run() -> Run {
        let python = Interpreter {
            version: "3.13.1".into(),
            build: "free-threaded".into(),
            executable: "/usr/bin/python3.13t".into(),
            compiler: "GCC".into(),
        };
        Run {
            meta: Meta {
                quick: false,
                rounds: 2,
                budget_ms: 300,
                workers: 2,
            },
            interpreters: BTreeMap::from([(Side::PythonFt, python)]),
            measures: BTreeMap::from([
                (
                    Side::Rust,
                    vec![Measure::new(SPAWN_THREAD, "µs", vec![40.0, 50.0])],
                ),
                (
                    Side::PythonFt,
                    vec![Measure::new("only Python", "count", vec![3.0]).no_ratio()],
                ),
            ]),
        }
    }

    #[test]
    fn what_the_bench_writes_the_report_reads() {
        let file = tempfile::NamedTempFile::new().unwrap();
        run().write(file.path()).unwrap();
        let text = std::fs::read_to_string(file.path()).unwrap();
        assert!(text.contains("\"python-ft\": ["), "{text}");
        assert_eq!(Run::read(file.path()).unwrap(), run());
    }

    #[test]
    fn rows_are_found_by_side_and_name() {
        let run = run();
        assert_eq!(run.row(Side::Rust, SPAWN_THREAD).unwrap().median(), 45.0);
        assert!(run.row(Side::Python, SPAWN_THREAD).is_none());
        assert_eq!(run.names(), ["only Python", SPAWN_THREAD]);
    }
}
