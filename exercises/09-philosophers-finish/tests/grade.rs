//! Each dinner runs under `grader::within`, so one that deadlocks fails its test instead of
//! hanging it. `holding_one` holds a `Meeting` of all `n` philosophers: if every one of them can
//! hold a fork at the same time, they all do, on every run, and a naive dinner deadlocks every
//! time. `eat` can hold another: if neighbours can eat together, they do.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::thread;
use std::time::Duration;

use ex09_philosophers_finish::dinner;
use grader::{Meeting, within};

/// How long a test waits for a dinner, beyond what its meetings may cost.
const LIMIT: Duration = Duration::from_secs(2);

/// What a stuck dinner probably did.
const STUCK: &str = "every philosopher holds one fork and waits for its right neighbour's, \
    round the table (or keeps its fork while it tries again). Break the circle: take the \
    lower-numbered fork first, or let a waiter seat only n - 1 at a time, or put the fork down \
    and back off before trying again";

/// What the watcher saw during one dinner.
#[derive(Debug)]
struct Report {
    /// Meals eaten, per philosopher.
    meals: Vec<usize>,
    /// Calls of `holding_one`, per philosopher.
    held_one: Vec<usize>,
    /// Neighbours seen eating at the same time.
    clashes: Vec<(usize, usize)>,
}

/// Watches a dinner: counts, and catches neighbours eating together.
struct Watcher {
    n: usize,
    all_holding_one: Meeting,
    all_eating: Option<Meeting>,
    eating: Vec<AtomicBool>,
    meals: Vec<AtomicUsize>,
    held_one: Vec<AtomicUsize>,
    clashes: Mutex<Vec<(usize, usize)>>,
}

impl Watcher {
    fn holding_one(&self, i: usize) {
        self.held_one[i].fetch_add(1, SeqCst);
        self.all_holding_one.pause(); // everyone holds a fork, if they can
    }

    fn eat(&self, i: usize) {
        self.eating[i].store(true, SeqCst);
        for neighbour in [(i + self.n - 1) % self.n, (i + 1) % self.n] {
            if self.eating[neighbour].load(SeqCst) {
                let pair = (i.min(neighbour), i.max(neighbour));
                self.clashes.lock().unwrap().push(pair);
            }
        }
        if let Some(all_eating) = &self.all_eating {
            all_eating.pause(); // everyone eats at once, if they can
        }
        thread::sleep(Duration::from_micros(200));
        self.eating[i].store(false, SeqCst);
        self.meals[i].fetch_add(1, SeqCst);
    }
}

/// Runs `dinner(n, meals, ..)` under a watcher, within [`LIMIT`]. Every philosopher's first
/// fork is forced (each meeting costs a correct dinner its patience, once); with
/// `force_eating`, so is eating together.
fn watched_dinner(n: usize, meals: usize, force_eating: bool) -> Report {
    within(LIMIT + Meeting::PATIENCE * 2, STUCK, move || {
        let count = || (0..n).map(|_| AtomicUsize::new(0)).collect::<Vec<_>>();
        let watcher = Watcher {
            n,
            all_holding_one: Meeting::new(n),
            all_eating: force_eating.then(|| Meeting::new(n)),
            eating: (0..n).map(|_| AtomicBool::new(false)).collect(),
            meals: count(),
            held_one: count(),
            clashes: Mutex::new(Vec::new()),
        };
        dinner(n, meals, |i| watcher.holding_one(i), |i| watcher.eat(i));
        let mut clashes = watcher.clashes.into_inner().unwrap();
        clashes.sort();
        clashes.dedup();
        let load = |counts: &[AtomicUsize]| counts.iter().map(|c| c.load(SeqCst)).collect();
        Report {
            meals: load(&watcher.meals),
            held_one: load(&watcher.held_one),
            clashes,
        }
    })
}

fn assert_everyone_ate(report: &Report, n: usize, meals: usize) {
    assert_eq!(
        report.meals,
        vec![meals; n],
        "meals eaten by each philosopher: each of the {n} should eat {meals} times"
    );
    for (i, &calls) in report.held_one.iter().enumerate() {
        assert!(
            calls >= meals,
            "philosopher {i} called holding_one {calls} times for {meals} meals: call \
             holding_one(i) before each meal, once you hold your first fork"
        );
    }
}

fn assert_no_neighbours_ate_together(report: &Report) {
    assert!(
        report.clashes.is_empty(),
        "neighbours ate at the same time: {:?}. Neighbours share a fork: hold both of your \
         forks while you call eat(i), and take them without putting the first one down",
        report.clashes
    );
}

#[test]
fn five_philosophers_each_eat_three_meals() {
    let report = watched_dinner(5, 3, false);
    assert_everyone_ate(&report, 5, 3);
}

#[test]
fn neighbours_never_eat_at_the_same_time() {
    let report = watched_dinner(5, 3, true);
    assert_everyone_ate(&report, 5, 3);
    assert_no_neighbours_ate_together(&report);
}

#[test]
fn two_philosophers_share_two_forks() {
    let report = watched_dinner(2, 4, false);
    assert_everyone_ate(&report, 2, 4);
    assert_no_neighbours_ate_together(&report);
}

#[test]
fn a_long_dinner_for_seven_finishes() {
    let report = watched_dinner(7, 40, false);
    assert_everyone_ate(&report, 7, 40);
    assert_no_neighbours_ate_together(&report);
}
