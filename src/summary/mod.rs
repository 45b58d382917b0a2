//! Extractive summary: the best sentences, in document order.
//!
//! 1. **Which sentences may be chosen** ([`lines`]): headlines and subheadings, bylines, datelines,
//!    credit lines, captions and bare list markers are never chosen. A sentence that starts with a
//!    list marker may be chosen; its span is unchanged (the summary is indices into `sentences`) and
//!    [`display_span`] gives the part to show without the marker.
//! 2. **A learned score** ([`features`], [`model`]): each eligible sentence's features (position,
//!    paragraph, length, keyphrase and entity coverage, centrality, the lead's quality, the first
//!    word, quotations, numbers, cues that it is not running prose) are weighed by a linear model
//!    trained by `article-analyzer train-summary` (native only: `train.rs`) on news articles whose
//!    sentences were labelled by a greedy ROUGE oracle, the labelling of SummaRuNNer (Nallapati, Zhai
//!    & Zhou 2017, "SummaRuNNer: A Recurrent Neural Network based Sequence Model for Extractive
//!    Summarization of Documents"), together with the sentence that best matches each reference
//!    sentence. Data, labels and figures: `data/summary_model.md`.
//! 3. **Selection with redundancy control**: sentences are taken best first; one that shares a word
//!    trigram with a sentence already taken is passed over (trigram blocking, as in Paulus, Xiong &
//!    Socher 2018 and Liu & Lapata 2019), and used only if too few others remain; an exact repeat of
//!    a chosen sentence is never used. The cost is linear in the text.
//!
//! The length is a count of sentences or a ratio of the text's sentences ([`Length`]). The chosen
//! indices are returned ascending; fewer than asked when the text has too few eligible sentences.

pub mod features;
pub use crate::sentences::furniture as lines;
pub mod model;
pub mod stem;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::entities::Entity;
use crate::keywords::Keyword;
use crate::text::Span;
use crate::tokens::{Forms, Token};

pub use features::KEYPHRASES_USED;

/// How long a summary should be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// This many sentences.
    Sentences(usize),
    /// This share of the text's sentences (0 < r <= 1), rounded up: `ceil(r * sentences)`.
    Ratio(f64),
}

impl Length {
    /// How many sentences to choose from a text of `n` sentences.
    pub fn count(self, n: usize) -> usize {
        match self {
            Length::Sentences(k) => k,
            Length::Ratio(r) if r > 0.0 && r.is_finite() => {
                ((r.min(1.0) * n as f64).ceil() as usize).min(n)
            }
            Length::Ratio(_) => 0,
        }
    }
}

/// What the summary reads: the text and the earlier stages' output.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The tokens' lower-case forms.
    pub forms: &'a Forms,
    /// Its sentences.
    pub sentences: &'a [Span],
    /// The kind of each sentence ([`lines::kinds`]).
    pub kinds: &'a [lines::Kind],
    /// Entity mentions, sorted, with their groups (every label, whatever the options report).
    pub entities: &'a [Entity],
    /// Ranked keyphrases (the features read the first [`KEYPHRASES_USED`]).
    pub keywords: &'a [Keyword],
}

/// The score of every eligible sentence: `(sentence index, score)`, in document order. Higher is
/// better; only the order within a text is meaningful.
pub fn scores(input: &Inputs) -> Vec<(usize, f32)> {
    let p = features::prepare(input);
    let w = model::weights();
    let mut out = crate::vecs::with_capacity(p.eligible.len());
    for k in 0..p.eligible.len() {
        crate::vecs::push(&mut out, (p.eligible[k], model::score(w, p.features(k))));
    }
    out
}

/// Indices of the summary's sentences, ascending.
pub fn summarize(input: &Inputs, length: Length) -> Vec<usize> {
    let limit = length.count(input.sentences.len());
    let offered = offers(input, limit);
    let mut picked: Vec<usize> = crate::vecs::with_capacity(offered.len());
    for o in &offered {
        crate::vecs::push(&mut picked, o.sentence);
    }
    crate::sort::sort(&mut picked);
    picked
}

/// A sentence that one piece of a long text offers for the summary (see [`crate::blocks`]).
#[derive(Clone, Debug)]
pub(crate) struct Offer {
    /// Index of the sentence in the piece's `sentences`.
    pub sentence: usize,
    /// Its score within the piece.
    pub score: f32,
    /// Hashes of its word and number tokens, for the redundancy control.
    pub words: Vec<u64>,
}

/// The (up to) `limit` sentences [`summarize`] chooses from `input`, in the order chosen, with their scores
/// and words.
pub(crate) fn offers(input: &Inputs, limit: usize) -> Vec<Offer> {
    if limit == 0 || input.sentences.is_empty() {
        return Vec::new();
    }
    let p = features::prepare(input);
    let w = model::weights();
    let mut scores: Vec<f32> = crate::vecs::with_capacity(p.eligible.len());
    for k in 0..p.eligible.len() {
        crate::vecs::push(&mut scores, model::score(w, p.features(k)));
    }
    let chosen = select(&p, &scores, limit);
    let mut out = crate::vecs::with_capacity(chosen.len());
    for k in chosen {
        crate::vecs::push(
            &mut out,
            Offer {
                sentence: *crate::vecs::at(&p.eligible, k),
                score: *crate::vecs::at(&scores, k),
                words: p.words(k).to_vec(),
            },
        );
    }
    out
}

/// Chooses `limit` of the offers of all the pieces of a long text by the same rules as one text's
/// selection (best score first, trigram blocking, no exact repeat); returns positions in `offers`,
/// unordered.
pub(crate) fn choose(offers: &[Offer], limit: usize) -> Vec<usize> {
    let mut scores: Vec<f32> = crate::vecs::with_capacity(offers.len());
    for o in offers {
        crate::vecs::push(&mut scores, o.score);
    }
    select_by(
        &scores,
        &|k| crate::vecs::at(offers, k).words.as_slice(),
        limit,
    )
}

/// A set of 64-bit hashes, kept as the keys of the index of a [`crate::model::hash::IdMap`] (values
/// unused): one hash table type fewer in the .wasm than a `HashSet<u64>`.
#[derive(Default)]
struct IdSet(crate::model::hash::KeyMap64<u32>);

impl IdSet {
    fn contains(&self, id: &u64) -> bool {
        crate::model::hash::lookup(&self.0, id).is_some()
    }

    /// Adds `id`; false when it was there already.
    fn insert(&mut self, id: u64) -> bool {
        self.0.insert(id, 0).is_none()
    }

    /// True when the set holds one of the trigrams of `words`. A plain loop, where `any` over a
    /// map of the windows brought the adapter's `try_fold` into the .wasm (and `contains_key` a
    /// probe of its own beside [`crate::model::hash::lookup`]'s).
    fn holds_trigram_of(&self, words: &[u64]) -> bool {
        for t in words.windows(3) {
            if self.contains(&trigram(t)) {
                return true;
            }
        }
        false
    }

    /// Adds every trigram of `words`.
    fn insert_trigrams_of(&mut self, words: &[u64]) {
        for t in words.windows(3) {
            self.insert(trigram(t));
        }
    }
}

/// The hash of the three words of `t`.
fn trigram(t: &[u64]) -> u64 {
    t[0].rotate_left(1)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(t[1].rotate_left(17))
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(t[2])
}

/// Best-first selection of `limit` eligible sentences (positions in `p.eligible`) with trigram
/// blocking; unordered.
pub(crate) fn select(p: &features::Prepared, scores: &[f32], limit: usize) -> Vec<usize> {
    select_by(scores, &|k| p.words(k), limit)
}

/// Item `k`'s word hashes for [`select_by`], behind `&dyn`: a trait of one method, so that the
/// trait object's table holds one copy of the closure's body (as [`crate::sort`]'s `Compare`).
trait WordsOf<'w> {
    fn words_of(&self, k: usize) -> &'w [u64];
}

impl<'w, F: Fn(usize) -> &'w [u64]> WordsOf<'w> for F {
    fn words_of(&self, k: usize) -> &'w [u64] {
        self(k)
    }
}

/// A hash of the word hashes `words` in their order, for [`select_by`]. Inlined natively; one call
/// in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn sequence_hash(words: &[u64]) -> u64 {
    words.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &w| {
        (h ^ w).wrapping_mul(0x100_0000_01b3).rotate_left(7)
    })
}

/// [`select`] over any scored items, `words(k)` giving item `k`'s word hashes.
/// One copy in the .wasm for the summary of one text and of a long text's pieces, where each
/// caller's closure brought its own copy of the selection.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn select_by<'w>(scores: &[f32], words_of: &dyn WordsOf<'w>, limit: usize) -> Vec<usize> {
    let words = |k: usize| words_of.words_of(k);
    let order = crate::sort::order(scores.len(), |a, b| {
        crate::vecs::at(scores, b).total_cmp(crate::vecs::at(scores, a))
    });
    let mut seen: IdSet = IdSet::default();
    // Hashes of the chosen sentences' word sequences, to keep exact repeats out.
    let mut texts: IdSet = IdSet::default();
    let text_of = |k: usize| sequence_hash(words(k));
    let mut chosen = crate::vecs::with_capacity(limit.min(order.len()));
    let mut blocked = Vec::new();
    for &k in &order {
        if chosen.len() >= limit {
            break;
        }
        if seen.holds_trigram_of(words(k)) {
            crate::vecs::push(&mut blocked, k);
            continue;
        }
        if texts.insert(text_of(k)) {
            seen.insert_trigrams_of(words(k));
            crate::vecs::push(&mut chosen, k);
        }
    }
    // Too few sentences without a shared trigram: take the blocked ones, best first, except exact
    // repeats of a sentence already chosen.
    for k in blocked {
        if chosen.len() >= limit {
            break;
        }
        if texts.insert(text_of(k)) {
            crate::vecs::push(&mut chosen, k);
        }
    }
    chosen
}

/// The part of a summary sentence to show: `span` without a leading list marker or bullet
/// (`- `, `• `, `2. `, `(b) `). The summary returns sentence indices, so a page that lists the
/// summary shows `display_span(text, sentences[i])`.
pub fn display_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let cut = lines::marker_len(s);
    if cut == 0 || cut >= s.len() {
        span
    } else {
        Span::new(span.start + cut, span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, length: Length) -> Vec<usize> {
        let tokens = crate::tokens::tokenize(text);
        let forms = Forms::new(text, &tokens);
        let sentences: Vec<Span> = crate::sentences::sentences(text).collect();
        summarize(
            &Inputs {
                text,
                tokens: &tokens,
                forms: &forms,
                sentences: &sentences,
                kinds: &lines::kinds(text, &sentences),
                entities: &[],
                keywords: &[],
            },
            length,
        )
    }

    #[test]
    fn prefers_the_lead_and_skips_repeats() {
        let text = "The storm hit the coast on Monday and cut power to many homes.\n\
                    The storm hit the coast on Monday and cut power to many homes.\n\
                    Rescue crews worked through the night to reach stranded families.\n\
                    Officials said schools would stay closed for the rest of the week.\n\
                    Photo: AP.";
        let got = run(text, Length::Sentences(2));
        assert!(got.contains(&0) != got.contains(&1), "{got:?}");
        assert_eq!(run(text, Length::Sentences(0)), Vec::<usize>::new());
        // The caption and the repeat are never chosen.
        let all = run(text, Length::Sentences(9));
        assert_eq!(all.len(), 3, "{all:?}");
        assert!(all.ends_with(&[2, 3]) && all[0] < 2, "{all:?}");
    }

    #[test]
    fn ratio_counts() {
        assert_eq!(Length::Ratio(0.3).count(10), 3);
        assert_eq!(Length::Ratio(0.25).count(10), 3);
        assert_eq!(Length::Ratio(1.0).count(7), 7);
        assert_eq!(Length::Ratio(0.01).count(7), 1);
        assert_eq!(Length::Ratio(0.5).count(0), 0);
        assert_eq!(Length::Sentences(4).count(2), 4);
    }

    #[test]
    fn display_drops_markers() {
        let text = "- Power was cut.";
        assert_eq!(
            display_span(text, Span::new(0, text.len())).slice(text),
            "Power was cut."
        );
        let text = "The end.";
        assert_eq!(
            display_span(text, Span::new(0, text.len())),
            Span::new(0, 8)
        );
    }
}
