//! Small, bounded look-around helpers over a `&str` at byte offsets: the char at or before an
//! offset (the text module's, for the scanner), skipping whitespace, the word before an offset. Every look-around is capped so that the
//! scan stays linear on any input.

use super::lexicon::is_opener;
pub(super) use crate::text::{char_at, char_before};
use crate::text::{
    find_by, head, is_space, rfind_by, tail, trim_by, trim_end_by, trim_start_by, Span,
};

/// The start of the word that ends at `i`: back to whitespace, then past opening quotes and brackets.
pub(super) fn word_start(text: &str, i: usize) -> usize {
    let mut s = token_start(text, i, MAX_WORD);
    while let Some(c) = char_at(text, s) {
        if s < i && is_opener(c) {
            s += crate::text::char_len(c);
        } else {
            break;
        }
    }
    s
}

/// The whitespace-delimited word before offset `at` (which starts a word), or "".
pub(super) fn prev_word(text: &str, at: usize) -> &str {
    let before = trim_end_by(head(text, at), is_space);
    let s = token_start(before, before.len(), MAX_WORD);
    trim_start_by(tail(before, s), is_opener)
}

/// How far back (in bytes) a word is looked for; longer "words" are not abbreviations.
pub(super) const MAX_WORD: usize = 64;
/// How far a URL-like token or the start of a sentence is looked at.
pub(super) const MAX_TOKEN: usize = 512;

/// The start of the whitespace-delimited token that ends at `i`, looking back at most `max` bytes.
pub(super) fn token_start(text: &str, i: usize, max: usize) -> usize {
    let from = floor_boundary(text, i.saturating_sub(max));
    let before = Span::new(from, i).slice(text);
    rfind_by(before, is_space).map_or(from, |p| {
        from + p + char_at(before, p).map_or(1, crate::text::char_len)
    })
}

/// The end of the whitespace-delimited token that contains `i`, looking ahead at most `max` bytes.
pub(super) fn token_end(text: &str, i: usize, max: usize) -> usize {
    let to = floor_boundary(text, (i + max).min(text.len()));
    find_by(Span::new(i, to).slice(text), is_space).map_or(to, |p| i + p)
}

/// The largest char boundary of `text` at or below `i`. Inlined natively; one call in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(super) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first offset at or after `i` that is not whitespace (or the length of `text`).
pub(super) fn skip_ws(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if matches!(x, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                i += 1;
                continue;
            }
            return i;
        }
        match char_at(text, i) {
            Some(c) if is_space(c) => i += crate::text::char_len(c),
            _ => return i,
        }
    }
    b.len()
}

/// `start..end` without leading and trailing whitespace.
pub(super) fn trim(text: &str, start: usize, end: usize) -> Span {
    let piece = Span::new(start, end).slice(text);
    let lead = piece.len() - trim_start_by(piece, is_space).len();
    let t = trim_by(piece, is_space);
    Span::new(start + lead, start + lead + t.len())
}
