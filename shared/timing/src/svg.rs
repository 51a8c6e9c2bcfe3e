//! A [`Timeline`](crate::Timeline) drawn as an SVG picture: one lane per thread, each span a
//! labelled bar, a time axis with ticks in units a person reads. Plain SVG written by hand, on a
//! white card, so it reads the same in the book's light and dark themes.

use std::fmt::Write as _;
use std::time::Duration;

use crate::Span;

const WIDTH: f64 = 760.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 44.0;
const ROW: f64 = 20.0;
const LANE_GAP: f64 = 6.0;
/// Rows drawn at most; threads beyond are counted in a note.
const MAX_ROWS: usize = 40;
const INK: &str = "#222";
const MUTED: &str = "#666";
const COLOURS: [&str; 8] = [
    "#b7410e", "#3572a5", "#2e7d32", "#6a1b9a", "#00838f", "#8d6e00", "#c2185b", "#5d4037",
];

/// Escapes text for SVG.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One thread's lane: its name and its spans packed into rows, so that spans that overlap on
/// one thread (tasks on one executor thread) sit one above the other.
struct Lane<'a> {
    thread: &'a str,
    rows: Vec<Vec<&'a Span>>,
}

/// Threads in the order they first ran; each one's spans packed greedily into rows.
fn lanes(spans: &[Span]) -> Vec<Lane<'_>> {
    let mut lanes: Vec<Lane> = Vec::new();
    for span in spans {
        let at = match lanes.iter().position(|lane| lane.thread == span.thread) {
            Some(at) => at,
            None => {
                lanes.push(Lane {
                    thread: &span.thread,
                    rows: Vec::new(),
                });
                lanes.len() - 1
            }
        };
        let rows = &mut lanes[at].rows;
        match rows
            .iter_mut()
            .find(|row| row.last().is_none_or(|last| last.end <= span.start))
        {
            Some(row) => row.push(span),
            None => rows.push(vec![span]),
        }
    }
    lanes
}

/// A step of 1, 2 or 5 times a power of ten, giving about six ticks over `total`.
fn tick_step(total: Duration) -> f64 {
    let raw = (total.as_nanos() as f64 / 6.0).max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// `nanos` on an axis `total` nanoseconds long with ticks `step` apart, in the unit of the
/// axis's end and with the decimals the step needs: `0`, `250 ms`, `1.5 s`.
fn tick_label(nanos: f64, step: f64, total: f64) -> String {
    if nanos == 0.0 {
        return "0".to_string();
    }
    let (unit, name) = match total {
        s if s >= 1e9 => (1e9, "s"),
        s if s >= 1e6 => (1e6, "ms"),
        s if s >= 1e3 => (1e3, "µs"),
        _ => (1.0, "ns"),
    };
    let decimals = (-(step / unit).log10().floor()).max(0.0) as usize;
    let value = format!("{:.decimals$}", nanos / unit);
    let value = if decimals > 0 {
        value.trim_end_matches('0').trim_end_matches('.')
    } else {
        &value
    };
    format!("{value} {name}")
}

fn fit(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let cut: String = text.chars().take(chars.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// The picture of `spans` (ordered by start) under `title`.
pub(crate) fn timeline(title: &str, spans: &[Span]) -> String {
    let lanes = lanes(spans);
    let longest = lanes
        .iter()
        .map(|l| l.thread.chars().count())
        .max()
        .unwrap_or(0);
    let left = (longest as f64 * 7.0 + 24.0).clamp(70.0, 180.0);
    let name_chars = ((left - 24.0) / 7.0) as usize;
    let end = spans.iter().map(|s| s.end).max().unwrap_or_default();
    let total = end.max(Duration::from_nanos(1));
    let x = |t: Duration| left + t.as_secs_f64() / total.as_secs_f64() * (WIDTH - left - RIGHT);

    let mut body = String::new();
    let mut y = TOP;
    let mut drawn_rows = 0;
    let mut hidden = 0;
    for (index, lane) in lanes.iter().enumerate() {
        if drawn_rows + lane.rows.len() > MAX_ROWS {
            hidden += 1;
            continue;
        }
        drawn_rows += lane.rows.len();
        let height = lane.rows.len() as f64 * ROW;
        let colour = COLOURS[index % COLOURS.len()];
        if index % 2 == 0 {
            let _ = writeln!(
                body,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#f4f4f4"/>"##,
                left,
                y - LANE_GAP / 2.0,
                WIDTH - left - RIGHT,
                height + LANE_GAP
            );
        }
        let _ = writeln!(
            body,
            r#"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end" fill="{INK}">{}</text>"#,
            left - 8.0,
            y + height / 2.0 + 4.0,
            escape(&fit(lane.thread, name_chars))
        );
        for (r, row) in lane.rows.iter().enumerate() {
            let top = y + r as f64 * ROW + 2.0;
            for span in row {
                let (from, to) = (x(span.start), x(span.end));
                let width = (to - from).max(1.5);
                let tip = format!(
                    "{} ({}): {} → {}",
                    span.label,
                    span.thread,
                    crate::format_duration(span.start),
                    crate::format_duration(span.end)
                );
                let _ = writeln!(
                    body,
                    r#"<rect x="{from:.1}" y="{top:.1}" width="{width:.1}" height="{:.1}" rx="2" fill="{colour}" stroke="white" stroke-width="1"><title>{}</title></rect>"#,
                    ROW - 4.0,
                    escape(&tip)
                );
                let room = ((width - 6.0) / 6.0).floor() as usize;
                if !span.label.is_empty() && room >= span.label.chars().count().min(4) {
                    let _ = writeln!(
                        body,
                        r#"<text x="{:.1}" y="{:.1}" font-size="11" fill="white">{}</text>"#,
                        from + 3.0,
                        top + ROW - 8.0,
                        escape(&fit(&span.label, room))
                    );
                }
            }
        }
        y += height + LANE_GAP;
    }
    if hidden > 0 {
        let plural = if hidden == 1 { "" } else { "s" };
        let _ = writeln!(
            body,
            r#"<text x="{left:.1}" y="{:.1}" font-size="11" fill="{MUTED}">… {hidden} more thread{plural} not drawn</text>"#,
            y + 8.0
        );
        y += 16.0;
    }
    let axis = y + 4.0;
    let _ = writeln!(
        body,
        r#"<line x1="{left:.1}" y1="{axis:.1}" x2="{:.1}" y2="{axis:.1}" stroke="{INK}"/>"#,
        WIDTH - RIGHT
    );
    let step = tick_step(total);
    let mut tick = 0.0;
    while tick <= total.as_nanos() as f64 * 1.0001 {
        let at = x(Duration::from_nanos(tick as u64));
        let _ = writeln!(
            body,
            r#"<line x1="{at:.1}" y1="{axis:.1}" x2="{at:.1}" y2="{:.1}" stroke="{INK}"/><text x="{at:.1}" y="{:.1}" font-size="11" text-anchor="middle" fill="{MUTED}">{}</text>"#,
            axis + 4.0,
            axis + 17.0,
            tick_label(tick, step, total.as_nanos() as f64)
        );
        tick += step;
    }
    let _ = writeln!(
        body,
        r#"<text x="{:.1}" y="{:.1}" font-size="11" text-anchor="end" fill="{MUTED}">time since recording started; each bar is a span, each lane a thread</text>"#,
        WIDTH - RIGHT,
        axis + 34.0
    );
    let height = axis + 44.0;
    let title = escape(title);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" font-family="sans-serif" role="img" aria-label="{title}">
<title>{title}</title>
<rect width="100%" height="100%" fill="white"/>
<text x="16" y="26" font-size="15" font-weight="bold" fill="{INK}">{title}</text>
{body}</svg>
"##
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(label: &str, thread: &str, start_ms: u64, end_ms: u64) -> Span {
        Span {
            label: label.into(),
            thread: thread.into(),
            start: Duration::from_millis(start_ms),
            end: Duration::from_millis(end_ms),
        }
    }

    #[test]
    fn one_lane_per_thread_and_overlaps_stacked() {
        let spans = [
            span("a", "t1", 0, 10),
            span("b", "t2", 0, 10),
            span("c", "t1", 5, 15),
            span("d", "t1", 10, 20),
        ];
        let lanes = lanes(&spans);
        assert_eq!(lanes.len(), 2);
        assert_eq!(
            lanes[0].rows.len(),
            2,
            "c overlaps a, so it gets a row of its own"
        );
        assert_eq!(lanes[0].rows[0].len(), 2, "d follows a on its row");
    }

    #[test]
    fn ticks_are_round_numbers_in_readable_units() {
        let step = tick_step(Duration::from_millis(1710));
        assert_eq!(step, 5e8);
        assert_eq!(tick_label(5e8, step, 1.71e9), "0.5 s");
        assert_eq!(tick_label(1e9, step, 1.71e9), "1 s");
        let step = tick_step(Duration::from_millis(504));
        assert_eq!(tick_label(2e8, step, 5.04e8), "200 ms");
        let step = tick_step(Duration::from_micros(30));
        assert_eq!(tick_label(1e4, step, 3e4), "10 µs");
        assert_eq!(tick_label(0.0, step, 3e4), "0");
    }

    #[test]
    fn labels_are_escaped_and_the_picture_is_well_formed() {
        let svg = timeline(
            "<a & b>",
            &[span("x<y", "t&1", 0, 500), span("long label", "t2", 0, 1)],
        );
        assert!(svg.contains("&lt;a &amp; b&gt;"));
        assert!(svg.contains(">x&lt;y</text>"), "the label fits in its bar");
        assert!(svg.contains("t&amp;1"));
        assert!(
            !svg.contains(">long label</text>"),
            "a label too long for its bar is left out"
        );
        assert!(svg.contains("<title>long label (t2): 0 ns → 1.00 ms</title>"));
        assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }

    #[test]
    fn many_threads_are_summarised() {
        let spans: Vec<Span> = (0..50)
            .map(|i| span("s", &format!("t{i}"), i, i + 1))
            .collect();
        let svg = timeline("many", &spans);
        assert!(svg.contains("… 10 more threads not drawn"), "{svg}");
    }
}
