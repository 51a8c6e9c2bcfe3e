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

fn book_with(listing: &str, page_lines: usize) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("code.rs"), listing).unwrap();
    let mut page = "[code.rs](code.rs)\n```rust\n{{#include code.rs:item}}\n```\n".to_string();
    page.push_str(&"prose\n".repeat(page_lines));
    fs::write(dir.path().join("05-pools.md"), &page).unwrap();
    fs::create_dir(dir.path().join("deeper")).unwrap();
    let deeper = page
        .replace("code.rs", "../code.rs")
        .replace("[../code.rs]", "[code.rs]");
    fs::write(dir.path().join("deeper").join("05-more.md"), deeper).unwrap();
    check_book(dir.path())
        .unwrap()
        .into_iter()
        .map(|p| {
            format!(
                "{}: {}",
                p.file.file_name().unwrap().to_string_lossy(),
                p.message
            )
        })
        .collect()
}

#[test]
fn a_long_main_path_page_is_caught_and_a_deeper_page_is_not() {
    let item = "// ANCHOR: item\nfn f() {}\n// ANCHOR_END: item\n";
    assert_eq!(book_with(item, 400), Vec::<String>::new());
    let problems = book_with(item, 600);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("05-pools.md: renders 604 lines"),
        "{problems:?}"
    );
}

#[test]
fn long_and_incomplete_listings_are_caught_on_every_page() {
    let long = format!(
        "// ANCHOR: item\nfn f() {{\n{}}}\n// ANCHOR_END: item\n",
        "    x();\n".repeat(40)
    );
    let problems = book_with(&long, 0);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems.iter().all(|p| p.contains("is 42 lines, over 40")),
        "{problems:?}"
    );
    let body = "impl X {\n    // ANCHOR: item\n    fn f() {}\n}\n// ANCHOR_END: item\n";
    let problems = book_with(body, 0);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems.iter().all(|p| p.contains("braces do not balance")),
        "{problems:?}"
    );
}
