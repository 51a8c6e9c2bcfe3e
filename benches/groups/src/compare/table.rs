//! `perf-compare.md`: every measure both languages took, side by side.

use std::fmt::Write as _;

use super::{Measure, OTHERS_SHARE, Side, rust_better_by};
use crate::data::Data;
use crate::format::{plural, times, value};

/// Rows that only Python has, quoted by lesson chapters (they get a table of their own).
fn lesson_only(name: &str) -> bool {
    name.starts_with("lesson 11")
        || name.starts_with("the seed's")
        || name.starts_with("sys.")
        || name.starts_with("other processes")
}

pub(super) fn table(d: &Data) -> Result<String, String> {
    let c = &d.compare;
    let ft = c.interpreter(Side::PythonFt).is_some();
    let mut t = header(d, ft);
    for name in c.names().into_iter().filter(|n| !lesson_only(n)) {
        row(&mut t, d, name, ft);
    }
    let others = d.row(Side::Rust, OTHERS_SHARE)?;
    writeln!(
        t,
        "\nEach cell: the median [lowest–highest] of {}. Each language's CPU-bound units were sized to take about {} ms on one core, so their times are not compared; the time per iteration and the speed-ups are. While Rust's threads ran, other processes used {} of the machine's CPU time (median).",
        plural(c.meta.rounds, "run"),
        c.meta.budget_ms,
        value(others.median(), "%")
    )
    .unwrap();
    Ok(t)
}

fn header(d: &Data, ft: bool) -> String {
    let mut t = format!("| measure | {}", d.python_name(Side::Python));
    if ft {
        write!(t, " | {}", d.python_name(Side::PythonFt)).unwrap();
    }
    t.push_str(" | Rust | Rust better by |\n|---|---|");
    if ft {
        t.push_str("---|");
    }
    t.push_str("---|---|\n");
    t
}

/// One measure's row: its name with what each side ran, each side's cell, and the ratio.
fn row(t: &mut String, d: &Data, name: &str, ft: bool) {
    let c = &d.compare;
    let (p, f, r) = (
        c.row(Side::Python, name),
        c.row(Side::PythonFt, name),
        c.row(Side::Rust, name),
    );
    let mut label = name.to_string();
    let whats: Vec<String> = [("Python", p), ("Rust", r)]
        .iter()
        .filter_map(|(side, row)| {
            row.filter(|r| !r.what.is_empty())
                .map(|r| format!("{side}: {}", r.what))
        })
        .collect();
    if !whats.is_empty() {
        write!(label, " ({})", whats.join("; ")).unwrap();
    }
    let better = match (p, r) {
        (Some(p), Some(r)) => rust_better_by(p, r).map_or("—".to_string(), times),
        _ => "—".to_string(),
    };
    write!(t, "| {label} | {}", cell(p)).unwrap();
    if ft {
        write!(t, " | {}", cell(f)).unwrap();
    }
    writeln!(t, " | {} | {better} |", cell(r)).unwrap();
}

/// The median [lowest–highest], or the one value.
fn cell(row: Option<&Measure>) -> String {
    match row {
        None => "—".to_string(),
        Some(r) if r.values.len() == 1 => value(r.values[0], &r.unit),
        Some(r) => format!(
            "{} [{}–{}]",
            value(r.median(), &r.unit),
            value(r.lowest(), &r.unit),
            value(r.highest(), &r.unit)
        ),
    }
}
