//! Measured figures come from runs, never from the keyboard.
//!
//! A figure is a number with a unit of time (`205 µs`, `1.5 s`), rate (`3 M/s`, `40 per
//! second`), ratio (`24.6×`, `3 times faster`) or size (`88.6 MiB`, `21.2%`). In the book's
//! prose, and in its output blocks, a figure must come from an included generated file
//! (`{{#include generated/…}}`: the benchmark report's figures, or the lessons' runs written by
//! `cargo run -p book-runs`). A number the reader chooses or the system fixes, not one that was
//! measured (a demo's sleep, a flag's value, a pipe's capacity, a test's bound), is written as
//! code: `` `100 ms` ``. Source listings (```` ```rust ````, ```` ```python ````…) are not
//! checked; output blocks (```` ```text ````, ```` ```console ````, or no language) are.
//!
//! An output block labelled "one run" (in the paragraph just before it) must be generated: it
//! may hold nothing but includes of `generated/` files.

/// Units a measured figure carries, longest first so that `ms` is not read as `m`.
const UNITS: &[&str] = &[
    "times faster",
    "times slower",
    "times as",
    "times more",
    "times less",
    "per second",
    "a second",
    "seconds",
    "second",
    "minutes",
    "minute",
    "ops/s",
    "secs",
    "sec",
    "min",
    "M/s",
    "/s",
    "ns",
    "µs",
    "μs",
    "us",
    "ms",
    "s",
    "KiB",
    "MiB",
    "GiB",
    "TiB",
    "KB",
    "kB",
    "MB",
    "GB",
    "TB",
    "B",
    "×",
    "x",
    "%",
];

/// The measured figures typed in one line of prose (code spans already removed).
///
/// ```
/// use book_check::figures::figures_in;
/// assert_eq!(figures_in("Starting five threads took 205 µs, a process 1.38 ms (67×)."), ["205 µs", "1.38 ms", "67×"]);
/// assert_eq!(figures_in("4×200,000 increments on 2 cores, lessons 01-12, 0x7fa2, a 3-second sleep"), Vec::<String>::new());
/// ```
pub fn figures_in(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || "_.,".contains(chars[i - 1])));
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = number_end(&chars, i);
        let mut spaced = false;
        if end < chars.len() && [' ', '\u{a0}', '\u{202f}', '\u{2009}'].contains(&chars[end]) {
            spaced = true;
            end += 1;
        }
        let rest: String = chars[end..].iter().collect();
        let unit = UNITS.iter().find(|unit| {
            let Some(after) = rest.strip_prefix(**unit) else {
                return false;
            };
            let next = after.chars().next();
            match **unit {
                // A multiplication (`4×200,000`, `2 x 3`) is not a ratio; `2 x` is not one either.
                "×" | "x" => {
                    let following = after.trim_start().chars().next();
                    let multiplies = following.is_some_and(|c| c.is_ascii_digit());
                    let word = next.is_some_and(char::is_alphanumeric);
                    let spaced_x = spaced && **unit == "x";
                    !(multiplies || word || spaced_x)
                }
                "%" => true,
                _ => !next.is_some_and(|c| c.is_alphanumeric() || c == '_'),
            }
        });
        match unit {
            Some(unit) => {
                let number: String = chars[start..number_end(&chars, start)].iter().collect();
                let gap = if spaced { " " } else { "" };
                found.push(format!("{number}{gap}{unit}"));
                i = end + unit.chars().count();
            }
            None => i = number_end(&chars, start),
        }
    }
    found
}

/// Where the number starting at `i` ends: digits, `,ddd` groups, one decimal part. A hyphen
/// right after it makes it an adjective (`3-second`): the whole run of characters is skipped.
fn number_end(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    while i + 3 < chars.len()
        && chars[i] == ','
        && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
    {
        i += 4;
    }
    if i + 1 < chars.len() && chars[i] == '.' && chars[i + 1].is_ascii_digit() {
        i += 1;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

/// `line` without its code spans, HTML comments, link targets and `{{#…}}` directives: what a
/// reader reads as prose.
///
/// ```
/// use book_check::figures::prose;
/// assert_eq!(prose("a `100 ms` sleep, [b](x-2s.md) <!-- 5 s --> {{#include generated/x.md}} c"), "a  sleep, [b]   c");
/// ```
pub fn prose(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let skip_to = |open: &str, close: &str| -> Option<usize> {
            let body = rest.strip_prefix(open)?;
            Some(open.len() + body.find(close)? + close.len())
        };
        let skipped = if c == '`' {
            let ticks = rest.chars().take_while(|c| *c == '`').count();
            let fence = &rest[..ticks];
            // An unclosed span runs to the end of the line.
            Some(skip_to(fence, fence).unwrap_or(rest.len()))
        } else if rest.starts_with("<!--") {
            Some(skip_to("<!--", "-->").unwrap_or(rest.len()))
        } else if rest.starts_with("](") {
            skip_to("](", ")").inspect(|_| out.push(']'))
        } else if rest.starts_with("{{#") {
            skip_to("{{#", "}}")
        } else {
            None
        };
        match skipped {
            Some(n) => rest = &rest[n..],
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The problems of one page: `(line, message)` for each typed figure, and for each output
/// block labelled "one run" that is not generated.
pub fn check_page(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut problems = Vec::new();
    let mut fence: Option<(String, bool)> = None; // (the fence, whether its block is output)
    for (index, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let opens = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        if let Some((marks, output)) = &fence {
            if opens
                && trimmed.starts_with(marks.as_str())
                && trimmed[marks.len()..].trim().is_empty()
            {
                fence = None;
            } else if *output && !crate::includes_in(line).is_empty() {
                // Included output is generated: checked where it is made.
            } else if *output {
                for figure in figures_in(line) {
                    problems.push((index + 1, typed(&figure, "an output block")));
                }
            }
            continue;
        }
        if opens {
            let marks: String = trimmed
                .chars()
                .take_while(|c| *c == trimmed.as_bytes()[0] as char)
                .collect();
            let info = trimmed[marks.len()..].trim();
            let language = info.split([',', ' ']).next().unwrap_or_default();
            let output = matches!(language, "" | "text" | "console" | "output");
            if output && labelled_one_run(&lines[..index]) {
                let body = lines[index + 1..]
                    .iter()
                    .take_while(|l| !l.trim_start().starts_with(marks.as_str()));
                let generated = body.clone().all(|l| {
                    let includes = crate::includes_in(l);
                    l.trim().is_empty()
                        || (!includes.is_empty()
                            && includes.iter().all(|i| i.path.contains("generated/")))
                });
                if !generated || body.count() == 0 {
                    problems.push((
                        index + 1,
                        "an output block labelled \"one run\" is typed: include it from \
                         generated/runs/ (declare it in the lesson's runs.toml, run `cargo run -p book-runs`)"
                            .to_string(),
                    ));
                }
            }
            fence = Some((marks, output));
            continue;
        }
        for figure in figures_in(&prose(line)) {
            problems.push((index + 1, typed(&figure, "prose")));
        }
    }
    problems
}

fn typed(figure: &str, place: &str) -> String {
    format!(
        "measured figure `{figure}` typed in {place}: include it from generated/ (book-runs or \
         the report); an input or a constant is written as code"
    )
}

/// Whether the paragraph just before a block (blank lines aside) says it is one run.
fn labelled_one_run(before: &[&str]) -> bool {
    before
        .iter()
        .rev()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty() && !l.trim_start().starts_with("```"))
        .any(|l| l.to_lowercase().contains("one run"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_unit_is_a_figure() {
        let line = "took 205 µs and 1.38 ms, 3 s, 2 seconds, 10 minutes; 1.69 M/s, 40 ops/s, \
                    3 per second, 9/s; 24.6× and 2x, 3 times faster; 88.6 MiB, 64 KiB, 1 GB, 21.2% \
                    and 1,000,000 ns";
        assert_eq!(
            figures_in(line),
            [
                "205 µs",
                "1.38 ms",
                "3 s",
                "2 seconds",
                "10 minutes",
                "1.69 M/s",
                "40 ops/s",
                "3 per second",
                "9/s",
                "24.6×",
                "2x",
                "3 times faster",
                "88.6 MiB",
                "64 KiB",
                "1 GB",
                "21.2%",
                "1,000,000 ns"
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_figures_pass() {
        for line in [
            "lessons 01-12, 5 threads, 10,000 sleepers, Python 3.10, mdbook@0.5.4",
            "4×200,000 increments, 8 URLs × 100 requests, 2 x 3 = 6, 0x7fa268f43010",
            "a 3-second sleep, the 1st thread, 2 sleepers, ThreadId(7), v1.5s, x86_64",
            "seed 000 says 5 secrets; 15 bytes; 10 minimal; 3 bs",
        ] {
            assert_eq!(figures_in(line), Vec::<String>::new(), "{line}");
        }
    }

    #[test]
    fn code_spans_mark_inputs_and_listings_are_not_checked() {
        let page = "A `100 ms` sleep took 102 ms.\n\n```rust\nsleep(100 ms);\n```\n\n```text\nslept 3 s\n{{#include generated/runs/01-x/a.txt}}\n```\n``` `5 s` in a span of two ticks ``\n";
        let found = check_page(page);
        assert_eq!(
            found.iter().map(|(line, _)| *line).collect::<Vec<_>>(),
            [1, 8],
            "{found:#?}"
        );
        assert!(found[0].1.contains("`102 ms`"));
    }

    #[test]
    fn a_block_labelled_one_run_must_be_generated() {
        let typed = "Then, one run:\n\n```text\nwithout join the timer said nothing\n```\n";
        assert_eq!(check_page(typed).len(), 1);
        let earlier = "One run:\n\nThe output:\n\n```text\nnot labelled\n```\n";
        assert_eq!(
            check_page(earlier).len(),
            0,
            "the label is the paragraph just before"
        );
        let generated = "One run (the order changes):\n```text\n{{#include generated/runs/03-join/trap.txt}}\n\n{{#include generated/runs/03-join/b.txt}}\n```\n";
        assert_eq!(check_page(generated), vec![]);
        let listing = "One run of this code:\n```rust\nfn main() {}\n```\n";
        assert_eq!(check_page(listing), vec![]);
    }
}
