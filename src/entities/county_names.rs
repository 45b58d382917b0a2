//! A name right before `County` is the county (`A Harris County constable's deputy`, `HARRIS COUNTY
//! DEPUTY CHARGED`), where the tagger left the word out and read the rest as a person, a surname
//! the story also gives a man. In CoNLL-2003, WikiNEuRal, wikigold and the looked-at sets every such
//! `County` is inside the mention (139 times): a place when it ends there (82 of 93; the others
//! are football clubs, `Notts County`, organisations), or a longer organisation or place
//! (`Broward County Sheriff's Office`), which the mention after it then holds.

use super::{Candidate, Label};
use crate::text::Span;

/// Extends each name of `found` (sorted, disjoint) that `County` or `COUNTY` (a capitals line's)
/// follows after one space, when no mention holds that word: a place, or an organisation when the
/// name was read as one (a club).
pub(crate) fn join_counties(text: &str, found: &mut [Candidate]) {
    for k in 0..found.len() {
        let c = *crate::vecs::at(found, k);
        if !c.label.is_name() {
            continue;
        }
        let Some(end) = super::end_of_word_after(text, found, k, &[" County", " COUNTY"]) else {
            continue;
        };
        let m = crate::vecs::at_mut(found, k);
        m.span = Span::new(c.span.start, end);
        if c.label != Label::Org {
            m.label = Label::Place;
        }
    }
}
