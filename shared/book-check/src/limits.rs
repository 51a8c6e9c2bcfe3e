//! The book's reading limits, measured the way mdBook renders a page: every `{{#include}}`
//! expanded, `ANCHOR` lines dropped. The same measure as `book_stats.py`.

use std::fs;
use std::path::Path;

use crate::includes_in;

/// A main-path page renders at most this many lines.
pub const MAX_PAGE: usize = 500;
/// A listing is at most this many lines, doc comments included.
pub const MAX_LISTING: usize = 40;

/// One included listing, measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The include as written: `path` or `path:anchor`.
    pub target: String,
    /// 1-based line of the include in the page.
    pub line: usize,
    /// How many lines it renders.
    pub lines: usize,
    /// Whether its braces balance (a complete item, not an `impl` body without its header).
    pub balanced: bool,
}

/// A page's rendered length and its listings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Lines once every include is expanded.
    pub lines: usize,
    /// Every include on the page.
    pub listings: Vec<Listing>,
}

/// Whether a page (its path relative to the book's `src/`) is on a lesson's main path, and which
/// lesson: `NN-name.md` or `NN-name/…`, not under `deeper/`.
pub fn main_path_lesson(relative: &Path) -> Option<u32> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let (number, rest) = first.split_at_checked(2)?;
    if !rest.starts_with('-') {
        return None;
    }
    number.parse().ok()
}

/// Measures one page, as mdBook would render it.
pub fn render(page: &Path, text: &str) -> Rendered {
    let dir = page.parent().unwrap_or(Path::new("."));
    let mut lines = 0;
    let mut listings = Vec::new();
    // Only an include inside a fenced block is a listing; one outside is prose (a generated
    // section, say): it counts towards the page, not as a listing.
    let mut fenced = false;
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        let includes = includes_in(line);
        if includes.is_empty() {
            lines += 1;
            continue;
        }
        for include in includes {
            let Some(body) = fs::read_to_string(dir.join(&include.path))
                .ok()
                .map(|source| slice(&source, include.anchor.as_deref()))
            else {
                lines += 1;
                continue;
            };
            lines += body.len();
            if !fenced {
                continue;
            }
            let target = match &include.anchor {
                Some(anchor) => format!("{}:{anchor}", include.path),
                None => include.path.clone(),
            };
            listings.push(Listing {
                target,
                line: index + 1,
                lines: body.len(),
                balanced: balanced(&body),
            });
        }
    }
    Rendered { lines, listings }
}

/// The lines an include renders: the whole file, or the lines between its anchors, without
/// any `ANCHOR` lines.
fn slice(source: &str, anchor: Option<&str>) -> Vec<String> {
    let lines = match anchor {
        Some(anchor) => anchors::slice(source, anchor).unwrap_or_default(),
        None => source
            .lines()
            .filter(|line| !anchors::is_marker(line, anchors::ANCHOR))
            .collect(),
    };
    lines.into_iter().map(str::to_string).collect()
}

/// Whether the braces of `lines` balance, ignoring strings, characters and `//` comments.
pub fn balanced(lines: &[String]) -> bool {
    let mut depth: i64 = 0;
    for line in lines {
        let mut chars = line.chars().peekable();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '\'' if !in_string => {
                    // A char literal such as '{' or '\n'; a lifetime ('a) has no closing quote.
                    let rest: String = chars.clone().take(3).collect();
                    if let Some(escaped) = rest.strip_prefix('\\') {
                        if let Some(end) = escaped.find('\'') {
                            for _ in 0..end + 2 {
                                chars.next();
                            }
                        }
                    } else if rest.chars().nth(1) == Some('\'') {
                        chars.next();
                        chars.next();
                    }
                }
                '/' if !in_string && chars.peek() == Some(&'/') => break,
                '{' if !in_string => depth += 1,
                '}' if !in_string => {
                    depth -= 1;
                    if depth < 0 {
                        return false;
                    }
                }
                _ => {}
            }
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn braces_in_strings_chars_and_comments_do_not_count() {
        assert!(balanced(&lines(
            "fn f() {\n    let s = \"{\"; // }\n    let c = '{';\n}"
        )));
        assert!(balanced(&lines(
            "fn g<'a>(x: &'a str) -> &'a str {\n    x\n}"
        )));
        assert!(!balanced(&lines("    pub fn body(&self) {\n    }\n}")));
        assert!(!balanced(&lines("impl X {")));
    }

    #[test]
    fn slicing_drops_anchor_lines_and_respects_whole_names() {
        let source = "a\n// ANCHOR: x\nb\n    // ANCHOR: y\nc\n    // ANCHOR_END: y\n// ANCHOR_END: x\n// ANCHOR: xy\nd\n// ANCHOR_END: xy\n";
        assert_eq!(slice(source, Some("x")), ["b", "c"]);
        assert_eq!(slice(source, Some("xy")), ["d"]);
        assert_eq!(slice(source, None).len(), 4);
    }

    #[test]
    fn main_path_pages_are_numbered_and_not_deeper() {
        assert_eq!(main_path_lesson(Path::new("05-pools.md")), Some(5));
        assert_eq!(main_path_lesson(Path::new("07-sync/locks.md")), Some(7));
        assert_eq!(main_path_lesson(Path::new("deeper/05-executor.md")), None);
        assert_eq!(main_path_lesson(Path::new("cheatsheet.md")), None);
    }
}
