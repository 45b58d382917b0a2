//! A party's members named after their state or chamber are two names: the place or the chamber,
//! and the members, MISC as CoNLL-2003 marks `Republicans` (`Texas Democrats` is `Texas` and
//! `Democrats`; CoNLL-2003 train: `House` ORG and `Democrats` MISC), where the tagger read one
//! organisation. A party so named stays whole (`Liberal Democrats`, `Social Democrats`).

use super::{add_sorted, token_range, Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{token_at, Token};

crate::word_list::word_lists! {
    /// Members of the two American parties, in the plural.
    const MEMBERS = "Democrats Republicans";
    /// Chambers before their members (`House Republicans`).
    const CHAMBERS = "House Senate";
}

/// Splits each mention of a listed place or a chamber and [`MEMBERS`] into the two.
pub(super) fn split_party_members(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b < a + 2 || !MEMBERS.has_token(text, tokens, b - 1) {
            continue;
        }
        let chamber = b == a + 2 && CHAMBERS.has_token(text, tokens, a);
        let place = crate::entities::tagger::listed_run(text, tokens, a, b - 1).place;
        if !(chamber || place) {
            continue;
        }
        let members = token_at(tokens, b - 1).span;
        Candidate::push_to(&mut add, members, Label::Misc, c.source);
        c.span = Span::new(c.span.start, token_at(tokens, b - 2).span.end);
        c.label = if chamber { Label::Org } else { Label::Place };
        c.source = Source::Name;
    }
    add_sorted(found, add);
}
