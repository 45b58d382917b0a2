//! People named in a title-case headline before its verb (`Lance Paulk Resigns After Row Over
//! Expenses`, `Mayor Tonya Friedt Quits`): there every word has a capital, so the tagger, which
//! reads capitals as names' marks, finds nothing, and the lists know only the famous.

use super::headline_lines::HeadlineLines;
use super::{add_sorted, is_first_and_surname, is_headline_verb, is_rare_word, space_before};
use crate::entities::{Candidate, Label, Source};
use crate::text::{ending_by, is_upper, starting_before, starts_by, Span};
use crate::tokens::{is_possessive_token, token_at, token_run, Token};

/// Adds a PERSON mention for the two words right before a title-case headline's verb ([`is_verb`])
/// or a possessive when they are a person's first name and surname ([`is_person`]) and no mention
/// runs across them (one inside them gives way), and for one listed surname before the verb (see
/// below). `lines` are the flags of `sentences`; `found` is sorted and stays so.
pub(super) fn add(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    lines: &HeadlineLines,
    found: &mut Vec<Candidate>,
) {
    let mut add = Vec::new();
    for (a, b) in lines.title_case_runs(tokens, sentences) {
        for v in a + 2..b {
            let verb = token_at(tokens, v);
            // A plural's `-s` reads as a verb's too (`Prices`): then the first name must be no
            // word of general English (not `Rose Gold Prices Surge`).
            let plural_too = is_rare_word(token_at(tokens, v - 2).text(text));
            // A possessive reads as the verb does (`Elliott Hill's Turnaround Takes Hold`).
            let possessive = is_possessive_token(verb.text(text));
            if !(possessive || is_verb(text, verb, plural_too) && space_before(text, tokens, v))
                || !space_before(text, tokens, v - 1)
                || !is_person(text, token_run(tokens, v - 2, v))
            {
                continue;
            }
            push_person(tokens, v - 2, found, &mut add);
        }
    }
    // A first name and a surname after a verb or a preposition, ending the headline or before a
    // small word or a comma (`Cal Raleigh Passes Mickey Mantle for Most Home Runs`, `Record Set by
    // Strom Thurmond in 1957`, `Sales Beat Forecasts Under Richard Dickson`); before a possessive
    // the loop above has it.
    for (a, b) in lines.title_case_runs(tokens, sentences) {
        for f in a + 1..b.saturating_sub(1) {
            let before = token_at(tokens, f - 1);
            let w = before.text(text);
            let opened = starts_by(w, crate::text::is_lower)
                || PREPOSITIONS_CAPITALISED.contains(&w)
                || is_verb(text, before, true);
            let closed = f + 2 == b || {
                let next = token_at(tokens, f + 2).text(text);
                starts_by(next, crate::text::is_lower) || CLAUSE_MARKS.contains(next)
            };
            // The surname neither a verb (`Trump and Xi Agree to`) nor a mark.
            let surname = token_at(tokens, f + 1);
            if !opened
                || !closed
                || !starts_by(surname.text(text), is_upper)
                || is_verb(text, surname, true)
                // Before `to` the second word may be a headline's verb (`Xi Agree to`).
                || f + 2 < b && token_at(tokens, f + 2).text(text) == "to"
                || !space_before(text, tokens, f)
                || !space_before(text, tokens, f + 1)
                || !is_person(text, token_run(tokens, f, f + 2))
            {
                continue;
            }
            push_person(tokens, f, found, &mut add);
        }
    }
    // One word before the verb, opening the headline or after an owner's possessive or a small
    // word, a name of the lists' people that the part-of-speech lexicon has as a proper noun only,
    // if at all, is a person (`Samsung's Lee Says`, `Swinney Puts Independence at Heart of...`,
    // `... as Espinosa Cuts Costs`), also when the tagger read it alone as something else
    // (`Wembanyama Scores 38`, read as ORG).
    for (a, b) in lines.title_case_runs(tokens, sentences) {
        for v in a + 1..b {
            let name = token_at(tokens, v - 1);
            let w = name.text(text);
            let one = std::slice::from_ref(name);
            let opens = v - 1 == a
                || v >= a + 2 && {
                    let before = token_at(tokens, v - 2).text(text);
                    is_possessive_token(before) || BEFORE_SUBJECT.contains(&before)
                };
            if !opens
                || !starts_by(w, is_upper)
                || !space_before(text, tokens, v)
                || v - 1 > a && !space_before(text, tokens, v - 1)
                || !is_verb(text, token_at(tokens, v), true)
            {
                continue;
            }
            // The tagger's mention of that one word alone takes the label; any other keeps it.
            // (`found` is sorted: the first mention ending after the word's start, if it overlaps.)
            let k = ending_by(found, name.span.start);
            let covering = found
                .get(k)
                .filter(|c| c.span.start < name.span.end)
                .map(|_| k);
            if covering
                .is_some_and(|k| found[k].span != name.span || found[k].source != Source::Name)
            {
                continue;
            }
            let l = crate::entities::tagger::listed(text, one);
            let everyday = crate::pos::known_tags(w).is_some_and(|tags| {
                use crate::pos::Pos;
                tags & !(Pos::ProperNoun.bit() | Pos::ProperNounPlural.bit()) != 0
            });
            if !(l.personal_name && !l.misc && !l.place && !everyday) {
                continue;
            }
            match covering {
                // Not a club or a company of the training data or the lists (`Chelsea Sign ...`).
                Some(k) => {
                    if !(l.trained_org || crate::entities::tagger::list_label(text, one).is_some())
                    {
                        crate::vecs::at_mut(found, k).label = Label::Person;
                    }
                }
                None => Candidate::push_to(&mut add, name.span, Label::Person, Source::Name),
            }
        }
    }
    if !add.is_empty() {
        crate::entities::drop_empty(found);
    }
    add_sorted(found, add);
}

/// Adds to `add` a PERSON mention of the two tokens from `first` when no mention of `found` runs
/// across them; the tagger's mentions inside them give way (`Clinton` of `Clinton Jonson`), left
/// empty for the caller to drop.
fn push_person(tokens: &[Token], first: usize, found: &mut [Candidate], add: &mut Vec<Candidate>) {
    let span = Span::new(
        token_at(tokens, first).span.start,
        token_at(tokens, first + 1).span.end,
    );
    let k = ending_by(found, span.start);
    let j = k + starting_before(crate::vecs::run(found, k, found.len()), span.end);
    if crate::vecs::run(found, k, j)
        .iter()
        .all(|c| span.start <= c.span.start && c.span.end <= span.end && c.source == Source::Name)
    {
        for c in crate::vecs::run_mut(found, k, j) {
            c.span = Span::new(c.span.start, c.span.start);
        }
        Candidate::push_to(add, span, Label::Person, Source::Name);
    }
}

/// True for a headline's verb ([`is_headline_verb`]; `Wins` when `plural_too`), a speech verb
/// (`Says`) or a word the part-of-speech lexicon has, in lower case, as a verb and never as a noun
/// or adjective.
fn is_verb(text: &str, t: &Token, plural_too: bool) -> bool {
    use crate::pos::Pos;
    let low = crate::case::lowercase(t.text(text));
    let verb_only = crate::pos::known_tags(&low).is_some_and(|tags| {
        let verb = Pos::VerbPresent3rd.bit() | Pos::VerbPast.bit() | Pos::VerbPresent.bit();
        let noun = Pos::Noun.bit() | Pos::NounPlural.bit() | Pos::Adjective.bit();
        tags & verb != 0 && tags & noun == 0
    });
    is_headline_verb(text, t, plural_too)
        || super::super::consistency::SPEECH_VERBS.contains(&low.as_str())
        || verb_only
}

/// True when the two tokens of `run` are a first name and a surname of the lists, one of them rare
/// in general English ([`is_first_and_surname`]: not `May Day`), or a first name of the lists and a
/// word general English does not know, no common noun of the part-of-speech lexicon, that no list
/// has as anything else (`Lance Paulk`; not `Grace Fund`, `Isabel Athens`, nor `Christian
/// Genocide`, whose first word is a MISC word too).
fn is_person(text: &str, run: &[Token]) -> bool {
    if is_first_and_surname(text, run) {
        return true;
    }
    let [first, last] = run else {
        return false;
    };
    let listed = |t: &Token| crate::entities::tagger::listed(text, std::slice::from_ref(t));
    let (f, l) = (listed(first), listed(last));
    let one = std::slice::from_ref(last);
    let title =
        super::super::consistency::is_person_title(&crate::case::lowercase(first.text(text)));
    let noun = super::is_common_noun(&crate::case::lowercase(last.text(text)));
    let first_name_only = f.first_name && !f.misc && !f.place && !title;
    let unknown_surname = is_rare_word(last.text(text))
        && !noun
        && !(l.trained || l.place || l.misc || l.first_name)
        && crate::entities::tagger::list_label(text, one).is_none();
    first_name_only && unknown_surname
}

crate::word_list::word_lists! {
    /// The marks after a headline's name that close it (`Xi Jinping:`).
    const CLAUSE_MARKS = ", : ;";
    /// Small words of a headline before its clause's subject.
    const BEFORE_SUBJECT = "as after and while before with";
    /// Prepositions as a title-case headline writes them, before a person's name (`Under Richard
    /// Dickson`).
    const PREPOSITIONS_CAPITALISED = "Under After With For Against Over Behind Before Without From To By \
        As At Of";
}
