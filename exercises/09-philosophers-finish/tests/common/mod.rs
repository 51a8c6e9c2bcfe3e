//! What the tests share: a pause in which philosophers meet if they can, a watcher that counts
//! meals and catches neighbours eating together, and a time limit so that a dinner that
//! deadlocks fails the test instead of hanging it.

#![allow(dead_code)] // each test file uses some of it

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::sync::{Condvar, Mutex, PoisonError, mpsc};
use std::thread;
use std::time::Duration;

use ex09_philosophers_finish::dinner;

/// How long a pause waits for the others. Threads started together always meet well within it;
/// a dinner where they cannot meet pays it once.
pub const PATIENCE: Duration = Duration::from_millis(300);

/// How long the tests wait for a dinner before they call it stuck.
pub const LIMIT: Duration = Duration::from_secs(3);

/// What a stuck dinner probably did.
pub const STUCK: &str = "Every philosopher holds one fork and waits for its right \
    neighbour's, round the table (or keeps its fork while it waits to try again). Break the \
    circle: take the lower-numbered fork first, or let a waiter seat only n - 1 at a time, or \
    put the fork down and back off for a random while.";

/// The unlucky moment, made certain: the first `parties` calls of [`Meeting::pause`] wait for
/// each other (up to [`PATIENCE`], once). If every philosopher can hold one fork at the same time,
/// they all do. Once a call has given up waiting, later calls do not wait.
pub struct Meeting {
    parties: usize,
    state: Mutex<State>,
    met: Condvar,
}

#[derive(Default)]
struct State {
    waiting: usize,
    met: bool,
    gave_up: bool,
}

impl Meeting {
    /// A meeting for `parties` threads.
    pub fn new(parties: usize) -> Meeting {
        Meeting {
            parties,
            state: Mutex::new(State::default()),
            met: Condvar::new(),
        }
    }

    /// Waits until `parties` threads are pausing together, or until one has given up.
    pub fn pause(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if state.met || state.gave_up {
            return;
        }
        state.waiting += 1;
        if state.waiting == self.parties {
            state.met = true;
            self.met.notify_all();
            return;
        }
        let (mut state, _) = self
            .met
            .wait_timeout_while(state, PATIENCE, |state| !state.met && !state.gave_up)
            .unwrap_or_else(PoisonError::into_inner);
        if !state.met {
            state.gave_up = true; // the others stop waiting too: correct code pays it once
            self.met.notify_all();
        }
    }
}

/// Runs `f` on a thread of its own and returns its value, or fails the test if it panicked or
/// has not finished within [`LIMIT`]. A stuck thread is left behind: nothing can free it, and
/// the test process ends it when it exits.
pub fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(LIMIT) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("the dinner looks stuck: still running after {LIMIT:?}. {STUCK}")
        }
    }
}

/// What the watcher saw during one dinner.
#[derive(Debug)]
pub struct Report {
    /// Meals eaten, per philosopher.
    pub meals: Vec<usize>,
    /// Calls of `holding_one`, per philosopher.
    pub held_one: Vec<usize>,
    /// The threads each philosopher ate on.
    pub threads: Vec<BTreeSet<String>>,
    /// Neighbours seen eating at the same time.
    pub clashes: Vec<(usize, usize)>,
}

/// Which unlucky moments a watched dinner makes certain.
#[derive(Debug, Clone, Copy)]
pub struct Force {
    /// `holding_one` waits until every philosopher holds a fork, if they can (a naive dinner
    /// deadlocks).
    pub all_holding_one: bool,
    /// `eat` waits until every philosopher eats, if they can (a dinner where philosophers eat
    /// with one fork has neighbours eat together).
    pub all_eating: bool,
}

struct Watcher {
    n: usize,
    force: Force,
    holding: Meeting,
    eating_together: Meeting,
    eating: Vec<AtomicBool>,
    meals: Vec<AtomicUsize>,
    held_one: Vec<AtomicUsize>,
    threads: Mutex<Vec<BTreeSet<String>>>,
    clashes: Mutex<Vec<(usize, usize)>>,
}

impl Watcher {
    fn holding_one(&self, i: usize) {
        self.held_one[i].fetch_add(1, SeqCst);
        if self.force.all_holding_one {
            self.holding.pause(); // everyone holds a fork, if they can
        }
    }

    fn eat(&self, i: usize) {
        let me = thread::current();
        let name = me
            .name()
            .map_or_else(|| format!("{:?}", me.id()), String::from);
        self.threads.lock().unwrap()[i].insert(name);
        self.eating[i].store(true, SeqCst);
        for neighbour in [(i + self.n - 1) % self.n, (i + 1) % self.n] {
            if self.eating[neighbour].load(SeqCst) {
                self.clashes
                    .lock()
                    .unwrap()
                    .push((i.min(neighbour), i.max(neighbour)));
            }
        }
        if self.force.all_eating {
            self.eating_together.pause(); // everyone eats at once, if they can
        }
        thread::sleep(Duration::from_micros(200));
        self.eating[i].store(false, SeqCst);
        self.meals[i].fetch_add(1, SeqCst);
    }
}

/// Runs `dinner(n, meals, ..)` with a watcher, within [`LIMIT`], forcing the moments `force`
/// asks for (each costs correct code up to [`PATIENCE`], once).
pub fn watched_dinner(n: usize, meals: usize, force: Force) -> Report {
    within(move || {
        let watcher = Watcher {
            n,
            force,
            holding: Meeting::new(n),
            eating_together: Meeting::new(n),
            eating: (0..n).map(|_| AtomicBool::new(false)).collect(),
            meals: (0..n).map(|_| AtomicUsize::new(0)).collect(),
            held_one: (0..n).map(|_| AtomicUsize::new(0)).collect(),
            threads: Mutex::new(vec![BTreeSet::new(); n]),
            clashes: Mutex::new(Vec::new()),
        };
        dinner(n, meals, |i| watcher.holding_one(i), |i| watcher.eat(i));
        let mut clashes = watcher.clashes.into_inner().unwrap();
        clashes.sort();
        clashes.dedup();
        Report {
            meals: watcher.meals.iter().map(|m| m.load(SeqCst)).collect(),
            held_one: watcher.held_one.iter().map(|m| m.load(SeqCst)).collect(),
            threads: watcher.threads.into_inner().unwrap(),
            clashes,
        }
    })
}
