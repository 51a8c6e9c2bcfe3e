// ANCHOR: submit_after_shutdown
let pool = pools::ThreadPool::new(2).unwrap();
pool.shutdown();
pool.submit(|| 1);
// ANCHOR_END: submit_after_shutdown
