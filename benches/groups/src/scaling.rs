//! The `scaling` group (`benches/benches/scaling.rs`): "no GIL: CPU-bound threads scale"
//! (lessons 10 and 11), the sqrt loop's [`ITERATIONS`] split evenly over [`THREADS`] threads.

use std::fmt::Write as _;

use crate::charts;
use crate::data::Data;
use crate::format::{millions, thousands, time_ns, times};
use crate::pages::Page;

/// Criterion's group name.
pub const GROUP: &str = "scaling";

/// Criterion's function id; the parameter is the thread count.
pub const FUNCTION: &str = "sqrt loop on threads";

/// Iterations of the sqrt loop per iteration, in total, split evenly between the threads.
pub const ITERATIONS: u64 = 4_000_000;

/// The thread counts: up to and past the cores of a small machine.
pub const THREADS: [usize; 5] = [1, 2, 3, 4, 8];

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-scaling.md", table),
    Page::new("perf-scaling.svg", plot),
];

fn median(d: &Data, threads: usize) -> Result<f64, String> {
    d.median(GROUP, FUNCTION, &threads.to_string())
}

/// Each thread count with its speed-up over one thread.
fn speed_ups(d: &Data) -> Result<Vec<(usize, f64)>, String> {
    let one = median(d, 1)?;
    THREADS
        .iter()
        .map(|&threads| Ok((threads, one / median(d, threads)?)))
        .collect()
}

fn table(d: &Data) -> Result<String, String> {
    let cores = d.cores();
    let iterations = d.elements(GROUP, FUNCTION, "1")?;
    let mut t = format!(
        "The sqrt loop, {} iterations split evenly between the threads, on {cores} cores.\n\n",
        thousands(iterations as u64)
    );
    t.push_str(
        "| threads | time | iterations a second | speed-up | of the ideal |\n|---|---|---|---|---|\n",
    );
    let points = speed_ups(d)?;
    for &(threads, speed_up) in &points {
        writeln!(
            t,
            "| {threads} | {} | {} | {} | {:.0}% |",
            time_ns(median(d, threads)?),
            millions(d.rate(GROUP, FUNCTION, &threads.to_string())?),
            times(speed_up),
            speed_up / threads.min(cores) as f64 * 100.0
        )
        .unwrap();
    }
    let at = |n: usize| points.iter().find(|p| p.0 == n).map_or(f64::NAN, |p| p.1);
    let full = THREADS
        .iter()
        .copied()
        .filter(|&t| t <= cores)
        .max()
        .unwrap_or(1);
    writeln!(
        t,
        "\n{full} threads ran the loop {} as fast as one; 8 threads, {}.",
        times(at(full)),
        times(at(8))
    )
    .unwrap();
    Ok(t)
}

fn plot(d: &Data) -> Result<String, String> {
    Ok(charts::scaling(&speed_ups(d)?, d.cores()))
}
