//! Base noun phrases from part-of-speech tags: a left-to-right scanner over each sentence's tags, no
//! regular expressions and no model.
//!
//! A noun phrase is a maximal run of `[predeterminer] [determiner | possessive pronoun | 's]
//! modifiers* head` holding a noun or a number, where the modifiers are adjectives, numbers, nouns,
//! currency signs, participles before a noun (`rising prices`) and adverbs before a number or an
//! adjective (`about $ 5 million`, `a very long time`), and the head is a noun, a number or, after a
//! determiner, an adjective (`the poor`). Personal pronouns, existential `there`, wh-pronouns and
//! determiners standing alone (`this`, `all`) are noun phrases of one word. A possessive `'s` opens the
//! possessed noun's phrase (`[Japan] ['s economy]`), as the CoNLL chunking corpora mark it, unless no
//! noun follows (`[Moody 's] said`). Proper nouns joined by a conjunction are one phrase
//! (`[Derbyshire and Surrey]`); otherwise phrases never cross punctuation, a conjunction or a
//! sentence end, and they are base phrases: `[the price] of [oil]` is two.
//!
//! On CoNLL-2003 dev, with the corpus's own tags, this finds the corpus's noun phrases with an F1 of
//! about 88 (`article-analyzer eval pos` prints it beside the F1 with the tagger's tags).

use super::features::sentence_ranges;
use super::tags::Pos;
use crate::text::Span;
use crate::tokens::{token_at, token_run, Token};
use crate::vecs::{at, run};

/// The base noun phrases of a tagged text (`tags` from [`super::tag`], one per token), as byte spans
/// in order; none crosses a sentence end.
pub fn noun_phrases(tokens: &[Token], tags: &[Pos], sentences: &[Span]) -> Vec<Span> {
    let n = tokens.len().min(tags.len());
    let mut out = Vec::new();
    let mut found = Vec::new();
    for (a, b) in sentence_ranges(token_run(tokens, 0, n), sentences) {
        phrases(run(tags, a, b), &mut found);
        for &(i, j) in &found {
            crate::vecs::push(
                &mut out,
                Span::new(
                    token_at(tokens, a + i).span.start,
                    token_at(tokens, a + j - 1).span.end,
                ),
            );
        }
    }
    out
}

/// Words that may begin a phrase as its determiner.
fn is_determiner(p: Pos) -> bool {
    matches!(
        p,
        Pos::Determiner | Pos::PossessivePronoun | Pos::WhPossessive | Pos::WhDeterminer
    )
}

/// True when the word at `k` may stand inside a phrase before its head: nouns, adjectives, numbers
/// and currency signs; adverbs before a number or an adjective (`about $ 5`, `very long`); participles
/// before a noun or an adjective (`rising prices`, `the injured player`).
fn is_modifier_at(tags: &[Pos], k: usize) -> bool {
    let p = *at(tags, k);
    let next = tags.get(k + 1).copied();
    match p {
        Pos::Adverb | Pos::AdverbComparative | Pos::AdverbSuperlative => {
            crate::vecs::run(tags, k + 1, tags.len())
                .iter()
                .take(2)
                .any(|&q| matches!(q, Pos::Cardinal | Pos::Currency))
                || next.is_some_and(Pos::is_adjective)
        }
        Pos::VerbGerund | Pos::VerbPastParticiple => {
            next.is_some_and(|q| q.is_noun() || q.is_adjective())
        }
        p => {
            p.is_noun()
                || p.is_adjective()
                || matches!(p, Pos::Cardinal | Pos::Currency | Pos::Pound)
        }
    }
}

/// Words a phrase may end on.
fn is_head(p: Pos) -> bool {
    p.is_noun() || p.is_adjective() || p == Pos::Cardinal
}

/// The noun phrases of one sentence's tags, as half-open index ranges in order, into `out` (cleared
/// first: one buffer serves every sentence).
fn phrases(tags: &[Pos], out: &mut Vec<(usize, usize)>) {
    let n = tags.len();
    out.clear();
    let mut i = 0;
    while i < n {
        if matches!(tags[i], Pos::Pronoun | Pos::Existential | Pos::WhPronoun) {
            crate::vecs::push(out, (i, i + 1));
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        // `all the`, `both their`.
        if matches!(tags[j], Pos::Predeterminer | Pos::Determiner)
            && tags.get(j + 1).is_some_and(|&p| is_determiner(p))
        {
            j += 1;
        }
        // A possessive `'s` opens the possessed noun's phrase, like a determiner.
        let det = is_determiner(*at(tags, j)) || *at(tags, j) == Pos::Possessive;
        if det {
            j += 1;
        }
        // The longest run of modifiers (a participle never opens a phrase on its own), then back off
        // to the last head; proper nouns joined by a conjunction stay one phrase (`Derbyshire and
        // Surrey`).
        let (mut end, mut k) = (j, j);
        while k < n && is_modifier_at(tags, k) && !(tags[k] == Pos::VerbGerund && k == start) {
            k += 1;
            if is_head(tags[k - 1]) {
                end = k;
            }
            if k + 1 < n
                && *at(tags, k) == Pos::CoordConj
                && tags[k - 1].is_proper_noun()
                && tags[k + 1].is_proper_noun()
            {
                k += 1;
            }
        }
        let has_noun = run(tags, j, end)
            .iter()
            .any(|&p| p.is_noun() || p == Pos::Cardinal);
        if !(det || has_noun) {
            i += 1;
            continue;
        }
        // With a head, or a determiner standing alone (`this`, `all of them`).
        let mut end = end.max(j);
        // A possessive with no noun after it closes the phrase (`[Moody 's] said`).
        if end < n
            && tags[end] == Pos::Possessive
            && !(end + 1 < n && is_modifier_at(tags, end + 1))
        {
            end += 1;
        }
        match out.last_mut() {
            Some(last) if tags[start] == Pos::Possessive && end == j && last.1 == start => {
                last.1 = end;
            }
            _ => crate::vecs::push(out, (start, end)),
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Pos::*;

    fn spans(tags: &[Pos]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        phrases(tags, &mut out);
        out
    }

    #[test]
    fn base_phrases() {
        // the drug cartels moved their cash
        assert_eq!(
            spans(&[
                Determiner,
                Noun,
                NounPlural,
                VerbPast,
                PossessivePronoun,
                Noun
            ]),
            [(0, 3), (4, 6)]
        );
        // Japan 's economy grew; Moody 's said
        assert_eq!(
            spans(&[ProperNoun, Possessive, Noun, VerbPast]),
            [(0, 1), (1, 3)]
        );
        assert_eq!(spans(&[ProperNoun, Possessive, VerbPast]), [(0, 2)]);
        // Derbyshire and Surrey closed; stocks and bonds
        assert_eq!(
            spans(&[ProperNoun, CoordConj, ProperNoun, VerbPast]),
            [(0, 3)]
        );
        assert_eq!(
            spans(&[NounPlural, CoordConj, NounPlural]),
            [(0, 1), (2, 3)]
        );
        // a very long time; the most athletic players; all the attention
        assert_eq!(spans(&[Determiner, Adverb, Adjective, Noun]), [(0, 4)]);
        assert_eq!(
            spans(&[Determiner, AdverbSuperlative, Adjective, NounPlural]),
            [(0, 4)]
        );
        assert_eq!(spans(&[Determiner, Determiner, Noun]), [(0, 3)]);
        // taking three; is good
        assert_eq!(spans(&[VerbGerund, Cardinal]), [(1, 2)]);
        assert_eq!(spans(&[VerbPresent3rd, Adjective]), []);
        // he said about $ 5 million
        assert_eq!(
            spans(&[Pronoun, VerbPast, Adverb, Currency, Cardinal, Cardinal]),
            [(0, 1), (2, 6)]
        );
        // the price of oil , rising
        assert_eq!(
            spans(&[Determiner, Noun, Preposition, Noun, Comma, VerbGerund]),
            [(0, 2), (3, 4)]
        );
        // the rising prices
        assert_eq!(spans(&[Determiner, VerbGerund, NounPlural]), [(0, 3)]);
        assert_eq!(spans(&[Adverb, VerbPast]), []);
        assert_eq!(spans(&[]), []);
    }
}
