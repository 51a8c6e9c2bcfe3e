//! The files made from the manifest. Each keeps its hand-written prose and holds the generated
//! part between `GENERATED: name` and `GENERATED_END: name` comments.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::manifest::{Course, Lesson};

/// The marker kind of a generated part.
pub const GENERATED: &str = "GENERATED";

/// One derived file: its path relative to the repository, and what it should hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    /// Relative to the repository's root.
    pub path: PathBuf,
    /// Its whole text, generated parts filled in.
    pub text: String,
}

/// Every derived file, as it should be.
pub fn all(repo: &Path, course: &Course) -> Result<Vec<Derived>, String> {
    let mut derived = vec![
        filled(repo, "README.md", [("lessons", readme_table(course))])?,
        filled(
            repo,
            "docs/src/SUMMARY.md",
            [
                ("lessons", summary_lessons(course)),
                ("deeper", summary_deeper(repo, course)?),
            ],
        )?,
        filled(
            repo,
            "docs/src/cheatsheet.md",
            [("rows", cheatsheet_rows(repo, course)?)],
        )?,
        filled(
            repo,
            "exercises/Cargo.toml",
            [("lessons", exercise_dependencies(course))],
        )?,
    ];
    for lesson in &course.lessons {
        if course.exercises_of(lesson.number).next().is_some() {
            let chapter = format!("docs/src/{}", lesson.chapter());
            derived.push(filled(
                repo,
                &chapter,
                [("practice", practice_section(course, lesson))],
            )?);
        }
    }
    Ok(derived)
}

/// The derived files that are not as they should be.
pub fn stale(repo: &Path, course: &Course) -> Result<Vec<PathBuf>, String> {
    Ok(all(repo, course)?
        .into_iter()
        .filter(|d| fs::read_to_string(repo.join(&d.path)).ok().as_deref() != Some(&d.text))
        .map(|d| d.path)
        .collect())
}

/// Rewrites the derived files that changed; returns them.
pub fn write(repo: &Path, course: &Course) -> Result<Vec<PathBuf>, String> {
    let mut touched = Vec::new();
    for derived in all(repo, course)? {
        let path = repo.join(&derived.path);
        if fs::read_to_string(&path).ok().as_deref() != Some(&derived.text) {
            fs::write(&path, &derived.text).map_err(|e| format!("{}: {e}", path.display()))?;
            touched.push(derived.path);
        }
    }
    Ok(touched)
}

/// `relative` read from `repo`, each named generated part filled in.
fn filled<const N: usize>(
    repo: &Path,
    relative: &str,
    parts: [(&str, String); N],
) -> Result<Derived, String> {
    let text = fs::read_to_string(repo.join(relative)).map_err(|e| format!("{relative}: {e}"))?;
    let bodies: BTreeMap<String, String> = parts
        .into_iter()
        .map(|(name, body)| (name.to_string(), body))
        .collect();
    let text = anchors::fill(&text, GENERATED, &bodies).map_err(|e| format!("{relative}: {e}"))?;
    Ok(Derived {
        path: relative.into(),
        text,
    })
}

fn readme_table(course: &Course) -> String {
    let mut rows = vec![
        "| # | Run | Concept | Python idiom it mirrors |".to_string(),
        "|---|---|---|---|".to_string(),
    ];
    for lesson in &course.lessons {
        rows.push(format!(
            "| {} | `cargo run -p {}` | {} | {} |",
            lesson.number_text(),
            lesson.package,
            lesson.concept,
            lesson.python
        ));
    }
    rows.join("\n")
}

fn summary_lessons(course: &Course) -> String {
    let lines: Vec<String> = course
        .lessons
        .iter()
        .map(|l| format!("- [{} · {}]({})", l.number_text(), l.package, l.chapter()))
        .collect();
    lines.join("\n")
}

fn summary_deeper(repo: &Path, course: &Course) -> Result<String, String> {
    let mut lines = Vec::new();
    for lesson in &course.lessons {
        for page in lesson.deeper_pages() {
            let text = fs::read_to_string(repo.join("docs/src").join(&page))
                .map_err(|e| format!("docs/src/{page}: {e}"))?;
            let title = text
                .lines()
                .find_map(|l| l.strip_prefix("# "))
                .ok_or(format!("docs/src/{page}: no `# ` title"))?;
            let title = title.strip_prefix("Deeper: ").unwrap_or(title);
            let mut chars = title.chars();
            let title: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            lines.push(format!("- [{} · {title}]({page})", lesson.number_text()));
        }
    }
    Ok(lines.join("\n"))
}

fn cheatsheet_rows(repo: &Path, course: &Course) -> Result<String, String> {
    let mut rows = Vec::new();
    for lesson in &course.lessons {
        let relative = format!("lessons/{}/cheatsheet.md", lesson.slug());
        let text =
            fs::read_to_string(repo.join(&relative)).map_err(|e| format!("{relative}: {e}"))?;
        rows.extend(
            text.lines()
                .filter(|l| l.starts_with('|'))
                .map(str::to_string),
        );
    }
    Ok(rows.join("\n"))
}

fn exercise_dependencies(course: &Course) -> String {
    let lines: Vec<String> = course
        .lessons
        .iter()
        .map(|l| format!("{} = {{ path = \"../lessons/{}\" }}", l.package, l.slug()))
        .collect();
    lines.join("\n")
}

/// Each exercise's statement, included from its README, with the link book-check asks for.
fn practice_section(course: &Course, lesson: &Lesson) -> String {
    let mut parts = Vec::new();
    for exercise in course.exercises_of(lesson.number) {
        let readme = format!("../../exercises/{}/README.md", exercise.id);
        parts.push(format!(
            "[exercises/{}/README.md]({readme})\n{{{{#include {readme}:statement}}}}",
            exercise.id
        ));
    }
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_derived_file_is_up_to_date() {
        let repo = crate::repo();
        let course = crate::load(&repo).unwrap();
        let stale = stale(&repo, &course).unwrap();
        assert!(
            stale.is_empty(),
            "out of date with course.toml: {stale:?}\nrun: cargo run -p practice -- course sync"
        );
    }
}
