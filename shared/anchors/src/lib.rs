//! Markers in comments, parsed in one place for everything that reads them:
//!
//! - the book: mdBook's `{{#include file:name}}` renders the lines between `ANCHOR: name` and
//!   `ANCHOR_END: name` ([`slice()`]), and `book-check` measures and checks them;
//! - the narrators: [`quote`] is the same slice without doc comments, dedented;
//! - the exercises: the reference solution marks what the learner writes with `ANSWER: name` …
//!   `ANSWER_END: name` ([`regions`]), and every other version of the file is the solution with
//!   those regions replaced ([`splice`]).
//!
//! A marker is a comment line of its own, in any of the book's languages: `// ANCHOR: x`,
//! `# ANCHOR: x`, `<!-- ANCHOR: x -->`. The name is the first word after the colon.
//!
//! ```
//! let source = "fn f() {\n    // ANCHOR: body\n    /// doc\n    let x = 1;\n    // ANCHOR_END: body\n}\n";
//! assert_eq!(anchors::slice(source, "body").unwrap(), ["    /// doc", "    let x = 1;"]);
//! assert_eq!(anchors::quote(source, "body").unwrap(), "let x = 1;");
//! ```

use std::collections::BTreeMap;
use std::fmt;

/// The marker kind of the book's listings.
pub const ANCHOR: &str = "ANCHOR";
/// The marker kind of an exercise's regions: what the learner writes.
pub const ANSWER: &str = "ANSWER";

/// If `line` is a marker of `kind` that opens (`KIND: name`) or closes (`KIND_END: name`), which
/// one and its name.
///
/// ```
/// use anchors::{marker, Mark};
/// assert_eq!(marker("    // ANCHOR: spawn", "ANCHOR"), Some((Mark::Open, "spawn")));
/// assert_eq!(marker("<!-- ANCHOR_END: statement -->", "ANCHOR"), Some((Mark::Close, "statement")));
/// assert_eq!(marker("let anchor = \"ANCHOR: x\";", "ANCHOR"), None);
/// ```
pub fn marker<'a>(line: &'a str, kind: &str) -> Option<(Mark, &'a str)> {
    let text = line.trim();
    let body = text
        .strip_prefix("//")
        .or_else(|| text.strip_prefix('#'))
        .or_else(|| text.strip_prefix("<!--"))?
        .trim_start();
    let rest = body.strip_prefix(kind)?;
    let (mark, rest) = if let Some(rest) = rest.strip_prefix("_END:") {
        (Mark::Close, rest)
    } else {
        (Mark::Open, rest.strip_prefix(':')?)
    };
    let name = rest
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .next()
        .filter(|name| !name.is_empty())?;
    Some((mark, name))
}

/// Which end of a region a marker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// `KIND: name`
    Open,
    /// `KIND_END: name`
    Close,
}

/// Whether `line` is a marker of any name, of `kind`.
pub fn is_marker(line: &str, kind: &str) -> bool {
    marker(line, kind).is_some()
}

/// The lines mdBook renders for `{{#include file:name}}`: those between `ANCHOR: name` and
/// `ANCHOR_END: name`, without the lines of any other anchor's markers. `None` if the anchor is
/// not there.
pub fn slice<'a>(source: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let mut lines = source.lines();
    lines
        .by_ref()
        .find(|line| marker(line, ANCHOR) == Some((Mark::Open, name)))?;
    let mut body = Vec::new();
    for line in lines {
        if marker(line, ANCHOR) == Some((Mark::Close, name)) {
            return Some(body);
        }
        if !is_marker(line, ANCHOR) {
            body.push(line);
        }
    }
    None
}

/// What a narrator quotes: the [`slice()`] without doc comments (`///`, `//!`), dedented, with
/// trailing spaces trimmed.
pub fn quote(source: &str, name: &str) -> Option<String> {
    let body: Vec<&str> = slice(source, name)?
        .into_iter()
        .filter(|line| {
            let t = line.trim_start();
            !t.starts_with("///") && !t.starts_with("//!")
        })
        .collect();
    Some(dedent(&body).join("\n"))
}

/// The lines with their common leading whitespace removed (blank lines do not count).
pub fn dedent<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|line| line.get(indent..).unwrap_or("").trim_end())
        .collect()
}

/// One marked region of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Its name.
    pub name: String,
    /// The 0-based line of its opening marker.
    pub open: usize,
    /// The 0-based line of its closing marker.
    pub close: usize,
    /// The opening marker's indentation: the region's lines are stored without it.
    pub indent: String,
}

/// Something wrong with a file's markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerError(pub String);

impl fmt::Display for MarkerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MarkerError {}

/// The regions of `kind` in `source`, in order. Regions of one kind neither nest nor repeat a
/// name, and each one closes.
pub fn regions(source: &str, kind: &str) -> Result<Vec<Region>, MarkerError> {
    let mut found: Vec<Region> = Vec::new();
    let mut open: Option<Region> = None;
    for (index, line) in source.lines().enumerate() {
        let Some((mark, name)) = marker(line, kind) else {
            continue;
        };
        let at = index + 1;
        match (mark, open.take()) {
            (Mark::Open, None) => {
                if found.iter().any(|r| r.name == name) {
                    return Err(MarkerError(format!("line {at}: `{kind}: {name}` twice")));
                }
                let indent = line[..line.len() - line.trim_start().len()].to_string();
                open = Some(Region {
                    name: name.to_string(),
                    open: index,
                    close: index,
                    indent,
                });
            }
            (Mark::Open, Some(outer)) => {
                return Err(MarkerError(format!(
                    "line {at}: `{kind}: {name}` inside `{}`",
                    outer.name
                )));
            }
            (Mark::Close, Some(mut region)) if region.name == name => {
                region.close = index;
                found.push(region);
            }
            (Mark::Close, _) => {
                return Err(MarkerError(format!(
                    "line {at}: `{kind}_END: {name}` closes nothing"
                )));
            }
        }
    }
    match open {
        Some(region) => Err(MarkerError(format!(
            "`{kind}: {}` is never closed",
            region.name
        ))),
        None => Ok(found),
    }
}

/// Each region's body, without its markers and without the region's indentation.
pub fn bodies(source: &str, kind: &str) -> Result<BTreeMap<String, String>, MarkerError> {
    let lines: Vec<&str> = source.lines().collect();
    let mut bodies = BTreeMap::new();
    for region in regions(source, kind)? {
        let body: Vec<&str> = lines[region.open + 1..region.close]
            .iter()
            .map(|line| line.strip_prefix(region.indent.as_str()).unwrap_or(line))
            .collect();
        bodies.insert(region.name, body.join("\n"));
    }
    Ok(bodies)
}

/// `base` with the body of each region named in `replacements` replaced (indented like its
/// marker), and every marker of `kind` removed. A replacement naming no region of `base` is an
/// error.
///
/// ```
/// use std::collections::BTreeMap;
/// let solution = "fn f() -> u32 {\n    // ANSWER: body\n    42\n    // ANSWER_END: body\n}\n";
/// let stub = BTreeMap::from([("body".to_string(), "todo!()".to_string())]);
/// assert_eq!(anchors::splice(solution, "ANSWER", &stub).unwrap(), "fn f() -> u32 {\n    todo!()\n}\n");
/// assert_eq!(anchors::splice(solution, "ANSWER", &BTreeMap::new()).unwrap(), "fn f() -> u32 {\n    42\n}\n");
/// ```
pub fn splice(
    base: &str,
    kind: &str,
    replacements: &BTreeMap<String, String>,
) -> Result<String, MarkerError> {
    let found = regions(base, kind)?;
    if let Some(unknown) = replacements
        .keys()
        .find(|name| !found.iter().any(|r| &r.name == *name))
    {
        return Err(MarkerError(format!(
            "no region `{kind}: {unknown}` to replace"
        )));
    }
    Ok(rebuild(base, &found, |region, inner| {
        match replacements.get(&region.name) {
            Some(body) => indent(&region.indent, body.lines()),
            None => inner.iter().map(|line| line.to_string()).collect(),
        }
    }))
}

/// `lines`, each behind `indent` unless blank.
fn indent<'a>(indent: &str, lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    lines
        .map(|line| match line.trim().is_empty() {
            true => String::new(),
            false => format!("{indent}{line}"),
        })
        .collect()
}

/// `base` with each region, markers included, replaced by what `with` makes of it (given the
/// region and the lines between its markers).
fn rebuild(
    base: &str,
    found: &[Region],
    mut with: impl FnMut(&Region, &[&str]) -> Vec<String>,
) -> String {
    let lines: Vec<&str> = base.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut next = 0;
    for region in found {
        out.extend(lines[next..region.open].iter().map(|l| l.to_string()));
        out.extend(with(region, &lines[region.open + 1..region.close]));
        next = region.close + 1;
    }
    out.extend(lines[next.min(lines.len())..].iter().map(|l| l.to_string()));
    out.iter().map(|line| format!("{line}\n")).collect()
}

/// `base` with the body of each region named in `bodies` replaced, keeping every marker: how a
/// generated part of a hand-written file is rewritten in place. A region of `base` that `bodies`
/// does not name is an error, and so is a name with no region.
///
/// ```
/// use std::collections::BTreeMap;
/// let readme = "# Lessons\n<!-- GENERATED: table -->\nold\n<!-- GENERATED_END: table -->\nmore\n";
/// let table = BTreeMap::from([("table".to_string(), "| 01 |\n| 02 |".to_string())]);
/// assert_eq!(
///     anchors::fill(readme, "GENERATED", &table).unwrap(),
///     "# Lessons\n<!-- GENERATED: table -->\n| 01 |\n| 02 |\n<!-- GENERATED_END: table -->\nmore\n"
/// );
/// ```
pub fn fill(
    base: &str,
    kind: &str,
    bodies: &BTreeMap<String, String>,
) -> Result<String, MarkerError> {
    let found = regions(base, kind)?;
    if let Some(region) = found.iter().find(|r| !bodies.contains_key(&r.name)) {
        return Err(MarkerError(format!(
            "nothing to fill `{kind}: {}` with",
            region.name
        )));
    }
    if let Some(unknown) = bodies
        .keys()
        .find(|name| !found.iter().any(|r| &r.name == *name))
    {
        return Err(MarkerError(format!(
            "no region `{kind}: {unknown}` to fill"
        )));
    }
    let lines: Vec<&str> = base.lines().collect();
    Ok(rebuild(base, &found, |region, _| {
        let mut kept = vec![lines[region.open].to_string()];
        kept.extend(indent(&region.indent, bodies[&region.name].lines()));
        kept.push(lines[region.close].to_string());
        kept
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
fn outer() {
    // ANCHOR: inner
    /// a doc line
    let x = 1;
    // ANCHOR: nested
    let y = x + 1; // kept: comments that carry the lesson stay
    // ANCHOR_END: nested
    // ANCHOR_END: inner
}
# ANCHOR: py
print('hi')
# ANCHOR_END: py
<!-- ANCHOR: statement -->
Do this.
<!-- ANCHOR_END: statement -->
";

    #[test]
    fn a_slice_drops_other_markers_and_keeps_docs() {
        assert_eq!(
            slice(SOURCE, "inner").unwrap(),
            [
                "    /// a doc line",
                "    let x = 1;",
                "    let y = x + 1; // kept: comments that carry the lesson stay"
            ]
        );
        assert_eq!(slice(SOURCE, "statement").unwrap(), ["Do this."]);
        assert_eq!(slice(SOURCE, "py").unwrap(), ["print('hi')"]);
    }

    #[test]
    fn a_quote_drops_docs_and_dedents() {
        assert_eq!(
            quote(SOURCE, "inner").unwrap(),
            "let x = 1;\nlet y = x + 1; // kept: comments that carry the lesson stay"
        );
    }

    #[test]
    fn a_name_must_match_whole_and_close() {
        assert_eq!(slice(SOURCE, "nest"), None);
        assert_eq!(slice("// ANCHOR: open\nx\n", "open"), None);
    }

    #[test]
    fn regions_must_close_and_not_nest() {
        assert!(regions("// ANSWER: a\n", ANSWER).is_err());
        assert!(regions("// ANSWER: a\n// ANSWER: b\n// ANSWER_END: b\n", ANSWER).is_err());
        assert!(regions("// ANSWER_END: a\n", ANSWER).is_err());
        assert!(
            regions(
                "// ANSWER: a\n// ANSWER_END: a\n// ANSWER: a\n// ANSWER_END: a\n",
                ANSWER
            )
            .is_err()
        );
        assert_eq!(regions(SOURCE, ANSWER).unwrap(), vec![]);
    }

    #[test]
    fn splicing_reindents_and_bodies_dedent() {
        let base =
            "impl A {\n    // ANSWER: f\n    fn f() {\n        1\n    }\n    // ANSWER_END: f\n}\n";
        let bodies = bodies(base, ANSWER).unwrap();
        assert_eq!(bodies["f"], "fn f() {\n    1\n}");
        let wrong = BTreeMap::from([("f".to_string(), "fn f() {\n\n    2\n}".to_string())]);
        assert_eq!(
            splice(base, ANSWER, &wrong).unwrap(),
            "impl A {\n    fn f() {\n\n        2\n    }\n}\n"
        );
        let unknown = BTreeMap::from([("g".to_string(), String::new())]);
        assert!(splice(base, ANSWER, &unknown).is_err());
    }
}
