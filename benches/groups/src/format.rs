//! Numbers as a reader wants them: three significant digits, and the unit a person would pick.

use std::time::Duration;

/// Three significant digits: `1.23`, `12.3`, `123`, `1234`.
pub fn sig3(v: f64) -> String {
    let a = v.abs();
    if !v.is_finite() {
        "—".to_string()
    } else if a >= 99.95 {
        format!("{v:.0}")
    } else if a >= 9.995 {
        format!("{v:.1}")
    } else if a >= 0.9995 || a == 0.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

/// A time given in nanoseconds: `850 µs`, `12.4 ms`; below a microsecond `0.98 ns` or `42 ns`.
pub fn time_ns(ns: f64) -> String {
    if ns < 1000.0 {
        format!("{} ns", sig3(ns))
    } else {
        timing::format_duration(Duration::from_nanos(ns.round() as u64))
    }
}

/// A time given in the compare run's units (`ns`, `µs`, `ms`, `s`).
pub fn time_in(value: f64, unit: &str) -> String {
    let ns = match unit {
        "s" => value * 1e9,
        "ms" => value * 1e6,
        "µs" => value * 1e3,
        _ => value,
    };
    time_ns(ns)
}

/// A rate per second in millions, for a table cell: `12.3 M/s`.
pub fn millions(per_second: f64) -> String {
    format!("{} M/s", sig3(per_second / 1e6))
}

/// A count in millions, for a sentence: `12.3 million`.
pub fn million(count: f64) -> String {
    format!("{} million", sig3(count / 1e6))
}

/// `1 round`, `5 rounds`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A ratio: `2.04×`.
pub fn times(ratio: f64) -> String {
    format!("{}×", sig3(ratio))
}

/// `1,000,000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A value in the compare run's unit, as the table shows it.
pub fn value(v: f64, unit: &str) -> String {
    match unit {
        "ns" | "µs" | "ms" | "s" => time_in(v, unit),
        "count" => thousands(v.round() as u64),
        "×" => times(v),
        "M msg/s" => format!("{} M/s", sig3(v)),
        "% lost" | "%" => format!("{}%", sig3(v)),
        _ => format!("{} {unit}", sig3(v)),
    }
}
