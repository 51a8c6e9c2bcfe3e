//! Threads and the GIL are right, but `f`'s exception is unwrapped on the worker: a panic,
//! which reaches Python as `PanicException`, not as the `ValueError` `f` raised.
//! caught: assertion

// ANSWER: map_threads
py.detach(|| {
    rustwork::threads::map_on_threads(&items, 2, |item| {
        let result = Python::attach(|py| f.call1(py, (item,)).unwrap());
        Ok::<_, PyErr>(result)
    })
})
// ANSWER_END: map_threads
