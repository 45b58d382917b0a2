//! English stopwords: function words that never start or end a keyphrase.
//!
//! The list lives in `data/stopwords.txt` (whitespace-separated, `#` starts a comment), written for this
//! project from general knowledge of English. Besides function words it holds reporting verbs, and
//! adverbs and frequent verbs that are never the head of a keyphrase (a verb inside a run of content
//! words would glue unrelated nouns together), number words and months (values, not topics), and
//! prepositions of place and time that once glued nouns into keyphrases (`water ice beneath`). The
//! file carries no comments: it is embedded in the .wasm, so its notes live here.

use crate::model::hash::{word_set, WordSet};
use crate::text::{ascii_lowercase, split_by, split_char, words};
use std::sync::OnceLock;

static LIST: &str = include_str!("../data/stopwords.txt");

/// True when `word` in lower case ([`crate::case::lowercase`]) is a stopword
/// (`is_stopword(&lowercase(word))`). One call in the .wasm, where each use inlined the lowered
/// copy's drop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_lowercased_stopword(word: &str) -> bool {
    is_stopword(&crate::case::lowercase(word))
}

/// True when `word` (any case) is a stopword.
pub fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = word_set(&SET, || {
        let mut set = WordSet::default();
        for line in split_char(LIST, '\n') {
            // A line's words before its comment.
            for w in words(split_by(line, |c| c == '#').next().unwrap_or("")) {
                set.insert(w);
            }
        }
        set
    });
    if crate::text::any_bytes(word, |b| b.is_ascii_uppercase()) {
        set.contains(ascii_lowercase(word).as_str())
    } else {
        set.contains(word)
    }
}
