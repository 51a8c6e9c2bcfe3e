//! The exercises: each listed in `course.toml`, each a small crate `exercises/<id>/`.
//!
//! One file holds the reference solution whole, `solution.rs`, with what the learner writes
//! marked `// ANSWER: name` … `// ANSWER_END: name`. Every other version is that file with some
//! regions replaced: `answers/stub.rs` (what the learner starts from), `answers/wrong-*.rs`
//! (typical wrong answers the graders must reject) and `answers/alt-*.rs` (correct answers by
//! another route the graders must accept) hold only their regions, under a `//!` header that
//! says what they are. Code the learner uses but does not edit lives in `src/given.rs`.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anchors::ANSWER;

/// One exercise, as the manifest lists it and its folder holds it.
#[derive(Debug, Clone)]
pub struct Exercise {
    /// `NN-slug`: what the learner types.
    pub id: String,
    /// The exercise's folder.
    pub dir: PathBuf,
    /// One line, from the manifest.
    pub title: String,
    /// `ex` and the id.
    pub package: String,
    /// The statement: the README between its `ANCHOR: statement` lines.
    pub statement: String,
    /// The hints, in the order they are revealed.
    pub hints: Vec<String>,
    /// How long its tests may run, all together.
    pub time_limit: Duration,
    /// How much memory one test may use, in bytes.
    pub memory_limit: u64,
    /// The usual causes of a hang here, in Python terms.
    pub hangs: Vec<String>,
}

/// What a version of the learner's file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `answers/stub.rs`: where the learner starts; the graders must reject it.
    Stub,
    /// `answers/wrong-*.rs`: a typical wrong answer; the graders must reject it.
    Wrong,
    /// `solution.rs` itself: the graders must accept it.
    Solution,
    /// `answers/alt-*.rs`: a correct answer by another route; the graders must accept it.
    Alt,
}

/// One version of the learner's file other than the solution: its regions and what it is.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The file's stem: `stub`, `wrong-relaxed-load`, `alt-fences`.
    pub name: String,
    /// What it is for.
    pub kind: Kind,
    /// The header's text, without its `key: value` lines.
    pub about: String,
    /// How the graders catch it (`caught: forced`, `loom`, `bound`, `assertion`), for a wrong
    /// answer.
    pub caught: Option<String>,
    /// `judge: compiler`: the compiler is what rejects it.
    pub compiler_rejects: bool,
    /// The body of each region it replaces.
    pub regions: BTreeMap<String, String>,
}

impl Answer {
    /// Reads an answer file.
    pub fn parse(name: &str, text: &str) -> Result<Answer, String> {
        let kind = match name {
            "stub" => Kind::Stub,
            _ if name.starts_with("wrong-") => Kind::Wrong,
            _ if name.starts_with("alt-") => Kind::Alt,
            _ => return Err(format!("answers/{name}.rs: name it stub, wrong-… or alt-…")),
        };
        let mut about = Vec::new();
        let mut caught = None;
        let mut compiler_rejects = false;
        for line in text.lines().map_while(|l| l.strip_prefix("//!")) {
            match line.trim().split_once(": ") {
                Some(("caught", how)) => caught = Some(how.trim().to_string()),
                Some(("judge", "compiler")) => compiler_rejects = true,
                _ => about.push(line.trim()),
            }
        }
        let regions =
            anchors::bodies(text, ANSWER).map_err(|e| format!("answers/{name}.rs: {e}"))?;
        if kind == Kind::Wrong && caught.is_none() && !compiler_rejects {
            return Err(format!(
                "answers/{name}.rs: say how the graders catch it (`//! caught: forced|loom|bound|assertion`) or `//! judge: compiler`"
            ));
        }
        Ok(Answer {
            name: name.to_string(),
            kind,
            about: about.join(" ").trim().to_string(),
            caught,
            compiler_rejects,
            regions,
        })
    }
}

impl Exercise {
    /// The exercise the manifest lists, read from its folder under `exercises`.
    pub fn read(exercises: &Path, entry: &course::Exercise) -> io::Result<Exercise> {
        let dir = exercises.join(&entry.id);
        let readme = fs::read_to_string(dir.join("README.md"))?;
        let statement = anchors::slice(&readme, "statement")
            .map(|lines| lines.join("\n").trim().to_string())
            .unwrap_or(readme);
        Ok(Exercise {
            id: entry.id.clone(),
            dir,
            title: entry.title.clone(),
            package: entry.package(),
            statement,
            hints: entry.hints.iter().map(|h| h.trim().to_string()).collect(),
            time_limit: entry.time_limit(),
            memory_limit: entry.memory_limit(),
            hangs: entry.hangs.clone(),
        })
    }

    /// The file the learner edits.
    pub fn learner_file(&self) -> PathBuf {
        self.dir.join("src").join("lib.rs")
    }

    /// The reference solution, regions marked.
    pub fn solution_file(&self) -> PathBuf {
        self.dir.join("solution.rs")
    }

    /// Every answer in `answers/`, the stub first, then by name.
    pub fn answers(&self) -> io::Result<Vec<Answer>> {
        let mut found = Vec::new();
        for entry in fs::read_dir(self.dir.join("answers"))? {
            let path = entry?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let Some(stem) = name.strip_suffix(".rs") else {
                continue;
            };
            let text = fs::read_to_string(&path)?;
            found.push(Answer::parse(stem, &text).map_err(io::Error::other)?);
        }
        found.sort_by_key(|a| (a.kind != Kind::Stub, a.name.clone()));
        Ok(found)
    }

    /// The learner's file as `answer` would leave it, or the solution with `None`: the solution
    /// with the answer's regions in place, markers removed.
    pub fn version(&self, answer: Option<&Answer>) -> io::Result<String> {
        let solution = fs::read_to_string(self.solution_file())?;
        let empty = BTreeMap::new();
        let regions = answer.map_or(&empty, |a| &a.regions);
        anchors::splice(&solution, ANSWER, regions)
            .map_err(|e| io::Error::other(format!("{}: {e}", self.id)))
    }

    /// What the learner starts from.
    pub fn stub(&self) -> io::Result<String> {
        let answers = self.answers()?;
        let stub = answers
            .iter()
            .find(|a| a.kind == Kind::Stub)
            .ok_or_else(|| io::Error::other(format!("{}: no answers/stub.rs", self.id)))?;
        self.version(Some(stub))
    }

    /// Whether the learner's file still holds the stub (or does not exist yet).
    pub fn untouched(&self) -> bool {
        match (fs::read_to_string(self.learner_file()), self.stub()) {
            (Ok(mine), Ok(stub)) => mine == stub,
            _ => true,
        }
    }

    /// Writes the stub to the learner's file unless that file exists already.
    pub fn materialise(&self) -> io::Result<()> {
        let file = self.learner_file();
        if !file.exists() {
            fs::create_dir_all(file.parent().expect("src/ has a parent"))?;
            fs::write(&file, self.stub()?)?;
        }
        Ok(())
    }

    /// Puts the stub back in place of the learner's file.
    pub fn reset(&self) -> io::Result<()> {
        fs::write(self.learner_file(), self.stub()?)
    }
}

/// Every exercise the manifest of `repo` lists, in its order.
pub fn all(repo: &Path) -> Result<Vec<Exercise>, String> {
    let course = course::load(repo)?;
    let exercises = repo.join("exercises");
    course
        .exercises
        .iter()
        .map(|entry| {
            Exercise::read(&exercises, entry).map_err(|e| format!("exercises/{}: {e}", entry.id))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_names_its_kind_and_how_it_is_caught() {
        let text = "//! Half a fix: the load stays Relaxed.\n//! caught: loom\n\n// ANSWER: receive\nx\n// ANSWER_END: receive\n";
        let answer = Answer::parse("wrong-half-fix", text).unwrap();
        assert_eq!(answer.kind, Kind::Wrong);
        assert_eq!(answer.about, "Half a fix: the load stays Relaxed.");
        assert_eq!(answer.caught.as_deref(), Some("loom"));
        assert_eq!(answer.regions["receive"], "x");
        assert!(Answer::parse("wrong-silent", "// ANSWER: a\n// ANSWER_END: a\n").is_err());
        assert!(Answer::parse("typo", "").is_err());
        let rejected = Answer::parse("wrong-borrow", "//! judge: compiler\n").unwrap();
        assert!(rejected.compiler_rejects);
    }
}
