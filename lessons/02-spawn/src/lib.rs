//! Lesson 02: the ways to start a thread.
//!
//! The seeds (001, 002, 003) start threads four ways: a function as the `target`, a function
//! with `args=` or `kwargs=`, a subclass of `Thread` that overrides `run`, and a method of an
//! object as the `target`. Each item below is the Rust way to do one of them, plus what Python
//! cannot do (hand a value back through `join`) and what Rust will not let you do (lend a local
//! to a thread that may outlive it). `src/main.rs` runs them in order; [`support`] holds the
//! choreography the chapter does not show.

pub mod support;

use std::io;
use std::thread::{self, JoinHandle, ThreadId};
use std::time::Duration;

use timing::format_duration;

// ANCHOR: function
/// The seed's `Car` as a plain function: prints `car` five times, returns its thread's id.
pub fn car() -> ThreadId {
    for _ in 0..5 {
        println!("car");
    }
    thread::current().id()
}

/// `t1 = threading.Thread(target=Car); t1.start(); t1.join()`.
pub fn spawn_function() -> ThreadId {
    // ANCHOR: spawn_car
    let handle = thread::spawn(car); // the function itself, not `car()`
    handle.join().expect("car does not panic")
    // ANCHOR_END: spawn_car
}
// ANCHOR_END: function

// ANCHOR: sleeper
/// Seed 002's `sleeper(n, name)`. Returns the two lines it printed.
pub fn sleeper(n: Duration, name: &str) -> Vec<String> {
    let going = format!("I am {name}. Going to sleep for {}", format_duration(n));
    println!("{going}");
    timing::sleep(n);
    let woken = format!("{name} has woken up from sleep");
    println!("{woken}");
    vec![going, woken]
}
// ANCHOR_END: sleeper

// ANCHOR: args
/// `threading.Thread(target=sleeper, args=(3, 'thread1'))`.
pub fn spawn_with_args(n: Duration, name: &str) -> Vec<String> {
    let name = name.to_string(); // owned: the thread may outlive the caller's `&str`
    let handle = thread::spawn(move || sleeper(n, &name));
    handle.join().expect("sleeper does not panic")
}
// ANCHOR_END: args

// ANCHOR: kwargs
/// Seed 003's `kwargs={'n': 2}`: the arguments as the named fields of one value.
#[derive(Debug, Clone, PartialEq)]
pub struct FooArgs {
    /// How long to sleep (the seed passes `n=2`).
    pub n: Duration,
    /// Who is sleeping.
    pub name: String,
}

/// What the fields you leave out get, as Python's default parameter values.
impl Default for FooArgs {
    fn default() -> Self {
        FooArgs {
            n: Duration::from_secs(2),
            name: "foo".to_string(),
        }
    }
}

/// Seed 003's `foo(n)`. Returns the two lines it printed.
pub fn foo(FooArgs { n, name }: FooArgs) -> Vec<String> {
    let about = format!("{name}: about to sleep for {}>>>>", format_duration(n));
    println!("{about}");
    timing::sleep(n);
    let done = format!("{name}: done sleeping...");
    println!("{done}");
    vec![about, done]
}

/// `threading.Thread(target=foo, kwargs={'n': 2})`.
pub fn spawn_with_named_args(args: FooArgs) -> Vec<String> {
    // ANCHOR: spawn_foo
    let handle = thread::spawn(move || foo(args));
    // ANCHOR_END: spawn_foo
    handle.join().expect("foo does not panic")
}
// ANCHOR_END: kwargs

// ANCHOR: runnable
/// Python's `class Car(Thread): def run(self)`, without inheritance.
pub trait Runnable: Send + 'static {
    /// What the thread hands back through `join`.
    type Output: Send + 'static;

    /// The thread's body.
    fn run(self) -> Self::Output;
}

/// `Thread.start()` for any [`Runnable`]: starts `job` on a new thread called `name`.
pub fn start<R: Runnable>(name: &str, job: R) -> io::Result<JoinHandle<R::Output>> {
    thread::Builder::new()
        .name(name.to_string())
        .spawn(move || job.run())
}
// ANCHOR_END: runnable

// ANCHOR: vehicles
/// The seed's `Car`: prints `car` `rounds` times, sleeping `pause` after each.
pub struct Car {
    /// The seed's `range(5)`.
    pub rounds: u32,
    /// The seed's `sleep(0.3)`.
    pub pause: Duration,
}

impl Runnable for Car {
    type Output = Vec<String>;
    fn run(self) -> Vec<String> {
        drive("car", self.rounds, self.pause)
    }
}

/// The seed's `run` body. Each round is a span, for the narrator's chart; returns the rounds
/// driven: `"car 1"`, `"car 2"`, …
fn drive(word: &str, rounds: u32, pause: Duration) -> Vec<String> {
    let mut driven = Vec::new();
    for round in 1..=rounds {
        let label = format!("{word} {round}");
        timing::span(&label, || {
            println!("{word}");
            timing::sleep(pause);
        });
        driven.push(label);
    }
    driven
}
// ANCHOR_END: vehicles

/// The seed's `Truck`: [`Car`], printing `truck`.
pub struct Truck {
    /// How many times to print.
    pub rounds: u32,
    /// The sleep after each print.
    pub pause: Duration,
}

impl Runnable for Truck {
    type Output = Vec<String>;
    fn run(self) -> Vec<String> {
        drive("truck", self.rounds, self.pause)
    }
}

// ANCHOR: staggered
/// The seed's race: start Car, `sleep(0.2)`, start Truck, then wait for both.
pub fn car_then_truck(
    rounds: u32,
    pause: Duration,
    stagger: Duration,
) -> io::Result<(Vec<String>, Vec<String>)> {
    let car = start("Car", Car { rounds, pause })?;
    timing::sleep(stagger);
    let truck = start("Truck", Truck { rounds, pause });
    let car_rounds = car.join().expect("car does not panic"); // even if Truck did not start
    let truck_rounds = truck?.join().expect("truck does not panic");
    Ok((car_rounds, truck_rounds))
}
// ANCHOR_END: staggered

// ANCHOR: method
/// `threading.Thread(target=t1.A)`: a `move` closure that owns the object and calls its method.
pub fn spawn_methods(car: Car, truck: Truck, stagger: Duration) -> (Vec<String>, Vec<String>) {
    let car = thread::spawn(move || car.run());
    timing::sleep(stagger);
    let truck = thread::spawn(move || truck.run());
    (
        car.join().expect("car does not panic"),
        truck.join().expect("truck does not panic"),
    )
}
// ANCHOR_END: method

// ANCHOR: builder
/// Starts a thread called `name` with a stack of `stack_size` bytes, which recurses `depth`
/// levels of about 1 KiB each. Returns the name it saw and the depth it reached.
pub fn spawn_sized(name: &str, stack_size: usize, depth: u32) -> io::Result<(String, u32)> {
    let recursed = thread::Builder::new()
        .name(name.to_string())
        .stack_size(stack_size)
        .spawn(move || {
            let name = thread::current().name().map(String::from);
            (name.unwrap_or_default(), support::recurse(depth))
        })?; // the OS may refuse: an `Err`, not a panic
    Ok(recursed.join().expect("the recursion fits in the stack"))
}
// ANCHOR_END: builder

// ANCHOR: returning
/// The sum of `1..=n`, computed on another thread and handed back by `join`.
pub fn sum_on_a_thread(n: u64) -> u64 {
    let handle = thread::spawn(move || (1..=n).sum::<u64>());
    handle.join().expect("summing does not panic")
}
// ANCHOR_END: returning

/// Counts the cars and the trucks in `log` on two threads that borrow it.
///
/// `thread::spawn` cannot do this: its thread may outlive the function that started it, so the
/// closure must be `'static` and may not borrow the function's locals. This does not compile:
///
/// ```compile_fail,E0373
/// let log = vec!["car", "truck", "car"];
/// let cars = std::thread::spawn(|| log.iter().filter(|w| **w == "car").count());
/// println!("{} cars in {log:?}", cars.join().unwrap());
/// ```
///
/// `thread::scope` joins every thread it started before it returns, so they may borrow
/// anything that outlives the scope.
// ANCHOR: scoped
pub fn count_in_scope(log: &[&str]) -> (usize, usize) {
    thread::scope(|s| {
        let cars = s.spawn(|| log.iter().filter(|w| **w == "car").count());
        let trucks = s.spawn(|| log.iter().filter(|w| **w == "truck").count());
        (
            cars.join().expect("counting does not panic"),
            trucks.join().expect("counting does not panic"),
        )
    }) // both threads are done here, while `log` is still borrowed
}
// ANCHOR_END: scoped
