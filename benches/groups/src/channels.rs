//! The `channels` group (`benches/benches/channels.rs`): "use crossbeam's channels in
//! production" (lesson 08), [`MESSAGES`] `u64`s from producers to consumers through each kind of
//! queue.

use std::fmt::Write as _;

use crate::compare::{QUEUE_LOCK, Side};
use crate::data::Data;
use crate::format::{million, millions, thousands, times};
use crate::pages::Page;

/// Criterion's group name.
pub const GROUP: &str = "channels";

/// Messages per iteration, in total, split between the producers.
pub const MESSAGES: u64 = 20_000;

/// Every queue's bound (but `unbounded`'s).
pub const CAPACITY: usize = 1024;

/// Producers and consumers: one to one, and four to four.
pub const SHAPES: [Shape; 2] = [Shape(1, 1), Shape(4, 4)];

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-channels.md", table),
    Page::new("08-producer-consumer-queues.md", lesson_08),
];

/// How many producers send to how many consumers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape(pub u64, pub u64);

impl Shape {
    /// Its criterion parameter: `1→1`.
    pub fn id(self) -> String {
        format!("{}→{}", self.0, self.1)
    }
}

/// A kind of queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Lesson 08's `Queue` (a `Mutex` and `Condvar`s).
    Teaching,
    /// `std::sync::mpsc::sync_channel`.
    StdSync,
    /// `crossbeam_channel::bounded`.
    Bounded,
    /// `crossbeam_channel::unbounded`.
    Unbounded,
}

impl Queue {
    /// In the table's order.
    pub const ALL: [Queue; 4] = [
        Queue::Teaching,
        Queue::StdSync,
        Queue::Bounded,
        Queue::Unbounded,
    ];

    /// Its criterion function id.
    pub fn id(self) -> &'static str {
        match self {
            Queue::Teaching => "teaching Queue (lesson 08)",
            Queue::StdSync => "std mpsc::sync_channel",
            Queue::Bounded => "crossbeam bounded",
            Queue::Unbounded => "crossbeam unbounded",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Queue::Teaching => "teaching `Queue` (a Mutex and Condvars)",
            Queue::StdSync => {
                "`std::sync::mpsc::sync_channel` (for 4 → 4, one receiver behind a `Mutex`)"
            }
            Queue::Bounded => "`crossbeam_channel::bounded`",
            Queue::Unbounded => "`crossbeam_channel::unbounded`",
        }
    }

    /// Messages a second.
    fn rate(self, d: &Data, shape: Shape) -> Result<f64, String> {
        d.rate(GROUP, self.id(), &shape.id())
    }
}

fn table(d: &Data) -> Result<String, String> {
    let messages = d.elements(GROUP, Queue::Bounded.id(), &SHAPES[0].id())?;
    let mut t = format!(
        "{} `u64` messages per iteration, queues bounded at {} slots except `unbounded`; messages a second.\n\n",
        thousands(messages as u64),
        thousands(CAPACITY as u64)
    );
    t.push_str("| queue | 1 → 1 | 4 → 4 |\n|---|---|---|\n");
    for queue in Queue::ALL {
        let [one, four] = SHAPES.map(|shape| queue.rate(d, shape));
        writeln!(
            t,
            "| {} | {} | {} |",
            queue.label(),
            millions(one?),
            millions(four?)
        )
        .unwrap();
    }
    let ratio = |shape: Shape| -> Result<String, String> {
        Ok(times(
            Queue::Bounded.rate(d, shape)? / Queue::Teaching.rate(d, shape)?,
        ))
    };
    writeln!(
        t,
        "\ncrossbeam's bounded channel moved {} as many messages a second as the teaching `Queue` from one thread to one, and {} from four to four.",
        ratio(SHAPES[0])?,
        ratio(SHAPES[1])?
    )
    .unwrap();
    Ok(t)
}

fn lesson_08(d: &Data) -> Result<String, String> {
    let queue = Queue::Teaching.rate(d, SHAPES[0])?;
    let crossbeam = Queue::Bounded.rate(d, SHAPES[0])?;
    Ok(format!(
        "Measured ({}) from one thread to another: the teaching `Queue` moved {} messages a second and crossbeam's bounded channel {}, {} as many. Like for like, {}'s `queue.Queue` moved {} a second and the teaching `Queue` {} in the comparison run.\n",
        d.day(),
        million(queue),
        million(crossbeam),
        times(crossbeam / queue),
        d.python_name(Side::Python),
        million(d.row(Side::Python, QUEUE_LOCK)?.median() * 1e6),
        million(d.row(Side::Rust, QUEUE_LOCK)?.median() * 1e6),
    ))
}
