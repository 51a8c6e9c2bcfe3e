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

#[cfg(test)]
mod tests {
    use clap::error::ErrorKind;

    use super::*;

    fn parse(args: &[&str]) -> Result<Args, clap::Error> {
        Args::try_parse_from(std::iter::once("report").chain(args.iter().copied()))
    }

    /// The error's kind, its exit code, and whether its message names each of `names`.
    fn refused(args: &[&str], kind: ErrorKind, names: &[&str]) {
        let error = parse(args).expect_err("refused");
        assert_eq!(error.kind(), kind, "{args:?}");
        assert_eq!(error.exit_code(), 2, "{args:?}");
        let message = error.to_string();
        for name in names {
            assert!(message.contains(name), "{message:?} names {name}");
        }
    }

    #[test]
    fn an_unknown_flag_is_named() {
        refused(&["--fast"], ErrorKind::UnknownArgument, &["--fast"]);
        refused(&["quick"], ErrorKind::UnknownArgument, &["quick"]);
    }

    #[test]
    fn out_needs_a_folder() {
        refused(&["--out"], ErrorKind::InvalidValue, &["--out"]);
        refused(&["--out", ""], ErrorKind::ValueValidation, &["--out"]);
    }

    #[test]
    fn check_goes_alone() {
        for other in [&["--quick"][..], &["--skip-run"], &["--out", "x"]] {
            let args: Vec<&str> = ["--check"].iter().chain(other).copied().collect();
            refused(&args, ErrorKind::ArgumentConflict, &["--check", other[0]]);
        }
    }

    #[test]
    fn a_quick_run_is_a_run() {
        refused(
            &["--skip-run", "--quick"],
            ErrorKind::ArgumentConflict,
            &["--skip-run", "--quick"],
        );
    }

    #[test]
    fn out_is_made_absolute() {
        let args = parse(&["--quick", "--out", "target/rq"]).unwrap();
        let out = args.out.unwrap();
        assert!(out.is_absolute(), "{out:?}");
        assert_eq!(out, std::env::current_dir().unwrap().join("target/rq"));
        assert!(args.quick && !args.skip_run && !args.check);
    }

    #[test]
    fn each_mode_parses() {
        assert!(parse(&[]).is_ok_and(|a| !a.quick && a.out.is_none()));
        assert!(parse(&["--check"]).is_ok_and(|a| a.check));
        assert!(parse(&["--skip-run", "--out", "/tmp/x"]).is_ok_and(|a| a.skip_run));
    }
}
