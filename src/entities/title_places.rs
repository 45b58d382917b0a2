//! A person's title of a place is no name of its own: the place is (`The Archbishop of
//! Canterbury, Sarah Mullally`, `the Duchess of Sussex`, `the Mayor of Morris Park`). CoNLL-2003,
//! WikiNEuRal, wikigold and the looked-at sets mark the place alone after such a title 65 times
//! and the whole phrase 28, nearly all works (`Lord of the Rings`, `Queen of the Damned`) and
//! clubs (`Queen of the South`), which the titles here leave out (`King`, `Queen`, `Lord`, `Lady`).

use super::{Candidate, Label};
use crate::text::{all_char, find_str, head, split_char, starts_by, tail, Span};

crate::word_list::word_lists! {
    /// Titles held of a place (lower case).
    const TITLES_OF_PLACES = "archbishop baron baroness bishop countess duchess duke earl emir governor \
        marquess mayor patriarch prince princess sultan";
}

/// Cuts each name of `found` that is a title, `of` and one to three capitalised words, none in
/// capitals (not `Mayor of NYC`), to those words, a place; not a work's or a body's by its last
/// word (`Princess of Asturias Awards`).
pub(crate) fn cut_titles_of_places(text: &str, found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if !c.label.is_name() {
            continue;
        }
        let name = c.span.slice(text);
        let Some(at) = find_str(name, " of ") else {
            continue;
        };
        let (title, place) = (head(name, at), tail(name, at + 4));
        let words = || split_char(place, ' ');
        if !TITLES_OF_PLACES.contains_lowercase(title)
            || !(1..=3).contains(&words().count())
            || !words()
                .all(|w| starts_by(w, char::is_uppercase) && !all_char(w, char::is_uppercase))
            || words()
                .last()
                .and_then(super::names::label_by_last_word)
                .is_some_and(|l| l != Label::Place)
        {
            continue;
        }
        let start = c.span.end - place.len();
        c.span = Span::new(start, c.span.end);
        c.label = Label::Place;
    }
}
