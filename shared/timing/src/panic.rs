use std::any::Any;

// ANCHOR: panic_message
/// The message of a panic, from the payload `join` (or `catch_unwind`) hands back.
///
/// `panic!("literal")` carries a `&'static str`; `panic!("{x}")` carries a formatted `String`;
/// `std::panic::panic_any(value)` can carry anything, which has no message to show.
///
/// ```
/// let payload = std::thread::spawn(|| panic!("out of fuel")).join().unwrap_err();
/// assert_eq!(timing::panic_message(&*payload), "out of fuel");
///
/// let tank = 0;
/// let payload = std::thread::spawn(move || panic!("tank at {tank}")).join().unwrap_err();
/// assert_eq!(timing::panic_message(&*payload), "tank at 0");
/// ```
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&'static str>() {
        message.to_string()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "<a panic payload that is not a string>".to_string()
    }
}
// ANCHOR_END: panic_message

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payload_that_is_not_a_string_says_so() {
        let payload = std::panic::catch_unwind(|| std::panic::panic_any(42u8)).unwrap_err();
        assert_eq!(
            panic_message(&*payload),
            "<a panic payload that is not a string>"
        );
    }
}
