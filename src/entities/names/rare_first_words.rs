//! A person's first word at a sentence's or a line's start that the tagger left out (`Tanmay` of
//! `Tanmay Bhoyar, a 21-year-old`, where the name opens two lines of the text and the document's
//! other mentions of the word read like a sentence's capital): a word that general English does not
//! know and no list has, one space before a one-word person whose surname names someone else of
//! the text too, joins the person.

use super::{is_rare_word, token_range};
use crate::entities::{Candidate, Label};
use crate::text::{
    all_char, ends_by, head, is_lower, is_upper, last_char, one_space, starts_by, tail,
    trim_end_by, Span,
};
use crate::tokens::{token_at, Token, TokenKind};

/// True when token `k` opens its sentence or its line: the text's start, a line break, a sentence
/// end or a list's mark (`- `, `• `) before it.
fn opens(text: &str, tokens: &[Token], sentences: &[Span], k: usize) -> bool {
    let start = token_at(tokens, k).span.start;
    let s = crate::text::ending_by(sentences, start);
    if sentences.get(s).is_some_and(|s| s.start == start) {
        return true;
    }
    // The line's start, a list's mark after it or not, then spaces.
    let line_start = |s: &str| s.is_empty() || ends_by(s, |c| c == '\n');
    let before = trim_end_by(head(text, start), |c| c == ' ');
    line_start(before)
        || ends_by(before, |c| matches!(c, '-' | '\u{2022}' | '*'))
            && line_start(trim_end_by(
                head(
                    before,
                    before.len() - last_char(before).map_or(0, char::len_utf8),
                ),
                |c| c == ' ',
            ))
}

/// Extends each one-word person of `found` over the word before it, one space away, when that word
/// opens its sentence or line ([`opens`]), is written in title case, is rare in general English
/// ([`is_rare_word`]), is no word of the language and no list has it, when another person of the
/// text has the same surname. `found` is sorted and stays so.
pub(super) fn with_rare_first_word(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut [Candidate],
) {
    // The last words of the people of the text, sorted once, when first needed.
    let mut surnames: Option<Vec<&str>> = None;
    for k in 0..found.len() {
        let c = *crate::vecs::at(found, k);
        let (a, b) = token_range(tokens, c.span);
        if c.label != Label::Person || b != a + 1 || a == 0 {
            continue;
        }
        let p = token_at(tokens, a - 1);
        let w = p.text(text);
        let free = k == 0 || crate::vecs::at(found, k - 1).span.end <= p.span.start;
        let rare = free
            && p.kind == TokenKind::Word
            && w.len() > 2
            && starts_by(w, is_upper)
            && all_char(tail(w, 1), is_lower)
            && one_space(text, p.span.end, c.span.start)
            && opens(text, tokens, sentences, a - 1)
            && is_rare_word(w)
            && {
                // Not a word of the language (`But`, `Mrs`, `Archbishop`).
                let low = crate::case::lowercase(w);
                !crate::stopwords::is_stopword(&low)
                    && crate::pos::known_tags(&low).is_none()
                    && !crate::entities::groups::is_title(&low)
                    && !crate::entities::consistency::is_person_title(&low)
            }
            && super::super::tagger::listed_run(text, tokens, a - 1, a) == Default::default()
            && super::super::tagger::lexicon::known(w).is_none();
        if !rare {
            continue;
        }
        // The surname names someone else of the text too (`Suresh Bhoyar`, `Yeltsin` beside
        // `Naina Yeltsin`): the tagger read the document's other mentions as the whole name.
        let names = surnames.get_or_insert_with(|| {
            let mut last: Vec<&str> = Vec::new();
            for o in found.iter().filter(|o| o.label == Label::Person) {
                let name = o.span.slice(text);
                let word = crate::text::rsplit_once_char(name, ' ').map_or(name, |(_, w)| w);
                crate::vecs::push(&mut last, word);
            }
            crate::sort::sort(&mut last);
            last
        });
        let surname = c.span.slice(text);
        let count =
            names.partition_point(|&n| n <= surname) - names.partition_point(|&n| n < surname);
        if count >= 2 {
            crate::vecs::at_mut(found, k).span = Span::new(p.span.start, c.span.end);
        }
    }
}
