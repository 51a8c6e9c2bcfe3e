//! The standard library's bounded channel, `std::sync::mpsc::sync_channel`, instead of
//! crossbeam's.

// ANSWER: channel
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
// ANSWER_END: channel

// ANSWER: pipeline
let (sender, receiver) = sync_channel(capacity);
thread::scope(|s| {
    thread::Builder::new()
        .name("producer".into())
        .spawn_scoped(s, move || producer(sender, stop, make))
        .unwrap();
    s.spawn(move || consumer(receiver, handle)).join().unwrap()
})
// ANSWER_END: pipeline

// ANSWER: producer
pub fn producer(sender: SyncSender<u32>, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) && sender.send(make()).is_ok() {}
}
// ANSWER_END: producer
