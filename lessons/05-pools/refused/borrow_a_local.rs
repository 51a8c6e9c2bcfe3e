// ANCHOR: borrow_a_local
let pool = pools::ThreadPool::new(2).unwrap();
let names = vec!["a", "b"];
let handle = pool.submit(|| names.len());
// ANCHOR_END: borrow_a_local
