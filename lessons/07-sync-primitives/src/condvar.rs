//! `Condvar`: Python's `threading.Condition`, and why the condition is checked in a loop.

use std::sync::{Condvar, Mutex};
use std::thread;

/// How the waiter in [`wake_without_change`] looks at the condition after waking up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recheck {
    /// `if !ready { wait }`: checks once, trusts the wake-up. The bug.
    If,
    /// `wait_while(guard, |g| !g.ready)`: checks after every wake-up. The fix.
    WaitWhile,
}

/// What the waiter in [`wake_without_change`] saw when `wait` or `wait_while` returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Woken {
    /// Whether the condition it waited for held when it stopped waiting.
    pub ready: bool,
    /// How many times it looked at the condition.
    pub checks: u32,
}

#[derive(Default)]
struct Gate {
    ready: bool,
    waiting: bool,
    checks: u32,
    returned: bool,
}

// ANCHOR: wait_while
/// A waiter waits for `ready`; the main thread wakes it once *without* making `ready` true (as a
/// spurious wake-up, or another thread's `notify_all` for another reason, would), and only then
/// sets `ready`.
///
/// With [`Recheck::If`] the waiter returns after that first wake-up with `ready == false`. With
/// [`Recheck::WaitWhile`] it looks again, goes back to sleep, and returns only once `ready` is
/// true. (A second condition variable, `to_main`, lets the main thread know when the waiter is
/// waiting and when it has looked, so the story runs the same way every time.)
///
/// ```
/// use sync_primitives::{Recheck, wake_without_change};
/// assert!(!wake_without_change(Recheck::If).ready);
/// assert!(wake_without_change(Recheck::WaitWhile).ready);
/// ```
pub fn wake_without_change(recheck: Recheck) -> Woken {
    let gate = Mutex::new(Gate::default());
    let (to_waiter, to_main) = (Condvar::new(), Condvar::new());
    thread::scope(|s| {
        let waiter = crate::spawn_named(s, "waiter", || {
            let mut gate_guard = gate.lock().unwrap();
            gate_guard.waiting = true;
            to_main.notify_one();
            let mut gate_guard = match recheck {
                Recheck::If => {
                    gate_guard.checks += 1;
                    if !gate_guard.ready {
                        gate_guard = to_waiter.wait(gate_guard).unwrap(); // woken: assume ready
                    }
                    gate_guard
                }
                Recheck::WaitWhile => to_waiter
                    .wait_while(gate_guard, |gate| {
                        gate.checks += 1;
                        to_main.notify_one();
                        !gate.ready // keep waiting while this is true
                    })
                    .unwrap(),
            };
            gate_guard.returned = true;
            to_main.notify_one();
            Woken {
                ready: gate_guard.ready,
                checks: gate_guard.checks,
            }
        });

        let gate_guard = to_main
            .wait_while(gate.lock().unwrap(), |gate| !gate.waiting)
            .unwrap();
        to_waiter.notify_all(); // a wake-up, but `ready` is still false
        let mut gate_guard = to_main
            .wait_while(gate_guard, |gate| gate.checks < 2 && !gate.returned)
            .unwrap();
        gate_guard.ready = true; // now the condition holds
        to_waiter.notify_all();
        drop(gate_guard);
        waiter.join().expect("the waiter does not panic")
    })
}
// ANCHOR_END: wait_while
