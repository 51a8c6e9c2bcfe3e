//! `std::thread`'s stand-ins: `spawn`, `Builder`, `scope`, `sleep`, `yield_now`, `current`.
//! Spawned threads are labelled `t1`, `t2`… in the order they are spawned (or by their name).

use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, Location, catch_unwind};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{
    Obj, Op, Site, Touches, current_exec, enter, finish_thread, is_abort, join_views, leave,
    panic_message, start_thread, step, wait_started, with_state,
};

pub use std::thread::Result;

type Slot<T> = Arc<Mutex<Option<Result<T>>>>;

/// Runs a program thread's closure, keeps its result for `join`, then finishes (a step).
fn body<T>(f: impl FnOnce() -> T, out: &Slot<T>) {
    let result = catch_unwind(AssertUnwindSafe(f));
    if result.as_ref().is_err_and(|payload| is_abort(&**payload)) {
        return;
    }
    let panic = result.as_ref().err().map(|p| panic_message(&**p));
    *out.lock().unwrap_or_else(|e| e.into_inner()) = Some(result);
    finish_thread(panic);
}

/// The step that adds a thread: returns its id and label.
fn add(at: Site, name: Option<String>) -> (usize, String) {
    step(Op::new(Touches::none()), |st, me| {
        let id = st.add_thread(me, name);
        let label = st.label(id);
        st.record(me, Some(at), format!("spawns {label}"), vec![]);
        (id, label)
    })
}

fn join_step<T>(at: Site, id: usize, slot: &Slot<T>) -> Result<T> {
    step(
        Op::when(Touches::read(Obj::Thread(id)), move |st, _| {
            st.threads[id].finished
        })
        .at(at),
        |st, me| {
            let view = st.threads[id].view.clone();
            join_views(&mut st.threads[me].view, &view);
            let label = st.label(id);
            let panicked = matches!(
                *slot.lock().unwrap_or_else(|e| e.into_inner()),
                Some(Err(_))
            );
            let text = if panicked {
                format!("joins {label}: Err, it panicked")
            } else {
                format!("joins {label}")
            };
            st.record(me, Some(at), text, vec![]);
        },
    );
    slot.lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .expect("a finished thread left its result")
}

/// `std::thread::JoinHandle`.
pub struct JoinHandle<T> {
    id: usize,
    slot: Slot<T>,
}

impl<T> JoinHandle<T> {
    /// Waits for the thread to finish: `Ok` with its value, or `Err` with its panic.
    #[track_caller]
    pub fn join(self) -> Result<T> {
        join_step(Site::of(Location::caller()), self.id, &self.slot)
    }

    /// Whether the thread has finished (a step: it looks at the other thread).
    #[track_caller]
    pub fn is_finished(&self) -> bool {
        let at = Site::of(Location::caller());
        let id = self.id;
        step(Op::new(Touches::read(Obj::Thread(id))), |st, me| {
            let done = st.threads[id].finished;
            let label = st.label(id);
            st.record(
                me,
                Some(at),
                format!("asks whether {label} has finished: {done}"),
                vec![],
            );
            done
        })
    }
}

fn spawn_at<F, T>(at: Site, name: Option<String>, f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (id, _) = add(at, name);
    let slot: Slot<T> = Arc::new(Mutex::new(None));
    let out = Arc::clone(&slot);
    let (exec, _) = current_exec();
    start_thread(&exec, id, Box::new(move || body(f, &out)));
    JoinHandle { id, slot }
}

/// Starts a thread running `f`.
#[track_caller]
pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    spawn_at(Site::of(Location::caller()), None, f)
}

/// `std::thread::Builder`: a thread with a name.
#[derive(Default)]
pub struct Builder {
    name: Option<String>,
}

impl Builder {
    /// A builder with no name set.
    pub fn new() -> Self {
        Builder::default()
    }

    /// Names the thread.
    pub fn name(self, name: String) -> Self {
        Builder { name: Some(name) }
    }

    /// Starts the thread.
    #[track_caller]
    pub fn spawn<F, T>(self, f: F) -> std::io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        Ok(spawn_at(Site::of(Location::caller()), self.name, f))
    }
}

/// `std::thread::Thread`: what `current()` returns.
pub struct Thread {
    name: Option<String>,
}

impl Thread {
    /// The thread's name: `Some("main")` for the main thread, `None` for an unnamed one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

/// The calling thread.
pub fn current() -> Thread {
    let name = with_state(|st, me| st.threads[me].name.clone());
    Thread { name }
}

/// Sleeps: a step that orders nothing (another thread may run meanwhile, or not).
#[track_caller]
pub fn sleep(duration: Duration) {
    let at = Site::of(Location::caller());
    super::tokio::block_for(duration);
    step(Op::new(Touches::none()), |st, me| {
        st.record(me, Some(at), format!("sleeps {duration:?}"), vec![]);
    });
}

/// Offers the turn to another thread: a step that orders nothing.
#[track_caller]
pub fn yield_now() {
    let at = Site::of(Location::caller());
    step(Op::new(Touches::none()), |st, me| {
        st.record(me, Some(at), "yields", vec![]);
    });
}

/// `std::thread::scope`: every thread spawned in it is joined before it returns.
#[track_caller]
pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&Scope<'scope, 'env>) -> T,
{
    let at = Site::of(Location::caller());
    std::thread::scope(|std_scope| {
        let scope = Scope {
            std: std_scope,
            children: Mutex::new(Vec::new()),
            unjoined_panics: Mutex::new(Vec::new()),
        };
        let result = f(&scope);
        let children = scope
            .children
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let mut touches = Touches::none();
        for &child in &children {
            touches = touches.and(Obj::Thread(child), false);
        }
        let waited = children.clone();
        step(
            Op::when(touches, move |st, _| {
                waited.iter().all(|&c| st.threads[c].finished)
            })
            .at(at),
            |st, me| {
                for &child in &children {
                    let view = st.threads[child].view.clone();
                    join_views(&mut st.threads[me].view, &view);
                }
                st.record(
                    me,
                    Some(at),
                    "leaves the scope: its threads have all finished",
                    vec![],
                );
            },
        );
        let checks = scope
            .unjoined_panics
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if checks.iter().any(|panicked| panicked()) {
            panic!("a scoped thread panicked");
        }
        result
    })
}

/// `std::thread::Scope`.
pub struct Scope<'scope, 'env: 'scope> {
    std: &'scope std::thread::Scope<'scope, 'env>,
    children: Mutex<Vec<usize>>,
    /// For each child: whether it panicked and nobody joined it.
    unjoined_panics: Mutex<Vec<Box<dyn Fn() -> bool + Send + 'scope>>>,
}

/// `std::thread::ScopedJoinHandle`.
pub struct ScopedJoinHandle<'scope, T> {
    id: usize,
    slot: Slot<T>,
    _scope: PhantomData<&'scope ()>,
}

impl<'scope> Scope<'scope, '_> {
    /// Starts a thread that may borrow what outlives the scope.
    #[track_caller]
    pub fn spawn<F, T>(&self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope,
    {
        let (id, _) = add(Site::of(Location::caller()), None);
        self.children
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(id);
        let slot: Slot<T> = Arc::new(Mutex::new(None));
        let out = Arc::clone(&slot);
        let watched = Arc::clone(&slot);
        self.unjoined_panics
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Box::new(move || {
                matches!(
                    *watched.lock().unwrap_or_else(|e| e.into_inner()),
                    Some(Err(_))
                )
            }));
        let (exec, _) = current_exec();
        let child_exec = Arc::clone(&exec);
        let _ = std::thread::Builder::new()
            .name(format!("quiz-model-{id}"))
            .stack_size(256 * 1024)
            .spawn_scoped(self.std, move || {
                enter(&child_exec, id);
                body(f, &out);
                leave();
            })
            .expect("cannot start an OS thread for the model");
        wait_started(&exec, id);
        ScopedJoinHandle {
            id,
            slot,
            _scope: PhantomData,
        }
    }
}

impl<T> ScopedJoinHandle<'_, T> {
    /// Waits for the thread to finish: `Ok` with its value, or `Err` with its panic.
    #[track_caller]
    pub fn join(self) -> Result<T> {
        join_step(Site::of(Location::caller()), self.id, &self.slot)
    }
}

/// Whether the thread is unwinding from a panic.
pub fn panicking() -> bool {
    std::thread::panicking()
}
