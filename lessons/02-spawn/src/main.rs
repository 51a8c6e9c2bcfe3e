//! Narrator for lesson 02: run it with `cargo run -p spawn`.

use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use spawn::{
    Car, FooArgs, Truck, car_then_truck, count_in_scope, spawn_function, spawn_methods,
    spawn_sized, spawn_with_args, spawn_with_named_args, sum_on_a_thread,
};
use timing::{Timeline, human, narrate, run_with_timeout, timed};

/// Lesson 02: the ways to start a thread.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many times Car and Truck print (the seed's `range(5)`).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=50))]
    rounds: u32,
    /// Car's and Truck's sleep after each print, in milliseconds (the seed's `sleep(0.3)`).
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    pause_ms: u64,
    /// The main thread's sleep between starting Car and Truck (the seed's `sleep(0.2)`).
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    stagger_ms: u64,
    /// How long `sleeper` sleeps, in milliseconds (seed 002's `args=(3, 'thread1')`).
    #[arg(long, default_value_t = 3000, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    sleeper_ms: u64,
    /// How long `foo` sleeps, in milliseconds (seed 003's `kwargs={'n': 2}`).
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    foo_ms: u64,
    /// Run one scenario in this process and exit (the lesson runs itself as a child with it).
    #[arg(long, hide = true, value_enum)]
    scenario: Option<Scenario>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Scenario {
    /// Recurse 1000 levels on a thread with a 64 KiB stack: the process aborts.
    SmallStack,
}

/// Levels of about 1 KiB each that the "Builder" section recurses.
const DEPTH: u32 = 1000;

fn main() {
    let args = Args::parse();
    if let Some(Scenario::SmallStack) = args.scenario {
        println!("recursing {DEPTH} levels on a thread with a 64 KiB stack...");
        let outcome = spawn_sized("small-stack", 64 << 10, DEPTH);
        println!("unreachable: {outcome:?}");
        return;
    }
    narrate::title("02", "spawn", "the ways to start a thread");
    let pause = Duration::from_millis(args.pause_ms);
    let stagger = Duration::from_millis(args.stagger_ms);

    narrate::section("A function as the target");
    narrate::python("t1 = threading.Thread(target=Car)\nt1.start()\nt1.join()");
    narrate::rust(
        "let handle = thread::spawn(car); // the function itself, not car()\nhandle.join()",
    );
    let id = spawn_function();
    println!(
        "car ran on {id:?}; main is {:?}",
        std::thread::current().id()
    );

    narrate::section("Arguments: a closure that moves them in");
    narrate::python(
        "thread = threading.Thread(target=sleeper, name='thread1', args=(3, 'thread1'))\nthread.start()",
    );
    narrate::rust(
        "let name = name.to_string(); // owned: the thread may outlive the caller\nthread::spawn(move || sleeper(n, &name))",
    );
    let (_, took) = timed(|| spawn_with_args(Duration::from_millis(args.sleeper_ms), "thread1"));
    println!("(joined after {})", human(took));

    narrate::section("Keyword arguments: a struct with named fields");
    narrate::python("thread = threading.Thread(target=foo, kwargs={'n': 2})");
    narrate::rust(
        "let args = FooArgs { n: Duration::from_secs(2), ..FooArgs::default() };\nthread::spawn(move || foo(args))",
    );
    let foo_args = FooArgs {
        n: Duration::from_millis(args.foo_ms),
        ..FooArgs::default()
    };
    let (_, took) = timed(|| spawn_with_named_args(foo_args));
    println!("(joined after {})", human(took));

    narrate::section("\"Extending the Thread class\": a Runnable trait");
    narrate::python(
        "class Car(Thread):\n    def run(self):\n        for i in range(5):\n            print(\"car\")\n            sleep(0.3)\n\
         t1 = Car(); t2 = Truck()\nt1.start()\nsleep(0.2)\nt2.start()",
    );
    narrate::rust(
        "impl Runnable for Car { fn run(self) -> Vec<String> { self.drive() } }\n\
         let car = start(\"Car\", Car { .. })?;   // any Runnable\ntiming::sleep(stagger);\nlet truck = start(\"Truck\", Truck { .. })?;",
    );
    let timeline = Arc::new(Timeline::new());
    match timed(|| car_then_truck(args.rounds, pause, stagger, &timeline)) {
        (Ok((car_rounds, truck_rounds)), took) => {
            println!(
                "{} car and {} truck rounds in {}; one row per round:",
                car_rounds.len(),
                truck_rounds.len(),
                human(took)
            );
            print!("{}", timeline.render());
            println!(
                "spans running at the same time: at most {}",
                timeline.max_overlap()
            );
        }
        (Err(error), _) => println!("the OS would not start a thread: {error}"),
    }

    narrate::section("\"Without extending\": a method as the target");
    narrate::python("t1 = Car()\nthreading.Thread(target=t1.A).start()");
    narrate::rust(
        "let car = Car { .. };\nthread::spawn(move || car.drive()) // the closure owns car",
    );
    let timeline = Arc::new(Timeline::new());
    let car = Car {
        rounds: args.rounds,
        pause,
        timeline: Arc::clone(&timeline),
    };
    let truck = Truck {
        rounds: args.rounds,
        pause,
        timeline: Arc::clone(&timeline),
    };
    let (_, took) = timed(|| spawn_methods(car, truck, stagger));
    println!(
        "done in {}; one row per thread (unnamed threads show their ThreadId):",
        human(took)
    );
    print!("{}", timeline.render_by_thread());

    narrate::section("Naming and sizing a thread: thread::Builder");
    narrate::python(
        "threading.stack_size(8 * 1024 * 1024)   # for every thread started after\nthreading.Thread(name='deep', target=f)",
    );
    narrate::rust(
        "thread::Builder::new()\n    .name(\"deep\".to_string())\n    .stack_size(8 << 20)\n    .spawn(f)? // io::Result: the OS may refuse",
    );
    match spawn_sized("deep", 8 << 20, DEPTH) {
        Ok((name, depth)) => {
            println!("thread {name:?} with an 8 MiB stack recursed {depth} levels (~1 KiB each)")
        }
        Err(error) => println!("the OS would not start it: {error}"),
    }
    match spawn_sized("huge", usize::MAX / 2, 1) {
        Ok(_) => println!("a stack of half the address space: the OS said yes (surprising!)"),
        Err(error) => println!("a stack of half the address space: Err({error})"),
    }
    small_stack_in_a_child();

    narrate::section("Returning a value");
    narrate::python("# Thread discards target's return value: the seeds print or use shared state");
    narrate::rust(
        "let handle = thread::spawn(move || (1..=n).sum::<u64>());\nlet total = handle.join().unwrap();",
    );
    println!(
        "the sum of 1..=1000, computed on a thread: {}",
        sum_on_a_thread(1000)
    );

    narrate::section("Why spawn wants 'static, and thread::scope");
    narrate::rust(
        "let log = vec![\"car\", \"truck\", \"car\"];\nthread::spawn(|| log.len()) // error[E0373]: closure may outlive the current function,\n                            //   but it borrows `log`",
    );
    println!(
        "thread::spawn's thread may outlive `log`, so the compiler refuses the borrow.\n\
         thread::scope joins its threads before it returns, so they may borrow:"
    );
    let log = ["car", "truck", "car", "truck", "car"];
    let (cars, trucks) = count_in_scope(&log);
    println!("{cars} cars and {trucks} trucks in {log:?}, counted by two scoped threads");
}

/// Runs this program again in the `small-stack` scenario and shows how it ended.
fn small_stack_in_a_child() {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(error) => return println!("(cannot find this program to re-run it: {error})"),
    };
    let mut child = Command::new(exe);
    child.args(["--scenario", "small-stack"]);
    match run_with_timeout(&mut child, Duration::from_secs(20)) {
        Ok(run) => {
            println!("the same {DEPTH} levels on a 64 KiB stack, in a child process:");
            let lines = run.stdout.lines().chain(run.stderr.lines());
            for line in lines.filter(|line| !line.is_empty()) {
                println!("  child│ {line}");
            }
            match run.status {
                Some(status) => println!("  child ended with {status}"),
                None => println!("  child did not finish in time and was killed"),
            }
        }
        Err(error) => println!("(could not run the child: {error})"),
    }
}
