//! `work` is the tests' own: it notes which chunk each call got and on which thread, and the
//! first chunks wait (up to a moment) for another to be running, so chunks that *can* run at the
//! same time do, on every run.

use std::collections::HashSet;
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use ex11_sum_with_rayon::{CHUNK, sum_isqrt, sum_on_rayon};
use grader::Meeting;

fn numbers(n: usize) -> Vec<u64> {
    (0..n as u64).collect()
}

/// A pool of 4 threads, whatever this machine's cores: `install` runs rayon's work on it.
fn pool() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .thread_name(|i| format!("rayon-{i}"))
        .build()
        .expect("the OS could not start 4 threads")
}

#[test]
fn the_sum_is_the_sequential_sum() {
    for n in [0, 1, CHUNK, 5 * CHUNK + 7] {
        let numbers = numbers(n);
        assert_eq!(
            sum_on_rayon(&numbers, sum_isqrt),
            sum_isqrt(&numbers),
            "{n} numbers: the chunks' sums must add up to the sum of all the numbers"
        );
    }
}

#[test]
fn work_gets_every_number_once_in_chunks_of_chunk_numbers() {
    let numbers = numbers(3 * CHUNK + 10);
    let chunks = Mutex::new(Vec::new());
    let total = sum_on_rayon(&numbers, |chunk| {
        // The numbers are 0, 1, 2, ..., so a chunk's first number is where it starts.
        chunks
            .lock()
            .unwrap()
            .push((chunk.first().copied(), chunk.len()));
        sum_isqrt(chunk)
    });
    let mut chunks = chunks.into_inner().unwrap();
    chunks.sort();
    let want: Vec<_> = [
        (0, CHUNK),
        (CHUNK, CHUNK),
        (2 * CHUNK, CHUNK),
        (3 * CHUNK, 10),
    ]
    .map(|(first, len)| (Some(first as u64), len))
    .into();
    assert_eq!(
        chunks,
        want,
        "{} numbers: `work` must get 4 chunks, (first number, length) = {want:?}: call it on \
         chunks of CHUNK numbers, as `par_chunks(CHUNK)` makes them",
        numbers.len()
    );
    assert_eq!(total, sum_isqrt(&numbers), "the sum of the chunks' sums");
}

#[test]
fn several_threads_of_the_pool_share_the_chunks() {
    // Each of the first two chunks waits (up to 2 s) for another one to be running: two meet
    // only if two threads work at the same time.
    let numbers = numbers(8 * CHUNK);
    let meeting = Meeting::with_patience(2, Duration::from_secs(2));
    let seen = Mutex::new(Vec::new());
    let total = pool().install(|| {
        sum_on_rayon(&numbers, |chunk| {
            meeting.pause();
            seen.lock().unwrap().push(thread::current().id());
            sum_isqrt(chunk)
        })
    });
    let seen = seen.into_inner().unwrap();
    assert!(
        !seen.is_empty(),
        "`work` was never called: call it on every chunk"
    );
    let threads: HashSet<_> = seen.iter().collect();
    assert!(
        threads.len() >= 2 && meeting.met(),
        "on a pool of 4 threads, your {} chunks all ran on one thread, one after another: \
         `chunks` is an ordinary iterator; rayon's `par_chunks` hands the chunks to the pool",
        seen.len()
    );
    assert_eq!(total, sum_isqrt(&numbers), "the sum of the chunks' sums");
}
