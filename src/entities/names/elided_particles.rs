//! A name's last part after an elided particle (`Cortina d'Ampezzo`, `Valéry Giscard d'Estaing`,
//! `Reggio nell'Emilia`): one token that the tagger, which never saw such words, leaves out.

use super::{space_before, token_range};
use crate::entities::Candidate;
use crate::text::{first_char, is_upper, split_once_by, Span};
use crate::tokens::{token_at, Token};

crate::word_list::word_lists! {
    /// Elided particles of French and Italian names, without their apostrophe.
    const PARTICLES = "d dell dall nell sull";
}

/// True for a word made of an elided particle, an apostrophe (straight or curly) and a capitalised
/// rest (`d'Ampezzo`, `d’Estaing`, `nell'Emilia`).
fn is_elided_part(w: &str) -> bool {
    let Some((particle, rest)) = split_once_by(w, |c| c == '\'' || c == '\u{2019}') else {
        return false;
    };
    PARTICLES.contains(&particle) && first_char(rest).is_some_and(is_upper)
}

/// Extends each name mention over the token right after it, one space away, when that token is an
/// elided particle and a name's last part ([`is_elided_part`]); a mention that started there goes.
/// `found` is sorted and stays so.
pub(super) fn with_elided_part(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    for k in 0..found.len() {
        let c = crate::vecs::at(found, k);
        // Not a mention this loop emptied (it lay inside an extension).
        if c.span.is_empty() || !c.label.is_name() {
            continue;
        }
        let (_, b) = token_range(tokens, c.span);
        let Some(next) = tokens.get(b) else {
            continue;
        };
        if !space_before(text, tokens, b) || !is_elided_part(next.text(text)) {
            continue;
        }
        let end = token_at(tokens, b).span.end;
        // A next mention that runs past the particle's word stops the extension; one inside that
        // word is taken in.
        if let Some(n) = found.get(k + 1) {
            if n.span.start < end && n.span.end > end {
                continue;
            }
        }
        let start = c.span.start;
        crate::vecs::at_mut(found, k).span = Span::new(start, end);
        for n in found.iter_mut().skip(k + 1) {
            if n.span.start >= end {
                break;
            }
            n.span = Span::new(n.span.start, n.span.start);
        }
    }
    crate::entities::drop_empty(found);
}
