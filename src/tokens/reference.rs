//! The tokenizer as it was before it worked on bytes (a vector of every character, indexed by
//! character), kept for the tests only: [`tokenize`] here is the specification the byte-position
//! tokenizer in the parent module is compared with, on every input the property test draws.

use super::{
    is_apostrophe, is_hyphen, is_punct, is_word_char, Token, TokenKind, COMMON_CAPITALISED,
    MODIFIER_SUFFIXES, NAME_PARTICLES,
};
use crate::abbreviations;
use crate::text::Span;

/// Splits `text` into tokens (see the module docs for the rules).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = crate::vecs::with_capacity(text.len() / 5 + 1);
    let mut chars: Vec<(usize, char)> = crate::vecs::with_capacity(text.chars().count());
    chars.extend(text.char_indices());
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let ch = |i: usize| if i < n { chars[i].1 } else { ' ' };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i = scan_word(&chars, i);
            // Split English clitics off the end: 's 're 've 'll 'd 'm n't and a bare trailing apostrophe
            // stay separate tokens, as in the Penn Treebank.
            let (word_end, clitic_end) = split_clitic(&chars, start, i);
            if let Some(h) = name_modifier_hyphen(&chars, start, word_end)
                .or_else(|| initials_after(&chars, start, word_end))
            {
                // `Austin-based` -> `Austin` + `-` + `based`.
                push(&mut out, text, byte_at(start), byte_at(h));
                push(&mut out, text, byte_at(h), byte_at(h + 1));
                push(&mut out, text, byte_at(h + 1), byte_at(word_end));
            } else {
                push(&mut out, text, byte_at(start), byte_at(word_end));
            }
            if clitic_end > word_end {
                push(&mut out, text, byte_at(word_end), byte_at(clitic_end));
            }
            i = clitic_end;
            continue;
        }
        if is_apostrophe(c) {
            // A clitic that follows a word after a split (`'s` in `Mexico 's` style input) or a quote.
            let mut j = i + 1;
            while j < n && ch(j).is_alphabetic() && j - i <= 3 {
                j += 1;
            }
            let word: String = chars[i + 1..j]
                .iter()
                .map(|p| p.1.to_ascii_lowercase())
                .collect();
            let prev_word = i > 0 && is_word_char(ch(i - 1));
            if prev_word
                && matches!(word.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m")
                && !is_word_char(ch(j))
            {
                push(&mut out, text, byte_at(i), byte_at(j));
                i = j;
                continue;
            }
            push(&mut out, text, byte_at(i), byte_at(i + 1));
            i += 1;
            continue;
        }
        if c == '.' || c == '-' || c == '\u{2026}' {
            // Runs: "...", ". . ." stays separate per dot-with-space, "--".
            let mut j = i + 1;
            while j < n && ch(j) == c {
                j += 1;
            }
            push(&mut out, text, byte_at(i), byte_at(j));
            i = j;
            continue;
        }
        push(&mut out, text, byte_at(i), byte_at(i + 1));
        i += 1;
    }
    out
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let first = s.chars().next().unwrap_or(' ');
    let kind = if s.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if first.is_numeric() {
        TokenKind::Number
    } else if s.chars().all(is_punct) {
        TokenKind::Punct
    } else if s.chars().any(is_word_char) {
        TokenKind::Word
    } else {
        TokenKind::Symbol
    };
    out.push(Token {
        span: Span::new(start, end),
        kind,
    });
}

/// Scans a word from `i` (a word char); returns the index one past it.
fn scan_word(chars: &[(usize, char)], i: usize) -> usize {
    let n = chars.len();
    let ch = |k: usize| if k < n { chars[k].1 } else { ' ' };
    let start = i;
    let mut j = i;
    // The start of the word's last hyphen-joined part.
    let mut part = i;
    while j < n {
        let c = ch(j);
        if is_word_char(c) {
            j += 1;
            continue;
        }
        let prev = if j > start { ch(j - 1) } else { ' ' };
        let next = ch(j + 1);
        let joins = match c {
            // 3.5, 1.2.3, and initials-style acronyms U.S / a.m / Ph.D
            '.' => {
                (prev.is_ascii_digit() && next.is_ascii_digit())
                    || (next.is_alphabetic()
                        && is_initials_so_far(chars, part, j)
                        && (ch(j + 2) == '.' || !is_word_char(ch(j + 2))))
            }
            ',' => {
                prev.is_ascii_digit()
                    && (1..=3).all(|k| ch(j + k).is_ascii_digit())
                    && !ch(j + 4).is_ascii_digit()
            }
            ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
            '&' => prev.is_uppercase() && next.is_uppercase(),
            c if is_hyphen(c) => is_word_char(prev) && is_word_char(next),
            c if is_apostrophe(c) => {
                // O'Brien, d'Alembert, rock'n'roll stay whole; clitics are split by the caller.
                is_word_char(prev) && next.is_alphabetic() && !is_clitic_at(chars, j)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j += 1;
        if is_hyphen(c) {
            part = j;
        }
    }
    // A final period belongs to the word for initials (J.), acronyms (U.S.) and known abbreviations.
    if ch(j) == '.' && ch(j + 1) != '.' {
        let word: String = chars[start..j].iter().map(|p| p.1).collect();
        if is_initials_so_far(chars, start, j)
            || (j - part > 1 && is_initials_so_far(chars, part, j))
            || match abbreviations::abbreviation_kind(&word) {
                // Only before a number (`No. 5`), not at a sentence's end (`Electronic Arts.`),
                // but for `Sec.`, a secretary's title too.
                Some(abbreviations::AbbreviationKind::Number) => {
                    word == "Sec"
                        || crate::tokens::number_follows(
                            &chars[j + 1..]
                                .iter()
                                .take(16)
                                .map(|p| p.1)
                                .collect::<String>(),
                        )
                }
                Some(_) => true,
                None => false,
            }
        {
            j += 1;
        }
    }
    j
}

/// True when chars[start..j] is a run of single letters separated by periods: `U`, `U.S`, `a.m`.
fn is_initials_so_far(chars: &[(usize, char)], start: usize, j: usize) -> bool {
    let s = &chars[start..j];
    !s.is_empty()
        && s.iter().enumerate().all(|(k, p)| {
            if k % 2 == 0 {
                p.1.is_alphabetic()
            } else {
                p.1 == '.'
            }
        })
        && s.len() % 2 == 1
}

/// True when an apostrophe at `j` starts an English clitic ('s, 're, 've, 'll, 'd, 'm, or n't's 't).
fn is_clitic_at(chars: &[(usize, char)], j: usize) -> bool {
    let n = chars.len();
    let mut k = j + 1;
    let mut w = String::new();
    while k < n && chars[k].1.is_alphabetic() && w.len() < 4 {
        w.push(chars[k].1.to_ascii_lowercase());
        k += 1;
    }
    let ends = k >= n || !is_word_char(chars[k].1);
    ends && matches!(w.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m" | "t")
}

/// For a word chars[start..end] such as `Austin-based`, `Rolls-Royce-owned` or `al-Qaeda-linked`,
/// returns the index of the hyphen to split at: the last hyphen, when what follows it is one of
/// [`MODIFIER_SUFFIXES`] and what precedes it is a capitalised name of two or more characters (not
/// one of [`COMMON_CAPITALISED`]).
fn name_modifier_hyphen(chars: &[(usize, char)], start: usize, end: usize) -> Option<usize> {
    let h = (start + 1..end).rev().find(|&k| is_hyphen(chars[k].1))?;
    let suffix: String = chars[h + 1..end].iter().map(|p| p.1).collect();
    MODIFIER_SUFFIXES.binary_search(&suffix.as_str()).ok()?;
    let name: String = chars[start..h].iter().map(|p| p.1).collect();
    if name.chars().count() < 2 || COMMON_CAPITALISED.binary_search(&name.as_str()).is_ok() {
        return None;
    }
    let mut segments = name.split(|c: char| is_hyphen(c) || is_apostrophe(c));
    let first = segments.next()?;
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let is_name = capitalised(first)
        || (NAME_PARTICLES.contains(&first) && segments.next().is_some_and(capitalised));
    is_name.then_some(h)
}

/// For a word chars[start..end] whose last hyphen-joined part is initials with their periods after
/// a capitalised part (`China-U.S.`), returns the index of that hyphen.
fn initials_after(chars: &[(usize, char)], start: usize, end: usize) -> Option<usize> {
    let h = (start + 1..end).rev().find(|&k| is_hyphen(chars[k].1))?;
    (end - (h + 1) > 2
        && chars[end - 1].1 == '.'
        && is_initials_so_far(chars, h + 1, end - 1)
        && chars[start].1.is_uppercase())
    .then_some(h)
}

/// Given a word chars[start..end] followed maybe by a clitic, returns (end of the word, end of clitic).
fn split_clitic(chars: &[(usize, char)], start: usize, end: usize) -> (usize, usize) {
    let n = chars.len();
    if end < n && is_apostrophe(chars[end].1) && is_clitic_at(chars, end) {
        let mut k = end + 1;
        while k < n && chars[k].1.is_alphabetic() {
            k += 1;
        }
        let is_t = chars[end + 1].1.eq_ignore_ascii_case(&'t');
        if is_t {
            // don't -> do + n't; can't -> ca + n't
            if end >= start + 2 && chars[end - 1].1.eq_ignore_ascii_case(&'n') {
                return (end - 1, k);
            }
            return (end, end);
        }
        return (end, k);
    }
    (end, end)
}
