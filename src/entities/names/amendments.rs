//! A constitution's amendment by its number (`the 14th Amendment`, `the 27th Constitutional
//! Amendment`, `the First Amendment`), and a bill by its number (`Senate Bill 5`, `Bill C-38`): a
//! named law, MISC, as the self-written sets mark every one.
//! The value scanner reads the ordinal alone and the tagger the capitalised word alone.

use super::{add_sorted, put_misc, space_before};
use crate::entities::Candidate;
use crate::text::Span;
use crate::tokens::{token_at, token_is, Token};

crate::word_list::word_lists! {
    /// `Amendment`, one or more.
    const AMENDMENTS = "Amendment Amendments";
    /// The endings of an ordinal written in digits (`14th`).
    const ORDINAL_ENDINGS = "st nd rd th";
    /// The chambers whose bills are numbered (`Senate Bill 5`).
    const CHAMBERS = "Senate House Assembly";
    /// Ordinal words that number an amendment.
    const ORDINAL_WORDS = "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth \
        Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth";
}

/// True for an ordinal in digits (`14th`, `21st`, `2nd`, `3rd`).
fn is_ordinal_number(w: &str) -> bool {
    let digits = crate::text::leading_bytes(w.as_bytes(), 3, |b| b.is_ascii_digit());
    digits > 0 && ORDINAL_ENDINGS.contains(crate::text::tail(w, digits))
}

/// The length of a space, a capital letter, a hyphen and digits at the start of `rest` that end a
/// word there (` C-38` of `Bill C-38,`), if they do.
fn lettered_number(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    if !matches!(b, [b' ', c, b'-', ..] if c.is_ascii_uppercase()) {
        return None;
    }
    let digits = crate::text::leading_bytes(crate::text::tail(rest, 3).as_bytes(), 4, |c| {
        c.is_ascii_digit()
    });
    let end = 3 + digits;
    (digits > 0 && !b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())).then_some(end)
}

/// Adds a MISC mention for an ordinal, an optional `Constitutional` and `Amendment` (or
/// `Amendments`), not after a bracket, and for a numbered bill (`Senate Bill 5`, `Bill C-38`), in
/// place of the mentions of `found` inside it; none is added where a mention runs past it. `found`
/// is sorted and stays so.
pub(super) fn add(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 1..tokens.len() {
        // Natively the first byte first: every word looked for below is `Bill` or opens with `A`.
        if !crate::tokens::may_start(text, tokens, k, |b| b == b'A' || b == b'B') {
            continue;
        }
        let w = token_at(tokens, k).text(text);
        if w == "Bill" {
            // A US legislature's bill by its number (`Senate Bill 200`, `House Bill 1`, `Assembly
            // Bill 5`): the self-written sets mark each MISC, the number in it; the tagger read the
            // chamber and `Bill` as an organisation.
            if CHAMBERS.has_token(text, tokens, k - 1)
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == crate::tokens::TokenKind::Number)
                && space_before(text, tokens, k)
                && space_before(text, tokens, k + 1)
            {
                let span = Span::new(
                    token_at(tokens, k - 1).span.start,
                    token_at(tokens, k + 1).span.end,
                );
                put_misc(found, &mut add, span);
                continue;
            }
            // A Canadian bill by its chamber's letter and number (`Bill C-38`, `Bill S-5`), MISC as
            // the self-written sets mark it.
            if let Some(len) =
                lettered_number(crate::text::tail(text, token_at(tokens, k).span.end))
            {
                let start = token_at(tokens, k).span.start;
                let end = token_at(tokens, k).span.end + len;
                put_misc(found, &mut add, Span::new(start, end));
                continue;
            }
        }
        if !(crate::tokens::may_start(text, tokens, k, |b| b == b'A')
            && AMENDMENTS.contains(w)
            && space_before(text, tokens, k))
        {
            continue;
        }
        let mut a = k - 1;
        if token_is(text, tokens, a, "Constitutional") && a >= 1 {
            if !space_before(text, tokens, a) {
                continue;
            }
            a -= 1;
        }
        let first = token_at(tokens, a).text(text);
        // Not inside a bill's title, whose brackets hold its number (`the Constitution (130th
        // Amendment) Bill`).
        if !(is_ordinal_number(first) || ORDINAL_WORDS.contains(first))
            || a >= 1 && token_is(text, tokens, a - 1, "(")
        {
            continue;
        }
        let span = Span::new(token_at(tokens, a).span.start, token_at(tokens, k).span.end);
        put_misc(found, &mut add, span);
    }
    if !add.is_empty() {
        crate::entities::drop_empty(found);
    }
    add_sorted(found, add);
}

#[cfg(test)]
mod tests {
    use super::is_ordinal_number;

    /// [`super::add`]'s first-byte test before its look-up holds for every word of the list.
    #[test]
    fn amendments_open_with_a() {
        assert!(super::AMENDMENTS.iter().all(|w| w.starts_with('A')));
    }

    #[test]
    fn ordinals_in_digits() {
        for w in ["1st", "2nd", "3rd", "14th", "27th", "101st"] {
            assert!(is_ordinal_number(w), "{w}");
        }
        for w in ["th", "14", "14x", "1234th", "fifth"] {
            assert!(!is_ordinal_number(w), "{w}");
        }
    }
}
