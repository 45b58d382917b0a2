//! Keyphrase extraction.
//!
//! Candidates are word n-grams (one to three words) inside runs of content words; a run ends at a
//! stopword, punctuation, a number or a line break, so a phrase never crosses a sentence or a heading (as
//! in RAKE: Rose et al. 2010, "Automatic keyword extraction from individual documents"). Words are
//! compared by a light plural-folding key so that `talk` and `talks` count as one phrase.
//!
//! Each candidate is scored from
//! - its frequency and the frequency of its words (a phrase made of the text's frequent words is
//!   central to it, as in the term-frequency features of YAKE: Campos et al. 2020, "YAKE! Keyword
//!   extraction from single documents using multiple local features");
//! - the position of its first occurrence, since news states its topic early (PositionRank: Florescu &
//!   Caragea 2017, "PositionRank: an unsupervised approach to keyphrase extraction from scholarly
//!   documents");
//! - its length, and whether it fills a whole run of content words (maximal phrases are what annotators
//!   mark; shorter n-grams keep single frequent words in play);
//! - a bonus when it is exactly an entity mention.
//!
//! The weights were tuned on the shared dev sets only (DUC-2001, 500N-KPCrowd, Inspec, SemEval-2010).
//!
//! Adverbs in `-ly` (`sharply`) are not content words. Phrases that differ only by plural fold into one candidate; each is shown in its most frequent
//! written form.

use std::collections::{HashMap, HashSet};

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

/// Longest candidate, in words.
const MAX_WORDS: usize = 3;
/// Weight of the words' own frequency against the phrase's.
const WORD_WEIGHT: f64 = 0.5;
/// How fast the position bonus decays with the first occurrence (fraction of the text).
const POSITION_DECAY: f64 = 10.0;
/// Bonus per extra word of a phrase.
const LENGTH_BONUS: f64 = 0.35;
/// Bonus for a phrase that is a whole run of content words (a maximal phrase, as RAKE takes them),
/// scaled by the share of its occurrences that are whole runs.
const WHOLE_RUN_BONUS: f64 = 1.5;
/// Bonus for a phrase that is exactly an entity mention.
const ENTITY_BONUS: f64 = 1.2;

struct Stat {
    count: usize,
    first: usize,
    forms: HashMap<String, usize>,
    words: Vec<String>,
    entity: bool,
    whole: usize,
}

/// A word's matching key: lower case with a plural folded (`talks` -> `talk`, `cities` -> `city`,
/// `crashes` -> `crash`).
pub fn word_key(word: &str) -> String {
    let w = word.to_lowercase();
    let n = w.chars().count();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if n > 4
        && ["ches", "shes", "sses", "xes", "zzes"]
            .iter()
            .any(|e| w.ends_with(e))
    {
        return w[..w.len() - 2].to_string();
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// True for a token that may be part of a keyphrase.
fn is_content(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.kind == TokenKind::Word
        && !is_stopword(w)
        && w.chars().nth(1).is_some()
        && !w.starts_with(['\'', '’'])
        && w.chars().any(char::is_alphabetic)
        && !is_adverb(w)
}

/// Words in `-ly` that are adverbs (`recently`, `sharply`), not nouns such as `family` or `Italy`.
fn is_adverb(w: &str) -> bool {
    let l = w.to_lowercase();
    l.chars().count() > 4
        && l.ends_with("ly")
        && !w.starts_with(char::is_uppercase)
        && !matches!(
            l.as_str(),
            "supply"
                | "apply"
                | "reply"
                | "comply"
                | "multiply"
                | "imply"
                | "family"
                | "italy"
                | "july"
                | "assembly"
                | "monopoly"
                | "anomaly"
                | "rally"
                | "ally"
                | "belly"
                | "jelly"
                | "bully"
                | "holly"
                | "lily"
                | "homily"
                | "butterfly"
                | "melancholy"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "yearly"
                | "elderly"
                | "only"
                | "early"
                | "friendly"
                | "likely"
                | "oily"
                | "italy's"
        )
}

/// Runs of content tokens (token indices), broken at non-content tokens and line breaks.
fn runs(text: &str, tokens: &[Token]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let line_break = i > 0 && text[tokens[i - 1].span.end..t.span.start].contains('\n');
        if (line_break || !is_content(text, t)) && !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
        if is_content(text, t) {
            run.push(i);
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// The `limit` best keyphrases of the text, best first.
pub fn extract(text: &str, tokens: &[Token], entities: &[Candidate], limit: usize) -> Vec<Keyword> {
    if limit == 0 || tokens.is_empty() {
        return Vec::new();
    }
    let keys: Vec<String> = tokens.iter().map(|t| word_key(t.text(text))).collect();
    let entity_spans: HashSet<Span> = entities.iter().map(|e| e.span).collect();
    let mut stats: HashMap<String, Stat> = HashMap::new();
    let mut word_tf: HashMap<&str, usize> = HashMap::new();
    for run in runs(text, tokens) {
        for &i in &run {
            *word_tf.entry(keys[i].as_str()).or_default() += 1;
        }
        for a in 0..run.len() {
            for b in a..run.len().min(a + MAX_WORDS) {
                let span = Span::new(tokens[run[a]].span.start, tokens[run[b]].span.end);
                let surface = span.slice(text);
                if surface.chars().count() < 3 {
                    continue;
                }
                let words: Vec<String> = run[a..=b].iter().map(|&i| keys[i].clone()).collect();
                let key = words.join(" ");
                let s = stats.entry(key).or_insert_with(|| Stat {
                    count: 0,
                    first: run[a],
                    forms: HashMap::new(),
                    words,
                    entity: false,
                    whole: 0,
                });
                if a == 0 && b + 1 == run.len() {
                    s.whole += 1;
                }
                s.count += 1;
                s.entity |= entity_spans.contains(&span);
                *s.forms.entry(surface.to_string()).or_default() += 1;
            }
        }
    }
    let total = tokens.len() as f64;
    let mut out: Vec<(String, Keyword)> = stats
        .into_iter()
        .map(|(key, s)| {
            let position = 1.0 + 1.0 / (1.0 + POSITION_DECAY * s.first as f64 / total);
            let n = s.words.len() as f64;
            let words_tf: f64 = s
                .words
                .iter()
                .map(|w| word_tf.get(w.as_str()).copied().unwrap_or(0) as f64)
                .sum::<f64>()
                / n;
            let freq = (s.count as f64).sqrt() + WORD_WEIGHT * (words_tf.sqrt() - 1.0);
            let length = 1.0 + LENGTH_BONUS * (n - 1.0);
            let entity = if s.entity { ENTITY_BONUS } else { 1.0 };
            let whole = 1.0 + WHOLE_RUN_BONUS * s.whole as f64 / s.count as f64;
            let score = freq * position * length * entity * whole;
            let text = s
                .forms
                .iter()
                .max_by(|a, b| {
                    // Most frequent; on a tie, a form not in capitals (a headline), then the first
                    // in alphabetical order.
                    let caps = |s: &str| !s.chars().any(char::is_lowercase);
                    a.1.cmp(b.1)
                        .then(caps(b.0).cmp(&caps(a.0)))
                        .then(b.0.cmp(a.0))
                })
                .map(|p| p.0.clone())
                .unwrap_or_default();
            (
                key,
                Keyword {
                    text,
                    score,
                    count: s.count,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| {
        b.1.score
            .total_cmp(&a.1.score)
            .then(a.1.text.cmp(&b.1.text))
    });
    out.into_iter().take(limit).map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn top(text: &str, n: usize) -> Vec<String> {
        extract(text, &tokenize(text), &[], n)
            .into_iter()
            .map(|k| k.text)
            .collect()
    }

    #[test]
    fn phrases_do_not_cross_lines_or_stopwords() {
        let text = "Border talks end in tense talks\n\nMEXICO CITY water deal along the river";
        for k in top(text, 20) {
            assert!(!k.contains('\n'), "{k:?}");
            assert!(!k.to_lowercase().split(' ').any(|w| w == "along"), "{k:?}");
        }
    }

    #[test]
    fn adverbs_are_not_content() {
        assert!(is_adverb("sharply") && is_adverb("recently") && is_adverb("notably"));
        assert!(!is_adverb("family") && !is_adverb("supply") && !is_adverb("Italy"));
        assert!(!is_adverb("assembly") && !is_adverb("July") && !is_adverb("ally"));
    }

    #[test]
    fn plurals_fold_together() {
        assert_eq!(word_key("talks"), "talk");
        assert_eq!(word_key("cities"), "city");
        assert_eq!(word_key("bus"), "bus");
        assert_eq!(word_key("crisis"), "crisis");
        assert_eq!(word_key("crashes"), "crash");
        assert_eq!(word_key("taxes"), "tax");
        assert_eq!(word_key("classes"), "class");
        let got = top("Water talks. The water talk failed. Water talks again.", 1);
        assert_eq!(got, ["Water talks"]);
    }
}
