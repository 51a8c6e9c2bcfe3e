use std::time::{Duration, Instant};

/// A started clock that can also record named laps.
///
/// ```
/// use timing::Stopwatch;
///
/// let mut watch = Stopwatch::start();
/// std::thread::sleep(std::time::Duration::from_millis(2));
/// let first = watch.lap("first");
/// assert!(first >= std::time::Duration::from_millis(2));
/// assert_eq!(watch.laps()[0].0, "first");
/// assert!(watch.elapsed() >= first);
/// ```
#[derive(Debug, Clone)]
pub struct Stopwatch {
    started: Instant,
    last_lap: Instant,
    laps: Vec<(String, Duration)>,
}

impl Stopwatch {
    /// Starts a new stopwatch now.
    pub fn start() -> Self {
        let now = Instant::now();
        Stopwatch {
            started: now,
            last_lap: now,
            laps: Vec::new(),
        }
    }

    /// Time since [`Stopwatch::start`].
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Ends a lap: records and returns the time since the previous lap (or the start).
    pub fn lap(&mut self, label: impl Into<String>) -> Duration {
        let now = Instant::now();
        let lap = now - self.last_lap;
        self.last_lap = now;
        self.laps.push((label.into(), lap));
        lap
    }

    /// The laps recorded so far, oldest first.
    pub fn laps(&self) -> &[(String, Duration)] {
        &self.laps
    }
}

/// Runs `f` and returns its result with how long it took.
///
/// ```
/// let (sum, took) = timing::timed(|| (1..=10).sum::<u32>());
/// assert_eq!(sum, 55);
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
    fn laps_add_up_to_at_most_elapsed() {
        let mut watch = Stopwatch::start();
        std::thread::sleep(Duration::from_millis(3));
        watch.lap("one");
        std::thread::sleep(Duration::from_millis(3));
        watch.lap("two");
        let total: Duration = watch.laps().iter().map(|(_, d)| *d).sum();
        assert!(total >= Duration::from_millis(6));
        assert!(total <= watch.elapsed());
        assert_eq!(watch.laps().len(), 2);
    }

    #[test]
    fn timed_measures_the_closure() {
        let ((), took) = timed(|| std::thread::sleep(Duration::from_millis(5)));
        assert!(took >= Duration::from_millis(5));
    }
}
