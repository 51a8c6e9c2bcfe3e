//! Exercise 08-select-two-feeds: one consumer listening to two channels at once, until both are
//! closed or both have been silent too long. `cargo run -p practice -- check 08-select-two-feeds`
//! checks it.

use std::time::Duration;

use crossbeam_channel::Receiver;

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
    let _ = (a, b, idle);
    todo!("select! over both feeds, with a default(idle) arm")
}
