//! `cargo run -p book-check`: fails when a `{{#include}}` in `docs/src` is broken.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
    match book_check::check_book(&src) {
        Ok(problems) if problems.is_empty() => {
            println!("book-check: every include resolves");
            ExitCode::SUCCESS
        }
        Ok(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("book-check: {} problem(s)", problems.len());
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("book-check: cannot read {}: {error}", src.display());
            ExitCode::FAILURE
        }
    }
}
