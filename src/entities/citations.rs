//! Authors of a cited study: the surname before `et al.` is a person (`(Lindqvist et al., PNAS,
//! 2026)`, `a study by Zhang et al.`, `(van der Berg et al., Nature, 2025)`), where the tagger
//! found nothing, a place or a part of the name.

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{token_at, token_is, Token, TokenKind};

/// Labels the surname right before `et al` a person, with the particles that open it (`van der
/// Berg`), through [`super::put_names`]. `found` is sorted and disjoint, and stays so.
pub(crate) fn label_cited_authors(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 1..tokens.len().saturating_sub(1) {
        // The bytes first: most tokens are turned away unread.
        let t = token_at(tokens, k);
        if text.as_bytes().get(t.span.start..t.span.end) != Some(b"et".as_slice())
            || !super::journals::ET_AL.has_token(text, tokens, k + 1)
        {
            continue;
        }
        // A surname, not an acronym (`BT et al block`), and a citation's `al.` or `al,`.
        let last = token_at(tokens, k - 1);
        if last.kind != TokenKind::Word
            || !last.capitalised(text)
            || !crate::text::any_char(last.text(text), crate::text::is_lower)
            || token_is(text, tokens, k + 1, "al")
                && tokens.get(k + 2).is_none_or(|t| t.kind != TokenKind::Punct)
        {
            continue;
        }
        // The particles before the surname, one space apart (`van der`).
        let mut a = k - 1;
        while a > 0
            && super::names::SURNAME_PARTICLES.has_token(text, tokens, a - 1)
            && super::names::space_before(text, tokens, a)
        {
            a -= 1;
        }
        let span = Span::new(token_at(tokens, a).span.start, last.span.end);
        Candidate::push_to(&mut add, span, Label::Person, Source::Name);
    }
    super::put_names(text, found, add);
}
