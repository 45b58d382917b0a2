//! Venues named for a sponsor or a founder, where the tagger read the sponsor as a name of its own
//! and the venue's word as another (`Crypto.com` + `Arena`, `Xfinity` + `Mobile Arena`,
//! `Wyndham` + `'s` + `Theatre`), or left the venue's word out (`O2` of `O2 Arena`): the whole is
//! one place.

use super::{Candidate, Label};
use crate::text::Span;
use crate::tokens::Token;

crate::word_list::word_lists! {
    /// The last word of a venue's name.
    const VENUE_WORDS = "Arena Stadium Theatre Theater Church Cathedral Dome Ballpark Coliseum Amphitheatre";
}

/// Joins each name of `found` to the venue's name right after it (one space, or a possessive and
/// a space before a venue's word alone), as one place. Mentions emptied here are dropped.
/// `found` is sorted and disjoint, and stays so.
pub(super) fn join_sponsors_to_venues(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut joined = false;
    for m in 1..found.len() {
        let (p, c) = (*crate::vecs::at(found, m - 1), *crate::vecs::at(found, m));
        if !p.label.is_name() || !c.label.is_name() {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        if b == a || !VENUE_WORDS.has_token(text, tokens, b - 1) {
            continue;
        }
        let gap = super::text_between(text, &p, &c);
        let possessive = crate::text::is_one_of(gap, "'s |\u{2019}s ");
        if !(gap == " " || possessive && b == a + 1) {
            continue;
        }
        crate::vecs::at_mut(found, m - 1).span = Span::new(p.span.start, p.span.start);
        let v = crate::vecs::at_mut(found, m);
        v.span = Span::new(p.span.start, c.span.end);
        v.label = Label::Place;
        joined = true;
    }
    if joined {
        super::drop_empty(found);
    }
    // A sponsor's name before a venue's word that no mention holds (`O2 Arena`).
    for m in 0..found.len() {
        let c = *crate::vecs::at(found, m);
        let (_, b) = super::names::token_range(tokens, c.span);
        let next = found.get(m + 1).map_or(usize::MAX, |n| n.span.start);
        // An organisation's only: a person's name before `Stadium` is a headline's subject as
        // often (`Sabrina Carpenter Stadium Tickets Appear`).
        if c.label == Label::Org
            && b < tokens.len()
            && VENUE_WORDS.has_token(text, tokens, b)
            && crate::tokens::token_at(tokens, b).span.start == c.span.end + 1
            && crate::tokens::token_at(tokens, b).span.end <= next
        {
            let v = crate::vecs::at_mut(found, m);
            v.span = Span::new(c.span.start, crate::tokens::token_at(tokens, b).span.end);
            v.label = Label::Place;
        }
    }
}
