//! The tokens that open a line: natively found from the text's line breaks, each by a byte search
//! and a binary search of the tokens, instead of a look at the gap before every token.
//!
//! [`breaks_before`] is the portable test of one gap, which the .wasm keeps (fewer bytes);
//! [`LineOpeners`] gives the tokens it holds for, in order, and a test checks the two agree.

#[cfg(not(target_arch = "wasm32"))]
use crate::text::{starting_before, tail};
use crate::tokens::{token_at, Token};

/// True when a line break (`\n` or `\r`) lies between tokens `k - 1` and `k` (`0 < k <
/// tokens.len()`): in the bytes after the one's end and before the other's start (line breaks are
/// ASCII: no char need be decoded).
#[cfg(any(test, target_arch = "wasm32"))]
#[inline]
pub(super) fn breaks_before(text: &str, tokens: &[Token], k: usize) -> bool {
    text.as_bytes()
        .get(token_at(tokens, k - 1).span.end..token_at(tokens, k).span.start)
        .is_some_and(|gap| gap.iter().any(|&c| c == b'\n' || c == b'\r'))
}

/// Each `k` of `1..tokens.len()` for which [`breaks_before`] holds, in order: the text's next `\n`
/// and next `\r` are found by std's byte search (each kept until passed, so the text is read once
/// for each), and the token after a break by binary search.
#[cfg(not(target_arch = "wasm32"))]
pub(super) struct LineOpeners<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The offset of the next `\n` and of the next `\r` at or after `from` (`usize::MAX`: none).
    next: [usize; 2],
    /// Where the search goes on.
    from: usize,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> LineOpeners<'a> {
    /// The line openers of `tokens` of `text`.
    pub(super) fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let mut o = LineOpeners {
            text,
            tokens,
            next: [0; 2],
            from: 0,
        };
        o.next = [o.search(b'\n'), o.search(b'\r')];
        o
    }

    /// The offset of the first `byte` (ASCII) at or after `from`, or `usize::MAX`.
    fn search(&self, byte: u8) -> usize {
        // `from` is 0, just after an ASCII byte or a token's edge: a char boundary.
        tail(self.text, self.from)
            .find(char::from(byte))
            .map_or(usize::MAX, |i| self.from + i)
    }

    /// Moves the search on to `at` (if further), with the next breaks after it.
    fn skip_to(&mut self, at: usize) {
        self.from = self.from.max(at);
        for (slot, byte) in [(0, b'\n'), (1, b'\r')] {
            if self.next[slot] < self.from {
                self.next[slot] = self.search(byte);
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Iterator for LineOpeners<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            let p = self.next[0].min(self.next[1]);
            if p == usize::MAX {
                return None;
            }
            self.skip_to(p + 1);
            // The tokens that start at or before the break: it lies in the gap after the last of
            // them, unless inside that token.
            let k = starting_before(self.tokens, p + 1);
            if k == 0 {
                continue;
            }
            if k >= self.tokens.len() {
                return None;
            }
            let end = token_at(self.tokens, k - 1).span.end;
            if end <= p {
                // Another break of this gap would give `k` again.
                self.skip_to(token_at(self.tokens, k).span.start);
                return Some(k);
            }
            self.skip_to(end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_are_the_tokens_after_a_break_in_their_gap() {
        for text in [
            "",
            "one",
            "\n\r\nLeeds 1 Wimbledon 0\nArsenal 2 ,\r\n\r\nSpurs 3\n\n",
            "a\rb\nc \n d\r\n\re  f\n",
            "Tries: Dupont\nBielle-Biarrey 2\n\nPens: Ramos 3\r",
            "no break at all, just words",
            "\u{2028}é\nü\r\nß x\n",
        ] {
            let tokens = crate::tokens::tokenize(text);
            let want: Vec<usize> = (1..tokens.len())
                .filter(|&k| breaks_before(text, &tokens, k))
                .collect();
            let got: Vec<usize> = LineOpeners::new(text, &tokens).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
