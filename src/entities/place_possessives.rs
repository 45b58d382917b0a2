//! A place's possessive before another name (`Derbyshire's Hope Valley`, `London's Royal Albert
//! Hall`): two names, the place and the name it owns, where the tagger read one.

use super::{Candidate, Label};
use crate::text::Span;
use crate::tokens::{is_possessive_token, token_at, Token};

/// Splits each place or organisation of `found` that holds a possessive `'s` after a place of the
/// lists (no first name: not `Florence's Kitchen`) and before a capitalised word: the
/// place, then the rest with the name's label. A name the lists have whole stays. `found` is sorted
/// and disjoint, and stays so.
pub(super) fn split_place_possessives(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut places = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = super::names::token_range(tokens, c.span);
        // A place's or a body's name, not a work's (`Man's Best Friend Tour`).
        if !matches!(c.label, Label::Place | Label::Org) || b < a + 3 {
            continue;
        }
        let Some(k) = (a + 1..b - 1).find(|&k| is_possessive_token(token_at(tokens, k).text(text)))
        else {
            continue;
        };
        let owner = super::tagger::listed_run(text, tokens, a, k);
        let rest = token_at(tokens, k + 1).text(text);
        if !(owner.place || owner.country)
            || owner.first_name
            || !crate::text::starts_by(rest, crate::text::is_upper)
            || super::tagger::listed_run(text, tokens, a, b) != Default::default()
            || super::tagger::list_label_run(text, tokens, a, b).is_some()
        {
            continue;
        }
        let place = Span::new(c.span.start, token_at(tokens, k - 1).span.end);
        Candidate::push_to(&mut places, place, Label::Place, c.source);
        c.span = Span::new(token_at(tokens, k + 1).span.start, c.span.end);
    }
    if !places.is_empty() {
        crate::vecs::extend(found, places);
        super::sort_by_start(found);
    }
}
