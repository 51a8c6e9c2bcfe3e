//! A recording of who ran when, drawn as a chart.
//!
//! Lesson code marks its work with [`span`]; nothing is kept unless someone is [`record`]ing.
//! The narrator (or a test) turns recording on around a demonstration and reads the
//! [`Timeline`] back, so the code a chapter shows takes no timeline parameter.

use std::cell::Cell;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use crate::format_duration;

/// One recorded piece of work: what it was, which thread did it, and when.
///
/// `start` and `end` are measured from the moment recording started.
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

/// The spans recorded by one call of [`record`], and how long the recording lasted.
#[derive(Debug)]
pub struct Timeline {
    origin: Instant,
    elapsed: Duration,
    spans: Mutex<Vec<Span>>,
}

/// The recording in progress, if any: what [`span`] writes to.
static ACTIVE: RwLock<Option<Arc<Timeline>>> = RwLock::new(None);
/// One recording at a time in a process (tests in one binary run in parallel).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

thread_local! {
    static RECORDING_HERE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with recording on, and returns its value with the [`Timeline`] of every [`span`]
/// that any thread of this process ran meanwhile.
///
/// One recording runs at a time: a second `record` (from another test in the same binary)
/// waits for the first. Keep tests that read a timeline in a test file of their own, so that
/// no test which is *not* recording adds spans to one that is. Calling `record` inside `record`
/// panics.
///
/// ```
/// use std::time::Duration;
///
/// let ((), timeline) = timing::record(|| {
///     std::thread::scope(|s| {
///         for name in ["a", "b"] {
///             s.spawn(move || timing::span(name, || std::thread::sleep(Duration::from_millis(20))));
///         }
///     })
/// });
/// assert_eq!(timeline.max_overlap(), 2); // both sleeps ran at the same time
/// assert!(timeline.elapsed() >= Duration::from_millis(20));
/// print!("{}", timeline.render());
/// ```
pub fn record<T>(f: impl FnOnce() -> T) -> (T, Timeline) {
    assert!(
        !RECORDING_HERE.get(),
        "timing::record was called inside timing::record"
    );
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    let timeline = Arc::new(Timeline::new());
    set_active(Some(Arc::clone(&timeline)));
    // Turn recording off even if `f` panics, so the next recording starts clean.
    struct Off;
    impl Drop for Off {
        fn drop(&mut self) {
            set_active(None);
            RECORDING_HERE.set(false);
        }
    }
    RECORDING_HERE.set(true);
    let off = Off;
    let value = f();
    drop(off);
    let elapsed = timeline.origin.elapsed();
    let spans = timeline.spans();
    let done = Timeline {
        origin: timeline.origin,
        elapsed,
        spans: Mutex::new(spans),
    };
    (value, done)
}

fn set_active(timeline: Option<Arc<Timeline>>) {
    *ACTIVE.write().unwrap_or_else(PoisonError::into_inner) = timeline;
}

fn active() -> Option<Arc<Timeline>> {
    ACTIVE
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}

/// Runs `f` on this thread and, while someone is [`record`]ing, records it as one span named
/// `label`. Without a recording it just runs `f`.
///
/// ```
/// assert_eq!(timing::span("think", || 42), 42); // nobody is recording: nothing is kept
/// let (answer, timeline) = timing::record(|| timing::span("think", || 42));
/// assert_eq!(answer, 42);
/// assert_eq!(timeline.spans()[0].label, "think");
/// ```
pub fn span<T>(label: impl Into<String>, f: impl FnOnce() -> T) -> T {
    let _span = span_guard(label);
    f()
}

/// Starts a span that ends (and is recorded, if someone is [`record`]ing) when the returned
/// guard is dropped: for work that does not fit in a closure, such as holding a lock.
///
/// ```
/// let ((), timeline) = timing::record(|| {
///     let _busy = timing::span_guard("busy");
///     std::thread::sleep(std::time::Duration::from_millis(1));
/// });
/// assert!(timeline.spans()[0].duration() >= std::time::Duration::from_millis(1));
/// ```
pub fn span_guard(label: impl Into<String>) -> SpanGuard {
    let label = label.into();
    SpanGuard {
        timeline: active(),
        live: crate::live::opened(&current_thread_name(), &label),
        label,
        start: Instant::now(),
    }
}

/// Records a span when dropped; made by [`span_guard`].
#[must_use = "the span ends when this guard is dropped"]
#[derive(Debug)]
pub struct SpanGuard {
    timeline: Option<Arc<Timeline>>,
    live: Option<u64>,
    label: String,
    start: Instant,
}

impl Drop for SpanGuard {
    fn drop(&mut self) {
        if let Some(id) = self.live {
            crate::live::closed(id);
        }
        if let Some(timeline) = self.timeline.take() {
            let label = std::mem::take(&mut self.label);
            timeline.add(label, self.start, Instant::now());
        }
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
    fn new() -> Self {
        Timeline {
            origin: Instant::now(),
            elapsed: Duration::ZERO,
            spans: Mutex::new(Vec::new()),
        }
    }

    /// A timeline of spans recorded elsewhere: by another process (lesson 15's Python side sends
    /// the spans its Rust extension recorded), or read back from a file. `elapsed` is how long
    /// that recording lasted.
    ///
    /// ```
    /// use std::time::Duration;
    /// use timing::{Span, Timeline};
    ///
    /// let span = |thread: &str, start, end| Span {
    ///     label: "work".into(),
    ///     thread: thread.into(),
    ///     start: Duration::from_millis(start),
    ///     end: Duration::from_millis(end),
    /// };
    /// let timeline = Timeline::from_spans(Duration::from_millis(30), vec![span("a", 0, 20), span("b", 10, 30)]);
    /// assert_eq!(timeline.max_overlap(), 2);
    /// assert_eq!(timeline.elapsed(), Duration::from_millis(30));
    /// ```
    pub fn from_spans(elapsed: Duration, spans: Vec<Span>) -> Timeline {
        Timeline {
            origin: Instant::now(),
            elapsed,
            spans: Mutex::new(spans),
        }
    }

    fn add(&self, label: String, start: Instant, end: Instant) {
        let span = Span {
            label,
            thread: current_thread_name(),
            start: start.saturating_duration_since(self.origin),
            end: end.saturating_duration_since(self.origin),
        };
        self.spans
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(span);
    }

    /// How long the recording lasted: the wall-clock time of the closure given to [`record`].
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// Every span, ordered by start time.
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
    pub fn max_overlap(&self) -> usize {
        max_overlap(&self.spans())
    }

    /// The chart, one row per span, 100 columns wide.
    ///
    /// Each row shows the label, the thread, a bar over the common time axis (0 is when the
    /// recording started), and the span's start and end. Rows beyond 40 are summarised in one line.
    ///
    /// When the environment variable `LESSON_FIGURES` names a folder, it also writes the
    /// timeline's [`svg`](Self::svg) there, as `<section>-<n>.svg`: the `n`th timeline drawn in
    /// the [`narrate::section`](crate::narrate::section) being narrated, named by its
    /// [`slug`](crate::narrate::slug). That is how the book gets its pictures from a run.
    pub fn render(&self) -> String {
        self.write_figure();
        self.render_width(100)
    }

    /// The timeline as an SVG picture titled `title`: one lane per thread (spans that overlap
    /// on one thread stacked inside its lane), each span a bar labelled where the label fits (and
    /// in its tooltip), and a time axis with ticks in readable units.
    ///
    /// ```
    /// let ((), timeline) = timing::record(|| timing::span("nap", || ()));
    /// let svg = timeline.svg("One nap");
    /// assert!(svg.starts_with("<svg") && svg.contains("<title>One nap</title>"));
    /// ```
    pub fn svg(&self, title: &str) -> String {
        crate::svg::timeline(title, &self.spans())
    }

    /// Writes the picture under `LESSON_FIGURES`, if set; a failure is reported on stderr,
    /// never a reason to stop the lesson.
    fn write_figure(&self) {
        let Some(dir) = std::env::var_os("LESSON_FIGURES") else {
            return;
        };
        let (title, name) = crate::narrate::next_figure();
        let path = std::path::Path::new(&dir).join(name);
        let written =
            std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, self.svg(&title)));
        if let Err(error) = written {
            eprintln!("timing: cannot write {}: {error}", path.display());
        }
    }

    fn render_width(&self, width: usize) -> String {
        let spans = self.spans();
        let rows: Vec<Row> = spans
            .iter()
            .map(|s| Row {
                label: s.label.clone(),
                thread: s.thread.clone(),
                bars: vec![(s.start, s.end)],
                note: format!("{} → {}", format_duration(s.start), format_duration(s.end)),
            })
            .collect();
        draw(&rows, &spans, width)
    }

    /// The chart with one row per thread, all of that thread's spans on its row: how threads
    /// took turns.
    ///
    /// Like [`render`](Self::render), it also writes the picture under `LESSON_FIGURES`.
    pub fn render_by_thread(&self) -> String {
        self.write_figure();
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
            row.note = format!(
                "{} span{plural}, busy {}",
                row.bars.len(),
                format_duration(busy)
            );
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

/// Whether `line` is part of a chart drawn by [`Timeline::render`] or
/// [`Timeline::render_by_thread`]: its axis, a row, or the note on rows not drawn.
///
/// ```
/// let ((), timeline) = timing::record(|| timing::span("nap", || ()));
/// let chart = timeline.render();
/// assert!(chart.lines().all(timing::is_chart_line));
/// assert!(!timing::is_chart_line("10 lines in 504 ms | a pipe"));
/// ```
pub fn is_chart_line(line: &str) -> bool {
    if line.starts_with("… ") && line.ends_with(" more rows not drawn") {
        return true;
    }
    let mut parts = line.splitn(3, '|');
    let (Some(_), Some(bar), Some(_)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let cells = !bar.is_empty() && bar.chars().all(|c| c == '█' || c == '·');
    let axis = bar.starts_with('0') && bar.chars().skip(1).take_while(|c| *c == ' ').count() > 0;
    cells || axis
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
    let last = format_duration(total);
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
        let barrier = Barrier::new(3);
        let ((), timeline) = record(|| {
            std::thread::scope(|s| {
                for i in 0..3 {
                    let barrier = &barrier;
                    s.spawn(move || span(format!("t{i}"), || barrier.wait()));
                }
            })
        });
        assert_eq!(timeline.max_overlap(), 3);
    }

    #[test]
    fn sequential_spans_do_not_overlap() {
        let ((), timeline) = record(|| {
            for i in 0..4 {
                span(format!("step {i}"), || {
                    std::thread::sleep(Duration::from_micros(50))
                });
            }
        });
        assert_eq!(timeline.max_overlap(), 1);
        let spans = timeline.spans();
        assert_eq!(spans.len(), 4);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn nothing_is_kept_without_a_recording() {
        // Another test may be recording right now: hold the lock so this one is alone.
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
        let guard = span_guard("unrecorded");
        assert!(guard.timeline.is_none());
    }

    #[test]
    fn a_panic_inside_record_turns_recording_off() {
        let caught = std::panic::catch_unwind(|| record(|| panic!("inside")));
        assert!(caught.is_err());
        let ((), timeline) = record(|| span("after", || ()));
        assert_eq!(timeline.spans().len(), 1);
    }

    #[test]
    fn spans_name_their_thread() {
        let ((), timeline) = record(|| {
            std::thread::scope(|s| {
                std::thread::Builder::new()
                    .name("painter".into())
                    .spawn_scoped(s, || span("paint", || ()))
                    .unwrap();
            })
        });
        assert_eq!(timeline.spans()[0].thread, "painter");
    }

    #[test]
    fn render_fits_and_scales_for_micro_and_long_spans() {
        let timeline = Timeline::new();
        let now = Instant::now();
        timeline.add(
            "a label that is far too long to fit".into(),
            now,
            now + Duration::from_micros(3),
        );
        timeline.add("long".into(), now, now + Duration::from_secs(90));
        let chart = timeline.render();
        assert!(chart.lines().all(|l| l.chars().count() <= 100), "{chart}");
        assert!(chart.contains("90.0 s"), "{chart}");
        // The µs span still gets at least one cell.
        assert!(chart.lines().nth(1).unwrap().contains('█'));
        assert!(
            timeline
                .render_width(80)
                .lines()
                .all(|l| l.chars().count() <= 80)
        );
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
                        let now = Instant::now();
                        timeline.add("1".into(), now, now);
                        timeline.add("2".into(), now, now);
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
