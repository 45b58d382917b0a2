//! E-mail addresses and web addresses.
//!
//! Both are found in two steps that keep the cost linear on long texts: a hand-written scan finds the
//! places worth looking at (each `@`; each `http://`, `https://` or `www.`), and a regular expression
//! checks the short window there. The `regex` crate is built without Unicode classes or case folding,
//! so the patterns spell out ASCII classes.
//!
//! URLs end before whitespace, angle brackets, quotes, non-ASCII punctuation (`。`, `」`) and trailing
//! sentence punctuation; a closing
//! bracket stays only when the URL opened one (`https://en.wikipedia.org/wiki/Rust_(language)`).

use std::sync::OnceLock;

use regex::Regex;

use crate::text::{
    after_last_by, char_at, char_before, count_char, find_by, find_char, has_char, head, is_space,
    last_char, match_starts, tail, trim_start_by, Span,
};

// The patterns are constants checked by the tests below; a failure to compile gives `None` rather
// than a panic, and `.ok()` keeps the error's `Debug` formatting (about 20 KB of Wasm) out of the build.
fn email_re() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(
        &RE,
        r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
    )
}

fn host_re() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(
        &RE,
        r"^(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*",
    )
}

/// `pattern` compiled once into `cell` (one copy of the one-time initialisation for both patterns).
fn compiled(
    cell: &'static OnceLock<Option<Regex>>,
    pattern: &'static str,
) -> Option<&'static Regex> {
    cell.get_or_init(|| Regex::new(pattern).ok()).as_ref()
}

fn local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || has_char("._%+-", c)
}

fn domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '.' || c == '-'
}

/// Byte spans of e-mail addresses.
pub fn emails(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut from = 0;
    while let Some(i) = find_char(tail(text, from), '@') {
        let at = from + i;
        from = at + 1;
        let start = at - after_last_by(head(text, at), |c| !local_char(c)).len();
        let local = Span::new(start, at).slice(text);
        let start = start + local.len() - trim_start_by(local, |c| c == '.').len();
        if out.last().is_some_and(|s| s.end > start) {
            continue;
        }
        let end =
            find_by(tail(text, at + 1), |c| !domain_char(c)).map_or(text.len(), |i| at + 1 + i);
        if let Some(m) = email_re().and_then(|re| re.find(Span::new(start, end).slice(text))) {
            crate::vecs::push(&mut out, Span::new(start, start + m.end()));
        }
    }
    out
}

/// Byte spans of web addresses (with a scheme, or starting `www.`).
pub fn urls(text: &str) -> Vec<Span> {
    let mut starts: Vec<usize> = Vec::new();
    // `http://`, `https://`, `HTTP://`, `HTTPS://`: a scheme before a `://` (one search for the four).
    for at in match_starts(text, "://") {
        let before = head(text, at);
        let scheme = SCHEMES.iter().find(|s| before.ends_with(**s));
        if let Some(s) = scheme {
            crate::vecs::push(&mut starts, at - s.len());
        }
    }
    for pat in ["www.", "WWW."] {
        for at in match_starts(text, pat) {
            crate::vecs::push(&mut starts, at);
        }
    }
    crate::sort::sort(&mut starts);
    let mut out: Vec<Span> = Vec::new();
    for start in starts {
        if out.last().is_some_and(|s| s.end > start) {
            continue;
        }
        // `www.` must not follow a Latin letter or digit (`awww.`; CJK text has no spaces, so `见www.`
        // is fine); a scheme may follow anything.
        let prev = char_before(text, start);
        if char_at(text, start).is_some_and(|c| matches!(c, 'w' | 'W'))
            && prev.is_some_and(|c| c.is_ascii_alphanumeric())
        {
            continue;
        }
        let end = find_by(tail(text, start), |c| {
            is_space(c)
                || has_char("<>\"“”‘’«»`{}|\\^", c)
                || (!c.is_ascii() && crate::tokens::is_punct(c))
        })
        .map_or(text.len(), |i| start + i);
        let Some(host) = host_re().and_then(|re| re.find(Span::new(start, end).slice(text))) else {
            continue;
        };
        let end = start + trim_url(Span::new(start, end).slice(text));
        if end >= start + host.end() {
            crate::vecs::push(&mut out, Span::new(start, end));
        }
    }
    crate::vecs::retain(&mut out, |s| !s.is_empty());
    out
}

/// Length of `url` without trailing punctuation and unbalanced closing brackets.
pub(super) fn trim_url(url: &str) -> usize {
    let mut s = url;
    loop {
        let Some(last) = last_char(s) else {
            return 0;
        };
        let cut = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' => true,
            ')' => count_char(s, '(') < count_char(s, ')'),
            ']' => count_char(s, '[') < count_char(s, ']'),
            _ => false,
        };
        if !cut {
            return s.len();
        }
        s = head(s, s.len() - crate::text::char_len(last));
    }
}

crate::word_list::word_lists! {
    /// The schemes of a web address, in lower case or capitals.
    const SCHEMES = "http https HTTP HTTPS";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(f: fn(&str) -> Vec<Span>, text: &str) -> Vec<String> {
        f(text)
            .iter()
            .map(|s| crate::vecs::to_string(s.slice(text)))
            .collect()
    }

    #[test]
    fn patterns_compile_and_match() {
        assert!(email_re().unwrap().is_match("a.b+c@news.example.co.uk"));
        assert!(!email_re().unwrap().is_match("a@b"));
        assert!(host_re().unwrap().is_match("https://example.org"));
        assert!(host_re().unwrap().is_match("www.example.org"));
        assert!(!host_re().unwrap().is_match("ftp://example.org"));
    }

    #[test]
    fn emails_in_prose() {
        assert_eq!(
            all(
                emails,
                "Write to desk@example.org. Or (tips@news.example.co.uk)! Not @handle or a@b."
            ),
            ["desk@example.org", "tips@news.example.co.uk"]
        );
    }

    #[test]
    fn urls_trim_punctuation_and_balance_brackets() {
        assert_eq!(
            all(urls, "See https://example.org/a?b=1. And (www.example.com/x), \"http://x.io/y\"; https://en.wikipedia.org/wiki/Rust_(language)."),
            [
                "https://example.org/a?b=1",
                "www.example.com/x",
                "http://x.io/y",
                "https://en.wikipedia.org/wiki/Rust_(language)"
            ]
        );
        assert!(urls("awww.no and https:// alone").is_empty());
        assert_eq!(all(urls, "见www.example.com。」下"), ["www.example.com"]);
    }
}
