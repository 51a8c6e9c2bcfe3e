//! Two threads over the two halves, each attaching per call, but the results are collected as
//! they come. The test makes `f(0)` return after a call of the other half has.
//! caught: forced

// ANSWER: map_threads
use std::sync::Mutex;
let results = Mutex::new(Vec::new());
let half = items.len().div_ceil(2).max(1);
py.detach(|| {
    std::thread::scope(|s| {
        for share in items.chunks(half) {
            let (f, results) = (&f, &results);
            s.spawn(move || {
                for item in share {
                    let result = Python::attach(|py| f.call1(py, (item,)));
                    results.lock().unwrap().push(result);
                }
            });
        }
    })
});
results.into_inner().unwrap().into_iter().collect()
// ANSWER_END: map_threads
