//! No tasks: one future polls every job's timeout itself, as `join_all` would, and drops each
//! the moment it is ready (a late job with it).

// ANSWER: wait-for-each
let mut pending: Vec<_> = jobs
    .into_iter()
    .map(|job| Some(Box::pin(tokio::time::timeout(limit, job))))
    .collect();
let mut results: Vec<_> = pending.iter().map(|_| None).collect();
std::future::poll_fn(|cx| {
    for (slot, result) in pending.iter_mut().zip(results.iter_mut()) {
        if let Some(job) = slot
            && let std::task::Poll::Ready(done) = job.as_mut().poll(cx)
        {
            *result = Some(done);
            *slot = None; // dropped now
        }
    }
    match pending.iter().all(Option::is_none) {
        true => std::task::Poll::Ready(()),
        false => std::task::Poll::Pending,
    }
})
.await;
results.into_iter().map(Option::unwrap).collect()
// ANSWER_END: wait-for-each
