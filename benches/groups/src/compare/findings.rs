//! `perf-compare-findings.md`: what the comparison found, one bullet a topic.

use std::fmt::Write as _;

use super::{
    LOST_UPDATES, QUEUE_CROSS, QUEUE_FAST, QUEUE_LOCK, RUN_BIN_TRUE, SLEEPERS, SPAWN_PROCESS,
    SPAWN_THREAD, SPEED_UP_ON_PROCESSES, SPEED_UP_ON_THREADS, Side, TIME_PER_ITERATION,
};
use crate::data::Data;
use crate::format::{million, sig3, time_in, times, value};

use Side::{Python, PythonFt, Rust};

pub(super) fn findings(d: &Data) -> Result<String, String> {
    let mut t = cpu_bound(d)?;
    for bullet in [the_loop, starting, sleeping, queues, lost_updates] {
        t.push_str(&bullet(d)?);
    }
    Ok(t)
}

/// The median of `side`'s measure `name`.
fn m(d: &Data, side: Side, name: &str) -> Result<f64, String> {
    Ok(d.row(side, name)?.median())
}

fn cpu_bound(d: &Data) -> Result<String, String> {
    let rounds: Vec<String> = d
        .row(Rust, SPEED_UP_ON_THREADS)?
        .values
        .iter()
        .map(|v| sig3(*v))
        .collect();
    let mut t = format!(
        "- **CPU-bound work**: {}'s threads ran the units {} as fast as one after another, and its processes {}. Rust's threads ran them {} as fast (each round: {}), its processes {}.",
        d.python_name(Python),
        times(m(d, Python, SPEED_UP_ON_THREADS)?),
        times(m(d, Python, SPEED_UP_ON_PROCESSES)?),
        times(m(d, Rust, SPEED_UP_ON_THREADS)?),
        rounds.join(", "),
        times(m(d, Rust, SPEED_UP_ON_PROCESSES)?),
    );
    if d.compare.interpreter(PythonFt).is_some() {
        write!(
            t,
            " {}'s threads: {}.",
            d.python_name(PythonFt),
            times(m(d, PythonFt, SPEED_UP_ON_THREADS)?)
        )
        .unwrap();
    }
    t.push('\n');
    Ok(t)
}

fn the_loop(d: &Data) -> Result<String, String> {
    let (python, rust) = (
        m(d, Python, TIME_PER_ITERATION)?,
        m(d, Rust, TIME_PER_ITERATION)?,
    );
    Ok(format!(
        "- **The loop itself**: one iteration took {} in {} and {} in Rust, {} less, before any concurrency.\n",
        time_in(python, "ns"),
        d.python_name(Python),
        time_in(rust, "ns"),
        times(python / rust)
    ))
}

fn starting(d: &Data) -> Result<String, String> {
    let us = |side: Side, name: &str| -> Result<String, String> {
        Ok(time_in(m(d, side, name)?, "µs"))
    };
    Ok(format!(
        "- **Starting**: a thread took {} in Python and {} in Rust; a process, {} with `multiprocessing` and {} for lesson 11's binary; `/bin/true`, {} and {}.\n",
        us(Python, SPAWN_THREAD)?,
        us(Rust, SPAWN_THREAD)?,
        us(Python, SPAWN_PROCESS)?,
        us(Rust, SPAWN_PROCESS)?,
        us(Python, RUN_BIN_TRUE)?,
        us(Rust, RUN_BIN_TRUE)?,
    ))
}

fn sleeping(d: &Data) -> Result<String, String> {
    Ok(format!(
        "- **Sleeping**: five threads sleeping 100 ms at once ended {} (Python) and {} (Rust) after the longest sleep.\n",
        time_in(m(d, Python, SLEEPERS)?, "ms"),
        time_in(m(d, Rust, SLEEPERS)?, "ms"),
    ))
}

fn queues(d: &Data) -> Result<String, String> {
    let rate =
        |side: Side, name: &str| -> Result<String, String> { Ok(million(m(d, side, name)? * 1e6)) };
    let rust_by = |name: &str| -> Result<String, String> {
        Ok(times(m(d, Rust, name)? / m(d, Python, name)?))
    };
    Ok(format!(
        "- **Queues, like for like**, messages a second from one thread to another: `queue.Queue` {} and the teaching `Queue` {} ({}); `queue.SimpleQueue` {} and crossbeam's unbounded channel {} ({}). The cross pair, `queue.Queue` against crossbeam's bounded channel: {}.\n",
        rate(Python, QUEUE_LOCK)?,
        rate(Rust, QUEUE_LOCK)?,
        rust_by(QUEUE_LOCK)?,
        rate(Python, QUEUE_FAST)?,
        rate(Rust, QUEUE_FAST)?,
        rust_by(QUEUE_FAST)?,
        rust_by(QUEUE_CROSS)?,
    ))
}

fn lost_updates(d: &Data) -> Result<String, String> {
    let lost = d.row_like(Rust, LOST_UPDATES, "")?;
    let python = d.row(Python, &lost.name)?;
    let mut t = format!(
        "- **Lost updates** ({}): {} lost {} of them (losses in {} of {} runs), ",
        lost.name.trim_start_matches(LOST_UPDATES),
        d.python_name(Python),
        value(python.median(), "%"),
        python.rounds_above_zero(),
        python.values.len()
    );
    if let Ok(ft) = d.row(PythonFt, &lost.name) {
        write!(
            t,
            "{} lost {}, ",
            d.python_name(PythonFt),
            value(ft.median(), "%")
        )
        .unwrap();
    }
    writeln!(
        t,
        "Rust's load-then-store {} (losses in {} of {}).",
        value(lost.median(), "%"),
        lost.rounds_above_zero(),
        lost.values.len()
    )
    .unwrap();
    Ok(t)
}
