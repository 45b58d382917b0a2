//! The boundary scanner: one forward pass over the bytes that stops only at candidate characters and
//! asks the rule for that character ([`super::terminator`], [`super::lines`], [`super::headers`]),
//! which looks a few words back and ahead and returns a [`Decision`]. The scanner also holds the
//! boundary an inline list requires ([`super::lists`]).

use super::cursor::{char_at, trim};
use super::lexicon::{is_fullwidth_terminator, is_terminator};
use super::{headers, lists};
use crate::text::Span;

/// Bytes at which a decision may be needed: ASCII terminators and line breaks, and the lead bytes of
/// the multi-byte terminators and separators (`…` U+2026, U+2028/9, CJK, Arabic, Devanagari, ...).
static CANDIDATE: [bool; 256] = crate::text::byte_set(&[
    b'.', b'!', b'?', b'\n', b'\r', b'/', // URLs and e-mail header time stamps
    0xD5, // Armenian
    0xD8, // Arabic question mark
    0xDB, // Urdu full stop
    0xE0, // Devanagari danda, Myanmar ...
    0xE1, // Ethiopic, Myanmar
    0xE2, // … ‼ ⁇ ⁈ ⁉ U+2028 U+2029
    0xE3, // 。
    0xEF, // ！ ？ ｡
]);

/// What a candidate decided.
pub(super) enum Decision {
    /// Keep scanning from this offset.
    Skip(usize),
    /// A sentence ends at `end` (exclusive); scanning resumes at `resume`.
    Split { end: usize, resume: usize },
}

/// The iterator behind [`super::sentences`].
pub struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) bytes: &'a [u8],
    /// Where scanning resumes.
    pos: usize,
    /// Start of the current sentence (untrimmed).
    pub(super) start: usize,
    /// A boundary required by an inline list, or `usize::MAX`.
    forced: usize,
    done: bool,
    /// In hard-wrapped prose, the length in bytes from which a line counts as full (wrapped
    /// before the text's width, [`super::lines::full_line`]); 0 in other texts.
    pub(super) full: usize,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut s = Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            start: 0,
            forced: usize::MAX,
            done: false,
            full: super::lines::full_line(text),
        };
        s.sentence_started();
        s
    }

    /// Called whenever a sentence starts at `self.start`: looks for an inline list.
    fn sentence_started(&mut self) {
        self.forced = usize::MAX;
        if let Some(m) = lists::marker_at(self.text, self.start) {
            if let Some(next) = lists::next_item(self.text, &m) {
                self.forced = next;
            }
        } else if let Some(end) = headers::caption_label_end(self.text, self.start) {
            self.forced = end;
        }
    }

    /// The next boundary at or after `self.pos`: `(end, resume)`.
    fn find_boundary(&mut self) -> Option<(usize, usize)> {
        let len = self.bytes.len();
        let mut i = self.pos;
        loop {
            let limit = self.forced.min(len);
            match self.bytes[i.min(limit)..limit]
                .iter()
                .position(|&b| CANDIDATE[b as usize])
            {
                Some(off) => {
                    i += off;
                    match self.candidate(i) {
                        Decision::Skip(next) => i = next.max(i + 1),
                        Decision::Split { end, resume }
                            if end > self.start
                                && end <= len
                                && self.text.is_char_boundary(end) =>
                        {
                            return Some((end, resume.max(end)));
                        }
                        // A boundary that would make an empty sentence is no boundary.
                        Decision::Split { .. } => i += 1,
                    }
                }
                None => {
                    if self.forced <= len && self.forced > self.start {
                        let f = self.forced;
                        return Some((f, f));
                    }
                    return None;
                }
            }
        }
    }

    fn candidate(&self, i: usize) -> Decision {
        let Some(c) = char_at(self.text, i) else {
            return Decision::Skip(i + 1);
        };
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => self.line_break(i, c),
            c if is_fullwidth_terminator(c) => self.fullwidth(i),
            c if is_terminator(c) => self.terminator(i, c),
            '/' => self.slash(i),
            c => Decision::Skip(i + crate::text::char_len(c)),
        }
    }
}

impl Iterator for Scanner<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        while !self.done {
            let (end, resume) = match self.find_boundary() {
                Some((end, resume))
                    if end > self.start
                        && end <= self.text.len()
                        && self.text.is_char_boundary(end) =>
                {
                    (end, resume)
                }
                _ => {
                    self.done = true;
                    (self.text.len(), self.text.len())
                }
            };
            let span = trim(self.text, self.start, end);
            self.start = end;
            self.pos = resume.max(end);
            if !self.done {
                self.sentence_started();
            }
            if !span.is_empty() {
                return Some(span);
            }
        }
        None
    }
}
