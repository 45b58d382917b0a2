//! A capitalised `The` in mid-sentence belongs to the name after it (`Hepburn in The Aviator`,
//! `Mel Gibson's The Passion of the Christ`), as wikigold and the self-written sets mark works,
//! bands and papers so named; and a name spelled so once takes its `The` at its other mentions
//! (`The Aviator has 11 nominations` at a sentence's start, where the tagger left it out).

use super::{Candidate, Label};
use crate::text::{
    after_last_by, any_bytes, char_before, ends_by, head, is_alnum, is_lower, starts_by,
    trim_end_by, Span,
};

/// True when the `The` before byte `at` stands in mid-sentence: after a comma, a word in lower
/// case or a possessive (`in The Aviator`, `Scorsese's The Aviator`), not after a capitalised
/// word of a title-case headline (`Carpenter Slams The White House`).
fn mid_sentence(text: &str, at: usize) -> bool {
    let before = trim_end_by(head(text, at - 4), |c| c == ' ');
    let word = after_last_by(before, |c| c == ' ' || c == '\n');
    before.ends_with(',')
        || ends_by(before, is_alnum) && starts_by(word, is_lower)
        || ["'s", "\u{2019}s", "s'"]
            .iter()
            .any(|p| word.len() > p.len() && word.ends_with(p))
}

/// Extends the name mentions of `found` (sorted, disjoint) over a `The` before them, as the
/// module says; only works and organisations take a mid-sentence `The` of their own.
pub(crate) fn take_leading_the(text: &str, found: &mut [Candidate]) {
    // `The` as a word of its own (not the end of `RolThe`) right before the mention, after the end
    // of the mention before it, so that the mentions stay disjoint.
    let before_the = |c: &Candidate, prev_end: usize| {
        c.label.is_name()
            && c.span.start >= prev_end + 4
            && head(text, c.span.start).ends_with("The ")
            && !char_before(text, c.span.start - 4).is_some_and(is_alnum)
    };
    let mut named: Vec<&str> = Vec::new();
    let mut prev_end = 0;
    for c in found.iter_mut() {
        let end = c.span.end;
        let s = c.span.slice(text);
        if let Some(rest) = s.strip_prefix("The ") {
            if c.label.is_name() && c.span.start > 0 && mid_sentence(text, c.span.start + 4) {
                crate::vecs::push(&mut named, rest);
            }
        } else if before_the(c, prev_end)
            && matches!(c.label, Label::Misc | Label::Org)
            && mid_sentence(text, c.span.start)
            && any_bytes(s, |b| b.is_ascii_lowercase())
        {
            crate::vecs::push(&mut named, s);
            c.span = Span::new(c.span.start - 4, c.span.end);
        }
        prev_end = end;
    }
    if named.is_empty() {
        return;
    }
    // The names are few: read as a list, at most the first 32 (the work stays linear in any text).
    named.truncate(32);
    let mut prev_end = 0;
    for c in found.iter_mut() {
        if before_the(c, prev_end) && named.contains(&c.span.slice(text)) {
            c.span = Span::new(c.span.start - 4, c.span.end);
        }
        prev_end = c.span.end;
    }
}
