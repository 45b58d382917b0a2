//! Tallies of votes, seats or polls (`Reform 29%, Labour 19%`, `Conservatives 688, Labour 212`,
//! `(Republicans 50, Democrats 2)`): the tagger reads a name and the number after it as one name,
//! as it learnt from `Airbus 310`; in a list the number is the name's count, not part of it. Nor
//! is a score after a side (`the Chiefs 40-22`).

use super::{Candidate, Label};
use crate::text::{
    all_bytes, any_bytes, ends_by, find_any, head, is_upper, starts_by, tail, trim_end_by,
    trim_start_by, Span,
};
use crate::tokens::{token_at, Token, TokenKind};

/// True when `after`, the text after a name's number, goes on to the list's next counted item:
/// `%` or nothing, then a comma, a semicolon or a bar, then a capitalised word and, before the next
/// mark, a digit (`, Labour 19%`).
fn next_item_counted(after: &str) -> bool {
    let s = after.strip_prefix('%').unwrap_or(after);
    if !starts_by(s, |c| matches!(c, ',' | ';' | '|')) {
        return false;
    }
    let s = trim_start_by(tail(s, 1), |c| c == ' ');
    let item = head(
        s,
        crate::text::find_by(s, |c| matches!(c, ',' | ';' | '|' | '\n')).unwrap_or(s.len()),
    );
    starts_by(item, is_upper) && any_bytes(item, |b| b.is_ascii_digit())
}

/// True when `before`, the text before a name, ends the list's previous counted item: a digit or
/// `%`, then a comma, a semicolon or a bar and spaces (`Reform 29%, `).
fn previous_item_counted(before: &str) -> bool {
    let s = trim_end_by(before, |c| c == ' ');
    if !ends_by(s, |c| matches!(c, ',' | ';' | '|')) {
        return false;
    }
    let s = trim_end_by(head(s, s.len() - 1), |c| c == ' ');
    ends_by(s, |c| c.is_ascii_digit() || c == '%')
}

/// True for a score: digits, a hyphen or an en dash, digits (`40-22`, `2–1`).
fn is_score(w: &str) -> bool {
    let Some(i) = find_any(w, &['-', '\u{2013}']) else {
        return false;
    };
    let (x, y) = (head(w, i), tail(w, i));
    let y = trim_start_by(y, |c| matches!(c, '-' | '\u{2013}'));
    !x.is_empty()
        && !y.is_empty()
        && all_bytes(x, |b| b.is_ascii_digit())
        && all_bytes(y, |b| b.is_ascii_digit())
}

/// Cuts the count off each name of a tally that the tagger joined to it, and labels the name as
/// the lists have it (an organisation when the lists do not know it and the joined reading made
/// it MISC). `found` is sorted and disjoint, and stays so.
pub(super) fn cut_counts(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = super::names::token_range(tokens, c.span);
        if b < a + 2 || token_at(tokens, b - 1).kind != TokenKind::Number {
            continue;
        }
        let name_end = token_at(tokens, b - 2).span.end;
        let words = (a..b - 1).all(|k| {
            let t = token_at(tokens, k);
            t.kind == TokenKind::Word && t.capitalised(text)
        });
        let after = tail(text, c.span.end);
        // A score after a side is never part of its name (`the Chiefs 40-22`); a product's model
        // number may look like one (`Boeing 777-9`, MISC).
        let score = is_score(token_at(tokens, b - 1).text(text));
        if words && score && c.label != Label::Misc {
            c.span = Span::new(c.span.start, name_end);
            continue;
        }
        // A name with its number in the lists (`S&P 500`, `CAC 40`) or a numbered line keeps it.
        if !words
            || super::tagger::listed_run(text, tokens, a, b) != Default::default()
            || token_at(tokens, b - 2).text(text) == "Line"
            || !starts_by(after, |c| matches!(c, '%' | ',' | ';' | '|' | ')'))
            || !(after.starts_with('%')
                || next_item_counted(after)
                || previous_item_counted(head(text, c.span.start)))
        {
            continue;
        }
        c.span = Span::new(c.span.start, name_end);
        c.label = super::tagger::list_label_run(text, tokens, a, b - 1).unwrap_or(
            if c.label == Label::Misc {
                Label::Org
            } else {
                c.label
            },
        );
    }
}
