//! A `JoinSet` of jobs that each carry their index, put back in input order at the end.

// ANSWER: wait-for-each
let mut set = tokio::task::JoinSet::new();
for (i, job) in jobs.into_iter().enumerate() {
    set.spawn(async move { (i, tokio::time::timeout(limit, job).await) });
}
let mut results = set.join_all().await;
results.sort_by_key(|(i, _)| *i);
results.into_iter().map(|(_, result)| result).collect()
// ANSWER_END: wait-for-each
