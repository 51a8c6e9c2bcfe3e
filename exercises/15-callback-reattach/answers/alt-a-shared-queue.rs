//! Another route: two threads take the next index from a shared counter and put each result in
//! its slot, so whichever thread computes it, it lands in order.

// ANSWER: map_threads
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
let next = AtomicUsize::new(0);
let slots: Mutex<Vec<Option<PyResult<Py<PyAny>>>>> =
    Mutex::new(items.iter().map(|_| None).collect());
py.detach(|| {
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    let result = Python::attach(|py| f.call1(py, (item,)));
                    slots.lock().unwrap()[i] = Some(result);
                }
            });
        }
    })
});
let slots = slots.into_inner().unwrap();
slots
    .into_iter()
    .map(|slot| slot.expect("every item was called"))
    .collect()
// ANSWER_END: map_threads
