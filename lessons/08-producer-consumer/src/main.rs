//! Narrator for lesson 08: run it with `cargo run -p producer-consumer`.

use std::process::Command;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use producer_consumer::*;
use timing::{Comparison, Timeline, human, narrate, timed};

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
    /// How long a consumer waits in `get()` before the lesson calls it stuck, in ms, scaled.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    patience_ms: u64,
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
    /// Internal: run one scenario that may hang, as a child process of the lesson.
    #[arg(long, hide = true, value_enum)]
    scenario: Option<Scenario>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Scenario {
    /// Seed 004's consumer with a `get()` that blocks for ever.
    SeedHang,
}

fn main() {
    let args = Args::parse();
    // ANCHOR: scenario
    if let Some(Scenario::SeedHang) = args.scenario {
        println!("child: seed 004's consumer, get() without a timeout");
        let run = seed_with_slow_producer(args.messages, None);
        println!("child: the consumer ended after all: {run:?}");
        return;
    }
    // ANCHOR_END: scenario
    narrate::title(
        "08",
        "producer-consumer",
        "queues, channels and the end of a stream",
    );
    let patience = timing::scaled(Duration::from_millis(args.patience_ms));

    narrate::section("Seed 004: a producer, a consumer, Queue(maxsize=10) and an Event");
    narrate::python(
        "def producer(queue, event):\n    while not event.is_set():\n        \
         message = random.randint(1, 101)\n        queue.put(message)\n\n\
         def consumer(queue, event):\n    while not (event.is_set() and queue.empty()):\n        \
         message = queue.get()",
    );
    let run = seed_as_written(
        args.maxsize as usize,
        Duration::from_millis(args.run_ms),
        patience,
    );
    println!(
        "as written (the producer never pauses): produced {}, consumed {}, left in the queue {}, consumer stuck: {}",
        run.produced,
        run.consumed.len(),
        run.left_in_queue,
        run.consumer_stuck
    );
    if run.left_in_queue > 0 {
        println!(
            "{} message(s) put after the consumer's last check: never consumed (the seed's other race)",
            run.left_in_queue
        );
    }
    println!(
        "The producer never pauses, so it seldom stops while the consumer waits in get() on an\n\
         empty queue: the run usually ends, and the bug hides. The consumer checks, then blocks\n\
         in get(); if the producer stops in between, nothing will ever wake it."
    );

    narrate::section("The hang: a producer slower than its consumer");
    println!(
        "The producer pauses after each message (a real producer waits for its input); the\n\
         consumer takes each message at once and waits in get() for the next. main sets the event\n\
         during a pause: the producer sees it and stops, the consumer waits for ever. (The lesson\n\
         drives this schedule with channels instead of sleeps, so it happens on every run.)"
    );
    let (run, took) = timed(|| seed_with_slow_producer(args.messages, Some(patience)));
    println!(
        "produced {}, consumed {:?}, consumer stuck in get(): {} (gave up after {}; Python's get() never does)",
        run.produced,
        run.consumed,
        run.consumer_stuck,
        human(took)
    );

    narrate::section("The hang for real, in a child process");
    child_hang(args.messages);

    narrate::section("Fix 1: the end of the stream goes through the queue (close)");
    narrate::python(
        "# Python 3.13\nwhile not event.is_set():\n    queue.put(make())\nqueue.shutdown()     \
         # after the last put\n\n\
         while True:\n    try:\n        message = queue.get()\n    except queue.ShutDown:\n        break",
    );
    narrate::rust(
        "queue.close();                       // producer, after its last put\nfor message in queue.iter() { ... }  // consumer: ends when closed and drained",
    );
    let run = fixed_with_close(args.messages);
    println!(
        "same story: produced {}, consumed {:?}, left {}: the consumer ended",
        run.produced, run.consumed, run.left_in_queue
    );

    narrate::section("Fix 2, in production: crossbeam_channel::bounded(10)");
    narrate::rust(
        "let (sender, receiver) = crossbeam_channel::bounded(10);\n\
         // producer: sender.send(message)?; ... then `sender` is dropped\n\
         // consumer: for message in receiver { ... }   // ends when every sender is gone",
    );
    let run = fixed_with_channel(args.messages);
    println!(
        "same story: produced {}, consumed {:?}, left {}: the consumer ended",
        run.produced, run.consumed, run.left_in_queue
    );

    narrate::section("The teaching Queue: one Mutex, three Condvars, like CPython's");
    teaching_queue_facts();

    narrate::section("Many producers, many consumers");
    many_to_many(&args);

    narrate::section("select!: two channels, a ticker and a deadline");
    select_demo();

    narrate::section("Back-pressure: a fast producer, a slow consumer, a small queue");
    back_pressure_demo(&args);
}

// ANCHOR: child
fn child_hang(messages: u32) {
    let bound = timing::scaled(Duration::from_secs(2)).max(Duration::from_millis(300));
    let me = std::env::current_exe().expect("the lesson knows where its binary is");
    let mut command = Command::new(me);
    command.args([
        "--scenario",
        "seed-hang",
        "--messages",
        &messages.to_string(),
    ]);
    match timing::run_with_timeout(&mut command, bound) {
        Ok(child) if child.timed_out() => {
            print!("{}", child.stdout);
            println!(
                "the child (pid {}) was still waiting after {}: killed and reaped; {}",
                child.pid,
                human(child.elapsed),
                match timing::process_exists(child.pid) {
                    Some(false) => "it is gone",
                    Some(true) => "it is STILL THERE",
                    None => "this OS cannot tell whether it is gone",
                }
            );
        }
        Ok(child) => println!(
            "the child ended this time (status {:?}):\n{}",
            child.status, child.stdout
        ),
        Err(error) => println!("could not start the child process: {error}"),
    }
}
// ANCHOR_END: child

fn teaching_queue_facts() {
    let queue = Queue::new(2);
    queue.put("a").unwrap();
    queue.put("b").unwrap();
    println!(
        "maxsize 2 holding 2: try_put(\"c\") = {:?}",
        queue.try_put("c")
    );
    println!("get() = {:?} (first in, first out)", queue.get());
    let empty = Queue::<u8>::new(0);
    let wait = Duration::from_millis(20);
    let (result, took) = timed(|| empty.get_timeout(wait));
    println!(
        "empty queue: get_timeout(20 ms) = {result:?} after {}",
        human(took)
    );
    println!("task_done() with nothing put = {:?}", empty.task_done());
    empty.close();
    println!(
        "closed: put(1) = {:?}, get() = {:?}",
        empty.put(1),
        empty.get()
    );
    let joined = work_then_join(6, 2, Duration::from_millis(20));
    println!(
        "join(): 6 jobs, 2 workers calling task_done(): join() returned after {} with {} jobs done",
        human(joined.join_waited),
        joined.done_when_join_returned
    );
}

fn many_to_many(args: &Args) {
    let (p, c, n) = (
        args.producers as usize,
        args.consumers as usize,
        args.per_producer,
    );
    let mut table = Comparison::new(format!("{p} producers × {n} messages"));
    let (queue, t_queue) = timed(|| queue_pipeline(p, c, n, 10));
    let (crossbeam, t_crossbeam) = timed(|| crossbeam_pipeline(p, c, n, 10));
    let (mpsc, t_mpsc) = timed(|| mpsc_pipeline(p, n, 10));
    table
        .row(format!("teaching Queue(10), {c} consumers"), t_queue)
        .row(format!("crossbeam bounded(10), {c} consumers"), t_crossbeam)
        .row("std mpsc sync_channel(10), 1 consumer", t_mpsc);
    print!("{table}");
    for (name, delivery) in [
        ("Queue", &queue),
        ("crossbeam", &crossbeam),
        ("mpsc", &mpsc),
    ] {
        let counts: Vec<usize> = delivery.per_consumer.iter().map(Vec::len).collect();
        println!(
            "{name:<9} per consumer {counts:?}; every message exactly once: {}; each producer's in order: {}",
            delivery.exactly_once(p, n),
            delivery.in_order_per_producer()
        );
    }
    println!(
        "the teaching Queue never held more than {} (maxsize 10). One run, not a benchmark:\n\
         see benches/channels.rs for the measured comparison.",
        queue.high_water
    );
}

fn select_demo() {
    let fast = Feed {
        count: 6,
        every: Duration::from_millis(60),
    };
    let slow = Feed {
        count: 2,
        every: Duration::from_millis(200),
    };
    let tick = Duration::from_millis(150);
    narrate::rust(
        "select! {\n    recv(fast) -> m => ...,\n    recv(slow) -> m => ...,\n    \
         recv(ticker) -> _ => ...,    // crossbeam_channel::tick(150 ms)\n    \
         recv(deadline) -> _ => ...,  // crossbeam_channel::after(..)\n}",
    );
    for deadline in [Duration::from_secs(2), Duration::from_millis(250)] {
        let got = select_two(fast, slow, tick, deadline);
        let log: Vec<String> = got
            .log
            .iter()
            .map(|(at, event)| format!("{event} @{}", human(*at)))
            .collect();
        println!(
            "deadline {}: ended by {:?}",
            human(timing::scaled(deadline)),
            got.end
        );
        println!("  {}", log.join(", "));
    }
}

fn back_pressure_demo(args: &Args) {
    let work = Duration::from_millis(args.work_ms);
    let timeline = Timeline::new();
    let bounded = back_pressure(args.items, args.pressure_maxsize as usize, work, &timeline);
    let unbounded = back_pressure(args.items, 0, work, &Timeline::new());
    println!(
        "maxsize {}: the producer waited {} in put() in total; the queue never held more than {}",
        args.pressure_maxsize,
        human(bounded.stalled()),
        bounded.high_water
    );
    print!("{}", timeline.render());
    println!(
        "the producer was done after {} with maxsize {}, after {} unbounded",
        human(bounded.producer_done),
        args.pressure_maxsize,
        human(unbounded.producer_done)
    );
    println!(
        "unbounded: the producer never waits, and {} items piled up in the queue. The consumer\n\
         finishes at about the same time either way ({} vs {}): the bound only stops the producer\n\
         from running ahead, and keeps memory flat.",
        unbounded.high_water,
        human(bounded.consumer_done),
        human(unbounded.consumer_done)
    );
}
