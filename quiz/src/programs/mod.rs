//! The quiz's programs, one module per lesson. Each is a complete item between `// ANCHOR:`
//! lines: the book and the terminal show exactly that text, and the explorer runs exactly that
//! code. The `use` lines above the anchors bring in the model's stand-ins for std and tokio.

use crate::model::{self, Exploration};

/// One program a question shows.
#[derive(Debug, Clone, Copy)]
pub struct Program {
    /// The function's name, which is also its anchor.
    pub name: &'static str,
    /// Runs the program once (inside the explorer).
    pub run: fn(),
    /// The whole source file it is in.
    pub source: &'static str,
    /// That file's path, as the compiler names it (relative to the workspace).
    pub file: &'static str,
}

/// Lists a lesson module's programs: `programs! { fn a, async b }` (`async`: an `async fn`).
#[macro_export]
#[doc(hidden)]
macro_rules! programs {
    ($($kind:ident $name:ident),* $(,)?) => {
        /// This lesson's programs.
        pub const PROGRAMS: &[$crate::programs::Program] = &[$(
            $crate::programs::Program {
                name: stringify!($name),
                run: $crate::programs!(@run $kind $name),
                source: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../", file!())),
                file: file!(),
            }
        ),*];
    };
    (@run fn $name:ident) => { $name };
    (@run async $name:ident) => {{
        fn run() {
            $crate::model::tokio::block_on($name())
        }
        run
    }};
}

pub mod l01;
pub mod l02;
pub mod l03;
pub mod l04;
pub mod l05;
pub mod l06;
pub mod l07;
pub mod l08;
pub mod l09;
pub mod l10;
pub mod l11;
pub mod l12;
pub mod l13;
pub mod l14;

/// Every lesson's programs, by lesson number.
pub fn lesson(number: u32) -> &'static [Program] {
    match number {
        1 => l01::PROGRAMS,
        2 => l02::PROGRAMS,
        3 => l03::PROGRAMS,
        4 => l04::PROGRAMS,
        5 => l05::PROGRAMS,
        6 => l06::PROGRAMS,
        7 => l07::PROGRAMS,
        8 => l08::PROGRAMS,
        9 => l09::PROGRAMS,
        10 => l10::PROGRAMS,
        11 => l11::PROGRAMS,
        12 => l12::PROGRAMS,
        13 => l13::PROGRAMS,
        14 => l14::PROGRAMS,
        _ => &[],
    }
}

impl Program {
    /// The program's listing: the lines between its anchors ([`anchors::slice`]), and the file
    /// line of its `ANCHOR:` marker (so file line `n` is listing line `n - offset`).
    pub fn listing(&self) -> (Vec<&'static str>, u32) {
        let open = Some((anchors::Mark::Open, self.name));
        let offset = self
            .source
            .lines()
            .position(|line| anchors::marker(line, "ANCHOR") == open)
            .map_or(0, |n| n as u32 + 1);
        (
            anchors::slice(self.source, self.name).unwrap_or_default(),
            offset,
        )
    }

    /// Every outcome of the program, explored once per process and kept.
    pub fn explore(&self) -> Result<&'static Exploration, String> {
        use std::collections::HashMap;
        use std::sync::{Mutex, OnceLock};
        type Cache =
            Mutex<HashMap<(&'static str, &'static str), &'static Result<Exploration, String>>>;
        static CACHE: OnceLock<Cache> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        let key = (self.file, self.name);
        let known = cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .copied();
        let found = match known {
            Some(found) => found,
            None => {
                // Leaked once per program per process: the explorations live as long as it.
                let found: &'static _ = Box::leak(Box::new(model::explore(self.run)));
                cache
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key, found);
                found
            }
        };
        found.as_ref().map_err(|e| format!("{}: {e}", self.name))
    }
}
