//! A small stateless model checker: it runs a program again and again, each time choosing a
//! different interleaving of its threads' visible operations, until it has tried them all.
//!
//! The programs are ordinary Rust written against stand-ins with std's API ([`thread`],
//! [`sync`], [`println!`](crate::println), [`process`], [`tokio`]). Each program thread runs on
//! a real OS thread, but only one runs at a time: before each visible operation (a lock, a load,
//! a print, a send, a join…) a thread stops and the explorer picks who goes next. Between two
//! visible operations a thread only touches its own data, so nothing is lost by not switching
//! there.
//!
//! - **Every interleaving** of visible operations is tried, up to reorderings that cannot change
//!   anything: dynamic partial-order reduction (Flanagan and Godefroid) tries another order only
//!   where two operations of different threads conflict (touch one object, and not both read),
//!   and sleep sets (Godefroid) skip an order of two independent operations once the other has
//!   been explored. [`explore_with`] can turn both off; a test checks they lose nothing.
//! - **Atomics** follow a view-based model of C++/Rust's memory model: a load may read any store
//!   to its location that its thread has not yet seen overwritten, `Release`/`Acquire` pairs
//!   carry views, read-modify-writes read the latest store, and `SeqCst` operations and fences
//!   join one global view (a single total order). What it does not model: load buffering (a load
//!   reading a store that comes later in the interleaving), spurious failures of
//!   `compare_exchange_weak` and spurious condition-variable wake-ups.
//! - **Ends**: `main` returning ends the process (threads still running are killed, as in Rust);
//!   every thread blocked is a deadlock, an outcome like any other; a panic in `main` ends it.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, Location, catch_unwind, resume_unwind};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Once};

pub mod process;
pub mod sync;
pub mod thread;
pub mod tokio;

/// An execution longer than this many visible steps is reported as an error: the program loops.
const MAX_STEPS: usize = 400;
/// More executions than this is an error: the program is too big for a quiz.
const MAX_EXECUTIONS: usize = 200_000;

/// Where in the source a step happened: file, line and column of the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Site {
    /// The file, as the compiler names it (relative to the workspace).
    pub file: &'static str,
    /// 1-based line in that file.
    pub line: u32,
}

impl Site {
    /// The site of a `#[track_caller]` call.
    pub fn of(location: &'static Location<'static>) -> Self {
        Site {
            file: location.file(),
            line: location.line(),
        }
    }
}

/// One visible operation of one execution, as the trace records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// `main`, `t1`, `t2`… (threads in spawn order), or an async task's name.
    pub thread: String,
    /// The line that did it, if it happened on a line of the program (not in a `Drop`).
    pub at: Option<Site>,
    /// What happened; `{0}`, `{1}`… stand for the objects in `objects`.
    pub text: String,
    /// The objects named in `text`: where each was created (its name is read from that line).
    pub objects: Vec<Site>,
}

/// How an execution ended.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum End {
    /// `main` returned (threads still running were killed with the process).
    Returned,
    /// Every thread that had not finished was blocked.
    Deadlock,
    /// `main` panicked, with this message.
    Panicked(String),
    /// `std::process::exit` was called with this code.
    Exited(i32),
}

/// What one execution did that an observer can see: its output and how it ended.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Outcome {
    /// The lines printed, in order.
    pub output: Vec<String>,
    /// How it ended.
    pub end: End,
}

/// Everything one exploration found.
#[derive(Debug, Clone)]
pub struct Exploration {
    /// Every reachable outcome, with the simplest trace reaching it (fewest thread switches,
    /// then fewest steps, then the first found).
    pub outcomes: BTreeMap<Outcome, Vec<Step>>,
    /// How many complete executions were run (including ones cut short as redundant).
    pub executions: usize,
    /// The most threads (or async tasks) one execution started besides `main`.
    pub spawned: usize,
}

/// Runs `program` in every interleaving and returns every outcome it can have, or an error that
/// says why the program cannot be explored (it loops, or it is not deterministic).
pub fn explore(program: fn()) -> Result<Exploration, String> {
    explore_with(program, true)
}

/// [`explore`] without DPOR and sleep sets (`reduce: false`): every interleaving of visible
/// operations, redundant ones included. Slower; tests use it to check the reduction loses no
/// outcome.
pub fn explore_with(program: fn(), reduce: bool) -> Result<Exploration, String> {
    explore_limited(program, reduce, MAX_EXECUTIONS)
}

/// [`explore_with`], giving up (with an error) after `limit` executions.
pub fn explore_limited(program: fn(), reduce: bool, limit: usize) -> Result<Exploration, String> {
    install_panic_hook();
    let mut path: Vec<Node> = Vec::new();
    let mut outcomes: BTreeMap<Outcome, ((usize, usize), Vec<Step>)> = BTreeMap::new();
    let mut executions = 0;
    let mut spawned = 0;
    loop {
        executions += 1;
        if executions > limit {
            return Err(format!("more than {limit} executions: too big"));
        }
        let run = run_once(program, path, reduce);
        path = run.path;
        spawned = spawned.max(run.spawned);
        match run.end {
            Stop::End(end) => {
                let outcome = Outcome {
                    output: run.output,
                    end,
                };
                // The simplest witness: fewest stale reads, then fewest switches, then shortest.
                let rank = (run.stale, switches(&run.trace));
                let better = outcomes
                    .get(&outcome)
                    .is_none_or(|(r, t)| (rank, run.trace.len()) < (*r, t.len()));
                if better {
                    outcomes.insert(outcome, (rank, run.trace));
                }
            }
            Stop::Redundant => {}
            Stop::Error(error) => return Err(error),
        }
        if !backtrack(&mut path) {
            break;
        }
    }
    Ok(Exploration {
        outcomes: outcomes.into_iter().map(|(o, (_, t))| (o, t)).collect(),
        executions,
        spawned,
    })
}

fn switches(trace: &[Step]) -> usize {
    trace
        .windows(2)
        .filter(|w| w[0].thread != w[1].thread)
        .count()
}

/// Why an execution stopped.
enum Stop {
    End(End),
    /// Every enabled thread was asleep: an order already explored.
    Redundant,
    Error(String),
}

struct Run {
    stale: usize,
    spawned: usize,
    path: Vec<Node>,
    output: Vec<String>,
    trace: Vec<Step>,
    end: Stop,
}

// ---------------------------------------------------------------------------------------------
// Dependencies between operations.

/// An object an operation touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Obj {
    Stdout,
    Loc(usize),
    Mutex(usize),
    Condvar(usize),
    Thread(usize),
    Channel(usize),
    Barrier(usize),
    Once(usize),
    /// The `SeqCst` order every `SeqCst` operation joins.
    Global,
}

/// How an operation uses an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    Read,
    Write,
    /// A channel send: commutes with a receive and with a sender's drop (when both can run, the
    /// queue is not empty, so they touch different ends).
    Send,
    Recv,
    DropSender,
}

fn conflict(a: Access, b: Access) -> bool {
    use Access::*;
    !matches!(
        (a, b),
        (Read, Read)
            | (Send, Recv)
            | (Recv, Send)
            | (DropSender, Recv | Send | DropSender)
            | (Recv | Send, DropSender)
    )
}

/// What an operation touches; two operations commute unless they touch one object in
/// conflicting ways, or one of them ends the process.
#[derive(Debug, Clone, Default)]
pub(crate) struct Touches {
    objects: Vec<(Obj, Access)>,
    everything: bool,
}

impl Touches {
    pub(crate) fn none() -> Self {
        Touches::default()
    }
    pub(crate) fn write(obj: Obj) -> Self {
        Touches::none().with(obj, Access::Write)
    }
    pub(crate) fn read(obj: Obj) -> Self {
        Touches::none().with(obj, Access::Read)
    }
    pub(crate) fn everything() -> Self {
        Touches {
            objects: Vec::new(),
            everything: true,
        }
    }
    pub(crate) fn with(mut self, obj: Obj, access: Access) -> Self {
        self.objects.push((obj, access));
        self
    }
    pub(crate) fn and(self, obj: Obj, write: bool) -> Self {
        self.with(obj, if write { Access::Write } else { Access::Read })
    }
    fn dependent(&self, other: &Touches) -> bool {
        self.everything
            || other.everything
            || self.objects.iter().any(|(a, x)| {
                other
                    .objects
                    .iter()
                    .any(|(b, y)| a == b && conflict(*x, *y))
            })
    }
}

type ReadyFn = Arc<dyn Fn(&St, usize) -> bool + Send + Sync>;

/// A thread's next visible operation: what it touches, and when it can run.
pub(crate) struct Op {
    touches: Touches,
    ready: Option<ReadyFn>,
    /// Where the thread waits, if the operation can block (shown when it waits forever).
    at: Option<Site>,
}

impl Op {
    /// An operation that can always run.
    pub(crate) fn new(touches: Touches) -> Self {
        Op {
            touches,
            ready: None,
            at: None,
        }
    }
    /// An operation that runs only once `ready(state, me)` holds (it blocks until then).
    pub(crate) fn when(
        touches: Touches,
        ready: impl Fn(&St, usize) -> bool + Send + Sync + 'static,
    ) -> Self {
        Op {
            touches,
            ready: Some(Arc::new(ready)),
            at: None,
        }
    }
    /// Where the operation waits: the line a deadlock's explanation points at.
    pub(crate) fn at(mut self, site: Site) -> Self {
        self.at = Some(site);
        self
    }
}

// ---------------------------------------------------------------------------------------------
// The search tree, replayed from the root for every execution.

enum Node {
    /// Which enabled thread runs next.
    Thread {
        options: Vec<usize>,
        touches: Vec<Touches>,
        /// Threads whose next operation need not be tried here (sleep set), with what it touches.
        sleep: Vec<(usize, Touches)>,
        /// Options already explored from this node (indices into `options`).
        done: Vec<usize>,
        /// Threads that must be tried from this node (DPOR): the first choice, then every
        /// thread a later operation was found to race with.
        backtrack: Vec<usize>,
        current: usize,
    },
    /// A choice inside an operation: which store a load reads, which waiter a notify wakes…
    Value { n: usize, current: usize },
}

fn backtrack(path: &mut Vec<Node>) -> bool {
    while let Some(node) = path.last_mut() {
        match node {
            Node::Value { n, current } => {
                if *current + 1 < *n {
                    *current += 1;
                    return true;
                }
            }
            Node::Thread {
                options,
                sleep,
                done,
                backtrack,
                current,
                ..
            } => {
                done.push(*current);
                let next = (0..options.len()).find(|&i| {
                    !done.contains(&i)
                        && backtrack.contains(&options[i])
                        && !sleep.iter().any(|(t, _)| *t == options[i])
                });
                if let Some(next) = next {
                    *current = next;
                    return true;
                }
            }
        }
        path.pop();
    }
    false
}

// ---------------------------------------------------------------------------------------------
// One execution's state.

/// A view: for each atomic location, the index of the newest store this thread (or message)
/// knows of. A load may read that store or any later one.
pub(crate) type View = Vec<usize>;

pub(crate) fn join_views(into: &mut View, from: &View) {
    if into.len() < from.len() {
        into.resize(from.len(), 0);
    }
    for (a, b) in into.iter_mut().zip(from) {
        *a = (*a).max(*b);
    }
}

pub(crate) struct Th {
    pub(crate) label: String,
    /// The name `thread::current().name()` returns.
    pub(crate) name: Option<String>,
    /// The async task running on this thread, if any: steps are labelled with it.
    pub(crate) task: Option<String>,
    pending: Option<Op>,
    started: bool,
    pub(crate) finished: bool,
    parent: usize,
    cv: Arc<Condvar>,
    pub(crate) view: View,
    /// The view at this thread's last `Release` fence: its later relaxed stores carry it.
    pub(crate) release_fence: Option<View>,
    /// What the messages of this thread's relaxed loads carried: an `Acquire` fence takes it.
    pub(crate) acquirable: View,
}

/// One scheduled operation, for DPOR.
struct Event {
    thread: usize,
    /// The index of its thread-choice node in the path.
    node: usize,
    touches: Touches,
    /// Its own number among its thread's events (its entry in its clock).
    local: usize,
    clock: Vec<usize>,
}

/// The shared state of one execution. Shims reach it through [`with_state`] and [`step`].
pub(crate) struct St {
    pub(crate) threads: Vec<Th>,
    running: usize,
    aborting: bool,
    stop: Option<Stop>,
    path: Vec<Node>,
    depth: usize,
    sleep: Vec<(usize, Touches)>,
    output: Vec<String>,
    trace: Vec<Step>,
    steps: usize,
    /// Loads that read an older value than the newest store (ranks witnesses).
    pub(crate) stale: usize,
    /// Threads and async tasks started besides `main`.
    pub(crate) spawned: usize,
    /// Whether sleep sets and DPOR prune orders already explored.
    reduce: bool,
    /// The scheduled operations of this execution so far, for DPOR's race detection.
    events: Vec<Event>,
    /// Per thread: the vector clock of what it has seen (its events and what they depend on).
    clocks: Vec<Vec<usize>>,
    /// Objects' model state, owned by the shims' modules.
    pub(crate) objects: sync::Objects,
    pub(crate) global: View,
    driver: Arc<Condvar>,
}

impl St {
    /// Records a step by thread `me`.
    pub(crate) fn record(
        &mut self,
        me: usize,
        at: Option<Site>,
        text: impl Into<String>,
        objects: Vec<Site>,
    ) {
        let th = &self.threads[me];
        let thread = th.task.clone().unwrap_or_else(|| th.label.clone());
        self.trace.push(Step {
            thread,
            at,
            text: text.into(),
            objects,
        });
    }

    /// A choice among `n` possibilities inside an operation (explored one by one).
    pub(crate) fn choose(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let depth = self.depth;
        self.depth += 1;
        match self.path.get(depth) {
            Some(Node::Value { n: known, current }) if *known == n => *current,
            Some(_) => {
                self.fail("the program is not deterministic: a replay took another path");
                0
            }
            None => {
                self.path.push(Node::Value { n, current: 0 });
                0
            }
        }
    }

    pub(crate) fn print(&mut self, line: String) {
        self.output.push(line);
    }

    /// Ends the execution with `end`: every thread still parked unwinds.
    pub(crate) fn end(&mut self, end: End) {
        self.finish(Stop::End(end));
    }

    fn fail(&mut self, error: &str) {
        self.finish(Stop::Error(error.to_string()));
    }

    fn finish(&mut self, stop: Stop) {
        // The operations still waiting at the end race with the last ones too (a print that
        // could have come before `main` returned, a lock taken before a deadlock).
        if self.stop.is_none() && !matches!(stop, Stop::Error(_)) {
            self.races();
        }
        if self.stop.is_none() {
            self.stop = Some(stop);
        }
        self.aborting = true;
        for th in &self.threads {
            th.cv.notify_all();
        }
        self.driver.notify_all();
    }

    /// The calling thread's own label.
    pub(crate) fn label(&self, t: usize) -> String {
        self.threads[t].label.clone()
    }

    /// Adds a thread, started by `parent`, that inherits `parent`'s view.
    pub(crate) fn add_thread(&mut self, parent: usize, name: Option<String>) -> usize {
        let id = self.threads.len();
        self.spawned += 1;
        let label = name.clone().unwrap_or_else(|| format!("t{id}"));
        let view = self.threads[parent].view.clone();
        let clock = self.clocks[parent].clone();
        self.clocks.push(clock);
        self.threads.push(Th {
            label,
            name,
            task: None,
            pending: None,
            started: false,
            finished: false,
            parent,
            cv: Arc::new(Condvar::new()),
            view,
            release_fence: None,
            acquirable: Vec::new(),
        });
        id
    }

    /// Race detection for every thread's next operation (DPOR only).
    fn races(&mut self) {
        if !self.reduce {
            return;
        }
        for p in 0..self.threads.len() {
            if let Some(next) = self.threads[p]
                .pending
                .as_ref()
                .map(|op| op.touches.clone())
            {
                self.race(p, &next);
            }
        }
    }

    /// DPOR (Flanagan and Godefroid): if thread `p`'s next operation conflicts with an earlier
    /// operation of another thread that does not happen before it, the two could run the other
    /// way round: mark `p` (or, if it could not run there, every thread) to be tried at the
    /// node where that earlier operation was chosen.
    fn race(&mut self, p: usize, next: &Touches) {
        let known = &self.clocks[p];
        let found = self.events.iter().rev().find(|e| {
            e.thread != p
                && e.touches.dependent(next)
                && known.get(e.thread).copied().unwrap_or(0) < e.local
        });
        let Some(node) = found.map(|e| e.node) else {
            return;
        };
        if let Some(Node::Thread {
            options, backtrack, ..
        }) = self.path.get_mut(node)
        {
            let add: Vec<usize> = if options.contains(&p) {
                vec![p]
            } else {
                options.clone()
            };
            for t in add {
                if !backtrack.contains(&t) {
                    backtrack.push(t);
                }
            }
        }
    }

    /// Records that thread `t` runs an operation touching `touches`, chosen at path node `node`.
    fn record_event(&mut self, t: usize, node: usize, touches: Touches) {
        let mut clock = self.clocks[t].clone();
        for e in &self.events {
            if e.touches.dependent(&touches) {
                join_views(&mut clock, &e.clock);
            }
        }
        let local = clock.get(t).copied().unwrap_or(0) + 1;
        if clock.len() <= t {
            clock.resize(t + 1, 0);
        }
        clock[t] = local;
        self.clocks[t] = clock.clone();
        self.events.push(Event {
            thread: t,
            node,
            touches,
            local,
            clock,
        });
    }

    /// Hands the turn to the next thread (the caller has announced its next operation or has
    /// finished).
    fn schedule(&mut self) {
        if self.stop.is_some() {
            return;
        }
        self.steps += 1;
        if self.steps > MAX_STEPS {
            self.fail(&format!(
                "an execution ran more than {MAX_STEPS} steps: the program loops"
            ));
            return;
        }
        self.races();
        let enabled: Vec<usize> = (0..self.threads.len())
            .filter(|&t| {
                self.threads[t]
                    .pending
                    .as_ref()
                    .is_some_and(|op| op.ready.as_ref().is_none_or(|ready| ready(self, t)))
            })
            .collect();
        if enabled.is_empty() {
            for t in 0..self.threads.len() {
                if let Some(op) = &self.threads[t].pending {
                    let at = op.at;
                    self.record(t, at, "waits forever: every thread is waiting", vec![]);
                }
            }
            self.end(End::Deadlock);
            return;
        }
        let touches: Vec<Touches> = enabled
            .iter()
            .map(|&t| {
                self.threads[t]
                    .pending
                    .as_ref()
                    .map(|op| op.touches.clone())
                    .unwrap_or_default()
            })
            .collect();
        let depth = self.depth;
        self.depth += 1;
        let (chosen, child_sleep, chosen_touches) = match self.path.get(depth) {
            Some(Node::Thread {
                options,
                touches,
                sleep,
                done,
                current,
                ..
            }) => {
                if *options != enabled {
                    self.fail("the program is not deterministic: a replay took another path");
                    return;
                }
                let mine = &touches[*current];
                let chosen_touches = mine.clone();
                let child: Vec<(usize, Touches)> = sleep
                    .iter()
                    .cloned()
                    .chain(done.iter().map(|&d| (options[d], touches[d].clone())))
                    .filter(|(_, t)| self.reduce && !t.dependent(mine))
                    .collect();
                (options[*current], child, chosen_touches)
            }
            Some(Node::Value { .. }) => {
                self.fail("the program is not deterministic: a replay took another path");
                return;
            }
            None => {
                let sleep = std::mem::take(&mut self.sleep);
                let Some(current) = enabled
                    .iter()
                    .position(|t| !sleep.iter().any(|(s, _)| s == t))
                else {
                    self.finish(Stop::Redundant);
                    return;
                };
                let mine = touches[current].clone();
                let child = sleep
                    .iter()
                    .filter(|(_, t)| self.reduce && !t.dependent(&mine))
                    .cloned()
                    .collect();
                let backtrack = if self.reduce {
                    vec![enabled[current]]
                } else {
                    enabled.clone()
                };
                self.path.push(Node::Thread {
                    options: enabled.clone(),
                    touches,
                    sleep,
                    done: Vec::new(),
                    backtrack,
                    current,
                });
                (enabled[current], child, mine)
            }
        };
        self.record_event(chosen, depth, chosen_touches);
        self.sleep = child_sleep;
        self.running = chosen;
        self.threads[chosen].cv.notify_all();
    }
}

/// One execution: its state, and the OS threads running its program threads.
pub(crate) struct Exec {
    state: Mutex<St>,
    /// Pool jobs (program threads) of this execution still running, and a signal when none is.
    running: Mutex<usize>,
    all_gone: Condvar,
}

impl Exec {
    fn lock(&self) -> MutexGuard<'_, St> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

thread_local! {
    static CURRENT: RefCell<Option<(Arc<Exec>, usize)>> = const { RefCell::new(None) };
}

/// The payload a program thread unwinds with when its execution has ended without it.
struct Abort;

pub(crate) fn abort() -> ! {
    resume_unwind(Box::new(Abort))
}

fn current() -> (Arc<Exec>, usize) {
    CURRENT.with(|c| {
        c.borrow()
            .clone()
            .expect("the quiz's model types work only inside quiz::model::explore")
    })
}

/// Runs `f` on the current execution's state, without a scheduling point (creating objects).
pub(crate) fn with_state<R>(f: impl FnOnce(&mut St, usize) -> R) -> R {
    let (exec, me) = current();
    let mut st = exec.lock();
    f(&mut st, me)
}

/// A visible operation: announces `op`, waits until the explorer picks this thread, then runs
/// `perform` on the state. Unwinds with `Abort` if the execution ends meanwhile.
pub(crate) fn step<R>(op: Op, perform: impl FnOnce(&mut St, usize) -> R) -> R {
    match try_step(op, perform) {
        Some(r) => r,
        None => abort(),
    }
}

/// [`step`] for `Drop`s: does nothing (returns `None`) if the execution is ending, so a thread
/// unwinding never panics twice.
pub(crate) fn try_step<R>(op: Op, perform: impl FnOnce(&mut St, usize) -> R) -> Option<R> {
    let (exec, me) = current();
    let mut st = exec.lock();
    if st.aborting {
        return None;
    }
    // An operation that touches nothing shared commutes with everything: run it now, without
    // offering the turn to anyone (nothing is lost, and whole branches of the search are saved).
    if st.threads[me].started && op.touches.objects.is_empty() && !op.touches.everything {
        st.steps += 1;
        return Some(perform(&mut st, me));
    }
    st.threads[me].pending = Some(op);
    if st.threads[me].started {
        st.schedule();
    } else {
        st.threads[me].started = true;
        let parent = st.threads[me].parent;
        st.threads[parent].cv.notify_all();
    }
    let cv = Arc::clone(&st.threads[me].cv);
    while st.running != me && !st.aborting {
        st = cv.wait(st).unwrap_or_else(|e| e.into_inner());
    }
    if st.aborting {
        return None;
    }
    st.threads[me].pending = None;
    Some(perform(&mut st, me))
}

/// Starts program thread `id` (already added to the state by the caller, who holds the turn)
/// on a new OS thread running `body`, and waits until it has announced its first operation.
pub(crate) fn start_thread(exec: &Arc<Exec>, id: usize, body: Box<dyn FnOnce() + Send>) {
    let child_exec = Arc::clone(exec);
    run_on_pool(exec, Box::new(move || run_thread(child_exec, id, body)));
    wait_started(exec, id);
}

type Job = Box<dyn FnOnce() + Send>;

/// Runs `job` on a pooled OS thread, counted in `exec.running` until it returns. Reusing
/// threads matters on a busy machine: a new thread waits behind every other process, a woken
/// one does not.
fn run_on_pool(exec: &Arc<Exec>, job: Job) {
    *exec.running.lock().unwrap_or_else(|e| e.into_inner()) += 1;
    let done = Arc::clone(exec);
    let mut job: Job = Box::new(move || {
        job();
        let mut running = done.running.lock().unwrap_or_else(|e| e.into_inner());
        *running -= 1;
        done.all_gone.notify_all();
    });
    static POOL: Mutex<Vec<std::sync::mpsc::Sender<Job>>> = Mutex::new(Vec::new());
    loop {
        let idle = POOL.lock().unwrap_or_else(|e| e.into_inner()).pop();
        match idle {
            // A worker that timed out meanwhile hands the job back.
            Some(worker) => match worker.send(job) {
                Ok(()) => return,
                Err(std::sync::mpsc::SendError(back)) => job = back,
            },
            None => break,
        }
    }
    let (tx, rx) = std::sync::mpsc::channel::<Job>();
    tx.send(job).expect("a new worker's channel is open");
    std::thread::Builder::new()
        .name("quiz-model".to_string())
        .stack_size(256 * 1024)
        .spawn(move || {
            // An idle worker leaves after a second, so none outlives the explorations for long.
            while let Ok(job) = rx.recv_timeout(std::time::Duration::from_secs(1)) {
                job();
                POOL.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(tx.clone());
            }
        })
        .expect("cannot start an OS thread for the model");
}

/// Waits until thread `id` has announced its first operation (or the execution ends).
pub(crate) fn wait_started(exec: &Exec, id: usize) {
    let mut st = exec.lock();
    let parent = st.threads[id].parent;
    let cv = Arc::clone(&st.threads[parent].cv);
    while !st.threads[id].started && !st.aborting {
        st = cv.wait(st).unwrap_or_else(|e| e.into_inner());
    }
}

/// Ends the execution now with `end`, from the thread holding the turn, and unwinds it.
pub(crate) fn end_now(end: End) -> ! {
    with_state(|st, _| st.end(end));
    abort()
}

/// The current execution and thread (for shims that start threads).
pub(crate) fn current_exec() -> (Arc<Exec>, usize) {
    current()
}

thread_local! {
    static IN_MODEL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // A program's panics are outcomes, reported by the quiz, not noise on stderr.
            if !IN_MODEL.with(|m| m.get()) {
                previous(info);
            }
        }));
    });
}

/// The text of a panic payload.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic".to_string()
    }
}

pub(crate) fn is_abort(payload: &(dyn std::any::Any + Send)) -> bool {
    payload.is::<Abort>()
}

/// The body of every program thread's OS thread but main's.
fn run_thread(exec: Arc<Exec>, me: usize, body: Box<dyn FnOnce() + Send>) {
    enter(&exec, me);
    body();
    leave();
}

pub(crate) fn enter(exec: &Arc<Exec>, me: usize) {
    IN_MODEL.with(|m| m.set(true));
    CURRENT.with(|c| *c.borrow_mut() = Some((Arc::clone(exec), me)));
}

pub(crate) fn leave() {
    CURRENT.with(|c| *c.borrow_mut() = None);
    IN_MODEL.with(|m| m.set(false));
}

/// Thread `me` finished (returned, or panicked with `panic`): a visible step that wakes joiners.
pub(crate) fn finish_thread(panic: Option<String>) {
    let _ = try_step(
        Op::new(Touches::write(Obj::Thread(current().1))),
        |st, me| {
            st.threads[me].finished = true;
            match panic {
                Some(message) => st.record(me, None, format!("panics: {message}"), vec![]),
                None => st.record(me, None, "finishes", vec![]),
            }
            st.schedule();
        },
    );
}

fn run_once(program: fn(), path: Vec<Node>, reduce: bool) -> Run {
    let main = Th {
        label: "main".to_string(),
        name: Some("main".to_string()),
        task: None,
        pending: None,
        started: true,
        finished: false,
        parent: 0,
        cv: Arc::new(Condvar::new()),
        view: Vec::new(),
        release_fence: None,
        acquirable: Vec::new(),
    };
    let driver = Arc::new(Condvar::new());
    let exec = Arc::new(Exec {
        state: Mutex::new(St {
            threads: vec![main],
            running: 0,
            aborting: false,
            stop: None,
            path,
            depth: 0,
            sleep: Vec::new(),
            output: Vec::new(),
            trace: Vec::new(),
            steps: 0,
            stale: 0,
            spawned: 0,
            reduce,
            events: Vec::new(),
            clocks: vec![Vec::new()],
            objects: sync::Objects::default(),
            global: Vec::new(),
            driver: Arc::clone(&driver),
        }),
        running: Mutex::new(0),
        all_gone: Condvar::new(),
    });
    let main_exec = Arc::clone(&exec);
    run_on_pool(
        &exec,
        Box::new(move || {
            enter(&main_exec, 0);
            let result = catch_unwind(AssertUnwindSafe(program));
            let end = match result {
                Ok(()) => Some(End::Returned),
                Err(payload) if is_abort(&*payload) => None,
                Err(payload) => Some(End::Panicked(panic_message(&*payload))),
            };
            if let Some(end) = end {
                let _ = try_step(Op::new(Touches::everything()), |st, me| {
                    let text = match &end {
                        End::Panicked(m) => format!("panics: {m}; the process ends"),
                        _ => "returns from main: the process ends".to_string(),
                    };
                    st.record(me, None, text, vec![]);
                    st.end(end);
                });
            }
            leave();
        }),
    );
    // Nothing may hang: an execution that makes no progress for this long is a bug in the
    // explorer or a program that blocks outside the model (a real lock, real I/O).
    let patience = std::time::Duration::from_secs(20);
    let stuck = "an execution made no progress for 20 s: does the program block outside the model?";
    {
        let mut st = exec.lock();
        while st.stop.is_none() {
            let (guard, wait) = driver
                .wait_timeout(st, patience)
                .unwrap_or_else(|e| e.into_inner());
            st = guard;
            if wait.timed_out() && st.stop.is_none() {
                st.fail(stuck);
            }
        }
    }
    let mut running = exec.running.lock().unwrap_or_else(|e| e.into_inner());
    while *running > 0 {
        let (guard, wait) = exec
            .all_gone
            .wait_timeout(running, patience)
            .unwrap_or_else(|e| e.into_inner());
        running = guard;
        if wait.timed_out() {
            // Its threads are stuck where the model cannot reach them: report, do not hang.
            return Run {
                stale: 0,
                spawned: 0,
                path: Vec::new(),
                output: Vec::new(),
                trace: Vec::new(),
                end: Stop::Error(stuck.to_string()),
            };
        }
    }
    drop(running);
    let mut st = exec.lock();
    Run {
        stale: st.stale,
        spawned: st.spawned,
        path: std::mem::take(&mut st.path),
        output: std::mem::take(&mut st.output),
        trace: std::mem::take(&mut st.trace),
        end: st.stop.take().unwrap_or(Stop::Redundant),
    }
}

/// What `println!` does in a program: one visible step that appends a line to the output.
#[track_caller]
pub fn print_line(text: String) {
    let at = Site::of(Location::caller());
    step(Op::new(Touches::write(Obj::Stdout)), |st, me| {
        for line in text.split('\n') {
            st.record(me, Some(at), format!("prints `{line}`"), vec![]);
            st.print(line.to_string());
        }
    });
}
