//! Inline numbered and lettered lists: `1. The first item 2. The second item`, `a) one b) two`,
//! `• 9. Nine • 10. Ten`.
//!
//! When a sentence opens with an item marker, the next marker in sequence on the same line (2 after 1,
//! b after a, in the same style) starts a new sentence even without terminal punctuation; the idea is
//! pragmatic_segmenter's list rules, the code is this project's own. Markers are never split from their
//! item (see [`marker_at`]).

use super::cursor::floor_boundary;
use super::lexicon::is_bullet;
use crate::text::{
    char_at, char_before, char_indices, chars, find_char, head, is_lower, is_space, last_char,
    match_starts, parse_u32, tail, trim_end_by, trim_start_by, Span,
};
use crate::vecs::{run, run_mut};

/// How far ahead (in bytes) the next item of an inline list is looked for.
const WINDOW: usize = 500;
/// How far back (in bytes) the earlier items of a list inside a sentence are looked for.
const LOOK_BACK: usize = 400;

/// The value of an item marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Value {
    Number(u32),
    Letter(u8),
}

/// An item marker at the start of a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Marker {
    value: Value,
    /// The characters after the value: `.`, `.)` or `)`.
    style: &'static str,
    bullet: bool,
    /// Byte offset just after the marker.
    end: usize,
}

/// The item marker that opens the sentence at `pos` (after optional whitespace and a bullet), if any:
/// one to three digits or one lower-case letter, then `.`, `.)` or `)`, then whitespace.
pub fn marker_at(text: &str, pos: usize) -> Option<Marker> {
    let rest = tail(text, pos);
    let mut chars = char_indices(rest).peekable();
    let mut bullet = false;
    // Skip leading whitespace and at most one bullet.
    let mut at;
    loop {
        let (i, c) = *chars.peek()?;
        at = i;
        if is_space(c) {
            chars.next();
        } else if is_bullet(c) && !bullet {
            bullet = true;
            chars.next();
        } else {
            break;
        }
    }
    let b = run(rest.as_bytes(), at, rest.len());
    let digits = crate::text::leading_bytes(b, 4, |c| c.is_ascii_digit());
    let (value, len) = if (1..=3).contains(&digits) {
        let n = parse_u32(Span::new(at, at + digits).slice(rest))?;
        (Value::Number(n), digits)
    } else if digits == 0 && b.first().is_some_and(u8::is_ascii_lowercase) {
        (Value::Letter(b[0]), 1)
    } else {
        return None;
    };
    let after = run(b, len, b.len());
    let style = if after.starts_with(b".)") {
        ".)"
    } else if after.starts_with(b".") {
        "."
    } else if after.starts_with(b")") {
        ")"
    } else {
        return None;
    };
    let end = at + len + style.len();
    let next = char_at(rest, end)?;
    if !is_space(next) {
        return None;
    }
    Some(Marker {
        value,
        style,
        bullet,
        end: pos + end,
    })
}

/// True when `w` (the word before a period) is the value of an item marker: digits or one letter,
/// possibly after a bullet.
pub fn is_marker_word(w: &str) -> bool {
    let w = trim_start_by(w, is_bullet);
    let b = w.as_bytes();
    (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_digit)
        || b.len() == 1 && b[0].is_ascii_alphabetic()
}

/// Where the item after `m` starts (the byte offset of its bullet or value), when it follows on the
/// same line within a short distance and opens with something other than a lower-case letter.
pub fn next_item(text: &str, m: &Marker) -> Option<usize> {
    let mut buf = [0u8; 8];
    let value_len = match m.value {
        Value::Number(n) => {
            let s = crate::vecs::format(format_args!("{}", n + 1));
            crate::vecs::copy_bytes(run_mut(&mut buf, 0, s.len()), s.as_bytes());
            s.len()
        }
        Value::Letter(c) if c < b'z' => {
            buf[0] = c + 1;
            1
        }
        Value::Letter(_) => return None,
    };
    crate::vecs::copy_bytes(
        run_mut(&mut buf, value_len, value_len + m.style.len()),
        m.style.as_bytes(),
    );
    let pattern = std::str::from_utf8(crate::vecs::run(&buf, 0, value_len + m.style.len())).ok()?;
    let limit = floor_boundary(text, (m.end + WINDOW).min(text.len()));
    let hay = Span::new(m.end, limit).slice(text);
    let hay = head(hay, find_char(hay, '\n').unwrap_or(hay.len()));
    let mut from = 0;
    while let Some(found) = crate::text::find_str(tail(hay, from), pattern) {
        let at = m.end + from + found;
        from += found + pattern.len();
        let before = char_before(text, at);
        let ok_before = match before {
            Some(c) => is_space(c) || (m.bullet && is_bullet(c)),
            None => false,
        };
        let after = tail(text, at + pattern.len());
        let mut it = chars(after);
        let ok_after = it.next().is_some_and(is_space)
            && chars(trim_start_by(after, is_space))
                .next()
                .is_some_and(|c| !is_lower(c));
        if !(ok_before && ok_after) {
            continue;
        }
        // The boundary goes before the bullet that introduces the item, if any.
        let mut start = at;
        if m.bullet {
            let head = trim_end_by(Span::new(m.end, at).slice(text), is_space);
            if let Some(c) = last_char(head) {
                if is_bullet(c) {
                    start = m.end + head.len() - crate::text::char_len(c);
                }
            }
        }
        return Some(start);
    }
    None
}

/// True when `w` (at `w_start`, before a period) is a small number in a run of numbered items that a
/// colon introduces inside a sentence (`the rankings are: 1. Norway 8.62 2. England 8.61`): `1.` right
/// after the colon with `2.` later on the line, or a later item whose predecessors `1.` (after the
/// colon) and `n - 1.` appear earlier in the sentence.
pub fn in_inline_list(text: &str, sentence_start: usize, w_start: usize, w: &str) -> bool {
    let b = w.as_bytes();
    if !(1..=2).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let Some(n) = parse_u32(w) else {
        return false;
    };
    let from = floor_boundary(text, w_start.saturating_sub(LOOK_BACK).max(sentence_start));
    let before = Span::new(from, w_start).slice(text);
    if n == 1 {
        if !trim_end_by(before, is_space).ends_with(':') {
            return false;
        }
        let after = w_start + w.len() + 1;
        let to = floor_boundary(text, (after + LOOK_BACK).min(text.len()));
        let ahead = Span::new(after.min(to), to).slice(text);
        let ahead = head(ahead, find_char(ahead, '\n').unwrap_or(ahead.len()));
        return !item_positions(ahead, 2).is_empty();
    }
    item_positions(before, 1)
        .iter()
        .any(|&at| trim_end_by(head(before, at), is_space).ends_with(':'))
        && !item_positions(before, n - 1).is_empty()
}

/// Offsets in `hay` of the item marker `value.` standing between whitespace (or after a colon).
/// A plain loop that pushes, where a filter collected and returned as an iterator brought the
/// adapters' loops into the .wasm.
fn item_positions(hay: &str, value: u32) -> Vec<usize> {
    let pattern = crate::vecs::format(format_args!("{value}."));
    let len = pattern.len();
    let mut out = Vec::new();
    for at in match_starts(hay, &pattern) {
        let before_ok = chars(head(hay, at))
            .next_back()
            .is_some_and(|c| is_space(c) || c == ':');
        let after_ok = chars(tail(hay, at + len)).next().is_some_and(is_space);
        if before_ok && after_ok {
            crate::vecs::push(&mut out, at);
        }
    }
    out
}
