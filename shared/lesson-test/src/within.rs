use std::sync::mpsc;
use std::time::Duration;

/// Runs `f` on a thread of its own and returns what it returned, or fails the test if it has
/// not finished within `limit`: for code that would hang (deadlock, wait forever) if the lesson
/// were wrong. The stuck thread is left behind; the failing test ends the process anyway.
///
/// A panic in `f` fails the test with `f`'s own message.
///
/// ```
/// use std::time::Duration;
/// assert_eq!(lesson_test::within(Duration::from_secs(10), || 6 * 7), 42);
/// ```
pub fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(limit) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the thread sends before it ends"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("did not finish within {limit:?}: stuck (deadlocked or waiting forever)")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "did not finish within 10ms")]
    fn what_takes_too_long_fails_the_test() {
        within(Duration::from_millis(10), || {
            std::thread::sleep(Duration::from_secs(1))
        });
    }

    #[test]
    #[should_panic(expected = "its own message")]
    fn a_panic_inside_keeps_its_message() {
        within(Duration::from_secs(10), || panic!("its own message"));
    }
}
