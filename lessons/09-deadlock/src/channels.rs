//! Deadlocks without a lock in sight: channels that wait for each other, and a thread waiting
//! for itself.

use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, SendTimeoutError, bounded, unbounded};

// ANCHOR: both_receive
/// Two threads, each first waiting to *receive* from the other before it sends its reply. The
/// senders outlive both threads, so neither channel is ever closed: both would wait forever.
/// `recv_timeout` bounds the wait; returns both outcomes and how long it took.
///
/// ```
/// use crossbeam_channel::RecvTimeoutError;
/// let (outcomes, _) = deadlock::both_receive_first(std::time::Duration::from_millis(20));
/// assert_eq!(outcomes, [Err(RecvTimeoutError::Timeout), Err(RecvTimeoutError::Timeout)]);
/// ```
pub fn both_receive_first(
    timeout: Duration,
) -> ([Result<&'static str, RecvTimeoutError>; 2], Duration) {
    let (to_b, from_a) = unbounded();
    let (to_a, from_b) = unbounded();
    let start = Instant::now();
    let outcomes = thread::scope(|s| {
        let a = s.spawn(|| {
            let heard = from_b.recv_timeout(timeout)?;
            to_b.send("hello from A").expect("B is still listening");
            Ok(heard)
        });
        let b = s.spawn(|| {
            let heard = from_a.recv_timeout(timeout)?;
            to_a.send("hello from B").expect("A is still listening");
            Ok(heard)
        });
        [
            a.join().expect("A does not panic"),
            b.join().expect("B does not panic"),
        ]
    });
    (outcomes, start.elapsed())
}
// ANCHOR_END: both_receive

// ANCHOR: one_speaks_first
/// The fix: one side speaks first. A sends, then receives; B receives, then replies. Returns
/// what A and B heard.
///
/// ```
/// assert_eq!(deadlock::one_speaks_first(), ["hello from B", "hello from A"]);
/// ```
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
        [
            a.join().expect("A does not panic"),
            b.join().expect("B does not panic"),
        ]
    })
}
// ANCHOR_END: one_speaks_first

// ANCHOR: rendezvous
/// A zero-capacity channel is a rendezvous: `send` waits until a receiver takes the message.
/// Sending and then receiving on the *same* thread can never meet. `send_timeout` bounds the
/// wait and hands the message back; returns that outcome and how long it waited.
///
/// ```
/// use crossbeam_channel::SendTimeoutError;
/// let (outcome, _) = deadlock::rendezvous_alone(std::time::Duration::from_millis(20));
/// assert_eq!(outcome, Err(SendTimeoutError::Timeout(42)));
/// ```
pub fn rendezvous_alone(timeout: Duration) -> (Result<u32, SendTimeoutError<u32>>, Duration) {
    let (tx, rx) = bounded(0);
    let start = Instant::now();
    let outcome = tx
        .send_timeout(42, timeout)
        .map(|()| rx.recv().expect("unreachable: nobody received the message"));
    (outcome, start.elapsed())
}
// ANCHOR_END: rendezvous

// ANCHOR: rendezvous_fixed
/// The fixes: receive on another thread (the rendezvous happens), or give the channel room for
/// one message (`bounded(1)`: `send` returns at once). Returns what each fix received.
///
/// ```
/// assert_eq!(deadlock::rendezvous_fixed(), (42, 42));
/// ```
pub fn rendezvous_fixed() -> (u32, u32) {
    let (tx, rx) = bounded(0);
    let across_threads = thread::scope(|s| {
        let receiver = s.spawn(move || rx.recv().expect("the sender sends"));
        tx.send(42).expect("the receiver is waiting");
        receiver.join().expect("the receiver does not panic")
    });
    let (tx, rx) = bounded(1);
    tx.send(42).expect("there is room for one");
    (across_threads, rx.recv().expect("it is there"))
}
// ANCHOR_END: rendezvous_fixed

// ANCHOR: relock
/// Self-deadlock: a thread that holds a lock and asks for it again waits for itself. Shown with
/// `try_lock`, which answers instead of waiting: returns whether the second attempt got it.
///
/// ```
/// assert!(!deadlock::relock_same_thread());
/// ```
pub fn relock_same_thread() -> bool {
    let lock = parking_lot::Mutex::new(0);
    let _held = lock.lock();
    lock.try_lock().is_some() // `lock.lock()` here would never return
}

/// Python's `RLock` is `parking_lot::ReentrantMutex`: the thread that holds it may lock it
/// again (it counts), and gets shared (`&`) access. Returns whether the second lock succeeded.
///
/// ```
/// assert!(deadlock::relock_reentrant());
/// ```
pub fn relock_reentrant() -> bool {
    let lock = parking_lot::ReentrantMutex::new(0);
    let _held = lock.lock();
    lock.try_lock().is_some()
}
// ANCHOR_END: relock
