//! The book as a website: an mdBook preprocessor that serves the repository files the chapters
//! link to.
//!
//! In the Markdown, a listing's source link is relative to the file on disk
//! (`../../lessons/01-main-thread/src/lib.rs`), so it works in an editor or on a forge. Served by
//! `mdbook serve`, that path leaves the book and would be a 404. This preprocessor rewrites each
//! such link to a page it generates inside the book (`source/lessons/…/lib.rs.md`) holding the
//! file's text, and lists those pages under "Source files".

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::links::normalise;

/// The folder, inside the book, where source pages are generated.
pub const SOURCE_DIR: &str = "source";

/// Runs the preprocessor on mdBook's `[context, book]` JSON and returns the book's JSON.
///
/// `book_root` is the folder holding `book.toml`; the book's sources are in `book_root/src`
/// and the repository is its parent.
pub fn preprocess(input: &str, book_root: &Path) -> Result<String, String> {
    let [_context, mut book]: [Value; 2] =
        serde_json::from_str(input).map_err(|e| format!("cannot read mdBook's input: {e}"))?;
    let src = book_root.join("src");
    let repo = book_root.join("..");
    let mut linked = BTreeSet::new();
    let items = book
        .get_mut("items")
        .and_then(Value::as_array_mut)
        .ok_or("the book has no items")?;
    for item in items.iter_mut() {
        rewrite_item(item, &src, &repo, &mut linked);
    }
    if !linked.is_empty() {
        items.push(json!({ "PartTitle": "Source files" }));
        items.push(source_chapters(&linked, &repo));
    }
    serde_json::to_string(&book).map_err(|e| e.to_string())
}

fn rewrite_item(item: &mut Value, src: &Path, repo: &Path, linked: &mut BTreeSet<String>) {
    let Some(chapter) = item.get_mut("Chapter") else {
        return;
    };
    let page = chapter
        .get("path")
        .and_then(Value::as_str)
        .map(PathBuf::from);
    if let (Some(page), Some(content)) = (page, chapter.get("content").and_then(Value::as_str)) {
        let rewritten = rewrite_links(content, &page, src, repo, linked);
        chapter["content"] = Value::String(rewritten);
    }
    if let Some(subs) = chapter.get_mut("sub_items").and_then(Value::as_array_mut) {
        for sub in subs {
            rewrite_item(sub, src, repo, linked);
        }
    }
}

/// Where a relative link from `page` (a path inside the book) lands in the repository, if it
/// leaves the book for a file or folder that exists: its path relative to the repository.
pub fn repo_file(target: &str, page: &Path, src: &Path, repo: &Path) -> Option<String> {
    if target.contains("://") || target.starts_with('#') || target.starts_with('/') {
        return None;
    }
    let joined = normalise(&page.parent().unwrap_or(Path::new("")).join(target))?;
    // Inside the book (no leading `..`): mdBook serves it itself.
    if !joined.starts_with("..") {
        return None;
    }
    let on_disk = normalise(&Path::new("docs/src").join(&joined))?;
    if on_disk.starts_with("..") || !repo.join(&on_disk).exists() {
        return None;
    }
    let _ = src;
    Some(on_disk.to_string_lossy().replace('\\', "/"))
}

/// Rewrites every `](target)` in `content` that leaves the book for a repository file.
fn rewrite_links(
    content: &str,
    page: &Path,
    src: &Path,
    repo: &Path,
    linked: &mut BTreeSet<String>,
) -> String {
    let depth = page.components().count().saturating_sub(1);
    let up = "../".repeat(depth);
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(at) = rest.find("](") {
        out.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        let end = rest.find(')').unwrap_or(rest.len());
        let target = &rest[..end];
        match repo_file(target, page, src, repo) {
            Some(file) => {
                out.push_str(&format!("{up}{SOURCE_DIR}/{file}.md"));
                linked.insert(file);
            }
            None => out.push_str(target),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn source_chapters(files: &BTreeSet<String>, repo: &Path) -> Value {
    let parents = vec!["Source files".to_string()];
    let mut index = String::from(
        "# Source files\n\nThe repository files the chapters link to, as they are in this build.\n\n",
    );
    // A linked folder gets a page listing its files, and each of them a page.
    let mut all = files.clone();
    for folder in files.iter().filter(|f| repo.join(f).is_dir()) {
        all.extend(folder_files(repo, folder));
    }
    let mut subs = Vec::new();
    for file in &all {
        let text = if repo.join(file).is_dir() {
            let name = Path::new(file)
                .file_name()
                .unwrap_or_default()
                .to_string_lossy();
            let mut list = format!("# `{file}/`\n\n");
            for inner in folder_files(repo, file) {
                let leaf = &inner[file.len() + 1..];
                list.push_str(&format!("- [{leaf}]({name}/{leaf}.md)\n"));
            }
            list
        } else {
            let text = fs::read_to_string(repo.join(file)).unwrap_or_default();
            source_page(file, &text)
        };
        index.push_str(&format!("- [{file}]({file}.md)\n"));
        subs.push(json!({ "Chapter": {
            "name": file,
            "content": text,
            "number": null,
            "sub_items": [],
            "path": format!("{SOURCE_DIR}/{file}.md"),
            "source_path": null,
            "parent_names": parents,
        }}));
    }
    json!({ "Chapter": {
        "name": "Source files",
        "content": index,
        "number": null,
        "sub_items": subs,
        "path": format!("{SOURCE_DIR}/index.md"),
        "source_path": null,
        "parent_names": [],
    }})
}

/// The files directly in `folder` (a path relative to `repo`), sorted.
fn folder_files(repo: &Path, folder: &str) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(repo.join(folder))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .map(|e| format!("{folder}/{}", e.file_name().to_string_lossy()))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// One source page: the file's path as its title and its text in a fence long enough that no
/// line of the file can close it.
pub fn source_page(file: &str, text: &str) -> String {
    let language = match Path::new(file).extension().and_then(|e| e.to_str()) {
        Some("rs") => "rust,ignore",
        Some("py") => "python",
        Some("toml") => "toml",
        Some("md") => "markdown",
        Some("sh") => "bash",
        _ => "text",
    };
    let longest_run = text
        .lines()
        .map(|l| l.trim_start().chars().take_while(|&c| c == '`').count())
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest_run.max(2) + 1);
    format!("# `{file}`\n\n{fence}{language}\n{text}\n{fence}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_that_leaves_the_book_for_a_repository_file_is_found() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let src = repo.join("docs/src");
        let page = Path::new("01-main-thread.md");
        assert_eq!(
            repo_file("../../lessons/01-main-thread/src/lib.rs", page, &src, &repo).as_deref(),
            Some("lessons/01-main-thread/src/lib.rs")
        );
        let deeper = Path::new("deeper/05-inside-the-pool.md");
        assert_eq!(
            repo_file("../../../lessons/05-pools/src/pool.rs", deeper, &src, &repo).as_deref(),
            Some("lessons/05-pools/src/pool.rs")
        );
        assert_eq!(repo_file("02-spawn.md", page, &src, &repo), None);
        assert_eq!(repo_file("../../no/such/file.rs", page, &src, &repo), None);
        assert_eq!(
            repo_file("https://doc.rust-lang.org", page, &src, &repo),
            None
        );
    }

    #[test]
    fn links_are_rewritten_relative_to_the_page() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let src = repo.join("docs/src");
        let mut linked = BTreeSet::new();
        let text = "[lib.rs](../../../lessons/05-pools/src/pool.rs) and [05](../05-pools.md)";
        let out = rewrite_links(text, Path::new("deeper/x.md"), &src, &repo, &mut linked);
        assert_eq!(
            out,
            "[lib.rs](../source/lessons/05-pools/src/pool.rs.md) and [05](../05-pools.md)"
        );
        assert!(linked.contains("lessons/05-pools/src/pool.rs"));
    }

    #[test]
    fn a_source_page_fence_outlasts_the_files_own_fences() {
        // A doc comment's fence cannot close it (it is not at the start of the line)...
        let page = source_page("a.rs", "/// ```\n/// x\n/// ```\nfn a() {}");
        assert!(page.contains("\n```rust,ignore\n"), "{page}");
        // ...but a Markdown file's own fence could.
        let page = source_page("a.md", "```rust\nfn a() {}\n```");
        assert!(page.contains("````markdown\n"), "{page}");
        assert!(page.ends_with("\n````\n"));
    }
}
