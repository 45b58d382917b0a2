//! Keyphrase extraction.
//!
//! Candidates are runs of content words between stopwords and punctuation (as in RAKE: Rose et al. 2010,
//! "Automatic keyword extraction from individual documents"), at most four words long. A candidate's
//! score grows with how often it occurs and how early it first occurs; phrases that name an entity get a
//! small bonus. Phrases are merged case-insensitively and shown in their most frequent written form.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::entities::Candidate;
use crate::stopwords::is_stopword;
use crate::text::Span;
use crate::tokens::{Token, TokenKind};

/// One ranked keyphrase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The phrase as written in the text (its most frequent form).
    pub text: String,
    /// Relevance; higher is better (only the order is meaningful).
    pub score: f64,
    /// How many times the phrase occurs.
    pub count: usize,
}

struct Stat {
    count: usize,
    first: usize,
    forms: HashMap<String, usize>,
    words: usize,
    entity: bool,
}

/// The `limit` best keyphrases of the text, best first.
pub fn extract(text: &str, tokens: &[Token], entities: &[Candidate], limit: usize) -> Vec<Keyword> {
    if limit == 0 || tokens.is_empty() {
        return Vec::new();
    }
    let mut stats: HashMap<String, Stat> = HashMap::new();
    let total = tokens.len().max(1) as f64;
    let entity_spans: std::collections::HashSet<Span> = entities.iter().map(|e| e.span).collect();
    let in_entity = |span: Span| entity_spans.contains(&span);
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, stats: &mut HashMap<String, Stat>| {
        for chunk in run.chunks(4) {
            if chunk.is_empty() {
                continue;
            }
            let span = Span::new(
                tokens[chunk[0]].span.start,
                tokens[chunk[chunk.len() - 1]].span.end,
            );
            let surface = span.slice(text);
            if surface.chars().count() < 3 {
                continue;
            }
            let key = surface.to_lowercase();
            let s = stats.entry(key).or_insert(Stat {
                count: 0,
                first: chunk[0],
                forms: HashMap::new(),
                words: chunk.len(),
                entity: false,
            });
            s.count += 1;
            s.entity |= in_entity(span);
            *s.forms.entry(surface.to_string()).or_default() += 1;
        }
        run.clear();
    };
    for (i, t) in tokens.iter().enumerate() {
        let w = t.text(text);
        let content = t.kind == TokenKind::Word
            && !is_stopword(w)
            && w.chars().count() > 1
            && !w.starts_with(['\'', '’']);
        if content {
            run.push(i);
        } else {
            flush(&mut run, &mut stats);
        }
    }
    flush(&mut run, &mut stats);
    let mut out: Vec<Keyword> = stats
        .into_values()
        .map(|s| {
            let position = 1.0 + 1.0 / (1.0 + 10.0 * s.first as f64 / total);
            let length = 1.0 + 0.3 * (s.words as f64 - 1.0);
            let score =
                (s.count as f64).sqrt() * position * length * if s.entity { 1.2 } else { 1.0 };
            let text = s
                .forms
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|p| p.0.clone())
                .unwrap_or_default();
            Keyword {
                text,
                score,
                count: s.count,
            }
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.text.cmp(&b.text)));
    out.truncate(limit);
    out
}
