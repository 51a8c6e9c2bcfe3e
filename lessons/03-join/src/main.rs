//! Narrator for lesson 03: run it with `cargo run -p join`.

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use clap::Parser;
use join::{
    Arrival, crossbeam_scope, crossbeam_scope_after_a_panic, join_in_start_order, join_outcome,
    join_timeout, receive_as_completed, sleep_on_threads, sleep_one_by_one, std_scope,
    std_scope_after_a_panic, time_without_then_with_join,
};
use timing::{Comparison, Timeline, human, narrate};

/// Lesson 03: waiting for threads with join.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many sleepers (the seeds' `n_threads = 5` and `range(1, 6)`).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=10))]
    sleepers: u32,
    /// How long each of seed 002's sleepers sleeps, in seed seconds (`args = (3, name)`).
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=10))]
    seconds: u32,
    /// One of the seeds' seconds, in milliseconds. The default keeps the lesson under 15 s;
    /// 1000 replays the seeds in real time (about 40 s).
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u64).range(1..=2_000))]
    unit_ms: u64,
}

fn main() {
    let args = Args::parse();
    narrate::title("03", "join", "waiting for threads");
    let unit = Duration::from_millis(args.unit_ms);
    let units = |n: u32| unit * n;
    println!(
        "(one seed second = {} here; --unit-ms 1000 for real seconds)",
        human(unit)
    );
    let n = args.sleepers;

    narrate::section("The trap: a timer without join");
    narrate::python(
        "start = time.perf_counter()\nfor t in range(1, 6):\n    thread = threading.Thread(target=foo, args=[t])\n    thread.start()\n\
         end = time.perf_counter()\nprint(f'Complete in: {end - start:.2f} second(s)')   # Complete in: 0.01 second(s)",
    );
    let sleeps: Vec<Duration> = (1..=n).map(units).collect();
    let trap = time_without_then_with_join(&sleeps);
    println!(
        "without join the timer said {}, with {} of {n} threads still sleeping;",
        human(trap.unjoined),
        trap.still_running
    );
    println!(
        "after joining them all it says {} (the longest sleep is {}).",
        human(trap.joined),
        human(timing::scaled(units(n)))
    );

    narrate::section("One by one vs on threads: seed 002's five sleepers");
    narrate::python(
        "for i in range(n_threads):\n    thread = threading.Thread(target=sleeper, name=name, args=(3, name))\n    threads.append(thread)\n    thread.start()\n\
         for thread in threads:\n    thread.join()\nprint('Elapse time: ', elapse)   # 3.007716178894043",
    );
    narrate::rust(
        "let handles: Vec<_> = (0..5).map(|i| thread::spawn(move || sleeper(i))).collect();\nfor handle in handles {\n    handle.join().unwrap();\n}",
    );
    let sleeps = vec![units(args.seconds); n as usize];
    let timeline = Arc::new(Timeline::new());
    let one_by_one = sleep_one_by_one(&sleeps, &timeline);
    let on_threads = sleep_on_threads(&sleeps, &timeline);
    let mut table = Comparison::new("how");
    table
        .row("one by one", one_by_one)
        .row(format!("{n} threads, joined"), on_threads);
    print!("{table}");
    let longest = timing::scaled(units(args.seconds));
    println!(
        "the longest sleep is {}; the threads took {} more than that (the seed: 7.7 ms more)",
        human(longest),
        human(on_threads.saturating_sub(longest))
    );
    print!("{}", timeline.render());

    narrate::section("join returns the thread's value, or its panic");
    narrate::python(
        "thread.join()   # always None: a return value is dropped, an exception only printed",
    );
    narrate::rust(
        "match handle.join() {\n    Ok(value) => ...,\n    Err(payload) => ... // the panic's message is in the payload\n}",
    );
    narrate::short_panic_messages();
    println!("join(|| 6 * 7) = {:?}", join_outcome(|| 6 * 7));
    let fell = join_outcome(|| -> u32 { panic!("sleeper {} fell out of bed", 3) });
    println!("join(a sleeper that panics) = {fell:?}");

    narrate::section("Join order is not completion order");
    narrate::python(
        "results = [executor.submit(some_task, second) for second in [5, 4, 3, 2, 1]]\n\
         for result in concurrent.futures.as_completed(results):\n    print(result.result())",
    );
    let sleeps: Vec<Duration> = (1..=n).rev().map(units).collect();
    let seconds = |index: usize| n as usize - index;
    let show = |arrivals: &[Arrival]| {
        for arrival in arrivals {
            println!(
                "  sleeper {} ({} s) arrived at {}",
                arrival.index,
                seconds(arrival.index),
                human(arrival.at)
            );
        }
    };
    println!("join each handle, in start order:");
    show(&join_in_start_order(&sleeps));
    println!("receive from a channel, as they complete:");
    show(&receive_as_completed(&sleeps));

    narrate::section("join with a timeout");
    narrate::python("thread.join(timeout=1)\nif thread.is_alive():\n    print('still running')");
    narrate::rust("if !join_timeout(&handle, timeout) {\n    println!(\"still running\");\n}");
    let nap = timing::scaled(units(2));
    let handle = thread::spawn(move || thread::sleep(nap));
    let short = timing::scaled(units(1));
    println!(
        "a {} sleeper, join_timeout({}): {}",
        human(nap),
        human(short),
        join_timeout(&handle, short)
    );
    let long = timing::scaled(units(10));
    println!(
        "then join_timeout({}): {}",
        human(long),
        join_timeout(&handle, long)
    );
    handle.join().expect("sleeping does not panic");

    narrate::section("Scopes join for you");
    narrate::rust(
        "thread::scope(|s| {\n    s.spawn(|| sleeper(3));\n    s.spawn(|| sleeper(1));\n}); // both are done here",
    );
    let sleeps = [units(3), units(1), units(2)];
    println!(
        "std::thread::scope, sleepers of 3, 1, 2 s finished in the order {:?}",
        std_scope(&sleeps)
    );
    println!(
        "crossbeam::scope,   sleepers of 3, 1, 2 s finished in the order {:?}",
        crossbeam_scope(&sleeps)
    );
    println!(
        "a panic nobody joined, in std::thread::scope: scope panics too: {:?}",
        std_scope_after_a_panic()
    );
    println!(
        "the same in crossbeam::scope: it returns Err with the panics: {:?}",
        crossbeam_scope_after_a_panic()
    );
}
