use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::human;

/// One recorded piece of work: what it was, which thread did it, and when.
///
/// `start` and `end` are measured from the moment the [`Timeline`] was created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// What the work was, e.g. `"sleeper 3"`.
    pub label: String,
    /// The name of the thread that did it, or its `ThreadId` when it has no name.
    pub thread: String,
    /// When the work started.
    pub start: Duration,
    /// When the work ended.
    pub end: Duration,
}

impl Span {
    /// How long the work took.
    pub fn duration(&self) -> Duration {
        self.end.saturating_sub(self.start)
    }

    /// Whether two spans were running at the same instant (touching ends do not count).
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A thread-safe recorder of [`Span`]s that draws them as a Gantt chart.
///
/// Share it by reference with scoped threads, or in an `Arc` with spawned ones.
///
/// ```
/// use std::sync::Arc;
/// use std::time::Duration;
/// use timing::Timeline;
///
/// let timeline = Arc::new(Timeline::new());
/// let handles: Vec<_> = (0..3)
///     .map(|i| {
///         let timeline = Arc::clone(&timeline);
///         std::thread::spawn(move || {
///             timeline.record(format!("worker {i}"), || std::thread::sleep(Duration::from_millis(30)))
///         })
///     })
///     .collect();
/// for handle in handles {
///     handle.join().unwrap();
/// }
/// assert_eq!(timeline.spans().len(), 3);
/// assert_eq!(timeline.max_overlap(), 3);
/// print!("{}", timeline.render());
/// ```
#[derive(Debug)]
pub struct Timeline {
    origin: Instant,
    spans: Mutex<Vec<Span>>,
}

impl Default for Timeline {
    fn default() -> Self {
        Self::new()
    }
}

/// Records a span when dropped; made by [`Timeline::span`].
#[must_use = "the span ends when this guard is dropped"]
#[derive(Debug)]
pub struct SpanGuard<'a> {
    timeline: &'a Timeline,
    label: String,
    start: Instant,
}

impl Drop for SpanGuard<'_> {
    fn drop(&mut self) {
        let label = std::mem::take(&mut self.label);
        self.timeline.add(label, self.start, Instant::now());
    }
}

fn current_thread_name() -> String {
    let thread = std::thread::current();
    match thread.name() {
        Some(name) => name.to_string(),
        None => format!("{:?}", thread.id()),
    }
}

impl Timeline {
    /// An empty timeline whose clock starts now.
    pub fn new() -> Self {
        Timeline {
            origin: Instant::now(),
            spans: Mutex::new(Vec::new()),
        }
    }

    /// Runs `f` on this thread and records it as one span.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// let answer = timeline.record("think", || 42);
    /// assert_eq!(answer, 42);
    /// assert_eq!(timeline.spans()[0].label, "think");
    /// ```
    pub fn record<T>(&self, label: impl Into<String>, f: impl FnOnce() -> T) -> T {
        let _span = self.span(label);
        f()
    }

    /// Starts a span that ends (and is recorded) when the returned guard is dropped.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// {
    ///     let _span = timeline.span("busy");
    ///     std::thread::sleep(std::time::Duration::from_millis(1));
    /// }
    /// assert!(timeline.spans()[0].duration() >= std::time::Duration::from_millis(1));
    /// ```
    pub fn span(&self, label: impl Into<String>) -> SpanGuard<'_> {
        SpanGuard {
            timeline: self,
            label: label.into(),
            start: Instant::now(),
        }
    }

    /// Records a span measured elsewhere, on behalf of the current thread.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// let start = std::time::Instant::now();
    /// timeline.add("measured", start, std::time::Instant::now());
    /// assert_eq!(timeline.spans().len(), 1);
    /// ```
    pub fn add(&self, label: impl Into<String>, start: Instant, end: Instant) {
        let span = Span {
            label: label.into(),
            thread: current_thread_name(),
            start: start.saturating_duration_since(self.origin),
            end: end.saturating_duration_since(self.origin),
        };
        self.spans
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(span);
    }

    /// Every span so far, ordered by start time.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// timeline.record("first", || ());
    /// timeline.record("second", || ());
    /// let labels: Vec<_> = timeline.spans().into_iter().map(|s| s.label).collect();
    /// assert_eq!(labels, ["first", "second"]);
    /// ```
    pub fn spans(&self) -> Vec<Span> {
        let mut spans = self
            .spans
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        spans.sort_by_key(|s| (s.start, s.end));
        spans
    }

    /// The largest number of spans that were running at the same instant.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// timeline.record("alone", || ());
    /// assert_eq!(timeline.max_overlap(), 1);
    /// ```
    pub fn max_overlap(&self) -> usize {
        max_overlap(&self.spans())
    }

    /// The chart, one row per span, 100 columns wide.
    pub fn render(&self) -> String {
        self.render_width(100)
    }

    /// The chart, one row per span, `width` columns wide (at least 60).
    ///
    /// Each row shows the label, the thread, a bar over the common time axis (0 is when the
    /// timeline was created), and the span's start and end. Rows beyond 40 are summarised in one line.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// timeline.record("work", || std::thread::sleep(std::time::Duration::from_millis(2)));
    /// let chart = timeline.render_width(80);
    /// assert!(chart.contains("work"));
    /// assert!(chart.lines().all(|line| line.chars().count() <= 80));
    /// ```
    pub fn render_width(&self, width: usize) -> String {
        let spans = self.spans();
        let rows: Vec<Row> = spans
            .iter()
            .map(|s| Row {
                label: s.label.clone(),
                thread: s.thread.clone(),
                bars: vec![(s.start, s.end)],
                note: format!("{} → {}", human(s.start), human(s.end)),
            })
            .collect();
        draw(&rows, &spans, width)
    }

    /// The chart with one row per thread, all of that thread's spans on its row: how threads
    /// took turns.
    ///
    /// ```
    /// let timeline = timing::Timeline::new();
    /// timeline.record("step 1", || ());
    /// timeline.record("step 2", || ());
    /// let chart = timeline.render_by_thread();
    /// assert_eq!(chart.lines().filter(|line| line.contains('|')).count(), 2); // axis + one thread
    /// ```
    pub fn render_by_thread(&self) -> String {
        let spans = self.spans();
        let mut rows: Vec<Row> = Vec::new();
        for span in &spans {
            match rows.iter_mut().find(|row| row.thread == span.thread) {
                Some(row) => row.bars.push((span.start, span.end)),
                None => rows.push(Row {
                    label: String::new(),
                    thread: span.thread.clone(),
                    bars: vec![(span.start, span.end)],
                    note: String::new(),
                }),
            }
        }
        for row in &mut rows {
            let busy: Duration = row.bars.iter().map(|(s, e)| e.saturating_sub(*s)).sum();
            let plural = if row.bars.len() == 1 { "" } else { "s" };
            row.note = format!("{} span{plural}, busy {}", row.bars.len(), human(busy));
        }
        draw(&rows, &spans, 100)
    }
}

/// The largest number of `spans` running at the same instant (touching ends do not count).
///
/// ```
/// use std::time::Duration;
/// use timing::{Span, max_overlap};
///
/// let span = |start, end| Span {
///     label: String::new(),
///     thread: String::new(),
///     start: Duration::from_millis(start),
///     end: Duration::from_millis(end),
/// };
/// assert_eq!(max_overlap(&[span(0, 10), span(5, 15), span(10, 20)]), 2);
/// assert_eq!(max_overlap(&[span(0, 10), span(10, 20)]), 1);
/// assert_eq!(max_overlap(&[]), 0);
/// ```
pub fn max_overlap(spans: &[Span]) -> usize {
    // +1 at each start, -1 at each end; at equal times ends come first.
    let mut events: Vec<(Duration, i32)> = spans
        .iter()
        .flat_map(|s| [(s.start, 1), (s.end, -1)])
        .collect();
    events.sort();
    let (mut now, mut most) = (0i32, 0i32);
    for (_, change) in events {
        now += change;
        most = most.max(now);
    }
    most as usize
}

struct Row {
    label: String,
    thread: String,
    bars: Vec<(Duration, Duration)>,
    note: String,
}

const MAX_ROWS: usize = 40;

fn fit(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        format!("{text:<width$}")
    } else {
        let cut: String = text.chars().take(width.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

fn draw(rows: &[Row], spans: &[Span], width: usize) -> String {
    if spans.is_empty() {
        return "(no spans recorded)\n".to_string();
    }
    let width = width.max(60);
    // The axis starts when the timeline was created, so start-up delays show too.
    let origin = Duration::ZERO;
    let end = spans.iter().map(|s| s.end).max().unwrap_or_default();
    let total = end.saturating_sub(origin).max(Duration::from_nanos(1));

    let label_w = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(18);
    let thread_w = rows
        .iter()
        .map(|r| r.thread.chars().count())
        .max()
        .unwrap_or(0)
        .min(14);
    let note_w = rows
        .iter()
        .map(|r| r.note.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let gaps = usize::from(label_w > 0) + 1 + 2 + 1; // spaces and the two bar edges
    let bar_w = width
        .saturating_sub(label_w + thread_w + note_w + gaps)
        .max(10);
    let left = |label: &str, thread: &str| {
        if label_w > 0 {
            format!("{} {}", fit(label, label_w), fit(thread, thread_w))
        } else {
            fit(thread, thread_w)
        }
    };
    let column = |t: Duration| -> f64 {
        t.saturating_sub(origin).as_secs_f64() / total.as_secs_f64() * bar_w as f64
    };

    let mut out = String::new();
    let zero = "0";
    let last = human(total);
    let axis_pad = bar_w.saturating_sub(zero.len() + last.chars().count());
    out.push_str(&format!(
        "{} |{zero}{}{last}|\n",
        left("", ""),
        " ".repeat(axis_pad)
    ));
    for row in rows.iter().take(MAX_ROWS) {
        let mut cells = vec!['·'; bar_w];
        for &(start, stop) in &row.bars {
            let from = (column(start).floor() as usize).min(bar_w - 1);
            let to = (column(stop).ceil() as usize).clamp(from + 1, bar_w);
            cells[from..to].fill('█');
        }
        let bar: String = cells.into_iter().collect();
        out.push_str(&format!(
            "{} |{bar}| {}\n",
            left(&row.label, &row.thread),
            fit(&row.note, note_w).trim_end()
        ));
    }
    if rows.len() > MAX_ROWS {
        out.push_str(&format!(
            "… {} more rows not drawn\n",
            rows.len() - MAX_ROWS
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Barrier;

    #[test]
    fn overlapping_threads_are_counted() {
        let timeline = Timeline::new();
        let barrier = Barrier::new(3);
        std::thread::scope(|s| {
            for i in 0..3 {
                let (timeline, barrier) = (&timeline, &barrier);
                s.spawn(move || {
                    let _span = timeline.span(format!("t{i}"));
                    barrier.wait(); // all three spans are open at this point
                });
            }
        });
        assert_eq!(timeline.max_overlap(), 3);
    }

    #[test]
    fn sequential_spans_do_not_overlap() {
        let timeline = Timeline::new();
        for i in 0..4 {
            timeline.record(format!("step {i}"), || {
                std::thread::sleep(Duration::from_micros(50))
            });
        }
        assert_eq!(timeline.max_overlap(), 1);
        let spans = timeline.spans();
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn spans_name_their_thread() {
        let timeline = Timeline::new();
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("painter".into())
                .spawn_scoped(s, || timeline.record("paint", || ()))
                .unwrap();
        });
        assert_eq!(timeline.spans()[0].thread, "painter");
    }

    #[test]
    fn render_fits_and_scales_for_micro_and_long_spans() {
        let timeline = Timeline::new();
        let now = Instant::now();
        timeline.add(
            "a label that is far too long to fit",
            now,
            now + Duration::from_micros(3),
        );
        timeline.add("long", now, now + Duration::from_secs(90));
        let chart = timeline.render();
        assert!(chart.lines().all(|l| l.chars().count() <= 100), "{chart}");
        assert!(chart.contains("90.0 s"), "{chart}");
        // The µs span still gets at least one cell.
        assert!(chart.lines().nth(1).unwrap().contains('█'));
    }

    #[test]
    fn render_by_thread_has_one_row_per_thread() {
        let timeline = Timeline::new();
        std::thread::scope(|s| {
            for name in ["x", "y"] {
                let timeline = &timeline;
                std::thread::Builder::new()
                    .name(name.into())
                    .spawn_scoped(s, move || {
                        timeline.record("1", || ());
                        timeline.record("2", || ());
                    })
                    .unwrap();
            }
        });
        let chart = timeline.render_by_thread();
        assert_eq!(chart.lines().count(), 3, "{chart}");
        assert!(chart.contains("2 spans"));
    }

    #[test]
    fn empty_timeline_renders_a_note() {
        assert_eq!(Timeline::new().render(), "(no spans recorded)\n");
    }
}
