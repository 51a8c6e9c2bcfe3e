//! A pool of workers over a channel of jobs, as Python's pool is built: the URLs' indices go
//! into a crossbeam channel, `max_concurrent` workers take them until it is empty, and each
//! result comes back on a second channel with its index.

// ANSWER: download-all
let (jobs, queue) = crossbeam_channel::unbounded();
for job in urls.iter().enumerate() {
    jobs.send(job).expect("the queue is open");
}
drop(jobs); // the workers stop when the queue is empty
let (report, reports) = crossbeam_channel::unbounded();
thread::scope(|s| {
    for _ in 0..max_concurrent {
        let (queue, report) = (queue.clone(), report.clone());
        s.spawn(move || {
            for (i, url) in queue {
                let _ = report.send((i, fetch(url)));
            }
        });
    }
});
drop(report);
let mut results: Vec<_> = reports.into_iter().collect();
results.sort_by_key(|(i, _)| *i);
results.into_iter().map(|(_, result)| result).collect()
// ANSWER_END: download-all

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
