//! No `select!`: it waits on each feed in turn with `recv_timeout`. While it waits on a quiet
//! feed it does not hear the other, and calls that silence.
//! caught: assertion

// ANSWER: imports
use crossbeam_channel::Receiver;
// ANSWER_END: imports

// ANSWER: listen
let mut heard = Vec::new();
let mut feeds = vec![(a, Heard::A as fn(u32) -> Heard), (b, Heard::B)];
while !feeds.is_empty() {
    let mut closed = Vec::new();
    for (i, (feed, tag)) in feeds.iter().enumerate() {
        match feed.recv_timeout(idle) {
            Ok(n) => heard.push(tag(n)),
            Err(e) if e.is_disconnected() => closed.push(i),
            Err(_) => return [heard, vec![Heard::Silence]].concat(),
        }
    }
    closed.into_iter().rev().for_each(|i| drop(feeds.remove(i)));
}
heard
// ANSWER_END: listen
