//! The name recogniser: PERSON, ORG, PLACE and MISC mentions.
//!
//! Names come from the learned tagger ([`super::tagger`]: an averaged perceptron over BILOU tags with
//! Viterbi decoding, trained on CoNLL-2003). This module is the stage's entry point, so that the rest of
//! the pipeline does not depend on how names are found.

use std::sync::OnceLock;

use super::gazetteer::Gazetteer;
use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{Forms, Token};

/// Every name mention in the text (`tokens` and `sentences` are the text's own).
pub fn find(text: &str, tokens: &[Token], forms: &Forms, sentences: &[Span]) -> Vec<Candidate> {
    let mut found = super::tagger::find(text, tokens, forms, sentences);
    recover(text, tokens, sentences, &mut found);
    found
}

/// The project's lists of organisations and people in the news, compiled as a gazetteer (a word with a
/// capital matches as written or in full capitals).
fn lists() -> &'static Gazetteer {
    static CELL: OnceLock<Gazetteer> = OnceLock::new();
    CELL.get_or_init(|| Gazetteer::new(&super::tagger::lexicon::entries()))
}

/// Adds the names of the project's lists that the tagger missed or cut short (`Uber` opening a
/// sentence, `Suk Yeol` for `Yoon Suk Yeol`): a list match that no tagger mention overlaps becomes a
/// mention, and one that holds every tagger mention it overlaps replaces them. A single word opening a
/// sentence must not be an everyday English word (`Snap`, `Target` may start a sentence as words).
fn recover(text: &str, tokens: &[Token], sentences: &[Span], found: &mut Vec<Candidate>) {
    let listed = lists().find(text, tokens, sentences);
    // `found` is sorted and disjoint: the mentions a match overlaps are a run found by binary search.
    let mut drop = vec![false; found.len()];
    let mut add = Vec::new();
    for m in listed {
        let a = found.partition_point(|c| c.span.end <= m.span.start);
        let b = found.partition_point(|c| c.span.start < m.span.end).max(a);
        let over = &found[a..b];
        let inside = over
            .iter()
            .all(|c| m.span.start <= c.span.start && c.span.end <= m.span.end);
        if !inside || (over.len() == 1 && over[0].span == m.span) {
            continue;
        }
        if over.is_empty() && !plausible(text, tokens, sentences, m.span, m.label == Label::Misc) {
            continue;
        }
        drop[a..b].iter_mut().for_each(|d| *d = true);
        add.push(Candidate {
            span: m.span,
            label: m.label,
            source: Source::Name,
        });
    }
    if add.is_empty() {
        return;
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    found.extend(add);
    crate::sort::sort_by(found, |a, b| a.span.start.cmp(&b.span.start));
}

/// True unless the list match at `span` is one word, opening a sentence, in capitals (a headline's
/// `TARGET`) or anywhere when `anywhere` (an event: `Open`, `Cup`), that is also an everyday English
/// word or a stopword.
fn plausible(text: &str, tokens: &[Token], sentences: &[Span], span: Span, anywhere: bool) -> bool {
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let end = tokens.partition_point(|t| t.span.start < span.end);
    if end != first + 1 {
        return true;
    }
    let word = span.slice(text);
    let caps = word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !word.chars().any(char::is_lowercase);
    let k = sentences.partition_point(|s| s.end <= span.start);
    let opens = anywhere
        || caps
        || sentences.get(k).is_none_or(|s| {
            tokens[..first]
                .iter()
                .rev()
                .take_while(|t| t.span.start >= s.start)
                .all(|t| !t.text(text).chars().any(char::is_alphanumeric))
        });
    if !opens {
        return true;
    }
    let low = span.slice(text).to_lowercase();
    let stem = crate::keywords::stem::stem(&low);
    !crate::stopwords::is_stopword(&low)
        && crate::keywords::rarity::zipf(&stem) <= crate::keywords::rarity::UNKNOWN_ZIPF
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Label;

    #[test]
    fn the_embedded_model_loads_and_tags() {
        assert!(
            super::super::tagger::available(),
            "data/ner_model.bin must decode"
        );
        let text = "Marco Rubio met officials in Mexico City on Tuesday.";
        let toks = crate::tokens::tokenize(text);
        let sents: Vec<Span> = crate::sentences::sentences(text).collect();
        let forms = crate::tokens::Forms::new(text, &toks);
        let found: Vec<(&str, Label)> = find(text, &toks, &forms, &sents)
            .iter()
            .map(|c| (c.span.slice(text), c.label))
            .collect();
        assert!(found.contains(&("Marco Rubio", Label::Person)), "{found:?}");
        assert!(found.contains(&("Mexico City", Label::Place)), "{found:?}");
    }
}
