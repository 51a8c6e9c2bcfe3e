//! The seed's CPU-bound work, run one unit after another and on threads.

use std::io::IsTerminal;
use std::thread;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use timing::Timeline;

/// How many slices one unit of work is cut into, so a progress bar can move.
pub const SLICES: u64 = 50;

/// What the experiment runs: `units` identical units of the seed's loop, each over
/// `iterations` numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    /// How many units: the seed starts one per core (`os.cpu_count()`).
    pub units: usize,
    /// How many square roots one unit computes (the seed's `range(0, 40000000)`).
    pub iterations: u64,
}

impl Work {
    /// `units` units, each sized to take about `budget` on one core of this machine, in this
    /// build (measured now, with [`timing::iterations_for`]).
    ///
    /// ```
    /// use std::time::Duration;
    /// let work = threads_vs_processes::Work::sized(2, Duration::from_millis(10));
    /// assert_eq!(work.units, 2);
    /// assert!(work.iterations >= 1_000);
    /// ```
    pub fn sized(units: usize, budget: Duration) -> Work {
        Work {
            units,
            iterations: timing::iterations_for(budget),
        }
    }
}

// ANCHOR: unit
/// One unit of the seed's work: [`timing::sqrt_loop`] over `iterations` numbers, run as
/// [`SLICES`] slices with `on_slice` called after each (to move a progress bar).
///
/// Returns the sum of the square roots, so two runs can be checked to have done the same work.
///
/// ```
/// let mut slices = 0;
/// let sum = threads_vs_processes::unit_of_work(5_000, || slices += 1);
/// assert_eq!(slices, threads_vs_processes::SLICES);
/// assert_eq!(sum, threads_vs_processes::unit_of_work(5_000, || ()));
/// ```
pub fn unit_of_work(iterations: u64, mut on_slice: impl FnMut()) -> f64 {
    let mut sum = 0.0;
    for _ in 0..SLICES {
        sum += timing::sqrt_loop(iterations / SLICES);
        on_slice();
    }
    sum
}
// ANCHOR_END: unit

// ANCHOR: bars
/// One progress bar per worker, drawn on stdout only when stdout is a terminal.
///
/// Under `cargo test`, in CI or piped into a file, the bars are hidden and print nothing, so they
/// never garble captured output; their positions still count.
#[derive(Debug, Clone)]
pub struct Bars {
    multi: MultiProgress,
}

impl Bars {
    /// Bars drawn on stdout if it is a terminal, hidden otherwise.
    pub fn for_stdout() -> Bars {
        if std::io::stdout().is_terminal() {
            Bars::on(ProgressDrawTarget::stdout())
        } else {
            Bars::hidden()
        }
    }

    /// Bars that are never drawn.
    ///
    /// ```
    /// let bars = threads_vs_processes::Bars::hidden();
    /// let bar = bars.bar("thread 0");
    /// bar.inc(3);
    /// assert_eq!(bar.position(), 3);
    /// assert!(bars.is_hidden());
    /// ```
    pub fn hidden() -> Bars {
        Bars::on(ProgressDrawTarget::hidden())
    }

    fn on(target: ProgressDrawTarget) -> Bars {
        Bars {
            multi: MultiProgress::with_draw_target(target),
        }
    }

    /// A new bar of [`SLICES`] steps, labelled `label`.
    pub fn bar(&self, label: impl Into<String>) -> ProgressBar {
        let style = ProgressStyle::with_template("{prefix:>12} [{bar:40}] {percent:>3}% {elapsed}")
            .expect("the template is valid")
            .progress_chars("█▌·");
        let bar = self.multi.add(ProgressBar::new(SLICES).with_style(style));
        bar.set_prefix(label.into());
        bar
    }

    /// True when nothing is drawn (stdout is not a terminal).
    pub fn is_hidden(&self) -> bool {
        self.multi.is_hidden()
    }
}
// ANCHOR_END: bars

// ANCHOR: sequential
/// The units one after another on this thread, each recorded on `timeline` as `sequential N`.
/// Returns each unit's sum.
///
/// ```
/// use threads_vs_processes::{Bars, Work, run_sequential};
/// let work = Work { units: 2, iterations: 5_000 };
/// let sums = run_sequential(work, &Bars::hidden(), &timing::Timeline::new());
/// assert_eq!(sums.len(), 2);
/// ```
pub fn run_sequential(work: Work, bars: &Bars, timeline: &Timeline) -> Vec<f64> {
    let bars: Vec<ProgressBar> = (0..work.units)
        .map(|i| bars.bar(format!("sequential {i}")))
        .collect();
    let sums = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            timeline.record(format!("sequential {i}"), || {
                unit_of_work(work.iterations, || bar.inc(1))
            })
        })
        .collect();
    bars.iter().for_each(ProgressBar::finish_and_clear);
    sums
}
// ANCHOR_END: sequential

// ANCHOR: threads
/// One thread per unit (`worker-0`, `worker-1`, ...), all at once, each recorded on `timeline`
/// as `thread N`. Returns each unit's sum, in unit order.
///
/// No GIL: on a machine with two free cores, two threads finish two units in the time of one.
///
/// ```
/// use threads_vs_processes::{Bars, Work, run_sequential, run_threads};
/// let work = Work { units: 2, iterations: 5_000 };
/// let timeline = timing::Timeline::new();
/// assert_eq!(
///     run_threads(work, &Bars::hidden(), &timeline),
///     run_sequential(work, &Bars::hidden(), &timeline)
/// );
/// ```
pub fn run_threads(work: Work, bars: &Bars, timeline: &Timeline) -> Vec<f64> {
    let bars: Vec<ProgressBar> = (0..work.units)
        .map(|i| bars.bar(format!("thread {i}")))
        .collect();
    let sums = thread::scope(|s| {
        let handles: Vec<_> = bars
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                thread::Builder::new()
                    .name(format!("worker-{i}"))
                    .spawn_scoped(s, move || {
                        timeline.record(format!("thread {i}"), || {
                            unit_of_work(work.iterations, || bar.inc(1))
                        })
                    })
                    .expect("the OS could not start a thread")
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("the work does not panic"))
            .collect()
    });
    bars.iter().for_each(ProgressBar::finish_and_clear);
    sums
}
// ANCHOR_END: threads
