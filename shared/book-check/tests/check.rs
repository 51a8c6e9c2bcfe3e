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

/// Every correction in the book carries an `id="fix-…"` anchor on the sentence that makes it, and
/// the seed-corrections page links to each one: the page lists every correction, and each of its
/// rows lands on the correction itself (book-check proves each such link finds its id).
#[test]
fn the_seed_corrections_page_links_to_every_correction() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/src");
    let page = fs::read_to_string(src.join("seed-corrections.md")).unwrap();
    let linked: Vec<String> = book_check::links::targets(&page)
        .into_iter()
        .map(|(_, target)| target)
        .filter(|target| target.contains("#fix-"))
        .collect();
    let mut missing = Vec::new();
    let mut chapters: Vec<_> = fs::read_dir(&src)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    chapters.sort();
    let mut anchors = 0;
    for chapter in chapters {
        let name = chapter.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&chapter).unwrap();
        for (line, id) in book_check::links::html_ids(&text) {
            if id.starts_with("fix-") {
                anchors += 1;
                let target = format!("{name}#{id}");
                if !linked.contains(&target) {
                    missing.push(format!("{name}:{line}: #{id}"));
                }
            }
        }
    }
    assert!(anchors > 0, "no correction anchors found");
    assert!(
        missing.is_empty(),
        "corrections the seed-corrections page does not link to: {missing:#?}"
    );
    let rows = page
        .lines()
        .filter(|l| l.starts_with("| 0") || l.starts_with("| ("))
        .count();
    let rows_with_a_fix = page
        .lines()
        .filter(|l| l.starts_with("| 0") || l.starts_with("| ("))
        .filter(|l| l.contains("#fix-"))
        .count();
    assert_eq!(
        rows, rows_with_a_fix,
        "every row links to the sentence that makes its correction"
    );
}
