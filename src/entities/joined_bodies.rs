//! A public body whose name joins two words with `and` before its kind (`England and Wales Cricket
//! Board`, `Avon and Somerset Police`, `Bath and North East Somerset Council`), where the tagger
//! found a place and then a body. In CoNLL-2003, WikiNEuRal, wikigold and the self-written sets,
//! every such pair of a one-word name, `and` and a body of this kind is one organisation's name
//! (five of five; none apart).

use super::{Candidate, Label};
use crate::text::{after_last_by, has_char};

crate::word_list::word_lists! {
    /// The last words of a public body's name that a name joined by `and` comes before.
    const BODY_KINDS = "Board Council Commission Authority Police Constabulary Agency Federation \
        Association Committee Trust";
}

/// Joins a one-word name, ` and ` and an organisation of two words or more whose last word is a
/// body's kind into one organisation. `found` is sorted and disjoint, and stays so.
pub(crate) fn join_bodies(text: &str, found: &mut Vec<Candidate>) {
    super::join_over_and(text, found, |a, b| {
        let body = b.span.slice(text);
        // Not a person, nor a company or a person of the lists, beside a body (`Apple and
        // Consumer Protection Commission staff`, `Hansen and European Space Agency engineers`),
        // nor a body the lists know whole (`Poland and European Commission officials`). The
        // lists are read last, for the few pairs that pass the rest.
        (matches!(a.label, Label::Org | Label::Place | Label::Misc)
            && b.label == Label::Org
            && !has_char(a.span.slice(text), ' ')
            && has_char(body, ' ')
            && BODY_KINDS.contains(after_last_by(body, |c| c == ' '))
            && crate::entities::tagger::lexicon::known(a.span.slice(text))
                .is_none_or(|l| l == Label::Place)
            && crate::entities::tagger::lexicon::known(body).is_none())
        .then_some(Label::Org)
    });
}

/// Joins a country of the lists and the organisation right after it, one space apart, into one
/// organisation (`Sri Lanka` + `Red Cross Society`, `Sri Lanka` + `Tourism Development Authority`):
/// CoNLL-2003 train and the looked-at sets join a country and a body 114 times (`France Telecom`,
/// `China Daily`) and keep them apart 6 (`India RBI`, an acronym after the country: not joined
/// here). `found` is sorted and disjoint, and stays so.
pub(crate) fn join_country_bodies(
    text: &str,
    tokens: &[crate::tokens::Token],
    found: &mut Vec<Candidate>,
) {
    let mut joined = false;
    for m in 1..found.len() {
        let (p, c) = (*crate::vecs::at(found, m - 1), *crate::vecs::at(found, m));
        if p.label != Label::Place
            || c.label != Label::Org
            || p.span.is_empty()
            || super::text_between(text, &p, &c) != " "
            || !crate::text::any_char(c.span.slice(text), crate::text::is_lower)
        {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, p.span);
        if crate::entities::tagger::listed_run(text, tokens, a, b).country {
            crate::vecs::at_mut(found, m).span = crate::text::Span::new(p.span.start, c.span.end);
            crate::vecs::at_mut(found, m - 1).span =
                crate::text::Span::new(p.span.start, p.span.start);
            joined = true;
        }
    }
    if joined {
        super::drop_empty(found);
    }
}
