//! Another route: two scoped threads over the two halves, joined in order, each attaching for
//! every call.

// ANSWER: map_threads
let half = items.len().div_ceil(2).max(1);
py.detach(|| {
    std::thread::scope(|s| {
        let workers: Vec<_> = items
            .chunks(half)
            .map(|share| {
                let f = &f;
                s.spawn(move || -> PyResult<Vec<Py<PyAny>>> {
                    share
                        .iter()
                        .map(|item| Python::attach(|py| f.call1(py, (item,))))
                        .collect()
                })
            })
            .collect();
        let mut results = Vec::with_capacity(items.len());
        for worker in workers {
            results.extend(worker.join().expect("a worker panicked")?);
        }
        Ok(results)
    })
})
// ANSWER_END: map_threads
