//! `--check`, and the end of every run: every `generated/…` file of the report's that a page of
//! the book names exists.

use std::fs;
use std::path::{Path, PathBuf};

use bench_groups::pages::{QUICK_MARK, files};

/// Every `generated/…` file of the report's that a page of the book (in `book_src`) names, in
/// an `{{#include}}` or a link or an image, must exist in `generated`; and in the book's own
/// folder, every file the report writes, from a full run.
pub fn check(book_src: &Path, generated: &Path) -> Result<(), String> {
    let (named, mut missing) = named_and_missing(book_src, generated)?;
    if generated == book_src.join("generated") {
        missing.extend(not_from_a_full_run(generated));
        if !missing.is_empty() {
            missing.push("run `cargo run -p benches --bin report` on a quiet machine".into());
        }
    }
    if !missing.is_empty() {
        return Err(format!(
            "the book's generated figures are not ready:\n  {}",
            missing.join("\n  ")
        ));
    }
    println!(
        "report: the book names {named} generated figures; every one is in {}",
        generated.display()
    );
    Ok(())
}

/// How many references to the report's `generated/` files the book's pages hold, and those not
/// in `generated`. Files another program writes there (lesson 15's figures, from its own run)
/// are not the report's to check; book-check finds any include that is missing.
fn named_and_missing(src: &Path, generated: &Path) -> Result<(usize, Vec<String>), String> {
    let ours: Vec<&str> = files().collect();
    let (mut named, mut missing) = (0, Vec::new());
    for page in markdown_pages(src) {
        if page.starts_with(src.join("generated")) {
            continue;
        }
        let text = fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        for reference in generated_references(&text) {
            if !ours.contains(&reference.as_str()) {
                continue;
            }
            named += 1;
            if !generated.join(&reference).is_file() {
                missing.push(format!(
                    "{} names generated/{reference}, missing from {}",
                    page.strip_prefix(src).unwrap_or(&page).display(),
                    generated.display()
                ));
            }
        }
    }
    Ok((named, missing))
}

/// What is wrong with the book's own folder: files the report writes that are missing, or that
/// a quick run wrote.
fn not_from_a_full_run(generated: &Path) -> Vec<String> {
    let mut missing = Vec::new();
    let mut quick = 0;
    for file in files() {
        match fs::read_to_string(generated.join(file)) {
            Err(_) => missing.push(format!("docs/src/generated/{file} is missing")),
            Ok(text) if text.contains(QUICK_MARK) => quick += 1,
            Ok(_) => {}
        }
    }
    // The book's figures must come from a full run, never a quick one.
    if quick > 0 {
        missing.push(format!(
            "{quick} files in docs/src/generated/ come from a quick run, not a measurement"
        ));
    }
    missing
}

fn markdown_pages(dir: &Path) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

/// The file names after each `generated/` in `text`, up to the end of the path.
fn generated_references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("generated/") {
        let after = &rest[at + "generated/".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || "-_.".contains(*c))
            .collect();
        let name = name.trim_end_matches('.').to_string();
        if name.contains('.') && !found.contains(&name) {
            found.push(name);
        }
        rest = after;
    }
    found
}
