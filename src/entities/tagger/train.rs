//! Training the tagger (native only): `article-analyzer train TRAIN.jsonl DEV.jsonl [options]`.
//!
//! Reads CoNLL-2003 in the evaluation JSONL form (`text` plus character-offset `entities`), tokenizes each
//! text with the project's own tokenizer, aligns the gold spans to tokens as BILOU tags and trains an
//! averaged structured perceptron (Collins 2002) in document order, so that the prediction-history
//! features see the model's own earlier predictions exactly as at tagging time (Ratinov & Roth 2009).
//! After each epoch the averaged weights are scored on DEV; the best epoch is quantised to `i8` with one
//! scale, rows that round to zero are pruned, and the result is written in the format of `model.rs`.
//!
//! The training gazetteer (names of entities in the training data) is built leave-one-document-out while
//! training: in a training document a name counts only if another document also names it, so the weights
//! learn how far to trust a list of names seen elsewhere, not a list that always contains the answer.
//!
//! Options: `--epochs N` (default 12), `--seeds N` (default 4: how many perceptrons, trained on
//! differently shuffled documents, to average), `--max-features N` (default 50000), `--out PATH`
//! (default `data/ner_model.bin`), `--seed N`.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use serde_json::Value;

use super::features::{
    low_form, low_hash, phrase_key, tag, word_key, DocCtx, History, B, I, L, NT, U,
};
use super::model::{self, KeyMap, Packed, Scorer};
use super::{lexicon, spans, tag_doc};
use crate::text::Span;
use crate::tokens::tokenize;

/// One annotated document.
struct Doc {
    text: String,
    tokens: Vec<crate::tokens::Token>,
    sentences: Vec<Span>,
    /// Gold BILOU tag per token.
    gold: Vec<u8>,
    /// Gold (phrase key, type 0..=3) pairs, for the leave-one-out gazetteer.
    names: HashSet<(u32, u8)>,
}

const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

fn read_docs(path: &str) -> Result<(Vec<Doc>, usize), String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?;
    let mut docs = Vec::new();
    let mut misaligned = 0usize;
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let mut char_byte: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        char_byte.push(text.len());
        let tokens = tokenize(&text);
        let sentences: Vec<Span> = crate::sentences::sentences(&text).collect();
        let mut gold = vec![0u8; tokens.len()];
        let mut names = HashSet::new();
        for e in v
            .get("entities")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let get = |k: &str| e.get(k).and_then(Value::as_u64).map(|x| x as usize);
            let (Some(s), Some(t)) = (get("start"), get("end")) else {
                continue;
            };
            let ty = e.get("type").and_then(Value::as_str).unwrap_or("");
            let Some(ty) = TYPES.iter().position(|x| *x == ty) else {
                continue;
            };
            let (Some(&bs), Some(&be)) = (char_byte.get(s), char_byte.get(t)) else {
                continue;
            };
            let first = tokens.partition_point(|tk| tk.span.start < bs);
            let last = tokens.partition_point(|tk| tk.span.start < be);
            if first >= last || tokens[first].span.start != bs || tokens[last - 1].span.end != be {
                misaligned += 1;
            }
            if first >= last {
                continue;
            }
            let len = last - first;
            for (k, g) in gold[first..last].iter_mut().enumerate() {
                let p = match (k, len) {
                    (_, 1) => U,
                    (0, _) => B,
                    (k, len) if k + 1 == len => L,
                    _ => I,
                };
                *g = tag(p, ty + 1);
            }
            let key = phrase_key(
                tokens[first..last]
                    .iter()
                    .map(|tk| low_hash(&low_form(tk.text(&text)))),
            );
            names.insert((key, ty as u8));
            for tk in &tokens[first..last] {
                let w = tk.text(&text);
                if w.chars().next().is_some_and(char::is_uppercase) {
                    names.insert((word_key(low_hash(&low_form(w))), ty as u8));
                }
            }
        }
        docs.push(Doc {
            text,
            tokens,
            sentences,
            gold,
            names,
        });
    }
    Ok((docs, misaligned))
}

/// Perceptron weights with the running sums for averaging.
#[derive(Default)]
struct Weights {
    index: KeyMap<u32>,
    w: Vec<[f32; NT]>,
    u: Vec<[f32; NT]>,
    trans: [[f32; NT]; NT],
    trans_u: [[f32; NT]; NT],
    start: [f32; NT],
    start_u: [f32; NT],
    /// Updates so far (the averaging clock).
    c: f32,
}

impl Scorer for Weights {
    fn emission(&self, feats: &[u32], out: &mut [f32; NT]) {
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for (o, w) in out.iter_mut().zip(&self.w[r as usize]) {
                    *o += w;
                }
            }
        }
    }
    fn transitions(&self) -> &[[f32; NT]; NT] {
        &self.trans
    }
    fn starts(&self) -> &[f32; NT] {
        &self.start
    }
}

impl Weights {
    fn add(&mut self, f: u32, tag: u8, d: f32) {
        let n = self.w.len() as u32;
        let r = *self.index.entry(f).or_insert(n) as usize;
        if r == self.w.len() {
            self.w.push([0.0; NT]);
            self.u.push([0.0; NT]);
        }
        self.w[r][tag as usize] += d;
        self.u[r][tag as usize] += self.c * d;
    }

    /// The perceptron update for one sentence: towards the gold tags, away from the predicted ones.
    fn update(&mut self, gold: &[u8], pred: &[u8], feats: &[u32], offs: &[usize]) {
        for k in 0..pred.len() {
            let (g, p) = (gold[k], pred[k]);
            if g != p {
                for &f in &feats[offs[k]..offs[k + 1]] {
                    self.add(f, g, 1.0);
                    self.add(f, p, -1.0);
                }
            }
            let c = self.c;
            if k == 0 {
                if g != p {
                    self.start[g as usize] += 1.0;
                    self.start_u[g as usize] += c;
                    self.start[p as usize] -= 1.0;
                    self.start_u[p as usize] -= c;
                }
            } else {
                let (gp, pp) = (gold[k - 1] as usize, pred[k - 1] as usize);
                if (gp, g) != (pp, p) {
                    self.trans[gp][g as usize] += 1.0;
                    self.trans_u[gp][g as usize] += c;
                    self.trans[pp][p as usize] -= 1.0;
                    self.trans_u[pp][p as usize] -= c;
                }
            }
        }
    }

    /// Averaged weights (Collins 2002): w - u / c.
    #[allow(clippy::needless_range_loop)] // tag-by-tag matrix code reads best with indices
    fn averaged(&self) -> Averaged {
        let c = self.c.max(1.0);
        let avg = |w: f32, u: f32| w - u / c;
        let mut trans = [[0.0; NT]; NT];
        for p in 0..NT {
            for t in 0..NT {
                trans[p][t] = avg(self.trans[p][t], self.trans_u[p][t]);
            }
        }
        let mut start = [0.0; NT];
        for t in 0..NT {
            start[t] = avg(self.start[t], self.start_u[t]);
        }
        Averaged {
            index: self.index.clone(),
            w: self
                .w
                .iter()
                .zip(&self.u)
                .map(|(w, u)| {
                    let mut r = [0.0; NT];
                    for t in 0..NT {
                        r[t] = avg(w[t], u[t]);
                    }
                    r
                })
                .collect(),
            trans,
            start,
        }
    }
}

/// Averaged (or ensembled) weights with their own index.
struct Averaged {
    index: KeyMap<u32>,
    w: Vec<[f32; NT]>,
    trans: [[f32; NT]; NT],
    start: [f32; NT],
}

impl Scorer for Averaged {
    fn emission(&self, feats: &[u32], out: &mut [f32; NT]) {
        for f in feats {
            if let Some(row) = self.index.get(f).and_then(|&r| self.w.get(r as usize)) {
                for (o, w) in out.iter_mut().zip(row) {
                    *o += w;
                }
            }
        }
    }
    fn transitions(&self) -> &[[f32; NT]; NT] {
        &self.trans
    }
    fn starts(&self) -> &[f32; NT] {
        &self.start
    }
}

/// Exact-match span counts per type: (true positives, predicted, gold).
#[derive(Default, Clone, Copy)]
struct Counts([[usize; 3]; 4]);

impl Counts {
    fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g: HashSet<(usize, usize, usize)> = spans(gold).into_iter().collect();
        for s in spans(pred) {
            self.0[s.2 - 1][1] += 1;
            if g.contains(&s) {
                self.0[s.2 - 1][0] += 1;
            }
        }
        for s in g {
            self.0[s.2 - 1][2] += 1;
        }
    }
    fn f1(tp: usize, p: usize, g: usize) -> f64 {
        if p + g == 0 {
            return 0.0;
        }
        200.0 * tp as f64 / (p + g) as f64
    }
    fn overall(&self) -> f64 {
        let s = |k: usize| self.0.iter().map(|r| r[k]).sum::<usize>();
        Self::f1(s(0), s(1), s(2))
    }
    fn report(&self) -> String {
        let mut out = format!("F1 {:.2}", self.overall());
        for (k, r) in self.0.iter().enumerate() {
            out += &format!("  {} {:.2}", TYPES[k], Self::f1(r[0], r[1], r[2]));
        }
        out
    }
}

/// Document frequencies of training names per type.
struct NameCounts(HashMap<u32, [u32; 4]>);

impl NameCounts {
    fn new(docs: &[Doc]) -> Self {
        let mut m: HashMap<u32, [u32; 4]> = HashMap::new();
        for d in docs {
            for &(k, ty) in &d.names {
                m.entry(k).or_insert([0; 4])[ty as usize] += 1;
            }
        }
        NameCounts(m)
    }
    /// Bits of the types `key` is named as, leaving out `own` (one document's names).
    fn bits(&self, key: u32, own: Option<&HashSet<(u32, u8)>>) -> u16 {
        let Some(c) = self.0.get(&key) else {
            return 0;
        };
        let mut bits = 0u16;
        for (ty, &n) in c.iter().enumerate() {
            let mine = own.is_some_and(|o| o.contains(&(key, ty as u8))) as u32;
            if n > mine {
                bits |= 1 << ty;
            }
        }
        bits
    }
}

fn evaluate<S: Scorer>(docs: &[Doc], ctxs: &[DocCtx], s: &S) -> Counts {
    let mut c = Counts::default();
    for (d, ctx) in docs.iter().zip(ctxs) {
        c.add(&d.gold, &tag_doc(ctx, s));
    }
    c
}

/// Quantises averaged weights to `i8` (one scale: the weight at the `1 - 1/tail` quantile of magnitudes
/// maps to 127, larger ones are clipped), prunes zero rows and keeps the `max` strongest.
#[allow(clippy::needless_range_loop)] // tag-by-tag matrix code reads best with indices
fn pack(avg: &Averaged, names: &NameCounts, max: usize, tail: usize) -> Packed {
    let mut mags: Vec<f32> = avg
        .w
        .iter()
        .flat_map(|r| r.iter().map(|v| v.abs()))
        .filter(|&v| v > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let q = mags
        .get(mags.len().saturating_sub(1 + mags.len() / tail.max(1)))
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let scale = q / 127.0;
    let quant = |v: f32| (v / scale).round().clamp(-127.0, 127.0) as i8;
    let mut rows: Vec<(u32, [i8; NT], u8)> = avg
        .index
        .iter()
        .filter_map(|(&k, &r)| {
            let row = avg.w.get(r as usize)?;
            let mut w = [0i8; NT];
            for t in 0..NT {
                w[t] = quant(row[t]);
            }
            let m = w.iter().map(|v| v.unsigned_abs()).max().unwrap_or(0);
            (m > 0).then_some((k, w, m))
        })
        .collect();
    if rows.len() > max {
        rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        rows.truncate(max);
    }
    let mut rows: Vec<(u32, [i8; NT])> = rows.into_iter().map(|(k, w, _)| (k, w)).collect();
    rows.sort_by_key(|r| r.0);
    let q16 = |v: f32| (v / scale).round().clamp(-32767.0, 32767.0) as i16;
    let mut trans = [[0i16; NT]; NT];
    for p in 0..NT {
        for t in 0..NT {
            trans[p][t] = q16(avg.trans[p][t]);
        }
    }
    let mut start = [0i16; NT];
    for t in 0..NT {
        start[t] = q16(avg.start[t]);
    }
    let mut gazetteer: Vec<(u32, u8)> = names
        .0
        .keys()
        .map(|&k| (k, names.bits(k, None) as u8))
        .collect();
    gazetteer.sort_unstable();
    Packed {
        scale,
        rows,
        trans,
        start,
        gazetteer,
    }
}

/// Trains one averaged perceptron for `epochs` epochs (documents shuffled with `seed`); returns the
/// dev F1, the epoch and the averaged weights of the best epoch on dev.
fn train_one(
    train: &[Doc],
    train_ctx: &[DocCtx],
    dev: &[Doc],
    dev_ctx: &[DocCtx],
    epochs: usize,
    seed: u64,
) -> (f64, usize, Averaged) {
    let clock = Instant::now();
    let mut wts = Weights::default();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).max(1);
    let mut best: Option<(f64, usize, Averaged)> = None;
    let mut feats: Vec<u32> = Vec::new();
    let mut offs: Vec<usize> = Vec::new();
    let mut emis: Vec<[f32; NT]> = Vec::new();
    for epoch in 1..=epochs {
        // Fisher-Yates with xorshift.
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        for &di in &order {
            let (doc, ctx) = (&train[di], &train_ctx[di]);
            let mut hist = History::default();
            for &(a, b) in &ctx.sents {
                feats.clear();
                offs.clear();
                emis.clear();
                for i in a..b {
                    offs.push(feats.len());
                    ctx.features(a, b, i, &hist, &mut feats);
                    let mut e = [0f32; NT];
                    wts.emission(&feats[offs[i - a]..], &mut e);
                    emis.push(e);
                }
                offs.push(feats.len());
                let pred = model::viterbi(&emis, &wts.trans, &wts.start);
                let gold = &doc.gold[a..b];
                if pred != gold {
                    errors += 1;
                    wts.update(gold, &pred, &feats, &offs);
                }
                wts.c += 1.0;
                hist.record(ctx, a, &pred);
            }
        }
        let avg = wts.averaged();
        let counts = evaluate(dev, dev_ctx, &avg);
        let f = counts.overall();
        eprintln!(
            "epoch {epoch:2}: {errors} sentence errors, {} features; dev {} ({:.0}s)",
            wts.w.len(),
            counts.report(),
            clock.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, epoch, avg));
        }
    }
    best.unwrap_or_else(|| (0.0, 0, wts.averaged()))
}

/// Runs the `train` command: `args` are `TRAIN DEV [--epochs N] [--seeds N] [--max-features N] [--out PATH]
/// [--seed N]`. Prints progress to stderr and writes the model.
pub fn run(args: &[String]) -> Result<(), String> {
    let usage =
        "train TRAIN.jsonl DEV.jsonl [--epochs N] [--seeds N] [--max-features N] [--out PATH] \
                 [--seed N]";
    let (train_path, dev_path) = match (args.first(), args.get(1)) {
        (Some(a), Some(b)) => (a.as_str(), b.as_str()),
        _ => return Err(usage.to_string()),
    };
    let mut epochs = 12usize;
    let mut max_features = 50_000usize;
    let mut out_path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/ner_model.bin").to_string();
    let mut seed = 7u64;
    let mut seeds = 4usize;
    let mut i = 2;
    while i < args.len() {
        let val = args.get(i + 1).ok_or(usage)?;
        let num = || val.parse::<u64>().map_err(|e| format!("{}: {e}", args[i]));
        match args[i].as_str() {
            "--epochs" => epochs = num()? as usize,
            "--max-features" => max_features = num()? as usize,
            "--seed" => seed = num()?,
            "--seeds" => seeds = num()?.max(1) as usize,
            "--out" => out_path = val.clone(),
            other => return Err(format!("unknown option {other}; {usage}")),
        }
        i += 2;
    }
    let clock = Instant::now();
    let (train, mis_t) = read_docs(train_path)?;
    let (dev, mis_d) = read_docs(dev_path)?;
    eprintln!(
        "train: {} docs, {} tokens ({} entity spans not on token bounds); dev: {} docs ({} misaligned)",
        train.len(),
        train.iter().map(|d| d.tokens.len()).sum::<usize>(),
        mis_t,
        dev.len(),
        mis_d
    );
    let lex = lexicon::lexicon();
    let names = NameCounts::new(&train);
    let train_ctx: Vec<DocCtx> = train
        .iter()
        .map(|d| {
            let gaz = |k: u32| lex.get(&k).copied().unwrap_or(0) | names.bits(k, Some(&d.names));
            DocCtx::new(&d.text, &d.tokens, &d.sentences, &gaz)
        })
        .collect();
    let dev_gaz = |k: u32| lex.get(&k).copied().unwrap_or(0) | names.bits(k, None);
    let dev_ctx: Vec<DocCtx> = dev
        .iter()
        .map(|d| DocCtx::new(&d.text, &d.tokens, &d.sentences, &dev_gaz))
        .collect();
    eprintln!("prepared in {:.1}s", clock.elapsed().as_secs_f64());

    let mut sum: Option<Averaged> = None;
    for k in 0..seeds {
        let (f, epoch, avg) =
            train_one(&train, &train_ctx, &dev, &dev_ctx, epochs, seed + k as u64);
        eprintln!(
            "seed {}: best epoch {epoch} (dev F1 {f:.2})",
            seed + k as u64
        );
        sum = Some(match sum {
            None => avg,
            Some(mut acc) => {
                for (key, &r) in &avg.index {
                    let n = acc.w.len() as u32;
                    let row = *acc.index.entry(*key).or_insert(n) as usize;
                    if row == acc.w.len() {
                        acc.w.push([0.0; NT]);
                    }
                    for t in 0..NT {
                        acc.w[row][t] += avg.w[r as usize][t];
                    }
                }
                for p in 0..NT {
                    for t in 0..NT {
                        acc.trans[p][t] += avg.trans[p][t];
                    }
                    acc.start[p] += avg.start[p];
                }
                acc
            }
        });
    }
    let avg = sum.ok_or("no seeds")?;
    let ens = evaluate(&dev, &dev_ctx, &avg);
    eprintln!("ensemble of {seeds}: dev {}", ens.report());
    // Quantise with the clipping point that loses least on DEV.
    let mut chosen: Option<(f64, Packed, Vec<u8>, Counts)> = None;
    for tail in [5000, 50000, usize::MAX] {
        let packed = pack(&avg, &names, max_features, tail);
        let bytes = model::encode(&packed);
        let shipped = model::decode(&bytes).ok_or("the packed model does not decode")?;
        let q = evaluate(&dev, &dev_ctx, &shipped);
        eprintln!("  clip at 1/{tail} of weights: dev {}", q.report());
        if chosen.as_ref().is_none_or(|c| q.overall() > c.0) {
            chosen = Some((q.overall(), packed, bytes, q));
        }
    }
    let (_, packed, bytes, q) = chosen.ok_or("nothing packed")?;
    eprintln!(
        "packed: {} features, {} gazetteer names, {} bytes; dev after quantisation {}",
        packed.rows.len(),
        packed.gazetteer.len(),
        bytes.len(),
        q.report()
    );
    std::fs::write(&out_path, &bytes).map_err(|e| format!("writing {out_path}: {e}"))?;
    eprintln!(
        "wrote {out_path} in {:.0}s total",
        clock.elapsed().as_secs_f64()
    );
    Ok(())
}
