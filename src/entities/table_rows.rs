//! The labels of a table of figures are no names: `PRODUCER PRICES ( % ) Jun +0.1 +0.2`, `Core
//! Inflation 2.9 3.1`, `20 Year A-rated Gen'l Obligation 5.55 % 5.50 %`. CoNLL-2003 marks none of
//! these rows' labels in its economic indicators and bond tables. A team's name before a table's
//! whole numbers (`Sheffield Wednesday 3 3 0 0 6 2 9`) or an athlete's before a time (`Michael
//! Johnson ( U.S. ) 19.32`) is one, and the lists know their words; a label with a word the lists
//! know is left alone too (`SHORT STERLING`: `Sterling` is a surname).

use super::Candidate;
use crate::text::{count_by, find_any, has_char, head, is_alpha, split_by, tail, Span};
use crate::tokens::{token_run, Token};

/// Drops each name mention that labels a row of figures: it opens its line (after a number, if
/// any), the rest of the line holds figures only (numbers, signs, `%`, brackets, dashes and
/// words of at most three letters, such as `Jun`, `SEP`, `vs`), one of them a decimal number, a
/// percentage or a range of prices (`50-75`), and the lists know none of its words.
pub(super) fn drop_row_labels(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    crate::vecs::retain(found, |c| {
        !(c.label.is_name() && labels_a_row(text, tokens, c.span))
    });
}

fn labels_a_row(text: &str, tokens: &[Token], span: Span) -> bool {
    // Back from the mention over digits and spaces only, to the line's start: a mention after
    // anything else fails at once, so a long line costs one pass, not one per mention.
    let opens_line = crate::vecs::run(text.as_bytes(), 0, span.start)
        .iter()
        .rev()
        .find(|&&b| !(b.is_ascii_digit() || b == b' '))
        .is_none_or(|&b| b == b'\n' || b == b'\r');
    if !opens_line {
        return false;
    }
    // At most one mention opens a line: the rest of the line is read once.
    let after = tail(text, span.end);
    let rest = head(after, find_any(after, &['\n', '\r']).unwrap_or(after.len()));
    let mut decimal = false;
    for word in split_by(rest, |c| c == ' ' || c == '\t').filter(|w| !w.is_empty()) {
        let letters = count_by(word, is_alpha);
        if letters > 3 {
            return false;
        }
        let b = word.as_bytes();
        decimal |= has_char(word, '%')
            || b.windows(3).any(|w| {
                w[0].is_ascii_digit() && matches!(w[1], b'.' | b',') && w[2].is_ascii_digit()
            })
            || is_price_range(word);
    }
    if !decimal {
        return false;
    }
    // No word the lists know as a name, nor the whole.
    let (a, b) = super::names::token_range(tokens, span);
    let words = token_run(tokens, a, b);
    super::tagger::list_label(text, words).is_none()
        && words.iter().all(|t| {
            let l = super::tagger::listed(text, std::slice::from_ref(t));
            !(l.trained || l.place || l.personal_name || l.misc)
                && super::tagger::list_label(text, std::slice::from_ref(t)).is_none()
        })
}

/// A range of two whole numbers of 20 or more (`50-75`, `400-425`): a price or a quantity in a
/// market's table, never a match's score. Read by hand, byte by byte (no integer parser in the
/// .wasm for this).
fn is_price_range(word: &str) -> bool {
    let mut values = [0u32; 2];
    let mut digits = [0usize; 2];
    let mut part = 0;
    for &b in word.as_bytes() {
        match b {
            b'-' if part == 0 => part = 1,
            b'0'..=b'9' if digits[part] < 6 => {
                values[part] = values[part] * 10 + u32::from(b - b'0');
                digits[part] += 1;
            }
            _ => return false,
        }
    }
    part == 1 && digits[0] > 0 && digits[1] > 0 && values[0] >= 20 && values[1] >= 20
}

/// Labels ORG the name in the first cell of each row of a pipe table whose first heading is `Team`
/// or `Club` (`| Team | W | L | GB |` ... `| Oklahoma City | 41 | 9 | — |`): a standings table
/// lists sides, which the tagger reads as the cities they are named after. `found` is sorted;
/// spans do not change.
pub(super) fn label_table_teams(text: &str, found: &mut [Candidate]) {
    if !has_char(text, '|') {
        return;
    }
    let mut teams = false;
    let mut in_table = false;
    let mut from = 0;
    while from < text.len() {
        let end = crate::text::find_char(tail(text, from), '\n').map_or(text.len(), |i| from + i);
        let line = Span::new(from, end).slice(text);
        let line_start = from;
        from = end + 1;
        let Some(row) = line.strip_prefix('|') else {
            in_table = false;
            continue;
        };
        let cell = head(row, crate::text::find_char(row, '|').unwrap_or(row.len()));
        let name = crate::text::trim_by(cell, |c| c == ' ');
        if !in_table {
            in_table = true;
            teams = crate::text::eq_ignore_case(name.as_bytes(), b"team")
                || crate::text::eq_ignore_case(name.as_bytes(), b"club");
            continue;
        }
        if !teams || name.is_empty() {
            continue;
        }
        let at =
            line_start + 1 + (cell.len() - crate::text::trim_start_by(cell, |c| c == ' ').len());
        let k = crate::text::starting_before(found, at);
        if let Some(c) = found
            .get_mut(k)
            .filter(|c| c.span == Span::new(at, at + name.len()))
        {
            if c.label.is_name() {
                c.label = super::Label::Org;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str, mention: &str) -> bool {
        let tokens = crate::tokens::tokenize(text);
        let start = text.find(mention).unwrap();
        let mut found = vec![Candidate {
            span: Span::new(start, start + mention.len()),
            label: super::super::Label::Org,
            source: super::super::Source::Name,
        }];
        drop_row_labels(text, &tokens, &mut found);
        !found.is_empty()
    }

    #[test]
    fn a_row_label_of_figures_goes_and_a_team_or_athlete_stays() {
        assert!(!kept(
            "PRODUCER PRICES ( % ) Jun - 0.2 +0.1 +0.2 119.6** -",
            "PRODUCER PRICES"
        ));
        assert!(!kept(
            "Rates:\n20 Year A-rated Gen'l Obligation 5.55 % 5.50 % +0.05",
            "Year A-rated Gen'l Obligation"
        ));
        assert!(kept(
            "Sheffield Wednesday 3 3 0 0 6 2 9",
            "Sheffield Wednesday"
        ));
        assert!(kept("Michael Johnson ( U.S. ) 19.32", "Michael Johnson"));
        // A market's ranges of prices or quantities label their row; a score does not.
        assert!(!kept("Naphtha 50-75 75-100 50-75", "Naphtha"));
        assert!(kept("Dunmore Rangers 2-1", "Dunmore Rangers"));
        assert!(kept(
            "Turnover rose to 119.49 million as trading picked up",
            "Turnover"
        ));
    }
}
