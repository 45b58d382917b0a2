//! Names the tagger ran across a colon after a line's stamp or rubric (`Dec. 10: Nobel Peace
//! Prize`, `Related: Why a Hanukkah`): one name never spans a rubric's or a stamp's colon, where a
//! title may span its own (`Death Stranding 2: On the Beach`).

use super::{Candidate, Label};
use crate::text::{is_lower, starts_by, Span};
use crate::tokens::{token_at, token_run, Token, TokenKind};

crate::word_list::word_lists! {
    /// Words of a rubric or a label before a colon (`Read more:`, `Related:`, `Key dates:`).
    const RUBRIC = "Read more Related See also Watch Listen Update Updated Breaking Exclusive Analysis \
        Explainer Opinion Live Key dates Photos Video";
    /// Words that open a question (`Why a Hanukkah card costs more`).
    const QUESTION = "Why How What When Where Who Which";
}

/// True when token `k` ends a time or a number: a number, or a time's zone or half of the day after
/// one (`19:42 GMT`, `9:15 a.m. ET`).
fn ends_a_time(text: &str, tokens: &[Token], k: usize) -> bool {
    use super::values::lexicon::{MERIDIEM, ZONES};
    let mut k = k;
    // At most a half of the day and a zone after the number.
    for _ in 0..2 {
        let w = token_at(tokens, k).text(text);
        if k == 0 || !(ZONES.contains(w) || MERIDIEM.contains_lowercase(w)) {
            break;
        }
        k -= 1;
    }
    token_at(tokens, k).kind == TokenKind::Number
}

/// Cuts each name of `found` that holds a colon after the colon, when what comes before is a stamp
/// (a time, a date) or a rubric; a question's opening words left before a name of the lists go
/// too. `found` is sorted and disjoint, and stays so.
pub(super) fn cut_at_colons(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = super::names::token_range(tokens, c.span);
        // A stamp's `The` opens its sentence, no name's (`09:15: The Kremlin says`), unless the
        // lists have the name with it (`The Hague`).
        if b >= a + 2
            && a >= 2
            && token_at(tokens, a).is(text, "The")
            && token_at(tokens, a - 1).is(text, ":")
            && ends_a_time(text, tokens, a - 2)
            && super::tagger::list_label_run(text, tokens, a, b).is_none()
            && super::tagger::listed_run(text, tokens, a, b) == Default::default()
        {
            c.span = Span::new(token_at(tokens, a + 1).span.start, c.span.end);
            continue;
        }
        let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| token_at(tokens, k).is(text, ":"))
        else {
            continue;
        };
        let left = token_run(tokens, a, k);
        // A stamp: a time (`09:15:`) or a date (`Dec. 10:`) before the colon; not a sequel's
        // number (`Death Stranding 2: On the Beach`) nor a title's month (`The March of Folly:`).
        let stamp = token_at(tokens, k - 1).kind == TokenKind::Number
            && (token_at(tokens, a).kind == TokenKind::Number
                || left
                    .iter()
                    .any(|t| super::values::lexicon::MONTHS.contains_lowercase(t.text(text))));
        if !(stamp || left.iter().all(|t| RUBRIC.contains(t.text(text)))) {
            continue;
        }
        let y = b;
        let mut x = k + 1;
        // `Why a Hanukkah`: the name of the lists after the question's last word in lower case.
        if QUESTION.contains(token_at(tokens, x).text(text)) {
            if let Some(l) = (x..y)
                .rev()
                .find(|&i| starts_by(token_at(tokens, i).text(text), is_lower))
            {
                if l + 1 < y && super::tagger::list_label_run(text, tokens, l + 1, y).is_some() {
                    x = l + 1;
                    c.label =
                        super::tagger::list_label_run(text, tokens, x, y).unwrap_or(Label::Misc);
                }
            }
        }
        c.span = Span::new(
            token_at(tokens, x).span.start,
            token_at(tokens, y - 1).span.end,
        );
    }
}
