//! Value entities found by hand-written scanners over tokens: DATE, TIME, MONEY, PERCENT, QUANTITY,
//! CARDINAL, ORDINAL, and EMAIL/URL by regular expressions over the raw text.
//!
//! Each scanner proposes the longest value it can read at a token; [`super::resolve`] settles overlaps.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{Token, TokenKind};

const MONTHS: [&str; 21] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "aug.",
    "sept.",
    "sep.",
    "oct.",
    "nov.",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const SCALES: [&str; 6] = ["thousand", "million", "billion", "trillion", "bn", "m"];
const NUMBER_WORDS: [&str; 20] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen", "dozens",
];
const ORDINAL_WORDS: [&str; 10] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
const CURRENCY_WORDS: [&str; 10] = [
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "pesos", "rupees",
];
const UNITS: [&str; 24] = [
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "m",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "pounds",
    "lb",
    "feet",
    "ft",
    "inches",
    "barrels",
    "litres",
    "liters",
    "acres",
    "hectares",
    "degrees",
    "mph",
];

fn url_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?:https?://|www\.)[^\s<>\x22]+").expect("valid URL pattern"))
}

fn email_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
            .expect("valid e-mail pattern")
    })
}

/// Every value mention in the text.
pub fn find(text: &str, tokens: &[Token]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in email_re().find_iter(text) {
        out.push(cand(m.start(), m.end(), Label::Email));
    }
    for m in url_re().find_iter(text) {
        let trimmed = m
            .as_str()
            .trim_end_matches(|c: char| ".,;:!?)]}'".contains(c));
        out.push(cand(m.start(), m.start() + trimmed.len(), Label::Url));
    }
    let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
    let w = |i: usize| lower.get(i).map(String::as_str).unwrap_or("");
    let is_num = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number);
    let n = tokens.len();
    let span = |a: usize, b: usize| (tokens[a].span.start, tokens[b].span.end);
    let mut i = 0;
    while i < n {
        let word = w(i);
        // Money: $5, $5.2 billion, US$ 3, €20m; 5 dollars.
        if matches!(word, "$" | "€" | "£" | "¥" | "us$") && is_num(i + 1) {
            let mut j = i + 1;
            if SCALES.contains(&w(j + 1)) {
                j += 1;
            }
            let (s, e) = span(i, j);
            out.push(cand(s, e, Label::Money));
            i = j + 1;
            continue;
        }
        if is_num(i) || NUMBER_WORDS.contains(&word) {
            let mut j = i;
            if SCALES.contains(&w(j + 1)) || (is_num(i) && NUMBER_WORDS.contains(&w(j + 1))) {
                j += 1;
            }
            let next = w(j + 1);
            let (label, end) = if next == "%" || next == "percent" {
                (Label::Percent, j + 1)
            } else if next == "per" && w(j + 2) == "cent" {
                (Label::Percent, j + 2)
            } else if CURRENCY_WORDS.contains(&next) {
                (Label::Money, j + 1)
            } else if matches!(next, "a.m." | "p.m." | "am" | "pm") && is_num(i) {
                (Label::Time, j + 1)
            } else if UNITS.contains(&next) && !(next == "pounds" && w(j + 2) == "sterling") {
                (Label::Quantity, j + 1)
            } else if is_num(i) && j == i && word.contains(':') {
                (Label::Time, j)
            } else if is_num(i) && j == i && is_year(word) {
                (Label::Date, j)
            } else {
                (Label::Cardinal, j)
            };
            let (s, e) = span(i, end);
            out.push(cand(s, e, label));
            i = end + 1;
            continue;
        }
        if MONTHS.contains(&word) && (word != "may" || is_num(i + 1)) {
            // March, March 3, March 3, 2026, March 2026
            let mut j = i;
            if is_num(j + 1) && w(j + 1).len() <= 2 {
                j += 1;
                if w(j + 1) == "," && is_num(j + 2) && is_year(w(j + 2)) {
                    j += 2;
                }
            } else if is_num(j + 1) && is_year(w(j + 1)) {
                j += 1;
            }
            let (s, e) = span(i, j);
            out.push(cand(s, e, Label::Date));
            i = j + 1;
            continue;
        }
        if WEEKDAYS.contains(&word) {
            let (s, e) = span(i, i);
            out.push(cand(s, e, Label::Date));
        } else if ORDINAL_WORDS.contains(&word) || is_numeric_ordinal(word) {
            let (s, e) = span(i, i);
            out.push(cand(s, e, Label::Ordinal));
        }
        i += 1;
    }
    out
}

fn cand(start: usize, end: usize, label: Label) -> Candidate {
    Candidate {
        span: Span::new(start, end),
        label,
        source: Source::Value,
    }
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn is_numeric_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn values(text: &str) -> Vec<(&str, Label)> {
        let toks = tokenize(text);
        let mut c = super::super::resolve(find(text, &toks));
        c.sort_by_key(|c| c.span.start);
        c.iter().map(|c| (c.span.slice(text), c.label)).collect()
    }

    #[test]
    fn finds_common_values() {
        let v = values("On March 3, 2026, at 10:30 a.m., the firm paid $5.2 billion, up 12% from 2025, for 40 km of track.");
        assert_eq!(
            v,
            [
                ("March 3, 2026", Label::Date),
                ("10:30 a.m.", Label::Time),
                ("$5.2 billion", Label::Money),
                ("12%", Label::Percent),
                ("2025", Label::Date),
                ("40 km", Label::Quantity),
            ]
        );
    }

    #[test]
    fn finds_emails_urls_ordinals() {
        let v = values("Write to desk@example.org or see https://example.org/a?b=1. It was the third try, the 2nd time.");
        assert_eq!(
            v,
            [
                ("desk@example.org", Label::Email),
                ("https://example.org/a?b=1", Label::Url),
                ("third", Label::Ordinal),
                ("2nd", Label::Ordinal),
            ]
        );
    }
}
