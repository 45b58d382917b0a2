//! Extractive summary: the best sentences, in document order.
//!
//! Each sentence gets a base score from two signals:
//! - position: news puts the gist first (the lead bias that makes Lead-3 a hard baseline; see
//!   Nenkova 2005, "Automatic text summarization of newswire: lessons learned from the DUC"), weighted
//!   `1 / (1 + 0.5 i)` for the sentence at index `i`;
//! - centrality: the cosine between the sentence's content words and the document's profile (for each
//!   word, the number of sentences that hold it), the centroid idea of Radev et al. 2004 ("Centroid-based
//!   summarization of multiple documents"), weighted 0.5.
//!
//! Sentences under six words (datelines, bylines, captions) keep half their score. Sentences are then
//! chosen greedily by maximal marginal relevance (Carbonell & Goldstein 1998): each pick maximises the
//! base score minus 0.8 times its greatest cosine to a sentence already chosen, which keeps repeats out.
//! The weights were tuned on the shared news dev set only. The chosen indices are returned ascending.
//!
//! Keyphrases are not used: on the dev set they added nothing beyond centrality.

use std::collections::HashMap;

use crate::keywords::Keyword;
use crate::stopwords::is_stopword;
use crate::text::Span;

const POSITION_DECAY: f64 = 0.5;
const CENTRALITY: f64 = 0.5;
const REDUNDANCY: f64 = 0.8;
const SHORT_WORDS: usize = 6;
const SHORT_FACTOR: f64 = 0.5;
/// Above this many (picks x sentences) comparisons, redundancy control is skipped.
const MMR_BUDGET: usize = 20_000_000;

/// A sparse bag of words with its norm.
struct Bag {
    counts: HashMap<String, f64>,
    norm: f64,
}

impl Bag {
    fn new(counts: HashMap<String, f64>) -> Self {
        let norm = counts.values().map(|v| v * v).sum::<f64>().sqrt();
        Bag { counts, norm }
    }

    fn cosine(&self, other: &Bag) -> f64 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let (small, large) = if self.counts.len() <= other.counts.len() {
            (self, other)
        } else {
            (other, self)
        };
        let dot: f64 = small
            .counts
            .iter()
            .map(|(w, v)| v * large.counts.get(w).copied().unwrap_or(0.0))
            .sum();
        dot / (self.norm * other.norm)
    }
}

/// Lower-case content words of a sentence (letters and digits; stopwords and one-letter words out).
fn content_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().nth(1).is_some() && !is_stopword(w))
        .map(str::to_lowercase)
}

/// Indices of the `limit` best sentences, ascending.
pub fn summarize(text: &str, sentences: &[Span], keywords: &[Keyword], limit: usize) -> Vec<usize> {
    let _ = keywords;
    let n = sentences.len();
    if limit == 0 || n == 0 {
        return Vec::new();
    }
    if limit >= n {
        return (0..n).collect();
    }
    let bags: Vec<Bag> = sentences
        .iter()
        .map(|s| {
            let mut counts: HashMap<String, f64> = HashMap::new();
            for w in content_words(s.slice(text)) {
                *counts.entry(w).or_default() += 1.0;
            }
            Bag::new(counts)
        })
        .collect();
    let mut profile: HashMap<String, f64> = HashMap::new();
    for b in &bags {
        for w in b.counts.keys() {
            *profile.entry(w.clone()).or_default() += 1.0;
        }
    }
    let profile = Bag::new(profile);
    let base: Vec<f64> = sentences
        .iter()
        .zip(&bags)
        .enumerate()
        .map(|(i, (s, b))| {
            let position = 1.0 / (1.0 + POSITION_DECAY * i as f64);
            let score = position + CENTRALITY * b.cosine(&profile);
            let words = s.slice(text).split_whitespace().count();
            if words < SHORT_WORDS {
                score * SHORT_FACTOR
            } else {
                score
            }
        })
        .collect();
    let mut chosen: Vec<usize> = Vec::with_capacity(limit);
    if limit.saturating_mul(n) > MMR_BUDGET {
        // Very long summaries of very long texts: rank by base score alone, keeping the cost linear.
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| base[b].total_cmp(&base[a]).then(a.cmp(&b)));
        chosen.extend(order.into_iter().take(limit));
        chosen.sort_unstable();
        return chosen;
    }
    let mut redundancy = vec![0.0f64; n];
    while chosen.len() < limit {
        let mut best: Option<(f64, usize)> = None;
        for i in 0..n {
            if chosen.contains(&i) {
                continue;
            }
            let v = base[i] - REDUNDANCY * redundancy[i];
            if best.is_none_or(|(bv, _)| v > bv) {
                best = Some((v, i));
            }
        }
        let Some((_, pick)) = best else { break };
        chosen.push(pick);
        for i in 0..n {
            redundancy[i] = redundancy[i].max(bags[i].cosine(&bags[pick]));
        }
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<Span> {
        crate::sentences::sentences(text).collect()
    }

    #[test]
    fn prefers_the_lead_and_skips_repeats() {
        let text = "The storm hit the coast on Monday and cut power to many homes.\n\
                    The storm hit the coast on Monday and cut power to many homes.\n\
                    Rescue crews worked through the night to reach stranded families.\n\
                    Officials said schools would stay closed for the rest of the week.\n\
                    Photo: AP.";
        let s = spans(text);
        let got = summarize(text, &s, &[], 2);
        assert_eq!(got, [0, 2]);
        assert_eq!(summarize(text, &s, &[], 0), Vec::<usize>::new());
        assert_eq!(
            summarize(text, &s, &[], 9),
            (0..s.len()).collect::<Vec<_>>()
        );
    }
}
