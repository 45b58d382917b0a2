//! Header-like pieces that stand apart from the text around them without punctuation: runs of URLs
//! (`http://a http://b`), the time stamps of e-mail and web headers (`Mike Curry 11/14/2000 11:37 AM
//! Please ...`) and figure and table labels (`Figure 2.3 Copper oxide forms when ...`).

use super::cursor::{char_at, floor_boundary, prev_word, skip_ws, token_end, MAX_TOKEN};
use super::scanner::{Decision, Scanner};
use crate::text::{
    char_before, chars, ends_by, eq_ignore_case, has_char, is_alpha, is_space, is_upper, starts_by,
    tail, trim_by, trim_start_by, Span,
};
use crate::vecs::{at, run};

impl Scanner<'_> {
    /// A slash: the start of a URL (a boundary between two URLs in a row) or the date of an e-mail
    /// or web header time stamp (`Mike Curry 11/14/2000 11:37 AM With ...`), which stands apart from
    /// the name before it and the text after it.
    pub(super) fn slash(&self, i: usize) -> Decision {
        let text = self.text;
        let b = self.bytes;
        if i > 0 && *at(b, i - 1) == b':' && b.get(i + 1) == Some(&b'/') {
            let te = token_end(text, i, MAX_TOKEN);
            let k = skip_ws(text, te);
            let rest = tail(text, k);
            let url_follows = rest.starts_with("http://")
                || rest.starts_with("https://")
                || rest.starts_with("www.");
            if te < k && url_follows && !has_char(Span::new(te, k).slice(text), '\n') {
                return Decision::Split {
                    end: te,
                    resume: te,
                };
            }
            // Nothing inside the URL can end a sentence; its last character (`x.com/a. Next`) may.
            let last = char_before(text, te).map_or(te, |c| te - crate::text::char_len(c));
            return Decision::Skip(last.max(i + 2));
        }
        let Some((ds, te)) = time_stamp(text, i) else {
            return Decision::Skip(i + 1);
        };
        if ds > self.start && !trim_by(Span::new(self.start, ds).slice(text), is_space).is_empty() {
            let prev = prev_word(text, ds);
            let mut cs = chars(prev);
            if cs.next().is_some_and(is_upper) && ends_by(prev, is_alpha) {
                return Decision::Split {
                    end: ds,
                    resume: ds,
                };
            }
        }
        let k = skip_ws(text, te);
        if char_at(text, k).is_some_and(is_upper) && !has_char(Span::new(te, k).slice(text), '\n') {
            return Decision::Split {
                end: te,
                resume: te,
            };
        }
        Decision::Skip(te)
    }
}

/// A header time stamp whose first slash is at `i`: `11/14/2000 11:37 AM` (seconds optional).
/// Returns the byte offsets of its start and end.
fn time_stamp(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let digits_back = run(b, 0, i)
        .iter()
        .rev()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&digits_back) {
        return None;
    }
    let ds = i - digits_back;
    if ds > 0 && !at(b, ds - 1).is_ascii_whitespace() {
        return None;
    }
    let digits = |at: usize, min: usize, max: usize| -> Option<usize> {
        let n = crate::text::leading_bytes(b.get(at..)?, max + 1, |c| c.is_ascii_digit());
        (min..=max).contains(&n).then_some(at + n)
    };
    let lit = |at: usize, c: u8| (b.get(at) == Some(&c)).then_some(at + 1);
    let mut p = digits(lit(i, b'/')?, 1, 2)?;
    p = lit(p, b'/')?;
    let year = digits(p, 2, 4)?;
    if year - p == 3 {
        return None;
    }
    p = lit(year, b' ')?;
    p = digits(p, 1, 2)?;
    p = digits(lit(p, b':')?, 2, 2)?;
    if b.get(p) == Some(&b':') {
        p = digits(p + 1, 2, 2)?;
    }
    p = lit(p, b' ')?;
    let ampm = b.get(p..p + 2)?;
    if !(eq_ignore_case(ampm, b"AM") || eq_ignore_case(ampm, b"PM")) {
        return None;
    }
    p += 2;
    if b.get(p).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((ds, p))
}

/// The end of a figure or table label opening the sentence at `start` (`Figure 2.3`, `Table 4`,
/// `Fig. 7`) when a capitalised caption follows it, or `None`.
pub(super) fn caption_label_end(text: &str, start: usize) -> Option<usize> {
    let s = skip_ws(text, start);
    let rest = Span::new(s, floor_boundary(text, text.len().min(s + 40))).slice(text);
    let label = ["Figure ", "Table ", "Fig. ", "Chart ", "Map ", "Plate "]
        .into_iter()
        .find(|l| rest.starts_with(l))?;
    let num = tail(rest, label.len());
    let n = crate::text::leading_bytes(num.as_bytes(), usize::MAX, |c| {
        c.is_ascii_digit() || c == b'.'
    });
    if n == 0 || !at(num.as_bytes(), 0).is_ascii_digit() || *at(num.as_bytes(), n - 1) == b'.' {
        return None;
    }
    let end = s + label.len() + n;
    let after = tail(text, end);
    let caption = trim_start_by(after, is_space);
    let spaced = after.len() > caption.len();
    (spaced && starts_by(caption, is_upper)).then_some(end)
}
