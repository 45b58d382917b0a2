//! A mention never runs across a score, a pictograph or a bullet: the tagger reads a post's or a live
//! blog's line as one name (`FULL-TIME ⚽ City 3-1 Bournemouth`, `Thank you Paris ❤️ See you`).
//! The sides of a score are names of their own (`City`, `Bournemouth`); after a pictograph a
//! lone everyday word opens the next phrase (`See`), not a name.

use super::super::tagger::{list_label_run, listed_run};
use super::{capitalised_at, is_rare_word, token_range, Candidate, Label};
use crate::text::{all_char, has_char, Span};
use crate::tokens::{token_at, token_text, Token, TokenKind};

/// True when token `k` is a score between spaces (`3-1`).
fn is_score(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = token_at(tokens, k);
    let w = t.text(text);
    t.kind == TokenKind::Number
        && has_char(w, '-')
        && all_char(w, |c| c.is_ascii_digit() || c == '-')
        && !w.starts_with('-')
        && !w.ends_with('-')
        && k > 0
        && token_at(tokens, k - 1).span.end < t.span.start
        && tokens
            .get(k + 1)
            .is_none_or(|n| t.span.end < n.span.start || n.kind == TokenKind::Punct)
}

/// True when token `k` is a pictograph (an emoji, an arrow, a dingbat): a symbol beyond ASCII.
fn is_pictograph(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = token_at(tokens, k);
    t.kind == TokenKind::Symbol && !crate::text::is_ascii(t.text(text))
}

/// True when token `k` is a bullet between a list's items on one line (`• Ford Puma • Kia
/// Sportage`), which the tagger, never having seen one, reads into a name.
fn is_bullet(text: &str, tokens: &[Token], k: usize) -> bool {
    matches!(
        token_at(tokens, k).text(text),
        "\u{2022}" | "\u{25aa}" | "\u{25cf}"
    )
}

/// Splits the mentions of `found` at the scores, pictographs and bullets inside them and cuts those at
/// their ends; a piece of a mention split at a pictograph only takes the label the lists give it.
/// `found` is sorted and stays so.
pub(super) fn split_at_scores_and_symbols(
    text: &str,
    tokens: &[Token],
    found: &mut Vec<Candidate>,
) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        let scored = (a..b).any(|k| is_score(text, tokens, k));
        if !scored && !(a..b).any(|k| is_pictograph(text, tokens, k) || is_bullet(text, tokens, k))
        {
            continue;
        }
        // Each piece with the label the lists give it, or the whole's.
        let mut pieces: Vec<(Span, Label)> = Vec::new();
        let (mut from, mut after_symbol) = (a, false);
        for k in a..=b {
            let score = k < b && is_score(text, tokens, k);
            let symbol = k < b && is_pictograph(text, tokens, k);
            let bullet = k < b && is_bullet(text, tokens, k);
            if k < b && !score && !symbol && !bullet {
                continue;
            }
            // The piece's words from its first capitalised one.
            if let Some(first) = (from..k).find(|&i| capitalised_at(text, tokens, i)) {
                let lone_word = k == first + 1 && !is_rare_word(token_text(text, tokens, first));
                if !(after_symbol && lone_word) {
                    let span = Span::new(
                        token_at(tokens, first).span.start,
                        token_at(tokens, k - 1).span.end,
                    );
                    let listed = listed_run(text, tokens, first, k);
                    let label = if scored {
                        // The sides of a score are teams, whatever else their names are.
                        c.label
                    } else if listed.country || listed.only_place || listed.city_not_person {
                        Label::Place
                    } else {
                        list_label_run(text, tokens, first, k).unwrap_or(c.label)
                    };
                    crate::vecs::push(&mut pieces, (span, label));
                }
            }
            from = k + 1;
            after_symbol = symbol;
        }
        let mut rest = pieces.into_iter();
        (c.span, c.label) = rest
            .next()
            .unwrap_or((Span::new(c.span.start, c.span.start), c.label));
        for (span, label) in rest {
            Candidate::push_to(&mut add, span, label, c.source);
        }
    }
    if !add.is_empty() {
        crate::vecs::extend(found, add);
        super::super::sort_by_start(found);
    }
    crate::entities::drop_empty(found);
}
