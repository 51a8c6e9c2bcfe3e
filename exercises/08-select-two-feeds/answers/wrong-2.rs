//! One `after(idle)` made before the loop is a deadline for the whole listening, not a limit on
//! the silence.
//! caught: assertion

// ANSWER: imports
use crossbeam_channel::{Receiver, after, never, select};
// ANSWER_END: imports

// ANSWER: listen
pub fn listen(mut a: Receiver<u32>, mut b: Receiver<u32>, idle: Duration) -> Vec<Heard> {
    let mut heard = Vec::new();
    let mut open = 2;
    let timeout = after(idle); // fires `idle` after the start, whatever arrives meanwhile
    while open > 0 {
        select! {
            recv(a) -> message => match message {
                Ok(n) => heard.push(Heard::A(n)),
                Err(_) => { a = never(); open -= 1; }
            },
            recv(b) -> message => match message {
                Ok(n) => heard.push(Heard::B(n)),
                Err(_) => { b = never(); open -= 1; }
            },
            recv(timeout) -> _ => { heard.push(Heard::Silence); break; }
        }
    }
    heard
}
// ANSWER_END: listen
