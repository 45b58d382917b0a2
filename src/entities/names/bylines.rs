//! Two line-opening shapes of pasted wire copy where the tagger runs a person's name on into the
//! next word: a byline with its dateline on the same line (`By Marta Oliveira LISBON (Reuters) -`,
//! `By Claire Dubois and Ivan Petrenko GENEVA (AP) —`), and a speech verb before the speaker in a
//! headline (`Rates Will Fall Soon, Says Lagarde`); and a byline's role after the reporter's outlet or
//! beat (`By Marisa Okonkwo, AP Basketball Writer`).

use super::{token_range, Candidate, Label};
use crate::text::{all_char, any_char, is_lower, is_upper, Span};
use crate::tokens::{token_at, token_is, token_text, Token};

/// Splits a person's mention (or a name opened by a listed first name) of three words or more,
/// in a byline or anywhere else, whose last word is a listed place in capitals
/// (a dateline's), after title-case words and before `(`, `,` or a dash: the person, then the
/// place.
pub(super) fn split_byline_datelines(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        // The tagger reads the words before a place as the place's too (`Petra Lindqvist
        // GENEVA` as one place): a first name of the lists opens a person's.
        if b < a + 3
            || !(c.label == Label::Person
                || super::super::tagger::listed_run(text, tokens, a, a + 1).first_name)
        {
            continue;
        }
        let last = token_text(text, tokens, b - 1);
        let capitals = last.len() >= 3 && all_char(last, |ch| is_upper(ch) || ch == '-');
        let title = (a..b - 1).all(|k| {
            let w = token_text(text, tokens, k);
            any_char(w, is_upper) && any_char(w, is_lower)
        });
        let dateline = ["(", ",", "—", "-", "–"]
            .iter()
            .any(|mark| token_is(text, tokens, b, mark));
        if capitals
            && title
            && dateline
            && super::super::tagger::listed_run(text, tokens, b - 1, b).place
        {
            let place = token_at(tokens, b - 1).span;
            c.span = Span::new(c.span.start, token_at(tokens, b - 2).span.end);
            c.label = Label::Person;
            Candidate::push_to(&mut add, place, Label::Place, c.source);
        }
    }
    super::add_sorted(found, add);
}

/// Takes a title-case speech verb off the start of a mention (`Says McCullum` after a headline's
/// comma): no name opens with one.
pub(super) fn without_opening_says(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b > a + 1 && SAYS.has_token(text, tokens, a) {
            c.span = Span::new(token_at(tokens, a + 1).span.start, c.span.end);
        }
    }
}

crate::word_list::word_lists! {
    /// A headline's `says` before a byline's name.
    const SAYS = "Says SAYS";
    /// A reporter's role, the last word of a byline's title.
    const BYLINE_ROLES = "Writer Correspondent Editor Reporter Columnist Chief Producer Photographer";
}

/// Cuts a mention after a byline's comma that ends in a reporter's role (`AP Basketball Writer`)
/// to its longest opening run of words that the lists know (the outlet or a place: `AP`), with
/// their label; drops it when none do (`Kelvar Gazette Bureau Chief`).
pub(super) fn cut_byline_roles(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut cut = false;
    let mut people = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        // A beat before a role in lower case (`By Eleanor Fairbrass, Tennis correspondent`) is no
        // name, unless a place or an outlet the lists know (`Europe correspondent`, a place as the
        // sets mark it; `CNN correspondent`, `Reuters staff`).
        if super::BYLINE_ROLES.has_token(text, tokens, b) && in_byline(text, c.span) && {
            let l = super::super::tagger::listed_run(text, tokens, a, b);
            !(l.place || l.trained_org || l.only_org)
                && crate::entities::tagger::lexicon::known_tokens_run(text, tokens, a, b).is_none()
        } {
            c.span = Span::new(c.span.start, c.span.start);
            cut = true;
            continue;
        }
        // An outlet and a beat before a role outside a byline (`AP Airlines Writer Savannah Hollis
        // reported from Atlanta.`): the outlet alone, and the person after the role; not a
        // company's `Chief Executive`.
        let role = (a + 2..b + 1).find(|&r| {
            BYLINE_ROLES.has_token(text, tokens, r) && !token_at(tokens, r).is(text, "Chief")
        });
        if let Some(r) = role.filter(|_| {
            crate::entities::tagger::lexicon::known_tokens_run(text, tokens, a, a + 1)
                == Some(Label::Org)
        }) {
            if r + 1 < b {
                let person = Span::new(token_at(tokens, r + 1).span.start, c.span.end);
                Candidate::push_to(&mut people, person, Label::Person, c.source);
            }
            c.span = token_at(tokens, a).span;
            c.label = Label::Org;
            continue;
        }
        if b < a + 2 || !BYLINE_ROLES.has_token(text, tokens, b - 1) || !in_byline(text, c.span) {
            continue;
        }
        // The longest known run from `a`, in a plain loop down from `b`, where a find_map over
        // the range's rev brought the adapter's loop into the .wasm.
        let mut known = None;
        let mut k = b;
        while k > a + 1 {
            k -= 1;
            let label = crate::entities::tagger::lexicon::known_tokens_run(text, tokens, a, k)
                .or_else(|| {
                    super::super::tagger::listed_run(text, tokens, a, k)
                        .place
                        .then_some(Label::Place)
                });
            if let Some(label) = label {
                known = Some((k, label));
                break;
            }
        }
        c.span = match known {
            Some((k, label)) => {
                c.label = label;
                Span::new(c.span.start, token_at(tokens, k - 1).span.end)
            }
            None => Span::new(c.span.start, c.span.start),
        };
        cut = true;
    }
    if cut {
        crate::entities::drop_empty(found);
    }
    super::add_sorted(found, people);
}

/// True when `span` follows a comma on a line that opens with `By ` (a byline) at most 80 bytes
/// before it.
fn in_byline(text: &str, span: Span) -> bool {
    let head = crate::text::head(text, span.start);
    if !head.ends_with(", ") {
        return false;
    }
    let line = match head.bytes().rev().take(80).position(|b| b == b'\n') {
        Some(back) => crate::text::tail(head, head.len() - back),
        None if head.len() <= 80 => head,
        None => return false,
    };
    line.starts_with("By ") || line.starts_with("BY ")
}
