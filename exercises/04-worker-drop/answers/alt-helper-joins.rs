//! A helper thread joins the writer and says so down a channel; `Drop` waits for that message
//! with `recv_timeout(bound)`. On timeout both threads are left detached.

// ANSWER: drop
drop(self.lines.take());
let Some(writer) = self.thread.take() else {
    return;
};
let (done, joined) = std::sync::mpsc::channel();
thread::spawn(move || {
    let _ = writer.join();
    let _ = done.send(());
});
if joined.recv_timeout(self.bound).is_err() {
    eprintln!("writer still busy after {:?}; detaching it", self.bound);
}
// ANSWER_END: drop
