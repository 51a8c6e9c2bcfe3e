//! Narrator for lesson 02: run it with `cargo run -p spawn`.

use std::thread;
use std::time::Duration;

use clap::Parser;
use spawn::support::{self, DEPTH};
use spawn::{Car, FooArgs, Truck};
use timing::{format_duration, narrate, timed};

const LIB: &str = include_str!("lib.rs");

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
}

impl Args {
    fn pause(&self) -> Duration {
        Duration::from_millis(self.pause_ms)
    }

    fn stagger(&self) -> Duration {
        Duration::from_millis(self.stagger_ms)
    }
}

fn main() {
    timing::scenario::main(support::SCENARIOS);
    let args = Args::parse();
    narrate::title("02", "spawn", "the ways to start a thread");
    a_function_as_the_target();
    positional_arguments(Duration::from_millis(args.sleeper_ms));
    keyword_arguments(Duration::from_millis(args.foo_ms));
    a_runnable_trait(&args);
    a_method_as_the_target(&args);
    naming_and_sizing();
    returning_a_value();
    borrowing_in_a_scope();
}

fn a_function_as_the_target() {
    narrate::section("A function as the target");
    narrate::python(include_str!("../python/using_the_function.py"), "target");
    narrate::rust(LIB, "spawn_car");
    let id = spawn::spawn_function();
    println!("car ran on {id:?}; main is {:?}", thread::current().id());
}

fn positional_arguments(n: Duration) {
    narrate::section("Arguments: a closure that moves them in");
    narrate::python(include_str!("../python/sleeper.py"), "args");
    narrate::rust(LIB, "args");
    let (_, took) = timed(|| spawn::spawn_with_args(n, "thread1"));
    println!("(joined after {})", format_duration(took));
}

fn keyword_arguments(n: Duration) {
    narrate::section("Keyword arguments: a struct with named fields");
    narrate::python(include_str!("../python/kwargs.py"), "kwargs");
    narrate::rust(LIB, "spawn_foo");
    let args = FooArgs {
        n,
        ..FooArgs::default()
    };
    let (_, took) = timed(|| spawn::spawn_with_named_args(args));
    println!("(joined after {})", format_duration(took));
}

fn a_runnable_trait(args: &Args) {
    narrate::section("\"Extending the Thread class\": a Runnable trait");
    narrate::python(include_str!("../python/extending_thread.py"), "extending");
    narrate::rust(LIB, "staggered");
    let (raced, timeline) =
        timing::record(|| spawn::car_then_truck(args.rounds, args.pause(), args.stagger()));
    match raced {
        Ok((car, truck)) => {
            let took = format_duration(timeline.elapsed());
            let (cars, trucks) = (car.len(), truck.len());
            println!("{cars} car and {trucks} truck rounds in {took}; one row per round:");
            print!("{}", timeline.render());
            let most = timeline.max_overlap();
            println!("spans running at the same time: at most {most}");
        }
        Err(error) => println!("the OS would not start a thread: {error}"),
    }
}

fn a_method_as_the_target(args: &Args) {
    narrate::section("\"Without extending\": a method as the target");
    narrate::python(include_str!("../python/without_extending.py"), "method");
    narrate::rust(LIB, "method");
    let (rounds, pause) = (args.rounds, args.pause());
    let car = Car { rounds, pause };
    let truck = Truck { rounds, pause };
    let (_, timeline) = timing::record(|| spawn::spawn_methods(car, truck, args.stagger()));
    let took = format_duration(timeline.elapsed());
    println!("done in {took}; one row per thread (unnamed threads show their ThreadId):");
    print!("{}", timeline.render_by_thread());
}

fn naming_and_sizing() {
    narrate::section("Naming and sizing a thread: thread::Builder");
    narrate::python(include_str!("../python/stack_size.py"), "stack_size");
    narrate::rust(LIB, "builder");
    match spawn::spawn_sized("deep", 8 << 20, DEPTH) {
        Ok((name, depth)) => {
            println!("thread {name:?} with an 8 MiB stack recursed {depth} levels (~1 KiB each)")
        }
        Err(error) => println!("the OS would not start it: {error}"),
    }
    match spawn::spawn_sized("huge", usize::MAX / 2, 1) {
        Ok(_) => println!("a stack of half the address space: the OS said yes (surprising!)"),
        Err(error) => println!("a stack of half the address space: Err({error})"),
    }
    println!("the same {DEPTH} levels on a 64 KiB stack, in a child process:");
    match support::small_stack_in_a_child() {
        Ok(run) => support::show_child(&run),
        Err(error) => println!("(could not run the child: {error})"),
    }
}

fn returning_a_value() {
    narrate::section("Returning a value");
    narrate::python(include_str!("../python/return_value.py"), "dropped");
    narrate::rust(LIB, "returning");
    let total = spawn::sum_on_a_thread(1000);
    println!("the sum of 1..=1000, computed on a thread: {total}");
}

fn borrowing_in_a_scope() {
    narrate::section("Why spawn wants 'static, and thread::scope");
    println!("A thread::spawn closure may not borrow a local: error[E0373], it may outlive it");
    println!(
        "(the compile_fail doctest in lib.rs). A scope joins its threads, so they may borrow:"
    );
    narrate::rust(LIB, "scoped");
    let log = ["car", "truck", "car", "truck", "car"];
    let (cars, trucks) = spawn::count_in_scope(&log);
    println!("{cars} cars and {trucks} trucks in {log:?}, counted by two scoped threads");
}
