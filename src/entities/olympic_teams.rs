//! A nationality and `Olympic` (or `Paralympic`) before a word in lower case are one MISC name, as
//! CoNLL-2003 marks both of its cases (`American Olympic champion Gail Devers`), where the tagger
//! found the nationality and `Olympic` as two names (`British Olympic rower`). A body keeps its
//! name (`British Olympic Association`): a capitalised word follows there.

use super::{Candidate, Label};
use crate::text::{starts_by, tail};

/// Joins each nationality mention and the `Olympic` or `Paralympic` mention one space after it,
/// when a word in lower case follows, into one MISC mention. `found` is sorted and stays so.
pub(crate) fn join_olympic_teams(text: &str, found: &mut Vec<Candidate>) {
    let mut joined = false;
    for i in 1..found.len() {
        let (a, b) = (*crate::vecs::at(found, i - 1), *crate::vecs::at(found, i));
        if a.span.is_empty()
            || a.span.end + 1 != b.span.start
            || crate::text::Span::new(a.span.end, b.span.start).slice(text) != " "
            || !matches!(b.span.slice(text), "Olympic" | "Paralympic")
            || !super::tagger::lexicon::is_nationality(a.span.slice(text))
        {
            continue;
        }
        let after = crate::text::trim_start_by(tail(text, b.span.end), |c| c == ' ');
        if !starts_by(after, char::is_lowercase) {
            continue;
        }
        *crate::vecs::at_mut(found, i - 1) = Candidate {
            span: crate::text::Span::new(a.span.start, b.span.end),
            label: Label::Misc,
            ..a
        };
        crate::vecs::at_mut(found, i).span = crate::text::Span::new(b.span.start, b.span.start);
        joined = true;
    }
    if joined {
        super::drop_empty(found);
    }
}
