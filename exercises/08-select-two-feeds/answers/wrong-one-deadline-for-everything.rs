//! One `after(idle)`, made before the loop, is a deadline for the whole listening, not a limit
//! on the silence: a feed that talks steadily for longer than `idle` is cut off.
//! caught: assertion

// ANSWER: imports
use crossbeam_channel::{Receiver, after, never, select};
// ANSWER_END: imports

// ANSWER: listen
let (mut a, mut b, mut open) = (a, b, 2);
let mut heard = Vec::new();
let deadline = after(idle); // fires `idle` after the start, whatever arrives meanwhile
while open > 0 {
    select! {
        recv(a) -> message => match message {
            Ok(n) => heard.push(Heard::A(n)),
            Err(_) => (a, open) = (never(), open - 1),
        },
        recv(b) -> message => match message {
            Ok(n) => heard.push(Heard::B(n)),
            Err(_) => (b, open) = (never(), open - 1),
        },
        recv(deadline) -> _ => {
            heard.push(Heard::Silence);
            return heard;
        }
    }
}
heard
// ANSWER_END: listen
