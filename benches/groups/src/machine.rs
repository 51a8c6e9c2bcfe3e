//! The machine a run measured (the report detects it), and `machine.md`, the table that says
//! what it was.

use std::fmt::Write as _;
use std::path::Path;

use crate::compare::Side;
use serde::{Deserialize, Serialize};

use crate::data::{Data, read_json, write_json};
use crate::pages::Page;

/// The pages written about the machine.
pub const PAGES: &[Page] = &[Page::new("machine.md", table)];

/// The machine a run measured, and how the run went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    /// When the run started: `2026-11-23 14:05 UTC`.
    pub date: String,
    /// The CPU's model name.
    pub cpu: String,
    /// `a virtual machine (KVM)`, or "" on bare metal.
    pub virtual_machine: String,
    /// Logical CPUs.
    pub logical: usize,
    /// Physical cores.
    pub physical: usize,
    /// The CPUs available to the benchmarks.
    pub available: usize,
    /// `23.5 GiB`.
    pub memory: String,
    /// The operating system.
    pub os: String,
    /// Its kernel.
    pub kernel: String,
    /// `rustc 1.95.0 (59807616e 2026-04-14)`.
    pub rustc: String,
    /// Its host triple and LLVM version.
    pub rustc_host: String,
    /// The load average (1, 5, 15 min) before the run.
    pub load_before: String,
    /// And after it.
    pub load_after: String,
    /// How long the whole run took: `12 min 3 s`.
    pub took: String,
    /// A quick run: a few milliseconds per benchmark, to prove the pipeline.
    pub quick: bool,
    /// Nanoseconds per iteration of the sqrt loop in the report's own (debug) build, if it was.
    pub debug_ns_per_iteration: Option<f64>,
}

impl Machine {
    /// Reads what a run wrote.
    pub fn read(path: &Path) -> Result<Machine, String> {
        read_json(path)
    }

    /// Writes it.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        write_json(path, self)
    }
}

fn table(d: &Data) -> Result<String, String> {
    let mut t = String::new();
    if d.quick() {
        t.push_str(
            "**Quick run**: a few milliseconds per benchmark, to prove the pipeline. These are not measurements.\n\n",
        );
    }
    writeln!(t, "| what | this run |\n|---|---|").unwrap();
    for (what, value) in rows(d) {
        writeln!(t, "| {what} | {value} |").unwrap();
    }
    Ok(t)
}

/// The table's rows: what, and what it was in this run.
fn rows(d: &Data) -> [(&'static str, String); 10] {
    let m = &d.machine;
    [
        ("when", format!("{}; the whole run took {}", m.date, m.took)),
        ("CPU", cpu(m)),
        (
            "cores",
            format!(
                "{} logical, {} physical; {} available to the benchmarks",
                m.logical, m.physical, m.available
            ),
        ),
        ("memory", m.memory.clone()),
        ("system", format!("{}, {}", m.os, m.kernel)),
        (
            "Rust",
            format!(
                "{}, {}; benchmarks built by `cargo bench` (release)",
                m.rustc, m.rustc_host
            ),
        ),
        ("Python", python(d, Side::Python)),
        ("free-threaded Python", python(d, Side::PythonFt)),
        (
            "load average (1, 5, 15 min)",
            format!("{} before, {} after", m.load_before, m.load_after),
        ),
        ("settings", settings(d)),
    ]
}

fn cpu(m: &Machine) -> String {
    match m.virtual_machine.as_str() {
        "" => m.cpu.clone(),
        v => format!("{}, {v}", m.cpu),
    }
}

fn python(d: &Data, side: Side) -> String {
    match d.compare.interpreter(side) {
        Some(p) => format!(
            "{}, {} build, {} (`{}`)",
            d.python_name(side),
            p.build,
            p.compiler,
            p.executable
        ),
        None if side == Side::Python => "none found (`python3` is not on `PATH`)".to_string(),
        None => "none found (`$FREE_THREADED_PYTHON`, `python3.14t`, `python3.13t`)".to_string(),
    }
}

fn settings(d: &Data) -> String {
    format!(
        "criterion: {}; compare: {} rounds, CPU-bound units sized to ~{} ms on one core",
        if d.quick() {
            "20 ms warm-up, 100 ms of samples"
        } else {
            "1 s warm-up, 3 s of samples; the tables show its median"
        },
        d.compare.meta.rounds,
        d.compare.meta.budget_ms,
    )
}
