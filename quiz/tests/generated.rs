//! The book's quiz pages are what `cargo run -p quiz -- generate` writes now, and every lesson
//! of the course has questions.

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn the_committed_pages_are_up_to_date() {
    let dir = quiz::book::generated_dir();
    let mut stale = Vec::new();
    let pages = quiz::book::pages().unwrap();
    for (name, text) in &pages {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let expected: BTreeSet<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if !expected.contains(&name) {
            stale.push(format!("{name} (no question file: delete it)"));
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}\nrun: cargo run -p quiz -- generate",
        stale.join(", ")
    );
}

#[test]
fn every_chapter_ends_with_its_quiz() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/src");
    for lesson in quiz::question::load_all(&quiz::question::folder()).unwrap() {
        let chapter = std::fs::read_to_string(src.join(format!("{}.md", lesson.name))).unwrap();
        let include = format!("{{{{#include generated/quiz/{}.md}}}}", lesson.name);
        let tail: Vec<&str> = chapter.trim_end().lines().rev().take(3).collect();
        assert_eq!(
            tail[0], include,
            "{}.md must end with {include}",
            lesson.name
        );
        assert_eq!(
            tail[2], "## Quiz",
            "{}.md: ## Quiz, its source link, its include",
            lesson.name
        );
    }
}
