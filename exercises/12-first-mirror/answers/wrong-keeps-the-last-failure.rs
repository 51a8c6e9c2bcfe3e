//! When every mirror fails, it says only why the last one did: the other failures are lost.
//! caught: assertion

// ANSWER: fetch-first
let (sender, receiver) = crossbeam_channel::unbounded();
for url in mirrors.iter().cloned() {
    let sender = sender.clone();
    thread::spawn(move || sender.send(fetch(&url)));
}
drop(sender);
let mut last = Err("no mirrors to ask".to_string());
for answer in receiver {
    if answer.is_ok() {
        return answer;
    }
    last = answer;
}
last
// ANSWER_END: fetch-first

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
