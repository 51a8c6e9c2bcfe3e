//! The disk against the manifest: every lesson and exercise listed has its folder, package,
//! chapter and pages, and every folder on disk is listed.

use std::fs;
use std::path::Path;

use crate::manifest::Course;

/// Everything on disk that disagrees with the manifest, one line each (empty when none).
pub fn problems(repo: &Path, course: &Course) -> Vec<String> {
    let mut problems = Vec::new();
    lessons(repo, course, &mut problems);
    deeper(repo, course, &mut problems);
    exercises(repo, course, &mut problems);
    problems
}

fn lessons(repo: &Path, course: &Course, problems: &mut Vec<String>) {
    let listed: Vec<String> = course.lessons.iter().map(|l| l.slug()).collect();
    unlisted(repo, "lessons", &listed, problems);
    for lesson in &course.lessons {
        let dir = repo.join("lessons").join(lesson.slug());
        let slug = lesson.slug();
        match package_name(&dir) {
            None => problems.push(format!("lessons/{slug}: no Cargo.toml with a package name")),
            Some(name) if name != lesson.package => problems.push(format!(
                "lessons/{slug}: its package is {name:?}, the manifest says {:?}",
                lesson.package
            )),
            Some(_) => {}
        }
        if !doctests_off(&dir) {
            problems.push(format!(
                "lessons/{slug}/Cargo.toml: needs `[lib] doctest = false` (its doc examples run in \
                 `cargo test --workspace --doc`, which keeps `cargo test` quick)"
            ));
        }
        for file in unbuilt_tests(&dir) {
            problems.push(format!(
                "lessons/{slug}/tests/{file}: in no test binary (with `autotests = false`, list it \
                 as a `[[test]]` in Cargo.toml or declare it as a module in tests/lesson.rs)"
            ));
        }
        if !dir.join("cheatsheet.md").is_file() {
            problems.push(format!(
                "lessons/{slug}: no cheatsheet.md (its cheat-sheet rows)"
            ));
        }
        let chapter = repo.join("docs/src").join(lesson.chapter());
        let heading = format!(
            "# {} · {}: {}",
            lesson.number_text(),
            lesson.package,
            lesson.title
        );
        match fs::read_to_string(&chapter) {
            Err(_) => problems.push(format!("no chapter docs/src/{}", lesson.chapter())),
            Ok(text) if text.lines().next() != Some(heading.as_str()) => problems.push(format!(
                "docs/src/{}: its first line must be {heading:?} (the manifest's title)",
                lesson.chapter()
            )),
            Ok(_) => {}
        }
    }
}

fn deeper(repo: &Path, course: &Course, problems: &mut Vec<String>) {
    let listed: Vec<String> = course
        .lessons
        .iter()
        .flat_map(|l| l.deeper_pages())
        .collect();
    for page in &listed {
        if !repo.join("docs/src").join(page).is_file() {
            problems.push(format!(
                "course.toml lists docs/src/{page}, which does not exist"
            ));
        }
    }
    let Ok(entries) = fs::read_dir(repo.join("docs/src/deeper")) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let page = format!("deeper/{name}");
        if name.ends_with(".md") && !listed.contains(&page) {
            problems.push(format!(
                "docs/src/{page} is not listed in course.toml (its lesson's `deeper`)"
            ));
        }
    }
}

fn exercises(repo: &Path, course: &Course, problems: &mut Vec<String>) {
    let listed: Vec<String> = course.exercises.iter().map(|e| e.id.clone()).collect();
    unlisted(repo, "exercises", &listed, problems);
    for exercise in &course.exercises {
        let dir = repo.join("exercises").join(&exercise.id);
        let id = &exercise.id;
        if package_name(&dir).as_deref() != Some(exercise.package().as_str()) {
            problems.push(format!(
                "exercises/{id}: its Cargo.toml must name the package {:?}",
                exercise.package()
            ));
        }
        let heading = format!("# {}", exercise.title);
        match fs::read_to_string(dir.join("README.md")) {
            Err(_) => problems.push(format!("exercises/{id}: no README.md")),
            Ok(text) => {
                if text.lines().next() != Some(heading.as_str()) {
                    problems.push(format!(
                        "exercises/{id}/README.md: its first line must be {heading:?} (the manifest's title)"
                    ));
                }
                if anchors::slice(&text, "statement").is_none() {
                    problems.push(format!(
                        "exercises/{id}/README.md: no <!-- ANCHOR: statement --> … <!-- ANCHOR_END: statement -->"
                    ));
                }
            }
        }
    }
}

/// Folders `NN-*` under `repo/folder` that the manifest does not list, and listed ones missing.
fn unlisted(repo: &Path, folder: &str, listed: &[String], problems: &mut Vec<String>) {
    let mut found = Vec::new();
    if let Ok(entries) = fs::read_dir(repo.join(folder)) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let numbered = name.len() > 3 && name.as_bytes()[..2].iter().all(u8::is_ascii_digit);
            if numbered && entry.path().is_dir() {
                found.push(name);
            }
        }
    }
    for name in &found {
        if !listed.contains(name) {
            problems.push(format!("{folder}/{name} is not in course.toml"));
        }
    }
    for name in listed {
        if !found.contains(name) {
            problems.push(format!(
                "course.toml lists {folder}/{name}, which does not exist"
            ));
        }
    }
}

/// Whether a folder's Cargo.toml says `[lib] doctest = false`.
fn doctests_off(dir: &Path) -> bool {
    let manifest = fs::read_to_string(dir.join("Cargo.toml"))
        .ok()
        .and_then(|text| toml::from_str::<toml::Table>(&text).ok());
    let doctest = manifest.as_ref().and_then(|m| m.get("lib")?.get("doctest"));
    doctest.and_then(toml::Value::as_bool) == Some(false)
}

/// The entries of a lesson's `tests/` that no test binary builds. With `autotests = false`
/// (conventions.md), cargo builds only the `[[test]]` paths, and the files those declare as
/// modules; the lessons' modules are declared in `tests/lesson.rs`.
fn unbuilt_tests(dir: &Path) -> Vec<String> {
    let manifest = fs::read_to_string(dir.join("Cargo.toml"))
        .ok()
        .and_then(|text| toml::from_str::<toml::Table>(&text).ok());
    let Some(manifest) = manifest else {
        return Vec::new();
    };
    let autotests = manifest.get("package").and_then(|p| p.get("autotests"));
    if autotests.and_then(toml::Value::as_bool) != Some(false) {
        return Vec::new(); // cargo builds every file in tests/ as a binary of its own
    }
    let targets = manifest.get("test").and_then(toml::Value::as_array);
    let mut built: Vec<String> = targets
        .into_iter()
        .flatten()
        .filter_map(|test| test.get("path")?.as_str()?.strip_prefix("tests/"))
        .map(String::from)
        .collect();
    let root = fs::read_to_string(dir.join("tests/lesson.rs")).unwrap_or_default();
    for line in root.lines() {
        if let Some(module) = line.strip_prefix("mod ").and_then(|m| m.strip_suffix(';')) {
            built.push(format!("{module}.rs"));
            built.push(module.to_string()); // a folder with its mod.rs
        }
    }
    let Ok(entries) = fs::read_dir(dir.join("tests")) else {
        return Vec::new();
    };
    let mut unbuilt: Vec<String> = entries
        .filter_map(|entry| Some(entry.ok()?.file_name().to_str()?.to_string()))
        .filter(|name| !built.contains(name))
        .collect();
    unbuilt.sort();
    unbuilt
}

/// The `name = "…"` of a folder's Cargo.toml `[package]`.
fn package_name(dir: &Path) -> Option<String> {
    let text = fs::read_to_string(dir.join("Cargo.toml")).ok()?;
    let manifest: toml::Table = toml::from_str(&text).ok()?;
    Some(manifest.get("package")?.get("name")?.as_str()?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_agrees_with_its_manifest() {
        let repo = crate::repo();
        let course = crate::load(&repo).unwrap();
        let problems = problems(&repo, &course);
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn a_test_file_in_no_binary_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let write = |path: &str, text: &str| {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        };
        write(
            "Cargo.toml",
            "[package]\nname = \"x\"\nautotests = false\n\n\
             [[test]]\nname = \"lesson\"\npath = \"tests/lesson.rs\"\n\n\
             [[test]]\nname = \"loom\"\npath = \"tests/loom.rs\"\n",
        );
        write("tests/lesson.rs", "mod claims;\nmod common;\n");
        for file in ["claims.rs", "common/mod.rs", "loom.rs", "forgotten.rs"] {
            write(&format!("tests/{file}"), "");
        }
        assert_eq!(unbuilt_tests(dir.path()), ["forgotten.rs"]);
        // Without `autotests = false`, cargo builds every file: nothing is left out.
        write("Cargo.toml", "[package]\nname = \"x\"\n");
        assert!(unbuilt_tests(dir.path()).is_empty());
    }
}
