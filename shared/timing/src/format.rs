use std::time::Duration;

/// Formats a duration with three significant digits and the unit a person would pick.
///
/// ```
/// use std::time::Duration;
/// use timing::format_duration;
///
/// assert_eq!(format_duration(Duration::from_millis(3007)), "3.01 s");
/// assert_eq!(format_duration(Duration::from_micros(12_400)), "12.4 ms");
/// assert_eq!(format_duration(Duration::from_micros(850)), "850 µs");
/// assert_eq!(format_duration(Duration::from_nanos(42)), "42 ns");
/// ```
pub fn format_duration(d: Duration) -> String {
    let nanos = d.as_nanos() as f64;
    let (value, unit) = if nanos >= 999.5e6 {
        (nanos / 1e9, "s")
    } else if nanos >= 999.5e3 {
        (nanos / 1e6, "ms")
    } else if nanos >= 999.5 {
        (nanos / 1e3, "µs")
    } else {
        return format!("{nanos:.0} ns");
    };
    // Three significant digits: 3.01, 12.4, 850.
    let decimals = if value >= 99.95 {
        0
    } else if value >= 9.995 {
        1
    } else {
        2
    };
    format!("{value:.decimals$} {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_units_and_digits() {
        assert_eq!(format_duration(Duration::ZERO), "0 ns");
        assert_eq!(format_duration(Duration::from_nanos(999)), "999 ns");
        assert_eq!(format_duration(Duration::from_nanos(1_000)), "1.00 µs");
        assert_eq!(format_duration(Duration::from_micros(999_999)), "1.00 s");
        assert_eq!(format_duration(Duration::from_micros(999_400)), "999 ms");
        assert_eq!(format_duration(Duration::from_secs(3)), "3.00 s");
        assert_eq!(format_duration(Duration::from_secs(125)), "125 s");
        assert_eq!(format_duration(Duration::from_millis(15_040)), "15.0 s");
    }
}
