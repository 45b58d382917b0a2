//! Two unknown words after a word of place (`Floods in Hue and Hoi An`, `cycles to Singha Durbar`)
//! read as a person's two names: neither is a name of the lists' people and no list has the whole,
//! so the preposition decides and the name is a place.

use super::{Candidate, Label};
use crate::tokens::{token_at, Token};

crate::word_list::word_lists! {
    /// Words of place before a name.
    const PLACE_WORDS = "in near across around outside";
    /// Words before the word of place that take a person after it (`confidence in Toshiyuki
    /// Shiga`, `bring in Velimir Zajec`, `chimed in October Jones`).
    const PERSON_BEFORE_IN = "confidence faith trust interest belief bring brought brings bringing \
        call called chimed confided sworn swore";
    /// Of those, the words of trust, before `in` and a person (`confidence in Toshiyuki Shiga`)
    /// rather than a place.
    const TRUST_BEFORE_IN = "confidence faith trust belief";
}

/// Labels a person each place of `found` of two words that no list knows, one of them or whole,
/// right after a word of trust and `in` ([`TRUST_BEFORE_IN`]: `full confidence in Toshiyuki
/// Shiga`), where the tagger read `in` as a place's cue.
pub(crate) fn label_trusted_people(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if c.label != Label::Place {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        if b != a + 2
            || a < 2
            || !crate::tokens::token_is(text, tokens, a - 1, "in")
            || !TRUST_BEFORE_IN.has_token_lowercase(text, tokens, a - 2)
        {
            continue;
        }
        let listed = |i: usize, j: usize| super::tagger::listed_run(text, tokens, i, j);
        if listed(a, a + 1).place
            || listed(a + 1, b).place
            || listed(a, b).place
            || super::tagger::lexicon::known_span(text, c.span).is_some()
        {
            continue;
        }
        c.label = Label::Person;
    }
}

/// Labels a place each person of `found` of two words, the first no first name of the lists, the
/// second no first name or surname of the lists (nor a listed person's surname) and the name
/// unknown to every list, that a word of [`PLACE_WORDS`] comes right before.
pub(crate) fn label_unlisted_places(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if c.label != Label::Person {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        if b != a + 2 || a == 0 || !PLACE_WORDS.has_token(text, tokens, a - 1) {
            continue;
        }
        let second = super::tagger::listed_run(text, tokens, a + 1, b);
        if !crate::text::one_space(text, token_at(tokens, a - 1).span.end, c.span.start)
            || a >= 2 && PERSON_BEFORE_IN.has_token_lowercase(text, tokens, a - 2)
            || super::tagger::listed_run(text, tokens, a, a + 1).first_name
            || second.personal_name
            || second.surname_only
            || super::tagger::lexicon::known_span(text, c.span).is_some()
        {
            continue;
        }
        c.label = Label::Place;
    }
}
