//! A street numbered in digits (`a bakery on 18th Street`, `the extension to 130th Street`) is a
//! place, as `Fifth Avenue` already is: the value scanner read its ordinal alone. CoNLL-2003,
//! WikiNEuRal, wikigold and the looked-at sets mark all nine numbered streets LOC, whole.

use super::{Candidate, Label};
use crate::text::Span;

/// The kinds of street after an ordinal, with the space before.
const STREET_WORDS: [&str; 7] = [
    " Street",
    " Avenue",
    " St.",
    " Ave.",
    " Road",
    " Boulevard",
    " Place",
];

/// Labels a place each ordinal of `found` written in digits (`18th`) that a street's word
/// follows, taking the word in, when no mention starts at the word.
pub(crate) fn label_numbered_streets(text: &str, found: &mut [Candidate]) {
    for k in 0..found.len() {
        let c = *crate::vecs::at(found, k);
        if c.label != Label::Ordinal
            || !crate::text::starts_by(c.span.slice(text), |ch| ch.is_ascii_digit())
        {
            continue;
        }
        let Some(end) = super::end_of_word_after(text, found, k, &STREET_WORDS) else {
            continue;
        };
        let m = crate::vecs::at_mut(found, k);
        m.span = Span::new(c.span.start, end);
        m.label = Label::Place;
    }
}
