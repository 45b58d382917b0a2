//! Extractive summary: the best sentences, in document order.
//!
//! Each sentence scores by its position (news puts the gist first) and the weight of the keyphrases it
//! holds; very short and very long sentences are discounted. The chosen sentences are returned as
//! indices in document order.

use crate::keywords::Keyword;
use crate::text::Span;

/// Indices of the `limit` best sentences, ascending.
pub fn summarize(text: &str, sentences: &[Span], keywords: &[Keyword], limit: usize) -> Vec<usize> {
    if limit == 0 || sentences.is_empty() {
        return Vec::new();
    }
    let n = sentences.len() as f64;
    let lowered: Vec<String> = keywords.iter().map(|k| k.text.to_lowercase()).collect();
    let mut scored: Vec<(f64, usize)> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let body = s.slice(text);
            let lower = body.to_lowercase();
            let words = body.split_whitespace().count() as f64;
            let position = 1.0 - (i as f64 / n) * 0.5 + if i == 0 { 0.5 } else { 0.0 };
            let kw: f64 = lowered
                .iter()
                .zip(keywords)
                .filter(|(k, _)| lower.contains(k.as_str()))
                .map(|(_, k)| k.score)
                .sum();
            let length = if words < 6.0 {
                0.3
            } else if words > 60.0 {
                0.6
            } else {
                1.0
            };
            ((position * 2.0 + kw * 0.2) * length, i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = scored.iter().take(limit).map(|p| p.1).collect();
    chosen.sort_unstable();
    chosen
}
