//! British and Irish road numbers: `the A30`, `the M25`, `the N59` are places (the looked-at sets
//! mark all five such roads LOC; the tagger read them as organisations), not an Airbus, a car, a
//! chip or a console (`the A350 jets`, `the M5 chip`, `the N64`), nor the Congolese rebels (`the
//! M23`).

use super::{Candidate, Label, Source};
use crate::tokens::{token_at, token_is, Token, TokenKind};

crate::word_list::word_lists! {
    /// Words that may follow a road's number: a preposition, a conjunction, an auxiliary, a
    /// direction or a road's part (`the A470 near Rhayader`, `the A33 on Sunday`, `the M6 northbound`).
    const AFTER_ROAD = "near at in on between from to towards through and or was is were has had will would after \
        before since until where which when while for as but with by into outside during \
        northbound southbound eastbound westbound motorway road junction carriageway bypass \
        roundabout corridor remained reopened closed west east north south";
}

/// A road's number: `A`, `M` or `N` and one to four digits, no leading zero; not `M23` (far more
/// often the rebel group in news than the motorway to Gatwick).
fn is_road_number(w: &str) -> bool {
    let b = w.as_bytes();
    matches!(b.first(), Some(b'A' | b'M' | b'N'))
        && (2..=5).contains(&b.len())
        && b.get(1).is_some_and(|&d| (b'1'..=b'9').contains(&d))
        && b.iter().skip(2).all(u8::is_ascii_digit)
        && w != "M23"
}

/// Labels a road's number after `the` or `The` a place (`on the A30.`, `the M1;`), through
/// [`super::put_names`]. `found` is sorted and disjoint, and stays so.
pub(crate) fn label_road_numbers(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    // Makers whose models and chips are numbered so (`the A320`, `the M4`, `the A4`, `the N64`):
    // a text that names one has no roads read (read once, at the first number after `the`).
    let mut makers = None;
    for k in 1..tokens.len() {
        let t = token_at(tokens, k);
        // The first byte and the length first: most tokens are turned away unread.
        if t.kind != TokenKind::Word
            || t.span.end - t.span.start > 5
            || !matches!(
                *crate::vecs::at(text.as_bytes(), t.span.start),
                b'A' | b'M' | b'N'
            )
            || !is_road_number(t.text(text))
            || !(token_is(text, tokens, k - 1, "the") || token_is(text, tokens, k - 1, "The"))
        {
            continue;
        }
        let ok = tokens.get(k + 1).is_none_or(|n| match n.kind {
            TokenKind::Punct => true,
            TokenKind::Word => AFTER_ROAD.has_token(text, tokens, k + 1),
            _ => false,
        });
        if !ok
            || *makers.get_or_insert_with(|| {
                ["Airbus", "Apple", "Audi", "BMW", "chip", "Nintendo"]
                    .iter()
                    .any(|m| crate::text::has_str(text, m))
            })
        {
            continue;
        }
        Candidate::push_to(&mut add, t.span, Label::Place, Source::Name);
    }
    super::put_names(text, found, add);
}

#[cfg(test)]
mod tests {
    use super::is_road_number;

    #[test]
    fn road_numbers_are_a_or_m_and_digits() {
        for w in ["A30", "A470", "M1", "M25", "A4232", "N59"] {
            assert!(is_road_number(w), "{w}");
        }
        for w in ["A", "A0", "A05", "M23", "B12", "A30a", "A12345", "Am1", "N"] {
            assert!(!is_road_number(w), "{w}");
        }
    }
}
