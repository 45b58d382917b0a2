//! A campus of the University of California after its comma is a part of the university's name
//! (`the University of California, Berkeley`, `University of California, Santa Cruz`): the
//! tagger ends the organisation at the comma and reads the campus as a person or a place.

use super::{Candidate, Label};
use crate::text::{is_alnum, starts_by, tail, Span};
use crate::vecs::at;

/// The campuses of the University of California (its ten).
const CAMPUSES: [&str; 10] = [
    "Berkeley",
    "Davis",
    "Irvine",
    "Los Angeles",
    "Merced",
    "Riverside",
    "San Diego",
    "San Francisco",
    "Santa Barbara",
    "Santa Cruz",
];

/// Extends each `University of California` to the campus after its comma and drops the
/// campus's own mention; `found` is sorted and stays so.
pub(super) fn with_campuses(text: &str, found: &mut Vec<Candidate>) {
    // In place, in one pass: `found[..w]` holds the mentions kept so far; `campus_end` is where
    // the last campus joined ends.
    let (mut w, mut campus_end) = (0, 0);
    for k in 0..found.len() {
        let next = *at(found, k);
        if next.span.start < campus_end {
            continue;
        }
        *crate::vecs::at_mut(found, w) = next;
        w += 1;
        let c = crate::vecs::at_mut(found, w - 1);
        if c.label != Label::Org || !c.span.slice(text).ends_with("University of California") {
            continue;
        }
        let Some(after) = tail(text, c.span.end).strip_prefix(", ") else {
            continue;
        };
        if let Some(campus) = CAMPUSES.iter().find(|name| {
            after
                .strip_prefix(**name)
                .is_some_and(|rest| !starts_by(rest, is_alnum))
        }) {
            c.span = Span::new(c.span.start, c.span.end + 2 + campus.len());
            campus_end = c.span.end;
        }
    }
    found.truncate(w);
}
