//! A nickname in quotation marks between a person's first name and surname (`Saúl “Canelo”
//! Álvarez`, `Earvin "Magic" Johnson`): one person's name, as wikigold and the self-written sets
//! mark it, where the tagger may keep the surname alone or read the nickname as a work.

use super::token_range;
use crate::entities::{Candidate, Label};
use crate::text::Span;
use crate::tokens::{capitalised_at, token_at, Token};
use crate::word_list::{CLOSING_QUOTES, OPENING_QUOTES};

/// Longest nickname, in words.
const MAX_NICKNAME_WORDS: usize = 3;

/// Widens each person's mention over a quoted nickname before its surname and the first name
/// before that ([`nickname_start`]): the closing mark is right before the mention or inside it
/// (the tagger may start the name at the nickname: `Canelo" Álvarez`); a mention inside the new
/// span before this one is dropped; none is made where the first word alone is another kind of
/// name (`an Americanised "Jimmy" Bond`, a MISC word). `found` is sorted and stays so.
pub(super) fn join_nicknames(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut joined = false;
    for k in 0..found.len() {
        let c = *crate::vecs::at(found, k);
        let (a, b) = token_range(tokens, c.span);
        if c.label != Label::Person || a < 2 {
            continue;
        }
        let is_close = |i: usize| CLOSING_QUOTES.contains(token_at(tokens, i).text(text));
        // Inside first: a straight mark before the mention may be the nickname's opening one.
        let close = if let Some(q) = (a + 1..b.saturating_sub(1)).find(|&i| is_close(i)) {
            q
        } else if is_close(a - 1) {
            a - 1
        } else {
            continue;
        };
        let Some(first) = nickname_start(text, tokens, close) else {
            continue;
        };
        let start = token_at(tokens, first).span.start;
        // Not over a first word that is another kind of name alone (`an Americanised "Jimmy"
        // Bond`, a MISC word).
        let word = token_at(tokens, first).span;
        if crate::vecs::run(found, 0, k)
            .iter()
            .any(|o| o.span == word && o.label != Label::Person)
        {
            continue;
        }
        // The mentions inside the new span, before this one, are dropped.
        for o in crate::vecs::run_mut(found, 0, k).iter_mut().rev() {
            if o.span.end <= start {
                break;
            }
            if o.span.start >= start {
                o.span = Span::new(o.span.start, o.span.start);
            }
        }
        crate::vecs::at_mut(found, k).span = Span::new(start, c.span.end);
        joined = true;
    }
    if joined {
        crate::entities::drop_empty(found);
    }
}

/// The token of the first name when the tokens before the closing quotation mark at `close` are
/// one to three capitalised words, their opening mark and a first name: one of the lists, or a
/// capitalised word that is no word of the part-of-speech lexicon nor a stopword (`Saúl`).
fn nickname_start(text: &str, tokens: &[Token], close: usize) -> Option<usize> {
    let open = (close.saturating_sub(1 + MAX_NICKNAME_WORDS)..close.checked_sub(1)?)
        .rev()
        .find(|&k| OPENING_QUOTES.contains(token_at(tokens, k).text(text)))?;
    let first = open.checked_sub(1)?;
    let words = open + 1 < close && (open + 1..close).all(|k| capitalised_at(text, tokens, k));
    let given = || {
        let low = crate::case::lowercase(token_at(tokens, first).text(text));
        crate::entities::tagger::listed_run(text, tokens, first, first + 1).first_name
            || crate::pos::known_tags(&low).is_none() && !crate::stopwords::is_stopword(&low)
    };
    (words && capitalised_at(text, tokens, first) && given()).then_some(first)
}
