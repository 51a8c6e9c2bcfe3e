//! `work` is the tests' own: it notes which chunk each call got and on which thread, and waits
//! (up to a moment) for the other chunks to be running too, so chunks that *can* run at the same
//! time do, on every run.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use ex11_split_with_scope::{sum_isqrt, sum_on_threads};
use grader::Meeting;

/// Longer than any correct answer takes, by far.
const LIMIT: Duration = Duration::from_secs(5);

fn numbers(n: u64) -> Vec<u64> {
    (0..n).collect()
}

#[test]
fn the_sum_is_the_sequential_sum() {
    let numbers = numbers(10_003);
    let want = sum_isqrt(&numbers);
    for threads in [1, 2, 3, 4, 7] {
        let numbers = numbers.clone();
        let got = grader::within(LIMIT, "sum_on_threads never returned", move || {
            sum_on_threads(&numbers, threads, sum_isqrt)
        });
        assert_eq!(
            got, want,
            "on {threads} threads: the chunks' sums must add up to the sum of all the numbers, \
             each number counted once"
        );
    }
}

#[test]
fn fewer_numbers_than_threads_and_no_numbers_at_all() {
    for (numbers, want) in [(vec![1, 4, 9], 6), (vec![], 0)] {
        let shown = format!("{numbers:?}");
        let got = std::panic::catch_unwind(|| sum_on_threads(&numbers, 8, sum_isqrt));
        let got = got.unwrap_or_else(|payload| {
            let why = if grader::payload_text(&*payload).contains("chunk size") {
                ": with fewer numbers than threads, `len / threads` is 0, and `chunks(0)` \
                 panics. A chunk needs at least one number"
            } else {
                ""
            };
            panic!("sum_on_threads(&{shown}, 8, sum_isqrt) panicked (see above){why}")
        });
        assert_eq!(got, want, "sum_on_threads(&{shown}, 8, sum_isqrt)");
    }
}

#[test]
fn every_number_is_in_one_chunk_and_each_thread_has_one_chunk() {
    let chunks = Arc::new(Mutex::new(Vec::new()));
    let noted = Arc::clone(&chunks);
    let total = grader::within(LIMIT, "sum_on_threads never returned", move || {
        sum_on_threads(&numbers(1003), 4, |chunk| {
            // The numbers are 0..1003, so a chunk's first number is where it starts.
            let first = chunk.first().copied();
            noted.lock().unwrap().push((first, chunk.len()));
            sum_isqrt(chunk)
        })
    });
    let mut chunks = chunks.lock().unwrap().clone();
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
        "the chunks {chunks:?} (first number, length) stop before the last number"
    );
    let lengths = chunks.iter().map(|&(_, len)| len);
    let (shortest, longest) = (lengths.clone().min(), lengths.max());
    assert!(
        longest.zip(shortest).is_some_and(|(l, s)| l - s < 4),
        "chunks of nearly equal size: yours were {chunks:?} (first number, length)"
    );
    assert_eq!(
        total,
        sum_isqrt(&numbers(1003)),
        "the sum of the chunks' sums"
    );
}

#[test]
fn the_chunks_run_at_the_same_time_on_threads_of_their_own() {
    // Each chunk waits (up to 2 s) until all four are running: they meet only if every thread
    // was started before the first one is joined.
    let meeting = Arc::new(Meeting::with_patience(4, Duration::from_secs(2)));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (pausing, noting) = (Arc::clone(&meeting), Arc::clone(&seen));
    let (caller, total) = grader::within(LIMIT, "sum_on_threads never returned", move || {
        let total = sum_on_threads(&numbers(10_000), 4, |chunk| {
            pausing.pause();
            noting.lock().unwrap().push(thread::current().id());
            sum_isqrt(chunk)
        });
        (thread::current().id(), total)
    });
    let seen = seen.lock().unwrap().clone();
    let threads: HashSet<_> = seen.iter().filter(|&&t| t != caller).collect();
    assert_eq!(
        threads.len(),
        4,
        "the 4 chunks ran on {} thread(s) besides the caller's: give each chunk a thread of its \
         own, with `s.spawn` inside `thread::scope`",
        threads.len()
    );
    assert!(
        meeting.met(),
        "the 4 chunks never ran all at the same time: each thread was joined before the next \
         one started. Start them all first, collecting the handles into a Vec; iterators are \
         lazy, so `.map(spawn).map(join)` spawns one, joins it, then spawns the next"
    );
    assert_eq!(
        total,
        sum_isqrt(&numbers(10_000)),
        "the sum of the chunks' sums"
    );
}
