//! Checks the book's `{{#include}}` directives, because mdbook does not, and holds the book to
//! its reading limits ([`limits`]): main-path pages of at most 500 rendered lines, listings of at
//! most 40 lines whose braces balance, and the budget `course.toml` sets over several lessons' main paths.
//!
//! mdbook 0.5 builds happily when an include names a missing anchor (the block is just empty)
//! and only logs an error for a missing file. This crate makes both a failure, and also holds
//! the book to its convention that every included block is preceded by a relative link to its
//! source file, so a reader of the raw Markdown can open the real code.
//!
//! It also fails on a measured figure typed by hand, in prose or in an output block, and on an
//! output block labelled "one run" that is not included from a generated file ([`figures`]).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub mod figures;
pub mod limits;
pub mod links;
pub mod sources;

/// One thing wrong with the book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The Markdown file, as given.
    pub file: PathBuf,
    /// 1-based line number of the include.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// An `{{#include path:anchor}}` found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    /// The path as written, relative to the Markdown file.
    pub path: String,
    /// The anchor, if one was given (`None` includes the whole file).
    pub anchor: Option<String>,
}

/// Finds the include directives in one line of Markdown.
///
/// ```
/// let found = book_check::includes_in("{{#include ../../lessons/x/src/lib.rs:spawn}}");
/// assert_eq!(found[0].path, "../../lessons/x/src/lib.rs");
/// assert_eq!(found[0].anchor.as_deref(), Some("spawn"));
/// ```
pub fn includes_in(line: &str) -> Vec<Include> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("{{#") {
        let after = &rest[at + 3..];
        let Some(end) = after.find("}}") else { break };
        let body = after[..end].trim();
        rest = &after[end + 2..];
        let Some(target) = body
            .strip_prefix("include ")
            .or_else(|| body.strip_prefix("rustdoc_include "))
        else {
            continue;
        };
        let mut parts = target.trim().splitn(2, ':');
        let path = parts.next().unwrap_or_default().to_string();
        let anchor = parts.next().map(str::to_string);
        found.push(Include { path, anchor });
    }
    found
}

/// Checks every Markdown page under `src` (the book's `src/` folder, sub-folders included):
/// its includes, and the reading limits.
///
/// ```
/// // The real book has no problems.
/// let book = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
/// assert_eq!(book_check::check_book(&book).unwrap(), vec![]);
/// ```
pub fn check_book(src: &Path) -> io::Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut main_path_total = 0;
    // The budget over several lessons is the course manifest's, two folders above `src`.
    let budget = course::load(&src.join("../..")).ok().map(|c| c.book.budget);
    for file in markdown_pages(src)? {
        let text = fs::read_to_string(&file)?;
        problems.extend(check_markdown(&file, &text));
        let relative = file.strip_prefix(src).unwrap_or(&file);
        // Generated pages carry measured figures: that is what they are for.
        if !relative.starts_with("generated") {
            for (line, message) in figures::check_page(&text) {
                problems.push(Problem {
                    file: file.clone(),
                    line,
                    message,
                });
            }
        }
        for (line, message) in links::check_page(src, relative, &text) {
            problems.push(Problem {
                file: file.clone(),
                line,
                message,
            });
        }
        let rendered = limits::render(&file, &text);
        let lesson = limits::main_path_lesson(relative);
        if lesson.is_some_and(|n| budget.is_some_and(|b| (b.first..=b.last).contains(&n))) {
            main_path_total += rendered.lines;
        }
        let problem = |line: usize, message: String| Problem {
            file: file.clone(),
            line,
            message,
        };
        if lesson.is_some() && rendered.lines > limits::MAX_PAGE {
            problems.push(problem(
                1,
                format!(
                    "renders {} lines, over the main path's {} per page: move depth to docs/src/deeper/",
                    rendered.lines,
                    limits::MAX_PAGE
                ),
            ));
        }
        for listing in &rendered.listings {
            if listing.lines > limits::MAX_LISTING {
                problems.push(problem(
                    listing.line,
                    format!(
                        "listing {} is {} lines, over {}",
                        listing.target,
                        listing.lines,
                        limits::MAX_LISTING
                    ),
                ));
            }
            if !listing.balanced {
                problems.push(problem(
                    listing.line,
                    format!(
                        "listing {} is not a complete item: its braces do not balance",
                        listing.target
                    ),
                ));
            }
        }
    }
    if let Some(budget) = budget.filter(|b| main_path_total > b.lines) {
        problems.push(Problem {
            file: src.to_path_buf(),
            line: 0,
            message: format!(
                "lessons {:02}-{:02}'s main path renders {main_path_total} lines, over {} (course.toml's budget)",
                budget.first, budget.last, budget.lines
            ),
        });
    }
    Ok(problems)
}

/// Every `.md` page under `src`, sorted, `SUMMARY.md` included.
fn markdown_pages(src: &Path) -> io::Result<Vec<PathBuf>> {
    let mut pages = Vec::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    Ok(pages)
}

/// Checks one Markdown file's text; `file` locates the paths its includes name.
pub fn check_markdown(file: &Path, text: &str) -> Vec<Problem> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let lines: Vec<&str> = text.lines().collect();
    let mut problems = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        for include in includes_in(line) {
            let problem = |message: String| Problem {
                file: file.to_path_buf(),
                line: index + 1,
                message,
            };
            let target = dir.join(&include.path);
            let Ok(source) = fs::read_to_string(&target) else {
                problems.push(problem(format!(
                    "included file {} does not exist",
                    include.path
                )));
                continue;
            };
            if let Some(anchor) = &include.anchor {
                if anchor.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    problems.push(problem(format!(
                        "{}:{anchor} includes by line numbers; use an ANCHOR",
                        include.path
                    )));
                } else if !has_anchor(&source, anchor) {
                    problems.push(problem(format!(
                        "{} has no ANCHOR: {anchor} ... ANCHOR_END: {anchor}",
                        include.path
                    )));
                }
            }
            // A generated figure (`generated/…`, written by the benches' report or by book-runs)
            // is not code a reader opens beside the chapter: it needs no source link.
            let generated = include
                .path
                .trim_start_matches("../")
                .starts_with("generated/");
            let link = format!("]({})", include.path);
            let earlier = lines[index.saturating_sub(4)..index].iter();
            if !generated && !earlier.clone().any(|l| l.contains(&link)) {
                problems.push(problem(format!(
                    "no link to {} in the lines just before this include",
                    include.path
                )));
            }
        }
    }
    problems
}

fn has_anchor(source: &str, anchor: &str) -> bool {
    anchors::slice(source, anchor).is_some()
}
