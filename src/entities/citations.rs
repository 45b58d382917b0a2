//! Authors of a cited study: the surname before `et al.` is a person (`(Lindqvist et al., PNAS,
//! 2026)`, `a study by Zhang et al.`, `(van der Berg et al., Nature, 2025)`), where the tagger
//! found nothing, a place or a part of the name.

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{token_at, token_is, token_text, Token, TokenKind};

/// Labels the surname right before `et al` a person, with the particles that open it (`van der
/// Berg`); name mentions it touches are replaced, a value is left alone. `found` is sorted and
/// disjoint, and stays so.
pub(crate) fn label_cited_authors(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 1..tokens.len().saturating_sub(1) {
        // The bytes first: most tokens are turned away unread.
        let t = token_at(tokens, k);
        if text.as_bytes().get(t.span.start..t.span.end) != Some(b"et".as_slice())
            || !matches!(token_text(text, tokens, k + 1), "al." | "al")
        {
            continue;
        }
        // A surname, not an acronym (`BT et al block`), and a citation's `al.` or `al,`.
        let last = token_at(tokens, k - 1);
        if last.kind != TokenKind::Word
            || !last.capitalised(text)
            || !last.text(text).chars().any(char::is_lowercase)
            || token_is(text, tokens, k + 1, "al")
                && tokens.get(k + 2).is_none_or(|t| t.kind != TokenKind::Punct)
        {
            continue;
        }
        // The particles before the surname, one space apart (`van der`).
        let mut a = k - 1;
        while a > 0
            && super::names::SURNAME_PARTICLES.contains(token_text(text, tokens, a - 1))
            && token_at(tokens, a - 1).span.end + 1 == token_at(tokens, a).span.start
        {
            a -= 1;
        }
        let span = Span::new(token_at(tokens, a).span.start, last.span.end);
        let from = found.partition_point(|c| c.span.end <= span.start);
        let to = found.partition_point(|c| c.span.start < span.end);
        let touched = found.get(from..to).unwrap_or_default();
        if touched
            .iter()
            .any(|c| !c.label.is_name() || c.span.start < span.start)
        {
            continue;
        }
        for c in found.get_mut(from..to).unwrap_or_default() {
            c.span = Span::new(c.span.start, c.span.start);
        }
        Candidate::push_to(&mut add, span, Label::Person, Source::Name);
    }
    if !add.is_empty() {
        crate::vecs::retain(found, |c| !c.span.is_empty());
        found.extend(add);
        super::sort_by_start(found);
    }
}
