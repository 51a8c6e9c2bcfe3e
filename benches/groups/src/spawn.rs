//! The `spawn` group (`benches/benches/spawn.rs`): "starting a thread is faster than starting a
//! process" (seed 001, lessons 02 and 11), what it costs to start one and wait for it to end.

use std::fmt::Write as _;

use crate::data::Data;
use crate::format::{sig3, time_ns, times};
use crate::pages::Page;

/// Criterion's group name.
pub const GROUP: &str = "spawn";

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-spawn.md", table),
    Page::new("02-spawn-start-cost.md", lesson_02),
];

/// What the group starts and waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// `thread::spawn` and `join`.
    Thread,
    /// `thread::scope` with one thread.
    Scope,
    /// `/bin/true`, as a child process.
    BinTrue,
    /// Lesson 11's binary, its `noop` scenario.
    Lesson11,
}

impl Start {
    /// In the table's order.
    pub const ALL: [Start; 4] = [Start::Thread, Start::Scope, Start::BinTrue, Start::Lesson11];

    /// Its criterion function id.
    pub fn id(self) -> &'static str {
        match self {
            Start::Thread => "thread::spawn + join",
            Start::Scope => "thread::scope, one thread",
            Start::BinTrue => "process: /bin/true",
            Start::Lesson11 => "process: lesson 11, noop scenario",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Start::Thread => "`thread::spawn` + `join`",
            Start::Scope => "`thread::scope` with one thread",
            Start::BinTrue => "process: `/bin/true`",
            Start::Lesson11 => "process: lesson 11's binary, its `noop` scenario",
        }
    }

    fn median(self, d: &Data) -> Result<f64, String> {
        d.median(GROUP, self.id(), "")
    }
}

fn table(d: &Data) -> Result<String, String> {
    let thread = Start::Thread.median(d)?;
    let mut t = String::from(
        "| start one and wait for it to end | time | in thread starts |\n|---|---|---|\n",
    );
    for start in Start::ALL {
        let ns = start.median(d)?;
        writeln!(
            t,
            "| {} | {} | {} |",
            start.label(),
            time_ns(ns),
            sig3(ns / thread)
        )
        .unwrap();
    }
    writeln!(
        t,
        "\nHere a process cost {} thread starts (`/bin/true`), and lesson 11's own binary {}.",
        sig3(Start::BinTrue.median(d)? / thread),
        sig3(Start::Lesson11.median(d)? / thread)
    )
    .unwrap();
    Ok(t)
}

fn lesson_02(d: &Data) -> Result<String, String> {
    let thread = Start::Thread.median(d)?;
    let bin_true = Start::BinTrue.median(d)?;
    Ok(format!(
        "Measured ({}, criterion's median): starting a thread and joining it took {}; starting `/bin/true` and waiting for it, {}, {} as long.\n",
        d.day(),
        time_ns(thread),
        time_ns(bin_true),
        times(bin_true / thread)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tests::{bench, data};

    /// A thread start of 50 µs; a scope's 45 µs; `/bin/true` 1.5 ms; lesson 11's binary 3 ms.
    fn run() -> Data {
        let medians = [50_000.0, 45_000.0, 1_500_000.0, 3_000_000.0];
        let benches = Start::ALL.iter().zip(medians);
        data(
            benches
                .map(|(s, ns)| bench(GROUP, s.id(), "", ns))
                .collect(),
        )
    }

    #[test]
    fn the_table_counts_in_thread_starts() {
        let expected = "\
| start one and wait for it to end | time | in thread starts |
|---|---|---|
| `thread::spawn` + `join` | 50.0 µs | 1.00 |
| `thread::scope` with one thread | 45.0 µs | 0.900 |
| process: `/bin/true` | 1.50 ms | 30.0 |
| process: lesson 11's binary, its `noop` scenario | 3.00 ms | 60.0 |

Here a process cost 30.0 thread starts (`/bin/true`), and lesson 11's own binary 60.0.
";
        assert_eq!(table(&run()).unwrap(), expected);
    }

    #[test]
    fn lesson_02_quotes_the_days_medians() {
        assert_eq!(
            lesson_02(&run()).unwrap(),
            "Measured (2026-12-07, criterion's median): starting a thread and joining it took 50.0 µs; starting `/bin/true` and waiting for it, 1.50 ms, 30.0× as long.\n"
        );
    }

    #[test]
    fn a_bench_that_did_not_run_is_named() {
        let mut d = run();
        d.benches.retain(|b| b.function != Start::Lesson11.id());
        let error = table(&d).unwrap_err();
        assert!(
            error.contains("spawn/process: lesson 11, noop scenario/"),
            "{error}"
        );
    }
}
