//! What every narrator prints: a title, section headings, and quotes of the lesson's real code.
//!
//! Quotes come from the files the book includes, by the same `ANCHOR` names, so what the
//! terminal shows is what the compiler compiled (Rust) or what `python3` runs (Python):
//!
//! ```
//! use timing::narrate;
//!
//! const LIB: &str = "// ANCHOR: answer\n/// Docs are left out of quotes.\nfn answer() -> u32 {\n    42\n}\n// ANCHOR_END: answer\n";
//! narrate::title("01", "main-thread", "the thread your program starts on");
//! narrate::section("The answer");
//! narrate::rust(LIB, "answer"); // in a narrator: narrate::rust(include_str!("lib.rs"), "answer")
//! assert_eq!(narrate::anchored(LIB, "answer"), "fn answer() -> u32 {\n    42\n}");
//! ```

use std::sync::{Mutex, PoisonError};

use crate::time_scale;

/// The section being narrated and how many timelines it has drawn: the names of the figures
/// written under `LESSON_FIGURES` ([`crate::Timeline::render`]).
static SECTION: Mutex<(String, usize)> = Mutex::new((String::new(), 0));

/// Prints the lesson's title. Call it first: it also checks `LESSON_TIME_SCALE`, so a bad value
/// stops the lesson with one clear line before anything else is printed.
pub fn title(number: &str, name: &str, subtitle: &str) {
    let scale = time_scale();
    let heading = format!("Lesson {number} · {name} — {subtitle}");
    println!("{heading}");
    println!("{}", "═".repeat(heading.chars().count()));
    if scale != 1.0 {
        println!("(demo sleeps scaled by LESSON_TIME_SCALE={scale})");
    }
}

/// Prints a section heading, `── heading ──` on a line of its own after a blank line.
///
/// The book's runs (`cargo run -p book-runs`) cut a lesson's output at these lines
/// ([`heading_of`]), and the timelines the section draws are its figures ([`slug`]).
pub fn section(heading: &str) {
    *SECTION.lock().unwrap_or_else(PoisonError::into_inner) = (heading.to_string(), 0);
    println!("\n── {heading} ──");
}

/// The heading in `line` if it is a [`section`] heading as printed.
///
/// ```
/// use timing::narrate::heading_of;
/// assert_eq!(heading_of("── Which thread am I on? ──"), Some("Which thread am I on?"));
/// assert_eq!(heading_of("Which thread am I on?"), None);
/// ```
pub fn heading_of(line: &str) -> Option<&str> {
    line.strip_prefix("── ")?.strip_suffix(" ──")
}

/// Whether `line` is a quote of code ([`rust`] or [`python`]), as printed.
///
/// ```
/// assert!(timing::narrate::is_quote("  rs│ let x = 1;"));
/// assert!(timing::narrate::is_quote("  py│"));
/// assert!(!timing::narrate::is_quote("x = 1"));
/// ```
pub fn is_quote(line: &str) -> bool {
    ["  rs│", "  py│"].iter().any(|tag| line.starts_with(tag))
}

/// A heading as a file name: lower case, words joined by `-`, nothing but ASCII letters and
/// digits otherwise.
///
/// ```
/// use timing::narrate::slug;
/// assert_eq!(slug("Named threads: the seed's Car and Truck"), "named-threads-the-seed-s-car-and-truck");
/// assert_eq!(slug("join with a timeout"), "join-with-a-timeout");
/// assert_eq!(slug(""), "");
/// ```
pub fn slug(heading: &str) -> String {
    let mut slug = String::new();
    for c in heading.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The current section's heading, and the name of its next figure: `<slug>-<n>.svg`, `n`
/// counting from 1 in each section (`timeline-<n>.svg` before the first section).
pub(crate) fn next_figure() -> (String, String) {
    let mut section = SECTION.lock().unwrap_or_else(PoisonError::into_inner);
    section.1 += 1;
    let slug = match slug(&section.0) {
        empty if empty.is_empty() => "timeline".to_string(),
        slug => slug,
    };
    (section.0.clone(), format!("{slug}-{}.svg", section.1))
}

/// Quotes the Rust between `// ANCHOR: anchor` and `// ANCHOR_END: anchor` in `source`, each
/// line behind `rs│`. Pass the file with `include_str!`, so the quote is compiled code.
pub fn rust(source: &str, anchor: &str) {
    quote("rs", &anchored(source, anchor));
}

/// Quotes the Python between `# ANCHOR: anchor` and `# ANCHOR_END: anchor` in `source` (a file
/// under the lesson's `python/`), each line behind `py│`.
pub fn python(source: &str, anchor: &str) {
    quote("py", &anchored(source, anchor));
}

/// The lines between the `ANCHOR: anchor` and `ANCHOR_END: anchor` comments of `source`
/// (`//` or `#` comments), without other anchors' lines and without doc comments, dedented
/// ([`anchors::quote`]).
///
/// # Panics
/// If `source` has no such anchor: a narrator quoting a missing anchor is a bug, and its
/// end-to-end test finds it.
pub fn anchored(source: &str, anchor: &str) -> String {
    anchors::quote(source, anchor)
        .unwrap_or_else(|| panic!("no `ANCHOR: {anchor}` in the quoted source"))
}

fn quote(tag: &str, code: &str) {
    for line in code.trim_matches('\n').lines() {
        println!("  {tag}│ {line}");
    }
}

/// Prints what a child process wrote (stdout, then stderr), each line behind `child│`, so the
/// reader tells the child's words from the narrator's.
pub fn child(run: &crate::Finished) {
    let lines = run.stdout.lines().chain(run.stderr.lines());
    for line in lines.filter(|line| !line.is_empty()) {
        println!("  child│ {line}");
    }
}

/// Makes every panic print one line to stderr, `thread '<name>' panicked at <file:line>: <message>`,
/// without a backtrace even when `RUST_BACKTRACE` is set.
///
/// Narrators that panic on purpose (to show `join` returning `Err`) call it first, so a
/// deliberate panic reads as part of the lesson rather than as a crash.
pub fn short_panic_messages() {
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("<unnamed>");
        let message = crate::panic_message(info.payload());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("thread '{name}' panicked{place}: {message}");
    }));
}
