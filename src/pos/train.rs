//! Training the part-of-speech tagger (native only):
//! `article-analyzer train-pos TRAIN.pos.jsonl[@N]... --dev DEV.pos.jsonl [options]`.
//!
//! Reads the corpora with [`super::corpus`] (re-tokenized by the project's tokenizer, gold tags carried
//! over where tokens line up), builds the lexicon of ambiguity classes from them ([`super::lexicon`];
//! words seen `--lex-min` times, tags making up `--lex-share` of a word's occurrences) and trains an
//! averaged perceptron (Collins 2002) the way Honnibal's tagger does: greedily, left to right, with the
//! tags the model itself just predicted as the previous-tag features, so training sees the same
//! (imperfect) history as tagging. A known word is only ever given a tag of its class, in training as
//! in tagging. Sentences are shuffled each epoch; the averaged weights of the epoch with the best dev
//! accuracy are kept. `PATH@N` counts a corpus N times (in the lexicon and in every epoch).
//!
//! The model must be small (it ships inside the .wasm), so the weights are then pruned and quantised:
//! weights below a magnitude threshold are dropped, the rest coded with a `--wbits`-bit codebook fitted
//! by Lloyd's algorithm ([`crate::model::codebook`]), the threshold being the smallest that brings the
//! whole file (lexicon included) within `--max-bytes`. One-shot pruning to a small budget loses much,
//! so the pruning is iterative (Han et al. 2015, "Learning both weights and connections"): the budget
//! starts at `2^(--prune-steps - 1)` times the target and halves, and after each cut the perceptron is
//! trained again (`--refit` epochs) on the surviving weights only, so they learn to carry what was cut.
//! Every candidate is scored on dev as shipped (encoded, decoded, tagged); the best is written.
//!
//! Options: `--dev PATH` (required), `--epochs N` (default 6), `--refit N` (default 4),
//! `--prune-steps N` (default 3, 0 for one-shot pruning), `--max-bytes N` (default 35000), `--wbits
//! N[,N...]` (default 4), `--lex-min N` (default 20), `--lex-share F` (default 0.01), `--seed N`,
//! `--out PATH` (default `data/pos_model.bin`).

use std::time::Instant;

use super::corpus::{self, Doc};
use super::features::{word_hash, Prepared, START, START2};
use super::lexicon::{self, Lexicon};
use super::model::{self, argmax, Packed, Scorer};
use super::score::Scores;
use super::tags::{Pos, NT};
use crate::model::codebook::{codebook, nearest};
use crate::model::hash::KeyMap;

/// A corpus prepared for training or scoring.
struct Set {
    docs: Vec<Doc>,
    prepared: Vec<Prepared>,
    /// Gold class per token (`None` where the tokens do not line up).
    gold: Vec<Vec<Option<usize>>>,
}

impl Set {
    fn new(docs: Vec<Doc>, lex: &Lexicon) -> Set {
        let prepared = docs
            .iter()
            .map(|d| Prepared::new(&d.text, &d.tokens, &d.sentences, lex))
            .collect();
        let gold = docs
            .iter()
            .map(|d| d.gold.iter().map(|g| g.map(Pos::class)).collect())
            .collect();
        Set {
            docs,
            prepared,
            gold,
        }
    }

    fn tokens(&self) -> usize {
        self.docs.iter().map(|d| d.tokens.len()).sum()
    }

    /// Tagging accuracy of `s` on the aligned tokens, in percent.
    fn accuracy<S: Scorer>(&self, s: &S) -> f64 {
        let (mut right, mut all) = (0usize, 0usize);
        let mut classes = Vec::new();
        for (p, gold) in self.prepared.iter().zip(&self.gold) {
            classes.clear();
            super::tag_classes(p, s, &mut classes);
            for (g, c) in gold.iter().zip(&classes) {
                if let Some(g) = g {
                    all += 1;
                    right += usize::from(g == c);
                }
            }
        }
        100.0 * right as f64 / all.max(1) as f64
    }
}

/// Perceptron weights with the running sums for averaging; updates are whole numbers, so both are
/// kept exactly as integers.
#[derive(Default)]
struct Weights {
    index: KeyMap<u32>,
    w: Vec<[i32; NT]>,
    /// Sum of (clock x update) per weight.
    u: Vec<[i64; NT]>,
    /// Tokens seen so far (the averaging clock).
    c: i64,
}

impl Scorer for Weights {
    fn best(&self, feats: &[u32], allowed: u64, prefer: u64) -> usize {
        let mut acc = [0i32; NT];
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for (a, w) in acc.iter_mut().zip(&self.w[r as usize]) {
                    *a += w;
                }
            }
        }
        argmax(&acc, allowed, prefer)
    }
}

impl Weights {
    /// Moves the weights of `feats` towards `gold` and away from `pred` (only the weights `allowed`,
    /// when given: feature -> class bits).
    fn update(&mut self, feats: &[u32], gold: usize, pred: usize, allowed: Option<&KeyMap<u64>>) {
        for &f in feats {
            let mask = allowed.map_or(u64::MAX, |a| a.get(&f).copied().unwrap_or(0));
            if mask & (1 << gold | 1 << pred) == 0 {
                continue;
            }
            let n = self.w.len() as u32;
            let r = *self.index.entry(f).or_insert(n) as usize;
            if r == self.w.len() {
                self.w.push([0; NT]);
                self.u.push([0; NT]);
            }
            if mask & 1 << gold != 0 {
                self.w[r][gold] += 1;
                self.u[r][gold] += self.c;
            }
            if mask & 1 << pred != 0 {
                self.w[r][pred] -= 1;
                self.u[r][pred] -= self.c;
            }
        }
    }

    /// The averaged weights (Collins 2002): `w - u / c`.
    fn averaged(&self) -> Averaged {
        let c = self.c.max(1) as f64;
        Averaged {
            index: self.index.clone(),
            w: self
                .w
                .iter()
                .zip(&self.u)
                .map(|(w, u)| {
                    let mut r = [0f32; NT];
                    for ((r, &w), &u) in r.iter_mut().zip(w).zip(u) {
                        *r = (f64::from(w) - u as f64 / c) as f32;
                    }
                    r
                })
                .collect(),
        }
    }
}

/// Averaged weights.
struct Averaged {
    index: KeyMap<u32>,
    w: Vec<[f32; NT]>,
}

impl Scorer for Averaged {
    fn best(&self, feats: &[u32], allowed: u64, prefer: u64) -> usize {
        let mut acc = [0f32; NT];
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for (a, w) in acc.iter_mut().zip(&self.w[r as usize]) {
                    *a += w;
                }
            }
        }
        argmax(&acc, allowed, prefer)
    }
}

/// Trains for `epochs` epochs on `train` (only the weights in `allowed`, when given: feature -> class
/// bits); returns the best dev accuracy, its epoch and its averaged weights.
fn train_epochs(
    train: &Set,
    dev: &Set,
    epochs: usize,
    seed: u64,
    allowed: Option<&KeyMap<u64>>,
) -> (f64, usize, Averaged) {
    let clock = Instant::now();
    let mut wts = Weights::default();
    let mut order: Vec<(usize, usize)> = train
        .prepared
        .iter()
        .enumerate()
        .flat_map(|(d, p)| (0..p.sents.len()).map(move |s| (d, s)))
        .collect();
    let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).max(1);
    let mut best: Option<(f64, usize, Averaged)> = None;
    let mut feats = Vec::with_capacity(32);
    for epoch in 1..=epochs {
        // Fisher-Yates with xorshift.
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        let (mut errors, mut seen) = (0usize, 0usize);
        for &(d, s) in &order {
            let p = &train.prepared[d];
            let (a, b) = p.sents[s];
            let (mut p1, mut p2) = (START, START2);
            for i in a..b {
                feats.clear();
                p.features((a, b), i, (p1, p2), &mut feats);
                if let Some(allowed) = allowed {
                    feats.retain(|f| allowed.contains_key(f));
                }
                let pred = wts.best(&feats, p.toks[i].allowed, p.toks[i].prefer);
                if let Some(g) = train.gold[d][i].filter(|&g| p.toks[i].allowed & 1 << g != 0) {
                    seen += 1;
                    wts.c += 1;
                    if g != pred {
                        errors += 1;
                        wts.update(&feats, g, pred, allowed);
                    }
                }
                (p1, p2) = (pred, p1);
            }
        }
        let avg = wts.averaged();
        let acc = dev.accuracy(&avg);
        eprintln!(
            "epoch {epoch:2}: train errors {:.2}%, {} features, dev accuracy {acc:.2} ({:.0}s)",
            100.0 * errors as f64 / seen.max(1) as f64,
            wts.w.len(),
            clock.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|b| acc > b.0) {
            best = Some((acc, epoch, avg));
        }
    }
    best.unwrap_or_else(|| (0.0, 0, wts.averaged()))
}

/// Packs `avg`: weights of magnitude `tau` or more, coded with a `wbits`-bit codebook fitted to them.
fn pack(avg: &Averaged, lex: &Lexicon, wbits: u32, tau: f32) -> Packed {
    let mut mags: Vec<f32> = avg
        .w
        .iter()
        .flat_map(|r| r.iter().map(|v| v.abs()))
        .filter(|&v| v >= tau && v > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let book = codebook(&mags, wbits, 0.0);
    let mut rows: Vec<(u32, Vec<(u8, u8)>)> = avg
        .index
        .iter()
        .filter_map(|(&k, &r)| {
            let row: Vec<(u8, u8)> = avg.w[r as usize]
                .iter()
                .enumerate()
                .filter(|(_, v)| v.abs() >= tau && **v != 0.0)
                .map(|(c, &v)| (c as u8, nearest(&book, v)))
                .filter(|&(_, code)| code != 0)
                .collect();
            (!row.is_empty()).then_some((k, row))
        })
        .collect();
    rows.sort_unstable_by_key(|r| r.0);
    Packed {
        wbits,
        codebook: book,
        rows,
        lexicon: lex.clone(),
    }
}

/// The smallest threshold whose packed model fits `max_bytes`; returns it with the encoded bytes.
fn fit(avg: &Averaged, lex: &Lexicon, wbits: u32, max_bytes: usize) -> (f32, Vec<u8>) {
    let mut mags: Vec<f32> = avg
        .w
        .iter()
        .flat_map(|r| r.iter().map(|v| v.abs()))
        .filter(|&v| v > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    if mags.is_empty() {
        return (0.0, model::encode(&pack(avg, lex, wbits, 0.0)));
    }
    // Binary search over the sorted magnitudes: size falls as the threshold rises.
    let (mut lo, mut hi) = (0usize, mags.len() - 1);
    let mut found = None;
    while lo <= hi {
        let mid = (lo + hi) / 2;
        let bytes = model::encode(&pack(avg, lex, wbits, mags[mid]));
        if bytes.len() <= max_bytes {
            found = Some((mags[mid], bytes));
            if mid == 0 {
                break;
            }
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    found.unwrap_or_else(|| {
        let tau = mags[mags.len() - 1];
        (tau, model::encode(&pack(avg, lex, wbits, tau)))
    })
}

/// Fits `avg` into the budget at each width; returns the best shipped candidate's (accuracy, bytes).
fn best_packing(
    avg: &Averaged,
    lex: &Lexicon,
    dev: &Set,
    wbits: &[u32],
    max_bytes: usize,
    label: &str,
) -> Result<(f64, Vec<u8>), String> {
    let mut best: Option<(f64, Vec<u8>)> = None;
    for &wb in wbits {
        let (tau, bytes) = fit(avg, lex, wb, max_bytes);
        let m = model::decode(&bytes).ok_or("the packed model does not decode")?;
        let acc = dev.accuracy(&m);
        eprintln!(
            "  {label}, {wb}-bit codes: threshold {tau:.3}, {} rows, {} bytes, dev accuracy {acc:.2}",
            m.rows(),
            bytes.len()
        );
        if best.as_ref().is_none_or(|b| acc > b.0) {
            best = Some((acc, bytes));
        }
    }
    best.ok_or_else(|| "no --wbits".to_string())
}

/// `rekey-pos [MODEL]`: rewrites a model of the earlier format, with 24-bit feature keys (default
/// `data/pos_model.bin`), with the keys of [`super::features::POS_KEY_BITS`] bits, the same weights
/// ([`super::model::rekey`]).
pub fn rekey_file(args: &[String]) -> Result<(), String> {
    let path = args
        .first()
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/pos_model.bin").to_string());
    let old = std::fs::read(&path).map_err(|e| format!("reading {path}: {e}"))?;
    let new =
        super::model::rekey(&old).ok_or_else(|| format!("{path} is no model with 24-bit keys"))?;
    std::fs::write(&path, &new).map_err(|e| format!("writing {path}: {e}"))?;
    eprintln!("wrote {path}: {} bytes (from {})", new.len(), old.len());
    Ok(())
}

/// Runs the `train-pos` command (see the module docs); progress goes to stderr.
pub fn run(args: &[String]) -> Result<(), String> {
    let usage = "train-pos TRAIN.pos.jsonl[@N]... --dev DEV.pos.jsonl [--epochs N] [--refit N] \
                 [--prune-steps N] [--max-bytes N] [--wbits N[,N...]] [--lex-min N] \
                 [--lex-share F] [--seed N] [--out PATH]";
    let mut train_paths = Vec::new();
    let mut dev_path = None;
    let mut epochs = 6usize;
    let mut refit = 4usize;
    let mut prune_steps = 5usize;
    let mut prune_ratio = 1.5f64;
    let mut max_bytes = 35_000usize;
    let mut wbits = vec![4u32];
    let mut seed = 11u64;
    let mut lex_min = 20u32;
    let mut lex_share = 0.01f64;
    let mut out_path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pos_model.bin").to_string();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if !a.starts_with("--") {
            train_paths.push(a.to_string());
            i += 1;
            continue;
        }
        let val = args
            .get(i + 1)
            .ok_or_else(|| format!("{a} needs a value; {usage}"))?;
        let num = || val.parse::<u64>().map_err(|e| format!("{a} {val}: {e}"));
        match a {
            "--dev" => dev_path = Some(val.clone()),
            "--epochs" => epochs = num()?.max(1) as usize,
            "--refit" => refit = num()?.max(1) as usize,
            "--prune-steps" => prune_steps = num()? as usize,
            "--prune-ratio" => {
                prune_ratio = val
                    .parse::<f64>()
                    .map_err(|e| format!("{a} {val}: {e}"))?
                    .max(1.0)
            }
            "--max-bytes" => max_bytes = num()? as usize,
            "--seed" => seed = num()?,
            "--lex-min" => lex_min = num()? as u32,
            "--lex-share" => {
                lex_share = val.parse::<f64>().map_err(|e| format!("{a} {val}: {e}"))?
            }
            "--out" => out_path = val.clone(),
            "--wbits" => {
                wbits = val
                    .split(',')
                    .map(|x| {
                        x.parse::<u32>()
                            .map(|b| b.clamp(2, 8))
                            .map_err(|e| format!("--wbits {x}: {e}"))
                    })
                    .collect::<Result<_, _>>()?
            }
            _ => return Err(format!("unknown option {a}; {usage}")),
        }
        i += 2;
    }
    let dev_path = dev_path.ok_or_else(|| format!("--dev is required; {usage}"))?;
    if train_paths.is_empty() {
        return Err(usage.to_string());
    }
    let clock = Instant::now();
    let mut docs = Vec::new();
    for arg in &train_paths {
        // `PATH@N`: the corpus counts N times (in the lexicon and in every epoch).
        let (path, times) = match arg.rsplit_once('@') {
            Some((p, n)) if n.parse::<usize>().is_ok() => (p, n.parse::<usize>().unwrap_or(1)),
            _ => (arg.as_str(), 1),
        };
        let (d, al) = corpus::read_file(path)?;
        eprintln!(
            "train {path} (x{times}): {} docs, {} corpus tokens, {:.1}% aligned",
            d.len(),
            al.corpus,
            al.percent()
        );
        for _ in 0..times {
            docs.extend(d.iter().cloned());
        }
    }
    let mut counts: std::collections::HashMap<u64, [u32; NT]> = Default::default();
    for d in &docs {
        for (t, g) in d.tokens.iter().zip(&d.gold) {
            if let Some(g) = g {
                counts.entry(word_hash(t.text(&d.text))).or_insert([0; NT])[g.class()] += 1;
            }
        }
    }
    let lex = lexicon::build(&counts, lex_min, lex_share);
    let mut lex_bytes = Vec::new();
    lex.encode(&mut lex_bytes);
    eprintln!(
        "lexicon: {} words seen {lex_min}+ times, {} classes, {} bytes",
        lex.map.len(),
        lex.map.iter().map(|(_, class)| class).max().unwrap_or(0),
        lex_bytes.len()
    );
    let train = Set::new(docs, &lex);
    let (dev_docs, al) = corpus::read_file(&dev_path)?;
    eprintln!(
        "dev {dev_path}: {} docs, {} corpus tokens, {:.1}% aligned",
        dev_docs.len(),
        al.corpus,
        al.percent()
    );
    let dev = Set::new(dev_docs, &lex);
    eprintln!(
        "prepared {} training tokens in {:.1}s",
        train.tokens(),
        clock.elapsed().as_secs_f64()
    );

    let (acc, epoch, avg) = train_epochs(&train, &dev, epochs, seed, None);
    eprintln!(
        "best epoch {epoch}: dev accuracy {acc:.2} with {} features unpruned",
        avg.index.len()
    );
    let (mut best_acc, mut best_bytes) =
        best_packing(&avg, &lex, &dev, &wbits, max_bytes, "pruned")?;
    // Iterative pruning (prune, then retrain only the weights that survived): budgets halve down to
    // the target, so the weights that remain learn to carry what was cut.
    let mut avg = avg;
    for step in (0..prune_steps).rev() {
        let target = (max_bytes as f64 * prune_ratio.powi(step as i32)) as usize;
        let (_, bytes) = fit(&avg, &lex, wbits[0], target);
        let kept = model::decode(&bytes).ok_or("the packed model does not decode")?;
        let allowed = kept.masks();
        eprintln!(
            "refit on {} features, {} weights ({target} bytes)",
            allowed.len(),
            allowed.values().map(|m| m.count_ones()).sum::<u32>()
        );
        let (acc, epoch, next) =
            train_epochs(&train, &dev, refit, seed + 1 + step as u64, Some(&allowed));
        eprintln!("refit best epoch {epoch}: dev accuracy {acc:.2} unquantised");
        avg = next;
    }
    if prune_steps > 0 {
        let (acc2, bytes2) = best_packing(&avg, &lex, &dev, &wbits, max_bytes, "refit")?;
        if acc2 > best_acc {
            (best_acc, best_bytes) = (acc2, bytes2);
        }
    }
    std::fs::write(&out_path, &best_bytes).map_err(|e| format!("writing {out_path}: {e}"))?;
    // As shipped: tags and noun phrases through the public functions.
    let mut s = Scores::default();
    let m = model::decode(&best_bytes).ok_or("the written model does not decode")?;
    for (d, p) in dev.docs.iter().zip(&dev.prepared) {
        let mut classes = Vec::new();
        super::tag_classes(p, &m, &mut classes);
        let tags: Vec<Pos> = classes.into_iter().map(Pos::from_class).collect();
        let nps = super::noun_phrases(&d.tokens, &tags, &d.sentences);
        s.add(d, &tags, &nps);
    }
    let (np_p, np_r, np_f) = s.np();
    eprintln!(
        "wrote {out_path}: {} bytes; dev accuracy {best_acc:.2} ({:.2} as shipped), noun phrases \
         p={np_p:.2} r={np_r:.2} f1={np_f:.2}; {:.0}s in all",
        best_bytes.len(),
        s.accuracy(),
        clock.elapsed().as_secs_f64()
    );
    Ok(())
}
