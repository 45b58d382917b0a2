//! A results line's country codes in brackets after its people (`2 Tina Clayton (JAM) 10.76, 3
//! Julien Alfred (LCA) 10.84`) are places when one of them is a country of the lists (`(USA)`):
//! the codes the lists lack are the same kind of thing as the one they have. A club's code stays
//! an organisation where no country is among them (`Luuk de Jong (PSV)`).

use super::{add_sorted, Candidate, Label, Source};
use crate::text::{all_bytes, starting_before, Span};
use crate::tokens::{token_at, token_is, Token};
use crate::vecs::at;

/// The span of a code of three capitals in brackets right after `c` (`Tina Clayton (JAM)`).
fn code_after(text: &str, tokens: &[Token], c: &Candidate) -> Option<Span> {
    let k = starting_before(tokens, c.span.end);
    let code = tokens.get(k + 1)?;
    let w = code.text(text);
    (token_is(text, tokens, k, "(")
        && token_at(tokens, k).span.start <= c.span.end + 1
        && token_is(text, tokens, k + 2, ")")
        && w.len() == 3
        && all_bytes(w, |b| b.is_ascii_uppercase()))
    .then_some(code.span)
}

/// Labels the country codes after people as places, in each sentence where one is a listed
/// country; `found` is sorted and stays so.
pub(super) fn places_in_results(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    let mut add = Vec::new();
    let mut codes: Vec<Span> = Vec::new();
    for s in sentences {
        codes.clear();
        let first = starting_before(found, s.start);
        let last = starting_before(found, s.end);
        for i in first..last {
            let c = at(found, i);
            if c.label == Label::Person {
                if let Some(code) = code_after(text, tokens, c) {
                    crate::vecs::push(&mut codes, code);
                }
            }
        }
        let country = |span: &Span| {
            let k = starting_before(tokens, span.start);
            super::super::tagger::listed_run(text, tokens, k, k + 1).country
        };
        if codes.len() < 2 || !codes.iter().any(country) {
            continue;
        }
        for code in &codes {
            let i = starting_before(found, code.start);
            match found.get_mut(i).filter(|c| c.span == *code) {
                Some(c) => c.label = Label::Place,
                None => Candidate::push_to(&mut add, *code, Label::Place, Source::Name),
            }
        }
    }
    add_sorted(found, add);
}
