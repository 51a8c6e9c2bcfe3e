//! The exercises on disk: `exercises/NN-slug/`, one crate each.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One exercise, read from its folder.
#[derive(Debug, Clone)]
pub struct Exercise {
    /// The folder name, e.g. `02-seed-timer`: what the learner types.
    pub id: String,
    /// The exercise's folder.
    pub dir: PathBuf,
    /// The first heading of its README.
    pub title: String,
    /// The package name in its Cargo.toml.
    pub package: String,
    /// The statement: the README between its `ANCHOR: statement` lines.
    pub statement: String,
    /// The hints, in the order they are revealed.
    pub hints: Vec<String>,
}

impl Exercise {
    /// The file the learner edits.
    pub fn learner_file(&self) -> PathBuf {
        self.dir.join("src").join("lib.rs")
    }

    /// The stub as shipped.
    pub fn stub_file(&self) -> PathBuf {
        self.dir.join("stub.rs")
    }

    /// The reference solution.
    pub fn solution_file(&self) -> PathBuf {
        self.dir.join("solution.rs")
    }

    /// Typical wrong answers the graders must reject: `wrong*.rs`.
    pub fn wrong_files(&self) -> io::Result<Vec<PathBuf>> {
        let mut found: Vec<PathBuf> = fs::read_dir(&self.dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("wrong") && n.ends_with(".rs"))
            })
            .collect();
        found.sort();
        Ok(found)
    }

    /// Whether the learner's file still holds the stub (or does not exist yet).
    pub fn untouched(&self) -> bool {
        match (
            fs::read_to_string(self.learner_file()),
            fs::read_to_string(self.stub_file()),
        ) {
            (Ok(mine), Ok(stub)) => mine == stub,
            _ => true,
        }
    }

    /// Copies the stub to the learner's file unless that file exists already.
    pub fn materialise(&self) -> io::Result<()> {
        let file = self.learner_file();
        if !file.exists() {
            fs::create_dir_all(file.parent().expect("src/ has a parent"))?;
            fs::copy(self.stub_file(), &file)?;
        }
        Ok(())
    }
}

/// Every exercise under `root` (the `exercises/` folder), in id order.
pub fn all(root: &Path) -> io::Result<Vec<Exercise>> {
    let mut exercises = Vec::new();
    for entry in fs::read_dir(root)? {
        let dir = entry?.path();
        let Some(id) = dir.file_name().and_then(|n| n.to_str()).map(String::from) else {
            continue;
        };
        let numbered = id.len() > 3 && id[..2].bytes().all(|b| b.is_ascii_digit());
        if !numbered || !dir.join("README.md").is_file() {
            continue;
        }
        exercises.push(read(&dir, id)?);
    }
    exercises.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(exercises)
}

fn read(dir: &Path, id: String) -> io::Result<Exercise> {
    let readme = fs::read_to_string(dir.join("README.md"))?;
    let title = readme
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or(&id)
        .trim()
        .to_string();
    let statement = between(&readme, "ANCHOR: statement", "ANCHOR_END: statement")
        .unwrap_or_else(|| readme.clone());
    let hints = fs::read_to_string(dir.join("hints.md"))
        .map(|text| split_hints(&text))
        .unwrap_or_default();
    let manifest = fs::read_to_string(dir.join("Cargo.toml"))?;
    let package = manifest
        .lines()
        .find_map(|l| l.trim().strip_prefix("name = "))
        .map(|n| n.trim_matches('"').to_string())
        .unwrap_or_else(|| id.clone());
    Ok(Exercise {
        id,
        dir: dir.to_path_buf(),
        title,
        package,
        statement,
        hints,
    })
}

fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let mut lines = text.lines();
    lines.by_ref().find(|l| l.contains(start))?;
    let body: Vec<&str> = lines.take_while(|l| !l.contains(end)).collect();
    Some(body.join("\n").trim().to_string())
}

/// Splits `hints.md` at its `## ` headings: one hint per section.
fn split_hints(text: &str) -> Vec<String> {
    let mut hints: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("## ") {
            hints.push(String::new());
        } else if let Some(hint) = hints.last_mut() {
            hint.push_str(line);
            hint.push('\n');
        }
    }
    hints.into_iter().map(|h| h.trim().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_the_sections_of_hints_md() {
        let hints = split_hints("# Hints\n\n## 1\nLook at join.\n\n## 2\nKeep the handles.\n");
        assert_eq!(hints, ["Look at join.", "Keep the handles."]);
    }

    #[test]
    fn the_statement_is_between_its_anchors() {
        let readme =
            "# T\n<!-- ANCHOR: statement -->\nDo this.\n<!-- ANCHOR_END: statement -->\nmore";
        assert_eq!(
            between(readme, "ANCHOR: statement", "ANCHOR_END: statement").as_deref(),
            Some("Do this.")
        );
    }
}
