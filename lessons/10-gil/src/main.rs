//! Narrator for lesson 10: run it with `cargo run -p gil`.

use std::rc::Rc;
use std::thread;
use std::time::Duration;

use clap::Parser;
use gil::{
    Gil, IO, arc_count_across_threads, deadlock_despite_the_gil, getrefcount, rc_counts,
    run_cpu_bound, run_io_bound,
};
use timing::{Comparison, format_duration, iterations_for, narrate, record, scaled, timed};

const REFCOUNT_RS: &str = include_str!("refcount.rs");
const WORK_RS: &str = include_str!("work.rs");
const RC_TO_THREAD: &str = include_str!("../compile_fail/rc_to_thread.rs");
const REFCOUNT_PY: &str = include_str!("../python/refcount.py");

/// Lesson 10: reference counting and the Global Interpreter Lock, simulated.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Threads for the CPU-bound experiment (the seed's `os.cpu_count()`).
    #[arg(long, default_value_t = cores(), value_parser = clap::value_parser!(u32).range(1..=64))]
    threads: u32,
    /// Milliseconds the whole CPU-bound job takes on one thread: the seed's fixed 40,000,000
    /// iterations per thread, sized to this machine at start-up. Scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    work_ms: u64,
    /// The Gil's switch interval in milliseconds (Python's `sys.getswitchinterval()`: 5 ms).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=1000))]
    switch_interval_ms: u64,
    /// Threads for the I/O-bound experiment (seed 000 starts 10).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=100))]
    io_threads: u32,
    /// How long each I/O-bound task sleeps, in milliseconds (seed 000's `wait_length = 2`).
    /// Scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    wait_ms: u64,
}

fn cores() -> u32 {
    thread::available_parallelism().map_or(1, |n| n.get() as u32)
}

fn main() {
    let args = Args::parse();
    narrate::title(
        "10",
        "gil",
        "reference counting and the Global Interpreter Lock",
    );
    reference_counting();
    rc_is_not_send();
    let gil = Gil::new(Duration::from_millis(args.switch_interval_ms));
    taking_turns(&gil);
    let work = Duration::from_millis(args.work_ms);
    cpu_bound(&gil, args.threads as usize, work);
    io_bound(
        &gil,
        args.io_threads as usize,
        Duration::from_millis(args.wait_ms),
    );
    deadlock(&gil);
    rust_never_needed_one();
}

fn reference_counting() {
    narrate::section("Reference counting: sys.getrefcount and Rc::strong_count");
    narrate::python(REFCOUNT_PY, "refcount");
    narrate::rust(REFCOUNT_RS, "counts");
    let (alone, shared, after_drop) = rc_counts();
    println!(
        "Rc::strong_count: {alone} alone, {shared} after `let b = Rc::clone(&a)`, {after_drop} after `drop(b)`"
    );
    println!("Python says one more: the argument of getrefcount is itself a reference.");
    narrate::rust(REFCOUNT_RS, "getrefcount");
    let lst = Rc::new(Vec::<i32>::new());
    println!(
        "getrefcount(Rc::clone(&lst)) = {}",
        getrefcount(Rc::clone(&lst))
    );
}

fn rc_is_not_send() {
    narrate::section("Rc is not Send; Arc counts atomically");
    narrate::rust(RC_TO_THREAD, "rc_to_thread");
    println!("error[E0277]: `Rc<Vec<i32>>` cannot be sent between threads safely");
    println!(
        "Rc's count is a plain integer, like CPython's; two threads changing it could lose an update."
    );
    let (during, after) = arc_count_across_threads(3);
    println!(
        "Arc::strong_count with 3 threads holding a clone: {during}; after they finished: {after}"
    );
    println!("(what the atomic count costs: `cargo bench -p benches --bench refcount`)");
}

fn taking_turns(gil: &Gil) {
    narrate::section("The GIL, simulated: two threads take turns");
    narrate::python(REFCOUNT_PY, "switch_interval");
    narrate::rust(WORK_RS, "held");
    // About twelve switch intervals of work per thread: enough turns to see, few enough to draw.
    let per_thread = iterations_for(gil.switch_interval() * 12);
    for (title, which) in [("under the Gil", Some(gil)), ("without it", None)] {
        let (_, timeline) = record(|| run_cpu_bound(2, per_thread, which));
        println!(
            "{title}: {} spans in {}, at most {} at once",
            timeline.spans().len(),
            format_duration(timeline.elapsed()),
            timeline.max_overlap()
        );
        print!("{}", timeline.render_by_thread());
    }
}

fn cpu_bound(gil: &Gil, threads: usize, work: Duration) {
    narrate::section("CPU-bound: the seed's sqrt loop");
    narrate::python(include_str!("../python/cpu_bound.py"), "calc");
    let per_thread = iterations_for(scaled(work) / threads as u32);
    println!(
        "{threads} threads × {per_thread} iterations each (the whole job ≈ {} on one thread)",
        format_duration(scaled(work))
    );
    let (_, sequential) = timed(|| run_cpu_bound(1, threads as u64 * per_thread, None));
    let (_, under_gil) = timed(|| run_cpu_bound(threads, per_thread, Some(gil)));
    let (_, no_gil) = timed(|| run_cpu_bound(threads, per_thread, None));
    let mut table = Comparison::new("CPU-bound, same work");
    table
        .row("1 thread", sequential)
        .row(format!("{threads} threads under the Gil"), under_gil)
        .row(format!("{threads} threads, no Gil (Rust)"), no_gil);
    print!("{table}");
    println!("Under the Gil one thread runs at a time: no faster than one thread.");
    let expected = threads.min(cores() as usize);
    println!(
        "Without it the threads share the {} cores: up to {expected}× faster.",
        cores()
    );
    let free = table.speedup(&format!("{threads} threads, no Gil (Rust)"));
    if free.is_some_and(|x| x < 0.75 * expected as f64) {
        println!("(less this time: something else was using the cores during this run)");
    }
}

fn io_bound(gil: &Gil, threads: usize, wait: Duration) {
    narrate::section("I/O-bound: the seed's some_task on threads");
    narrate::python(include_str!("../python/io_bound.py"), "some_task");
    narrate::rust(WORK_RS, "allow");
    let (_, no_gil) = timed(|| run_io_bound(threads, wait, None));
    let (_, timeline) = record(|| run_io_bound(threads, wait, Some(gil)));
    let mut table = Comparison::new("I/O-bound");
    table.row(format!("{threads} threads, no Gil"), no_gil).row(
        format!("{threads} threads under the Gil"),
        timeline.elapsed(),
    );
    print!("{table}");
    let sleeps: Vec<_> = timeline
        .spans()
        .into_iter()
        .filter(|s| s.label == IO)
        .collect();
    println!(
        "One after another, {threads} sleeps of {} would take {}.",
        format_duration(scaled(wait)),
        format_duration(scaled(wait) * threads as u32)
    );
    println!(
        "Under the Gil they overlapped ({} at once): a thread lets go of the Gil while it waits.",
        timing::max_overlap(&sleeps)
    );
    print!("{}", timeline.render_by_thread());
}

fn deadlock(gil: &Gil) {
    narrate::section("The GIL does not prevent deadlocks (seed 000 says it does)");
    narrate::python(include_str!("../python/deadlock.py"), "deadlock");
    let patience = scaled(Duration::from_secs(1));
    let (stuck, took) = timed(|| deadlock_despite_the_gil(gil, patience));
    if stuck {
        println!(
            "under the Gil, each thread waited for the other's lock until it gave up after {}: deadlock",
            format_duration(took)
        );
    } else {
        println!("a thread got both locks: no deadlock this time");
    }
}

fn rust_never_needed_one() {
    narrate::section("Rust never needed a GIL");
    println!("Rc cannot leave its thread (not Send); Arc counts atomically.");
    println!(
        "Nothing is shared mutably without a lock you chose (Send/Sync): threads use every core."
    );
    println!("Still yours to prevent: logic races, deadlocks, lost updates (lessons 06 and 09).");
    println!(
        "CPython 3.13+ has an optional free-threaded build (PEP 703); the default keeps its GIL."
    );
}
