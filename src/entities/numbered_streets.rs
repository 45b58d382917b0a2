//! A street numbered in digits (`a bakery on 18th Street`, `the extension to 130th Street`) is a
//! place, as `Fifth Avenue` already is: the value scanner read its ordinal alone. CoNLL-2003,
//! WikiNEuRal, wikigold and the looked-at sets mark all nine numbered streets LOC, whole.

use super::{Candidate, Label};
use crate::text::{char_at, is_alnum, tail, Span};

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
        let rest = tail(text, c.span.end);
        let Some(word) = STREET_WORDS.iter().find(|w| rest.starts_with(**w)) else {
            continue;
        };
        let end = c.span.end + word.len();
        if char_at(text, end).is_some_and(is_alnum)
            || found.get(k + 1).is_some_and(|n| n.span.start < end)
        {
            continue;
        }
        let m = crate::vecs::at_mut(found, k);
        m.span = Span::new(c.span.start, end);
        m.label = Label::Place;
    }
}
