//! A constituency whose name joins two places with `and`, after the member it elects (`the MP for
//! Leeds West and Pudsey`, `MP for Kensington and Chelsea`): one place, where the tagger found two
//! names (UK news; 6 of the 16 names after `MP for` in the training articles are so joined).

use super::{Candidate, Label};
use crate::text::head;

/// Joins the two name mentions around ` and ` after `MP for` (or `member for`) into one place.
/// `found` is sorted and disjoint, and stays so.
pub(crate) fn join_constituencies(text: &str, found: &mut Vec<Candidate>) {
    super::join_over_and(text, found, |a, b| {
        let before = head(text, a.span.start);
        (matches!(a.label, Label::Place | Label::Org)
            && matches!(b.label, Label::Place | Label::Org)
            && (before.ends_with("MP for ") || before.ends_with("member for "))
            // Not a party's possessive after it (`MP for Meirionnydd Nant Conwy and Plaid Cymru's
            // leader`).
            && !crate::text::char_at(text, b.span.end).is_some_and(crate::tokens::is_apostrophe))
        .then_some(Label::Place)
    });
}
