//! One timeout around the whole `gather`: when one job is late, every job's result is lost, the
//! ones that made it too (and the late tasks, detached, run on).
//! caught: assertion

// ANSWER: wait-for-each
let count = jobs.len();
let tasks: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
let gathered = async move {
    let mut outputs = Vec::new();
    for task in tasks {
        outputs.push(task.await.expect("a job does not panic"));
    }
    outputs
};
match tokio::time::timeout(limit, gathered).await {
    Ok(outputs) => outputs.into_iter().map(Ok).collect(),
    Err(_) => {
        let mut late = Vec::new();
        for _ in 0..count {
            late.push(
                tokio::time::timeout(Duration::ZERO, std::future::pending::<F::Output>()).await,
            );
        }
        late
    }
}
// ANSWER_END: wait-for-each
