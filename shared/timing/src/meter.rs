use std::sync::atomic::{AtomicUsize, Ordering};

// ANCHOR: high_water
/// Counts how many things are running right now and remembers the most there ever were: a
/// high-water mark, for asserting "at most N at once" (and "N at once did happen").
///
/// ```
/// let meter = timing::HighWater::default();
/// {
///     let _a = meter.enter();
///     let _b = meter.enter();
///     assert_eq!(meter.running(), 2);
/// }
/// let _c = meter.enter();
/// assert_eq!(meter.peak(), 2);
/// ```
#[derive(Debug, Default)]
pub struct HighWater {
    running: AtomicUsize,
    peak: AtomicUsize,
}

/// One running thing, counted by a [`HighWater`] until dropped.
#[derive(Debug)]
#[must_use = "it counts as running until this guard is dropped"]
pub struct Running<'a>(&'a HighWater);

impl HighWater {
    /// Counts one more running thing until the returned guard is dropped.
    pub fn enter(&self) -> Running<'_> {
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        Running(self)
    }

    /// How many are running right now.
    pub fn running(&self) -> usize {
        self.running.load(Ordering::SeqCst)
    }

    /// The most that were ever running at once.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.fetch_sub(1, Ordering::SeqCst);
    }
}
// ANCHOR_END: high_water

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Barrier;

    #[test]
    fn counts_threads_inside_at_once() {
        let meter = HighWater::default();
        let all_in = Barrier::new(4);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    let _in = meter.enter();
                    all_in.wait();
                });
            }
        });
        assert_eq!(meter.peak(), 4);
        assert_eq!(meter.running(), 0);
    }
}
