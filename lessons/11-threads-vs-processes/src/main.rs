//! Narrator for lesson 11: run it with `cargo run -p threads-vs-processes`.

use std::error::Error;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};
use threads_vs_processes::{
    Bars, ProcessResult, Work, child, isolation, memory, processes, run_processes, run_sequential,
    run_threads, startup,
};
use timing::{Comparison, Timeline, human, narrate, timed};

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
    #[command(subcommand)]
    hidden: Option<Hidden>,
}

#[derive(Subcommand)]
enum Hidden {
    /// Runs one job as a worker process: the lesson re-runs itself with this.
    #[command(hide = true)]
    Worker {
        #[command(subcommand)]
        job: Job,
    },
}

// ANCHOR: jobs
/// What a worker process does: `threads-vs-processes worker <job>`.
#[derive(Subcommand)]
enum Job {
    /// One unit of the seed's loop, reported on stdout.
    Sqrt {
        #[arg(long)]
        iterations: u64,
    },
    /// Nothing: exits at once (what starting a process costs).
    Noop,
    /// Adds 1 to its copy of a counter and prints it.
    Count {
        #[arg(long)]
        start: u64,
    },
    /// Sums the numbers sent on stdin.
    Sum,
    /// Panics on its main thread.
    Panic,
    /// Calls `std::process::abort()`.
    Abort,
    /// Calls `std::process::abort()` on a spawned thread.
    AbortInThread,
}

fn run_job(job: Job) {
    narrate::short_panic_messages();
    match job {
        Job::Sqrt { iterations } => child::sqrt_worker(iterations),
        Job::Noop => {}
        Job::Count { start } => child::count_worker(start),
        Job::Sum => child::sum_worker(),
        Job::Panic => child::panic_worker(),
        Job::Abort => child::abort_worker(),
        Job::AbortInThread => child::abort_in_thread_worker(),
    }
}
// ANCHOR_END: jobs

fn main() -> Result<(), Box<dyn Error>> {
    let args = Args::parse();
    if let Some(Hidden::Worker { job }) = args.hidden {
        run_job(job);
        return Ok(());
    }
    narrate::title(
        "11",
        "threads-vs-processes",
        "CPU-bound work, and what processes are for",
    );
    let exe = std::env::current_exe()?;
    experiment(&args, &exe)?;
    start_up(&exe)?;
    memory_section(&exe)?;
    isolation_section(&exe)?;
    what_to_use();
    no_child_left();
    Ok(())
}

fn experiment(args: &Args, exe: &Path) -> Result<(), Box<dyn Error>> {
    narrate::section("The seed's experiment: one unit of CPU-bound work per core");
    narrate::python(
        "def calc():\n    for i in range(0, 40000000):\n        math.sqrt(i)\n\
         threads = [threading.Thread(target=calc) for i in range(os.cpu_count())]\n\
         processes = [Process(target=calc) for i in range(os.cpu_count())]",
    );
    narrate::rust(
        "thread::scope(|s| for i in 0..cores { s.spawn(|| sqrt_loop(n)); });\n\
         Command::new(env::current_exe()?).args([\"worker\", \"sqrt\", \"--iterations\", &n]).spawn()?;",
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let units = args.workers.map_or(cores, |w| w as usize);
    let budget = timing::scaled(Duration::from_millis(args.budget_ms));
    let work = match args.iterations {
        Some(iterations) => Work { units, iterations },
        None => Work::sized(units, budget),
    };
    println!(
        "{} ({cores} available cores), each sqrt_loop over {} numbers{}",
        count(units, "unit", "units"),
        work.iterations,
        if args.iterations.is_some() {
            String::new()
        } else {
            format!(
                ", sized at start-up to take about {} on one core",
                human(budget)
            )
        }
    );

    let bars = Bars::for_stdout();
    let timeline = Arc::new(Timeline::new());
    let (sequential, t_sequential) = timed(|| run_sequential(work, &bars, &timeline));
    let (threads, t_threads) = timed(|| run_threads(work, &bars, &timeline));
    // Workers that take far longer than the whole sequential run are stuck: kill them.
    let timeout = Duration::from_secs(60).max(t_sequential * 4);
    let (processes, t_processes) = timed(|| run_processes(exe, work, &bars, &timeline, timeout));
    let processes = processes?;

    let (on_threads, on_processes) = (
        count(units, "thread", "threads"),
        count(units, "process", "processes"),
    );
    let mut table = Comparison::new("one unit per core");
    table
        .row("sequential", t_sequential)
        .row(&on_threads, t_threads)
        .row(&on_processes, t_processes);
    println!("\n{table}");
    let from_processes: Vec<f64> = processes.iter().filter_map(|p| p.sum).collect();
    if sequential == threads && threads == from_processes {
        println!(
            "all three ways returned the same {units} sums (first: {})",
            sequential[0]
        );
    } else {
        println!("the results differ! sequential {sequential:?}, threads {threads:?}");
        report_processes(&processes);
    }
    print!("{}", timeline.render());
    let expected = units.min(cores) as f64;
    let slowest = [&on_threads, &on_processes]
        .map(|row| table.speedup(row).unwrap_or(0.0))
        .into_iter()
        .fold(f64::INFINITY, f64::min);
    if slowest < 0.75 * expected {
        println!(
            "(below the {expected:.0}× that {} give: something else was using them during this run;\n\
             run the lesson again)",
            count(units.min(cores), "free core", "free cores")
        );
    }
    println!(
        "In CPython the threads row says about 1× or worse (the GIL lets one thread run Python at a\n\
         time: lesson 10) and only processes scale. Rust has no GIL: threads use every core."
    );
    Ok(())
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn report_processes(results: &[ProcessResult]) {
    for result in results {
        println!(
            "{} (pid {}): {}, {} slices, sum {:?}",
            result.label,
            result.pid,
            result.describe(),
            result.slices,
            result.sum
        );
    }
}

fn start_up(exe: &Path) -> Result<(), Box<dyn Error>> {
    narrate::section("Starting a thread vs starting a process");
    narrate::rust(
        "thread::spawn(|| 1).join()                                    // a thread\n\
         Command::new(exe).args([\"worker\", \"noop\"]).spawn()?.wait()?  // a process",
    );
    let thread = startup::thread_start_cost(200);
    let process = startup::process_start_cost(exe, 20)?;
    println!("thread:  spawn + join, median of 200: {}", human(thread));
    println!("process: spawn + wait, median of 20:  {}", human(process));
    println!(
        "starting a process costs about {:.0}× starting a thread (criterion measures both\n\
         precisely: see the performance chapter, performance.md)",
        process.as_secs_f64() / thread.as_secs_f64().max(1e-9)
    );
    Ok(())
}

fn memory_section(exe: &Path) -> Result<(), Box<dyn Error>> {
    narrate::section("Memory: threads share it, processes get copies");
    let data = Arc::new((1..=1_000_000).collect::<Vec<u64>>());
    let (total, seen) = memory::threads_share_vec(&data, 4);
    let shared = seen.iter().all(|&a| a == data.as_ptr() as usize);
    println!(
        "4 threads summed one Arc<Vec<u64>> of {} numbers: {total};\n\
         every thread saw the data at {:#x}: {}",
        data.len(),
        data.as_ptr() as usize,
        if shared {
            "the same memory, nothing copied"
        } else {
            "different addresses!"
        }
    );
    let (seen, after) = memory::count_with_threads(3);
    println!("3 threads each added 1 to one counter: they saw {seen:?}, the parent sees {after}");
    let (seen, after) = memory::count_with_processes(exe, 3)?;
    println!(
        "3 processes each added 1 to their copy: they printed {seen:?}, the parent's is still {after}"
    );
    let sum = memory::sum_in_child(exe, &data, Duration::from_secs(30))?;
    println!(
        "a process can only be sent the data: {} numbers over its stdin pipe; it printed {sum}",
        data.len()
    );
    Ok(())
}

fn isolation_section(exe: &Path) -> Result<(), Box<dyn Error>> {
    narrate::section("Failure isolation: what a crash takes down");
    narrate::short_panic_messages();
    for job in ["panic", "abort"] {
        let run = isolation::crash_child(exe, job)?;
        println!(
            "child `worker {job}` (pid {}): {}; its stderr: {:?}",
            run.pid,
            processes::describe(run.status),
            run.stderr.lines().next().unwrap_or("")
        );
    }
    println!("...and this process is still running.");
    let message = isolation::panicking_thread();
    println!("a thread that panicked: join() returned Err({message:?}); this process carries on");
    let run = isolation::crash_child(exe, "abort-in-thread")?;
    println!(
        "abort() on a thread, shown in a child (pid {}): {}; the child printed only {:?}",
        run.pid,
        processes::describe(run.status),
        run.stdout.trim_end()
    );
    let work = Work::sized(1, timing::scaled(Duration::from_secs(4)));
    let killed = processes::kill_one_midway(exe, work.iterations, Duration::from_secs(30))?;
    println!(
        "a worker killed midway (pid {}), as the OOM killer would: {}, after {} of {} slices, sum {:?}",
        killed.pid,
        killed.describe(),
        killed.slices,
        threads_vs_processes::SLICES,
        killed.sum
    );
    Ok(())
}

fn what_to_use() {
    narrate::section("What should you use?");
    println!(
        "work                    Python (seed 001)        Rust\n\
         CPU-bound               processes                threads (rayon, scoped threads)\n\
         I/O-bound               threads (or asyncio)     threads, or async for thousands of waits\n\
         isolation, crashes,     processes                processes\n\
         memory limits, running\n\
         other programs"
    );
}

fn no_child_left() {
    narrate::section("No child left behind");
    #[cfg(target_os = "linux")]
    match threads_vs_processes::live_children() {
        Ok(children) => println!("child processes still alive: {}", children.len()),
        Err(error) => println!("could not read /proc: {error}"),
    }
    #[cfg(not(target_os = "linux"))]
    println!("(on Linux the lesson counts its live child processes here)");
}
