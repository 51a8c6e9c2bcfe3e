//! The report's command line.

use std::path::PathBuf;

use clap::Parser;

/// `cargo run -p benches --bin report`: runs every benchmark and the Python comparison, records
/// lesson 10's timeline, and writes what the book includes into `docs/src/generated/`.
#[derive(Debug, Clone, PartialEq, Eq, Parser)]
#[command(name = "report")]
pub struct Args {
    /// A few milliseconds per benchmark, to prove the pipeline (not measurements); without
    /// --out, into a fresh temporary folder
    #[arg(long)]
    pub quick: bool,

    /// Keep everything in DIR (results/, criterion/, generated/); the book is untouched
    #[arg(long, value_name = "DIR", value_parser = absolute)]
    pub out: Option<PathBuf>,

    /// Run nothing: regenerate the files from the last run's results (the last full run's, or
    /// those in --out DIR)
    #[arg(long, conflicts_with = "quick")]
    pub skip_run: bool,

    /// Only check that every figure the book includes exists, from a full run
    #[arg(long, conflicts_with_all = ["quick", "out", "skip_run"])]
    pub check: bool,
}

/// `--out`, made absolute: the benches that write into it run in `benches/`, not here.
fn absolute(dir: &str) -> Result<PathBuf, String> {
    if dir.is_empty() {
        return Err("an empty path names no folder".to_string());
    }
    std::path::absolute(dir).map_err(|e| e.to_string())
}
