use std::fmt;
use std::sync::OnceLock;
use std::time::Duration;

/// Why `LESSON_TIME_SCALE` could not be used.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TimeScaleError {
    value: String,
}

impl fmt::Display for TimeScaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "LESSON_TIME_SCALE must be a finite number >= 0 (like 1 or 0.05), got {:?}",
            self.value
        )
    }
}

impl std::error::Error for TimeScaleError {}

/// Parses a time scale: a finite, non-negative number.
pub(crate) fn parse_time_scale(text: &str) -> Result<f64, TimeScaleError> {
    match text.trim().parse::<f64>() {
        Ok(scale) if scale.is_finite() && scale >= 0.0 => Ok(scale),
        _ => Err(TimeScaleError {
            value: text.to_string(),
        }),
    }
}

/// The factor every demo sleep is multiplied by: `LESSON_TIME_SCALE`, or 1.0 when unset.
///
/// It is read once. A bad value prints one error line and exits the process with code 2,
/// because a lesson cannot run with a clock it does not understand; narrators call this first
/// (through [`narrate::title`](crate::narrate::title)) so the error comes before any output.
///
/// ```
/// // Under `cargo test` the variable is normally unset.
/// assert!(timing::time_scale() >= 0.0);
/// ```
pub fn time_scale() -> f64 {
    static SCALE: OnceLock<f64> = OnceLock::new();
    *SCALE.get_or_init(|| match std::env::var("LESSON_TIME_SCALE") {
        Err(_) => 1.0,
        Ok(text) => parse_time_scale(&text).unwrap_or_else(|error| {
            eprintln!("error: {error}");
            std::process::exit(2)
        }),
    })
}

/// `d` multiplied by [`time_scale`].
///
/// ```
/// use std::time::Duration;
/// // With LESSON_TIME_SCALE unset, nothing changes.
/// # if std::env::var_os("LESSON_TIME_SCALE").is_none() {
/// assert_eq!(timing::scaled(Duration::from_secs(3)), Duration::from_secs(3));
/// # }
/// ```
pub fn scaled(d: Duration) -> Duration {
    d.mul_f64(time_scale())
}

/// Sleeps for [`scaled`]`(d)`: every demo sleep in every lesson goes through here.
///
/// ```
/// timing::sleep(std::time::Duration::from_millis(1));
/// ```
pub fn sleep(d: Duration) {
    std::thread::sleep(scaled(d));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_numbers() {
        assert_eq!(parse_time_scale("1"), Ok(1.0));
        assert_eq!(parse_time_scale(" 0.01 "), Ok(0.01));
        assert_eq!(parse_time_scale("0"), Ok(0.0));
    }

    #[test]
    fn rejects_what_is_not_a_scale() {
        for bad in ["", "abc", "-0.5", "inf", "NaN", "1s"] {
            let error = parse_time_scale(bad).unwrap_err();
            assert!(error.to_string().contains("LESSON_TIME_SCALE"), "{error}");
        }
    }
}
