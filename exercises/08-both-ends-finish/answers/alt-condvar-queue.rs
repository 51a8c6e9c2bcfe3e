//! A queue made by hand: a `VecDeque` behind a `Mutex`, a `Condvar` that every change wakes,
//! and a count of the ends still open, which each end's drop lowers.

// ANSWER: channel
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

/// One end of the queue; dropping it closes that end.
pub struct End {
    queue: Arc<Queue>,
}

/// The queue both ends share.
pub struct Queue {
    state: Mutex<State>,
    changed: Condvar,
    capacity: usize,
}

struct State {
    items: VecDeque<u32>,
    ends: usize,
}

impl Drop for End {
    fn drop(&mut self) {
        self.queue.state.lock().unwrap().ends -= 1;
        self.queue.changed.notify_all();
    }
}

impl End {
    fn pair(capacity: usize) -> (End, End) {
        let queue = Arc::new(Queue {
            state: Mutex::new(State {
                items: VecDeque::new(),
                ends: 2,
            }),
            changed: Condvar::new(),
            capacity,
        });
        (
            End {
                queue: Arc::clone(&queue),
            },
            End { queue },
        )
    }

    /// Waits for room; `false` if the other end is gone.
    fn put(&self, item: u32) -> bool {
        let queue = &self.queue;
        let state = queue.state.lock().unwrap();
        let mut state = queue
            .changed
            .wait_while(state, |s| s.ends == 2 && s.items.len() >= queue.capacity)
            .unwrap();
        if state.ends < 2 {
            return false;
        }
        state.items.push_back(item);
        queue.changed.notify_all();
        true
    }

    /// Waits for an item; `None` once the other end is gone and the queue is drained.
    fn get(&self) -> Option<u32> {
        let queue = &self.queue;
        let state = queue.state.lock().unwrap();
        let mut state = queue
            .changed
            .wait_while(state, |s| s.ends == 2 && s.items.is_empty())
            .unwrap();
        let item = state.items.pop_front();
        queue.changed.notify_all();
        item
    }
}
// ANSWER_END: channel

// ANSWER: consumer
pub fn consumer(receiver: End, handle: impl Handle) -> Vec<u32> {
    handle_each(std::iter::from_fn(|| receiver.get()), handle)
}
// ANSWER_END: consumer

// ANSWER: pipeline
let (sender, receiver) = End::pair(capacity);
run_both(
    move || producer(sender, stop, make),
    move || consumer(receiver, handle),
)
// ANSWER_END: pipeline

// ANSWER: producer
pub fn producer(sender: End, stop: &AtomicBool, mut make: impl Make) {
    while !stop.load(SeqCst) && sender.put(make()) {}
}
// ANSWER_END: producer
