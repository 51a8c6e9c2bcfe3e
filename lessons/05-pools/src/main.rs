//! Narrator for lesson 05: run it with `cargo run -p pools`.

use std::time::Duration;

use clap::Parser;
use pools::classic_bug::WorkerLoop;
use pools::production::{named_rayon_pool, par_sqrt_sums, scope_lengths};
use pools::support::{forced_peak, forced_peak_hand_built, hand_built_timeline, race};
use pools::*;
use timing::{format_duration, narrate, scaled};

const LIB: &str = include_str!("lib.rs");
const POOL: &str = include_str!("pool.rs");
const PRODUCTION: &str = include_str!("production.rs");
const CLASSIC_BUG: &str = include_str!("classic_bug.rs");
const SLEEPERS_PY: &str = include_str!("../python/sleepers.py");
const FUTURES_PY: &str = include_str!("../python/futures.py");

/// Lesson 05: thread pools the concurrent.futures way, and rayon.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The seed's sleepers, in "seconds" (comma-separated): `seconds = [5,4,3,2,1]`.
    #[arg(long, value_delimiter = ',', default_values_t = [5, 4, 3, 2, 1],
          value_parser = clap::value_parser!(u64).range(0..=10))]
    seconds: Vec<u64>,
    /// How long one of the seed's seconds lasts here, in milliseconds (1000 for the seed's
    /// real timing), scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(0..=2000))]
    unit_ms: u64,
    /// Workers of the pool that shows queueing (seed 004's `max_workers=3`).
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=32))]
    max_workers: u64,
    /// Tasks given to that pool (more than its workers, so some wait in the queue).
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u64).range(1..=40))]
    tasks: u64,
    /// How many tiny tasks to race: thread per task vs teaching pool vs rayon.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=20_000))]
    tiny_tasks: u64,
}

fn main() {
    let args = Args::parse();
    narrate::title(
        "05",
        "pools",
        "thread pools the concurrent.futures way, and rayon",
    );
    narrate::short_panic_messages();
    let unit = Duration::from_millis(args.unit_ms);
    as_completed_section(&args.seconds, unit);
    map_section(&args.seconds, unit);
    workers_section(args.max_workers as usize, args.tasks as usize, unit);
    static_section();
    panic_section();
    cancel_section();
    shutdown_section();
    rayon_section();
    race_section(args.tiny_tasks as usize, unit);
    deeper_bug_section(unit);
}

fn as_completed_section(seconds: &[u64], unit: Duration) {
    narrate::section("The seed's \"ThreadPoolExecutor\" example: submit and as_completed");
    println!(
        "Seed 000 titles this ThreadPoolExecutor but builds a ProcessPoolExecutor; the thread version:"
    );
    narrate::python(SLEEPERS_PY, "as_completed");
    narrate::rust(LIB, "sleepers_as_completed");
    let workers = ThreadPool::default_workers();
    println!(
        "default_workers() = min(32, cpus + 4) = {workers}; one seed second lasts {} here",
        format_duration(scaled(unit))
    );
    let pool = ThreadPool::new(workers).expect("default_workers() is at least 5");
    let (lines, timeline) = timing::record(|| sleepers_as_completed(&pool, seconds, unit));
    println!(
        "{} results in {} (the longest sleep, not the sum): as_completed yields the fastest first",
        lines.len(),
        format_duration(timeline.elapsed())
    );
    print!("{}", timeline.render());
}

fn map_section(seconds: &[u64], unit: Duration) {
    narrate::section("executor.map: results in the order submitted");
    narrate::python(SLEEPERS_PY, "map");
    narrate::rust(LIB, "sleepers_map");
    let pool = ThreadPool::new(ThreadPool::default_workers()).expect("at least 5 workers");
    let (lines, timeline) = timing::record(|| sleepers_map(&pool, seconds, unit));
    println!(
        "{} results in {}: every task was submitted before the first result was read",
        lines.len(),
        format_duration(timeline.elapsed())
    );
}

fn workers_section(max_workers: usize, tasks: usize, unit: Duration) {
    narrate::section("max_workers: the rest wait in the queue");
    narrate::python(FUTURES_PY, "max_workers");
    narrate::rust(POOL, "default_workers");
    narrate::rust(LIB, "queued");
    let each = unit.mul_f64(0.6);
    let (done, timeline) = timing::record(|| queued_tasks(max_workers, tasks, each));
    done.expect("max_workers is at least 1");
    println!(
        "{tasks} tasks of {} on {max_workers} workers took {}; at most {} ran at once:",
        format_duration(scaled(each)),
        format_duration(timeline.elapsed()),
        timeline.max_overlap()
    );
    print!("{}", timeline.render());
}

fn static_section() {
    narrate::section("Tasks own what they use");
    narrate::rust(
        include_str!("../refused/borrow_a_local.rs"),
        "borrow_a_local",
    );
    println!("error[E0373]: closure may outlive the current function, but it borrows `names`");
    narrate::rust(include_str!("../refused/move_it_in.rs"), "move_it_in");
}

fn panic_section() {
    narrate::section("A panicking task does not kill its worker");
    narrate::python(FUTURES_PY, "result");
    narrate::rust(LIB, "panics");
    let pool = ThreadPool::new(1).expect("one worker");
    for (task, result) in panics_among_good(&pool).into_iter().enumerate() {
        println!("task {task}: {result:?}");
    }
    println!("(one worker: the same thread ran the task after the two panics)");
}

fn cancel_section() {
    narrate::section("Cancelling a task that has not started");
    narrate::python(FUTURES_PY, "cancel");
    narrate::rust(LIB, "cancel");
    let [running, queued] = cancel_running_and_queued().expect("one worker");
    println!(
        "running task: cancel() = {}, result {:?}",
        running.0, running.1
    );
    println!(
        "queued task:  cancel() = {}, result {:?}",
        queued.0, queued.1
    );
    narrate::python(FUTURES_PY, "cancel_futures");
    narrate::rust(LIB, "shutdown_now");
    let (running, queued) = shutdown_now_story(3).expect("one worker");
    println!("shutdown_now(): the running task {running:?}, the queued ones {queued:?}");
}

fn shutdown_section() {
    narrate::section("After shutdown, submit does not compile");
    narrate::python(FUTURES_PY, "shutdown");
    narrate::rust(
        include_str!("../refused/submit_after_shutdown.rs"),
        "submit_after_shutdown",
    );
    println!("error[E0382]: borrow of moved value: `pool` (`shutdown(self)` consumed it)");
}

fn rayon_section() {
    narrate::section("Production: rayon");
    narrate::rust(PRODUCTION, "builder");
    narrate::rust(PRODUCTION, "par_iter");
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rayon = named_rayon_pool(cpus).expect("the OS starts rayon's threads");
    let sizes = [100_000, 200_000, 300_000, 400_000, 500_000, 600_000];
    for (sum, thread) in par_sqrt_sums(&rayon, &sizes) {
        println!("{sum:>14.1}  computed on {thread}");
    }
    narrate::rust(PRODUCTION, "scope");
    let lengths = scope_lengths(&rayon, &["thread", "pool", "executor"]);
    println!("rayon::scope borrows locals: word lengths {lengths:?}");
}

fn race_section(tiny_tasks: usize, unit: Duration) {
    narrate::section("A pool, rayon, or a thread per task?");
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rayon = named_rayon_pool(cpus).expect("the OS starts rayon's threads");
    let cpu_pool = ThreadPool::new(cpus).expect("at least one CPU");
    let tiny = race(tiny_tasks, |_| timing::sqrt_loop(200), &cpu_pool, &rayon);
    println!("tiny CPU tasks (sqrt_loop(200) each), pools sized to the {cpus} CPUs:");
    print!("{}", tiny.table);
    let io_pool = ThreadPool::new(ThreadPool::default_workers()).expect("at least 5 workers");
    let nap = unit / 10;
    let sleepy = race(40, move |_| timing::sleep(nap), &io_pool, &rayon);
    println!(
        "tasks that sleep {} each (I/O-like):",
        format_duration(scaled(nap))
    );
    print!("{}", sleepy.table);
    println!("Tiny tasks: a pool pays for its threads once; a thread per task pays every time.");
    println!(
        "Sleeping tasks: rayon's one thread per CPU sits idle; an I/O pool needs more workers."
    );
}

fn deeper_bug_section(unit: Duration) {
    narrate::section("Deeper (after lesson 08): the classic bug of hand-built pools");
    narrate::rust(CLASSIC_BUG, "holds_lock");
    let each = unit.mul_f64(0.4);
    for (worker_loop, name) in [
        (WorkerLoop::HoldsLock, "`while let` (holds the lock)"),
        (WorkerLoop::ReleasesLock, "`let job = ...;` (releases it)"),
    ] {
        let (done, timeline) = timing::record(|| hand_built_timeline(worker_loop, 3, each));
        done.expect("the OS starts three threads");
        let (took, most) = (timeline.elapsed(), timeline.max_overlap());
        println!(
            "3 workers, 3 tasks, {name}: {}, at most {most} at once",
            format_duration(took)
        );
        print!("{}", timeline.render());
    }
    forced_peaks();
}

/// Each task waits for the others: how many a pool runs at once, counted rather than drawn.
fn forced_peaks() {
    // Scaled like the demo sleeps, but long enough for three running tasks to meet.
    let patience = timing::scaled(Duration::from_millis(100)).max(Duration::from_millis(50));
    println!(
        "Each task waits (up to {}) until 3 tasks run at once:",
        format_duration(patience)
    );
    for (name, worker_loop) in [
        ("`while let`", WorkerLoop::HoldsLock),
        ("`if let` in a `loop`", WorkerLoop::IfLetHoldsLock),
    ] {
        let bug = forced_peak_hand_built(worker_loop, 3, 3, patience).expect("three threads");
        println!(
            "  {name} pool: peak {}, {} of 3 tasks met",
            bug.peak, bug.met
        );
    }
    let ours = forced_peak(3, 9, patience).expect("three workers");
    println!(
        "  teaching pool: peak {}, {} of 9 tasks met",
        ours.peak, ours.met
    );
}
