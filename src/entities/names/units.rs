//! A military unit's ordinal is a part of its name (`the 24th Mechanized Brigade`, `the 82nd
//! Airborne Division`), as wikigold, WikiNEuRal and the self-written sets mark 12 of 14 such
//! names; the tagger leaves the number out.

use super::{token_range, Candidate, Label};
use crate::text::{all_char, trim_end_by, Span};
use crate::tokens::{token_at, Token, TokenKind};

crate::word_list::word_lists! {
    /// The last words of a unit's name.
    const UNIT_WORDS = "Brigade Division Battalion Regiment Corps Army Fleet Squadron Infantry Airborne Cavalry";
}

/// True when `w` is an ordinal in figures (`3rd`, `24th`, `101st`).
fn is_ordinal(w: &str) -> bool {
    let digits = trim_end_by(w, |c| c.is_ascii_alphabetic());
    !digits.is_empty()
        && all_char(digits, |c| c.is_ascii_digit())
        && w.get(digits.len()..)
            .is_some_and(|end| ["st", "nd", "rd", "th"].contains(&end))
}

/// Extends each name of a unit over the ordinal right before it, and makes it an organisation.
pub(super) fn with_unit_ordinals(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if a == 0 || b == a || !UNIT_WORDS.has_token(text, tokens, b - 1) {
            continue;
        }
        let before = token_at(tokens, a - 1);
        if before.kind == TokenKind::Word
            && before.span.end + 1 == c.span.start
            && is_ordinal(before.text(text))
        {
            c.span = Span::new(before.span.start, c.span.end);
            c.label = Label::Org;
        }
    }
}
