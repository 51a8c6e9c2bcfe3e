//! Choreography the chapter does not show: naming threads for the charts, and the driver that
//! makes the condition-variable story run the same way every time.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Condvar, Mutex};
use std::thread::{self, Scope, ScopedJoinHandle};

/// Starts a scoped thread called `name`, so timelines and panic messages show who is who.
///
/// # Panics
/// If the operating system cannot start a thread.
pub fn spawn_named<'scope, T: Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    name: impl Into<String>,
    f: impl FnOnce() -> T + Send + 'scope,
) -> ScopedJoinHandle<'scope, T> {
    thread::Builder::new()
        .name(name.into())
        .spawn_scoped(scope, f)
        .expect("the OS could not start a thread")
}

/// What the waiter in [`wake_without_change`] did, as the driver hears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Looked,
    Returned,
}

/// The condition the waiters of [`wait_with_if`](crate::wait_with_if) and
/// [`wait_with_wait_while`](crate::wait_with_wait_while) wait for: a flag that tells the driver
/// every time a waiter looks at it.
#[derive(Debug)]
pub struct Ready {
    /// Whether the condition holds.
    pub is_set: bool,
    steps: Sender<Step>,
}

impl Ready {
    /// Looks at the flag (and lets the driver know that the waiter looked).
    pub fn look(&self) -> bool {
        // The driver may be gone already (a test that failed); a look is still a look.
        let _ = self.steps.send(Step::Looked);
        self.is_set
    }
}

/// Runs `waiter` on another thread, wakes it once *without* setting the flag (as a spurious
/// wake-up, or a `notify_all` sent for another reason, would), and only then sets the flag.
/// Returns what the waiter returned (whether the flag was set when it stopped waiting) and how
/// many times it looked at the flag.
///
/// Every step waits for the waiter's report on a channel, so the story is the same in every run:
/// look (the waiter holds the lock, then sleeps in `wait`), a wake-up without change, then either
/// a return (the `if` waiter) or a second look, and only then the flag.
///
/// # Panics
/// If the waiter panics.
pub fn wake_without_change(waiter: fn(&Mutex<Ready>, &Condvar) -> bool) -> (bool, usize) {
    let (steps, heard) = mpsc::channel();
    let returned = steps.clone();
    let ready = Mutex::new(Ready {
        is_set: false,
        steps,
    });
    let changed = Condvar::new();
    let mut looks = 0;
    let saw = thread::scope(|s| {
        let waiter = spawn_named(s, "waiter", || {
            let saw = waiter(&ready, &changed);
            returned.send(Step::Returned).expect("the driver listens");
            saw
        });
        looks += wait_for_a_step(&heard); // its first look
        // Taking the lock waits until the waiter is asleep in `wait` (which releases it).
        drop(ready.lock().unwrap());
        changed.notify_all(); // a wake-up, but the flag is still false
        looks += wait_for_a_step(&heard); // a second look, or a return
        ready.lock().unwrap().is_set = true;
        changed.notify_all();
        waiter.join().expect("the waiter does not panic")
    });
    // The looks after the flag was set, and any spurious ones.
    looks += heard.try_iter().filter(|s| *s == Step::Looked).count();
    (saw, looks)
}

/// Waits for the waiter's next step; returns 1 if it was a look, 0 if it was a return.
fn wait_for_a_step(heard: &Receiver<Step>) -> usize {
    match heard.recv().expect("the waiter reports") {
        Step::Looked => 1,
        Step::Returned => 0,
    }
}
