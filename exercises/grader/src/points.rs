//! Points in given code where a grader steps in.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

type Handler = Arc<dyn Fn(&str) + Send + Sync>;

/// What runs at each point, while a test has installed it.
static HANDLER: RwLock<Option<Handler>> = RwLock::new(None);
/// One test at a time installs a handler (tests in one binary run in parallel under `cargo test`).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Given code calls this where a grader may want to step in (`"car 1"`, `"foo 150ms ends"`):
/// runs the handler a test installed with [`at_points`], on the thread that reached the point.
/// Without one, it does nothing.
pub fn point(name: &str) {
    let handler = HANDLER
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    if let Some(handler) = handler {
        handler(name);
    }
}

/// Runs `handler` at every [`point`] that any thread reaches, until the returned guard is
/// dropped: to make threads meet there (a [`Meeting`](crate::Meeting)), hold one there (a
/// [`Gate`](crate::Gate)), or note who reached it. A second `at_points` waits for the first guard
/// to go: keep the tests that use points in a file of their own, as for a timeline.
///
/// ```
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// use std::sync::Arc;
///
/// let reached = Arc::new(AtomicUsize::new(0));
/// let counter = Arc::clone(&reached);
/// let points = grader::at_points(move |name| {
///     if name == "tick" {
///         counter.fetch_add(1, Ordering::Relaxed);
///     }
/// });
/// grader::point("tick");
/// drop(points);
/// grader::point("tick"); // no handler any more
/// assert_eq!(reached.load(Ordering::Relaxed), 1);
/// ```
pub fn at_points(handler: impl Fn(&str) + Send + Sync + 'static) -> Points {
    let turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    *HANDLER.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(handler));
    Points { _turn: turn }
}

/// While it lives, the handler given to [`at_points`] runs at every point.
#[must_use = "the handler runs only while the guard lives"]
pub struct Points {
    _turn: MutexGuard<'static, ()>,
}

impl Drop for Points {
    fn drop(&mut self) {
        *HANDLER.write().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

impl std::fmt::Debug for Points {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Points")
    }
}
