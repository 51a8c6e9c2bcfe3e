//! A `JoinSet` hands results back as the jobs finish (`as_completed`), not in the order they were
//! given.
//! caught: assertion

// ANSWER: wait-for-each
let mut set = tokio::task::JoinSet::new();
for job in jobs {
    set.spawn(tokio::time::timeout(limit, job));
}
set.join_all().await
// ANSWER_END: wait-for-each
