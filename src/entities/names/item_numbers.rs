//! A numbered list's item number (`1.`, `2.` opening a line) is no part of the name after it: the
//! tagger may take it into the item's first word (`2. Financing from three banks`), which then no
//! rule reads as the line's opening word.

use super::Candidate;
use crate::text::{head, tail, Span};

/// Starts each mention that opens its line with a number of one or two digits, a full stop and a
/// space (`2. Financing`) after them; the caller drops a mention left empty.
pub(super) fn without_item_numbers(text: &str, found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let s = c.span.slice(text);
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) || !tail(s, digits).starts_with(". ") {
            continue;
        }
        let before = head(text, c.span.start).trim_end_matches([' ', '\t']);
        if !(before.is_empty() || before.ends_with(['\n', '\r'])) {
            continue;
        }
        let rest = tail(s, digits + 2).trim_start();
        c.span = Span::new(c.span.end - rest.len(), c.span.end);
    }
}
