//! The `pools` group (`benches/benches/pools.rs`): "a pool beats a thread per task" (lesson 05),
//! [`TASKS`] tasks through lesson 05's teaching pool, rayon and a thread per task.

use std::fmt::Write as _;

use crate::data::Data;
use crate::format::{thousands, time_ns, times};
use crate::pages::Page;

/// Criterion's group name.
pub const GROUP: &str = "pools";

/// Tasks per iteration.
pub const TASKS: u64 = 1_000;

/// The pages written from this group.
pub const PAGES: &[Page] = &[
    Page::new("perf-pools.md", table),
    Page::new("05-pools-tiny-tasks.md", lesson_05),
];

/// A way to run the tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// `thread::spawn` for each task.
    ThreadPerTask,
    /// Lesson 05's `ThreadPool`.
    Teaching,
    /// `rayon::scope` and `spawn`.
    RayonScope,
    /// rayon's `par_iter`.
    RayonParIter,
}

impl Way {
    /// In the table's order.
    pub const ALL: [Way; 4] = [
        Way::ThreadPerTask,
        Way::Teaching,
        Way::RayonScope,
        Way::RayonParIter,
    ];

    /// Its criterion function id.
    pub fn id(self) -> &'static str {
        match self {
            Way::ThreadPerTask => "a thread per task",
            Way::Teaching => "teaching pool",
            Way::RayonScope => "rayon scope + spawn",
            Way::RayonParIter => "rayon par_iter",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Way::ThreadPerTask => "a thread per task",
            Way::Teaching => "teaching pool (lesson 05)",
            Way::RayonScope => "rayon `scope` + `spawn`",
            Way::RayonParIter => "rayon `par_iter`",
        }
    }

    fn median(self, d: &Data, task: Task) -> Result<f64, String> {
        d.median(GROUP, self.id(), task.id())
    }
}

/// How big each task is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Nothing: only the overhead is measured.
    Tiny,
    /// `sqrt_loop(`[`Task::iterations`]`)`.
    SmallCpu,
}

impl Task {
    /// Both sizes.
    pub const ALL: [Task; 2] = [Task::Tiny, Task::SmallCpu];

    /// Its criterion parameter.
    pub fn id(self) -> &'static str {
        match self {
            Task::Tiny => "tiny",
            Task::SmallCpu => "small CPU",
        }
    }

    /// The iterations of the sqrt loop each task runs.
    pub fn iterations(self) -> u64 {
        match self {
            Task::Tiny => 0,
            Task::SmallCpu => 2_000,
        }
    }
}

fn table(d: &Data) -> Result<String, String> {
    let tasks = d.elements(GROUP, Way::Teaching.id(), Task::Tiny.id())?;
    let mut t = format!(
        "{} tasks on pools of {} threads (the CPU count). *Tiny* tasks do nothing; *small CPU* tasks run `sqrt_loop({})`.\n\n",
        thousands(tasks as u64),
        d.cores(),
        Task::SmallCpu.iterations()
    );
    t.push_str("| way to run them | tiny: all | tiny: per task | small CPU: all | small CPU: per task |\n|---|---|---|---|---|\n");
    for way in Way::ALL {
        let tiny = way.median(d, Task::Tiny)?;
        let small = way.median(d, Task::SmallCpu)?;
        writeln!(
            t,
            "| {} | {} | {} | {} | {} |",
            way.label(),
            time_ns(tiny),
            time_ns(tiny / tasks),
            time_ns(small),
            time_ns(small / tasks)
        )
        .unwrap();
    }
    writeln!(
        t,
        "\nA thread per task cost {} the teaching pool on tiny tasks and {} on small ones; rayon's `scope` + `spawn` cost {} the teaching pool on tiny tasks, and `par_iter` {}.",
        ratio(d, Way::ThreadPerTask, Task::Tiny)?,
        ratio(d, Way::ThreadPerTask, Task::SmallCpu)?,
        ratio(d, Way::RayonScope, Task::Tiny)?,
        ratio(d, Way::RayonParIter, Task::Tiny)?,
    )
    .unwrap();
    Ok(t)
}

/// How many times the teaching pool's time `way` took on `task`s.
fn ratio(d: &Data, way: Way, task: Task) -> Result<String, String> {
    Ok(times(way.median(d, task)? / Way::Teaching.median(d, task)?))
}

fn lesson_05(d: &Data) -> Result<String, String> {
    let tiny = Task::Tiny; // tasks that do nothing
    Ok(format!(
        "Measured ({}) on tasks that do nothing: a thread per task cost {} the teaching pool ({} against {} for {} tasks); rayon's `scope` + `spawn` cost {} the teaching pool, and `par_iter` {}.\n",
        d.day(),
        ratio(d, Way::ThreadPerTask, tiny)?,
        time_ns(Way::ThreadPerTask.median(d, tiny)?),
        time_ns(Way::Teaching.median(d, tiny)?),
        thousands(TASKS),
        ratio(d, Way::RayonScope, tiny)?,
        ratio(d, Way::RayonParIter, tiny)?,
    ))
}
