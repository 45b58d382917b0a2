//! Places listed together (`studios in Edinburgh, New York and Leeds`, `pensioners in Oldham and
//! Rochdale`): a one-word name the lists have as a place, in a list whose other names are places,
//! is a place too, though read alone it looked like a person or a club. Not in a sentence
//! about sport, where towns name their clubs (`Everton visit Plymouth, Liverpool travel to`).
//!
//! The name stage reads such lists once already (`names::places_in_lists`, one-word people after a
//! listed place); this pass runs after the consistency stage, whose cues may turn a town back into
//! a person or a club (`Leeds, who walked on stage`), and takes organisations and MISC names too.

use super::{Candidate, Label};
use crate::text::{starts_by, Span};
use crate::tokens::{Forms, Token};
use crate::vecs::{at, at_mut};

/// True when `between`, the text between two names, joins them in one list: a comma, `and` or
/// `or` (not `, and`, which more often opens a new clause: `in Hove, and David Lammy took over`).
fn joins(between: &str) -> bool {
    crate::text::is_one_of(between, ", | and | or ")
}

/// Labels a place each one-word person, organisation or MISC name that the lists have as a place,
/// in a list of names (see [`joins`]) whose other names are all places, as many of them at least
/// (`Kharkiv, Odesa, Dnipro, Poltava and Sumy`), the list ending with it or going on after it (a
/// comma, a full stop, `and`: not `In London, Brent crude`, `Yorkshire, Halifax said`), in a
/// sentence with no word of sport. `found` is sorted.
pub(super) fn label_places_in_lists(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let mut start = 0;
    while start < found.len() {
        let mut end = start + 1;
        while end < found.len()
            && joins(super::text_between(
                text,
                at(found, end - 1),
                at(found, end),
            ))
        {
            end += 1;
        }
        let places = (start..end)
            .filter(|&k| at(found, k).label == Label::Place)
            .count();
        let others = end - start - places;
        // Places and, at most as many, names that are not places.
        if places >= 1 && others >= 1 && others <= places {
            let fits = |k: usize| {
                let c = at(found, k);
                let (a, b) = super::names::token_range(tokens, c.span);
                let after = crate::text::tail(text, c.span.end);
                let ends = after.is_empty()
                    || starts_by(after, |ch| matches!(ch, ',' | '.' | ';' | ')' | '\n'))
                    || after.starts_with(" and ")
                    || after.starts_with(" or ");
                c.label == Label::Place
                    || c.label.is_name()
                        && b == a + 1
                        && ends
                        && super::tagger::listed_run(text, tokens, a, b).place
                        && super::tagger::list_label_run(text, tokens, a, b).is_none()
            };
            let sport = || {
                let s = crate::text::ending_by(sentences, at(found, start).span.start);
                sentences
                    .get(s)
                    .is_some_and(|s| super::score_lines::has_sport_word(tokens, forms, *s, true))
            };
            if (start..end).all(fits) && !sport() {
                for k in start..end {
                    at_mut(found, k).label = Label::Place;
                }
            }
        }
        start = end;
    }
}
