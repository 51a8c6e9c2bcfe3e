//! The report's plots: the scaling curve, Python-vs-Rust ratios, speed-ups by language, and a
//! lesson's timeline. Each has its axes (where a value lands), drawn in steps.

use crate::data::Span;
use crate::format::sig3;
use crate::svg::{PYTHON, RUST, Svg, tick_label, ticks};

/// Speed-up over one thread against the number of threads, with the ideal for `cores` cores.
pub fn scaling(points: &[(usize, f64)], cores: usize) -> String {
    let axes = ScalingAxes {
        max_threads: points.iter().map(|p| p.0).max().unwrap_or(1).max(cores) as f64,
        top_value: points
            .iter()
            .map(|p| p.1)
            .fold(cores as f64, f64::max)
            .max(1.0)
            * 1.15,
    };
    let mut svg = Svg::new(
        ScalingAxes::WIDTH,
        ScalingAxes::HEIGHT,
        "The sqrt loop split over threads: speed-up over one thread",
    );
    axes.draw(&mut svg, points);
    axes.ideal(&mut svg, cores);
    axes.measured(&mut svg, points);
    svg.key(
        ScalingAxes::LEFT + 10.0,
        44.0,
        RUST,
        "measured (criterion's median)",
    );
    svg.finish("Speed-up of the sqrt loop over one thread, by number of threads")
}

/// The scaling plot's axes: threads across, up to `max_threads`; speed-up up, to `top_value`.
struct ScalingAxes {
    max_threads: f64,
    top_value: f64,
}

impl ScalingAxes {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 380.0;
    const LEFT: f64 = 60.0;
    const RIGHT: f64 = 30.0;
    const TOP: f64 = 56.0;
    const BOTTOM: f64 = 56.0;

    fn x(&self, threads: f64) -> f64 {
        Self::LEFT + threads / self.max_threads * (Self::WIDTH - Self::LEFT - Self::RIGHT)
    }

    fn y(&self, speed_up: f64) -> f64 {
        Self::HEIGHT
            - Self::BOTTOM
            - speed_up / self.top_value * (Self::HEIGHT - Self::TOP - Self::BOTTOM)
    }

    /// The grid, the ticks and the axes.
    fn draw(&self, svg: &mut Svg, points: &[(usize, f64)]) {
        let (x, y) = (|t| self.x(t), |v| self.y(v));
        for tick in ticks(self.top_value) {
            svg.grid((x(0.0), y(tick)), (x(self.max_threads), y(tick)));
            let label = format!("{}×", tick_label(tick));
            svg.note(x(0.0) - 8.0, y(tick) + 4.0, &label, "end");
        }
        let under = Self::HEIGHT - Self::BOTTOM + 18.0;
        for &(threads, _) in points {
            svg.note(x(threads as f64), under, &threads.to_string(), "middle");
        }
        let middle = (Self::LEFT + Self::WIDTH - Self::RIGHT) / 2.0;
        svg.label(middle, Self::HEIGHT - 14.0, "threads", "middle");
        svg.line(
            (x(0.0), y(0.0)),
            (x(self.max_threads), y(0.0)),
            "#444",
            false,
        );
        svg.line((x(0.0), y(0.0)), (x(0.0), y(self.top_value)), "#444", false);
    }

    /// The ideal: one more core's worth per thread, up to the cores there are.
    fn ideal(&self, svg: &mut Svg, cores: usize) {
        let ideal: Vec<(f64, f64)> = (1..=self.max_threads as usize)
            .map(|t| (self.x(t as f64), self.y(t.min(cores) as f64)))
            .collect();
        svg.polyline(&ideal, "#999", true);
        let (x, y) = (self.x(self.max_threads), self.y(cores as f64) - 8.0);
        svg.note(x, y, &format!("ideal on {cores} cores"), "end");
    }

    fn measured(&self, svg: &mut Svg, points: &[(usize, f64)]) {
        let measured: Vec<(f64, f64)> = points
            .iter()
            .map(|&(t, v)| (self.x(t as f64), self.y(v)))
            .collect();
        svg.polyline(&measured, RUST, false);
        for &(t, v) in points {
            let (x, y) = (self.x(t as f64), self.y(v));
            svg.dot(x, y, RUST);
            svg.label(x, y + 20.0, &format!("{}×", sig3(v)), "middle");
        }
    }
}

/// One horizontal bar per row on a log scale from 1×: how many times better Rust did.
pub fn ratios(rows: &[(String, f64)]) -> String {
    let lowest = rows.iter().map(|r| r.1).fold(1.0, f64::min).min(0.5);
    let highest = rows.iter().map(|r| r.1).fold(1.0, f64::max).max(2.0);
    let axis = LogAxis {
        lo: lowest.log10().floor(),
        hi: highest.log10().ceil(),
    };
    let bottom = LogAxis::TOP + rows.len() as f64 * LogAxis::ROW;
    let mut svg = Svg::new(
        LogAxis::WIDTH,
        bottom + 50.0,
        "Python vs Rust on the same work: how many times better Rust did",
    );
    axis.draw(&mut svg, bottom);
    for (i, (label, ratio)) in rows.iter().enumerate() {
        axis.bar(
            &mut svg,
            LogAxis::TOP + i as f64 * LogAxis::ROW,
            label,
            *ratio,
        );
    }
    svg.finish("How many times better Rust did than Python on each comparable measure")
}

/// The ratio plot's axis: from 10^`lo` to 10^`hi`, logarithmic.
struct LogAxis {
    lo: f64,
    hi: f64,
}

impl LogAxis {
    const WIDTH: f64 = 760.0;
    const LEFT: f64 = 250.0;
    const RIGHT: f64 = 70.0;
    const TOP: f64 = 60.0;
    /// One row's height.
    const ROW: f64 = 28.0;

    fn x(&self, v: f64) -> f64 {
        Self::LEFT
            + (v.log10() - self.lo) / (self.hi - self.lo) * (Self::WIDTH - Self::LEFT - Self::RIGHT)
    }

    /// Grid lines at 1, 2 and 5 of each decade, and the 1× line.
    fn draw(&self, svg: &mut Svg, bottom: f64) {
        let top = Self::TOP - 6.0;
        let mut decade = self.lo;
        while decade <= self.hi {
            for m in [1.0, 2.0, 5.0] {
                let v = 10f64.powf(decade) * m;
                if v.log10() > self.hi + 1e-9 {
                    break;
                }
                svg.grid((self.x(v), top), (self.x(v), bottom));
                let label = format!("{}×", tick_label(v));
                svg.note(self.x(v), bottom + 16.0, &label, "middle");
            }
            decade += 1.0;
        }
        svg.line((self.x(1.0), top), (self.x(1.0), bottom), "#444", false);
        svg.note(self.x(1.0) + 4.0, Self::TOP - 10.0, "same", "start");
        let middle = (Self::LEFT + Self::WIDTH - Self::RIGHT) / 2.0;
        let note = "log scale; bars right of 1× favour Rust, left of it favour Python";
        svg.note(middle, bottom + 36.0, note, "middle");
    }

    /// A row at `y`: its label, and a bar from 1× to its ratio, in the colour of who did better.
    fn bar(&self, svg: &mut Svg, y: f64, label: &str, ratio: f64) {
        svg.label(Self::LEFT - 10.0, y + 17.0, label, "end");
        let rust = ratio >= 1.0;
        let (from, to) = if rust {
            (self.x(1.0), self.x(ratio))
        } else {
            (self.x(ratio), self.x(1.0))
        };
        let colour = if rust { RUST } else { PYTHON };
        svg.rect(from, y + 5.0, to - from, Self::ROW - 10.0, colour);
        let text = format!("{}×", sig3(ratio));
        if rust {
            svg.label(to + 5.0, y + 18.0, &text, "start");
        } else {
            svg.label(from - 5.0, y + 18.0, &text, "end");
        }
    }
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
    let rows: usize = groups.iter().map(|g| g.1.len()).sum();
    let height = BarAxis::TOP + rows as f64 * BarAxis::BAR + groups.len() as f64 * 16.0 + 60.0;
    let axis = BarAxis {
        highest: groups
            .iter()
            .flat_map(|g| g.1.iter().map(|b| b.value))
            .fold(cores as f64, f64::max)
            * 1.1,
        bottom: height - 60.0,
    };
    let mut svg = Svg::new(
        BarAxis::WIDTH,
        height,
        "CPU-bound speed-up over running the units one after another",
    );
    axis.draw(&mut svg, cores);
    let mut y = BarAxis::TOP;
    for (name, bars) in groups {
        y = axis.group(&mut svg, y, name, bars) + 16.0;
    }
    let mut legend: Vec<(&str, &str)> = Vec::new();
    for b in groups.iter().flat_map(|g| &g.1) {
        if !legend.iter().any(|(s, _)| *s == b.series) {
            legend.push((&b.series, b.colour));
        }
    }
    let mut lx = BarAxis::LEFT;
    for (series, colour) in legend {
        svg.key(lx, height - 18.0, colour, series);
        lx += 30.0 + series.chars().count() as f64 * 6.5;
    }
    svg.finish("Speed-up on threads and on processes, Python and Rust")
}

/// The speed-up plot's axis: linear from 0 to `highest`, down to `bottom`.
struct BarAxis {
    highest: f64,
    bottom: f64,
}

impl BarAxis {
    const WIDTH: f64 = 700.0;
    const LEFT: f64 = 110.0;
    const RIGHT: f64 = 60.0;
    const TOP: f64 = 60.0;
    /// One bar's height.
    const BAR: f64 = 22.0;

    fn x(&self, v: f64) -> f64 {
        Self::LEFT + v / self.highest * (Self::WIDTH - Self::LEFT - Self::RIGHT)
    }

    /// The grid, and the marks at 1× and at every core.
    fn draw(&self, svg: &mut Svg, cores: usize) {
        let (top, bottom) = (Self::TOP - 6.0, self.bottom);
        for tick in ticks(self.highest) {
            svg.grid((self.x(tick), top), (self.x(tick), bottom));
            let label = format!("{}×", tick_label(tick));
            svg.note(self.x(tick), bottom + 16.0, &label, "middle");
        }
        let all = format!("all {cores} cores");
        for (at, note) in [(1.0, "no faster"), (cores as f64, all.as_str())] {
            svg.line((self.x(at), top), (self.x(at), bottom), "#444", true);
            svg.note(self.x(at) + 4.0, Self::TOP - 10.0, note, "start");
        }
    }

    /// A group's name and its bars, from `y`; returns where the next group starts.
    fn group(&self, svg: &mut Svg, mut y: f64, name: &str, bars: &[Bar]) -> f64 {
        let middle = y + bars.len() as f64 * Self::BAR / 2.0 + 4.0;
        svg.label(Self::LEFT - 10.0, middle, name, "end");
        for b in bars {
            let (from, to) = (self.x(0.0), self.x(b.value));
            svg.rect(from, y + 3.0, to - from, Self::BAR - 6.0, b.colour);
            let text = format!("{}×", sig3(b.value));
            svg.label(to + 5.0, y + Self::BAR - 7.0, &text, "start");
            y += Self::BAR;
        }
        y
    }
}

/// Panels of spans, one row per thread, on a common time axis in milliseconds.
pub fn timeline(title: &str, panels: &[(String, Vec<Span>)], colours: &[(&str, &str)]) -> String {
    let rows: usize = panels.iter().map(|(_, s)| threads_in(s).len()).sum();
    let height = TimeAxis::TOP + panels.len() as f64 * 30.0 + rows as f64 * TimeAxis::ROW + 70.0;
    let axis = TimeAxis {
        end: panels
            .iter()
            .flat_map(|(_, s)| s.iter().map(|s| s.end_ms))
            .fold(1.0, f64::max),
        colours,
    };
    let mut svg = Svg::new(TimeAxis::WIDTH, height, title);
    let mut y = TimeAxis::TOP;
    for (name, spans) in panels {
        y = axis.panel(&mut svg, y, name, spans) + 8.0;
    }
    axis.draw(&mut svg, y + 4.0);
    let mut lx = TimeAxis::LEFT;
    for (label, colour) in colours {
        svg.key(lx, height - 14.0, colour, label);
        lx += 40.0 + label.chars().count() as f64 * 6.5;
    }
    svg.finish(title)
}

/// The threads in `spans`, sorted by name.
fn threads_in(spans: &[Span]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for s in spans {
        if !names.contains(&s.thread) {
            names.push(s.thread.clone());
        }
    }
    names.sort();
    names
}

/// The timeline's axis: 0 to `end` ms; and each span label's colour.
struct TimeAxis<'a> {
    end: f64,
    colours: &'a [(&'a str, &'a str)],
}

impl TimeAxis<'_> {
    const WIDTH: f64 = 760.0;
    const LEFT: f64 = 110.0;
    const RIGHT: f64 = 30.0;
    const TOP: f64 = 44.0;
    /// One thread's row.
    const ROW: f64 = 22.0;

    fn x(&self, ms: f64) -> f64 {
        Self::LEFT + ms / self.end * (Self::WIDTH - Self::LEFT - Self::RIGHT)
    }

    /// A panel's name and a row per thread, from `y`; returns where it ends.
    fn panel(&self, svg: &mut Svg, mut y: f64, name: &str, spans: &[Span]) -> f64 {
        y += 22.0;
        svg.text(Self::LEFT, y - 6.0, name, 13.0, "start", "#222", true);
        for thread in threads_in(spans) {
            svg.label(Self::LEFT - 8.0, y + 15.0, &thread, "end");
            let line = y + Self::ROW - 1.0;
            svg.grid((self.x(0.0), line), (self.x(self.end), line));
            for s in spans.iter().filter(|s| s.thread == thread) {
                let colour = self
                    .colours
                    .iter()
                    .find(|(label, _)| *label == s.label)
                    .map_or(RUST, |(_, c)| c);
                // Outlined, so back-to-back turns stay visible as separate bars.
                let (from, to) = (self.x(s.start_ms), self.x(s.end_ms));
                svg.bar(from, y + 3.0, to - from, Self::ROW - 7.0, colour);
            }
            y += Self::ROW;
        }
        y
    }

    /// The time axis at `y`, with its ticks.
    fn draw(&self, svg: &mut Svg, y: f64) {
        svg.line((self.x(0.0), y), (self.x(self.end), y), "#444", false);
        for tick in ticks(self.end) {
            svg.line((self.x(tick), y), (self.x(tick), y + 4.0), "#444", false);
            let label = format!("{} ms", tick_label(tick));
            svg.note(self.x(tick), y + 18.0, &label, "middle");
        }
    }
}
