//! A ship by its prefix (`USS John P. Murtha`, `HMS Prince of Wales`, `RMS Titanic`): one MISC
//! name, prefix and all, as the self-written sets mark every ship; the tagger takes the name after
//! the prefix for a person's (`John P. Murtha`) or a place's.

use super::{add_sorted, put_misc, space_before};
use crate::entities::Candidate;
use crate::text::Span;
use crate::tokens::{capitalised_at, may_start, token_at, Token};

crate::word_list::word_lists! {
    /// Prefixes of navies' and merchant ships' names (not `RFA`, also Radio Free Asia; `INS` for
    /// India's, `BRP` for the Philippines', `MV` for a motor vessel).
    const SHIP_PREFIXES = "USS HMS HMAS HMCS HMNZS RMS INS BRP MV";
    /// Small words inside a ship's name (`HMS Prince of Wales`).
    const SHIP_SMALL_WORDS = "of the";
}

/// Adds a MISC mention for a ship's prefix and the capitalised words after it (small words
/// between them, at most six words), in place of the mentions inside; none where a mention runs
/// past it. `found` is sorted and stays so.
pub(super) fn add(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 0..tokens.len() {
        if !(may_start(text, tokens, k, |b| b.is_ascii_uppercase())
            && SHIP_PREFIXES.has_token(text, tokens, k)
            && capitalised_at(text, tokens, k + 1)
            && space_before(text, tokens, k + 1))
        {
            continue;
        }
        // The name: capitalised words (initials too: `R.`), small words only between them.
        let mut end = k + 1;
        let mut i = k + 1;
        while i < tokens.len() && i - k <= 6 && space_before(text, tokens, i) {
            let w = token_at(tokens, i).text(text);
            // In a headline in capitals a small word ends the name (`USS FORD TO CARIBBEAN`).
            let small = SHIP_SMALL_WORDS.contains_lowercase(w);
            let shouted_small = !crate::text::any_char(w, crate::text::is_lower)
                && crate::stopwords::is_stopword(&crate::case::lowercase(w));
            // A date after the name is no part of it (`USS Gerald R. Ford Monday`).
            let date = super::is_date_word(&crate::case::lowercase(w)) || w == "May";
            if date {
                break;
            }
            if capitalised_at(text, tokens, i) && !small && !shouted_small {
                end = i + 1;
            } else if !small {
                break;
            }
            i += 1;
        }
        let span = Span::new(
            token_at(tokens, k).span.start,
            token_at(tokens, end - 1).span.end,
        );
        put_misc(found, &mut add, span);
    }
    if !add.is_empty() {
        crate::entities::drop_empty(found);
    }
    add_sorted(found, add);
}

#[cfg(test)]
mod tests {
    /// [`super::add`]'s first-byte test before its look-up holds for every prefix.
    #[test]
    fn ship_prefixes_open_with_capitals() {
        assert!(super::SHIP_PREFIXES
            .iter()
            .all(|w| w.as_bytes()[0].is_ascii_uppercase()));
    }
}
