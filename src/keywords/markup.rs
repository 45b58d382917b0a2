//! Markup debris: the parts of a pasted web page that are not prose. HTML tags (`<img src="...">`),
//! the contents of `<script>` and `<style>` elements, web addresses (`https://...`, `www....`),
//! character references (`&nbsp;`) and stock tickers in brackets (`(NASDAQ: NVDA)`) are masked, and the words left behind when a page is copied as text
//! (`com`, `src`, `href`, `img`, `nbsp`; `sub` and `sup`, subscript and superscript tags, also as
//! the `x /sub 2/` notation of abstracts databases) are never keyphrase words.

use crate::text::{eq_ignore_case, has_any, Span};
use crate::vecs::{at, run};

crate::word_list::word_lists! {
    /// Words that only occur as pieces of markup or addresses (see [`is_debris`]).
    const DEBRIS = "http https www com org html htm php aspx src href img jpg jpeg png gif nbsp amp quot div px \
        utm onclick iframe sub sup";
}

/// Words that only occur as pieces of markup or addresses.
pub fn is_debris(lower: &str) -> bool {
    DEBRIS.contains(&lower)
}

/// The bytes at which [`mask`] looks for markup: `<`, `&`, `:`, `w` and `W`.
const MAY_OPEN: [bool; 256] = crate::text::byte_set(b"<&:wW");

/// The byte spans of markup in `text`, sorted and disjoint.
pub fn mask(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    if !has_any(text, &['<', '&', ':', 'w']) {
        return out;
    }
    let mut i = 0;
    while i < b.len() {
        // Straight to the next byte where markup may start.
        #[cfg(not(target_arch = "wasm32"))]
        {
            i = past_plain_words(b, i);
        }
        match b[i..].iter().position(|&c| MAY_OPEN[usize::from(c)]) {
            Some(skip) => i += skip,
            None => break,
        }
        match *at(b, i) {
            b'<' => {
                if let Some(end) = tag_end(b, i) {
                    let name = tag_name(run(b, i + 1, end));
                    let end = if eq_ignore_case(name, b"script") || eq_ignore_case(name, b"style") {
                        element_end(b, end, name).unwrap_or(end)
                    } else {
                        end
                    };
                    crate::vecs::push(&mut out, Span::new(i, end));
                    i = end;
                    continue;
                }
            }
            b'&' => {
                let j = run(b, i + 1, b.len())
                    .iter()
                    .take(10)
                    .position(|&c| !(c.is_ascii_alphanumeric() || c == b'#'))
                    .map(|p| i + 1 + p);
                if let Some(j) = j.filter(|&j| j > i + 1 && *at(b, j) == b';') {
                    crate::vecs::push(&mut out, Span::new(i, j + 1));
                    i = j + 1;
                    continue;
                }
            }
            // A stock ticker in brackets (`(NASDAQ: NVDA)`, `(NYSE:GM)`): an exchange and a
            // symbol in capitals, no topic of the story.
            b':' => {
                let found = ticker(b, i).or_else(|| {
                    crate::vecs::run(b, i, b.len())
                        .starts_with(b"://")
                        .then(|| {
                            let mut s = i;
                            while s > 0 && crate::vecs::at(b, s - 1).is_ascii_alphanumeric() {
                                s -= 1;
                            }
                            (s, address_end(b, i))
                        })
                });
                if let Some((s, e)) = found {
                    let start = s.max(out.last().map_or(0, |l: &Span| l.end));
                    crate::vecs::push(&mut out, Span::new(start, e));
                    i = e;
                    continue;
                }
            }
            b'w' | b'W'
                if b.len() - i > 4
                    && eq_ignore_case(run(b, i, i + 4), b"www.")
                    && (i == 0 || !at(b, i - 1).is_ascii_alphanumeric()) =>
            {
                let e = address_end(b, i);
                crate::vecs::push(&mut out, Span::new(i, e));
                i = e;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Natively the first offset from `i` on where the eight bytes that start there hold one of
/// [`MAY_OPEN`]'s bytes, or where fewer than eight are left: words of plain prose are passed over
/// eight bytes at a time (each byte tested against the five at once: Mycroft's test for a zero byte,
/// after `w` and `W` are made one by the bit that tells them apart), where the table was read for
/// every byte.
#[cfg(not(target_arch = "wasm32"))]
fn past_plain_words(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // True when a byte of `x` is zero (exact: a borrow only runs past a zero byte).
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let all = |c: u8| ONES * u64::from(c);
    while let Some(chunk) = b.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let w = u64::from_ne_bytes(bytes);
        if zero_byte(w ^ all(b'<'))
            || zero_byte(w ^ all(b'&'))
            || zero_byte(w ^ all(b':'))
            || zero_byte((w | all(0x20)) ^ all(b'w'))
        {
            break;
        }
        i += 8;
    }
    i
}

/// The span from `(` to `)` of a stock ticker whose colon is at `i` (`(NASDAQ: NVDA)`): two to six
/// capitals after the bracket, then a symbol of one to six capitals, digits or dots.
fn ticker(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let caps = run(b, 0, i)
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let open = i.checked_sub(caps + 1)?;
    let at = i + 1 + usize::from(b.get(i + 1) == Some(&b' '));
    let symbol = crate::text::leading_bytes(run(b, at, b.len()), 7, |c| {
        c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'.'
    });
    ((2..=6).contains(&caps)
        && *crate::vecs::at(b, open) == b'('
        && (1..=6).contains(&symbol)
        && b.get(at + symbol) == Some(&b')'))
    .then_some((open, at + symbol + 1))
}

/// One past the `>` closing a tag opened at `i`, if this `<` opens one (`<a`, `</a`, `<!--`).
fn tag_end(b: &[u8], i: usize) -> Option<usize> {
    let next = *b.get(i + 1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
        return None;
    }
    let window = crate::vecs::run(b, i + 1, b.len().min(i + 1 + 2000));
    let j = window.iter().position(|&c| c == b'>' || c == b'<')?;
    (window[j] == b'>').then_some(i + 2 + j)
}

/// The tag's name: the letters after `<`.
fn tag_name(inner: &[u8]) -> &[u8] {
    let n = inner
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    &inner[..n]
}

/// One past the closing tag `</name ...>` after `from`.
fn element_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut k = from;
    while k + 2 + name.len() <= b.len() {
        if *at(b, k) == b'<'
            && *at(b, k + 1) == b'/'
            && eq_ignore_case(run(b, k + 2, k + 2 + name.len()), name)
        {
            return tag_end(b, k);
        }
        k += 1;
    }
    None
}

/// One past an address that continues from `i`: up to white space, a quote or an angle bracket.
fn address_end(b: &[u8], i: usize) -> usize {
    crate::vecs::run(b, i, b.len())
        .iter()
        .position(|&c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'<' | b'>' | b')'))
        .map_or(b.len(), |p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn plain_words_are_passed_over_up_to_the_first_word_with_a_markup_byte() {
        // Every byte value, each of the five among others at every offset of a word.
        let mut texts: Vec<Vec<u8>> = vec![(0..=255).collect(), b"plain prose only".to_vec()];
        for c in [
            b'<',
            b'&',
            b':',
            b'w',
            b'W',
            b'v',
            b'V',
            b'\x57' | 0x80,
            0xF7,
        ] {
            for at in 0..20 {
                let mut t = vec![b'a'; 20];
                t[at] = c;
                texts.push(t);
            }
        }
        for t in &texts {
            for i in 0..=t.len() {
                let j = past_plain_words(t, i);
                let may = |c: &u8| MAY_OPEN[usize::from(*c)];
                assert!(j >= i && !t[i..j].iter().any(may), "{t:?} {i}");
                assert!(j + 8 > t.len() || t[j..j + 8].iter().any(may), "{t:?} {i}");
            }
        }
    }

    fn masked(text: &str) -> Vec<&str> {
        mask(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn tags_scripts_addresses_and_references_are_masked() {
        let t = "Rain <img src=\"a.jpg\"> fell.<script>var x = 1 < 2;</script> See https://x.com/a?b=1 \
                 or www.example.org, &nbsp;then.";
        assert_eq!(
            masked(t),
            [
                "<img src=\"a.jpg\">",
                "<script>var x = 1 < 2;</script>",
                "https://x.com/a?b=1",
                "www.example.org,",
                "&nbsp;"
            ]
        );
        assert!(masked("a < b and c > d? 3<4").len() <= 1);
        assert!(masked("Plain prose, no markup: none.").is_empty());
        assert!(masked("<").is_empty() && masked("&").is_empty() && masked("x://").len() == 1);
    }

    #[test]
    fn stock_tickers_in_brackets_are_masked() {
        let t = "Nvidia (NASDAQ: NVDA) and GM (NYSE:GM) rose; BT (LSE: BT.A) fell. Note: (ab: CD) \
                 (Q: A) (NASDAQ: TOOLONGX) stay.";
        assert_eq!(masked(t), ["(NASDAQ: NVDA)", "(NYSE:GM)", "(LSE: BT.A)"]);
        assert!(masked("(:)").is_empty() && masked(":").is_empty() && masked("(AB:").is_empty());
    }
}
