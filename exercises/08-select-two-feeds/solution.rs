//! Exercise 08-select-two-feeds: one consumer listening to two channels at once, until both are
//! closed or both have been silent too long. `cargo run -p practice -- check 08-select-two-feeds`
//! checks it.

use std::time::Duration;

// ANSWER: imports
use crossbeam_channel::{Receiver, never, select};
// ANSWER_END: imports

/// What the listener heard, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    /// A message from feed `a`.
    A(u32),
    /// A message from feed `b`.
    B(u32),
    /// Nothing came from either feed for `idle`: the listener gave up.
    Silence,
}

/// Listens to feeds `a` and `b` at once, and returns what it heard, in order. It returns when
/// both feeds are closed (every `Sender` dropped and every message heard), or once `idle` has
/// passed without a message from either; then the last thing heard is [`Heard::Silence`].
pub fn listen(a: Receiver<u32>, b: Receiver<u32>, idle: Duration) -> Vec<Heard> {
    // ANSWER: listen
    let (mut a, mut b) = (a, b);
    let mut heard = Vec::new();
    let mut open = 2;
    while open > 0 {
        select! {
            recv(a) -> message => match message {
                Ok(n) => heard.push(Heard::A(n)),
                // Closed and drained: a closed channel is always ready, so swap in one that
                // never is, and keep listening to the other.
                Err(_) => { a = never(); open -= 1; }
            },
            recv(b) -> message => match message {
                Ok(n) => heard.push(Heard::B(n)),
                Err(_) => { b = never(); open -= 1; }
            },
            // Counted afresh at each select!: from the last message, not from the start.
            default(idle) => { heard.push(Heard::Silence); break; }
        }
    }
    heard
    // ANSWER_END: listen
}
