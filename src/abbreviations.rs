//! The abbreviation lexicon: words that a period follows without ending a sentence (`Mr.`, `Inc.`).
//!
//! The list lives in `data/abbreviations.txt` (one entry per line, without the final period; `#` starts a
//! comment), written for this project from general knowledge of English news style.

use std::collections::HashSet;
use std::sync::OnceLock;

static LIST: &str = include_str!("../data/abbreviations.txt");

fn set() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        LIST.lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(|l| l.to_lowercase())
            .collect()
    })
}

/// True when `word` (without its final period, any case) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    set().contains(&word.to_lowercase())
}
