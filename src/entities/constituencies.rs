//! A constituency whose name joins two places with `and`, after the member it elects (`the MP for
//! Leeds West and Pudsey`, `MP for Kensington and Chelsea`): one place, where the tagger found two
//! names (UK news; 6 of the 16 names after `MP for` in the training articles are so joined).

use super::{Candidate, Label};
use crate::text::{head, Span};

/// Joins the two name mentions around ` and ` after `MP for` (or `member for`) into one place.
/// `found` is sorted and disjoint, and stays so.
pub(crate) fn join_constituencies(text: &str, found: &mut Vec<Candidate>) {
    let mut joined = false;
    for i in 1..found.len() {
        let (a, b) = (found[i - 1], found[i]);
        let before = head(text, a.span.start);
        if matches!(a.label, Label::Place | Label::Org)
            && matches!(b.label, Label::Place | Label::Org)
            && Span::new(a.span.end, b.span.start).slice(text) == " and "
            && (before.ends_with("MP for ") || before.ends_with("member for "))
            // Not a party's possessive after it (`MP for Meirionnydd Nant Conwy and Plaid Cymru's
            // leader`).
            && !crate::text::char_at(text, b.span.end).is_some_and(crate::tokens::is_apostrophe)
        {
            found[i - 1] = Candidate {
                span: Span::new(a.span.start, b.span.end),
                label: Label::Place,
                ..a
            };
            found[i].span = Span::new(b.span.start, b.span.start);
            joined = true;
        }
    }
    if joined {
        crate::vecs::retain(found, |c| !c.span.is_empty());
    }
}
