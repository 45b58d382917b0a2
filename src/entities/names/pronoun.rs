//! The pronoun `I` is no part of a name: in quoted speech the tagger takes it with the capitalised
//! word before it (`"Suddenly I had`, `told John I will`, `a movie I was proud of`). A king's or a
//! war's numeral stays (`Charles I,`, `Queen Elizabeth I in`, `World War I`).

use super::{is_rare_word, token_range};
use crate::entities::Candidate;
use crate::text::{is_alnum, is_lower, starts_by, Span};
use crate::tokens::{token_at, token_is, token_text, Token};
use crate::vecs::run;

crate::word_list::word_lists! {
    /// Words that take a numeral `I` in a name (`World War I drama`, `Episode I`, `Zone I tie`).
    const NUMBERED = "War Wars Zone Episode Group Phase Part Division Class Act Book Volume Chapter Title Stage \
        Round Tier League Type Mark Series Season";
}

/// True when `w` is a word the pronoun `I` takes after it: a clitic (`'d`, `'m`), or a verb of the
/// part-of-speech lexicon's in a form `I` takes (`think`, `had`, `will`: present, past, modal).
fn after_pronoun(w: &str) -> bool {
    use crate::pos::Pos;
    if w.starts_with('\'') || w.starts_with('\u{2019}') {
        return true;
    }
    let forms = Pos::VerbPresent.bit() | Pos::VerbPast.bit() | Pos::Modal.bit();
    starts_by(w, is_lower) && crate::pos::known_tags(w).is_some_and(|t| t & forms != 0)
}

/// Takes the pronoun `I` out of the end of each mention inside a quotation (a verb or a clitic
/// after it: `I had`, `I'd`), and drops a mention of `I` alone, or of `I` after one everyday word
/// that the lists do not know as a name (`Suddenly I`, `Certainly I`); a name before it stays
/// (`John` of `told John I will`).
pub(super) fn without_pronoun(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    crate::vecs::retain(found, |c| {
        let (a, b) = token_range(tokens, c.span);
        if b == a || !token_is(text, tokens, b - 1, "I") {
            return true;
        }
        let numbered = b > a + 1 && NUMBERED.has_token(text, tokens, b - 2);
        if b > a + 1 && (numbered || !after_pronoun(token_text(text, tokens, b))) {
            return true;
        }
        // The words before `I`, without a dash between them (`Frodo Baggins - I want`).
        let mut end = b - 1;
        while end > a && !starts_by(token_text(text, tokens, end - 1), is_alnum) {
            end -= 1;
        }
        if end == a {
            return false;
        }
        let one_everyday = end == a + 1 && {
            let w = token_text(text, tokens, a);
            (crate::stopwords::is_stopword(w) || !is_rare_word(w))
                && crate::entities::tagger::list_label_run(text, tokens, a, end).is_none()
                && !crate::entities::tagger::listed_run(text, tokens, a, end).personal_name
        };
        if one_everyday {
            return false;
        }
        // A name before `I` and a verb is a king's too (`Pedro I became first Emperor`): the
        // pronoun only inside a quotation (`"I have told John I will be around`).
        if quoted(text, c.span.start) {
            c.span = Span::new(c.span.start, token_at(tokens, end - 1).span.end);
        }
        true
    });
}

/// How far back [`quoted`] reads: a quotation opened further back on the line is not seen, and a
/// text of one long line costs a bounded read per mention.
const QUOTE_REACH: usize = 2_000;

/// True when byte `at` of `text` lies inside a quotation: an odd number of double quotation marks
/// (straight, or typographic: U+201C and U+201D, bytes E2 80 9C and 9D) open its line before it,
/// within [`QUOTE_REACH`] bytes.
fn quoted(text: &str, at: usize) -> bool {
    let before = run(text.as_bytes(), at.saturating_sub(QUOTE_REACH), at);
    let line = match before.iter().rposition(|&b| b == b'\n') {
        Some(i) => run(before, i + 1, before.len()),
        None => before,
    };
    let typographic = |i: usize| {
        line[i] == 0xE2
            && line.get(i + 1) == Some(&0x80)
            && matches!(line.get(i + 2), Some(0x9C | 0x9D))
    };
    let marks = (0..line.len())
        .filter(|&i| line[i] == b'"' || typographic(i))
        .count();
    marks % 2 == 1
}
