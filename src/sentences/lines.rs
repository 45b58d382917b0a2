//! Line breaks: a blank line (or U+2029) always ends a sentence; a single line break does too, unless
//! the line is broken in the middle of a sentence (hard-wrapped prose, a line that stops on `the` or
//! `with`, a next line in lower case that finishes the sentence).

use super::cursor::{char_at, floor_boundary, skip_ws, token_start, MAX_WORD};
use super::lexicon::{is_closer, is_function_word, is_terminator};
use super::scanner::{Decision, Scanner};
use crate::abbreviations::{abbreviation_kind, AbbreviationKind};
use crate::text::last_char;

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
        let breaks = self.text[i..k]
            .bytes()
            .enumerate()
            .filter(|&(n, x)| x == b'\n' || (x == b'\r' && b.get(i + n + 1) != Some(&b'\n')))
            .count();
        if breaks >= 2 {
            return split;
        }
        // A single line break.
        let line_end = if c == '\n' && i > self.start && b[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        let line_start = b[self.start..line_end]
            .iter()
            .rposition(|&x| x == b'\n' || x == b'\r')
            .map_or(self.start, |p| self.start + p + 1);
        let line = self.text[line_start..i].trim();
        if line.is_empty() {
            return Decision::Skip(k);
        }
        let next = char_at(self.text, k).unwrap_or(' ');
        let ends_sentence = last_char(line).is_some_and(is_terminator);
        // A line that stops on a word like `the` or `with`, or a long line that stops on a comma,
        // breaks in the middle of a sentence (`met with\nJohn Smith`). A short line with a comma is
        // a salutation or sign-off (`Best,\nJeff`).
        let last_word = &line[token_start(line, line.len(), MAX_WORD)..];
        let several_words = line.split_whitespace().nth(2).is_some();
        let title = last_word
            .strip_suffix('.')
            .is_some_and(|w| abbreviation_kind(w) == Some(AbbreviationKind::Title));
        if title
            || (several_words && is_function_word(last_word))
            || (line.ends_with(',') && line.chars().count() >= 40)
        {
            return Decision::Skip(k);
        }
        if next.is_lowercase() && !ends_sentence {
            // A line broken inside a sentence: the next line finishes it (`This is a sentence\ncut
            // off in the middle.`), or the line is a long one of hard-wrapped prose. Short lines that
            // end without punctuation are list entries or headings.
            let window = &self.text[k..floor_boundary(self.text, (k + 1000).min(self.text.len()))];
            let next_line = window[..window.find(['\n', '\r']).unwrap_or(window.len())]
                .trim_end()
                .trim_end_matches(is_closer);
            if last_char(next_line).is_some_and(is_terminator) || line.chars().count() >= 40 {
                return Decision::Skip(k);
            }
        }
        split
    }
}
