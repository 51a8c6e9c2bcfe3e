//! Narrator for lesson 14: run it with `cargo run -p atomics`.

use std::time::Duration;

use atomics::support::{self, Lock, RaiseThenLook};
use clap::Parser;
use timing::{format_duration, narrate, timed};

const COUNTER_PY: &str = include_str!("../python/counter.py");
const UPDATE_PY: &str = include_str!("../python/update.py");
const PUBLISH_PY: &str = include_str!("../python/publish.py");

/// Lesson 14: atomics and memory orderings, each one shown at work.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Threads taking tickets and updating with compare-and-swap.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(2..=64))]
    threads: u32,
    /// Tickets, updates and hand-overs per thread.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    updates: u32,
    /// How long each timed run lasts, in milliseconds (scaled by LESSON_TIME_SCALE, 10 ms at least).
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    budget_ms: u64,
    /// Increments per thread in the false-sharing run.
    #[arg(long, default_value_t = 5_000_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000_000))]
    increments: u64,
}

fn main() {
    let args = Args::parse();
    narrate::title(
        "14",
        "atomics",
        "fetch_add, compare-and-swap, and every ordering at work",
    );
    let budget =
        timing::scaled(Duration::from_millis(args.budget_ms)).max(Duration::from_millis(10));
    let (threads, updates) = (args.threads as usize, args.updates as usize);
    python_has_no_atomics();
    tickets(threads, updates);
    compare_and_swap(threads, updates);
    publishing(updates);
    store_buffer(budget);
    spin_lock(budget);
    false_sharing(args.increments);
    loom();
}

fn python_has_no_atomics() {
    narrate::section("Python has no atomics");
    narrate::python(COUNTER_PY, "lock");
    println!("CPython gives Python code no atomic integers, no compare-and-swap and no orderings.");
    println!("Rust gives you the processor's atomic instructions, and each one takes an Ordering.");
}

fn tickets(threads: usize, each: usize) {
    narrate::section("fetch_add: a ticket for everyone");
    narrate::python(COUNTER_PY, "tickets");
    narrate::rust(include_str!("counter.rs"), "take_ticket");
    let [a, b] = support::split_tickets_at_a_barrier();
    println!("lesson 06's load then store, both threads loading first: tickets {a} and {b}");
    println!("{threads} threads × {each} tickets, no Barrier:");
    for (how, split) in [("load, then store", true), ("fetch_add", false)] {
        let (duplicates, took) = timed(|| support::duplicate_tickets(threads, each, split));
        let took = format_duration(took);
        println!("  {how:<17} {duplicates:>8} tickets handed out twice ({took})");
    }
}

fn compare_and_swap(threads: usize, updates: usize) {
    narrate::section("Compare-and-swap: seed 003's update without a lock");
    narrate::python(UPDATE_PY, "locked");
    narrate::rust(include_str!("cas.rs"), "update");
    let (val, retries) = support::cas_race_at_a_barrier();
    println!("two threads, both read 0 before either swaps: val = {val}, after {retries} retry");
    println!("{updates} updates per thread, 100 steps of work between read and swap:");
    println!(
        "  {:>7} {:>10} {:>9} {:>16}",
        "threads", "val", "retries", "per 100 updates"
    );
    for n in [1, 2, threads] {
        let (val, retries) = support::cas_under_contention(n, updates, 100);
        let per_100 = 100.0 * retries as f64 / (n * updates) as f64;
        println!("  {n:>7} {val:>10} {retries:>9} {per_100:>16.1}");
    }
    println!("Nothing is lost; under contention the work is redone instead.");
}

fn publishing(rounds: usize) {
    narrate::section("Publishing through a flag: Relaxed is wrong, Release/Acquire is right");
    narrate::python(PUBLISH_PY, "event");
    narrate::rust(include_str!("publish.rs"), "relaxed");
    narrate::rust(include_str!("publish.rs"), "release_acquire");
    let arch = std::env::consts::ARCH;
    for (how, relaxed) in [("Relaxed", true), ("Release/Acquire", false)] {
        let stale = support::stale_reads(rounds, relaxed);
        println!("  {how:<16} {rounds} hand-overs on {arch}: {stale} stale reads");
    }
    println!("0 stale reads proves nothing: x86 keeps stores in order and loads in order, so the");
    println!(
        "Relaxed bug cannot show here. The language allows it, ARM does it, and loom finds it."
    );
}

fn store_buffer(budget: Duration) {
    narrate::section("Where only SeqCst will do: the store-buffer test");
    narrate::rust(include_str!("litmus.rs"), "acq_rel");
    narrate::rust(include_str!("litmus.rs"), "seq_cst");
    println!("two threads: one raises x and looks at y, the other raises y and looks at x");
    for version in RaiseThenLook::ALL {
        let seen = support::store_buffer(version, budget);
        println!(
            "  {:<31} {:>9} pairs, both saw nothing {:>7} times",
            version.name(),
            seen.pairs,
            seen.both_saw_nothing
        );
    }
    println!("x86 parks each store in a store buffer and lets a later load run ahead of it.");
    println!(
        "A SeqCst store waits for the buffer to drain. (Counts vary with the machine's load.)"
    );
}

fn spin_lock(budget: Duration) {
    narrate::section("A spin lock: Acquire to lock, Release to unlock");
    narrate::rust(include_str!("spin.rs"), "spin_lock");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("lock, add one, unlock, for {}:", format_duration(budget));
    for threads in [cores, 4 * cores] {
        for lock in [Lock::Spin, Lock::Mutex] {
            let rounds = support::lock_rounds(lock, threads, budget);
            let per_second = rounds as f64 / budget.as_secs_f64() / 1e6;
            println!(
                "  {:<9} {threads:>2} threads: {per_second:>6.1} M locks/s",
                lock.name()
            );
        }
    }
    let hold = Duration::from_millis(100);
    let (waits, timeline) = timing::record(|| {
        [Lock::Spin, Lock::Mutex].map(|lock| (lock, support::cpu_while_waiting(lock, hold)))
    });
    for (lock, cpu) in waits {
        if let Some(cpu) = cpu {
            let (cpu, hold) = (format_duration(cpu), format_duration(hold));
            println!("  waiting {hold} for a held {}: {cpu} of CPU", lock.name());
        }
    }
    print!("{}", timeline.render());
    println!("A spinner burns its core while it waits, even when the holder is not running.");
}

fn false_sharing(increments: u64) {
    narrate::section("False sharing: two counters, one cache line");
    narrate::rust(include_str!("padding.rs"), "count_both");
    let (same, padded) = support::false_sharing(increments, 3);
    let (same_line, apart) = (atomics::SameLine::default(), atomics::Padded::default());
    let near = support::distance(&same_line.a, &same_line.b);
    let far = support::distance(&apart.a, &apart.b);
    println!("two threads × {increments} fetch_adds, each on its own counter (fastest of 3):");
    println!(
        "  SameLine (b is {near:>3} bytes after a): {}",
        format_duration(same)
    );
    println!(
        "  Padded   (b is {far:>3} bytes after a): {}",
        format_duration(padded)
    );
    let ratio = same.as_secs_f64() / padded.as_secs_f64().max(1e-9);
    if ratio >= 1.2 {
        println!("  one cache line was {ratio:.1}× slower: the cores pass it back and forth");
    } else {
        println!("  {ratio:.1}×: no clear difference this time (it needs two free cores at once)");
    }
}

fn loom() {
    narrate::section("Every wrong ordering, caught: loom");
    println!(
        "x86 never shows the Relaxed publish going wrong; loom checks the memory model itself."
    );
    println!(
        "tests/loom.rs finds the stale read, both threads reading false with Release/Acquire,"
    );
    println!("and the lost update of a spin lock without Acquire or without Release:");
    println!("  RUSTFLAGS=\"--cfg loom\" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom \\");
    println!("    cargo test --release -p atomics --test loom");
}
