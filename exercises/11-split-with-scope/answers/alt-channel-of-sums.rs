//! Each thread sends its chunk's sum on a channel instead of returning it: the scope waits for
//! every thread, then the receiver adds up whatever arrived, in any order.

// ANSWER: sum-on-threads
let size = numbers.len().div_ceil(threads).max(1);
let (sums, received) = std::sync::mpsc::channel();
thread::scope(|s| {
    for chunk in numbers.chunks(size) {
        let (sums, work) = (sums.clone(), &work);
        s.spawn(move || sums.send(work(chunk)).expect("the receiver lives"));
    }
});
drop(sums);
received.iter().sum()
// ANSWER_END: sum-on-threads
