mod common;

use std::time::Instant;

use common::{TICK, ms, on_executor, ticks_during_hash};
use ex13_unblock_the_executor::{blocking_hash, hash_async};

#[test]
fn it_returns_the_hash_of_the_data() {
    let data = b"to_thread".to_vec();
    let expected = blocking_hash(data.clone(), ms(0));
    let got = on_executor(move || hash_async(data, ms(10)));
    assert_eq!(
        got, expected,
        "hash_async should return what blocking_hash returns for the same data"
    );
}

#[test]
fn other_tasks_keep_running_while_it_hashes() {
    let ticks = on_executor(|| ticks_during_hash(ms(150)));
    assert!(
        ticks >= 5,
        "a ticker task on the same runtime ticked {ticks} time(s) during a 150 ms hash, though it \
         ticks every {TICK:?}: blocking_hash held the runtime's only thread, and no other task \
         could run. Run it on tokio's blocking pool (asyncio.to_thread) and await that"
    );
}

#[test]
fn two_hashes_at_once_take_the_time_of_one() {
    let took = on_executor(|| async {
        let start = Instant::now();
        tokio::join!(
            hash_async(b"first".to_vec(), ms(150)),
            hash_async(b"second".to_vec(), ms(150))
        );
        start.elapsed()
    });
    assert!(
        took < ms(250),
        "two 150 ms hashes awaited together with tokio::join! took {took:?}, as long as one \
         after the other: each held the runtime's thread until it was done. On the blocking \
         pool, each gets a thread of its own and the two run at once"
    );
}
