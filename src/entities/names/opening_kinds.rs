//! A name's kind word alone after the capitalised word that opens its sentence (`Times Square was
//! packed`, where the tagger, which discounts a sentence's first capital, found `Square` alone): a
//! kind (`Square`, `Street`, `Party`) names nothing by itself, so the opener is the name's first
//! word. Inside a sentence the tagger reads such a name whole (`filled Times Square`).

use super::{label_by_last_word, space_before, token_range};
use crate::entities::Candidate;
use crate::text::{ending_by, Span};
use crate::tokens::{capitalised_at, token_at, token_text, Token, TokenKind};

/// Takes into each one-word mention that is a name's last word ([`label_by_last_word`]) the
/// capitalised word right before it when that word opens its sentence and is no function word (not
/// `The Square`); the mention takes the kind's label. `found` is sorted and stays so.
pub(super) fn with_opening_word(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut [Candidate],
) {
    for m in 0..found.len() {
        let c = found[m];
        let (a, b) = token_range(tokens, c.span);
        if b != a + 1 || a == 0 || !c.label.is_name() {
            continue;
        }
        let Some(label) = label_by_last_word(token_text(text, tokens, a)) else {
            continue;
        };
        let opener = token_at(tokens, a - 1);
        let w = opener.text(text);
        let opens = sentences
            .get(ending_by(sentences, opener.span.start))
            .is_some_and(|s| s.start == opener.span.start);
        let free = m == 0 || found[m - 1].span.end <= opener.span.start;
        if opens
            && free
            && opener.kind == TokenKind::Word
            && capitalised_at(text, tokens, a - 1)
            && space_before(text, tokens, a)
            && !crate::sentences::lexicon::is_function_word(&crate::case::lowercase(w))
        {
            found[m].span = Span::new(opener.span.start, c.span.end);
            found[m].label = label;
        }
    }
}
