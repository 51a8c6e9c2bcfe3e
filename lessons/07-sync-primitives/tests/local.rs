//! `threading.local` → `thread_local!`: each thread counts on its own copy.

use std::thread;

use sync_primitives::count_request;

#[test]
fn each_thread_counts_on_its_own_copy() {
    let serve = |n: u32| move || (0..n).fold(0, |_, _| count_request());
    let three = thread::spawn(serve(3));
    let five = thread::spawn(serve(5));
    assert_eq!(
        three.join().unwrap(),
        3,
        "not 8: the other thread's requests are not counted"
    );
    assert_eq!(five.join().unwrap(), 5);
    assert_eq!(count_request(), 1, "this thread's copy started at 0");
}
