//! Deadlocks without a lock in sight: channels whose ends wait for each other.

use std::thread;
use std::time::Duration;

use crossbeam_channel::{RecvTimeoutError, SendTimeoutError, bounded, unbounded};

// ANCHOR: both_receive
/// Two threads, each waiting to *receive* from the other before it sends. The senders outlive
/// both threads, so neither channel closes: without the timeout, both would wait forever.
pub fn both_receive_first(timeout: Duration) -> [Result<&'static str, RecvTimeoutError>; 2] {
    let (to_b, from_a) = unbounded();
    let (to_a, from_b) = unbounded();
    thread::scope(|s| {
        let a = s.spawn(|| {
            let heard = from_b.recv_timeout(timeout)?; // A waits for B
            to_b.send("hello from A").expect("B is still listening");
            Ok(heard)
        });
        let b = s.spawn(|| {
            let heard = from_a.recv_timeout(timeout)?; // B waits for A
            to_a.send("hello from B").expect("A is still listening");
            Ok(heard)
        });
        [a.join().expect("A panicked"), b.join().expect("B panicked")]
    })
}
// ANCHOR_END: both_receive

/// The fix: one side speaks first. A sends, then receives; B receives, then replies. Returns
/// what A and B heard.
pub fn one_speaks_first() -> [&'static str; 2] {
    let (to_b, from_a) = unbounded();
    let (to_a, from_b) = unbounded();
    thread::scope(|s| {
        let a = s.spawn(move || {
            to_b.send("hello from A").expect("B is listening");
            from_b.recv().expect("B replies")
        });
        let b = s.spawn(move || {
            let heard = from_a.recv().expect("A speaks first");
            to_a.send("hello from B").expect("A is listening");
            heard
        });
        [a.join().expect("A panicked"), b.join().expect("B panicked")]
    })
}

// ANCHOR: rendezvous
/// On one thread, a send and a receive on a rendezvous channel can never meet: `send_timeout`
/// gives up after `timeout` and hands the message back.
pub fn rendezvous_alone(timeout: Duration) -> Result<u32, SendTimeoutError<u32>> {
    let (tx, rx) = bounded(0);
    tx.send_timeout(42, timeout)?;
    Ok(rx.recv().expect("unreachable: nobody received the message"))
}
// ANCHOR_END: rendezvous

/// The fixes: receive on another thread (the rendezvous happens), or give the channel room for
/// one message (`bounded(1)`: `send` returns at once). Returns what each fix received.
pub fn rendezvous_fixed() -> (u32, u32) {
    let (tx, rx) = bounded(0);
    let across_threads = thread::scope(|s| {
        let receiver = s.spawn(move || rx.recv().expect("the sender sends"));
        tx.send(42).expect("the receiver is waiting");
        receiver.join().expect("the receiver panicked")
    });
    let (tx, rx) = bounded(1);
    tx.send(42).expect("there is room for one");
    (across_threads, rx.recv().expect("it is there"))
}
