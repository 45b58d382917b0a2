//! A person and what they are `of`: the tagger reads `Cooper Flagg of Duke`, `Lotte Bjerre Knudsen
//! of Novo Nordisk` or `Donal Creedon of Creedon's Butchers` as one name (a body's pattern, `Bank
//! of England`). When the words before `of` make a person's name (a first name of the lists that is
//! no place and no common English word, a surname of the lists last, no word that ends a body's or
//! a place's name), they are the person, and the words after it a place of the lists or else an
//! organisation. Not a title's words nor a ship's prefix (`HMS Prince of Wales`). CoNLL-2003, WikiNEuRal, wikigold and the self-written sets have 101 such persons
//! followed by ` of ` and a name (54 places: `Thomas Muster of Austria`; 44 organisations: `Michael
//! Stipe of R.E.M.`) and one name so made (`Princess Charlotte of Wales`, whose first word is a
//! title).

use super::{names, tagger, Candidate, Label};
use crate::text::{is_upper, starts_by, Span};
use crate::tokens::{token_at, token_run, Token, TokenKind};

/// Splits each name of `found` (sorted, disjoint) made of a person's name, `of` and a capitalised
/// name into the person and the other name, as the module says.
pub(crate) fn split_people_of(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        if !c.label.is_name() {
            continue;
        }
        let (a, b) = names::token_range(tokens, c.span);
        let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| token_at(tokens, k).is(text, "of"))
        else {
            continue;
        };
        // One word before `of` only when it is a first name of the lists and a company or a group
        // of the lists follows (`Lisa of BLACKPINK`; not `Catherine of Aragon`).
        if k == a + 1
            && !(tagger::listed_run(text, tokens, a, k).first_name
                && tagger::list_label(text, token_run(tokens, k + 1, b)) == Some(Label::Org))
        {
            continue;
        }
        let person = (a..k).all(|i| {
            let t = token_at(tokens, i);
            let w = t.text(text);
            t.kind == TokenKind::Word
                && starts_by(w, is_upper)
                && names::label_by_last_word(w).is_none()
                && !super::groups::is_title(w)
                && !(w.len() > 2 && crate::text::all_bytes(w, |b| b.is_ascii_uppercase()))
                && !names::is_common_word(w)
                && !crate::stopwords::is_stopword(&crate::case::lowercase(w))
                && !tagger::listed_run(text, tokens, i, i + 1).place
        }) && (a..k).any(|i| tagger::listed_run(text, tokens, i, i + 1).personal_name)
            && token_at(tokens, k + 1).capitalised(text)
            && (a == 0
                || !crate::text::eq_ignore_case(
                    token_at(tokens, a - 1).text(text).as_bytes(),
                    b"the",
                ))
            && {
                let whole = tagger::listed_run(text, tokens, a, k);
                !whole.place && !whole.only_org
            };
        if !person {
            continue;
        }
        let rest = Span::new(token_at(tokens, k + 1).span.start, c.span.end);
        let label = if tagger::listed_run(text, tokens, k + 1, b).place {
            Label::Place
        } else {
            tagger::list_label(text, token_run(tokens, k + 1, b))
                .filter(|l| *l != Label::Person)
                .unwrap_or(Label::Org)
        };
        Candidate::push_to(&mut add, rest, label, c.source);
        c.span = Span::new(c.span.start, token_at(tokens, k - 1).span.end);
        c.label = Label::Person;
    }
    if !add.is_empty() {
        crate::vecs::extend(found, add);
        super::sort_by_start(found);
    }
}

crate::word_list::word_lists! {
    /// Verbs of speech before a speaker's name.
    const SPEECH_VERBS = "said says added adds wrote writes told";
}

/// Relabels a one-word name read as a person right after a person and ` of ` (`Governor Babagana
/// Zulum of Borno said`, `farmer Kwabena Owusu of Goaso said`), where the consistency stage's verb
/// made the name a person: what a person is `of` is a place, or what the lists have it as (an
/// organisation: `Cooper Flagg of Duke`).
pub(crate) fn label_what_people_are_of(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for m in 1..found.len() {
        let (p, c) = (found[m - 1], found[m]);
        if p.label != Label::Person
            || c.label != Label::Person
            || super::text_between(text, &p, &c) != " of "
        {
            continue;
        }
        let (a, b) = names::token_range(tokens, c.span);
        let pa = names::token_range(tokens, p.span).0;
        // Not what a speaker said of someone (`said Alex McLeish of Novo's punishment`, `added
        // Robertson of Arthaud`).
        if b != a + 1
            || tagger::listed_run(text, tokens, a, b).personal_name
            || tokens
                .get(b)
                .is_some_and(|t| crate::tokens::is_possessive_token(t.text(text)))
            || pa > 0 && SPEECH_VERBS.has_token_lowercase(text, tokens, pa - 1)
        {
            continue;
        }
        found[m].label = tagger::list_label(text, token_run(tokens, a, b))
            .filter(|l| *l != Label::Person)
            .unwrap_or(Label::Place);
    }
}
