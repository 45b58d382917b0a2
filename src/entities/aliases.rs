//! A name's other name after `known as` (`the bank's Monetary Policy Committee, known as Copom`,
//! `Mohamed Hamdan Dagalo, known as Hemedti`): the same kind of name, at each of its mentions. In
//! CoNLL-2003, WikiNEuRal, the Broad Twitter Corpus and the self-written sets, all 9 names so
//! introduced have the label of the name before them.

use super::Candidate;
use crate::text::Span;

/// The words between a name and its other name (with the comma: `militia in Iraq known as Hashid
/// Shaabi` names the militia, not Iraq).
const KNOWN_AS: [&str; 2] = [", known as ", ", also known as "];

/// Gives each name introduced by `known as` after a name mention that mention's label, at every
/// mention spelled the same. `found` is sorted; spans do not change.
pub(crate) fn label_aliases(text: &str, found: &mut [Candidate]) {
    // (spelling, label) of the aliases, at most 32 (the work stays linear in any text).
    let mut aliases: Vec<(&str, super::Label)> = Vec::new();
    for i in 1..found.len() {
        let (a, b) = (found[i - 1], found[i]);
        let between = Span::new(a.span.end, b.span.start).slice(text);
        if a.label.is_name()
            && b.label.is_name()
            && aliases.len() < 32
            && KNOWN_AS
                .iter()
                .any(|k| between.strip_suffix('"').unwrap_or(between) == *k)
        {
            crate::vecs::push(&mut aliases, (b.span.slice(text), a.label));
        }
    }
    if aliases.is_empty() {
        return;
    }
    for c in found.iter_mut() {
        if let Some(&(_, label)) = aliases.iter().find(|(s, _)| *s == c.span.slice(text)) {
            c.label = label;
        }
    }
}
