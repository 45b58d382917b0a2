//! A list of places is a list of places: in `Paris, Lyon and Rennes` the last city is no club,
//! though the tagger, which knows `Rennes` from the sports pages, read it as one. A mention read as
//! an organisation in a list of three names or more (joined by commas and a last `and` or `or`)
//! whose other items are all places becomes a place when it is one word the lists have as a city
//! or a place, and no country; not in a sentence about sport, where cities name clubs
//! or after `clubs`, `sides` or `teams` (`the north east clubs Sunderland, Newcastle and
//! Middlesbrough`).

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{Forms, Token};

/// The separators of a list's items: a comma, `and` or `or`, with a comma before them or not.
fn joins(between: &str) -> bool {
    matches!(between, ", " | " and " | ", and " | " or " | ", or ")
}

/// Relabels the organisations of lists of places (`found` is sorted and disjoint).
pub(super) fn label_place_lists(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let mut start = 0;
    while start < found.len() {
        // The run of names joined by list separators from `start`.
        let mut end = start + 1;
        while end < found.len() {
            let (a, b) = (found[end - 1], found[end]);
            if !a.label.is_name()
                || !b.label.is_name()
                || !joins(Span::new(a.span.end, b.span.start).slice(text))
            {
                break;
            }
            end += 1;
        }
        if end - start >= 3 && found[start].label.is_name() {
            let run = &found[start..end];
            let places = run.iter().filter(|c| c.label == Label::Place).count();
            let orgs = run.iter().filter(|c| c.label == Label::Org).count();
            let before = crate::text::head(text, found[start].span.start);
            let teams = ["clubs ", "sides ", "teams "]
                .iter()
                .any(|w| before.ends_with(w));
            if orgs == 1
                && places == run.len() - 1
                && !teams
                && !super::score_lines::in_sport_sentence(
                    tokens,
                    forms,
                    sentences,
                    found[start].span.start,
                )
            {
                for c in &mut found[start..end] {
                    let (a, b) = super::names::token_range(tokens, c.span);
                    let listed = super::tagger::listed_run(text, tokens, a, b);
                    if c.label == Label::Org
                        && c.source == Source::Name
                        && b == a + 1
                        && (listed.city || listed.place)
                        && !listed.country
                    {
                        c.label = Label::Place;
                    }
                }
            }
        }
        start = end;
    }
}
