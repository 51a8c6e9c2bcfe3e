use std::time::{Duration, Instant};

/// Runs `f` and returns its value with how long it took.
///
/// ```
/// let (answer, took) = timing::timed(|| 6 * 7);
/// assert_eq!(answer, 42);
/// assert!(took < std::time::Duration::from_secs(1));
/// ```
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timed_measures_the_closure() {
        let ((), took) = timed(|| std::thread::sleep(Duration::from_millis(5)));
        assert!(took >= Duration::from_millis(5));
    }
}
