//! The tagger's self-written word lists (`data/ner/lexicon.txt`): countries, regions, cities,
//! nationalities, first names, titles, organisation words and event words.
//!
//! Each phrase is tokenized with the project's tokenizer and keyed like every gazetteer phrase
//! ([`super::features::phrase_key`]); a match sets a category bit that the features see. The lists give
//! the tagger a hint for names the training data never saw; the weights decide how much to trust it.
//! [`lexicon`] also merges the public lists of [`super::public_lists`].

use std::collections::HashMap;

use super::features::{low_form, low_hash, phrase_key};
use crate::tokens::tokenize;

/// The word lists, as shipped.
const LEXICON: &str = include_str!("../../../data/ner/lexicon.txt");

/// Bits 0..=3 are the training gazetteer's PER, ORG, LOC, MISC; the lists use the bits after them.
const CATEGORIES: [&str; 8] = [
    "country",
    "region",
    "city",
    "nationality",
    "first",
    "title",
    "org",
    "event",
];

/// The category bit of a list name.
fn category_bit(name: &str) -> Option<u32> {
    CATEGORIES
        .iter()
        .position(|c| *c == name)
        .map(|k| 1u32 << (4 + k))
}

/// Phrase key -> category bits of every list entry.
pub(crate) fn lexicon() -> HashMap<u32, u32> {
    let mut map = HashMap::new();
    for line in LEXICON.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((cat, phrase)) = line.split_once(char::is_whitespace) else {
            continue;
        };
        let Some(bit) = category_bit(cat) else {
            continue;
        };
        let phrase = phrase.trim();
        let lows: Vec<u64> = tokenize(phrase)
            .iter()
            .map(|t| low_hash(&low_form(t.text(phrase))))
            .collect();
        if lows.is_empty() {
            continue;
        }
        *map.entry(phrase_key(lows)).or_insert(0) |= bit;
    }
    for (k, bit) in super::public_lists::entries() {
        *map.entry(k).or_insert(0) |= bit;
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_match_multiword_phrases() {
        let lx = lexicon();
        let key = phrase_key(["mexico", "city"].map(low_hash));
        assert_eq!(
            lx.get(&key).copied().unwrap_or(0),
            category_bit("city").unwrap()
        );
        let key = phrase_key(["secretary", "of", "state"].map(low_hash));
        assert!(lx.contains_key(&key));
    }
}
