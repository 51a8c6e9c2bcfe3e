//! The `refcount` group (`benches/benches/refcount.rs`): "`Arc` pays for atomic counts" (lesson
//! 10), cloning and dropping an `Rc` and an `Arc`, on one thread and on two.

use std::fmt::Write as _;

use crate::data::Data;
use crate::format::{thousands, time_ns, times};
use crate::pages::Page;

/// Criterion's group name.
pub const GROUP: &str = "refcount";

/// Clone + drop pairs per thread, per iteration.
pub const CLONES: u64 = 1_000;

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-refcount.md", table),
    Page::new("10-gil-refcount.md", lesson_10),
];

/// What is cloned and dropped, and on how many threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clones {
    /// An `Rc`, on one thread.
    Rc,
    /// An `Arc`, on one thread.
    Arc,
    /// Two threads, an `Arc` each.
    ArcEach,
    /// Two threads, one `Arc`.
    ArcShared,
}

impl Clones {
    /// In the table's order.
    pub const ALL: [Clones; 4] = [Clones::Rc, Clones::Arc, Clones::ArcEach, Clones::ArcShared];

    /// Its criterion function id.
    pub fn id(self) -> &'static str {
        match self {
            Clones::Rc => "Rc::clone + drop",
            Clones::Arc => "Arc::clone + drop, 1 thread",
            Clones::ArcEach => "Arc::clone + drop, 2 threads, an Arc each",
            Clones::ArcShared => "Arc::clone + drop, 2 threads contending",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Clones::Rc => "`Rc::clone` + drop",
            Clones::Arc => "`Arc::clone` + drop, one thread",
            Clones::ArcEach => "`Arc::clone` + drop, two threads, an `Arc` each",
            Clones::ArcShared => "`Arc::clone` + drop, two threads, one `Arc`",
        }
    }

    /// The threads that clone.
    pub fn threads(self) -> u64 {
        match self {
            Clones::Rc | Clones::Arc => 1,
            Clones::ArcEach | Clones::ArcShared => 2,
        }
    }

    /// Nanoseconds per clone + drop as one thread sees it: the time over each thread's share.
    fn per_clone(self, d: &Data) -> Result<f64, String> {
        let threads = self.threads() as f64;
        let bench = d.bench(GROUP, self.id(), "")?;
        Ok(bench.median_ns / (bench.elements.unwrap_or(threads) / threads))
    }
}

fn table(d: &Data) -> Result<String, String> {
    let clones = d.elements(GROUP, Clones::Rc.id(), "")?;
    let rc = Clones::Rc.per_clone(d)?;
    let mut t = format!(
        "{} clones and drops on each thread per iteration; the two-thread rows start their threads before the clock starts.\n\n",
        thousands(clones as u64)
    );
    t.push_str("| | time | per clone + drop, on each thread | vs `Rc` |\n|---|---|---|---|\n");
    for clones in Clones::ALL {
        let each = clones.per_clone(d)?;
        writeln!(
            t,
            "| {} | {} | {} | {} |",
            clones.label(),
            time_ns(d.median(GROUP, clones.id(), "")?),
            time_ns(each),
            times(each / rc)
        )
        .unwrap();
    }
    let arc = Clones::Arc.per_clone(d)?;
    writeln!(
        t,
        "\nAn uncontended `Arc::clone` + drop cost {} an `Rc`'s; two threads with an `Arc` each, {}; two threads on one `Arc`, {} an uncontended `Arc`'s.",
        times(arc / rc),
        times(Clones::ArcEach.per_clone(d)? / rc),
        times(Clones::ArcShared.per_clone(d)? / arc),
    )
    .unwrap();
    Ok(t)
}

fn lesson_10(d: &Data) -> Result<String, String> {
    let rc = Clones::Rc.per_clone(d)?;
    let arc = Clones::Arc.per_clone(d)?;
    Ok(format!(
        "Measured ({}): `Arc::clone` + drop cost {} `Rc::clone` + drop on one thread ({} against {}), and {} when two threads shared one `Arc`.\n",
        d.day(),
        times(arc / rc),
        time_ns(arc),
        time_ns(rc),
        time_ns(Clones::ArcShared.per_clone(d)?),
    ))
}
