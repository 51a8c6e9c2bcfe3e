//! Narrator for lesson 06: run it with `cargo run -p race-conditions`.

use std::time::Duration;

use clap::Parser;
use race_conditions::support::Strategy;
use race_conditions::{
    fixed_fetch_add, fixed_holding_the_guard, lost_update_fresh_lock, lost_update_load_then_store,
    lost_update_locking_twice,
};
use timing::{format_duration, narrate, timed};

const UPDATE: &str = include_str!("update.rs");
const SEED_003: &str = include_str!("../python/seed_003.py");

/// Lesson 06: data races do not compile; race conditions still happen.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Sleep between read and write in milliseconds (seed 003's `time.sleep(1)`), scaled by
    /// LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pause_ms: u64,
    /// Threads in the N×M run.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(2..=64))]
    threads: u32,
    /// Increments per thread in the N×M run.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    increments: u32,
}

/// Seed 004 sleeps for 0.1 s between its read and its write.
const SEED_004_PAUSE: Duration = Duration::from_millis(100);

fn main() {
    let args = Args::parse();
    narrate::title(
        "06",
        "race-conditions",
        "data races do not compile; race conditions still happen",
    );
    let pause = Duration::from_millis(args.pause_ms);
    data_races_do_not_compile();
    seed_003(pause);
    hold_the_guard(pause);
    atomics();
    seed_004();
    many_threads(args.threads as usize, args.increments as usize);
    every_interleaving();
}

fn data_races_do_not_compile() {
    narrate::section("Data races do not compile");
    narrate::rust(include_str!("../snippets/refused_shared_mut.rs"), "program");
    println!("error[E0499]: cannot borrow `counter` as mutable more than once at a time");
    println!("  fix: share `&AtomicUsize` (or `&Mutex<usize>`) instead of `&mut usize`");
    narrate::rust(include_str!("../snippets/refused_rc.rs"), "program");
    println!("error[E0277]: `Rc<Vec<&str>>` cannot be sent between threads safely");
    println!("  fix: `Arc`, whose reference count is atomic");
    narrate::rust(include_str!("../snippets/refused_static_mut.rs"), "program");
    println!("error[E0133]: use of mutable static is unsafe and requires unsafe block");
    println!("  fix: `static STATE: AtomicUsize` (and `unsafe` is forbidden in this workspace)");
    println!(
        "`Send`: safe to move to another thread. `Sync`: safe to share `&` with another thread."
    );
    println!(
        "The compiler works both out from what a type contains; `thread::spawn` demands them."
    );
}

fn seed_003(pause: Duration) {
    narrate::section("Seed 003: a lost update");
    narrate::python(SEED_003, "racy");
    narrate::rust(UPDATE, "locking_twice");
    let ((val, took), timeline) = timing::record(|| timed(|| lost_update_locking_twice(pause)));
    let took = format_duration(took);
    println!("two updates, data.val = {val} after {took}: both threads read 0 before either wrote");
    print!("{}", timeline.render());
}

fn hold_the_guard(pause: Duration) {
    narrate::section("The fix: hold the guard from the read to the write");
    narrate::python(SEED_003, "locked");
    narrate::rust(UPDATE, "holding_the_guard");
    let ((val, took), timeline) = timing::record(|| timed(|| fixed_holding_the_guard(pause)));
    let took = format_duration(took);
    println!("two updates, data.val = {val} after {took}: the threads took turns");
    print!("{}", timeline.render());
}

fn atomics() {
    narrate::section("Atomics: load then store still races, fetch_add does not");
    narrate::rust(UPDATE, "load_then_store");
    println!("two updates, counter = {}", lost_update_load_then_store());
    narrate::rust(UPDATE, "fetch_add");
    println!("two updates, counter = {}", fixed_fetch_add());
}

fn seed_004() {
    narrate::section("Seed 004: a new lock on every call");
    narrate::python(include_str!("../python/seed_004.py"), "seed");
    println!("`with Lock():` makes a new lock on every call: no call ever waits for another.");
    println!("Also: `state = local` binds a local (no `global state`), `update` never reads");
    println!("`state`, and `time.slepp` is a typo that raises AttributeError. What it meant:");
    narrate::python(include_str!("../python/seed_004_fixed.py"), "fixed");
    narrate::rust(UPDATE, "fresh_lock");
    let (count, timeline) = timing::record(|| lost_update_fresh_lock(SEED_004_PAUSE));
    println!(
        "two updates, counter = {count}: both threads were inside their \"locked\" section at once"
    );
    print!("{}", timeline.render());
    println!(
        "In Rust the lock owns the data (Mutex<Data>), so there is no separate lock to get wrong."
    );
}

fn many_threads(threads: usize, increments: usize) {
    narrate::section(&format!(
        "{threads} threads × {increments} increments, no Barrier"
    ));
    let expected = threads * increments;
    let row = |a: &str, b: &str, c: &str, d: &str| println!("{a:<38} {b:>10} {c:>10} {d:>9}");
    row("how each thread adds one", "final", "lost", "time");
    for strategy in Strategy::ALL {
        let (count, took) = timed(|| strategy.count(threads, increments));
        let (count, lost) = (count.to_string(), (expected - count).to_string());
        row(strategy.name(), &count, &lost, &format_duration(took));
    }
    println!(
        "expected {expected}. Without a Barrier the losses depend on timing: they change from"
    );
    println!("run to run, and a racy row shows 0 when its threads happened not to overlap.");
    println!("The last two rows are exact every time.");
}

fn every_interleaving() {
    narrate::section("Every interleaving: loom");
    println!("A Barrier forces one interleaving; loom tries them all. tests/loom.rs runs the");
    println!("counters above under loom's scheduler: it finds the lost update in load-then-store,");
    println!("locking twice and the fresh lock, and none in fetch_add or the held guard:");
    println!("  RUSTFLAGS=\"--cfg loom\" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom \\");
    println!("    cargo test -p race-conditions --release --test loom");
}
