//! No `select!`, but each feed in turn with `recv_timeout`. While it waits on a quiet feed, it
//! does not hear the other, and it calls that silence.
//! caught: assertion

// ANSWER: imports
use crossbeam_channel::{Receiver, RecvTimeoutError};
// ANSWER_END: imports

// ANSWER: listen
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
// ANSWER_END: listen
