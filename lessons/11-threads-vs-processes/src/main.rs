//! Narrator for lesson 11: run it with `cargo run -p threads-vs-processes`.

use std::io;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use indicatif::ProgressBar;
use threads_vs_processes::support::{self, Bars, describe};
use threads_vs_processes::{
    SLICES, child, isolation, memory, run_processes, run_sequential, run_threads,
};
use timing::{Comparison, format_duration, narrate, record, timed};

const WORK_RS: &str = include_str!("work.rs");
const PROCESSES_RS: &str = include_str!("processes.rs");
const STARTUP_RS: &str = include_str!("startup.rs");

/// Lesson 11: threads versus processes for CPU-bound work.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Units of CPU-bound work, run at once (the seed's `os.cpu_count()`) [default: one per
    /// available core].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=64))]
    workers: Option<u32>,
    /// How long one unit of work takes on one core, in ms: the loop is sized to it at start-up.
    /// Scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(10..=60_000))]
    budget_ms: u64,
    /// Square roots per unit, instead of sizing by --budget-ms (the seed's is 40000000).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1_000..=100_000_000_000))]
    iterations: Option<u64>,
    /// How many numbers the memory section shares with threads and sends to a process.
    #[arg(long, default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    numbers: u64,
}

// ANCHOR: main
fn main() -> ExitCode {
    timing::scenario::main(child::WORKERS); // a worker process runs its job and exits here
    let args = Args::parse(); // only the lesson itself parses flags and prints
    match lesson(&args, &timing::scenario::this_program()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lesson 11 stopped: {error}");
            ExitCode::FAILURE
        }
    }
}
// ANCHOR_END: main

fn lesson(args: &Args, exe: &Path) -> io::Result<()> {
    narrate::title(
        "11",
        "threads-vs-processes",
        "CPU-bound work, and what processes are for",
    );
    experiment(args, exe)?;
    start_up(exe)?;
    memory_section(exe, args.numbers)?;
    isolation_section(exe)?;
    what_to_use();
    no_child_left();
    Ok(())
}

fn experiment(args: &Args, exe: &Path) -> io::Result<()> {
    narrate::section("The seed's experiment: one unit of CPU-bound work per core");
    narrate::python(include_str!("../python/threads_vs_processes.py"), "seed");
    narrate::rust(WORK_RS, "spawn_thread");
    narrate::rust(PROCESSES_RS, "spawn_process");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let units = args.workers.map_or(cores, |w| w as usize);
    let budget = timing::scaled(Duration::from_millis(args.budget_ms));
    let iterations = args
        .iterations
        .unwrap_or_else(|| timing::iterations_for(budget));
    println!("{units} unit(s) of sqrt_loop over {iterations} numbers; {cores} available core(s)");
    let (result, timeline) = record(|| three_ways(exe, units, iterations));
    let (table, same) = result?;
    println!("\n{table}");
    match same {
        Some(first) => println!("all three ways returned the same {units} sums (first: {first})"),
        None => println!("the three ways returned different sums!"),
    }
    print!("{}", timeline.render());
    note_if_slow(&table, units, cores);
    println!("In CPython the threads row says about 1× (the GIL: lesson 10); Rust has no GIL.");
    Ok(())
}

/// Says so when a run got less than free cores give: something else was using them.
fn note_if_slow(table: &Comparison, units: usize, cores: usize) {
    let expected = units.min(cores) as f64;
    let slowest = ["threads", "processes"]
        .map(|row| table.speedup(&format!("{units} {row}")).unwrap_or(0.0))
        .into_iter()
        .fold(f64::INFINITY, f64::min);
    if slowest < 0.75 * expected {
        println!("(below the {expected:.0}× that free cores give: something else used them)");
    }
}

/// Runs the work sequentially, on threads and on processes, with a progress bar per unit.
/// Returns the table of times and, if all three ways returned the same sums, the first sum.
fn three_ways(exe: &Path, units: usize, iterations: u64) -> io::Result<(Comparison, Option<f64>)> {
    let bars = Bars::for_stdout();
    let (sequential, t_sequential) = with_bars(&bars, "sequential", units, |progress| {
        run_sequential(units, iterations, progress)
    });
    let (threads, t_threads) = with_bars(&bars, "thread", units, |progress| {
        run_threads(units, iterations, progress)
    });
    let (processes, t_processes) = with_bars(&bars, "process", units, |progress| {
        run_processes(exe, units, iterations, progress)
    });
    let mut table = Comparison::new("one unit per core");
    table
        .row("sequential", t_sequential)
        .row(format!("{units} threads"), t_threads)
        .row(format!("{units} processes"), t_processes);
    let same = sequential == threads && threads == processes?;
    Ok((table, same.then(|| sequential[0])))
}

/// Times `run`, giving it a progress callback that moves one of `units` bars labelled `what N`.
fn with_bars<T>(
    bars: &Bars,
    what: &str,
    units: usize,
    run: impl FnOnce(&(dyn Fn(usize) + Sync)) -> T,
) -> (T, Duration) {
    let mine = bars.bars(what, units);
    let progress = |i: usize| mine[i].inc(1);
    let timed = timed(|| run(&progress));
    mine.iter().for_each(ProgressBar::finish_and_clear);
    timed
}

fn start_up(exe: &Path) -> io::Result<()> {
    narrate::section("Starting a thread vs starting a process");
    narrate::rust(STARTUP_RS, "start_thread");
    narrate::rust(STARTUP_RS, "start_process");
    let (thread, process) = support::start_costs(exe, 20, 10)?;
    println!(
        "thread:  spawn + join, median of 200: {}",
        format_duration(thread)
    );
    println!(
        "process: spawn + wait, median of 20:  {}",
        format_duration(process)
    );
    println!(
        "starting a process costs about {:.0}× starting a thread (measured in the same rounds)",
        process.as_secs_f64() / thread.as_secs_f64().max(1e-9)
    );
    println!("(criterion measures both precisely: see the performance chapter, performance.md)");
    Ok(())
}

fn memory_section(exe: &Path, numbers: u64) -> io::Result<()> {
    narrate::section("Memory: threads share it, processes get copies");
    let data = Arc::new((1..=numbers).collect::<Vec<u64>>());
    let (total, seen) = memory::threads_share_vec(&data, 4);
    let same = seen.iter().all(|&a| a == data.as_ptr() as usize);
    println!(
        "4 threads summed one Arc<Vec<u64>> of {} numbers: {total}",
        data.len()
    );
    println!(
        "every thread saw the data at {:#x}: {}",
        data.as_ptr() as usize,
        if same {
            "the same memory, nothing copied"
        } else {
            "different addresses!"
        }
    );
    let (seen, after) = memory::count_with_threads(3);
    println!("3 threads each added 1 to one counter: they saw {seen:?}, the parent sees {after}");
    processes_get_copies(exe, &data)
}

fn processes_get_copies(exe: &Path, data: &[u64]) -> io::Result<()> {
    let (seen, after) = memory::count_with_processes(exe, 3)?;
    println!(
        "3 processes each added 1 to their copy: they printed {seen:?}, the parent's is still {after}"
    );
    let sum = memory::sum_in_child(exe, data)?;
    println!(
        "a process can only be sent the data: {} numbers over its stdin pipe; it printed {sum}",
        data.len()
    );
    Ok(())
}

fn isolation_section(exe: &Path) -> io::Result<()> {
    narrate::section("Failure isolation: what a crash takes down");
    narrate::short_panic_messages();
    for job in ["panic", "abort"] {
        let run = isolation::crash_child(exe, job)?;
        let first = run.stderr.lines().next().unwrap_or("");
        println!(
            "child `{job}` (pid {}): {}; its stderr: {first:?}",
            run.pid,
            describe(run.status)
        );
    }
    println!("...and this process is still running.");
    let message = isolation::panicking_thread();
    println!("a thread that panicked: join() returned Err({message:?}); this process carries on");
    let run = isolation::crash_child(exe, "abort-in-thread")?;
    println!(
        "abort() on a thread, shown in a child (pid {}): {}; the child printed only {:?}",
        run.pid,
        describe(run.status),
        run.stdout.trim_end()
    );
    killed_midway(exe)
}

fn killed_midway(exe: &Path) -> io::Result<()> {
    let iterations = timing::iterations_for(timing::scaled(Duration::from_secs(4)));
    let killed = support::kill_one_midway(exe, iterations)?;
    println!(
        "a worker killed midway (pid {}), as the OOM killer would: {}, after {} of {SLICES} slices, sum {:?}",
        killed.pid,
        describe(Some(killed.status)),
        killed.slices,
        killed.sum
    );
    Ok(())
}

fn what_to_use() {
    narrate::section("What should you use?");
    println!("work                    Python (seed 001)        Rust");
    println!("CPU-bound               processes                threads (rayon, scoped threads)");
    println!(
        "I/O-bound               threads (or asyncio)     threads, or async for thousands of waits"
    );
    println!("isolation, crashes,     processes                processes");
    println!("memory limits, running other programs");
}

fn no_child_left() {
    narrate::section("No child left behind");
    #[cfg(target_os = "linux")]
    match support::live_children() {
        Ok(children) => println!("child processes still alive: {}", children.len()),
        Err(error) => println!("could not read /proc: {error}"),
    }
    #[cfg(not(target_os = "linux"))]
    println!("(on Linux the lesson counts its live child processes here)");
}
