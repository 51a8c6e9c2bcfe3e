//! Narrator for lesson 10: run it with `cargo run -p gil`.

use std::rc::Rc;
use std::thread;
use std::time::Duration;

use clap::Parser;
use gil::{
    Gil, arc_count_across_threads, deadlock_despite_the_gil, getrefcount, rc_counts, run_cpu_bound,
    run_cpu_bound_on, run_io_bound,
};
use timing::{Comparison, Timeline, human, iterations_for, narrate, scaled, timed};

/// Lesson 10: reference counting and the Global Interpreter Lock, simulated.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Threads for the CPU-bound experiment (the seed's `os.cpu_count()`).
    #[arg(long, default_value_t = cores(), value_parser = clap::value_parser!(u32).range(1..=64))]
    threads: u32,
    /// Milliseconds the whole CPU-bound job takes on one thread: the seed's fixed 40,000,000
    /// iterations per thread, sized to this machine at start-up. Scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=60_000))]
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
    let gil = Gil::new(Duration::from_millis(args.switch_interval_ms));
    taking_turns(&gil);
    cpu_bound(
        &gil,
        args.threads as usize,
        Duration::from_millis(args.work_ms),
    );
    io_bound(
        &gil,
        args.io_threads as usize,
        Duration::from_millis(args.wait_ms),
    );
    deadlock(&gil);
    narrate::section("Rust never needed a GIL");
    println!(
        "Rust's reference counts are either not shared between threads (Rc: the compiler refuses)\n\
         or atomic (Arc). Its collections are not shared mutably without a lock you chose\n\
         (Send/Sync). So there is no interpreter state for one global lock to protect, and\n\
         threads run on every core. What remains yours to prevent: logic races, deadlocks,\n\
         lost updates (lessons 06 and 09).\n\
         CPython is getting there too: 3.13 ships an optional free-threaded build (PEP 703,\n\
         `python3.13t`), officially supported since 3.14; the default build keeps its GIL."
    );
}

fn reference_counting() {
    narrate::section("Reference counting: sys.getrefcount and Rc::strong_count");
    narrate::python(
        "import sys\nlst = []\nprint(sys.getrefcount(lst))   # 2\nb = lst\n\
         print(sys.getrefcount(lst))   # 3",
    );
    narrate::rust(
        "let lst = Rc::new(Vec::<i32>::new());\nRc::strong_count(&lst)   // borrows: no new reference",
    );
    let counts = rc_counts();
    println!(
        "Rc::strong_count: {} alone, {} after `let b = Rc::clone(&lst)`, {} after `drop(b)`",
        counts.alone, counts.shared, counts.after_drop
    );
    let lst = Rc::new(Vec::<i32>::new());
    println!(
        "Python says one more because the argument of getrefcount is itself a reference;\n\
         a Rust function that takes the Rc by value sees the same: getrefcount(Rc::clone(&lst)) = {}",
        getrefcount(Rc::clone(&lst))
    );

    narrate::section("Rc is not Send; Arc counts atomically");
    narrate::rust("let alias = Rc::clone(&list);\nthread::spawn(move || println!(\"{alias:?}\"));");
    println!(
        "error[E0277]: `Rc<Vec<i32>>` cannot be sent between threads safely\n\
         Rc's count is a plain integer: two threads changing it at once could lose an update,\n\
         the race CPython's GIL prevents for its own counts. Arc changes its count atomically:"
    );
    let (during, after) = arc_count_across_threads(3);
    println!(
        "Arc::strong_count with 3 threads holding a clone: {during}; after they finished: {after}"
    );
    println!("(what the atomic count costs: `cargo bench -p benches --bench refcount`)");
}

fn taking_turns(gil: &Gil) {
    narrate::section("The GIL, simulated: two threads take turns");
    narrate::python("import sys\nprint(sys.getswitchinterval())   # 0.005");
    narrate::rust(
        "let gil = Gil::new(Duration::from_millis(5));\nlet mut held = gil.acquire(None);\n\
         for step in steps {\n    sum += timing::sqrt_loop(step);\n    held.switch_if_due();   // hand over after 5 ms if someone waits\n}",
    );
    // About twelve switch intervals of work per thread: enough turns to see, short enough to draw.
    let per_thread = iterations_for(gil.switch_interval() * 12);
    for (title, which) in [("under the Gil", Some(gil)), ("without it", None)] {
        let timeline = Timeline::new();
        let (_, took) = timed(|| run_cpu_bound_on(Some(&timeline), 2, per_thread, which));
        println!(
            "{title}: {} spans in {}, at most {} at once",
            timeline.spans().len(),
            human(took),
            timeline.max_overlap()
        );
        print!("{}", timeline.render_by_thread());
    }
}

fn cpu_bound(gil: &Gil, threads: usize, work: Duration) {
    narrate::section("CPU-bound: the seed's sqrt loop");
    narrate::python(
        "def calc():\n    for i in range(0, 40000000):\n        math.sqrt(i)\n\n\
         threads = [threading.Thread(target=calc) for _ in range(os.cpu_count())]",
    );
    let per_thread = iterations_for(scaled(work) / threads as u32);
    println!(
        "{threads} threads × {per_thread} iterations each (sized at start-up: the whole job ≈ {} on one thread)",
        human(scaled(work))
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
    println!(
        "Under the Gil only one thread runs at a time: no faster than one thread (Python's\n\
         threads on CPU-bound code). Without it the threads share the {} cores: up to {}× faster.",
        cores(),
        threads.min(cores() as usize)
    );
}

fn io_bound(gil: &Gil, threads: usize, wait: Duration) {
    narrate::section("I/O-bound: the seed's some_task on threads");
    narrate::python(
        "def some_task(seconds):\n    print(f'Sleeping for {seconds} seconds.')\n    time.sleep(seconds)   # releases the GIL\n    print(f'Done.')",
    );
    narrate::rust("held.allow_threads(|| timing::sleep(seconds));   // Py_BEGIN_ALLOW_THREADS");
    let no_gil_timeline = Timeline::new();
    let (_, no_gil) = timed(|| run_io_bound(threads, wait, None, &no_gil_timeline));
    let timeline = Timeline::new();
    let (_, under_gil) = timed(|| run_io_bound(threads, wait, Some(gil), &timeline));
    let mut table = Comparison::new("I/O-bound");
    table
        .row(format!("{threads} threads, no Gil"), no_gil)
        .row(format!("{threads} threads under the Gil"), under_gil);
    print!("{table}");
    println!(
        "One after another, {threads} sleeps of {} would take {}. Under the Gil the sleeps still\n\
         overlapped ({} at once), because a thread lets go of the Gil while it waits:",
        human(scaled(wait)),
        human(scaled(wait) * threads as u32),
        timeline.max_overlap()
    );
    print!("{}", timeline.render());
}

fn deadlock(gil: &Gil) {
    narrate::section("The GIL does not prevent deadlocks (seed 000 says it does)");
    narrate::python(
        "def t1():\n    with a:\n        b.acquire(timeout=1)   # t2 holds b, waits for a\n\
         def t2():\n    with b:\n        a.acquire(timeout=1)",
    );
    let patience = scaled(Duration::from_secs(1));
    let (stuck, took) = timed(|| deadlock_despite_the_gil(gil, patience));
    if stuck {
        println!(
            "under the Gil, each thread waited for the other's lock until it gave up after {}: deadlock",
            human(took)
        );
    } else {
        println!("a thread got both locks: no deadlock this time");
    }
}
