//! Links in the book: each one must land somewhere a reader can follow it, both in the built
//! book and under `mdbook serve`.
//!
//! - a page inside the book (`02-spawn.md`), and the heading its fragment names (`#pitfalls`) or
//!   an HTML element's `id` on that page (`<a id="fix-seed002-daemon"></a>`, which lands a link on
//!   a sentence rather than on the heading above it);
//! - a file or folder of the repository outside the book (`../../lessons/…/lib.rs`), which the
//!   [`sources`](crate::sources) preprocessor serves as a page: it must exist, and it has no
//!   headings to point into;
//! - an `http(s)://` address, which is not checked here.
//!
//! A link that climbs out of the repository, or names a file that does not exist, is a problem.

use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

/// The ids mdBook gives the headings of a Markdown page, in order (a repeated id gets `-1`, `-2`).
pub fn heading_ids(markdown: &str) -> Vec<String> {
    let mut used = HashSet::new();
    let mut ids = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || !trimmed.starts_with('#') {
            continue;
        }
        let text = trimmed.trim_start_matches('#');
        if !text.starts_with(' ') {
            continue;
        }
        let id = id_from_heading(text);
        let mut unique = id.clone();
        let mut counter = 1;
        while !used.insert(unique.clone()) {
            unique = format!("{id}-{counter}");
            counter += 1;
        }
        ids.push(unique);
    }
    ids
}

/// The `id="…"` (or `id='…'`) attributes of the HTML tags on a page, `(line, id)` in order,
/// outside code fences and inline code: `<a id="fix-seed002-daemon"></a>` is a target a link can
/// land on.
pub fn html_ids(markdown: &str) -> Vec<(usize, String)> {
    let mut ids = Vec::new();
    let mut in_fence = false;
    for (index, line) in markdown.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 1 {
                continue; // inline code
            }
            let mut rest = part;
            while let Some(open) = rest.find('<') {
                let tag = &rest[open + 1..];
                let end = tag.find('>').unwrap_or(tag.len());
                let inside = &tag[..end];
                rest = &tag[end..];
                if !inside.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    continue; // `a < b`, a closing tag, a comment
                }
                let mut attributes = inside;
                while let Some(at) = attributes.find("id=") {
                    let before = attributes[..at].chars().next_back();
                    let value = &attributes[at + 3..];
                    attributes = value;
                    if !before.is_some_and(char::is_whitespace) {
                        continue; // `data-id=`, `grid=`
                    }
                    let Some(quote) = value.chars().next().filter(|q| *q == '"' || *q == '\'')
                    else {
                        continue;
                    };
                    if let Some(close) = value[1..].find(quote) {
                        ids.push((index + 1, value[1..1 + close].to_string()));
                    }
                }
            }
        }
    }
    ids
}

/// Every fragment a link can name on a page: its headings' ids, then its HTML ids.
pub fn fragment_ids(markdown: &str) -> Vec<String> {
    let mut ids = heading_ids(markdown);
    ids.extend(html_ids(markdown).into_iter().map(|(_, id)| id));
    ids
}

/// mdBook's id for a heading's text: lowercase, alphanumerics, `_` and `-` kept, whitespace
/// turned into `-`, everything else dropped.
pub fn id_from_heading(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c)
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// The relative link targets of a page, `(line, target)`, outside code fences and inline code.
pub fn targets(markdown: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut in_fence = false;
    for (index, line) in markdown.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        // Drop inline code: `v[0](x)` in backticks is not a link.
        let mut plain = String::new();
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                plain.push_str(part);
            }
        }
        let mut rest = plain.as_str();
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let end = rest.find(')').unwrap_or(rest.len());
            let target = rest[..end].split_whitespace().next().unwrap_or("");
            if !target.contains("://") && !target.starts_with("mailto:") && !target.is_empty() {
                found.push((index + 1, target.to_string()));
            }
            rest = &rest[end..];
        }
    }
    found
}

/// What is wrong with each link of `page` (a path relative to the book's `src`), with its line.
pub fn check_page(src: &Path, page: &Path, markdown: &str) -> Vec<(usize, String)> {
    let repo = src.join("../..");
    let mut problems = Vec::new();
    // A link lands on the first element with its id: a second one is never reached.
    let mut seen: HashSet<String> = heading_ids(markdown).into_iter().collect();
    for (line, id) in html_ids(markdown) {
        if !seen.insert(id.clone()) {
            problems.push((line, format!("id #{id} is used twice on this page")));
        }
    }
    for (line, target) in targets(markdown) {
        let (path, fragment) = match target.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (target.as_str(), None),
        };
        if path.is_empty() {
            if let Some(fragment) = fragment
                && !fragment_ids(markdown).iter().any(|id| id == fragment)
            {
                problems.push((line, format!("no heading or id #{fragment} on this page")));
            }
            continue;
        }
        let Some(in_book) = normalise(&page.parent().unwrap_or(Path::new("")).join(path)) else {
            problems.push((line, format!("{target} is not a path")));
            continue;
        };
        if !in_book.starts_with("..") {
            let file = src.join(&in_book);
            if !file.exists() {
                problems.push((line, format!("{target}: no such page in the book")));
            } else if let Some(fragment) = fragment
                && file.extension().is_some_and(|e| e == "md")
            {
                let text = fs::read_to_string(&file).unwrap_or_default();
                if !fragment_ids(&text).iter().any(|id| id == fragment) {
                    problems.push((
                        line,
                        format!("{target}: no heading or id #{fragment} there"),
                    ));
                }
            }
            continue;
        }
        let in_repo = normalise(&Path::new("docs/src").join(&in_book));
        match in_repo {
            Some(file) if !file.starts_with("..") && repo.join(&file).exists() => {
                if fragment.is_some() {
                    problems.push((
                        line,
                        format!("{target}: a source page has no headings to link into"),
                    ));
                }
            }
            Some(file) if !file.starts_with("..") => problems.push((
                line,
                format!(
                    "{target} leaves the book for {}, which is not a file",
                    file.display()
                ),
            )),
            _ => problems.push((line, format!("{target} leaves the repository"))),
        }
    }
    problems
}

/// Resolves `.` and `..` without touching the disk (a leading `..` stays); `None` for an
/// absolute path.
pub(crate) fn normalise(path: &Path) -> Option<PathBuf> {
    let mut parts: Vec<Component> = Vec::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => match parts.last() {
                Some(Component::Normal(_)) => {
                    parts.pop();
                }
                _ => parts.push(part),
            },
            Component::Normal(_) => parts.push(part),
            _ => return None,
        }
    }
    Some(parts.iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_ids_follow_mdbook() {
        let page = "# Title\n## The seed's terms, corrected\n```\n# not a heading\n```\n## `join` with a timeout\n## Pitfalls\n## Pitfalls\n";
        assert_eq!(
            heading_ids(page),
            [
                "title",
                "the-seeds-terms-corrected",
                "join-with-a-timeout",
                "pitfalls",
                "pitfalls-1"
            ]
        );
    }

    #[test]
    fn links_in_code_are_not_links() {
        let page =
            "See [a](a.md) and `v[0](x)`.\n```\n[b](b.md)\n```\n[c](https://x.org) [d](d.md#e)";
        let found: Vec<String> = targets(page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(found, ["a.md", "d.md#e"]);
    }

    #[test]
    fn html_ids_are_link_targets_outside_code() {
        let page = "# T\n> <a id=\"fix-seed002-daemon\"></a>**Correction.** x\n\
                    <span class='x' id='b'>y</span> <div data-id=\"no\"> a < b\n\
                    `<a id=\"code\">`\n```\n<a id=\"fenced\"></a>\n```\n";
        assert_eq!(
            html_ids(page),
            [(2, "fix-seed002-daemon".to_string()), (3, "b".to_string())]
        );
        assert_eq!(fragment_ids(page), ["t", "fix-seed002-daemon", "b"]);
    }

    #[test]
    fn a_link_to_an_html_id_passes_and_a_repeated_id_is_caught() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
        let page = "# Pitfalls\n<a id=\"here\"></a>Text. [ok](#here) [bad](#there)\n\
                    <a id=\"here\"></a><a id=\"pitfalls\"></a>\n";
        let problems = check_page(&src, Path::new("01-main-thread.md"), page);
        let messages: Vec<&str> = problems.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "id #here is used twice on this page",
                "id #pitfalls is used twice on this page",
                "no heading or id #there on this page",
            ],
        );
    }

    #[test]
    fn every_kind_of_broken_link_is_found() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
        let page = "[ok](02-spawn.md) [ok](../../lessons/01-main-thread/src/lib.rs) [ok](#x)\n\
                    # X\n[bad](no-such.md) [bad](02-spawn.md#no-such-heading) [bad](#nope)\n\
                    [bad](../../lessons/none.rs) [bad](../../../../etc/passwd) [bad](../../lessons/01-main-thread/src/lib.rs#x)";
        let problems = check_page(&src, Path::new("01-main-thread.md"), page);
        assert_eq!(problems.len(), 6, "{problems:#?}");
        assert!(problems.iter().all(|(line, _)| *line == 3 || *line == 4));
    }
}
