//! A `recv(after(idle))` arm instead of `default(idle)`: a new timer for each `select!`, so the
//! silence is still counted from the last message.

// ANSWER: imports
use crossbeam_channel::{Receiver, after, never, select};
// ANSWER_END: imports

// ANSWER: listen
let (mut a, mut b) = (a, b);
let (mut a_open, mut b_open) = (true, true);
let mut heard = Vec::new();
while a_open || b_open {
    select! {
        recv(a) -> message => if let Ok(n) = message {
            heard.push(Heard::A(n));
        } else {
            a = never();
            a_open = false;
        },
        recv(b) -> message => if let Ok(n) = message {
            heard.push(Heard::B(n));
        } else {
            b = never();
            b_open = false;
        },
        recv(after(idle)) -> _ => {
            heard.push(Heard::Silence);
            return heard;
        }
    }
}
heard
// ANSWER_END: listen
