//! A nationality and `Olympic` (or `Paralympic`) before a word in lower case are one MISC name, as
//! CoNLL-2003 marks both of its cases (`American Olympic champion Gail Devers`), where the tagger
//! found the nationality and `Olympic` as two names (`British Olympic rower`). A body keeps its
//! name (`British Olympic Association`): a capitalised word follows there.

use super::{Candidate, Label};
use crate::text::{starts_by, tail};

/// Joins each nationality mention and the `Olympic` or `Paralympic` mention one space after it,
/// when a word in lower case follows, into one MISC mention. `found` is sorted and stays so.
pub(crate) fn join_olympic_teams(text: &str, found: &mut Vec<Candidate>) {
    super::join_over(text, found, " ", |a, b| {
        let after = crate::text::trim_start_by(tail(text, b.span.end), |c| c == ' ');
        (matches!(b.span.slice(text), "Olympic" | "Paralympic")
            && super::tagger::lexicon::is_nationality(a.span.slice(text))
            && starts_by(after, char::is_lowercase))
        .then_some(Label::Misc)
    });
}
