//! The checker catches what mdbook lets through, and the real book passes it.

use std::fs;
use std::path::Path;

use book_check::{check_book, check_markdown};

fn problems_for(markdown: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("code.rs"),
        "// ANCHOR: good\nfn main() {}\n// ANCHOR_END: good\n",
    )
    .unwrap();
    let file = dir.path().join("chapter.md");
    check_markdown(&file, markdown)
        .into_iter()
        .map(|p| p.message)
        .collect()
}

#[test]
fn a_linked_include_of_an_existing_anchor_passes() {
    let md = "[code.rs](code.rs):\n```rust\n{{#include code.rs:good}}\n```\n";
    assert_eq!(problems_for(md), Vec::<String>::new());
}

#[test]
fn a_missing_anchor_is_caught() {
    let md = "[code.rs](code.rs)\n{{#include code.rs:gone}}\n";
    assert_eq!(
        problems_for(md),
        ["code.rs has no ANCHOR: gone ... ANCHOR_END: gone"]
    );
}

#[test]
fn a_missing_file_is_caught() {
    let md = "[nope.rs](nope.rs)\n{{#include nope.rs:good}}\n";
    assert_eq!(problems_for(md), ["included file nope.rs does not exist"]);
}

#[test]
fn line_numbers_and_missing_links_are_caught() {
    let problems = problems_for("{{#include code.rs:1:2}}\n");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("use an ANCHOR"));
    assert!(problems[1].contains("no link to code.rs"));
}

#[test]
fn the_real_book_has_no_broken_includes() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
    let problems = check_book(&book).unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}
