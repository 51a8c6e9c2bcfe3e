//! It returns the first answer to arrive, even when that answer is an error: a closed port fails
//! in a moment, before any good mirror has answered.
//! caught: forced

// ANSWER: fetch-first
let (done, answers) = mpsc::channel();
for url in mirrors.iter().cloned() {
    let done = done.clone();
    thread::spawn(move || done.send(fetch(&url)));
}
drop(done);
answers.recv().unwrap_or(Err("no mirrors to ask".into()))
// ANSWER_END: fetch-first

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
