//! Line-ups and squads written as lists of names (`Given, Carr, Boumsong, Bramble, Babayaro`,
//! `Perugini, Intoppa, Del Fava, Dal Maso, Griffen`): a name among people in such a list is a
//! person too, though read alone it looks like a place or a company (`Boumsong`, `Keane`).

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::Token;
use crate::vecs::{at, at_mut};

/// The fewest names in a list that [`people_in_line_ups`] reads.
const MIN_LIST: usize = 5;

/// Relabels PERSON each name mention, read as something else, in a list of at least
/// [`MIN_LIST`] names joined by commas or semicolons alone, at least half of them people; not a
/// country or a nationality (`Ireland`, `French`), an organisation the lists know, nor a mention
/// of more than three words.
/// `found` is sorted.
pub(super) fn people_in_line_ups(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let joined = |a: &Candidate, b: &Candidate| {
        a.label.is_name()
            && b.label.is_name()
            && crate::text::is_one_of(Span::new(a.span.end, b.span.start).slice(text), ", |; ")
    };
    let mut start = 0;
    while start < found.len() {
        let mut end = start + 1;
        while end < found.len() && joined(at(found, end - 1), at(found, end)) {
            end += 1;
        }
        let people = (start..end)
            .filter(|&k| at(found, k).label == Label::Person)
            .count();
        if end - start >= MIN_LIST && 2 * people >= end - start {
            for k in start..end {
                let c = *at(found, k);
                if c.label == Label::Person || c.source != Source::Name {
                    continue;
                }
                let (i, j) = super::names::token_range(tokens, c.span);
                let listed = super::tagger::listed_run(text, tokens, i, j);
                // Not a band or a company the lists know among the people (`Jamelia, OutKast,
                // Hoobastank`).
                let known_org = c.label == Label::Org
                    && (listed.trained_org
                        || super::tagger::lexicon::known_span(text, c.span) == Some(Label::Org));
                if j <= i + 3
                    && !listed.country
                    && !known_org
                    && !super::tagger::lexicon::is_nationality(c.span.slice(text))
                {
                    at_mut(found, k).label = Label::Person;
                }
            }
        }
        start = end;
    }
}
