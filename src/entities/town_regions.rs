//! A town before its region or country and a comma (`founded in Cisco, Texas, in 1919`, `leave
//! Flin Flon, Manitoba, and`) is a place, where the lists have a company by its name or the tagger
//! read a person's two words.

use super::{Candidate, Label};
use crate::tokens::Token;

/// Labels a place each one-word organisation, and each two-word person with no listed first name,
/// that a comma and a region or a country of the lists follow, the region ending its phrase (a
/// comma, a full stop, a closing bracket or the line's end after it), outside a list of names.
/// `found` is sorted.
pub(super) fn label_towns_before_regions(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for m in 1..found.len() {
        let (c, r) = (*crate::vecs::at(found, m - 1), *crate::vecs::at(found, m));
        if r.label != Label::Place || super::text_between(text, &c, &r) != ", " {
            continue;
        }
        let after = crate::text::tail(text, r.span.end);
        if !(after.is_empty()
            || crate::text::starts_by(after, |c| matches!(c, ',' | '.' | ')' | '\n')))
        {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, r.span);
        let region = super::tagger::listed_run(text, tokens, a, b);
        if !(region.country || region.place && !region.city) {
            continue;
        }
        // Not a name of a list (`Internazionale, Juventus, Monaco.`).
        if m >= 2 && super::text_between(text, crate::vecs::at(found, m - 2), &c) == ", " {
            continue;
        }
        let (i, j) = super::names::token_range(tokens, c.span);
        let town = match c.label {
            // Two words when neither ends a body's name nor the lists have them as a body (`San
            // Benito, Texas`; not `Dell Technologies, Texas`).
            Label::Org => {
                j == i + 1
                    || j == i + 2
                        && (i..j).all(|k| {
                            super::names::label_by_last_word(crate::tokens::token_text(
                                text, tokens, k,
                            ))
                            .is_none()
                        })
                        && super::tagger::list_label_run(text, tokens, i, j).is_none()
                        && !super::tagger::listed_run(text, tokens, i, j).only_org
            }
            Label::Person => {
                j == i + 2
                    && !(i..j).any(|k| super::tagger::listed_run(text, tokens, k, k + 1).first_name)
            }
            _ => false,
        };
        if town {
            crate::vecs::at_mut(found, m - 1).label = Label::Place;
        }
    }
}

crate::word_list::word_lists! {
    /// Lower-case words after a town that make it the place (`Leeds police`, `Paris mayor`, `Dhaka
    /// airport`): CoNLL-2003 train and the looked-at sets mark the name before them LOC 69 times and
    /// ORG 5 (acronyms and parties).
    const TOWN_SERVICES = "police mayor airport";
}

/// Labels a place each organisation that the lists have as a place, before a word of
/// [`TOWN_SERVICES`] (`Leeds police said`, where `Leeds United` made `Leeds` the club). `found` is
/// sorted.
pub(super) fn label_towns_before_services(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = super::names::token_range(tokens, c.span);
        if c.label == Label::Org
            && b > a
            && b < tokens.len()
            && crate::tokens::token_at(tokens, b).span.start == c.span.end + 1
            && TOWN_SERVICES.has_token(text, tokens, b)
            && super::tagger::listed_run(text, tokens, a, b).place
        {
            c.label = Label::Place;
        }
    }
}
