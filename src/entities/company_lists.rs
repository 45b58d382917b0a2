//! Companies in a pair with a company: `Slack and Asana`, `Lemon8 and Yope`, `Reddit and Kick`;
//! and in a list of companies joined by commas (`Pull&Bear, Stradivarius, Oysho, Zara Home`).
//! CoNLL-2003 train, WikiNEuRal, wikigold and the looked-at sets join 452 one-word names to an
//! organisation by `and`, `or` or `, and` as organisations, against 63 of other kinds, nearly all of
//! them listed places and people (`PUK and Iraq`, `Newey and Honda`); the tagger reads an unknown
//! one-word brand as a place there. `, and` is left out: it joins clauses too.

use super::{Candidate, Label};
use crate::tokens::Token;

/// Relabels as an organisation a one-word place that no list or training name knows when `and` or
/// `or` joins it to an organisation, and its other places written the same (not a person: unknown
/// surnames stand beside companies, `the CIA and Levinson`). `found` is sorted and stays so.
pub(crate) fn label_companies_in_lists(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let mut names: Vec<&str> = Vec::new();
    for m in 1..found.len() {
        let (a, b) = (crate::vecs::at(found, m - 1), crate::vecs::at(found, m));
        let gap = super::text_between(text, a, b);
        if !crate::text::is_one_of(gap, " and | or ") {
            continue;
        }
        // A body after `and` names its place with the word before it (`Antigua and Barbuda
        // Commission`): that word is the body's, not a company beside it.
        let body = crate::text::after_last_by(b.span.slice(text), |c| c == ' ');
        let body = super::names::BODY_HEADS.contains(body);
        for (org, other) in [(a, b), (b, a)] {
            if org.label == Label::Org
                && other.label == Label::Place
                && !(body && org.span == b.span)
                && unknown_word(text, tokens, other)
            {
                crate::vecs::push(&mut names, other.span.slice(text));
            }
        }
    }
    in_comma_lists(text, tokens, found, &mut names);
    if names.is_empty() {
        return;
    }
    // Sorted, so that a text of many such pairs stays linear (a repeat does not hinder the binary
    // search, so none is dropped: `dedup` was a loop of its own in the .wasm).
    crate::sort::sort(&mut names);
    for c in found.iter_mut() {
        if matches!(c.label, Label::Place | Label::Person)
            && names.binary_search(&c.span.slice(text)).is_ok()
        {
            c.label = Label::Org;
        }
    }
}

/// Adds to `names` the unknown one-word places and people ([`unknown_word`]) of a list of names
/// joined by commas (and a last `and` or `or`) that holds two organisations or more and nothing
/// else but such words (`Pull&Bear, Stradivarius, Oysho, Zara Home and`): the brands of a group,
/// the tagger's places and people among them.
fn in_comma_lists<'t>(
    text: &'t str,
    tokens: &[Token],
    found: &[Candidate],
    names: &mut Vec<&'t str>,
) {
    let mut i = 0;
    while i < found.len() {
        // The list from `i`: mentions one comma apart, the last perhaps after `and` or `or`.
        let mut j = i + 1;
        while j < found.len() {
            let gap = crate::text::Span::new(
                found[j - 1].span.end,
                found[j].span.start.max(found[j - 1].span.end),
            )
            .slice(text);
            if gap == ", " {
                j += 1;
            } else {
                if crate::text::is_one_of(gap, " and | or |, and |, or ") && j - i >= 2 {
                    j += 1;
                }
                break;
            }
        }
        let list = crate::vecs::run(found, i, j);
        let orgs = list.iter().filter(|c| c.label == Label::Org).count();
        if list.len() >= 3
            && orgs >= 2
            && list.iter().all(|c| {
                c.label == Label::Org
                    || matches!(c.label, Label::Place | Label::Person)
                        && unknown_word(text, tokens, c)
            })
        {
            for c in list {
                if c.label != Label::Org {
                    crate::vecs::push(names, c.span.slice(text));
                }
            }
        }
        i = j;
    }
}

/// True when the mention `c` is one word that no list or training name knows.
fn unknown_word(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    let (a, b) = super::names::token_range(tokens, c.span);
    b == a + 1 && super::consistency::unlisted(text, tokens, a, b)
}
