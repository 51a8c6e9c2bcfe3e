//! Narrator for lesson 04: run it with `cargo run -p daemon`.

use std::sync::mpsc;
use std::time::Duration;

use clap::Parser;
use daemon::support::{self, Ending, what_was_printed};
use daemon::{Late, Worker};
use timing::{Finished, format_duration, narrate, timed};

const LIB: &str = include_str!("lib.rs");
const WORKER: &str = include_str!("worker.rs");
const TIMER: &str = include_str!("timer.rs");

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
}

fn main() {
    timing::scenario::main(support::SCENARIOS);
    let args = Args::parse();
    narrate::title("04", "daemon", "background threads and program exit");
    daemon_flag();
    ending(
        Ending::Detached,
        "A thread nobody joins dies with main (daemon=True)",
        &args,
    );
    ending(
        Ending::Joined,
        "Keep the handle and join it (daemon=False)",
        &args,
    );
    ending(
        Ending::Exit,
        "std::process::exit ends everything now",
        &args,
    );
    worker_in_a_block(&args);
    late_worker(&args);
    timer();
    ctrl_c();
}

fn daemon_flag() {
    narrate::section("Python's daemon flag (seed 000)");
    narrate::python(include_str!("../python/daemon.py"), "daemon");
    println!("Rust has no daemon flag: every thread still running dies when main returns.");
    println!(
        "Each ending below is this program run again as a child; `child│` is what it printed."
    );
}

/// Quotes one ending, runs it in a child process, and shows what the child printed.
fn ending(ending: Ending, heading: &str, args: &Args) {
    narrate::section(heading);
    if ending == Ending::Exit {
        narrate::python(include_str!("../python/os_exit.py"), "exit");
    }
    narrate::rust(LIB, ending.name());
    let exe = timing::scenario::this_program();
    match ending.run_in_child(&exe, args.rounds, args.pause_ms) {
        Ok(run) => what_the_child_shows(ending, &run, args.rounds),
        Err(error) => println!("(could not run the child: {error})"),
    }
}

/// Prints the child's output, then what it shows: which rounds and destructors ran.
fn what_the_child_shows(ending: Ending, run: &Finished, rounds: u32) {
    narrate::child(run);
    let ended = match run.status {
        Some(status) => format!("exited with {status}"),
        None => "was killed: it did not finish in time".to_string(),
    };
    let seen = what_was_printed(&run.stdout);
    println!("the child {ended} after {}", format_duration(run.elapsed));
    println!(
        "the background thread printed {} of {rounds} rounds",
        seen.rounds
    );
    let (background, main) = (ran(seen.background_cleanup), ran(seen.main_cleanup));
    println!("its cleanup {background}; main's cleanup {main}");
    if ending == Ending::Exit {
        println!("the BufWriter's line {}", kept(seen.buffered_line));
        println!(
            "the line without a newline {}",
            kept(seen.unterminated.is_some())
        );
    }
}

fn ran(ran: bool) -> &'static str {
    if ran { "ran" } else { "never ran" }
}

fn kept(kept: bool) -> &'static str {
    if kept { "reached stdout" } else { "was lost" }
}

/// Five items for a worker with a generous bound, dropped at the end of a block.
fn worker_in_a_block(args: &Args) {
    narrate::section("A background worker that stops cleanly (RAII)");
    narrate::python(include_str!("../python/stop_event.py"), "event");
    narrate::rust(WORKER, "drop");
    let work = Duration::from_millis(args.work_ms);
    let bound = timing::scaled(work * args.items) + Duration::from_secs(2);
    let (handled, handled_items) = mpsc::channel();
    let (((), took), timeline) = timing::record(|| {
        timed(|| {
            let worker = Worker::start("worker", bound, move |item| {
                timing::span(format!("item {item}"), || timing::sleep(work));
                println!("worker: handled item {item}");
                let _ = handled.send(item);
            })
            .expect("the OS could not start a thread");
            (1..=args.items).for_each(|item| worker.submit(item));
            println!("main: submitted {} items, dropping the worker", args.items);
            timing::span("drop(worker)", || drop(worker)); // its Drop waits for the queue
        })
    });
    let items: Vec<u32> = handled_items.try_iter().collect();
    let (took, bound) = (format_duration(took), format_duration(bound));
    println!("the block ended {took} later (bound {bound}); items handled: {items:?}");
    print!("{}", timeline.render_by_thread());
}

/// How much longer than the shutdown bound the late worker's item takes, at least.
const MARGIN: Duration = Duration::from_millis(100);

/// A worker whose item takes longer than the shutdown bound.
fn late_worker(args: &Args) {
    let bound = timing::scaled(Duration::from_millis(args.work_ms) / 2);
    // Longer than the bound by a margin no time scale removes: on a busy machine `shutdown` can
    // start milliseconds after the item did, and the item must still be running then.
    let work = timing::scaled(Duration::from_millis(args.work_ms)).max(bound + MARGIN);
    let worker = Worker::start("slow-worker", bound, move |item| {
        std::thread::sleep(work);
        println!("slow-worker: handled item {item}");
    })
    .expect("the OS could not start a thread");
    worker.submit(1);
    let (outcome, took) = timed(|| worker.shutdown());
    let (bound, took) = (format_duration(bound), format_duration(took));
    match outcome {
        Ok(handled) => println!("the slow worker stopped in time after {handled} items"),
        Err(Late(handle)) => {
            println!(
                "the slow worker's item takes {}, the bound is {bound}:",
                format_duration(work)
            );
            println!("shutdown gave up after {took} and handed back the handle; joining it now");
            let handled = handle.join().expect("the handler does not panic");
            println!("joined: it handled {handled} item");
        }
    }
}

fn timer() {
    narrate::section("threading.Timer: a thread that waits, and can be cancelled");
    narrate::python(include_str!("../python/timer.py"), "timer");
    narrate::rust(TIMER, "timer");
    let (ring, rang) = mpsc::channel();
    let timer = daemon::Timer::start(timing::scaled(Duration::from_millis(500)), move || {
        let _ = ring.send("ring");
    });
    let (ran, took) = timed(|| timer.cancel());
    println!(
        "cancelled after {}: ran = {ran}, rang = {:?}",
        format_duration(took),
        rang.try_recv().ok()
    );
}

fn ctrl_c() {
    narrate::section("Ctrl-C with worker threads");
    narrate::python(include_str!("../python/ctrl_c.py"), "ctrl_c");
    narrate::rust(TIMER, "ctrl_c");
    println!("(this lesson runs it in a child process and sends that child a real SIGINT)");
    match support::interrupt_in_child(&timing::scenario::this_program(), 2) {
        Ok(Some(run)) => print!("{}", run.stdout),
        Ok(None) => println!("(no `kill` command here to send the signal with)"),
        Err(error) => println!("could not run the child: {error}"),
    }
}
