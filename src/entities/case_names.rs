//! A court case by its parties (`Brennan v. Indiana`, `Carpenter v. United States`) is one name,
//! MISC, as the self-written sets mark all 13 in the looked-at sets (wikigold marks the parties
//! apart twice; CoNLL-2003 has none). `v` without its stop is a match between sides (`Essex v
//! Kent`), left alone.

use super::{Candidate, Label};

/// Joins each two name mentions of `found` (sorted, disjoint) that ` v. ` separates into one MISC
/// name, and labels MISC a name that holds ` v. ` already.
pub(crate) fn join_case_names(text: &str, found: &mut Vec<Candidate>) {
    let mut joined = false;
    for m in 0..found.len() {
        let c = *crate::vecs::at(found, m);
        if c.label.is_name() && crate::text::find_str(c.span.slice(text), " v. ").is_some() {
            crate::vecs::at_mut(found, m).label = Label::Misc;
        }
        if m == 0 {
            continue;
        }
        let p = *crate::vecs::at(found, m - 1);
        if p.label.is_name()
            && c.label.is_name()
            && !p.span.is_empty()
            && super::text_between(text, &p, &c) == " v. "
        {
            let n = crate::vecs::at_mut(found, m);
            n.span = crate::text::Span::new(p.span.start, c.span.end);
            n.label = Label::Misc;
            crate::vecs::at_mut(found, m - 1).span =
                crate::text::Span::new(p.span.start, p.span.start);
            joined = true;
        }
    }
    if joined {
        super::drop_empty(found);
    }
}
