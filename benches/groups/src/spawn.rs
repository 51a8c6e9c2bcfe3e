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
