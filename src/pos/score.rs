//! Scoring the tagger and the noun-phrase chunker against a corpus (native only), for
//! `article-analyzer eval pos < corpus.pos.jsonl` and for model selection in training.
//!
//! Part-of-speech accuracy counts the tokens that line up one to one with the corpus's (see
//! [`super::corpus`]), both quotes counting as one tag. Noun phrases are scored as exact byte spans
//! against the corpus's `B-NP`/`I-NP` chunks (precision, recall, F1), so a phrase the tokenizers cut
//! differently counts as an error.

use std::collections::HashSet;

use super::corpus::{self, Doc};
use super::tags::Pos;
use crate::text::Span;
use crate::vecs::CollectVec;

/// Accumulated counts.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Scores {
    /// Aligned tokens tagged right.
    pub(crate) correct: usize,
    /// Aligned tokens.
    pub(crate) aligned: usize,
    /// Noun phrases found that match a gold phrase exactly.
    pub(crate) np_match: usize,
    /// Noun phrases found.
    pub(crate) np_found: usize,
    /// Gold noun phrases.
    pub(crate) np_gold: usize,
}

impl Scores {
    /// Adds one document's predicted tags (one per token) and noun phrases.
    pub(crate) fn add(&mut self, doc: &Doc, tags: &[Pos], nps: &[Span]) {
        for (g, p) in doc.gold.iter().zip(tags) {
            if let Some(g) = g {
                self.aligned += 1;
                self.correct += usize::from(g.class() == p.class());
            }
        }
        let gold: HashSet<Span> = doc.noun_phrases.iter().copied().collect();
        self.np_gold += gold.len();
        self.np_found += nps.len();
        self.np_match += nps.iter().filter(|s| gold.contains(s)).count();
    }

    /// Part-of-speech accuracy, in percent.
    pub(crate) fn accuracy(&self) -> f64 {
        100.0 * self.correct as f64 / self.aligned.max(1) as f64
    }

    /// Noun-phrase precision, recall and F1, in percent.
    pub(crate) fn np(&self) -> (f64, f64, f64) {
        let p = 100.0 * self.np_match as f64 / self.np_found.max(1) as f64;
        let r = 100.0 * self.np_match as f64 / self.np_gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Tags one corpus document (with `model`, or the shipped model) and finds its noun phrases.
fn predict(doc: &Doc, model: Option<&super::model::Model>) -> (Vec<Pos>, Vec<Span>) {
    let forms = crate::tokens::Forms::new(&doc.text, &doc.tokens);
    let tags = match model {
        Some(m) => super::tag_with(m, &doc.text, &doc.tokens, &forms, &doc.sentences),
        None => super::tag(&doc.text, &doc.tokens, &forms, &doc.sentences),
    };
    let nps = super::noun_phrases(&doc.tokens, &tags, &doc.sentences);
    (tags, nps)
}

/// `eval pos [--model PATH] [--errors]`: scores the tagger (the shipped model, or the model file at
/// `PATH`) and the chunker on corpus JSON lines (see [`super::corpus`]). Returns a report whose last
/// line is the summary: `pos: accuracy=... np_p=... np_r=... np_f1=...`; `--errors` adds each
/// mistagged token before it (`word GOLD->TAGGED`).
pub fn eval(input: &str, args: &[String]) -> Result<String, String> {
    let mut model = None;
    let mut errors = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--model" => {
                let path = args.get(i + 1).ok_or("--model needs a path")?;
                let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
                model = Some(
                    super::model::decode(&bytes)
                        .ok_or_else(|| format!("{path}: not a part-of-speech model"))?,
                );
                i += 2;
            }
            "--errors" => {
                errors = true;
                i += 1;
            }
            other => return Err(format!("eval pos: unknown option {other}")),
        }
    }
    let (docs, al) = corpus::read(input)?;
    let mut listing = String::new();
    let mut s = Scores::default();
    // The chunker alone: gold tags where the tokens line up.
    let mut with_gold = Scores::default();
    for d in &docs {
        let (tags, nps) = predict(d, model.as_ref());
        s.add(d, &tags, &nps);
        if errors {
            for ((t, g), p) in d.tokens.iter().zip(&d.gold).zip(&tags) {
                if g.is_some_and(|g| g.class() != p.class()) {
                    let g = g.map_or("", |g| g.as_str());
                    listing += &format!("{} {g}->{p}\n", t.text(&d.text));
                }
            }
        }
        let gold_tags: Vec<Pos> = tags
            .iter()
            .zip(&d.gold)
            .map(|(p, g)| g.unwrap_or(*p))
            .collect_vec();
        let gold_nps = super::noun_phrases(&d.tokens, &gold_tags, &d.sentences);
        with_gold.add(d, &gold_tags, &gold_nps);
    }
    let (p, r, f) = s.np();
    let (gp, gr, gf) = with_gold.np();
    Ok(format!(
        "{listing}{} documents, {} corpus tokens, {} aligned one to one ({:.1}%)\n\
         noun phrases from the corpus's own tags: p={gp:.2} r={gr:.2} f1={gf:.2}\n\
         pos: accuracy={:.2} np_p={p:.2} np_r={r:.2} np_f1={f:.2}",
        docs.len(),
        al.corpus,
        al.aligned,
        al.percent(),
        s.accuracy(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_rates() {
        let line = r#"{"id": "x", "sentences": [{"tokens": ["The", "cat", "sat", "."],
            "pos": ["DT", "NN", "VBD", "."], "chunk": ["B-NP", "I-NP", "B-VP", "O"]}]}"#
            .replace('\n', " ");
        let (docs, _) = corpus::read(&line).unwrap();
        let mut s = Scores::default();
        let d = &docs[0];
        let tags = [Pos::Determiner, Pos::Noun, Pos::Noun, Pos::Final];
        s.add(d, &tags, &[Span::new(0, 7), Span::new(8, 11)]);
        assert_eq!((s.correct, s.aligned), (3, 4));
        assert_eq!((s.np_match, s.np_found, s.np_gold), (1, 2, 1));
        let (p, r, f) = s.np();
        assert_eq!((p, r), (50.0, 100.0));
        assert!((f - 66.666).abs() < 0.01);
        let report = eval(&line, &[]).unwrap();
        assert!(report.lines().last().unwrap().starts_with("pos: accuracy="));
        assert!(eval(&line, &["--bogus".into()]).is_err());
    }
}
