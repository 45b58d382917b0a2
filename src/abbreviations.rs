//! The abbreviation lexicon: words that a period follows without ending a sentence (`Mr.`, `Inc.`).
//!
//! The list lives in `data/abbreviations.txt`: one entry per line without the final period, optionally
//! followed by its [`AbbreviationKind`] (`title`, `number` or `final`); `#` starts a comment. An entry written
//! with a capital letter (`Jan`, `Sat`, `Calif`) matches only that spelling, so that ordinary words
//! (`sat`, `mar`) are not taken for abbreviations; an entry in lower case matches any case. The list was
//! written for this project from general knowledge of English news, AP and reference style; no list
//! was copied from another project or data set. Upper-case dotted abbreviations after `the` (`the
//! U.S.`) behave as [`AbbreviationKind::Final`] ones.
//!
//! The file carries no comments (`#` lines are allowed): it is embedded in the .wasm, so its notes
//! live here.
//!
//! This module only answers "is this word an abbreviation, and of which kind"; deciding whether a
//! sentence ends after one is the job of [`crate::sentences`].

use crate::model::pooled::PooledMap;
use crate::text::{any_char, is_space, is_upper, split_by, split_char, trim_by, words};
use std::sync::OnceLock;

static LIST: &str = include_str!("../data/abbreviations.txt");

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbreviationKind {
    /// Comes before a name (`Mr.`, `Gen.`): a sentence does not end after it.
    Title,
    /// Comes before a number (`No. 5`, `p. 55`); before anything else it is an ordinary word.
    Number,
    /// Closes a name (`Inc.`, `Corp.`, `& Co.`, `Jr.`): it may end a sentence, also before a
    /// capitalised word that does not continue the name.
    Final,
    /// Any other abbreviation (`etc.`, `Jan.`, `Calif.`): it may end a sentence.
    Other,
}

struct Entry {
    kind: AbbreviationKind,
    /// `Some(spelling)` when the entry matches only this exact spelling.
    exact: Option<&'static str>,
}

fn table() -> &'static PooledMap<Entry> {
    static TABLE: OnceLock<PooledMap<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = PooledMap::default();
        for line in split_char(LIST, '\n') {
            let line = trim_by(split_by(line, |c| c == '#').next().unwrap_or(""), is_space);
            let mut parts = words(line);
            let Some(word) = parts.next() else { continue };
            let kind = match parts.next() {
                Some("title") => AbbreviationKind::Title,
                Some("number") => AbbreviationKind::Number,
                Some("final") => AbbreviationKind::Final,
                _ => AbbreviationKind::Other,
            };
            let exact = any_char(word, is_upper).then_some(word);
            map.get_or_insert_with(&crate::case::lowercase(word), || Entry { kind, exact });
        }
        map
    })
}

/// The kind of abbreviation `word` (without its final period) is, or `None` when it is not one.
pub fn abbreviation_kind(word: &str) -> Option<AbbreviationKind> {
    if word.is_empty() || word.len() > 12 {
        return None;
    }
    let mut buf = [0u8; 12];
    let lower: String;
    let key: &str = match crate::text::ascii_lower_in(word, &mut buf) {
        Some(key) => key,
        None => {
            lower = crate::case::lowercase(word);
            &lower
        }
    };
    let entry = table().get(key)?;
    match entry.exact {
        Some(spelling) if spelling != word => None,
        _ => Some(entry.kind),
    }
}

/// True when `word` (without its final period) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    abbreviation_kind(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_case() {
        assert_eq!(abbreviation_kind("Mr"), Some(AbbreviationKind::Title));
        assert_eq!(abbreviation_kind("MR"), Some(AbbreviationKind::Title));
        assert_eq!(abbreviation_kind("No"), Some(AbbreviationKind::Number));
        assert_eq!(abbreviation_kind("Inc"), Some(AbbreviationKind::Final));
        assert_eq!(abbreviation_kind("Jr"), Some(AbbreviationKind::Final));
        assert_eq!(abbreviation_kind("Calif"), Some(AbbreviationKind::Other));
        assert_eq!(abbreviation_kind("Jan"), Some(AbbreviationKind::Other));
        assert!(!is_abbreviation("jan"));
        assert!(!is_abbreviation("sat"));
        assert!(is_abbreviation("Sat"));
        assert!(is_abbreviation("N°"));
        assert!(!is_abbreviation("house"));
        assert!(!is_abbreviation(""));
    }
}
