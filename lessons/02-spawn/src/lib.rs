//! Lesson 02: the ways to start a thread.
//!
//! The seeds (001, 002, 003) start threads four ways: a function as the `target`, a function
//! with `args=` or `kwargs=`, a subclass of `Thread` that overrides `run`, and a method of an
//! object as the `target`. Each item below is the Rust way to do one of them, plus what Python
//! cannot do (hand a value back through `join`) and what Rust will not let you do (lend a local
//! to a thread that may outlive it). `src/main.rs` runs them in order.

use std::io;
use std::sync::Arc;
use std::thread::{self, JoinHandle, ThreadId};
use std::time::Duration;

use timing::{Timeline, human};

// ANCHOR: function
/// The seed's `Car` as a plain function: no parameters, so `spawn` takes it as it is.
/// Prints `car` five times and returns the id of the thread it ran on.
pub fn car() -> ThreadId {
    for _ in 0..5 {
        println!("car");
    }
    thread::current().id()
}

/// `threading.Thread(target=Car).start()`: pass the function itself, without calling it.
///
/// ```
/// assert_ne!(spawn::spawn_function(), std::thread::current().id());
/// ```
pub fn spawn_function() -> ThreadId {
    let handle = thread::spawn(car);
    handle.join().expect("car does not panic")
}
// ANCHOR_END: function

// ANCHOR: sleeper
/// Seed 002's `sleeper(n, name)`: says it is going to sleep, sleeps `n` (scaled by
/// `LESSON_TIME_SCALE`), says it woke up. Returns the two lines it printed.
pub fn sleeper(n: Duration, name: &str) -> Vec<String> {
    let going = format!("I am {name}. Going to sleep for {}", human(n));
    println!("{going}");
    timing::sleep(n);
    let woken = format!("{name} has woken up from sleep");
    println!("{woken}");
    vec![going, woken]
}
// ANCHOR_END: sleeper

// ANCHOR: args
/// `threading.Thread(target=sleeper, args=(3, 'thread1'))`: a `move` closure carries the
/// arguments into the thread and calls the function with them.
///
/// The closure must own what it carries: `name` becomes a `String`, because the thread may
/// outlive the caller's `&str`.
///
/// ```
/// let lines = spawn::spawn_with_args(std::time::Duration::from_millis(1), "thread1");
/// assert_eq!(lines[1], "thread1 has woken up from sleep");
/// ```
pub fn spawn_with_args(n: Duration, name: &str) -> Vec<String> {
    let name = name.to_string();
    let handle = thread::spawn(move || sleeper(n, &name));
    handle.join().expect("sleeper does not panic")
}
// ANCHOR_END: args

// ANCHOR: kwargs
/// Seed 003's `foo(n)`, started as `Thread(target=foo, kwargs={'n': 2})`. Rust has no keyword
/// arguments; a struct with named fields plays their part, and `Default` gives the ones you
/// leave out their values.
#[derive(Debug, Clone, PartialEq)]
pub struct FooArgs {
    /// How long to sleep (the seed passes `n=2`).
    pub n: Duration,
    /// Who is sleeping (defaults to `"foo"`).
    pub name: String,
}

impl Default for FooArgs {
    fn default() -> Self {
        FooArgs {
            n: Duration::from_secs(2),
            name: "foo".to_string(),
        }
    }
}

/// The thread's body: takes its arguments by name, as one value.
pub fn foo(FooArgs { n, name }: FooArgs) -> Vec<String> {
    let about = format!("{name}: about to sleep for {}>>>>", human(n));
    println!("{about}");
    timing::sleep(n);
    let done = format!("{name}: done sleeping...");
    println!("{done}");
    vec![about, done]
}

/// `Thread(target=foo, kwargs={'n': 2})` is `spawn(move || foo(FooArgs { n, ..default }))`.
///
/// ```
/// use std::time::Duration;
/// use spawn::FooArgs;
///
/// let args = FooArgs { n: Duration::from_millis(1), ..FooArgs::default() };
/// assert_eq!(spawn::spawn_with_named_args(args)[1], "foo: done sleeping...");
/// ```
pub fn spawn_with_named_args(args: FooArgs) -> Vec<String> {
    let handle = thread::spawn(move || foo(args));
    handle.join().expect("foo does not panic")
}
// ANCHOR_END: kwargs

// ANCHOR: runnable
/// Python's `class Car(Thread): def run(self)`. Rust has no inheritance: a type says what its
/// thread does by implementing this trait, and one generic function starts any of them.
pub trait Runnable: Send + 'static {
    /// What the thread hands back through `join`.
    type Output: Send + 'static;

    /// The thread's body. It takes `self`: the new thread owns the value it runs.
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
/// The seed's `Car`: prints `car` `rounds` times, sleeping `pause` (scaled) after each, and
/// records each round on `timeline`.
pub struct Car {
    /// How many times to print (the seed's `range(5)`).
    pub rounds: u32,
    /// The sleep after each print (the seed's `sleep(0.3)`).
    pub pause: Duration,
    /// Where the rounds are recorded.
    pub timeline: Arc<Timeline>,
}

/// The seed's `Truck`: the same, printing `truck`.
pub struct Truck {
    /// How many times to print.
    pub rounds: u32,
    /// The sleep after each print.
    pub pause: Duration,
    /// Where the rounds are recorded.
    pub timeline: Arc<Timeline>,
}

impl Car {
    /// The seed's `def A(self)`: one drive, returning the lines printed.
    pub fn drive(&self) -> Vec<String> {
        drive("car", self.rounds, self.pause, &self.timeline)
    }
}

impl Truck {
    /// The seed's `def B(self)`.
    pub fn drive(&self) -> Vec<String> {
        drive("truck", self.rounds, self.pause, &self.timeline)
    }
}

impl Runnable for Car {
    type Output = Vec<String>;
    fn run(self) -> Vec<String> {
        self.drive()
    }
}

impl Runnable for Truck {
    type Output = Vec<String>;
    fn run(self) -> Vec<String> {
        self.drive()
    }
}

fn drive(word: &str, rounds: u32, pause: Duration, timeline: &Timeline) -> Vec<String> {
    (1..=rounds)
        .map(|round| {
            let label = format!("{word} {round}");
            timeline.record(label.clone(), || {
                println!("{word}");
                timing::sleep(pause);
            });
            label
        })
        .collect()
}
// ANCHOR_END: vehicles

// ANCHOR: staggered
/// The seed's race: start `Car`, `sleep(0.2)`, start `Truck`, then wait for both.
/// Returns the rounds each one drove.
///
/// The seed never joins (it prints `done` at once, and Python waits for the threads at exit);
/// in Rust, threads still running when `main` returns are killed (lesson 04), so we join.
pub fn car_then_truck(
    rounds: u32,
    pause: Duration,
    stagger: Duration,
    timeline: &Arc<Timeline>,
) -> io::Result<(Vec<String>, Vec<String>)> {
    let car = start(
        "Car",
        Car {
            rounds,
            pause,
            timeline: Arc::clone(timeline),
        },
    )?;
    timing::sleep(stagger);
    let truck = Truck {
        rounds,
        pause,
        timeline: Arc::clone(timeline),
    };
    let truck = match start("Truck", truck) {
        Ok(handle) => handle,
        Err(error) => {
            car.join().expect("car does not panic"); // leave no thread behind
            return Err(error);
        }
    };
    let car_rounds = car.join().expect("car does not panic");
    let truck_rounds = truck.join().expect("truck does not panic");
    Ok((car_rounds, truck_rounds))
}
// ANCHOR_END: staggered

// ANCHOR: method
/// `threading.Thread(target=t1.A)`: Rust has no bound methods. A `move` closure that owns the
/// object and calls its method is one.
pub fn spawn_methods(car: Car, truck: Truck, stagger: Duration) -> (Vec<String>, Vec<String>) {
    let car = thread::spawn(move || car.drive());
    timing::sleep(stagger);
    let truck = thread::spawn(move || truck.drive());
    (
        car.join().expect("car does not panic"),
        truck.join().expect("truck does not panic"),
    )
}
// ANCHOR_END: method

// ANCHOR: builder
/// `Thread(name='SecondThread')`, plus what Python can only set for every thread at once
/// (`threading.stack_size()`): `thread::Builder` names and sizes one thread. Its `spawn`
/// returns an `io::Result`, because the OS may refuse.
///
/// The thread recurses `depth` levels, about 1 KiB of stack each, and returns its name and the
/// depth it reached.
///
/// ```
/// let (name, depth) = spawn::spawn_sized("deep", 8 << 20, 1000).unwrap();
/// assert_eq!((name.as_str(), depth), ("deep", 1000));
///
/// // Half the address space: the OS says no, and we get an error, not a panic.
/// # #[cfg(target_pointer_width = "64")]
/// assert!(spawn::spawn_sized("huge", usize::MAX / 2, 1).is_err());
/// ```
pub fn spawn_sized(name: &str, stack_size: usize, depth: u32) -> io::Result<(String, u32)> {
    let handle = thread::Builder::new()
        .name(name.to_string())
        .stack_size(stack_size)
        .spawn(move || {
            let me = thread::current();
            (me.name().unwrap_or_default().to_string(), recurse(depth))
        })?;
    Ok(handle
        .join()
        .expect("recursing within the stack does not panic"))
}

/// Recurses `depth` levels, keeping a 1 KiB array alive in each frame; returns `depth`.
pub fn recurse(depth: u32) -> u32 {
    if depth == 0 {
        return 0;
    }
    let frame = std::hint::black_box([depth as u8; 1024]);
    let below = recurse(depth - 1);
    std::hint::black_box(&frame); // the frame lives across the call
    below + 1
}
// ANCHOR_END: builder

// ANCHOR: returning
/// Python's `Thread` throws its target's return value away, so the seeds print results or
/// collect them in shared state. A Rust thread's closure returns a value, and `join` hands it
/// back.
///
/// ```
/// assert_eq!(spawn::sum_on_a_thread(100), 5050);
/// ```
pub fn sum_on_a_thread(n: u64) -> u64 {
    let handle = thread::spawn(move || (1..=n).sum::<u64>());
    handle.join().expect("summing does not panic")
}
// ANCHOR_END: returning

// ANCHOR: scoped
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
/// anything that outlives the scope:
///
/// ```
/// let log = vec!["car", "truck", "car"];
/// assert_eq!(spawn::count_in_scope(&log), (2, 1));
/// println!("{log:?} is still ours");
/// ```
pub fn count_in_scope(log: &[&str]) -> (usize, usize) {
    thread::scope(|s| {
        let cars = s.spawn(|| log.iter().filter(|w| **w == "car").count());
        let trucks = s.spawn(|| log.iter().filter(|w| **w == "truck").count());
        (
            cars.join().expect("counting does not panic"),
            trucks.join().expect("counting does not panic"),
        )
    })
}
// ANCHOR_END: scoped
