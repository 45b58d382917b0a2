//! Sentence boundaries.
//!
//! [`sentences`] yields byte spans that cover every non-whitespace character of the text, in order,
//! each trimmed of surrounding whitespace. It never alters the text.
//!
//! This version breaks after `.`, `!`, `?`, `…` and the CJK terminators (plus any closing quotes and
//! brackets) when whitespace and a plausible sentence start follow, but not after a known abbreviation
//! or an initial; and at every line break.

use crate::abbreviations::is_abbreviation;
use crate::text::Span;

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉' | '؟' | '।' | '॥'
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '」' | '』'
    )
}

/// The sentences of `text`, as byte spans in order.
pub fn sentences(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut cuts = boundaries(text).into_iter();
    let mut start = 0usize;
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        let end = match cuts.next() {
            Some(e) => e,
            None => {
                done = true;
                text.len()
            }
        };
        let span = trim(text, Span::new(start, end));
        start = end;
        if !span.is_empty() {
            return Some(span);
        }
    })
}

fn trim(text: &str, s: Span) -> Span {
    let piece = &text[s.start..s.end];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}

/// Byte offsets where a sentence ends (exclusive), ascending.
fn boundaries(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let ch = |i: usize| if i < n { chars[i].1 } else { ' ' };
    let byte = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c == '\n' {
            out.push(byte(i));
            i += 1;
            continue;
        }
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut j = i;
        while j < n && (is_terminator(ch(j)) || ch(j) == '.') {
            j += 1;
        }
        while j < n && is_closer(ch(j)) {
            j += 1;
        }
        let cjk = matches!(c, '。' | '！' | '？');
        if j < n && !ch(j).is_whitespace() && !cjk {
            i = j;
            continue;
        }
        // The next visible character.
        let mut k = j;
        while k < n && ch(k).is_whitespace() {
            k += 1;
        }
        let next = ch(k);
        let starts_sentence = k >= n || !next.is_lowercase();
        if c == '.' && j == term_start + 1 {
            // The word before the period.
            let mut w = term_start;
            while w > 0 && !ch(w - 1).is_whitespace() && ch(w - 1) != '(' {
                w -= 1;
            }
            let word: String = chars[w..term_start].iter().map(|p| p.1).collect();
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let dotted =
                word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
            if (is_abbreviation(&word) || initial || dotted)
                && !(dotted && k < n && is_common_starter(text, byte(k)))
            {
                i = j;
                continue;
            }
        }
        if starts_sentence {
            out.push(byte(j));
        }
        i = j;
    }
    out
}

/// True when the word at byte `at` commonly starts a sentence (`The`, `He`, ...), which lets a dotted
/// abbreviation such as `U.S.` end a sentence.
fn is_common_starter(text: &str, at: usize) -> bool {
    let w: String = text[at..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        w.as_str(),
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "In"
            | "A"
            | "This"
            | "That"
            | "There"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s).map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn basic_splits() {
        assert_eq!(
            split("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            split("U.S. Secretary of State Marco Rubio spoke. Mr. Smith left."),
            [
                "U.S. Secretary of State Marco Rubio spoke.",
                "Mr. Smith left."
            ]
        );
        assert_eq!(split("  "), Vec::<&str>::new());
        assert_eq!(
            split("Title\n\nBody text here"),
            ["Title", "Body text here"]
        );
    }
}
