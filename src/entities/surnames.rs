//! A person's surname alone elsewhere in the text, where the tagger found no name (`Chief executive
//! Stuart Machin said... Machin declined to say whether a ransom had been paid`): the tagger reads a
//! sentence's first capital as saying little, and `declined` is no speech verb. CoNLL-2003 marks
//! such a later mention PER, as it does the surname after a full name; a name's words elsewhere are
//! evidence for it (the document-level consistency of Ratinov & Roth 2009).

use super::{Candidate, Label, Source};
use crate::text::{all_char, chars, is_lower, is_upper, starting_before, starts_by};
use crate::tokens::{token_text, Forms, Token};
use crate::vecs::{at, at_mut, run};
use crate::word_list::ARTICLES;

/// Adds a PERSON mention for each lone word that is the surname of a person named in full in the
/// text: one word in title case of three letters or more, not one of general English's commonest
/// words (`King`, `Church`), that no mention holds, with no capitalised word after it (it would
/// open another name: `Machin Foundation`) nor a noun that it would modify (`Church ministers`, where
/// the tagger read `Joy Church` as a person), not after an article (`the King`) and not a hashtag's
/// or a handle's word. A surname joined to its name by `al-` or `el-` comes back without it, also
/// after a one-word name (`al-Sharaa said` ... `Sharaa`). `found` is sorted and disjoint, and stays
/// so.
pub(super) fn add_lone_surnames(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    found: &mut Vec<Candidate>,
) {
    // The surnames' spellings, marked in a table by spelling id: one look-up a token.
    let mut surname = crate::vecs::filled(false, forms.spellings());
    let mut any = false;
    // Surnames written alone without the article that joins them to the name (`Ahmed al-Sharaa`
    // ... `Sharaa set up`, `Abdel Fattah al-Burhan` ... `Burhan rejected`), as the wires write
    // Arabic names.
    let mut bare: Vec<&str> = Vec::new();
    for c in found.iter() {
        if c.label != Label::Person {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        if b <= a {
            continue;
        }
        let last = token_text(text, tokens, b - 1);
        if b > a + 1 && !forms.is_stopword(b - 1) && is_surname_form(last) {
            if let Some(id) = forms.spelling(b - 1) {
                *at_mut(&mut surname, id.index()) = true;
                any = true;
            }
        }
        if let Some(rest) = ["al-", "Al-", "el-", "El-"]
            .iter()
            .find_map(|p| last.strip_prefix(p))
            .filter(|rest| is_surname_form(rest) && bare.len() < 32 && !bare.contains(rest))
        {
            // At most 32 of them, read as a list (the work stays linear in any text).
            crate::vecs::push(&mut bare, rest);
            any = true;
        }
    }
    if !any {
        return;
    }
    let mut add = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if !forms
            .spelling(k)
            .is_some_and(|id| *at(&surname, id.index()))
            && !bare.contains(&t.text(text))
        {
            continue;
        }
        let i = starting_before(found, t.span.end);
        let held = i > 0 && at(found, i - 1).span.end > t.span.start;
        let next = token_text(text, tokens, k + 1);
        let tagged = matches!(
            run(text.as_bytes(), 0, t.span.start).last(),
            Some(b'#' | b'@')
        );
        if held
            || tagged
            || ARTICLES.has_lower(forms, k.wrapping_sub(1))
            || starts_by(next, is_upper)
            || is_noun_only(next)
        {
            continue;
        }
        Candidate::push_to(&mut add, t.span, Label::Person, Source::Name);
    }
    if !add.is_empty() {
        crate::vecs::extend(found, add);
        super::sort_by_start(found);
    }
}

/// True for a word a surname alone is written as: a capital, then two or more lower-case letters;
/// not one of general English's commonest words (Zipf 5 and above: `King`, `Church`, `Trust`; the
/// word as written, not its stem: `Machin` is no `machine`), nor the last word of an organisation's
/// or a place's name (`Gallery`, a tagger's person of `Steven Kasher Gallery`).
fn is_surname_form(w: &str) -> bool {
    let mut cs = chars(w);
    cs.next().is_some_and(is_upper)
        && cs.clone().count() >= 2
        && all_char(cs.as_str(), is_lower)
        && super::names::label_by_last_word(w).is_none()
}

/// True when the part-of-speech lexicon has `w` as a common noun and never as a verb (`ministers`,
/// `companies`; not `says`, `beat`).
fn is_noun_only(w: &str) -> bool {
    use crate::pos::Pos;
    let nouns = Pos::Noun.bit() | Pos::NounPlural.bit();
    let verbs = Pos::mask(|p| p.is_verb() && p != Pos::Modal);
    crate::pos::known_tags(w).is_some_and(|tags| tags & nouns != 0 && tags & verbs == 0)
}
