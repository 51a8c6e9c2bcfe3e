//! A current-thread async runtime with tokio's API (`spawn`, `task::yield_now`, `time::sleep`,
//! `time::timeout`, `JoinHandle`), whose scheduler the explorer drives.
//!
//! One thread polls every task. A task runs until it awaits something that is not ready; then
//! the runtime picks *any* ready task (the explorer tries each). Time is virtual: it jumps to the
//! next timer when no task is ready, and a blocking `std::thread::sleep` inside a task moves it
//! forward while nothing else runs. What this models is what a current-thread runtime promises;
//! tokio's happens to run ready tasks first in, first out, one of the orders explored.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use super::{End, Op, Touches, end_now, step, with_state};

type BoxFuture = Pin<Box<dyn Future<Output = ()>>>;

struct Runtime {
    tasks: RefCell<Vec<Option<BoxFuture>>>,
    labels: RefCell<Vec<String>>,
    ready: Arc<Mutex<BTreeSet<usize>>>,
    clock: Cell<Duration>,
    timers: RefCell<Vec<(Duration, Waker)>>,
    current: Cell<usize>,
}

thread_local! {
    static RUNTIME: RefCell<Option<Rc<Runtime>>> = const { RefCell::new(None) };
}

fn runtime() -> Rc<Runtime> {
    RUNTIME.with(|r| {
        r.borrow()
            .clone()
            .expect("the quiz's tokio works only inside its block_on")
    })
}

struct TaskWaker {
    id: usize,
    ready: Arc<Mutex<BTreeSet<usize>>>,
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.ready
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(self.id);
    }
}

/// A blocking sleep inside a task: virtual time moves on while nothing else runs.
pub(crate) fn block_for(duration: Duration) {
    RUNTIME.with(|r| {
        if let Some(rt) = r.borrow().as_ref() {
            rt.clock.set(rt.clock.get() + duration);
        }
    });
}

fn set_task_label(label: Option<String>) {
    with_state(|st, me| st.threads[me].task = label);
}

/// Runs `future` on a fresh current-thread runtime until it completes; tasks still pending
/// then are dropped, as when tokio's runtime shuts down.
pub fn block_on<T: 'static>(future: impl Future<Output = T> + 'static) -> T {
    let output: Rc<RefCell<Option<T>>> = Rc::new(RefCell::new(None));
    let out = Rc::clone(&output);
    let main: BoxFuture = Box::pin(async move {
        let value = future.await;
        *out.borrow_mut() = Some(value);
    });
    let rt = Rc::new(Runtime {
        tasks: RefCell::new(vec![Some(main)]),
        labels: RefCell::new(vec!["main".to_string()]),
        ready: Arc::new(Mutex::new(BTreeSet::from([0]))),
        clock: Cell::new(Duration::ZERO),
        timers: RefCell::new(Vec::new()),
        current: Cell::new(0),
    });
    RUNTIME.with(|r| *r.borrow_mut() = Some(Rc::clone(&rt)));
    while output.borrow().is_none() {
        let expired: Vec<Waker> = {
            let mut timers = rt.timers.borrow_mut();
            let now = rt.clock.get();
            let (due, later): (Vec<_>, Vec<_>) = timers.drain(..).partition(|(at, _)| *at <= now);
            *timers = later;
            due.into_iter().map(|(_, w)| w).collect()
        };
        expired.into_iter().for_each(Waker::wake);
        let ready: Vec<usize> = rt
            .ready
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .copied()
            .collect();
        if ready.is_empty() {
            let next = rt.timers.borrow().iter().map(|(at, _)| *at).min();
            match next {
                Some(at) => {
                    rt.clock.set(at);
                    continue;
                }
                None => end_now(End::Deadlock),
            }
        }
        let id = ready[with_state(|st, _| st.choose(ready.len()))];
        rt.ready
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        let Some(mut task) = rt.tasks.borrow_mut()[id].take() else {
            continue;
        };
        rt.current.set(id);
        set_task_label(Some(rt.labels.borrow()[id].clone()));
        let waker = Waker::from(Arc::new(TaskWaker {
            id,
            ready: Arc::clone(&rt.ready),
        }));
        if task
            .as_mut()
            .poll(&mut Context::from_waker(&waker))
            .is_pending()
        {
            rt.tasks.borrow_mut()[id] = Some(task);
        }
        set_task_label(None);
    }
    // Shutting down drops the tasks that never finished.
    let unfinished: Vec<BoxFuture> = rt.tasks.borrow_mut().drain(..).flatten().collect();
    drop(unfinished);
    RUNTIME.with(|r| *r.borrow_mut() = None);
    let value = output.borrow_mut().take();
    value.expect("the main future completed")
}

/// `tokio::task::JoinError`: the task was aborted.
#[derive(Debug)]
pub struct JoinError;

impl std::fmt::Display for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("task was cancelled")
    }
}

impl std::error::Error for JoinError {}

struct JoinState<T> {
    output: Option<Result<T, JoinError>>,
    waiter: Option<Waker>,
}

/// `tokio::task::JoinHandle`: await it for the task's value. Dropping it does not stop the task.
pub struct JoinHandle<T> {
    id: usize,
    state: Arc<Mutex<JoinState<T>>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = Result<T, JoinError>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match state.output.take() {
            Some(output) => Poll::Ready(output),
            None => {
                state.waiter = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

impl<T> JoinHandle<T> {
    /// Cancels the task: its future is dropped at its current `.await`, and awaiting the handle
    /// gives `Err(JoinError)`.
    #[track_caller]
    pub fn abort(&self) {
        let rt = runtime();
        let at = super::Site::of(std::panic::Location::caller());
        let label = rt.labels.borrow()[self.id].clone();
        step(Op::new(Touches::none()), |st, me| {
            st.record(me, Some(at), format!("aborts {label}"), vec![]);
        });
        let task = rt.tasks.borrow_mut()[self.id].take();
        if task.is_some() {
            drop(task);
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            state.output = Some(Err(JoinError));
            if let Some(waiter) = state.waiter.take() {
                waiter.wake();
            }
        }
    }
}

/// `tokio::spawn`: the task is queued; it runs when the running task awaits something pending.
#[track_caller]
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let at = super::Site::of(std::panic::Location::caller());
    let rt = runtime();
    let id = rt.tasks.borrow().len();
    let label = format!("task {id}");
    step(Op::new(Touches::none()), |st, me| {
        st.spawned += 1;
        st.record(me, Some(at), format!("spawns {label}"), vec![]);
    });
    let state = Arc::new(Mutex::new(JoinState {
        output: None,
        waiter: None,
    }));
    let done = Arc::clone(&state);
    let task: BoxFuture = Box::pin(async move {
        let value = future.await;
        let mut state = done.lock().unwrap_or_else(|e| e.into_inner());
        state.output = Some(Ok(value));
        if let Some(waiter) = state.waiter.take() {
            waiter.wake();
        }
    });
    rt.tasks.borrow_mut().push(Some(task));
    rt.labels.borrow_mut().push(label);
    rt.ready
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id);
    JoinHandle { id, state }
}

/// `tokio::task`.
pub mod task {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    pub use super::{JoinError, JoinHandle, spawn};

    /// `tokio::task::yield_now`: lets the runtime run another ready task (or this one again).
    pub async fn yield_now() {
        YieldNow(false).await
    }

    struct YieldNow(bool);

    impl Future for YieldNow {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.0 {
                Poll::Ready(())
            } else {
                self.0 = true;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        }
    }
}

/// `tokio::time`: virtual time.
pub mod time {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};
    use std::time::Duration;

    use super::runtime;

    /// `tokio::time::Sleep`.
    pub struct Sleep {
        deadline: Duration,
    }

    /// `tokio::time::sleep`: ready once virtual time reaches now + `duration`.
    pub fn sleep(duration: Duration) -> Sleep {
        Sleep {
            deadline: runtime().clock.get() + duration,
        }
    }

    impl Future for Sleep {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let rt = runtime();
            if rt.clock.get() >= self.deadline {
                Poll::Ready(())
            } else {
                rt.timers
                    .borrow_mut()
                    .push((self.deadline, cx.waker().clone()));
                Poll::Pending
            }
        }
    }

    /// `tokio::time::error::Elapsed`.
    #[derive(Debug)]
    pub struct Elapsed;

    /// `tokio::time::Timeout`.
    pub struct Timeout<F> {
        future: Pin<Box<F>>,
        sleep: Sleep,
    }

    /// `tokio::time::timeout`: the future's output, or `Err(Elapsed)` (and the future dropped)
    /// if it is not done by then.
    pub fn timeout<F: Future>(duration: Duration, future: F) -> Timeout<F> {
        Timeout {
            future: Box::pin(future),
            sleep: sleep(duration),
        }
    }

    impl<F: Future> Future for Timeout<F> {
        type Output = Result<F::Output, Elapsed>;
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            if let Poll::Ready(value) = self.future.as_mut().poll(cx) {
                return Poll::Ready(Ok(value));
            }
            match Pin::new(&mut self.sleep).poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(Elapsed)),
                Poll::Pending => Poll::Pending,
            }
        }
    }
}
