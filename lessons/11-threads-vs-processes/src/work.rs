//! The seed's CPU-bound work, run one unit after another and on threads.

use std::thread;

/// How many slices one unit of work is cut into, so that progress can be reported.
pub const SLICES: u64 = 50;

// ANCHOR: unit
/// One unit of the seed's work: [`timing::sqrt_loop`] over `iterations` numbers, run as
/// [`SLICES`] slices with `on_slice` called after each. Returns the sum of the square roots,
/// so that two runs can be checked to have done the same work.
pub fn unit_of_work(iterations: u64, mut on_slice: impl FnMut()) -> f64 {
    let mut sum = 0.0;
    for _ in 0..SLICES {
        sum += timing::sqrt_loop(iterations / SLICES);
        on_slice();
    }
    sum
}
// ANCHOR_END: unit

// ANCHOR: sequential
/// The units one after another on this thread (`sequential N` spans). Returns each unit's
/// sum; `progress(i)` runs after each slice of unit `i`.
pub fn run_sequential(units: usize, iterations: u64, progress: impl Fn(usize)) -> Vec<f64> {
    (0..units)
        .map(|i| {
            timing::span(format!("sequential {i}"), || {
                unit_of_work(iterations, || progress(i))
            })
        })
        .collect()
}
// ANCHOR_END: sequential

// ANCHOR: threads
/// One thread per unit, all at once (`thread N` spans). Returns each unit's sum, in unit
/// order; `progress(i)` runs on unit `i`'s thread after each of its slices.
pub fn run_threads(units: usize, iterations: u64, progress: impl Fn(usize) + Sync) -> Vec<f64> {
    let progress = &progress;
    thread::scope(|s| {
        let handles: Vec<_> = (0..units)
            .map(|i| {
                // ANCHOR: spawn_thread
                s.spawn(move || {
                    timing::span(format!("thread {i}"), || {
                        unit_of_work(iterations, || progress(i))
                    })
                })
                // ANCHOR_END: spawn_thread
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("the work does not panic"))
            .collect()
    })
}
// ANCHOR_END: threads
