//! What an import could not bring over: items it had to leave out
//! (errors), and elements or values parcours has no place for, counted,
//! with a few examples each.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::load::Diagnostic;

/// How many examples each unmapped element keeps.
pub const EXAMPLES: usize = 3;

/// The longest example value shown, in characters.
const EXAMPLE_CHARS: usize = 60;

/// Problems and unmapped items as found, at offsets of the source not yet
/// turned into lines and columns.
#[derive(Debug, Default)]
pub struct Findings {
    /// Items left out: the offset and the message.
    pub errors: Vec<(u64, String)>,
    /// By what was not mapped (an element path, or an element and a value).
    pub unmapped: BTreeMap<String, Tally>,
}

/// How often something was not mapped, and where, the first few times.
#[derive(Debug, Default)]
pub struct Tally {
    pub count: usize,
    pub examples: Vec<(u64, String)>,
}

impl Findings {
    /// An item left out, with the reason.
    pub fn error(&mut self, at: u64, message: impl Into<String>) {
        self.errors.push((at, message.into()));
    }

    /// Something parcours has no place for; `value` is an example of it.
    pub fn unmapped(&mut self, what: impl Into<String>, at: u64, value: &str) {
        let tally = self.unmapped.entry(what.into()).or_default();
        tally.count += 1;
        if tally.examples.len() < EXAMPLES {
            tally.examples.push((at, shorten(value)));
        }
    }

    /// Every offset mentioned, for turning them into lines and columns at
    /// once.
    pub fn offsets(&self) -> Vec<u64> {
        let mut all: Vec<u64> = self.errors.iter().map(|e| e.0).collect();
        for tally in self.unmapped.values() {
            all.extend(tally.examples.iter().map(|e| e.0));
        }
        all
    }

    /// The findings with their places, given `place` for each offset.
    pub fn resolve(
        mut self,
        file: &str,
        place: impl Fn(u64) -> (u32, u32),
    ) -> (Vec<Diagnostic>, Vec<Unmapped>) {
        // In file order, whatever the order they were found in.
        self.errors.sort_by_key(|e| e.0);
        let errors = self
            .errors
            .into_iter()
            .map(|(at, message)| {
                let (line, column) = place(at);
                Diagnostic {
                    severity: crate::load::Severity::Error,
                    file: file.to_owned(),
                    line: Some(line),
                    column: Some(column),
                    message,
                }
            })
            .collect();
        let unmapped = self
            .unmapped
            .into_iter()
            .map(|(what, tally)| Unmapped {
                what,
                count: tally.count,
                examples: tally
                    .examples
                    .into_iter()
                    .map(|(at, value)| {
                        let (line, column) = place(at);
                        Example {
                            line,
                            column,
                            value,
                        }
                    })
                    .collect(),
            })
            .collect();
        (errors, unmapped)
    }
}

/// One kind of thing not mapped, with its count and first examples.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unmapped {
    pub what: String,
    pub count: usize,
    pub examples: Vec<Example>,
}

/// Where one unmapped thing was, and its value, shortened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Example {
    pub line: u32,
    pub column: u32,
    pub value: String,
}

/// A value on one line, cut after [`EXAMPLE_CHARS`] characters.
fn shorten(value: &str) -> String {
    let one_line = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= EXAMPLE_CHARS {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(EXAMPLE_CHARS - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_every_time_and_keeps_the_first_examples() {
        let mut found = Findings::default();
        for i in 0..5u64 {
            found.unmapped(
                "formation/action/rythme-formation",
                i * 10,
                "Temps\n  plein",
            );
        }
        found.error(7, "bad date");
        assert_eq!(found.offsets(), vec![7, 0, 10, 20]);
        let (errors, unmapped) = found.resolve("f.xml", |at| (u32::try_from(at).unwrap() + 1, 1));
        assert_eq!(errors[0].to_string(), "f.xml:8:1: error: bad date");
        assert_eq!(unmapped[0].count, 5);
        assert_eq!(unmapped[0].examples.len(), EXAMPLES);
        assert_eq!(unmapped[0].examples[1].value, "Temps plein");
        assert_eq!(unmapped[0].examples[1].line, 11);
    }

    #[test]
    fn long_values_are_cut() {
        let long = "mot ".repeat(40);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), EXAMPLE_CHARS);
        assert!(short.ends_with('…'));
    }
}
