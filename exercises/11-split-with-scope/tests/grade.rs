mod common;

use std::collections::HashSet;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::thread;

use common::Meeting;
use ex11_split_with_scope::{sum_isqrt, sum_on_threads};

fn numbers(n: u64) -> Vec<u64> {
    (0..n).collect()
}

#[test]
fn the_sum_is_the_sequential_sum() {
    let numbers = numbers(100_003);
    let want = sum_isqrt(&numbers);
    for threads in [1, 2, 3, 4, 7] {
        assert_eq!(
            sum_on_threads(&numbers, threads, sum_isqrt),
            want,
            "on {threads} threads: the chunks' sums must add up to the sum of all the numbers, \
             each number counted once"
        );
    }
}

#[test]
fn fewer_numbers_than_threads_and_no_numbers_at_all() {
    for (numbers, want) in [(vec![1, 4, 9], 6), (vec![], 0)] {
        let got = panic::catch_unwind(AssertUnwindSafe(|| sum_on_threads(&numbers, 8, sum_isqrt)));
        let got = got.unwrap_or_else(|payload| {
            let why = if timing::panic_message(&*payload).contains("chunk size") {
                ": with fewer numbers than threads, `len / threads` is 0, and `chunks(0)` \
                 panics. A chunk needs at least one number"
            } else {
                ""
            };
            panic!("sum_on_threads(&{numbers:?}, 8, sum_isqrt) panicked (see above){why}")
        });
        assert_eq!(got, want, "sum_on_threads(&{numbers:?}, 8, sum_isqrt)");
    }
}

#[test]
fn every_number_is_in_one_chunk_and_each_thread_has_one_chunk() {
    let numbers = numbers(1003);
    let chunks = Mutex::new(Vec::new());
    let total = sum_on_threads(&numbers, 4, |chunk| {
        // The numbers are 0..1003, so a chunk's first number is where it starts.
        chunks
            .lock()
            .unwrap()
            .push((chunk.first().copied(), chunk.len()));
        sum_isqrt(chunk)
    });
    let mut chunks = chunks.into_inner().unwrap();
    chunks.sort();
    assert_eq!(
        chunks.len(),
        4,
        "4 threads: split the 1003 numbers into 4 chunks, one per thread; yours were {chunks:?} \
         as (first number, length). `chunks(len / threads)` leaves the remainder as one chunk \
         too many: `len.div_ceil(threads)` numbers per chunk does not"
    );
    let mut next = 0;
    for &(first, len) in &chunks {
        assert_eq!(
            first,
            Some(next),
            "the chunks must cover 0..1003 with no gap, no overlap and no empty chunk; yours \
             were {chunks:?} as (first number, length)"
        );
        next += len as u64;
    }
    assert_eq!(
        next, 1003,
        "the chunks {chunks:?} stop before the last number"
    );
    assert_eq!(total, sum_isqrt(&numbers), "the sum of the chunks' sums");
}

#[test]
fn the_chunks_run_at_the_same_time_on_threads_of_their_own() {
    // Each chunk waits (up to a moment) until all four are running: they meet only if every
    // thread was started before the first one is joined.
    let numbers = numbers(100_000);
    let meeting = Meeting::new(4);
    let seen = Mutex::new(Vec::new());
    let total = sum_on_threads(&numbers, 4, |chunk| {
        let met = meeting.wait();
        seen.lock().unwrap().push((thread::current().id(), met));
        sum_isqrt(chunk)
    });
    let seen = seen.into_inner().unwrap();
    let threads: HashSet<_> = seen.iter().map(|(thread, _)| thread).collect();
    assert_eq!(
        threads.len(),
        4,
        "the 4 chunks ran on {} thread(s): give each chunk a thread of its own, with `s.spawn` \
         inside `thread::scope`",
        threads.len()
    );
    let met = seen.iter().filter(|(_, met)| *met).count();
    assert_eq!(
        met, 4,
        "the 4 chunks never ran all at the same time: each thread was joined before the next \
         one started. Start them all first, collecting the handles into a Vec; iterators are \
         lazy, so `.map(spawn).map(join)` spawns one, joins it, then spawns the next"
    );
    assert_eq!(total, sum_isqrt(&numbers), "the sum of the chunks' sums");
}
