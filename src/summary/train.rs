//! Training the summary's sentence scorer (native only):
//! `article-analyzer train-summary --abstractive FILE [--extractive FILE] [options]`.
//!
//! Each input line is `{"id", "text", "reference": [sentence, ...]}` (and `title`, put before the text
//! with a newline as the eval does). Every text goes through the library's own pipeline
//! ([`crate::Analyzer`]: sentences, entities and their groups, the top keyphrases) and then through
//! [`super::features::prepare`], exactly as at analysis time, so the features trained on are the
//! features scored.
//!
//! **Labels.** For an *abstractive* reference (CNN/Daily Mail highlights) the listwise target over the
//! eligible sentences is the mean of two labellings (`--labels aligned --mix 0.5`, the default):
//! - the greedy oracle: starting from nothing, add the sentence that most raises ROUGE-1 F + ROUGE-2 F
//!   of the selection against the reference, until no sentence raises it (the labelling of
//!   Nallapati, Zhai & Zhou 2017, "SummaRuNNer", section 3), uniform over its sentences;
//! - the alignment of the highlights: for each reference sentence, the eligible sentence with the
//!   best ROUGE-1 F + ROUGE-2 F against it alone, uniform over them (document sentences matched to
//!   the highlights one by one, as Cheng & Lapata 2016, "Neural Summarization by Extracting
//!   Sentences and Words", labelled their data, there with a rule-based matcher).
//!
//! The greedy oracle stops at about two sentences and misses a highlight whose matching sentence
//! adds little to the others; the alignment keeps one sentence for every highlight. Their mean
//! raised the cross-validation (below) over either alone without moving the targets further down
//! the texts (mean relative position of the target 0.323, the greedy oracle's 0.322; the trainer
//! prints it). For an *extractive* reference (BBC News Summary: the reference sentences are article
//! sentences) a sentence is positive when its letters and digits (lower case, spaces dropped) occur
//! in the reference's. ROUGE here is this file's own, counted as Google's rouge-score counts with
//! `use_stemmer=True`: lower-case `[a-z0-9]+` tokens, Porter stems ([`super::stem`]) of tokens longer
//! than three characters, clipped n-gram counts (Lin 2004).
//!
//! Other targets for abstractive references (`--labels`, see [`Labels`]; tried and not kept, figures
//! in `data/summary_model.md`): `greedy` alone, `soft` (each sentence's own ROUGE, NeuSum-style),
//! `subsets` (the best summaries of `--min-size` to three sentences, made soft by `--tau`) and
//! `gains` (the greedy oracle's sentences weighed by what each added); `--mix X` mixes any of them
//! with the greedy target.
//!
//! **Model.** A linear scorer trained listwise (`--loss listwise`, the default): for each document
//! the softmax of its sentences' scores is pushed towards its target distribution (above; ListNet
//! with top-one probabilities: Cao et al. 2007). `--loss logistic` trains the pointwise logistic
//! regression on the greedy oracle's labels instead. Both by averaged stochastic gradient descent (Bottou 2010;
//! Polyak averaging from the second epoch) with L2 regularisation, examples shuffled each epoch by a
//! fixed-seed generator, so a run is reproducible.
//!
//! **One kind of reference for the shipped weights.** `./build.sh train` trains on the abstractive
//! set (CNN/DM highlights) alone. The BBC references keep about 40% of an article, spread over all
//! of it: a different task from a three-sentence summary. Until 2026-12-02 they trained a second
//! copy of the features that fired only in texts with paragraphs or a headline (feature
//! augmentation, Daumé III 2007); as every pasted web article has paragraphs, that copy gave the
//! page the BBC task: the news dev articles with a blank line between sentences scored ROUGE-1
//! 32.36, below Lead-3, against 38.31 as flat text. `--extractive` documents, when given, now train
//! the same weights as the others (weighed by `--extractive-weight`).
//!
//! **Check.** `--folds K` (default 5) cross-validates: for each fold a model is trained on the other
//! folds (of both sets) and the three sentences it selects, through the library's own selection, are
//! scored against the fold's references (ROUGE-1, ROUGE-2 and ROUGE-Lsum F, this file's ROUGE),
//! beside Lead-3 (the first three eligible sentences) and the oracle's sentences, for each set. Then
//! the model is trained on everything and written to `--out` (default `data/summary_model.txt`).
//!
//! Options: `--loss listwise|logistic`, `--epochs N` (default 10), `--l2 X` (default 1e-4), `--rate X`
//! (initial step, default 0.1), `--extractive-weight X` (default 1), `--seeds N` (average N models
//! trained on differently shuffled examples; default 1), `--folds K` (0: no check), `--seed N`,
//! `--out PATH`, `--drop GROUP,...` (leave feature groups out: ablations), `--dump PATH` (each
//! document's eligible sentences with label and score, JSONL, for inspection), `--labels
//! aligned|greedy|soft|subsets|gains` (default aligned), `--tau X` (default 20), `--mix X` (the
//! greedy oracle's share of the target; default 0.5), `--min-size N` (default 3).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::time::Instant;

use serde_json::Value;

use super::features::{self, Prepared, N_FEATURES};
use super::{model, select, Inputs};
use crate::{Analyzer, Options};

/// One training article, prepared.
struct Doc {
    id: String,
    /// The eligible sentences' text (for `--dump`).
    texts: Vec<String>,
    prepared: Prepared,
    /// The text of each eligible sentence's ROUGE tokens (ids), in order.
    sentences: Vec<Vec<u32>>,
    /// The reference's ROUGE tokens, one list per reference sentence.
    reference: Vec<Vec<u32>>,
    /// Label of each eligible sentence.
    labels: Vec<bool>,
    /// The listwise target: a distribution over the eligible sentences (see `targets`).
    target: Vec<f64>,
    /// ROUGE-1 F + ROUGE-2 F of each eligible sentence alone against the reference (abstractive
    /// references only).
    solo: Vec<f64>,
    /// What each eligible sentence added to the greedy oracle's ROUGE-1 F + ROUGE-2 F (0 outside it).
    gain: Vec<f64>,
    /// Sample weight of the document's examples.
    weight: f32,
    abstractive: bool,
}

/// Interns lower-case `[a-z0-9]+` tokens.
#[derive(Default)]
struct Vocab(HashMap<String, u32>);

impl Vocab {
    fn tokens(&mut self, s: &str) -> Vec<u32> {
        let lower = s.to_lowercase();
        lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let w = if w.len() > 3 {
                    super::stem::stem(w)
                } else {
                    w.to_string()
                };
                let n = self.0.len() as u32;
                *self.0.entry(w).or_insert(n)
            })
            .collect()
    }
}

fn counts(tokens: &[u32], n: usize) -> HashMap<u64, u32> {
    let mut m = HashMap::new();
    for w in tokens.windows(n) {
        let key = w.iter().fold(0u64, |k, &t| (k << 21) ^ u64::from(t));
        *m.entry(key).or_default() += 1;
    }
    m
}

fn f1(overlap: u32, cand: u32, refr: u32) -> f64 {
    if overlap == 0 || cand == 0 || refr == 0 {
        return 0.0;
    }
    let p = f64::from(overlap) / f64::from(cand);
    let r = f64::from(overlap) / f64::from(refr);
    2.0 * p * r / (p + r)
}

fn ngram_f(cand: &[u32], refr: &[u32], n: usize) -> f64 {
    let c = counts(cand, n);
    let r = counts(refr, n);
    let overlap: u32 = c
        .iter()
        .map(|(g, &k)| k.min(r.get(g).copied().unwrap_or(0)))
        .sum();
    f1(
        overlap,
        cand.len().saturating_sub(n - 1) as u32,
        refr.len().saturating_sub(n - 1) as u32,
    )
}

/// Indices into `r` of one longest common subsequence of `r` and `c`.
fn lcs_indices(r: &[u32], c: &[u32]) -> Vec<usize> {
    let (n, m) = (r.len(), c.len());
    let mut t = vec![0u16; (n + 1) * (m + 1)];
    for i in 1..=n {
        for j in 1..=m {
            t[i * (m + 1) + j] = if r[i - 1] == c[j - 1] {
                t[(i - 1) * (m + 1) + j - 1] + 1
            } else {
                t[i * (m + 1) + j - 1].max(t[(i - 1) * (m + 1) + j])
            };
        }
    }
    let (mut i, mut j, mut out) = (n, m, Vec::new());
    while i > 0 && j > 0 {
        if r[i - 1] == c[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i * (m + 1) + j - 1] > t[(i - 1) * (m + 1) + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    out.reverse();
    out
}

/// Summary-level ROUGE-L F ("rougeLsum": the union LCS of each reference sentence with the summary's
/// sentences, counts clipped), as Google's rouge-score computes it.
fn lcs_sum_f(refs: &[&[u32]], cands: &[&[u32]]) -> f64 {
    let m: usize = refs.iter().map(|s| s.len()).sum();
    let n: usize = cands.iter().map(|s| s.len()).sum();
    if m == 0 || n == 0 {
        return 0.0;
    }
    let mut cr: HashMap<u32, u32> = HashMap::new();
    let mut cc: HashMap<u32, u32> = HashMap::new();
    for s in refs {
        for &t in *s {
            *cr.entry(t).or_default() += 1;
        }
    }
    for s in cands {
        for &t in *s {
            *cc.entry(t).or_default() += 1;
        }
    }
    let mut hits = 0u32;
    for r in refs {
        let mut idx: Vec<usize> = cands.iter().flat_map(|c| lcs_indices(r, c)).collect();
        idx.sort_unstable();
        idx.dedup();
        for i in idx {
            let t = r[i];
            let (a, b) = (cc.entry(t).or_default(), cr.get(&t).copied().unwrap_or(0));
            if *a > 0 && b > 0 {
                *a -= 1;
                *cr.get_mut(&t).unwrap() -= 1;
                hits += 1;
            }
        }
    }
    f1(hits, n as u32, m as u32)
}

/// ROUGE-1, ROUGE-2 and ROUGE-Lsum F of the eligible sentences `picked` (in document order).
fn rouge(doc: &Doc, picked: &[usize]) -> [f64; 3] {
    let mut picked = picked.to_vec();
    picked.sort_unstable();
    let cand: Vec<u32> = picked
        .iter()
        .flat_map(|&k| doc.sentences[k].iter().copied())
        .collect();
    let refr: Vec<u32> = doc.reference.iter().flatten().copied().collect();
    let cands: Vec<&[u32]> = picked
        .iter()
        .map(|&k| doc.sentences[k].as_slice())
        .collect();
    let refs: Vec<&[u32]> = doc.reference.iter().map(Vec::as_slice).collect();
    [
        ngram_f(&cand, &refr, 1),
        ngram_f(&cand, &refr, 2),
        lcs_sum_f(&refs, &cands),
    ]
}

/// The greedy oracle (see the module docs): eligible sentences that together maximise ROUGE-1 F +
/// ROUGE-2 F against the reference, in the order taken, each with the gain it brought.
fn oracle(sentences: &[Vec<u32>], reference: &[Vec<u32>]) -> Vec<(usize, f64)> {
    let refr: Vec<u32> = reference.iter().flatten().copied().collect();
    let ref1 = counts(&refr, 1);
    let ref2 = counts(&refr, 2);
    let len1 = refr.len() as u32;
    let len2 = refr.len().saturating_sub(1) as u32;
    let sc1: Vec<HashMap<u64, u32>> = sentences.iter().map(|s| counts(s, 1)).collect();
    let sc2: Vec<HashMap<u64, u32>> = sentences.iter().map(|s| counts(s, 2)).collect();
    let mut cur1: HashMap<u64, u32> = HashMap::new();
    let mut cur2: HashMap<u64, u32> = HashMap::new();
    let (mut ov1, mut ov2, mut n1, mut n2) = (0u32, 0u32, 0u32, 0u32);
    let mut chosen: Vec<usize> = Vec::new();
    let mut gains: Vec<(usize, f64)> = Vec::new();
    let mut best = 0.0f64;
    let gain = |cur: &HashMap<u64, u32>, add: &HashMap<u64, u32>, refc: &HashMap<u64, u32>| {
        add.iter()
            .map(|(g, &k)| {
                let r = refc.get(g).copied().unwrap_or(0);
                let c = cur.get(g).copied().unwrap_or(0);
                (c + k).min(r) - c.min(r)
            })
            .sum::<u32>()
    };
    loop {
        let mut pick: Option<(f64, usize)> = None;
        for k in 0..sentences.len() {
            if chosen.contains(&k) || sentences[k].is_empty() {
                continue;
            }
            let o1 = ov1 + gain(&cur1, &sc1[k], &ref1);
            let o2 = ov2 + gain(&cur2, &sc2[k], &ref2);
            // Bigrams of a selection: each sentence's own (none across sentences).
            let l1 = n1 + sentences[k].len() as u32;
            let l2 = n2 + sentences[k].len().saturating_sub(1) as u32;
            let v = f1(o1, l1, len1) + f1(o2, l2, len2);
            if pick.is_none_or(|(pv, _)| v > pv) {
                pick = Some((v, k));
            }
        }
        let Some((v, k)) = pick else { break };
        if v <= best {
            break;
        }
        let gained = v - best;
        best = v;
        ov1 += gain(&cur1, &sc1[k], &ref1);
        ov2 += gain(&cur2, &sc2[k], &ref2);
        n1 += sentences[k].len() as u32;
        n2 += sentences[k].len().saturating_sub(1) as u32;
        for (g, c) in &sc1[k] {
            *cur1.entry(*g).or_default() += c;
        }
        for (g, c) in &sc2[k] {
            *cur2.entry(*g).or_default() += c;
        }
        chosen.push(k);
        gains.push((k, gained));
    }
    gains
}

/// How the listwise target of an abstractive document is made (`--labels`).
#[derive(Clone, Copy, Debug)]
enum Labels {
    /// Uniform over the greedy oracle's sentences.
    Greedy,
    /// Soft labels from each sentence's own ROUGE (`solo`), min-max normalised to [0, 1] and put
    /// through a softmax with temperature `1 / tau`, as NeuSum's targets (Zhou et al. 2018, "Neural
    /// Document Summarization by Jointly Learning to Score and Select Sentences", section 3.3),
    /// mixed with the greedy target: `mix * greedy + (1 - mix) * soft`.
    Soft { tau: f64, mix: f64 },
    /// Three-sentence summaries: every three of the `CANDIDATES` sentences with the best own ROUGE
    /// is scored (ROUGE-1 F + ROUGE-2 F), and a sentence's target is the softmax-weighted share of
    /// the summaries that hold it, weight `exp(tau * (score / best - 1))` (the top-scoring oracle
    /// summaries of Narayan, Cohen & Lapata 2018, "Ranking Sentences for Extractive Summarization
    /// with Reinforcement Learning", section 3.2, made soft).
    Subsets { tau: f64, mix: f64, min_size: usize },
    /// The greedy oracle's sentences, each in proportion to the ROUGE it added (the gains NeuSum
    /// learns to predict: Zhou et al. 2018), mixed with the uniform greedy target by `mix`.
    Gains { mix: f64 },
    /// For each reference sentence, the eligible sentence with the best ROUGE-1 F + ROUGE-2 F
    /// against it alone (sentence alignment of the highlights), uniform over those, mixed with the
    /// greedy target by `mix`.
    Aligned { mix: f64 },
}

/// How many sentences (the best by their own ROUGE) the `Subsets` labels combine.
const CANDIDATES: usize = 15;

/// Target over the sentences from their three-sentence subsets (see [`Labels::Subsets`]).
fn subset_target(d: &Doc, tau: f64, min_size: usize) -> Option<Vec<f64>> {
    let m = d.sentences.len();
    if m < 3 {
        return None;
    }
    let mut cand: Vec<usize> = (0..m).filter(|&k| !d.sentences[k].is_empty()).collect();
    cand.sort_by(|&a, &b| d.solo[b].total_cmp(&d.solo[a]).then(a.cmp(&b)));
    cand.truncate(CANDIDATES);
    if cand.len() < 3 {
        return None;
    }
    let refr: Vec<u32> = d.reference.iter().flatten().copied().collect();
    let ref1 = counts(&refr, 1);
    let ref2 = counts(&refr, 2);
    let (len1, len2) = (refr.len() as u32, refr.len().saturating_sub(1) as u32);
    let sc1: Vec<HashMap<u64, u32>> = cand.iter().map(|&k| counts(&d.sentences[k], 1)).collect();
    let sc2: Vec<HashMap<u64, u32>> = cand.iter().map(|&k| counts(&d.sentences[k], 2)).collect();
    let score = |set: &[usize]| {
        let mut v = 0.0;
        for (sc, refc, len) in [(&sc1, &ref1, len1), (&sc2, &ref2, len2)] {
            let mut c: HashMap<u64, u32> = HashMap::new();
            let mut n = 0u32;
            for &j in set {
                for (g, &k) in &sc[j] {
                    *c.entry(*g).or_default() += k;
                    n += k;
                }
            }
            let o: u32 = c
                .iter()
                .map(|(g, &k)| k.min(refc.get(g).copied().unwrap_or(0)))
                .sum();
            v += f1(o, n, len);
        }
        v
    };
    let mut sets: Vec<(Vec<usize>, f64)> = Vec::new();
    let c = cand.len();
    for a in 0..c {
        if min_size <= 1 {
            sets.push((vec![a], score(&[a])));
        }
        for b in a + 1..c {
            if min_size <= 2 {
                sets.push((vec![a, b], score(&[a, b])));
            }
            for e in b + 1..c {
                sets.push((vec![a, b, e], score(&[a, b, e])));
            }
        }
    }
    let best = sets.iter().map(|s| s.1).fold(0.0, f64::max);
    if best <= 0.0 {
        return None;
    }
    let mut t = vec![0.0; m];
    let mut total = 0.0;
    for (set, v) in &sets {
        let w = (tau * (v / best - 1.0)).exp();
        total += w;
        for &j in set {
            t[cand[j]] += w / set.len() as f64;
        }
    }
    t.iter_mut().for_each(|x| *x /= total);
    Some(t)
}

/// Sets every document's listwise target (see [`Labels`]). Extractive documents: uniform over their
/// positive sentences.
fn set_targets(docs: &mut [Doc], labels: Labels) {
    for d in docs {
        let npos = d.labels.iter().filter(|&&l| l).count();
        let greedy: Vec<f64> = d
            .labels
            .iter()
            .map(|&l| if l { 1.0 / npos as f64 } else { 0.0 })
            .collect();
        d.target = match labels {
            Labels::Soft { tau, mix } if d.abstractive && !d.solo.is_empty() => {
                let max = d.solo.iter().copied().fold(f64::MIN, f64::max);
                let min = d.solo.iter().copied().fold(f64::MAX, f64::min);
                if max <= 0.0 || max - min <= 0.0 {
                    greedy
                } else {
                    let e: Vec<f64> = d
                        .solo
                        .iter()
                        .map(|&g| (tau * ((g - min) / (max - min) - 1.0)).exp())
                        .collect();
                    let sum: f64 = e.iter().sum();
                    e.iter()
                        .zip(&greedy)
                        .map(|(x, g)| mix * g + (1.0 - mix) * x / sum)
                        .collect()
                }
            }
            Labels::Aligned { mix } if d.abstractive && !d.sentences.is_empty() => {
                let mut t = vec![0.0; d.sentences.len()];
                let mut n = 0.0;
                for r in &d.reference {
                    let best = (0..d.sentences.len())
                        .map(|k| {
                            (
                                k,
                                ngram_f(&d.sentences[k], r, 1) + ngram_f(&d.sentences[k], r, 2),
                            )
                        })
                        .fold((0, 0.0), |a, b| if b.1 > a.1 { b } else { a });
                    if best.1 > 0.0 {
                        t[best.0] += 1.0;
                        n += 1.0;
                    }
                }
                if n == 0.0 {
                    greedy
                } else {
                    t.iter()
                        .zip(&greedy)
                        .map(|(x, g)| mix * g + (1.0 - mix) * x / n)
                        .collect()
                }
            }
            Labels::Gains { mix } if d.abstractive && d.gain.iter().any(|&g| g > 0.0) => {
                let sum: f64 = d.gain.iter().sum();
                d.gain
                    .iter()
                    .zip(&greedy)
                    .map(|(x, g)| mix * g + (1.0 - mix) * x / sum)
                    .collect()
            }
            Labels::Subsets { tau, mix, min_size } if d.abstractive && !d.solo.is_empty() => {
                match subset_target(d, tau, min_size) {
                    Some(t) => t
                        .iter()
                        .zip(&greedy)
                        .map(|(x, g)| mix * g + (1.0 - mix) * x)
                        .collect(),
                    None => greedy,
                }
            }
            _ => greedy,
        };
    }
}

/// Letters and digits of `s`, lower case, nothing else.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads a JSONL file and prepares every article.
fn load(
    path: &str,
    abstractive: bool,
    weight: f32,
    analyzer: &Analyzer,
    vocab: &mut Vocab,
) -> Result<Vec<Doc>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let body = v.get("text").and_then(Value::as_str).unwrap_or("");
        let text = match v.get("title").and_then(Value::as_str) {
            Some(t) if !t.is_empty() => format!("{t}\n{body}"),
            _ => body.to_string(),
        };
        let reference: Vec<String> = match v.get("reference") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(Value::String(s)) => s.lines().map(str::to_string).collect(),
            _ => Vec::new(),
        };
        if reference.is_empty() {
            continue;
        }
        let (prepared, sentence_spans) = prepare_text(&text, analyzer);
        if prepared.eligible.is_empty() {
            continue;
        }
        let sents: Vec<&str> = prepared
            .eligible
            .iter()
            .map(|&i| sentence_spans[i].slice(&text))
            .collect();
        let sentences: Vec<Vec<u32>> = sents.iter().map(|s| vocab.tokens(s)).collect();
        let reference_tokens: Vec<Vec<u32>> = reference.iter().map(|s| vocab.tokens(s)).collect();
        let mut gain = vec![0.0; sentences.len()];
        let labels = if abstractive {
            let mut l = vec![false; sentences.len()];
            for (k, g) in oracle(&sentences, &reference_tokens) {
                l[k] = true;
                gain[k] = g;
            }
            l
        } else {
            let joined: String = reference
                .iter()
                .map(|s| squeeze(s))
                .collect::<Vec<_>>()
                .join("|");
            sents
                .iter()
                .map(|s| {
                    let q = squeeze(s);
                    q.chars().count() >= 10 && joined.contains(&q)
                })
                .collect()
        };
        let refr: Vec<u32> = reference_tokens.iter().flatten().copied().collect();
        let solo: Vec<f64> = if abstractive {
            sentences
                .iter()
                .map(|s| ngram_f(s, &refr, 1) + ngram_f(s, &refr, 2))
                .collect()
        } else {
            Vec::new()
        };
        docs.push(Doc {
            id: v.get("id").map(|x| x.to_string()).unwrap_or_default(),
            target: Vec::new(),
            solo,
            gain,
            texts: sents.iter().map(|s| s.to_string()).collect(),
            prepared,
            sentences,
            reference: reference_tokens,
            labels,
            weight,
            abstractive,
        });
    }
    Ok(docs)
}

/// The library's pipeline up to the summary's features (the same inputs `Analyzer::analyze` gives
/// the summary: every mention with its group, the top keyphrases).
fn prepare_text(text: &str, analyzer: &Analyzer) -> (Prepared, Vec<crate::Span>) {
    let a = analyzer.analyze(text);
    let tokens = crate::tokens::tokenize(text);
    let forms = crate::tokens::Forms::new(text, &tokens);
    let p = features::prepare(&Inputs {
        text,
        tokens: &tokens,
        forms: &forms,
        sentences: &a.sentences,
        kinds: &super::lines::kinds(text, &a.sentences),
        entities: &a.entities,
        keywords: &a.keywords,
    });
    (p, a.sentences)
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
struct Settings {
    epochs: usize,
    l2: f64,
    rate: f64,
    seed: u64,
    /// Listwise (softmax over each document's sentences) instead of pointwise logistic loss.
    listwise: bool,
    /// How many differently seeded models to average.
    seeds: usize,
}

/// A linear model by averaged SGD over the documents `docs` (see [`Settings`]): logistic regression,
/// or listwise.
fn fit(docs: &[&Doc], s: Settings) -> Vec<f32> {
    if s.seeds > 1 {
        // The mean of models trained on differently shuffled examples (for a linear model, the
        // same as averaging their scores).
        let mut sum = vec![0.0f32; N_FEATURES];
        for k in 0..s.seeds {
            let one = Settings {
                seeds: 1,
                seed: s.seed.wrapping_add(1000 * k as u64),
                ..s
            };
            for (a, b) in sum.iter_mut().zip(fit(docs, one)) {
                *a += b / s.seeds as f32;
            }
        }
        return sum;
    }
    if s.listwise {
        return fit_listwise(docs, s);
    }
    let mut examples: Vec<(usize, usize)> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| (0..doc.labels.len()).map(move |k| (d, k)))
        .collect();
    let mut w = vec![0.0f64; N_FEATURES];
    let mut avg = vec![0.0f64; N_FEATURES];
    let mut rng = Rng(s.seed.max(1));
    let mut t = 0u64;
    let first_epoch = examples.len() as u64;
    for _ in 0..s.epochs {
        rng.shuffle(&mut examples);
        for &(d, k) in &examples {
            let doc = docs[d];
            let feats = doc.prepared.features(k);
            let z: f64 = feats
                .iter()
                .map(|&(i, v)| w[usize::from(i)] * f64::from(v))
                .sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if doc.labels[k] { 1.0 } else { 0.0 };
            let eta = s.rate / (1.0 + s.rate * s.l2 * t as f64);
            let g = (p - y) * f64::from(doc.weight);
            // Lazy L2: shrink only the active weights (the features are sparse and mostly binary).
            for &(i, v) in feats {
                let i = usize::from(i);
                w[i] -= eta * (g * f64::from(v) + s.l2 * w[i]);
            }
            t += 1;
            polyak(&mut avg, &w, t, first_epoch);
        }
    }
    if s.epochs <= 1 {
        avg = w;
    }
    avg.iter().map(|&x| x as f32).collect()
}

/// Polyak averaging from the second epoch on: after step `t`, `avg` is the mean of the weights
/// since step `first_epoch`.
fn polyak(avg: &mut [f64], w: &[f64], t: u64, first_epoch: u64) {
    if t > first_epoch {
        let k = (t - first_epoch) as f64;
        for (a, &wi) in avg.iter_mut().zip(w) {
            *a += (wi - *a) / k;
        }
    }
}

/// A listwise model by averaged SGD: for each document, the softmax of its sentences' scores is
/// pushed towards the uniform distribution over its positive sentences (ListNet with top-one
/// probabilities: Cao et al. 2007, "Learning to rank: from pairwise approach to listwise approach").
fn fit_listwise(docs: &[&Doc], s: Settings) -> Vec<f32> {
    let mut order: Vec<usize> = (0..docs.len())
        .filter(|&d| docs[d].target.iter().any(|&y| y > 0.0))
        .collect();
    let mut w = vec![0.0f64; N_FEATURES];
    let mut avg = vec![0.0f64; N_FEATURES];
    let mut rng = Rng(s.seed.max(1));
    let mut t = 0u64;
    let first_epoch = order.len() as u64;
    let mut grad = vec![0.0f64; N_FEATURES];
    for _ in 0..s.epochs {
        rng.shuffle(&mut order);
        for &d in &order {
            let doc = docs[d];
            let p = &doc.prepared;
            let z: Vec<f64> = (0..doc.labels.len())
                .map(|k| {
                    p.features(k)
                        .iter()
                        .map(|&(i, v)| w[usize::from(i)] * f64::from(v))
                        .sum()
                })
                .collect();
            let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let e: Vec<f64> = z.iter().map(|x| (x - max).exp()).collect();
            let sum: f64 = e.iter().sum();
            grad.iter_mut().for_each(|g| *g = 0.0);
            for (k, (&y, &ek)) in doc.target.iter().zip(&e).enumerate() {
                let g = (ek / sum - y) * f64::from(doc.weight);
                for &(i, v) in p.features(k) {
                    grad[usize::from(i)] += g * f64::from(v);
                }
            }
            let eta = s.rate / (1.0 + s.rate * s.l2 * t as f64);
            for (wi, g) in w.iter_mut().zip(&grad) {
                *wi -= eta * (g + s.l2 * *wi);
            }
            t += 1;
            polyak(&mut avg, &w, t, first_epoch);
        }
    }
    if s.epochs <= 1 {
        avg = w;
    }
    avg.iter().map(|&x| x as f32).collect()
}

/// Mean ROUGE of three-sentence summaries by `w` (and of Lead-3 and the oracle) over `docs`.
fn check(docs: &[&Doc], w: &[f32]) -> [[f64; 3]; 3] {
    let mut sums = [[0.0; 3]; 3];
    for doc in docs {
        let p = &doc.prepared;
        let scores: Vec<f32> = (0..p.eligible.len())
            .map(|k| model::score(w, p.features(k)))
            .collect();
        let picked = select(p, &scores, 3);
        let lead: Vec<usize> = (0..p.eligible.len().min(3)).collect();
        let oracle: Vec<usize> = (0..doc.labels.len()).filter(|&k| doc.labels[k]).collect();
        for (row, set) in [picked, lead, oracle].iter().enumerate() {
            let r = rouge(doc, set);
            for m in 0..3 {
                sums[row][m] += r[m];
            }
        }
    }
    let n = docs.len().max(1) as f64;
    sums.map(|row| row.map(|x| 100.0 * x / n))
}

/// `train-summary` (see the module docs).
pub fn run(args: &[String]) -> Result<(), String> {
    let usage =
        "train-summary --abstractive FILE... --extractive FILE... [--loss listwise|logistic] \
                 [--epochs N] [--l2 X] [--rate X] [--extractive-weight X] [--seeds N] [--folds K] \
                 [--seed N] [--out PATH] [--drop GROUP,...] [--dump PATH] \
                 [--labels aligned|greedy|soft|subsets|gains] [--tau X] [--mix X] [--min-size N]";
    let mut abstractive: Vec<String> = Vec::new();
    let mut extractive: Vec<String> = Vec::new();
    let mut settings = Settings {
        epochs: 10,
        l2: 1e-4,
        rate: 0.1,
        seed: 7,
        listwise: true,
        seeds: 1,
    };
    let mut ext_weight = 1.0f32;
    let mut min_size = 3usize;
    let (mut label_kind, mut tau, mut mix) = (String::from("aligned"), 20.0f64, 0.5f64);
    let mut folds = 5usize;
    let mut dump: Option<String> = None;
    let mut drop: Vec<String> = Vec::new();
    let mut out = concat!(env!("CARGO_MANIFEST_DIR"), "/data/summary_model.txt").to_string();
    let mut i = 0;
    while i < args.len() {
        let val = args.get(i + 1).ok_or(usage)?;
        let num = || val.parse::<f64>().map_err(|e| format!("{}: {e}", args[i]));
        match args[i].as_str() {
            "--abstractive" => abstractive.push(val.clone()),
            "--extractive" => extractive.push(val.clone()),
            "--epochs" => settings.epochs = num()? as usize,
            "--l2" => settings.l2 = num()?,
            "--rate" => settings.rate = num()?,
            "--seed" => settings.seed = num()? as u64,
            "--extractive-weight" => ext_weight = num()? as f32,
            "--folds" => folds = num()? as usize,
            "--out" => out = val.clone(),
            "--dump" => dump = Some(val.clone()),
            "--loss" => settings.listwise = val == "listwise",
            "--seeds" => settings.seeds = (num()? as usize).max(1),
            "--labels" => label_kind = val.clone(),
            "--tau" => tau = num()?,
            "--min-size" => min_size = num()? as usize,
            "--mix" => mix = num()?,
            "--drop" => drop = val.split(',').map(str::to_string).collect(),
            _ => return Err(usage.to_string()),
        }
        i += 2;
    }
    if abstractive.is_empty() && extractive.is_empty() {
        return Err(usage.to_string());
    }
    let started = Instant::now();
    let analyzer = Analyzer::new(Options {
        keywords: features::KEYPHRASES_USED,
        summary_sentences: 0,
        ..Options::default()
    });
    let mut vocab = Vocab::default();
    let mut docs: Vec<Doc> = Vec::new();
    for p in &abstractive {
        docs.extend(load(p, true, 1.0, &analyzer, &mut vocab)?);
    }
    for p in &extractive {
        docs.extend(load(p, false, ext_weight, &analyzer, &mut vocab)?);
    }
    set_targets(
        &mut docs,
        match label_kind.as_str() {
            "greedy" => Labels::Greedy,
            "soft" => Labels::Soft { tau, mix },
            "subsets" => Labels::Subsets { tau, mix, min_size },
            "gains" => Labels::Gains { mix },
            "aligned" => Labels::Aligned { mix },
            _ => return Err(usage.to_string()),
        },
    );
    {
        let (mut sum, mut n) = (0.0f64, 0.0f64);
        for d in docs.iter().filter(|d| d.abstractive && d.target.len() > 1) {
            let m = (d.target.len() - 1) as f64;
            sum += d
                .target
                .iter()
                .enumerate()
                .map(|(k, &y)| y * k as f64 / m)
                .sum::<f64>();
            n += 1.0;
        }
        eprintln!(
            "train-summary: mean relative position of the abstractive targets {:.3}",
            sum / n.max(1.0)
        );
    }
    if !drop.is_empty() {
        // Ablation: remove the named feature groups from every document.
        for d in &mut docs {
            let p = &mut d.prepared;
            let mut feats = Vec::with_capacity(p.feats.len());
            let mut offsets = vec![0];
            for k in 0..p.offsets.len() - 1 {
                feats.extend(p.features(k).iter().filter(|(i, _)| {
                    !drop
                        .iter()
                        .any(|g| g == features::group_name(usize::from(*i)))
                }));
                offsets.push(feats.len());
            }
            p.feats = feats;
            p.offsets = offsets;
        }
    }
    let n_abs = docs.iter().filter(|d| d.abstractive).count();
    let examples: usize = docs.iter().map(|d| d.labels.len()).sum();
    let positives: usize = docs
        .iter()
        .map(|d| d.labels.iter().filter(|&&l| l).count())
        .sum();
    eprintln!(
        "train-summary: {} documents ({} abstractive, {} extractive), {} eligible sentences, {} \
         positive; prepared in {:.1}s",
        docs.len(),
        n_abs,
        docs.len() - n_abs,
        examples,
        positives,
        started.elapsed().as_secs_f64()
    );
    if folds >= 2 && docs.len() >= 2 * folds {
        // Every document has a fold, numbered within its kind so both kinds spread over the folds.
        let mut fold_of = vec![0usize; docs.len()];
        let mut seen = [0usize; 2];
        for (d, doc) in docs.iter().enumerate() {
            let kind = usize::from(!doc.abstractive);
            fold_of[d] = seen[kind] % folds;
            seen[kind] += 1;
        }
        let mut totals = [[[0.0; 3]; 3]; 2];
        for f in 0..folds {
            let train: Vec<&Doc> = (0..docs.len())
                .filter(|&d| fold_of[d] != f)
                .map(|d| &docs[d])
                .collect();
            let w = fit(&train, settings);
            for (kind, total) in totals.iter_mut().enumerate() {
                let held: Vec<&Doc> = (0..docs.len())
                    .filter(|&d| fold_of[d] == f && usize::from(!docs[d].abstractive) == kind)
                    .map(|d| &docs[d])
                    .collect();
                let r = check(&held, &w);
                for (row, vals) in r.iter().enumerate() {
                    for m in 0..3 {
                        total[row][m] += vals[m] * held.len() as f64 / seen[kind].max(1) as f64;
                    }
                }
            }
        }
        for (kind, total) in totals.iter().enumerate() {
            if seen[kind] == 0 {
                continue;
            }
            for (name, row) in ["model", "Lead-3", "oracle"].iter().zip(total) {
                let line = format!(
                    "{folds}-fold check, {} set, {name:>6}: R1 {:.2}  R2 {:.2}  RLsum {:.2}",
                    ["abstractive", "extractive"][kind],
                    row[0],
                    row[1],
                    row[2]
                );
                // On stderr only (data/summary_model.md records them): the file is embedded in the
                // .wasm, where every byte counts.
                eprintln!("train-summary: {line}");
            }
        }
    }
    let all: Vec<&Doc> = docs.iter().collect();
    let w = fit(&all, settings);
    if let Some(path) = dump {
        // Each document's eligible sentences with their label and score (for inspection).
        let mut o = String::new();
        for d in &docs {
            let rows: Vec<Value> = (0..d.labels.len())
                .map(|k| {
                    serde_json::json!([
                        d.labels[k],
                        model::score(&w, d.prepared.features(k)),
                        d.texts[k]
                    ])
                })
                .collect();
            let _ = writeln!(o, "{}", serde_json::json!({"id": d.id, "sentences": rows}));
        }
        std::fs::write(&path, o).map_err(|e| format!("writing {path}: {e}"))?;
    }
    // The file is embedded in the .wasm, so it holds the weights alone (a group's name and its
    // buckets' weights a line, in units of 1/SCALE); the data and settings go to stderr, and data/summary_model.md records them.
    let mut file = String::new();
    let names = |ps: &[String]| {
        ps.iter()
            .map(|p| {
                std::path::Path::new(p)
                    .file_name()
                    .map_or(p.clone(), |f| f.to_string_lossy().into_owned())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    eprintln!(
        "train-summary: abstractive: {} ({} documents); extractive: {} ({} documents, weight {}); {} sentences, {} positive",
        names(&abstractive),
        n_abs,
        names(&extractive),
        docs.len() - n_abs,
        ext_weight,
        examples,
        positives
    );
    eprintln!(
        "train-summary: labels {label_kind} (greedy share {mix}), loss {}, epochs {}, l2 {}, rate {}, seed {}",
        if settings.listwise {
            "listwise"
        } else {
            "logistic"
        },
        settings.epochs,
        settings.l2,
        settings.rate,
        settings.seed
    );
    let fixed: Vec<i32> = w
        .iter()
        .map(|&x| (x * model::SCALE).round() as i32)
        .collect();
    for (group, features) in features::model_groups() {
        let weights = &fixed[features];
        // The buckets up to the last weight that is not 0 (a group of zeros: no line).
        let used = weights
            .iter()
            .rposition(|&x| x != 0)
            .map_or(0, |last| last + 1);
        if used > 0 {
            let _ = write!(file, "{group}");
            for x in &weights[..used] {
                let _ = write!(file, " {x}");
            }
            let _ = writeln!(file);
        }
    }
    model::parse(&file)?;
    std::fs::write(&out, &file).map_err(|e| format!("writing {out}: {e}"))?;
    eprintln!(
        "train-summary: wrote {out} ({} weights) in {:.1}s",
        fixed.iter().filter(|&&x| x != 0).count(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rouge_and_oracle() {
        let mut v = Vocab::default();
        let refr = vec![v.tokens("the cat sat on the mat")];
        let sents = vec![
            v.tokens("Dogs bark loudly."),
            v.tokens("The cat sat on the mat."),
            v.tokens("It was a mat."),
        ];
        assert_eq!(
            oracle(&sents, &refr)
                .iter()
                .map(|g| g.0)
                .collect::<Vec<_>>(),
            [1]
        );
        assert!((ngram_f(&sents[1], &refr[0], 1) - 1.0).abs() < 1e-9);
        assert!((ngram_f(&sents[1], &refr[0], 2) - 1.0).abs() < 1e-9);
        let r: Vec<&[u32]> = refr.iter().map(Vec::as_slice).collect();
        assert!((lcs_sum_f(&r, &[&sents[1]]) - 1.0).abs() < 1e-9);
        assert_eq!(lcs_sum_f(&r, &[&sents[0]]), 0.0);
    }
}
