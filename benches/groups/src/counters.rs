//! The `counters` group (`benches/benches/counters.rs`): "atomics beat a mutex for a counter"
//! (lessons 06 and 07), the same increments from 1, 2 and 4 threads through each way of sharing
//! a counter.

use std::fmt::Write as _;

use crate::data::Data;
use crate::format::{million, millions, thousands, time_ns, times};
use crate::pages::Page;

/// Criterion's group name.
pub const GROUP: &str = "counters";

/// Increments per thread, per iteration.
pub const INCREMENTS: u64 = 10_000;

/// The thread counts, the table's columns.
pub const THREADS: [usize; 3] = [1, 2, 4];

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-counters.md", table),
    Page::new("06-race-conditions-counters.md", lesson_06),
    Page::new("07-sync-primitives-contention.md", lesson_07),
];

/// A way to share a counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counter {
    /// `std::sync::Mutex<u64>`.
    StdMutex,
    /// `parking_lot::Mutex<u64>`.
    ParkingLot,
    /// `AtomicU64::fetch_add` with `Relaxed`.
    Relaxed,
    /// `AtomicU64::fetch_add` with `SeqCst`.
    SeqCst,
    /// A counter per thread, summed at the end.
    PerThread,
}

impl Counter {
    /// In the table's order.
    pub const ALL: [Counter; 5] = [
        Counter::StdMutex,
        Counter::ParkingLot,
        Counter::Relaxed,
        Counter::SeqCst,
        Counter::PerThread,
    ];

    /// Its criterion function id.
    pub fn id(self) -> &'static str {
        match self {
            Counter::StdMutex => "std Mutex<u64>",
            Counter::ParkingLot => "parking_lot Mutex<u64>",
            Counter::Relaxed => "AtomicU64 Relaxed",
            Counter::SeqCst => "AtomicU64 SeqCst",
            Counter::PerThread => "per-thread, summed",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Counter::StdMutex => "`std::sync::Mutex<u64>`",
            Counter::ParkingLot => "`parking_lot::Mutex<u64>`",
            Counter::Relaxed => "`AtomicU64::fetch_add`, `Relaxed`",
            Counter::SeqCst => "`AtomicU64::fetch_add`, `SeqCst`",
            Counter::PerThread => "a counter per thread, summed at the end",
        }
    }

    /// Increments a second, all threads together.
    fn rate(self, d: &Data, threads: usize) -> Result<f64, String> {
        d.rate(GROUP, self.id(), &threads.to_string())
    }

    /// How many times `other`'s increments a second this one did.
    fn over(self, other: Counter, d: &Data, threads: usize) -> Result<String, String> {
        Ok(times(self.rate(d, threads)? / other.rate(d, threads)?))
    }
}

fn table(d: &Data) -> Result<String, String> {
    let per_thread = d.elements(GROUP, Counter::Relaxed.id(), "1")?;
    let mut t = format!(
        "{} increments per thread per iteration, the threads started before the clock starts; increments a second, all threads together.\n\n",
        thousands(per_thread as u64)
    );
    t.push_str("| way to count | 1 thread | 2 threads | 4 threads |\n|---|---|---|---|\n");
    for counter in Counter::ALL {
        let [one, two, four] = THREADS.map(|threads| counter.rate(d, threads));
        let (one, two, four) = (millions(one?), millions(two?), millions(four?));
        writeln!(t, "| {} | {one} | {two} | {four} |", counter.label()).unwrap();
    }
    t.push_str(&summary(d)?);
    Ok(t)
}

fn summary(d: &Data) -> Result<String, String> {
    use Counter::{ParkingLot, PerThread, Relaxed, StdMutex};
    Ok(format!(
        "\nWith one thread an increment cost {} under `std`'s `Mutex` and {} with `fetch_add`. With 2 threads, `fetch_add` did {} the increments a second of `std`'s `Mutex` and {} of parking_lot's (4 threads: {} and {}); a counter per thread did {} the `fetch_add`'s (4 threads: {}).\n",
        time_ns(1e9 / StdMutex.rate(d, 1)?),
        time_ns(1e9 / Relaxed.rate(d, 1)?),
        Relaxed.over(StdMutex, d, 2)?,
        Relaxed.over(ParkingLot, d, 2)?,
        Relaxed.over(StdMutex, d, 4)?,
        Relaxed.over(ParkingLot, d, 4)?,
        PerThread.over(Relaxed, d, 2)?,
        PerThread.over(Relaxed, d, 4)?,
    ))
}

fn lesson_06(d: &Data) -> Result<String, String> {
    use Counter::{PerThread, Relaxed, StdMutex};
    Ok(format!(
        "Measured ({}) with 2 threads contending: `fetch_add` did {} the increments a second of a `Mutex` ({} with 4 threads), and a counter per thread summed at the end did {} the `fetch_add`'s.\n",
        d.day(),
        Relaxed.over(StdMutex, d, 2)?,
        Relaxed.over(StdMutex, d, 4)?,
        PerThread.over(Relaxed, d, 2)?,
    ))
}

fn lesson_07(d: &Data) -> Result<String, String> {
    use Counter::{ParkingLot, Relaxed, StdMutex};
    Ok(format!(
        "Measured ({}) with 2 threads incrementing one counter: {} increments a second under `std::sync::Mutex`, {} under parking_lot's `Mutex`, {} with `AtomicU64::fetch_add`.\n",
        d.day(),
        million(StdMutex.rate(d, 2)?),
        million(ParkingLot.rate(d, 2)?),
        million(Relaxed.rate(d, 2)?),
    ))
}
