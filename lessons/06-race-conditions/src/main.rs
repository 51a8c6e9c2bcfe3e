//! Narrator for lesson 06: run it with `cargo run -p race-conditions`.

use std::time::Duration;

use clap::Parser;
use race_conditions::{
    Strategy, fixed_fetch_add, fixed_holding_the_guard, lost_update_fresh_lock,
    lost_update_load_then_store, lost_update_locking_twice,
};
use timing::{Timeline, human, narrate, timed};

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
    atomics();
    seed_004();
    many_threads(args.threads as usize, args.increments as usize);

    narrate::section("Every interleaving: loom");
    println!(
        "A Barrier forces one interleaving; loom tries them all. tests/loom.rs runs the counters\n\
         above under loom's scheduler: it finds the lost update in load-then-store, locking twice\n\
         and the fresh lock, and finds none in fetch_add or the held guard:\n\
         RUSTFLAGS=\"--cfg loom\" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom \\\n\
         \x20   cargo test -p race-conditions --release --test loom"
    );
}

fn data_races_do_not_compile() {
    narrate::section("Data races do not compile");
    narrate::rust(include_str!("../snippets/refused_shared_mut.rs"));
    println!("error[E0499]: cannot borrow `counter` as mutable more than once at a time");
    println!("  fix: share `&AtomicUsize` (or `&Mutex<usize>`) instead of `&mut usize`\n");
    narrate::rust(include_str!("../snippets/refused_rc.rs"));
    println!("error[E0277]: `Rc<Vec<&str>>` cannot be sent between threads safely");
    println!("  fix: `Arc`, whose reference count is atomic\n");
    narrate::rust(include_str!("../snippets/refused_static_mut.rs"));
    println!("error[E0133]: use of mutable static is unsafe and requires unsafe block");
    println!("  fix: `static STATE: AtomicUsize` (and `unsafe` is forbidden in this workspace)\n");
    println!(
        "`Send`: safe to move to another thread. `Sync`: safe to share `&` with another thread.\n\
         The compiler works both out from what a type contains, and `thread::spawn` demands them."
    );
}

fn seed_003(pause: Duration) {
    narrate::section("Seed 003: a lost update");
    narrate::python(
        "def update(self, n):\n    local_val = self.val\n    time.sleep(1)\n    self.val = local_val + 1\n\
         ...\nfor num in range(2):\n    executor.submit(data.update, num)   # data.val ends at 1",
    );
    narrate::rust(
        "let local_val = data.lock().unwrap().val; // lock, read, unlock\n\
         between(); // sleep, then wait at a Barrier until both threads have read\n\
         data.lock().unwrap().val = local_val + 1; // lock, write, unlock",
    );
    let timeline = Timeline::new();
    let (val, took) = timed(|| lost_update_locking_twice(pause, &timeline));
    println!(
        "two updates, data.val = {val} after {}: both threads read 0 before either wrote",
        human(took)
    );
    print!("{}", timeline.render());

    narrate::section("The fix: hold the guard from the read to the write");
    narrate::python(
        "with self._lock:\n    local_val = self.val\n    time.sleep(1)\n    self.val = local_val + 1",
    );
    narrate::rust(
        "let mut data = data.lock().unwrap();\ndata.update(between); // Data::update(&mut self)\n\
         // the guard is dropped here, after the write",
    );
    let timeline = Timeline::new();
    let (val, took) = timed(|| fixed_holding_the_guard(pause, &timeline));
    println!(
        "two updates, data.val = {val} after {}: the threads took turns",
        human(took)
    );
    print!("{}", timeline.render());
}

fn atomics() {
    narrate::section("Atomics: load then store still races, fetch_add does not");
    narrate::rust(
        "let local = counter.load(Relaxed);\nbetween(); // a Barrier: both threads load 0\n\
         counter.store(local + 1, Relaxed);",
    );
    println!("two updates, counter = {}", lost_update_load_then_store());
    narrate::rust("counter.fetch_add(1, Relaxed); // read, add and write as one step");
    println!("two updates, counter = {}", fixed_fetch_add());
}

fn seed_004() {
    narrate::section("Seed 004: a new lock on every call");
    narrate::python(
        "state = 0\nlock = Lock()\n\ndef update(i: int) ->None:\n    local = i\n    time.slepp(0.1)\n    \
         state = local\n\ndef locked_updaet(i):\n    with Lock():\n        update(i)",
    );
    println!(
        "`with Lock():` makes a new lock on every call, so no call ever waits for another (the\n\
         module's `lock` is never used). Also: `state = local` binds a local (no `global state`),\n\
         `update` never reads `state`, and `time.slepp` is a typo that raises AttributeError."
    );
    narrate::python(
        "def update() -> None:\n    global state\n    local = state\n    time.sleep(0.1)\n    \
         state = local + 1\n\ndef locked_update() -> None:\n    with lock:   # the one shared lock\n        update()",
    );
    narrate::rust(
        "let lock = Mutex::new(()); // `Lock()`: a lock no other thread can see\n\
         let _guard = lock.lock().unwrap(); // so this never waits\n\
         load_then_store(counter, between);",
    );
    let timeline = Timeline::new();
    let count = lost_update_fresh_lock(SEED_004_PAUSE, &timeline);
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
    println!(
        "{:<38} {:>10} {:>10} {:>9}",
        "how each thread adds one", "final", "lost", "time"
    );
    for strategy in Strategy::ALL {
        let (count, took) = timed(|| strategy.count(threads, increments));
        println!(
            "{:<38} {:>10} {:>10} {:>9}",
            strategy.name(),
            count,
            expected - count,
            human(took)
        );
    }
    println!(
        "expected {expected}. Without a Barrier the losses depend on timing: the numbers change\n\
         from run to run, and a racy row shows 0 when its threads happened not to overlap.\n\
         The last two rows are exact every time."
    );
}
