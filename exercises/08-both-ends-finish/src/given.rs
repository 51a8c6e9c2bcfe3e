//! Given: leave this file as it is. The shapes of `make` and `handle`, and the two threads.

use std::thread;

/// What `make` is: seed 004's `random.randint(1, 101)`, any `FnMut() -> u32` that can move to
/// the producer's thread.
pub trait Make: FnMut() -> u32 + Send {}
impl<F: FnMut() -> u32 + Send> Make for F {}

/// What `handle` is: the consumer's work on one message, any `FnMut(u32) -> bool` that can move
/// to the consumer's thread; `false` means it failed.
pub trait Handle: FnMut(u32) -> bool + Send {}
impl<F: FnMut(u32) -> bool + Send> Handle for F {}

/// The consumer's loop: hands each of `messages` to `handle`, in order, until `handle` returns
/// `false` (it failed) or the messages end. Returns the messages it took, the failed one
/// included. It owns `messages` (a `Receiver` is an iterator): they are dropped when it returns.
pub fn handle_each(messages: impl IntoIterator<Item = u32>, mut handle: impl Handle) -> Vec<u32> {
    let mut taken = Vec::new();
    for message in messages {
        taken.push(message);
        if !handle(message) {
            break;
        }
    }
    taken
}

/// Runs `producer` and `consumer` on threads named `producer` and `consumer` (the chart tells
/// them apart), waits for both, and returns what `consumer` returned. What the two closures
/// borrow lives until both threads are done; what they own (`move`) goes with them.
pub fn run_both<T: Send>(producer: impl FnOnce() + Send, consumer: impl FnOnce() -> T + Send) -> T {
    thread::scope(|s| {
        let named = |name: &str| thread::Builder::new().name(name.to_string());
        named("producer")
            .spawn_scoped(s, producer)
            .expect("the OS could not start a thread");
        let consumer = named("consumer")
            .spawn_scoped(s, consumer)
            .expect("the OS could not start a thread");
        consumer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
