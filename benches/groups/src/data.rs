//! What a run leaves behind, read back: criterion's estimates, the compare run, the machine and
//! the recorded timeline; and [`Data`], through which the pages read them.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::compare::{self, Measure, Side};
use crate::machine::Machine;

/// Where one run's results live.
#[derive(Debug, Clone)]
pub struct Place {
    /// The folder with the run's own files: the machine, the compare run and the timeline.
    pub results: PathBuf,
    /// Criterion's output folder (its `CRITERION_HOME`).
    pub criterion: PathBuf,
    /// Where the generated Markdown and SVG go.
    pub generated: PathBuf,
}

impl Place {
    /// Everything inside `out`: `results/`, `criterion/` and `generated/`.
    pub fn inside(out: &Path) -> Place {
        Place {
            results: out.join("results"),
            criterion: out.join("criterion"),
            generated: out.join("generated"),
        }
    }

    /// The machine the run measured.
    pub fn machine(&self) -> PathBuf {
        self.results.join("machine.json")
    }

    /// The compare run's results (its `COMPARE_OUT`).
    pub fn compare(&self) -> PathBuf {
        self.results.join("compare.json")
    }

    /// Lesson 10's recorded timeline.
    pub fn timeline(&self) -> PathBuf {
        self.results.join("timeline.json")
    }
}

/// A file's text, or an error that names it.
pub fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// A JSON file, read into `T`.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, String> {
    serde_json::from_str(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// `value` as JSON, into a file.
pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), String> {
    let text =
        serde_json::to_string_pretty(value).map_err(|e| format!("{}: {e}", path.display()))?;
    fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

/// One criterion benchmark's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Bench {
    /// Its group (`benchmark_group`'s name).
    pub group: String,
    /// Its function id.
    pub function: String,
    /// Its parameter, or "" when it has none.
    pub value: String,
    /// Criterion's `Throughput::Elements` per iteration, when the bench set one.
    pub elements: Option<f64>,
    /// Criterion's median time of one iteration, in nanoseconds.
    pub median_ns: f64,
}

impl Bench {
    /// Elements per second at the median time.
    pub fn per_second(&self) -> Option<f64> {
        self.elements.map(|e| e / self.median_ns * 1e9)
    }
}

/// What criterion writes in a benchmark's `new/benchmark.json` (the fields read here).
#[derive(Deserialize)]
struct Id {
    group_id: String,
    function_id: Option<String>,
    value_str: Option<String>,
    throughput: Option<Throughput>,
}

/// Criterion's throughput: only `Elements` is read.
#[derive(Deserialize)]
struct Throughput {
    #[serde(rename = "Elements")]
    elements: Option<f64>,
}

/// What criterion writes in a benchmark's `new/estimates.json` (the median is what the tables
/// show).
#[derive(Debug, Deserialize)]
pub struct Estimates {
    /// The median time of one iteration.
    pub median: Estimate,
}

/// One of criterion's estimates.
#[derive(Debug, Deserialize)]
pub struct Estimate {
    /// The estimate itself, in nanoseconds.
    pub point_estimate: f64,
}

impl Bench {
    /// Reads a benchmark's `new/` folder.
    pub fn read(new: &Path) -> Result<Bench, String> {
        let id: Id = read_json(&new.join("benchmark.json"))?;
        let estimates: Estimates = read_json(&new.join("estimates.json"))?;
        Ok(Bench {
            group: id.group_id,
            function: id.function_id.unwrap_or_default(),
            value: id.value_str.unwrap_or_default(),
            elements: id.throughput.and_then(|t| t.elements),
            median_ns: estimates.median.point_estimate,
        })
    }
}

/// Every benchmark under criterion's output folder whose `new/benchmark.json` was written at or
/// after `since` (a run's own results, not an older run's left-overs).
pub fn criterion_benches(home: &Path, since: Option<SystemTime>) -> Result<Vec<Bench>, String> {
    let mut found = Vec::new();
    let mut folders = vec![home.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
            if path.file_name().is_some_and(|n| n == "new") {
                if written_since(&path.join("benchmark.json"), since) {
                    found.push(Bench::read(&path)?);
                }
            } else if path.file_name().is_none_or(|n| n != "report") {
                folders.push(path);
            }
        }
    }
    found.sort_by(|a, b| (&a.group, &a.function, &a.value).cmp(&(&b.group, &b.function, &b.value)));
    Ok(found)
}

fn written_since(file: &Path, since: Option<SystemTime>) -> bool {
    fs::metadata(file)
        .and_then(|m| m.modified())
        .is_ok_and(|t| since.is_none_or(|since| t >= since))
}

/// One recorded span of a timeline: which panel, what, which thread, start and end in ms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// The panel of the plot it belongs to.
    pub panel: String,
    /// What ran (the lesson's span label).
    pub label: String,
    /// Which thread ran it.
    pub thread: String,
    /// When it started, in milliseconds from the recording's start.
    pub start_ms: f64,
    /// When it ended.
    pub end_ms: f64,
}

/// Everything one run left, read back.
#[derive(Debug, Clone)]
pub struct Data {
    /// The machine it ran on.
    pub machine: Machine,
    /// Criterion's results.
    pub benches: Vec<Bench>,
    /// The compare run's.
    pub compare: compare::Run,
    /// Lesson 10's recorded timeline.
    pub spans: Vec<Span>,
}

impl Data {
    /// Reads what a run left in `place`; criterion's results only if written at or after `since`.
    pub fn read(place: &Place, since: Option<SystemTime>) -> Result<Data, String> {
        Ok(Data {
            machine: Machine::read(&place.machine())?,
            benches: criterion_benches(&place.criterion, since)?,
            compare: compare::Run::read(&place.compare())?,
            spans: read_json(&place.timeline())?,
        })
    }

    /// Whether this was a quick run (a few milliseconds per benchmark: not measurements).
    pub fn quick(&self) -> bool {
        self.machine.quick
    }

    /// The cores available to the benchmarks.
    pub fn cores(&self) -> usize {
        self.machine.available
    }

    /// The run's date, for sentences that travel into lesson chapters.
    pub fn day(&self) -> &str {
        self.machine.date.split(' ').next().unwrap_or_default()
    }

    /// Criterion's result for `group/function/value`.
    pub fn bench(&self, group: &str, function: &str, value: &str) -> Result<&Bench, String> {
        self.benches
            .iter()
            .find(|b| b.group == group && b.function == function && b.value == value)
            .ok_or_else(|| {
                format!("no criterion result for {group}/{function}/{value}: did that bench run?")
            })
    }

    /// Its median time, in nanoseconds.
    pub fn median(&self, group: &str, function: &str, value: &str) -> Result<f64, String> {
        self.bench(group, function, value).map(|b| b.median_ns)
    }

    /// Its elements per second.
    pub fn rate(&self, group: &str, function: &str, value: &str) -> Result<f64, String> {
        self.bench(group, function, value)?
            .per_second()
            .ok_or_else(|| format!("{group}/{function}/{value} has no throughput"))
    }

    /// Its elements per iteration (1 when it set no throughput).
    pub fn elements(&self, group: &str, function: &str, value: &str) -> Result<f64, String> {
        Ok(self.bench(group, function, value)?.elements.unwrap_or(1.0))
    }

    /// The compare run's `side` measure called `name`.
    pub fn row(&self, side: Side, name: &str) -> Result<&Measure, String> {
        self.compare
            .row(side, name)
            .ok_or_else(|| format!("the compare run has no {side} row {name:?}"))
    }

    /// The `side` measure whose name starts with `prefix` and ends with `suffix`.
    pub fn row_like(&self, side: Side, prefix: &str, suffix: &str) -> Result<&Measure, String> {
        self.compare
            .row_like(side, prefix, suffix)
            .ok_or_else(|| format!("the compare run has no {side} row {prefix}…{suffix}"))
    }

    /// The interpreter of a Python `side` as a reader knows it: `Python 3.13t`.
    pub fn python_name(&self, side: Side) -> String {
        match self.compare.interpreter(side) {
            Some(p) if p.build == "free-threaded" => format!("Python {}t", p.version),
            Some(p) if side == Side::PythonFt => format!("Python {} (GIL on)", p.version),
            Some(p) => format!("Python {}", p.version),
            None => "Python".to_string(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::compare::Run;

    /// A benchmark's result, as if criterion had measured it.
    pub(crate) fn bench(group: &str, function: &str, value: &str, median_ns: f64) -> Bench {
        Bench {
            group: group.into(),
            function: function.into(),
            value: value.into(),
            elements: None,
            median_ns,
        }
    }

    /// A full run's data with these benchmarks and nothing else.
    pub(crate) fn data(benches: Vec<Bench>) -> Data {
        let machine = Machine {
            date: "2026-12-07 09:11 UTC".into(),
            available: 2,
            ..Machine::default()
        };
        Data {
            machine,
            benches,
            compare: Run::default(),
            spans: Vec::new(),
        }
    }

    // What criterion 0.8 writes, cut to two estimates.
    const ESTIMATES: &str = r#"{"mean":{"confidence_interval":{"confidence_level":0.95,"lower_bound":48642.85058179725,"upper_bound":107175.70446658984},"point_estimate":77532.3473374296,"standard_error":15108.911080427632},"median":{"confidence_interval":{"confidence_level":0.95,"lower_bound":44234.33548387097,"upper_bound":118105.46935483871},"point_estimate":62819.318100358425,"standard_error":21464.846035241877}}"#;
    const COUNTERS: &str = r#"{"group_id":"counters","function_id":"AtomicU64 Relaxed","value_str":"2","throughput":{"Elements":20000},"full_id":"counters/AtomicU64 Relaxed/2","directory_name":"counters/AtomicU64 Relaxed/2","title":"counters/AtomicU64 Relaxed/2"}"#;
    const SPAWN: &str = r#"{"group_id":"spawn","function_id":"thread::spawn + join","value_str":null,"throughput":null,"full_id":"spawn/thread::spawn + join","directory_name":"spawn/thread__spawn + join","title":"spawn/thread::spawn + join"}"#;

    #[test]
    fn reads_criterions_median() {
        let estimates: Estimates = serde_json::from_str(ESTIMATES).unwrap();
        assert_eq!(estimates.median.point_estimate, 62819.318100358425);
    }

    fn write_bench(home: &Path, folder: &str, benchmark: &str) {
        let new = home.join(folder).join("new");
        fs::create_dir_all(&new).unwrap();
        fs::write(new.join("benchmark.json"), benchmark).unwrap();
        fs::write(new.join("estimates.json"), ESTIMATES).unwrap();
    }

    #[test]
    fn finds_every_benchmark_under_criterions_folder() {
        let home = tempfile::tempdir().unwrap();
        write_bench(home.path(), "counters/AtomicU64 Relaxed/2", COUNTERS);
        write_bench(home.path(), "spawn/thread__spawn + join", SPAWN);
        // Criterion's HTML report and a run older than `since` are not results.
        write_bench(home.path(), "report/spawn", SPAWN);
        let found = criterion_benches(home.path(), None).unwrap();
        let counters = Bench {
            elements: Some(20_000.0),
            ..bench("counters", "AtomicU64 Relaxed", "2", 62819.318100358425)
        };
        let spawn = bench("spawn", "thread::spawn + join", "", 62819.318100358425);
        assert_eq!(found, [counters, spawn]);
        let later = SystemTime::now() + std::time::Duration::from_secs(60);
        assert_eq!(criterion_benches(home.path(), Some(later)).unwrap(), []);
    }

    #[test]
    fn a_broken_file_is_named() {
        let home = tempfile::tempdir().unwrap();
        write_bench(home.path(), "spawn/x", r#"{"group_id": 1}"#);
        let error = criterion_benches(home.path(), None).unwrap_err();
        assert!(error.contains("benchmark.json"), "{error}");
    }
}
