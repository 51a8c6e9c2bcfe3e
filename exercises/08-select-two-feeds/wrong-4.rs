//! A typical wrong answer to 08-select-two-feeds (the graders must reject it): no `select!`, but
//! each feed in turn with `recv_timeout`. While it waits on a quiet feed, it does not hear the
//! other, and it calls that silence.

use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError};

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
    let (mut a_open, mut b_open) = (true, true);
    while a_open || b_open {
        if a_open {
            match a.recv_timeout(idle) {
                Ok(n) => heard.push(Heard::A(n)),
                Err(RecvTimeoutError::Disconnected) => a_open = false,
                Err(RecvTimeoutError::Timeout) => {
                    heard.push(Heard::Silence);
                    break;
                }
            }
        }
        if b_open {
            match b.recv_timeout(idle) {
                Ok(n) => heard.push(Heard::B(n)),
                Err(RecvTimeoutError::Disconnected) => b_open = false,
                Err(RecvTimeoutError::Timeout) => {
                    heard.push(Heard::Silence);
                    break;
                }
            }
        }
    }
    heard
}
