//! The hash runs on a thread of its own and sends its result on a std channel, but `recv` is a
//! blocking wait (Python's `future.result()` inside a coroutine): the executor's thread stops.
//! caught: forced

// ANSWER: hash-async
let (sender, result) = std::sync::mpsc::channel();
std::thread::spawn(move || sender.send(blocking_hash(data, work)));
result.recv().expect("blocking_hash does not panic")
// ANSWER_END: hash-async
