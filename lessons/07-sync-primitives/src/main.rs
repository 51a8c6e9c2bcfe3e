//! Narrator for lesson 07: run it with `cargo run -p sync-primitives`.

use std::time::Duration;

use clap::Parser;
use sync_primitives::*;
use timing::{Comparison, Timeline, human, narrate, timed};

/// Lesson 07: Python's threading primitives (Lock, RLock, Condition, Event, Semaphore, Barrier)
/// and their Rust counterparts.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The seed's `time.sleep(1)` in milliseconds (scaled by LESSON_TIME_SCALE); the other
    /// demonstrations use fractions of it.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    pause_ms: u64,
    /// Workers that want a "connection" in the semaphore demonstration.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=40))]
    workers: u32,
    /// Connections (semaphore permits) available to them.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=40))]
    permits: u32,
    /// Readers in the RwLock demonstration.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=16))]
    readers: u32,
}

fn main() {
    let args = Args::parse();
    narrate::title(
        "07",
        "sync-primitives",
        "Lock, RLock, Condition, Event, Semaphore, Barrier",
    );
    let pause = Duration::from_millis(args.pause_ms);

    narrate::section("Lock → Mutex<T>: the lock owns the data");
    narrate::python(
        "# seed 003, the fixed Data.update\nwith self._lock:\n    local_val = self.val\n    \
         time.sleep(1)\n    self.val = local_val + 1",
    );
    narrate::rust(
        "let mut guard = val.lock().unwrap(); // Mutex<u64>: no way to the value but this\n\
         let local_val = *guard;\ntiming::sleep(pause);\n*guard = local_val + 1; // unlocked when guard drops",
    );
    let timeline = Timeline::new();
    let (val, took) = timed(|| locked_update(2, pause, &timeline));
    println!(
        "value after threads are executed: val={val} (2 updates in {}: one at a time)",
        human(took)
    );
    print!("{}", timeline.render());

    narrate::section("Poisoning: a thread panicked while holding the lock");
    narrate::python(
        "with lock:              # Python releases the lock on an exception...\n    \
         accounts[0] -= 50\n    raise RuntimeError  # ...and the next thread sees half a transfer",
    );
    narrate::rust(
        "match accounts.lock() {\n    Ok(guard) => ...,\n    \
         Err(poisoned) => poisoned.into_inner(), // look, repair, then clear_poison()\n}",
    );
    narrate::short_panic_messages();
    let poisoned = poison_a_transfer();
    println!(
        "lock() after the panic: {}; recovered balances {:?}: {} of the 100 vanished, the \
         transfer stopped halfway",
        if poisoned.lock_was_poisoned {
            "Err(PoisonError)"
        } else {
            "Ok"
        },
        poisoned.balances,
        100 - poisoned.balances.iter().sum::<i64>(),
    );
    println!(
        "after clear_poison(): is_poisoned() = {}",
        poisoned.still_poisoned_after_clear
    );

    narrate::section("The same lock twice on one thread: Lock vs RLock");
    narrate::python(
        "lock = threading.Lock(); lock.acquire()\nlock.acquire(blocking=False)   # False \
         (a plain acquire() would hang forever)\nrlock = threading.RLock()       # may be taken \
         again by the thread that holds it",
    );
    narrate::rust(
        "let _first = lock.lock().unwrap();\nlock.try_lock()                // Err(WouldBlock)\n\
         let rlock = parking_lot::ReentrantMutex::new(RefCell::new(vec![]));",
    );
    println!(
        "std Mutex, second try_lock on the same thread: {}",
        lock_twice_on_one_thread()
    );
    let reentrant = reentrant_countdown(3);
    println!(
        "ReentrantMutex, locked 1 + 3 times by one thread: pushed {:?}; another thread's \
         try_lock meanwhile got it: {}",
        reentrant.pushed, reentrant.other_thread_got_it
    );

    narrate::section("Lock.acquire(timeout=) → parking_lot::Mutex::try_lock_for");
    narrate::python("if not lock.acquire(timeout=0.1):\n    print('gave up')");
    narrate::rust(
        "match lock.try_lock_for(Duration::from_millis(100)) {\n    Some(guard) => ...,\n    None => println!(\"gave up\"),\n}",
    );
    let timed_lock = lock_with_timeout(pause / 10, pause / 2);
    println!(
        "while another thread held it: gave up = {} after {}; then a patient try got it = {} \
         after {}",
        timed_lock.first_gave_up,
        human(timed_lock.gave_up_after),
        timed_lock.second_got_it,
        human(timed_lock.got_it_after)
    );

    narrate::section("RwLock: many readers at once, a writer alone (Python has none)");
    narrate::rust(
        "let guard = value.read().unwrap();   // shared\nlet guard = value.write().unwrap();  // exclusive",
    );
    let timeline = Timeline::new();
    let rw = readers_then_writer(args.readers as usize, pause / 2, &timeline);
    println!(
        "{} readers inside at once; the writer overlapped a reader: {}; value after = {}",
        rw.readers_at_once, rw.writer_overlapped_a_reader, rw.value
    );
    print!("{}", timeline.render());

    narrate::section("Condition → Condvar: check the condition in a loop");
    narrate::python(
        "with cond:\n    cond.wait_for(lambda: ready)   # not: if not ready: cond.wait()",
    );
    narrate::rust("let guard = cvar.wait_while(guard, |g| !g.ready).unwrap();");
    let with_if = wake_without_change(Recheck::If);
    let with_wait_while = wake_without_change(Recheck::WaitWhile);
    println!(
        "woken once before ready was set: `if` returned with ready = {} after {} check; \
         `wait_while` returned with ready = {} after {} checks",
        with_if.ready, with_if.checks, with_wait_while.ready, with_wait_while.checks
    );

    narrate::section("Event: Mutex<bool> + Condvar, as in CPython");
    narrate::python(
        "# seed 004\nevent = Event()\nwhile not event.is_set(): ...   # the producer\n\
         event.set()                     # main: no more messages",
    );
    narrate::rust(
        "let stop = Event::new();\nwhile !stop.wait_timeout(tick) { /* a round of work */ }\nstop.set();",
    );
    let timeline = Timeline::new();
    let woken = release_waiters(3, pause / 5, &timeline);
    println!("one set() woke {woken} waiters at once:");
    print!("{}", timeline.render());
    let stopped = stop_a_worker(pause / 2, pause / 5);
    println!(
        "a worker ticking every {} did {} rounds and stopped {} after set(): wait_timeout is a \
         sleep that set() interrupts",
        human(timing::scaled(pause / 5)),
        stopped.rounds,
        human(stopped.stop_took)
    );

    narrate::section("Semaphore → a Semaphore whose permits give themselves back");
    narrate::python("pool = threading.BoundedSemaphore(3)\nwith pool:\n    use_the_connection()");
    narrate::rust(
        "let pool = Semaphore::new(3);\nlet _permit = pool.acquire(); // released when dropped",
    );
    let (workers, permits) = (args.workers as usize, args.permits as usize);
    let hold = pause / 2;
    let timeline = Timeline::new();
    let limited = limit_connections(workers, permits, hold, &timeline);
    let unlimited = limit_connections(workers, workers, hold, &Timeline::new());
    println!(
        "{workers} workers, {permits} connections: at most {} connected at once",
        limited.most_at_once
    );
    print!("{}", timeline.render());
    let mut table = Comparison::new("connections");
    table
        .row(format!("{permits} permits"), limited.took)
        .row(format!("{workers} permits"), unlimited.took);
    print!("{table}");

    narrate::section("Barrier: everyone waits for everyone, one leader per round");
    narrate::python("barrier = threading.Barrier(3)\nif barrier.wait() == 0: print('leader')");
    narrate::rust("if barrier.wait().is_leader() { println!(\"leader\"); }");
    let timeline = Timeline::new();
    let leaders = barrier_leaders(3, 3, pause / 20, &timeline);
    println!("leaders per round: {leaders:?}");
    print!("{}", timeline.render_by_thread());

    narrate::section("One-time initialisation: OnceLock and LazyLock");
    narrate::python(
        "# module-level: computed once, at import, under the import lock\nSETTINGS = load()",
    );
    narrate::rust(
        "static SETTINGS: LazyLock<Vec<String>> = LazyLock::new(load);\nlet config = once.get_or_init(load);",
    );
    let once = init_once(4, pause / 10);
    println!(
        "OnceLock: 4 threads called get_or_init at once; the initialiser ran {} time(s); all got \
         the same value: {}",
        once.inits, once.all_the_same
    );
    println!(
        "LazyLock: read from 4 threads; the initialiser ran {} time(s)",
        read_settings_from(4)
    );

    narrate::section("Below the locks: atomics");
    println!(
        "Every lock above is built on atomic operations. Ordering::Relaxed orders nothing but the\n\
         one variable (counters); Release on a store + Acquire on a load of the same variable\n\
         publish everything written before the store (how a Mutex hands data over); SeqCst adds\n\
         one global order of all SeqCst operations. Lesson 06 (race-conditions) shows them."
    );
}
