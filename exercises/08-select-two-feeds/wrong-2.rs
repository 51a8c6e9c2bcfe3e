//! A typical wrong answer to 08-select-two-feeds (the graders must reject it): it skips a closed
//! feed's `Err` and selects again. A closed channel is always ready, so `select!` keeps picking
//! it, `default(idle)` never fires, and the loop spins forever once both feeds are closed.

use std::time::Duration;

use crossbeam_channel::{Receiver, select};

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
    let mut heard = Vec::new();
    loop {
        select! {
            recv(a) -> message => if let Ok(n) = message { heard.push(Heard::A(n)) },
            recv(b) -> message => if let Ok(n) = message { heard.push(Heard::B(n)) },
            default(idle) => { heard.push(Heard::Silence); break; }
        }
    }
    heard
}
