//! The report's plots: the scaling curve, Python-vs-Rust ratios, speed-ups by language, and a
//! lesson's timeline.

use crate::data::Span;
use crate::format::sig3;
use crate::svg::{PYTHON, RUST, Svg, tick_label, ticks};

/// Speed-up over one thread against the number of threads, with the ideal for `cores` cores.
pub fn scaling(points: &[(usize, f64)], cores: usize) -> String {
    let (width, height) = (640.0, 380.0);
    let (left, right, top, bottom) = (60.0, 30.0, 56.0, 56.0);
    let max_threads = points.iter().map(|p| p.0).max().unwrap_or(1).max(cores) as f64;
    let top_value = points
        .iter()
        .map(|p| p.1)
        .fold(cores as f64, f64::max)
        .max(1.0)
        * 1.15;
    let x = |t: f64| left + t / max_threads * (width - left - right);
    let y = |v: f64| height - bottom - v / top_value * (height - top - bottom);
    let mut svg = Svg::new(
        width,
        height,
        "The sqrt loop split over threads: speed-up over one thread",
    );
    for tick in ticks(top_value) {
        svg.grid((x(0.0), y(tick)), (x(max_threads), y(tick)));
        svg.note(
            x(0.0) - 8.0,
            y(tick) + 4.0,
            &format!("{}×", tick_label(tick)),
            "end",
        );
    }
    for &(threads, _) in points {
        svg.note(
            x(threads as f64),
            height - bottom + 18.0,
            &threads.to_string(),
            "middle",
        );
    }
    svg.label(
        (left + width - right) / 2.0,
        height - 14.0,
        "threads",
        "middle",
    );
    svg.line((x(0.0), y(0.0)), (x(max_threads), y(0.0)), "#444", false);
    svg.line((x(0.0), y(0.0)), (x(0.0), y(top_value)), "#444", false);
    // The ideal: one more core's worth per thread, up to the cores there are.
    let ideal: Vec<(f64, f64)> = (1..=max_threads as usize)
        .map(|t| (x(t as f64), y(t.min(cores) as f64)))
        .collect();
    svg.polyline(&ideal, "#999", true);
    svg.note(
        x(max_threads),
        y(cores as f64) - 8.0,
        &format!("ideal on {cores} cores"),
        "end",
    );
    let measured: Vec<(f64, f64)> = points.iter().map(|&(t, v)| (x(t as f64), y(v))).collect();
    svg.polyline(&measured, RUST, false);
    for &(t, v) in points {
        svg.dot(x(t as f64), y(v), RUST);
        svg.label(x(t as f64), y(v) + 20.0, &format!("{}×", sig3(v)), "middle");
    }
    svg.key(left + 10.0, 44.0, RUST, "measured (criterion's median)");
    svg.finish("Speed-up of the sqrt loop over one thread, by number of threads")
}

/// One horizontal bar per row on a log scale from 1×: how many times better Rust did.
pub fn ratios(rows: &[(String, f64)]) -> String {
    let row_height = 28.0;
    let (left, right, top) = (250.0, 70.0, 60.0);
    let width = 760.0;
    let height = top + rows.len() as f64 * row_height + 50.0;
    let lowest = rows.iter().map(|r| r.1).fold(1.0, f64::min).min(0.5);
    let highest = rows.iter().map(|r| r.1).fold(1.0, f64::max).max(2.0);
    let (lo, hi) = (lowest.log10().floor(), highest.log10().ceil());
    let x = |v: f64| left + (v.log10() - lo) / (hi - lo) * (width - left - right);
    let mut svg = Svg::new(
        width,
        height,
        "Python vs Rust on the same work: how many times better Rust did",
    );
    let bottom = top + rows.len() as f64 * row_height;
    let mut decade = lo;
    while decade <= hi {
        for m in [1.0, 2.0, 5.0] {
            let v = 10f64.powf(decade) * m;
            if v.log10() > hi + 1e-9 {
                break;
            }
            svg.grid((x(v), top - 6.0), (x(v), bottom));
            svg.note(
                x(v),
                bottom + 16.0,
                &format!("{}×", tick_label(v)),
                "middle",
            );
        }
        decade += 1.0;
    }
    svg.line((x(1.0), top - 6.0), (x(1.0), bottom), "#444", false);
    svg.note(x(1.0) + 4.0, top - 10.0, "same", "start");
    svg.note(
        (left + width - right) / 2.0,
        bottom + 36.0,
        "log scale; bars right of 1× favour Rust, left of it favour Python",
        "middle",
    );
    for (i, (label, ratio)) in rows.iter().enumerate() {
        let y = top + i as f64 * row_height;
        svg.label(left - 10.0, y + 17.0, label, "end");
        let (from, to) = if *ratio >= 1.0 {
            (x(1.0), x(*ratio))
        } else {
            (x(*ratio), x(1.0))
        };
        let colour = if *ratio >= 1.0 { RUST } else { PYTHON };
        svg.rect(from, y + 5.0, to - from, row_height - 10.0, colour);
        let text = format!("{}×", sig3(*ratio));
        if *ratio >= 1.0 {
            svg.label(to + 5.0, y + 18.0, &text, "start");
        } else {
            svg.label(from - 5.0, y + 18.0, &text, "end");
        }
    }
    svg.finish("How many times better Rust did than Python on each comparable measure")
}

/// One series of bars in a group: its name, colour and value.
pub struct Bar {
    pub series: String,
    pub colour: &'static str,
    pub value: f64,
}

/// Groups of horizontal bars (e.g. "threads", "processes"), each with one bar per language, on
/// a linear scale with marks at 1× and at the core count.
pub fn speed_ups(groups: &[(String, Vec<Bar>)], cores: usize) -> String {
    let bar = 22.0;
    let (left, right, top) = (110.0, 60.0, 60.0);
    let width = 700.0;
    let rows: usize = groups.iter().map(|g| g.1.len()).sum();
    let height = top + rows as f64 * bar + groups.len() as f64 * 16.0 + 60.0;
    let highest = groups
        .iter()
        .flat_map(|g| g.1.iter().map(|b| b.value))
        .fold(cores as f64, f64::max)
        * 1.1;
    let x = |v: f64| left + v / highest * (width - left - right);
    let mut svg = Svg::new(
        width,
        height,
        "CPU-bound speed-up over running the units one after another",
    );
    let bottom = height - 60.0;
    for tick in ticks(highest) {
        svg.grid((x(tick), top - 6.0), (x(tick), bottom));
        svg.note(
            x(tick),
            bottom + 16.0,
            &format!("{}×", tick_label(tick)),
            "middle",
        );
    }
    svg.line((x(1.0), top - 6.0), (x(1.0), bottom), "#444", true);
    svg.note(x(1.0) + 4.0, top - 10.0, "no faster", "start");
    svg.line(
        (x(cores as f64), top - 6.0),
        (x(cores as f64), bottom),
        "#444",
        true,
    );
    svg.note(
        x(cores as f64) + 4.0,
        top - 10.0,
        &format!("all {cores} cores"),
        "start",
    );
    let mut y = top;
    let mut legend: Vec<(String, &str)> = Vec::new();
    for (name, bars) in groups {
        svg.label(
            left - 10.0,
            y + bars.len() as f64 * bar / 2.0 + 4.0,
            name,
            "end",
        );
        for b in bars {
            svg.rect(x(0.0), y + 3.0, x(b.value) - x(0.0), bar - 6.0, b.colour);
            svg.label(
                x(b.value) + 5.0,
                y + bar - 7.0,
                &format!("{}×", sig3(b.value)),
                "start",
            );
            if !legend.iter().any(|(s, _)| *s == b.series) {
                legend.push((b.series.clone(), b.colour));
            }
            y += bar;
        }
        y += 16.0;
    }
    let mut lx = left;
    for (series, colour) in legend {
        svg.key(lx, height - 18.0, colour, &series);
        lx += 30.0 + series.chars().count() as f64 * 6.5;
    }
    svg.finish("Speed-up on threads and on processes, Python and Rust")
}

/// Panels of spans, one row per thread, on a common time axis in milliseconds.
pub fn timeline(title: &str, panels: &[(String, Vec<Span>)], colours: &[(&str, &str)]) -> String {
    let row = 22.0;
    let (left, right, top) = (110.0, 30.0, 44.0);
    let width = 760.0;
    let threads_in = |spans: &[Span]| {
        let mut names: Vec<String> = Vec::new();
        for s in spans {
            if !names.contains(&s.thread) {
                names.push(s.thread.clone());
            }
        }
        names.sort();
        names
    };
    let rows: usize = panels.iter().map(|(_, s)| threads_in(s).len()).sum();
    let height = top + panels.len() as f64 * 30.0 + rows as f64 * row + 70.0;
    let end = panels
        .iter()
        .flat_map(|(_, s)| s.iter().map(|s| s.end_ms))
        .fold(1.0, f64::max);
    let x = |ms: f64| left + ms / end * (width - left - right);
    let mut svg = Svg::new(width, height, title);
    let mut y = top;
    for (name, spans) in panels {
        y += 22.0;
        svg.text(left, y - 6.0, name, 13.0, "start", "#222", true);
        for thread in threads_in(spans) {
            svg.label(left - 8.0, y + 15.0, &thread, "end");
            svg.grid((x(0.0), y + row - 1.0), (x(end), y + row - 1.0));
            for s in spans.iter().filter(|s| s.thread == thread) {
                let colour = colours
                    .iter()
                    .find(|(label, _)| *label == s.label)
                    .map_or(RUST, |(_, c)| c);
                // Outlined, so back-to-back turns stay visible as separate bars.
                svg.bar(
                    x(s.start_ms),
                    y + 3.0,
                    x(s.end_ms) - x(s.start_ms),
                    row - 7.0,
                    colour,
                );
            }
            y += row;
        }
        y += 8.0;
    }
    let axis = y + 4.0;
    svg.line((x(0.0), axis), (x(end), axis), "#444", false);
    for tick in ticks(end) {
        svg.line((x(tick), axis), (x(tick), axis + 4.0), "#444", false);
        svg.note(
            x(tick),
            axis + 18.0,
            &format!("{} ms", tick_label(tick)),
            "middle",
        );
    }
    let mut lx = left;
    for (label, colour) in colours {
        svg.key(lx, height - 14.0, colour, label);
        lx += 40.0 + label.chars().count() as f64 * 6.5;
    }
    svg.finish(title)
}
