//! What a run leaves behind, read back: criterion's estimates, the compare run's rows, the
//! machine and the recorded timelines.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::json::Json;

/// One criterion benchmark's result.
#[derive(Debug, Clone)]
pub struct Bench {
    pub group: String,
    pub function: String,
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

/// Every benchmark under criterion's output folder whose `new/benchmark.json` was written at or
/// after `since` (a run's own results, not an older run's left-overs).
pub fn criterion_benches(home: &Path, since: Option<SystemTime>) -> Result<Vec<Bench>, String> {
    let mut found = Vec::new();
    let mut folders = vec![home.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            if path.file_name().is_some_and(|n| n == "new") {
                let benchmark = path.join("benchmark.json");
                let fresh = fs::metadata(&benchmark)
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| since.is_none_or(|since| t >= since));
                if fresh {
                    found.push(read_bench(&path)?);
                }
            } else if path.file_name().is_none_or(|n| n != "report") {
                folders.push(path);
            }
        }
    }
    found.sort_by(|a, b| (&a.group, &a.function, &a.value).cmp(&(&b.group, &b.function, &b.value)));
    Ok(found)
}

fn read_json(path: &Path) -> Result<Json, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Json::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_bench(new: &Path) -> Result<Bench, String> {
    let id = read_json(&new.join("benchmark.json"))?;
    let estimates = read_json(&new.join("estimates.json"))?;
    let text = |key: &str| {
        id.get(key)
            .and_then(Json::str)
            .unwrap_or_default()
            .to_string()
    };
    let median = estimates
        .path(&["median", "point_estimate"])
        .and_then(Json::num)
        .ok_or_else(|| format!("{}: no median estimate", new.display()))?;
    Ok(Bench {
        group: text("group_id"),
        function: text("function_id"),
        value: text("value_str"),
        elements: id.path(&["throughput", "Elements"]).and_then(Json::num),
        median_ns: median,
    })
}

/// One row of the compare run: a side (`rust`, `python` or `python-ft`) and its measure.
#[derive(Debug, Clone)]
pub struct Row {
    pub side: String,
    pub name: String,
    pub unit: String,
    pub values: Vec<f64>,
    pub what: String,
    pub ratio: bool,
}

impl Row {
    pub fn median(&self) -> f64 {
        median(&self.values)
    }
    pub fn lowest(&self) -> f64 {
        self.values.iter().copied().fold(f64::INFINITY, f64::min)
    }
    pub fn highest(&self) -> f64 {
        self.values
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max)
    }
}

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

/// A Python interpreter the compare run used.
#[derive(Debug, Clone)]
pub struct Interpreter {
    pub side: String,
    pub version: String,
    pub build: String,
    pub executable: String,
    pub compiler: String,
}

/// The compare run's file, parsed.
#[derive(Debug, Clone, Default)]
pub struct Compare {
    pub meta: Vec<(String, String)>,
    pub interpreters: Vec<Interpreter>,
    pub rows: Vec<Row>,
}

impl Compare {
    pub fn read(path: &Path) -> Result<Compare, String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut compare = Compare::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let field = |i: usize| f.get(i).copied().unwrap_or_default().to_string();
            match f[0] {
                "meta" => compare.meta.push((field(1), field(2))),
                "interpreter" => compare.interpreters.push(Interpreter {
                    side: field(1),
                    version: field(2),
                    build: field(3),
                    executable: field(4),
                    compiler: field(5),
                }),
                "row" => compare.rows.push(Row {
                    side: field(1),
                    name: field(2),
                    unit: field(3),
                    values: field(4).split(',').filter_map(|v| v.parse().ok()).collect(),
                    what: field(5),
                    ratio: field(6) == "1",
                }),
                _ => {}
            }
        }
        Ok(compare)
    }

    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn interpreter(&self, side: &str) -> Option<&Interpreter> {
        self.interpreters.iter().find(|i| i.side == side)
    }

    pub fn row(&self, side: &str, name: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.side == side && r.name == name)
    }

    /// The row whose name starts with `prefix` and ends with `suffix` (names that carry a size).
    pub fn row_like(&self, side: &str, prefix: &str, suffix: &str) -> Option<&Row> {
        self.rows
            .iter()
            .find(|r| r.side == side && r.name.starts_with(prefix) && r.name.ends_with(suffix))
    }

    /// Every measure name, in the order first seen (Python's order, then Rust's additions).
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for side in ["python", "python-ft", "rust"] {
            for row in self.rows.iter().filter(|r| r.side == side) {
                if !names.contains(&row.name.as_str()) {
                    names.push(&row.name);
                }
            }
        }
        names
    }
}

/// `key<TAB>value` lines: the machine description.
pub fn read_pairs(path: &Path) -> Result<Vec<(String, String)>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect())
}

pub fn write_pairs(path: &Path, pairs: &[(String, String)]) -> Result<(), String> {
    let text: String = pairs
        .iter()
        .map(|(k, v)| format!("{k}\t{}\n", v.replace(['\t', '\n'], " ")))
        .collect();
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One recorded span of a timeline: which panel, what, which thread, start and end in ms.
#[derive(Debug, Clone)]
pub struct Span {
    pub panel: String,
    pub label: String,
    pub thread: String,
    pub start_ms: f64,
    pub end_ms: f64,
}

pub fn write_spans(path: &Path, spans: &[Span]) -> Result<(), String> {
    let text: String = spans
        .iter()
        .map(|s| {
            format!(
                "{}\t{}\t{}\t{}\t{}\n",
                s.panel, s.label, s.thread, s.start_ms, s.end_ms
            )
        })
        .collect();
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn read_spans(path: &Path) -> Result<Vec<Span>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let number = |i: usize| {
                f.get(i)
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("{}: bad line {line:?}", path.display()))
            };
            Ok(Span {
                panel: f.first().copied().unwrap_or_default().to_string(),
                label: f.get(1).copied().unwrap_or_default().to_string(),
                thread: f.get(2).copied().unwrap_or_default().to_string(),
                start_ms: number(3)?,
                end_ms: number(4)?,
            })
        })
        .collect()
}

/// Where one run's results live.
pub struct Place {
    /// The folder with `machine.tsv`, `compare.tsv` and `timeline.tsv`.
    pub results: PathBuf,
    /// Criterion's output folder (its `CRITERION_HOME`).
    pub criterion: PathBuf,
    /// Where the generated Markdown and SVG go.
    pub generated: PathBuf,
}
