mod support;

use support::{ms, wait_for_each_of};

/// `Ok(n)` for a job that returned `n`, `Err` for one that timed out: easier to read in a
/// failed assertion than `Err(Elapsed(()))`.
fn shown(results: &[Result<u64, tokio::time::error::Elapsed>]) -> Vec<String> {
    results
        .iter()
        .map(|r| match r {
            Ok(n) => format!("Ok({n})"),
            Err(_) => "Err(timed out)".to_string(),
        })
        .collect()
}

#[test]
fn one_result_per_job_in_input_order() {
    let run = wait_for_each_of(&[Some(300), Some(100), Some(200)], 1000);
    assert_eq!(
        shown(&run.results),
        ["Ok(300)", "Ok(100)", "Ok(200)"],
        "the jobs wait 300, 100 and 200 ms, all within the limit of 1000 ms: one result per \
         job, in the order the jobs were given (asyncio.gather's order), not the order in which \
         they finished (as_completed's)"
    );
}

#[test]
fn the_jobs_wait_at_the_same_time() {
    let run = wait_for_each_of(&[Some(300), Some(100), Some(200)], 1000);
    assert!(
        run.took < ms(400),
        "jobs of 300, 100 and 200 ms took {:?} (virtual time) in all: one after another takes \
         600 ms, all at once as long as the longest, 300 ms. Start every job (tokio::spawn) \
         before you await any",
        run.took
    );
}

#[test]
fn each_job_past_the_limit_is_an_error_and_the_others_keep_their_results() {
    let run = wait_for_each_of(&[Some(100), Some(500), Some(50), Some(300)], 200);
    assert_eq!(
        shown(&run.results),
        ["Ok(100)", "Err(timed out)", "Ok(50)", "Err(timed out)"],
        "the limit is 200 ms: the jobs of 100 and 50 ms make it, the jobs of 500 and 300 ms do \
         not. Each job has a limit of its own (asyncio.wait_for around each job)"
    );
    assert!(
        run.took < ms(240),
        "with a limit of 200 ms, wait_for_each took {:?} (virtual time): no job should be \
         waited for past its limit",
        run.took
    );
}

#[test]
fn every_limit_counts_from_the_start() {
    let run = wait_for_each_of(&[Some(150), Some(250)], 200);
    assert_eq!(
        shown(&run.results),
        ["Ok(150)", "Err(timed out)"],
        "job 1 runs for 250 ms and the limit is 200 ms, so it times out, even though its result \
         is collected after job 0's. Its time runs from when it starts, not from when you begin \
         to await it: put the timeout around the job itself, inside its task"
    );
}

#[test]
fn a_timed_out_job_is_cancelled_and_its_cleanup_runs() {
    let run = wait_for_each_of(&[None, Some(50)], 100);
    assert_eq!(
        shown(&run.results),
        ["Err(timed out)", "Ok(50)"],
        "job 0 never ends, job 1 takes 50 ms, and the limit is 100 ms"
    );
    assert!(
        run.logged(0, "dropped"),
        "job 0 timed out, but when wait_for_each returned it had not been dropped yet (its \
         Cleanup, Rust's `finally`, had not run). Dropping a JoinHandle, or a timeout around \
         one, detaches its task, which runs on; abort() drops it only later, at the task's next \
         turn (await the aborted handle to wait for that). A timeout around the job itself \
         drops the job the moment its time is up. The \
         log: {:?}",
        run.log
    );
    assert!(
        !run.logged(0, "finished"),
        "job 0 never finishes; log: {:?}",
        run.log
    );
}
