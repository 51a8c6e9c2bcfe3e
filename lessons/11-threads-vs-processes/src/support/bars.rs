use std::io::IsTerminal;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::SLICES;

// ANCHOR: bars
/// One progress bar per worker, drawn on stdout only when stdout is a terminal.
///
/// Under `cargo test`, in CI or piped into a file, the bars are hidden and print nothing, so they
/// never garble captured output; their positions still count.
///
/// ```
/// let bars = threads_vs_processes::support::Bars::hidden();
/// let bar = bars.bar("thread 0");
/// bar.inc(3);
/// assert_eq!(bar.position(), 3);
/// assert!(bars.is_hidden());
/// ```
#[derive(Debug, Clone)]
pub struct Bars {
    multi: MultiProgress,
}
// ANCHOR_END: bars

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

    /// `units` bars labelled `{what} 0`, `{what} 1`, ...
    pub fn bars(&self, what: &str, units: usize) -> Vec<ProgressBar> {
        (0..units)
            .map(|i| self.bar(format!("{what} {i}")))
            .collect()
    }

    /// True when nothing is drawn (stdout is not a terminal).
    pub fn is_hidden(&self) -> bool {
        self.multi.is_hidden()
    }
}
