//! The book's output blocks and timeline pictures, made by running the lessons.
//!
//! Each lesson that the book shows running declares how, in `lessons/NN-name/runs.toml`: the
//! arguments of each run (as its chapter states them), and which part of which section of the
//! output each block shows ([`Output`]), and which of the timelines drawn each picture is
//! ([`Figure`]):
//!
//! ```toml
//! [[run]]
//! args = ["--pause-ms", "100"]   # `cargo run -p main-thread -- --pause-ms 100`
//!
//! [[run.output]]                 # docs/src/generated/runs/01-main-thread/car-truck.txt
//! file = "car-truck.txt"
//! section = "Named threads: the seed's Car and Truck"
//! from = "in car function"       # from the first line containing this
//! to = "lines in"                # to the first line after it containing this (`before`: up to it)
//! chart = false                  # without the text chart: the picture shows it
//!
//! [[run.figure]]                 # the section's first timeline, as an SVG
//! file = "car-truck.svg"
//! section = "Named threads: the seed's Car and Truck"
//! ```
//!
//! `cargo run -p book-runs` runs them (see its `--help`) and writes the files under
//! `docs/src/generated/runs/NN-name/`; the chapters include them. A lesson's output is cut at
//! its section headings ([`timing::narrate::heading_of`]); a selection names the section and,
//! within it, text to start and stop at, never line numbers, so it holds however the run went.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use timing::narrate;

/// Where the book's run files live, relative to the book's `src/`.
pub const RUNS_DIR: &str = "generated/runs";

/// What `runs.toml` declares: the runs of one lesson.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Each run of the lesson's binary, in order.
    #[serde(default)]
    pub run: Vec<Run>,
}

/// One run of a lesson's binary and what the book shows of it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Run {
    /// The arguments after `cargo run -p <lesson> --`, as the chapter states them.
    #[serde(default)]
    pub args: Vec<String>,
    /// `LESSON_TIME_SCALE` for this run, as the chapter states it (unset: the lesson's real
    /// times).
    pub scale: Option<f64>,
    /// The arguments under `--quick`, instead of `args` (for work that the time scale does not
    /// shorten, such as CPU-bound work sized in milliseconds).
    pub quick_args: Option<Vec<String>>,
    /// The text blocks cut from this run's output.
    #[serde(default)]
    pub output: Vec<Output>,
    /// The timeline pictures this run draws that the book shows.
    #[serde(default)]
    pub figure: Vec<Figure>,
}

/// A text block: part of one section of a run's output.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// The file written, `name.txt`, in the lesson's folder under [`RUNS_DIR`].
    pub file: String,
    /// The section's heading, as the narrator prints it (`""`: what comes before the first
    /// heading, all of a run that prints none).
    pub section: String,
    /// Start at the first line that contains this text (default: the section's first line).
    pub from: Option<String>,
    /// Stop after the first line, from the start on, that contains this text (default: the
    /// section's last line).
    pub to: Option<String>,
    /// Stop before the first line, from the start on, that contains this text.
    pub before: Option<String>,
    /// Keep only the lines that contain one of these texts.
    #[serde(default)]
    pub only: Vec<String>,
    /// Leave out the lines that contain one of these texts.
    #[serde(default)]
    pub skip: Vec<String>,
    /// Keep the text charts of timelines (default: yes). Set it to `false` where the chapter
    /// shows the run's picture instead.
    #[serde(default = "yes")]
    pub chart: bool,
    /// Keep the narrator's quotes of code (`rs│`, `py│`; default: no, the chapter includes the
    /// code itself).
    #[serde(default)]
    pub quotes: bool,
}

fn yes() -> bool {
    true
}

fn one() -> usize {
    1
}

/// A timeline picture: the `n`th timeline a section draws (`Timeline::render` writes it).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The file written, `name.svg`, in the lesson's folder under [`RUNS_DIR`].
    pub file: String,
    /// The heading of the section that draws it.
    pub section: String,
    /// Which of the section's timelines, counting from 1.
    #[serde(default = "one")]
    pub n: usize,
}

impl Figure {
    /// The name the lesson gives the picture under `LESSON_FIGURES`.
    pub fn drawn_as(&self) -> String {
        format!("{}-{}.svg", narrate::slug(&self.section), self.n)
    }
}

/// A lesson with a `runs.toml`.
#[derive(Debug, Clone)]
pub struct Lesson {
    /// Its folder's name, `01-main-thread`: also its folder under [`RUNS_DIR`].
    pub dir: String,
    /// Its package, `main-thread`: the binary that runs.
    pub package: String,
    /// What it declares.
    pub spec: Spec,
}

impl Lesson {
    /// Every file its runs write, in order.
    pub fn files(&self) -> Vec<String> {
        self.spec
            .run
            .iter()
            .flat_map(|run| {
                let texts = run.output.iter().map(|o| o.file.clone());
                texts.chain(run.figure.iter().map(|f| f.file.clone()))
            })
            .collect()
    }
}

/// Parses and checks a `runs.toml`: file names are unique, plain, and `.txt` for an output or
/// `.svg` for a figure.
///
/// ```
/// let spec = book_runs::parse_spec("[[run]]\n[[run.output]]\nfile = \"a.txt\"\nsection = \"A\"\n").unwrap();
/// assert_eq!(spec.run[0].output[0].file, "a.txt");
/// assert!(book_runs::parse_spec("[[run]]\n[[run.output]]\nfile = \"a.svg\"\nsection = \"A\"\n").is_err());
/// ```
pub fn parse_spec(text: &str) -> Result<Spec, String> {
    let spec: Spec = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut seen = BTreeSet::new();
    for run in &spec.run {
        let texts = run.output.iter().map(|o| (&o.file, ".txt"));
        for (file, extension) in texts.chain(run.figure.iter().map(|f| (&f.file, ".svg"))) {
            let plain = file
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
            if !plain || !file.ends_with(extension) || file.len() == extension.len() {
                return Err(format!(
                    "file {file:?}: a plain name ending in {extension} (letters, digits, - _ .)"
                ));
            }
            if !seen.insert(file.clone()) {
                return Err(format!("file {file:?} is declared twice"));
            }
        }
        if let Some(figure) = run.figure.iter().find(|f| f.n == 0) {
            return Err(format!("{}: n counts from 1", figure.file));
        }
    }
    Ok(spec)
}

/// The lessons `course.toml` lists that have a `runs.toml`, in order.
pub fn lessons(workspace: &Path) -> Result<Vec<Lesson>, String> {
    let course = course::load(workspace)?;
    let mut lessons = Vec::new();
    for entry in &course.lessons {
        let path = workspace.join("lessons").join(entry.slug());
        let file = path.join("runs.toml");
        if !file.is_file() {
            continue;
        }
        let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let spec = parse_spec(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        lessons.push(Lesson {
            dir: entry.slug(),
            package: entry.package.clone(),
            spec,
        });
    }
    Ok(lessons)
}

/// The lines of section `heading` in a run's `output`, without the blank line before the next
/// heading; `None` if the run printed no such section. The heading `""` is what comes before the
/// first heading: the title, or all of a run that prints none (a lesson's `--scenario` child).
pub fn section<'a>(output: &'a str, heading: &str) -> Option<Vec<&'a str>> {
    let mut lines = output.lines();
    if !heading.is_empty() {
        lines.find(|line| narrate::heading_of(line) == Some(heading))?;
    }
    Some(
        lines
            .take_while(|line| narrate::heading_of(line).is_none())
            .collect(),
    )
}

/// What `spec` selects from a run's `output`, without a final newline (it goes inside a
/// ```` ```text ```` block), blank lines at either end dropped and runs of them made one.
///
/// ```
/// let output = "title\n\n── Sleepers ──\n  rs│ sleep(d);\nslept 3\n|0   1 s|\nsleep 1 |███|\ndone in 1.00 s\n\n── Next ──\n";
/// let spec = book_runs::Output {
///     section: "Sleepers".into(),
///     chart: false,
///     ..Default::default()
/// };
/// assert_eq!(book_runs::select(output, &spec).unwrap(), "slept 3\ndone in 1.00 s");
/// ```
pub fn select(output: &str, spec: &Output) -> Result<String, String> {
    let section = section(output, &spec.section)
        .ok_or_else(|| format!("the run printed no section {:?}", spec.section))?;
    let mut lines: Vec<&str> = section
        .into_iter()
        .filter(|line| spec.quotes || !narrate::is_quote(line))
        .filter(|line| spec.chart || !timing::is_chart_line(line))
        .collect();
    if let Some(from) = &spec.from {
        let at = lines
            .iter()
            .position(|line| line.contains(from.as_str()))
            .ok_or_else(|| format!("no line contains from = {from:?}"))?;
        lines.drain(..at);
    }
    if let Some(to) = &spec.to {
        let at = lines
            .iter()
            .position(|line| line.contains(to.as_str()))
            .ok_or_else(|| format!("no line from the start on contains to = {to:?}"))?;
        lines.truncate(at + 1);
    }
    if let Some(before) = &spec.before {
        let at = lines
            .iter()
            .position(|line| line.contains(before.as_str()))
            .ok_or_else(|| format!("no line from the start on contains before = {before:?}"))?;
        lines.truncate(at);
    }
    let has = |line: &str, texts: &[String]| texts.iter().any(|t| line.contains(t.as_str()));
    lines.retain(|line| spec.only.is_empty() || has(line, &spec.only));
    lines.retain(|line| !has(line, &spec.skip));
    // What was left out may leave blank lines side by side: keep one.
    lines.dedup_by(|line, previous| line.trim().is_empty() && previous.trim().is_empty());
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(first), Some(last)) => Ok(lines[first..=last].join("\n")),
        _ => Err(format!(
            "the selection from section {:?} is empty",
            spec.section
        )),
    }
}

/// Every run file the book names, as `(page, "NN-lesson/file")`: in an include, an image or a
/// link, from any page under `src` but the generated ones.
pub fn book_references(src: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let mut found = Vec::new();
    for page in markdown_pages(src)? {
        if page.starts_with(src.join("generated")) {
            continue;
        }
        let text = fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        let relative = page.strip_prefix(src).unwrap_or(&page).to_path_buf();
        for reference in references_in(&text) {
            found.push((relative.clone(), reference));
        }
    }
    Ok(found)
}

/// The paths after each `generated/runs/` in `text`: `NN-lesson/file`.
///
/// ```
/// let page = "{{#include generated/runs/01-main-thread/car-truck.txt}}\n![x](../generated/runs/03-join/a.svg)\nunder `generated/runs/NN-name/`";
/// assert_eq!(book_runs::references_in(page), ["01-main-thread/car-truck.txt", "03-join/a.svg"]);
/// ```
pub fn references_in(text: &str) -> Vec<String> {
    let marker = format!("{RUNS_DIR}/");
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(&marker) {
        rest = &rest[at + marker.len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "-_./".contains(*c))
            .collect();
        let path = path.trim_end_matches('.').to_string();
        // A file, `lesson/name.ext`; a folder named in prose (`generated/runs/NN-name/`) is not.
        let file = path
            .rsplit_once('/')
            .is_some_and(|(_, name)| name.contains('.'));
        if file && !found.contains(&path) {
            found.push(path);
        }
    }
    found
}

fn markdown_pages(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut pages = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    Ok(pages)
}

/// What is wrong between the declared runs, the files under `runs` (the book's
/// `src/generated/runs`) and the book's `references`: a reference nobody declares or that is
/// missing, a declared file nothing includes, a file nobody declares.
pub fn problems(lessons: &[Lesson], runs: &Path, references: &[(PathBuf, String)]) -> Vec<String> {
    let declared: BTreeSet<String> = lessons
        .iter()
        .flat_map(|l| l.files().into_iter().map(|f| format!("{}/{f}", l.dir)))
        .collect();
    let mut problems = Vec::new();
    for (page, reference) in references {
        if !declared.contains(reference) {
            problems.push(format!(
                "{} names {RUNS_DIR}/{reference}, which no lesson's runs.toml declares",
                page.display()
            ));
        } else if !runs.join(reference).is_file() {
            problems.push(format!(
                "{} names {RUNS_DIR}/{reference}, missing from {}",
                page.display(),
                runs.display()
            ));
        }
    }
    let named: BTreeSet<&String> = references.iter().map(|(_, r)| r).collect();
    for file in &declared {
        if !named.contains(file) {
            problems.push(format!(
                "{file} is declared in a runs.toml but no page of the book names it"
            ));
        }
    }
    for lesson in fs::read_dir(runs)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
    {
        for file in fs::read_dir(lesson.path())
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let name = format!(
                "{}/{}",
                lesson.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            );
            if !declared.contains(&name) {
                problems.push(format!(
                    "{RUNS_DIR}/{name} is not declared by any runs.toml: remove it"
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUN: &str = "Lesson 01\n═════\n\n── Named ──\n  py│ x = 1\nan unnamed thread's name: None\n  rs│ let y = 2;\nThirdThread in truck function\nSecondThread in car function\nthread 'SecondThread' panicked at x.rs:1: out of fuel\n2 lines in 1.00 s:\n         |0        1.00 s|\ncar 1  A |█████····| 1 µs → 1 s\n… 3 more rows not drawn\n\n── Next ──\nlast\n";

    fn output(section: &str) -> Output {
        Output {
            file: "x.txt".into(),
            section: section.into(),
            chart: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_section_ends_at_the_next_heading_and_quotes_are_left_out() {
        let all = select(RUN, &output("Named")).unwrap();
        assert!(all.starts_with("an unnamed thread's name: None\nThirdThread"));
        assert!(all.ends_with("… 3 more rows not drawn"), "{all}");
        assert!(!all.contains("│"));
        assert_eq!(select(RUN, &output("Next")).unwrap(), "last");
        assert_eq!(select(RUN, &output("")).unwrap(), "Lesson 01\n═════");
        assert_eq!(select("one line\n", &output("")).unwrap(), "one line");
        assert!(select(RUN, &output("Missing")).is_err());
    }

    #[test]
    fn from_to_only_skip_and_chart_select_by_text() {
        let spec = Output {
            from: Some("in truck".into()),
            to: Some("lines in".into()),
            skip: vec!["panicked".into()],
            ..output("Named")
        };
        assert_eq!(
            select(RUN, &spec).unwrap(),
            "ThirdThread in truck function\nSecondThread in car function\n2 lines in 1.00 s:"
        );
        let spec = Output {
            only: vec!["car".into()],
            chart: false,
            ..output("Named")
        };
        assert_eq!(select(RUN, &spec).unwrap(), "SecondThread in car function");
        let before = Output {
            from: Some("in car".into()),
            before: Some("lines in".into()),
            ..output("Named")
        };
        assert_eq!(
            select(RUN, &before).unwrap(),
            "SecondThread in car function\nthread 'SecondThread' panicked at x.rs:1: out of fuel"
        );
        let quotes = Output {
            quotes: true,
            to: Some("None".into()),
            ..output("Named")
        };
        assert_eq!(
            select(RUN, &quotes).unwrap(),
            "  py│ x = 1\nan unnamed thread's name: None"
        );
        let nothing = Output {
            only: vec!["nowhere".into()],
            ..output("Named")
        };
        assert!(select(RUN, &nothing).is_err());
        let bad_marker = Output {
            from: Some("nowhere".into()),
            ..output("Named")
        };
        assert!(select(RUN, &bad_marker).is_err());
    }

    #[test]
    fn specs_reject_unknown_keys_and_duplicate_files() {
        assert!(parse_spec("[[run]]\nargz = []\n").is_err());
        let twice = "[[run]]\n[[run.output]]\nfile = \"a.txt\"\nsection = \"A\"\n[[run]]\n[[run.output]]\nfile = \"a.txt\"\nsection = \"B\"\n";
        assert!(parse_spec(twice).unwrap_err().contains("twice"));
        assert!(
            parse_spec("[[run]]\n[[run.figure]]\nfile = \"../a.svg\"\nsection = \"A\"\n").is_err()
        );
        let figure =
            "[[run]]\n[[run.figure]]\nfile = \"a.svg\"\nsection = \"Named threads: Car\"\nn = 2\n";
        assert_eq!(
            parse_spec(figure).unwrap().run[0].figure[0].drawn_as(),
            "named-threads-car-2.svg"
        );
    }

    #[test]
    fn problems_name_missing_undeclared_orphan_and_stale_files() {
        let dir = tempfile::tempdir().unwrap();
        let runs = dir.path();
        fs::create_dir_all(runs.join("01-a")).unwrap();
        fs::write(runs.join("01-a/shown.txt"), "x").unwrap();
        fs::write(runs.join("01-a/stale.txt"), "x").unwrap();
        let spec = parse_spec(
            "[[run]]\n[[run.output]]\nfile = \"shown.txt\"\nsection = \"A\"\n[[run.output]]\nfile = \"unused.txt\"\nsection = \"A\"\n[[run.figure]]\nfile = \"gone.svg\"\nsection = \"A\"\n",
        )
        .unwrap();
        let lessons = [Lesson {
            dir: "01-a".into(),
            package: "a".into(),
            spec,
        }];
        let page = PathBuf::from("01-a.md");
        let references = [
            (page.clone(), "01-a/shown.txt".to_string()),
            (page.clone(), "01-a/gone.svg".to_string()),
            (page, "01-a/typo.txt".to_string()),
        ];
        let found = problems(&lessons, runs, &references);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].contains("gone.svg, missing"));
        assert!(found[1].contains("typo.txt, which no lesson"));
        assert!(found[2].contains("unused.txt is declared"));
        assert!(found[3].contains("stale.txt is not declared"));
    }
}
