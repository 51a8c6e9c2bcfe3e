//! `crossbeam_channel::Select`, the builder behind `select!`: a closed feed is removed from the
//! selection, and `ready_timeout(idle)` is the silence limit.

// ANSWER: imports
use crossbeam_channel::{Receiver, Select, TryRecvError};
// ANSWER_END: imports

// ANSWER: listen
let feeds = [(&a, Heard::A as fn(u32) -> Heard), (&b, Heard::B)];
let mut select = Select::new();
let indices = feeds.map(|(feed, _)| select.recv(feed));
let mut heard = Vec::new();
let mut open = 2;
while open > 0 {
    let Ok(index) = select.ready_timeout(idle) else {
        heard.push(Heard::Silence);
        break;
    };
    let (feed, tag) = feeds[indices.iter().position(|&i| i == index).unwrap()];
    match feed.try_recv() {
        Ok(n) => heard.push(tag(n)),
        Err(TryRecvError::Disconnected) => {
            select.remove(index);
            open -= 1;
        }
        Err(TryRecvError::Empty) => {} // another thread took it: `ready` is only a hint
    }
}
heard
// ANSWER_END: listen
