//! `cargo run -p book-check`: fails when the book breaks its rules (see the library's docs).
//!
//! `book-check preprocess` is the mdBook preprocessor of [`book_check::sources`]: `docs/book.toml`
//! runs it, so source links work under `mdbook serve`.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => check(),
        ["preprocess", "supports", renderer] => {
            // Source pages are for the HTML book.
            if *renderer == "html" {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        ["preprocess"] => preprocess(),
        _ => {
            eprintln!("usage: book-check [preprocess [supports RENDERER]]");
            ExitCode::from(2)
        }
    }
}

fn preprocess() -> ExitCode {
    let mut input = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("book-check: cannot read mdBook's input: {error}");
        return ExitCode::FAILURE;
    }
    // mdBook runs its preprocessors in the book's folder (the one holding book.toml).
    let root = std::env::current_dir().unwrap_or_else(|_| ".".into());
    match book_check::sources::preprocess(&input, &root) {
        Ok(book) => {
            let _ = std::io::stdout().write_all(book.as_bytes());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("book-check: {error}");
            ExitCode::FAILURE
        }
    }
}

fn check() -> ExitCode {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
    match book_check::check_book(&src) {
        Ok(problems) if problems.is_empty() => {
            println!("book-check: every include, link, limit and figure holds");
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
