//! Narrator for lesson 04: run it with `cargo run -p daemon`.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use clap::Parser;
use daemon::{Late, Scenario, Worker, run_scenario, what_was_printed};
use timing::{human, narrate, timed};

/// Lesson 04: background threads and program exit (Python's daemon threads).
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many lines the background thread prints (the seed's `range(5)`).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(2..=20))]
    rounds: u32,
    /// The background thread's sleep after each line, in milliseconds (the seed's
    /// `wait_length = 1`).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=5_000))]
    pause_ms: u64,
    /// How long the worker spends on each item, in milliseconds.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(0..=2_000))]
    work_ms: u64,
    /// How many items the worker is given.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=20))]
    items: u32,
    /// Run one scenario in this process and exit (the lesson runs itself as a child with it).
    #[arg(long, hide = true, value_enum)]
    scenario: Option<Scenario>,
}

fn main() {
    let args = Args::parse();
    let pause = Duration::from_millis(args.pause_ms);
    if let Some(scenario) = args.scenario {
        timing::time_scale(); // a bad LESSON_TIME_SCALE stops the child before it starts
        scenario.run(args.rounds, pause);
        return;
    }
    narrate::title("04", "daemon", "background threads and program exit");
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(error) => {
            eprintln!("error: cannot find this program to run its scenarios: {error}");
            std::process::exit(1);
        }
    };

    narrate::section("Python's daemon flag (seed 000)");
    narrate::python(
        "def some_task(seconds):\n    for _ in range(5):\n        print(f'This is a {thread} Thread.')\n        time.sleep(seconds)\n\n\
         t = threading.Thread(target=some_task, args=(1,), daemon=True)\nt.start()\ntime.sleep(2)\nprint('Exiting main Thread')",
    );
    println!(
        "Rust has no daemon flag. Every thread is killed when main returns, unless main waited\n\
         for it. Each scenario below is this program run again as a child process; `child│`\n\
         lines are what the child printed."
    );

    narrate::section("A thread nobody joins dies with main (daemon=True)");
    narrate::rust(
        "thread::spawn(move || background(rounds, pause, progress)); // handle dropped\n\
         wait_for_round(&reached, 2);\nprintln!(\"main: returning without join\");",
    );
    show(&exe, Scenario::Detached, &args);

    narrate::section("Keep the handle and join it (daemon=False)");
    narrate::rust(
        "let handle = thread::spawn(move || background(rounds, pause, progress));\n\
         handle.join().expect(\"...\");",
    );
    show(&exe, Scenario::Joined, &args);

    narrate::section("std::process::exit ends everything now");
    narrate::python("os._exit(0)   # the closest Python call");
    narrate::rust("println!(\"main: calling process::exit(0)\");\nstd::process::exit(0);");
    show(&exe, Scenario::Exit, &args);

    narrate::section("A background worker that stops cleanly (RAII)");
    narrate::python(
        "event = threading.Event()   # seed 004's producer/consumer stop signal\n...\nevent.set()",
    );
    narrate::rust(
        "{\n    let worker = Worker::start(\"worker\", bound, handle_item)?;\n    worker.submit(1);\n} // Drop: close the channel, wait up to `bound`, join",
    );
    worker_in_a_block(&args);
    late_worker(&args);
}

/// Runs one scenario as a child process and prints what it printed and what that shows.
fn show(exe: &Path, scenario: Scenario, args: &Args) {
    let run = match run_scenario(exe, scenario, args.rounds, args.pause_ms) {
        Ok(run) => run,
        Err(error) => return println!("(could not run the child: {error})"),
    };
    for line in run.stdout.lines().chain(run.stderr.lines()) {
        println!("  child│ {line}");
    }
    let ended = match run.status {
        Some(status) => format!("exited with {status}"),
        None => "was killed: it did not finish in time".to_string(),
    };
    let seen = what_was_printed(&run.stdout);
    let yes_no = |b: bool| if b { "ran" } else { "never ran" };
    println!(
        "the child {ended} after {}: the background thread printed {} of {} rounds;\n\
         its cleanup {}; main's cleanup {}",
        human(run.elapsed),
        seen.rounds,
        args.rounds,
        yes_no(seen.background_cleanup),
        yes_no(seen.main_cleanup),
    );
    if scenario == Scenario::Exit {
        println!(
            "the line main wrote to a BufWriter {}",
            if seen.buffered_line {
                "was printed"
            } else {
                "was lost: the BufWriter was never dropped, so never flushed"
            }
        );
    }
}

/// Five items for a worker with a generous bound, dropped at the end of a block.
fn worker_in_a_block(args: &Args) {
    let work = Duration::from_millis(args.work_ms);
    let bound = timing::scaled(work * args.items) + Duration::from_secs(2);
    let (handled, handled_items) = mpsc::channel();
    let ((), took) = timed(|| {
        let worker = Worker::start("worker", bound, move |item| {
            timing::sleep(work);
            println!("worker: handled item {item}");
            let _ = handled.send(item);
        })
        .expect("the OS could not start a thread");
        for item in 1..=args.items {
            worker.submit(item);
        }
        println!("main: submitted {} items, dropping the worker", args.items);
    }); // the worker's Drop runs here
    let items: Vec<u32> = handled_items.try_iter().collect();
    println!(
        "the block ended {} later (bound {}); items handled: {items:?}",
        human(took),
        human(bound)
    );
}

/// A worker whose item takes longer than the shutdown bound.
fn late_worker(args: &Args) {
    let work = Duration::from_millis(args.work_ms);
    let bound = timing::scaled(work / 2);
    let worker = Worker::start("slow-worker", bound, move |item| {
        timing::sleep(work);
        println!("slow-worker: handled item {item}");
    })
    .expect("the OS could not start a thread");
    worker.submit(1);
    let (outcome, took) = timed(|| worker.shutdown());
    match outcome {
        Ok(handled) => println!("the slow worker stopped in time after {handled} items"),
        Err(Late(handle)) => {
            println!(
                "the slow worker's item takes {}, the bound is {}: shutdown gave up after {}\n\
                 and handed back the handle; joining it now so no thread outlives main",
                human(timing::scaled(work)),
                human(bound),
                human(took)
            );
            let handled = handle.join().expect("the handler does not panic");
            println!("joined: it handled {handled} item");
        }
    }
}
