//! What every narrator prints: a title, section headings, and quoted Python and Rust code.
//!
//! ```
//! use timing::narrate;
//!
//! narrate::title("01", "main-thread", "The thread your program starts on");
//! narrate::section("Python");
//! narrate::python("import threading\nprint(threading.current_thread().name)");
//! narrate::rust("println!(\"{:?}\", std::thread::current().name());");
//! ```

use crate::time_scale;

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

/// Prints a section heading.
pub fn section(heading: &str) {
    println!("\n── {heading} ──");
}

/// Quotes Python code, each line behind `py│`.
pub fn python(code: &str) {
    quote("py", code);
}

/// Quotes Rust code, each line behind `rs│`.
pub fn rust(code: &str) {
    quote("rs", code);
}

fn quote(tag: &str, code: &str) {
    for line in code.trim_matches('\n').lines() {
        println!("  {tag}│ {line}");
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
