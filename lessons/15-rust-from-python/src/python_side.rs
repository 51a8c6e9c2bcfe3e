//! Running the lesson's Python side (`python/lesson.py SECTION`) in the venv, and reading back
//! the JSON object each section prints.

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Duration;

use serde_json::Value;
use timing::{Span, Timeline, run_with_timeout};

use crate::setup::{Layout, Problem, last_lines};

/// What one section of `lesson.py` printed: its JSON, and its stderr (a deliberate panic's line).
#[derive(Debug, Clone)]
pub struct Section {
    /// The JSON object the section printed.
    pub value: Value,
    /// Whatever the section wrote to stderr.
    pub stderr: String,
}

/// Runs `python lesson.py section --budget-ms B --rounds R` with the venv's interpreter,
/// killed if it has not finished after two minutes.
pub fn run_section(
    layout: &Layout,
    section: &str,
    budget: Duration,
    rounds: u32,
) -> Result<Section, Problem> {
    let budget_ms = format!("{}", budget.as_secs_f64() * 1000.0);
    let mut command = Command::new(layout.python());
    command
        .arg(&layout.lesson_py)
        .args([section, "--budget-ms", &budget_ms, "--rounds"])
        .arg(rounds.to_string())
        .current_dir(&layout.workspace);
    let step = format!("python {} {section}", layout.show(&layout.lesson_py));
    let failed = |output: String| Problem::Failed {
        step: step.clone(),
        output,
    };
    let run = run_with_timeout(&mut command, Duration::from_secs(120))
        .map_err(|e| failed(e.to_string()))?;
    if !run.success() {
        let why = if run.timed_out() {
            "still running after 120 s, stopped".to_string()
        } else {
            last_lines(&run.stderr, 6)
        };
        return Err(failed(why));
    }
    let line = run.stdout.lines().last().unwrap_or_default();
    let value = serde_json::from_str(line).map_err(|e| failed(format!("{e}: {line:?}")))?;
    Ok(Section {
        value,
        stderr: run.stderr,
    })
}

/// One way of running the units: its fastest round's wall time, and the CPU time used then.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timed {
    /// Wall-clock time of the fastest round.
    pub wall: Duration,
    /// CPU time of every thread (and child process) in that round.
    pub cpu: Duration,
}

impl Timed {
    /// How many cores' worth of CPU were used: CPU time over wall time.
    pub fn cores(&self) -> f64 {
        self.cpu.as_secs_f64() / self.wall.as_secs_f64().max(1e-9)
    }
}

/// The `times` object of a section: each way's [`Timed`], by name.
pub fn times(value: &Value) -> BTreeMap<String, Timed> {
    let seconds = |v: &Value, key: &str| Duration::from_secs_f64(v[key].as_f64().unwrap_or(0.0));
    value["times"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, t)| {
            let timed = Timed {
                wall: seconds(t, "wall"),
                cpu: seconds(t, "cpu"),
            };
            (name.clone(), timed)
        })
        .collect()
}

/// A recording made by `rustwork._record` (`{"elapsed": s, "spans": [[label, thread, start, end]]}`)
/// as a [`Timeline`]. Python's threads have no name on the Rust side (`ThreadId(7)`): they are
/// called `python 1`, `python 2`, … in the order they first ran.
pub fn timeline(value: &Value) -> Timeline {
    let mut python_threads: Vec<String> = Vec::new();
    let mut spans = Vec::new();
    for span in value["spans"].as_array().into_iter().flatten() {
        let text = |i: usize| span[i].as_str().unwrap_or_default().to_string();
        let at = |i: usize| Duration::from_secs_f64(span[i].as_f64().unwrap_or(0.0).max(0.0));
        let mut thread = text(1);
        if thread.starts_with("ThreadId(") {
            let known = python_threads.iter().position(|t| *t == thread);
            let index = known.unwrap_or_else(|| {
                python_threads.push(thread.clone());
                python_threads.len() - 1
            });
            thread = format!("python {}", index + 1);
        }
        spans.push(Span {
            label: text(0),
            thread,
            start: at(2),
            end: at(3),
        });
    }
    let elapsed = Duration::from_secs_f64(value["elapsed"].as_f64().unwrap_or(0.0).max(0.0));
    Timeline::from_spans(elapsed, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_threads_are_named_in_the_order_they_first_ran() {
        let value: Value = serde_json::from_str(
            r#"{"elapsed": 0.3, "spans": [["sqrt_sum", "ThreadId(9)", 0.0, 0.1],
                ["sqrt_sum", "ThreadId(4)", 0.1, 0.2], ["sqrt_sum", "rayon 1", 0.2, 0.3]]}"#,
        )
        .unwrap();
        let timeline = timeline(&value);
        let threads: Vec<String> = timeline.spans().into_iter().map(|s| s.thread).collect();
        assert_eq!(threads, ["python 1", "python 2", "rayon 1"]);
        assert_eq!(timeline.elapsed(), Duration::from_millis(300));
        assert_eq!(timeline.max_overlap(), 1);
    }

    #[test]
    fn times_reads_wall_and_cpu() {
        let value: Value =
            serde_json::from_str(r#"{"times": {"released": {"wall": 0.5, "cpu": 1.0}}}"#).unwrap();
        let released = times(&value)["released"];
        assert_eq!(released.wall, Duration::from_millis(500));
        assert!((released.cores() - 2.0).abs() < 1e-9);
    }
}
