//! Narrator for lesson 08: run it with `cargo run -p producer-consumer`.

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use producer_consumer::support::{self, Pressure};
use producer_consumer::*;
use timing::{Comparison, format_duration, narrate, timed};

const SEED: &str = include_str!("../python/seed_004.py");
const FIXED: &str = include_str!("../python/fixed.py");

/// Lesson 08: producers and consumers over a queue, and channels.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The queue's maxsize in seed 004 (`Queue(maxsize=10)`).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000))]
    maxsize: u32,
    /// How long seed 004 runs before `event.set()`, in ms (`time.sleep(0.1)`), scaled.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    run_ms: u64,
    /// Messages the slow producer makes before the event is set.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
    messages: u32,
    /// Producer threads in the many-to-many runs.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=16))]
    producers: u64,
    /// Consumer threads in the many-to-many runs.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=16))]
    consumers: u64,
    /// Messages each producer sends in the many-to-many runs.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    per_producer: u64,
    /// Items in the back-pressure demo.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=20))]
    items: u32,
    /// The small queue's maxsize in the back-pressure demo.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
    pressure_maxsize: u32,
    /// The slow consumer's work per item in the back-pressure demo, in ms, scaled.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=2_000))]
    work_ms: u64,
}

fn main() -> ExitCode {
    timing::scenario::main(support::SCENARIOS);
    let args = Args::parse();
    narrate::title(
        "08",
        "producer-consumer",
        "queues, channels and the end of a stream",
    );
    seed_as_written(&args);
    the_hang(args.messages);
    the_hang_for_real(args.messages);
    the_stuck_producer(args.maxsize as usize);
    fix_close(args.messages);
    fix_channel(args.messages);
    teaching_queue();
    many_to_many(&args);
    select_demo();
    back_pressure_demo(&args);
    ExitCode::SUCCESS
}

fn print_run(run: &support::SeedRun) {
    println!(
        "produced {}, consumed {:?}, left in the queue {}, consumer stuck in get(): {}",
        run.produced, run.consumed, run.left_in_queue, run.consumer_stuck
    );
}

fn seed_as_written(args: &Args) {
    narrate::section("Seed 004: a producer, a consumer, Queue(maxsize=10) and an Event");
    narrate::python(SEED, "seed");
    let run_for = Duration::from_millis(args.run_ms);
    let run = support::seed_as_written(args.maxsize as usize, run_for);
    println!(
        "as written (the producer never pauses): produced {}, consumed {}, left in the queue {}, consumer stuck: {}",
        run.produced,
        run.consumed.len(),
        run.left_in_queue,
        run.consumer_stuck
    );
    if run.left_in_queue > 0 {
        println!(
            "{} message(s) put after the consumer's last check: never consumed",
            run.left_in_queue
        );
    }
    println!(
        "The consumer checks, then blocks in get(): if the producer stops in between, nothing wakes it."
    );
}

fn the_hang(messages: u32) {
    narrate::section("The hang: a producer slower than its consumer");
    narrate::rust(include_str!("seed.rs"), "seed_consumer");
    println!(
        "The producer pauses after each message; main sets the event during a pause, while the"
    );
    println!(
        "consumer waits in get() for the next one. (Channels, not sleeps, drive this schedule.)"
    );
    let run = support::seed_hang(messages);
    print_run(&run);
    println!("(the lesson then closed the queue to release it; Python's get() would wait forever)");
}

fn the_hang_for_real(messages: u32) {
    narrate::section("The hang for real, in a child process");
    // Once the child says its consumer sleeps in get() for good, give it a moment to end anyway.
    let grace = timing::scaled(Duration::from_secs(2)).max(Duration::from_millis(200));
    match support::child_hang(&timing::scenario::this_program(), messages, grace) {
        Ok(child) if child.timed_out() => {
            // What the child printed for people; its report (one line of JSON) was for us.
            let prose = child.stdout.lines().filter(|line| !line.starts_with('{'));
            prose.for_each(|line| println!("{line}"));
            let gone = match timing::process_exists(child.pid) {
                Some(false) => "it is gone",
                Some(true) => "it is STILL THERE",
                None => "this OS cannot tell whether it is gone",
            };
            let waited = format_duration(child.elapsed);
            let reported = timing::scenario::reports::<support::Hung>(child.stdout.as_bytes());
            let state = match reported.count() {
                0 => "never said its consumer was waiting in get()",
                _ => "was still waiting",
            };
            println!(
                "the child (pid {}) {state} after {waited}: killed and reaped; {gone}",
                child.pid
            );
        }
        Ok(child) => println!(
            "the child ended this time ({:?}):\n{}",
            child.status, child.stdout
        ),
        Err(error) => println!("could not start the child process: {error}"),
    }
}

fn the_stuck_producer(maxsize: usize) {
    narrate::section("The other way round: the consumer stops, the producer blocks in put()");
    let run = support::seed_producer_after_consumer_stops(maxsize, 3);
    println!(
        "the consumer took {} and stopped; the producer filled the queue ({} left) and, after event.set(), was still in put(): {}",
        run.consumed, run.left_in_queue, run.producer_stuck
    );
    println!(
        "(the lesson then closed the queue: put() gave message {} back)",
        run.produced
    );
    let run = support::channel_producer_after_consumer_stops(maxsize, 3);
    println!(
        "with a channel: the consumer took {} and dropped its Receiver; send() failed and the producer returned after {} messages, no event needed",
        run.consumed, run.produced
    );
}

fn fix_close(messages: u32) {
    narrate::section("Fix 1: the end of the stream goes through the queue (close)");
    narrate::python(FIXED, "shutdown");
    narrate::rust(include_str!("seed.rs"), "fix_close");
    let run = support::fixed_with_close(messages);
    print!("same story: ");
    print_run(&run);
}

fn fix_channel(messages: u32) {
    narrate::section("Fix 2, in production: crossbeam_channel::bounded(10)");
    narrate::rust(include_str!("seed.rs"), "fix_channel");
    let run = support::fixed_with_channel(messages);
    print!("same story: ");
    print_run(&run);
}

fn teaching_queue() {
    narrate::section("The teaching Queue: one Mutex, three Condvars, like CPython's");
    let queue = Queue::new(2);
    queue.put("a").unwrap();
    queue.put("b").unwrap();
    println!(
        "maxsize 2 holding 2: try_put(\"c\") = {:?}",
        queue.try_put("c")
    );
    println!("get() = {:?} (first in, first out)", queue.get());
    let empty = Queue::<u8>::new(0);
    let (result, took) = timed(|| empty.get_timeout(Duration::from_millis(20)));
    println!(
        "empty queue: get_timeout(20 ms) = {result:?} after {}",
        format_duration(took)
    );
    println!("task_done() with nothing put = {:?}", empty.task_done());
    empty.close();
    println!(
        "closed: put(1) = {:?}, get() = {:?}",
        empty.put(1),
        empty.get()
    );
    let (done, took) = timed(|| work_then_join(6, 2, Duration::from_millis(20)));
    println!(
        "join(): 6 jobs, 2 workers calling task_done(): join() returned with {done} jobs done ({} in all)",
        format_duration(took)
    );
}

fn many_to_many(args: &Args) {
    narrate::section("Many producers, many consumers");
    let (p, c, n) = (
        args.producers as usize,
        args.consumers as usize,
        args.per_producer,
    );
    let (queue, t_queue) = timed(|| queue_pipeline(p, c, n, 10));
    let (crossbeam, t_crossbeam) = timed(|| crossbeam_pipeline(p, c, n, 10));
    let (mpsc, t_mpsc) = timed(|| vec![mpsc_pipeline(p, n, 10)]);
    let mut table = Comparison::new(format!("{p} producers × {n} messages"));
    table
        .row(format!("teaching Queue(10), {c} consumers"), t_queue)
        .row(format!("crossbeam bounded(10), {c} consumers"), t_crossbeam)
        .row("std mpsc sync_channel(10), 1 consumer", t_mpsc);
    print!("{table}");
    for (name, received) in [
        ("Queue", &queue),
        ("crossbeam", &crossbeam),
        ("mpsc", &mpsc),
    ] {
        let counts: Vec<usize> = received.iter().map(Vec::len).collect();
        println!(
            "{name:<9} per consumer {counts:?}; every message exactly once: {}; each producer's in order: {}",
            support::exactly_once(received, p, n),
            support::in_order_per_producer(received)
        );
    }
    println!("One run, not a benchmark: benches/channels.rs measures them.");
}

fn select_demo() {
    narrate::section("select!: two channels, a ticker and a deadline");
    let tick = Duration::from_millis(150);
    for deadline in [Duration::from_secs(2), Duration::from_millis(250)] {
        let fast = feed(6, Duration::from_millis(60));
        let slow = feed(2, Duration::from_millis(200));
        let events = select_two(fast, slow, tick, deadline);
        println!("deadline {}:", format_duration(timing::scaled(deadline)));
        println!("  {}", events.join(", "));
    }
}

fn back_pressure_demo(args: &Args) {
    narrate::section("Back-pressure: a fast producer, a slow consumer, a small queue");
    let (items, maxsize) = (args.items, args.pressure_maxsize as usize);
    let work = Duration::from_millis(args.work_ms);
    let (backlog, timeline) = timing::record(|| back_pressure(items, maxsize, work));
    let bounded = Pressure::from_timeline(&timeline);
    let (piled_up, unbounded) = timing::record(|| back_pressure(items, 0, work));
    let unbounded = Pressure::from_timeline(&unbounded);
    let stalled = format_duration(bounded.stalled);
    println!(
        "maxsize {maxsize}: the producer waited {stalled} in put() in total; at most {backlog} waited in the queue"
    );
    print!("{}", timeline.render());
    println!(
        "the producer was done after {} with maxsize {maxsize}, after {} unbounded ({piled_up} piled up)",
        format_duration(bounded.producer_done),
        format_duration(unbounded.producer_done)
    );
    println!(
        "the consumer was done after {} and {}: the bound only stops the producer running ahead",
        format_duration(bounded.consumer_done),
        format_duration(unbounded.consumer_done)
    );
}
