//! Two places joined by `and` before a plural kind of place (`the Ouaddai and Wadi Fira provinces`,
//! `Kent and Sussex counties`) are two places, where the tagger ran one name over the `and`. A
//! place's own name with `and` in it comes before a singular kind (`the Dumfries and Galloway
//! region`), so it stays whole.

use super::{space_before, token_range};
use crate::entities::{Candidate, Label};
use crate::text::Span;
use crate::tokens::{capitalised_at, token_at, token_is, Token};

crate::word_list::word_lists! {
    /// Kinds of place in the plural, after the names of several.
    const PLURAL_PLACE_KINDS = "provinces regions districts counties states territories parishes \
        boroughs";
}

/// Splits each mention `A and B` (one `and`, capitalised words on both sides) right before a word
/// of [`PLURAL_PLACE_KINDS`] into two places. MISC mentions stay (`Kurdish and Arab regions`).
/// `found` is sorted and stays so.
pub(crate) fn split(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = crate::vecs::with_capacity(found.len());
    for &c in found.iter() {
        let (a, b) = token_range(tokens, c.span);
        let before_kind = c.label != Label::Misc
            && b < tokens.len()
            && space_before(text, tokens, b)
            && PLURAL_PLACE_KINDS.has_token(text, tokens, b);
        let ands: Vec<usize> = if before_kind {
            (a + 1..b.saturating_sub(1))
                .filter(|&i| token_is(text, tokens, i, "and"))
                .collect()
        } else {
            Vec::new()
        };
        match ands[..] {
            [k] if capitalised_at(text, tokens, a) && capitalised_at(text, tokens, k + 1) => {
                for span in [
                    Span::new(c.span.start, token_at(tokens, k - 1).span.end),
                    Span::new(token_at(tokens, k + 1).span.start, c.span.end),
                ] {
                    Candidate::push_to(&mut out, span, Label::Place, c.source);
                }
            }
            _ => crate::vecs::push(&mut out, c),
        }
    }
    *found = out;
}
