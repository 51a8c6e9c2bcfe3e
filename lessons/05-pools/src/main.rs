//! Narrator for lesson 05: run it with `cargo run -p pools`.

use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use pools::classic_bug::WorkerLoop;
use pools::production::{named_rayon_pool, par_sqrt_sums, race, scope_lengths};
use pools::*;
use timing::{Timeline, human, narrate, timed};

/// Lesson 05: a concurrent.futures-style thread pool, and rayon.
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
    narrate::title("05", "pools", "a concurrent.futures executor, and rayon");
    narrate::short_panic_messages();
    let unit = Duration::from_millis(args.unit_ms);

    narrate::section("The seed's \"ThreadPoolExecutor\" example");
    narrate::python(
        "with concurrent.futures.ProcessPoolExecutor() as executor:   # seed 000: a PROCESS pool!\n\
         \x20   results = [executor.submit(some_task, s) for s in [5,4,3,2,1]]\n\
         \x20   for result in concurrent.futures.as_completed(results):\n\
         \x20       print(result.result())",
    );
    println!(
        "Seed 000 titles this \"ThreadPoolExecutor\" but builds a ProcessPoolExecutor. The thread\n\
         version is `concurrent.futures.ThreadPoolExecutor()`; lesson 11 compares the two."
    );
    narrate::rust(
        "let pool = ThreadPool::new(ThreadPool::default_workers())?;\n\
         let handles: Vec<_> = seconds.iter().map(|&s| pool.submit(move || some_task(s))).collect();\n\
         for (index, result) in as_completed(handles) { println!(\"{}\", result?); }",
    );
    let workers = ThreadPool::default_workers();
    println!(
        "default_workers() = min(32, cpus + 4) = {workers}; one seed second lasts {} here",
        human(timing::scaled(unit))
    );
    let pool = ThreadPool::new(workers).expect("default_workers() is at least 5");
    let timeline = Arc::new(Timeline::new());
    let (lines, took) = timed(|| sleepers_as_completed(&pool, &args.seconds, unit, &timeline));
    println!(
        "{} results in {} (the longest sleep, not the sum): as_completed yields the fastest first",
        lines.len(),
        human(took)
    );
    print!("{}", timeline.render());

    narrate::section("executor.map: results in the order submitted");
    narrate::python("for result in executor.map(some_task, seconds):\n    print(result)");
    narrate::rust("for result in pool.map(some_task, seconds) { println!(\"{}\", result?); }");
    let timeline = Arc::new(Timeline::new());
    let (lines, took) = timed(|| sleepers_map(&pool, &args.seconds, unit, &timeline));
    println!(
        "{} results in {}: every task was submitted before the first result was read",
        lines.len(),
        human(took)
    );
    pool.shutdown();

    narrate::section("max_workers: the rest wait in the queue");
    narrate::python(
        "with ThreadPoolExecutor(max_workers=3) as executor:   # seed 004\n    executor.map(some_func, range(3))",
    );
    let each = unit.mul_f64(0.6);
    let timeline = Arc::new(Timeline::new());
    let max_workers = args.max_workers as usize;
    let (peak, took) = timed(|| queued_tasks(max_workers, args.tasks as usize, each, &timeline));
    let peak = peak.expect("max_workers is at least 1");
    println!(
        "{} tasks of {} on {max_workers} workers took {}; at most {peak} ran at once \
         (the timeline's overlap: {}):",
        args.tasks,
        human(timing::scaled(each)),
        human(took),
        timeline.max_overlap()
    );
    print!("{}", timeline.render());

    narrate::section("A panicking task does not kill its worker");
    narrate::python(
        "future = executor.submit(fails)\nfuture.result()   # re-raises the task's exception",
    );
    let pool = ThreadPool::new(1).expect("one worker");
    for (task, result) in panics_among_good(&pool).into_iter().enumerate() {
        println!("task {task}: {result:?}");
    }
    println!("(one worker: the same thread ran the task after the two panics)");
    pool.shutdown();

    narrate::section("Cancelling a task that has not started");
    narrate::python("future.cancel()   # True only if it had not started");
    let story = cancel_pending().expect("one worker");
    println!(
        "cancel() on the running task: {}, on the queued one: {}",
        story.cancel_running, story.cancel_pending
    );
    println!(
        "results: running {:?}, queued {:?}; the queued task's code ran: {}",
        story.running_result, story.pending_result, story.pending_ran
    );
    narrate::python("executor.shutdown(cancel_futures=True)");
    narrate::rust("pool.shutdown_now();");
    let story = shutdown_now_story(3).expect("one worker");
    println!(
        "shutdown_now(): the running task {:?}, the queued ones {:?}",
        story.running, story.queued
    );

    narrate::section("The classic bug of hand-built pools");
    narrate::rust(
        "while let Ok(job) = receiver.lock().unwrap().recv() {\n    job(); // the MutexGuard lives until here\n}",
    );
    let each = unit.mul_f64(0.4);
    for (worker_loop, name) in [
        (WorkerLoop::HoldsLock, "`while let` (holds the lock)"),
        (WorkerLoop::ReleasesLock, "`let job = ...;` (releases it)"),
    ] {
        let timeline = Arc::new(Timeline::new());
        let (done, took) = timed(|| hand_built_timeline(worker_loop, 3, each, &timeline));
        done.expect("the OS starts three threads");
        println!(
            "3 workers, 3 tasks, {name}: {}, at most {} at once",
            human(took),
            timeline.max_overlap()
        );
        print!("{}", timeline.render());
    }
    let patience = Duration::from_millis(100);
    let bug = forced_peak_hand_built(WorkerLoop::HoldsLock, 3, 3, patience).expect("threads");
    let ours = forced_peak(3, 9, patience).expect("three workers");
    println!(
        "Each task waits (up to {}) for 3 tasks to run at once: the buggy pool peaked at {} \
         ({} of 3 met), the teaching pool at {} ({} of 9 met).",
        human(patience),
        bug.peak,
        bug.met,
        ours.peak,
        ours.met
    );

    narrate::section("After shutdown, submit does not compile");
    narrate::python(
        "executor.shutdown()\nexecutor.submit(f)   # RuntimeError: cannot schedule new futures after shutdown",
    );
    narrate::rust(
        "pool.shutdown();\npool.submit(f); // error[E0382]: borrow of moved value: `pool`",
    );
    println!("`shutdown(self)` consumes the pool: the mistake is caught before the program runs.");

    narrate::section("Production: rayon");
    narrate::rust(
        "let pool = rayon::ThreadPoolBuilder::new()\n    .num_threads(n)\n    .thread_name(|i| format!(\"rayon-worker-{i}\"))\n    .build()?;\n\
         let sums: Vec<f64> = pool.install(|| sizes.par_iter().map(|&n| sqrt_loop(n)).collect());",
    );
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rayon = named_rayon_pool(cpus).expect("the OS starts rayon's threads");
    for (sum, thread) in par_sqrt_sums(
        &rayon,
        &[100_000, 200_000, 300_000, 400_000, 500_000, 600_000],
    ) {
        println!("{sum:>14.1}  computed on {thread}");
    }
    println!(
        "rayon::scope borrows locals: word lengths {:?}",
        scope_lengths(&rayon, &["thread", "pool", "executor"])
    );

    narrate::section("A pool, rayon, or a thread per task?");
    let cpu_pool = ThreadPool::new(cpus).expect("at least one CPU");
    let tiny = race(
        args.tiny_tasks as usize,
        |_| timing::sqrt_loop(200),
        &cpu_pool,
        &rayon,
    );
    cpu_pool.shutdown();
    println!("tiny CPU tasks (sqrt_loop(200) each), pools sized to the {cpus} CPUs:");
    print!("{}", tiny.table);
    let pool = ThreadPool::new(workers).expect("default_workers() is at least 5");
    let sleepy = race(40, move |_| timing::sleep(unit / 10), &pool, &rayon);
    println!(
        "tasks that sleep {} each (I/O-like):",
        human(timing::scaled(unit / 10))
    );
    print!("{}", sleepy.table);
    println!(
        "Tiny tasks: a pool pays for its threads once; a thread per task pays every time.\n\
         Sleeping tasks: rayon has one thread per CPU, so blocking calls leave it idle; an I/O pool\n\
         needs more workers than CPUs (Python's cpus + 4), or a thread per task when there are few."
    );
    pool.shutdown();
}
