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
