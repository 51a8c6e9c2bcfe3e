use std::fmt;
use std::time::Duration;

use crate::format_duration;

/// A "sequential vs concurrent" table: each row's time and its speed-up over the first row.
///
/// ```
/// use std::time::Duration;
/// use timing::Comparison;
///
/// let mut table = Comparison::new("method");
/// table.row("sequential", Duration::from_secs(15));
/// table.row("5 threads", Duration::from_millis(3007));
/// assert!((table.speedup("5 threads").unwrap() - 4.99).abs() < 0.01);
/// let text = table.to_string();
/// assert!(text.contains("3.01 s"));
/// assert!(text.contains("4.99×"));
/// ```
#[derive(Debug, Clone)]
pub struct Comparison {
    heading: String,
    rows: Vec<(String, Duration)>,
}

impl Comparison {
    /// An empty table whose first column is headed `heading`.
    pub fn new(heading: impl Into<String>) -> Self {
        Comparison {
            heading: heading.into(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; the first row added is the baseline the others are compared with.
    pub fn row(&mut self, label: impl Into<String>, time: Duration) -> &mut Self {
        self.rows.push((label.into(), time));
        self
    }

    /// How many times faster the row `label` was than the baseline (None if there is no such row).
    pub fn speedup(&self, label: &str) -> Option<f64> {
        let (_, baseline) = self.rows.first()?;
        let (_, time) = self.rows.iter().find(|(l, _)| l == label)?;
        Some(baseline.as_secs_f64() / time.as_secs_f64().max(1e-12))
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label_w = self
            .rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .chain([self.heading.chars().count()])
            .max()
            .unwrap_or(0);
        writeln!(
            f,
            "{:<label_w$}  {:>9}  {:>8}",
            self.heading, "time", "speed-up"
        )?;
        for (label, time) in &self.rows {
            let speedup = self.speedup(label).unwrap_or(1.0);
            writeln!(
                f,
                "{label:<label_w$}  {:>9}  {:>7.2}×",
                format_duration(*time),
                speedup
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baseline_is_the_first_row() {
        let mut table = Comparison::new("how");
        table
            .row("slow", Duration::from_millis(400))
            .row("fast", Duration::from_millis(100));
        assert_eq!(table.speedup("slow"), Some(1.0));
        assert_eq!(table.speedup("fast"), Some(4.0));
        assert_eq!(table.speedup("missing"), None);
        let text = table.to_string();
        assert_eq!(text.lines().count(), 3);
        assert!(text.lines().nth(2).unwrap().ends_with("4.00×"), "{text}");
    }

    #[test]
    fn zero_time_does_not_divide_by_zero() {
        let mut table = Comparison::new("how");
        table
            .row("base", Duration::from_millis(1))
            .row("instant", Duration::ZERO);
        assert!(table.speedup("instant").unwrap().is_finite());
    }
}
