//! Line breaks: a blank line (or U+2029) always ends a sentence; a single line break does too, unless
//! the line is broken in the middle of a sentence (hard-wrapped prose, a line that stops on `the` or
//! `with`, a next line in lower case that finishes the sentence).

use super::cursor::{char_at, floor_boundary, skip_ws, token_start, MAX_WORD};
use super::lexicon::{is_closer, is_function_word, is_terminator};
use super::scanner::{Decision, Scanner};
use crate::abbreviations::{abbreviation_kind, AbbreviationKind};
use crate::text::{
    ends_by, find_any, head, is_alnum, is_lower, is_space, split_char, starts_by, tail, trim_by,
    trim_end_by, words, Span,
};
use crate::vecs::{at, run};

impl Scanner<'_> {
    /// A line break: a blank line (or a paragraph separator) always ends a sentence; a single break
    /// does unless it wraps a long line mid-sentence.
    pub(super) fn line_break(&self, i: usize, c: char) -> Decision {
        let b = self.bytes;
        if c == '\r' && b.get(i + 1) == Some(&b'\n') {
            return Decision::Skip(i + 1);
        }
        let k = skip_ws(self.text, i);
        let split = Decision::Split { end: i, resume: k };
        if c == '\u{2029}' || k >= b.len() {
            return if k >= b.len() {
                Decision::Skip(k)
            } else {
                split
            };
        }
        let breaks = Span::new(i, k)
            .slice(self.text)
            .bytes()
            .enumerate()
            .filter(|&(n, x)| x == b'\n' || (x == b'\r' && b.get(i + n + 1) != Some(&b'\n')))
            .count();
        if breaks >= 2 {
            return split;
        }
        // A single line break.
        let line_end = if c == '\n' && i > self.start && *at(b, i - 1) == b'\r' {
            i - 1
        } else {
            i
        };
        let whole_start = run(b, 0, line_end)
            .iter()
            .rposition(|&x| x == b'\n' || x == b'\r')
            .map_or(0, |p| p + 1);
        // The sentence's part of the line.
        let line = trim_by(
            Span::new(whole_start.max(self.start), i).slice(self.text),
            is_space,
        );
        if line.is_empty() {
            return Decision::Skip(k);
        }
        // The whole line, from the previous line break (`"Sovereignty is not` is a long line's
        // end when a sentence started inside it), for the tests of a line's length.
        let whole = trim_by(Span::new(whole_start, line_end).slice(self.text), is_space);
        // In bytes: the same as characters in ASCII, and the tests are rough.
        let long = |min: usize| whole.len() >= min;
        let next = char_at(self.text, k).unwrap_or(' ');
        let ends_sentence = ends_by(line, is_terminator);
        // A line that stops on a word like `the` or `with`, or a long line that stops on a comma,
        // breaks in the middle of a sentence (`met with\nJohn Smith`). A short line with a comma is
        // a salutation or sign-off (`Best,\nJeff`).
        let last_word = tail(line, token_start(line, line.len(), MAX_WORD));
        let several_words = crate::text::more_words_than(line, 2);
        let title = last_word
            .strip_suffix('.')
            .is_some_and(|w| abbreviation_kind(w) == Some(AbbreviationKind::Title));
        if title
            || (several_words && is_function_word(last_word))
            || (line.ends_with(',') && long(40))
        {
            return Decision::Skip(k);
        }
        // In hard-wrapped prose a full line of running text that stops without a sentence's end
        // goes on in the next line when that starts with a word, a number or a quotation
        // (`Secretary of State Marco\nRubio`, `aged\n12 to 17`), not a list's marker.
        if self.full > 0
            && (is_alnum(next) || matches!(next, '$' | '£' | '€' | '"' | '“'))
            && !ends_by(trim_end_by(line, is_closer), |c| {
                is_terminator(c) || c == ':'
            })
            && long(self.full)
            && is_running_text(whole)
        {
            return Decision::Skip(k);
        }
        if is_lower(next) && !ends_sentence {
            // A line broken inside a sentence: the next line finishes it (`This is a sentence\ncut
            // off in the middle.`), or the line is a long one of hard-wrapped prose. Short lines that
            // end without punctuation are list entries or headings.
            let window = Span::new(
                k,
                floor_boundary(self.text, (k + 1000).min(self.text.len())),
            )
            .slice(self.text);
            let next_line = trim_end_by(
                trim_end_by(
                    head(
                        window,
                        find_any(window, &['\n', '\r']).unwrap_or(window.len()),
                    ),
                    is_space,
                ),
                is_closer,
            );
            let full = if self.full > 0 { self.full.min(40) } else { 40 };
            if ends_by(next_line, is_terminator) || long(full) {
                return Decision::Skip(k);
            }
        }
        split
    }
}

/// True when a line is running text: it holds a word in lower case that is no function word
/// (`visit` in `The visit by Secretary of State Marco`), as no title-case headline does.
fn is_running_text(line: &str) -> bool {
    words(line).any(|w| starts_by(w, is_lower) && w.len() > 2 && !is_function_word(w))
}

/// When `text` is hard-wrapped prose (a plain-text e-mail, text copied from a PDF, a wire feed at a
/// fixed width), the length in bytes from which a line counts as full: three fifths of the
/// longest line that breaks inside a sentence, and at least 20; else 0. The text is hard-wrapped when
/// at least three of its single line breaks fall inside a sentence (after a line that stops without
/// a sentence's end, before a word in lower case) and they are at least a third of its single line
/// breaks. One pass over the text.
pub(super) fn full_line(text: &str) -> usize {
    let (mut inside, mut single, mut width) = (0usize, 0usize, 0usize);
    let mut lines = split_char(text, '\n')
        .map(|l| trim_by(l, is_space))
        .peekable();
    while let Some(line) = lines.next() {
        let Some(&next) = lines.peek() else { break };
        if line.is_empty() || next.is_empty() {
            continue;
        }
        single += 1;
        let stops = ends_by(trim_end_by(line, is_closer), is_terminator);
        if !stops && starts_by(next, is_lower) {
            inside += 1;
            width = width.max(line.len());
        }
    }
    if inside >= 3 && inside * 3 >= single {
        (width * 3 / 5).max(20)
    } else {
        0
    }
}
