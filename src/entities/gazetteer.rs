//! The user's gazetteer: phrases that must be tagged with a given label, whatever the model says.
//!
//! Entries match whole tokens, ignoring case (`ECB` matches `ECB` and `ecb`, never `ECBX`); where two
//! entries match at one place the longer wins.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{tokenize, Token};

/// One user entry: a phrase and the label it gets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerEntry {
    /// The phrase, as it is written (`"European Central Bank"`).
    pub text: String,
    /// The label every occurrence gets.
    pub label: Label,
}

/// A compiled gazetteer: entries indexed by their first token.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    by_first: HashMap<String, Vec<(Vec<String>, Label)>>,
}

impl Gazetteer {
    /// Compiles `entries`; entries whose text holds no token are skipped.
    pub fn new(entries: &[GazetteerEntry]) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, Label)>> = HashMap::new();
        for e in entries {
            let toks: Vec<String> = tokenize(&e.text)
                .iter()
                .map(|t| t.text(&e.text).to_lowercase())
                .collect();
            if let Some(first) = toks.first().cloned() {
                by_first.entry(first).or_default().push((toks, e.label));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
        Gazetteer { by_first }
    }

    /// True when the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every match in `text` (longest at each place; matches do not overlap).
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<Candidate> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut i = 0;
        while i < tokens.len() {
            let first = tokens[i].text(text).to_lowercase();
            let mut matched = 0;
            if let Some(list) = self.by_first.get(&first) {
                for (toks, label) in list {
                    let n = toks.len();
                    if i + n <= tokens.len()
                        && toks
                            .iter()
                            .zip(&tokens[i..i + n])
                            .all(|(w, t)| t.text(text).to_lowercase() == *w)
                    {
                        let span = Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
                        out.push(Candidate {
                            span,
                            label: *label,
                            source: Source::Gazetteer,
                        });
                        matched = n;
                        break;
                    }
                }
            }
            i += matched.max(1);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_whole_tokens_ignoring_case() {
        let g = Gazetteer::new(&[
            GazetteerEntry {
                text: "ECB".into(),
                label: Label::Org,
            },
            GazetteerEntry {
                text: "European Central Bank".into(),
                label: Label::Org,
            },
            GazetteerEntry {
                text: "European".into(),
                label: Label::Misc,
            },
        ]);
        let text = "The ecb, not ECBX: the European Central Bank and European banks.";
        let toks = tokenize(text);
        let found: Vec<&str> = g
            .find(text, &toks)
            .iter()
            .map(|c| c.span.slice(text))
            .collect();
        assert_eq!(found, ["ecb", "European Central Bank", "European"]);
    }
}
