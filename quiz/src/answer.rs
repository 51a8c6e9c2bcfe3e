//! Keys computed from exploration, checked against the data, and the explanations shown after
//! an answer: a reason for each option that cannot happen (from the data), and for each that
//! can, the numbered steps of an interleaving that does it (from the exploration).

use std::collections::BTreeSet;
use std::path::Path;

use crate::model::{Outcome, Site, Step};
use crate::programs::{self, Program};
use crate::question::{Lesson, Pattern, Question};

/// A program's listing at most this many lines.
pub const MAX_LINES: usize = 25;
/// At most this many threads (or tasks) besides `main`.
pub const MAX_THREADS: usize = 3;

/// One step of a witness, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// `main`, `t1`, `task 1`…
    pub thread: String,
    /// The listing's line (1-based), if the step happened on one.
    pub line: Option<u32>,
    /// What happened, objects named.
    pub text: String,
}

/// A question with its computed key and explanations.
#[derive(Debug, Clone)]
pub struct Solved {
    /// The question as written.
    pub question: Question,
    /// The program's listing.
    pub code: Vec<&'static str>,
    /// The program's file, relative to the repository.
    pub file: &'static str,
    /// The Python twin's lines, if any.
    pub python: Option<Vec<String>>,
    /// One per option, in order.
    pub options: Vec<SolvedOption>,
}

/// An option with its computed key.
#[derive(Debug, Clone)]
pub struct SolvedOption {
    /// As shown.
    pub label: String,
    /// Whether the learner should tick it, computed.
    pub key: bool,
    /// Whether the outcome it names can happen (in its own program, for a "which change" option).
    pub possible: bool,
    /// The data's reason or remark.
    pub why: Option<String>,
    /// For a possible outcome: an interleaving that produces it.
    pub steps: Vec<Shown>,
    /// For a "which change" option: the changed program's listing.
    pub code: Option<Vec<&'static str>>,
}

fn find(lesson: &Lesson, name: &str) -> Result<Program, String> {
    programs::lesson(lesson.number())
        .iter()
        .find(|p| p.name == name)
        .copied()
        .ok_or_else(|| {
            format!(
                "no program {name} in quiz/src/programs/l{:02}.rs",
                lesson.number()
            )
        })
}

/// Solves every question of a lesson: keys from exploration.
pub fn solve_lesson(lesson: &Lesson) -> Result<Vec<Solved>, String> {
    lesson.questions.iter().map(|q| solve(lesson, q)).collect()
}

/// Explores the question's program(s) and computes each option's key and explanation.
pub fn solve(lesson: &Lesson, question: &Question) -> Result<Solved, String> {
    let context = |e: String| format!("{} / {}: {e}", lesson.name, question.id);
    let program = find(lesson, &question.program).map_err(context)?;
    let (code, _) = program.listing();
    let python = match &question.python {
        Some(anchor) => Some(python_listing(lesson.number(), anchor).map_err(context)?),
        None => None,
    };
    let mut options = Vec::new();
    for choice in &question.options {
        let (target, pattern, fix) = match (&question.bad, &choice.program) {
            (Some(bad), Some(name)) => (find(lesson, name).map_err(context)?, bad.clone(), true),
            (Some(_), None) => {
                return Err(context(
                    "an option of a `bad` question names no `program`".into(),
                ));
            }
            (None, Some(_)) => {
                return Err(context(
                    "an option names a `program` but the question has no `bad`".into(),
                ));
            }
            (None, None) => (program, choice.pattern(), false),
        };
        let explored = target.explore().map_err(context)?;
        let witness = witness(explored.outcomes.iter(), &pattern);
        let possible = witness.is_some();
        let steps = witness.map(|t| show(t, &target)).unwrap_or_default();
        options.push(SolvedOption {
            label: choice.label(),
            key: if fix { !possible } else { possible },
            possible,
            why: choice.why.clone(),
            steps,
            code: fix.then(|| target.listing().0),
        });
    }
    Ok(Solved {
        question: question.clone(),
        code,
        file: program.file,
        python,
        options,
    })
}

fn witness<'a>(
    outcomes: impl Iterator<Item = (&'a Outcome, &'a Vec<Step>)>,
    pattern: &Pattern,
) -> Option<&'a Vec<Step>> {
    outcomes
        .filter(|(o, _)| pattern.matches(o))
        .map(|(_, t)| t)
        .min_by_key(|t| t.len())
}

/// Everything wrong with a lesson's questions: keys that differ from the exploration, reasons
/// missing, programs too long or with too many threads.
pub fn check_lesson(lesson: &Lesson) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for question in &lesson.questions {
        let at = format!("{} / {}", lesson.name, question.id);
        if !ids.insert(&question.id) {
            problems.push(format!("{at}: the id is used twice"));
        }
        let solved = match solve(lesson, question) {
            Ok(solved) => solved,
            Err(error) => {
                problems.push(error);
                continue;
            }
        };
        if solved.code.is_empty() {
            problems.push(format!(
                "{at}: the program has no ANCHOR: {}",
                question.program
            ));
        }
        let mut listings = vec![(&question.program, solved.code.len())];
        for (choice, option) in question.options.iter().zip(&solved.options) {
            if let (Some(name), Some(code)) = (&choice.program, &option.code) {
                listings.push((name, code.len()));
            }
        }
        for (name, lines) in listings {
            if lines > MAX_LINES {
                problems.push(format!("{at}: {name} is {lines} lines, over {MAX_LINES}"));
            }
        }
        let spawned = find(lesson, &question.program)
            .and_then(|p| p.explore())
            .map(|e| e.spawned);
        if let Ok(spawned @ (0 | 4..)) = spawned {
            problems.push(format!(
                "{at}: it starts {spawned} threads or tasks besides main: a quiz program starts 1 to {MAX_THREADS}"
            ));
        }
        for (n, (choice, option)) in question.options.iter().zip(&solved.options).enumerate() {
            let n = n + 1;
            if choice.key != option.key {
                problems.push(format!(
                    "{at}: option {n} ({}) has key = {}, but the exploration says {}",
                    option.label,
                    choice.key,
                    if option.possible {
                        "it can happen"
                    } else {
                        "it cannot happen"
                    }
                ));
            }
            if !option.possible && choice.why.as_deref().is_none_or(str::is_empty) {
                problems.push(format!(
                    "{at}: option {n} ({}) cannot happen: say why",
                    option.label
                ));
            }
        }
        if question.options.len() < 2 {
            problems.push(format!("{at}: fewer than two options"));
        }
        if !question.options.iter().any(|o| o.key) {
            problems.push(format!("{at}: no option is right"));
        }
    }
    problems
}

/// Names the objects in a step and maps its line into the listing.
fn show(trace: &[Step], program: &Program) -> Vec<Shown> {
    let (code, offset) = program.listing();
    let local = |site: &Site| -> Option<u32> {
        let line = site.line.checked_sub(offset)?;
        (same_file(site.file, program.file) && line >= 1 && line as usize <= code.len())
            .then_some(line)
    };
    trace
        .iter()
        .map(|step| {
            let mut text = step.text.clone();
            for (i, object) in step.objects.iter().enumerate() {
                let name = object_name(program, object, local(object));
                text = text.replace(&format!("{{{i}}}"), &name);
            }
            Shown {
                thread: step.thread.clone(),
                line: step.at.as_ref().and_then(local),
                text,
            }
        })
        .collect()
}

fn same_file(a: &str, b: &str) -> bool {
    Path::new(a) == Path::new(b)
}

/// The name a program gives an object: the `let` binding on the line that created it.
fn object_name(program: &Program, site: &Site, line: Option<u32>) -> String {
    let text = program
        .source
        .lines()
        .nth(site.line as usize - 1)
        .unwrap_or_default();
    let binding = text.split_once("let ").map(|(_, rest)| {
        let rest = rest.trim_start().trim_start_matches("mut ").trim_start();
        rest.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect::<String>()
    });
    match (binding, line) {
        (Some(name), _) if !name.is_empty() => format!("`{name}`"),
        (_, Some(line)) => format!("the object made on line {line}"),
        _ => "an object".to_string(),
    }
}

/// The lines between `# ANCHOR: anchor` and its end in `quiz/python/lNN.py`.
pub fn python_listing(lesson: u32, anchor: &str) -> Result<Vec<String>, String> {
    let file = python_file(lesson);
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let lines = anchors::slice(&text, anchor)
        .ok_or_else(|| format!("{} has no ANCHOR: {anchor} … ANCHOR_END", file.display()))?;
    Ok(lines.iter().map(|l| l.to_string()).collect())
}

/// `quiz/python/lNN.py`.
pub fn python_file(lesson: u32) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("python")
        .join(format!("l{lesson:02}.py"))
}
