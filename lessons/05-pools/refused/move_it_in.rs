// ANCHOR: move_it_in
let pool = pools::ThreadPool::new(2).unwrap();
let names = vec!["a", "b"];
let handle = pool.submit(move || names.len()); // the task owns `names` now
assert_eq!(handle.result(), Ok(2));
// ANCHOR_END: move_it_in
