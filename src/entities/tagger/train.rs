//! Training the tagger (native only): `article-analyzer train TRAIN.jsonl DEV.jsonl [options]`.
//!
//! Reads CoNLL-2003 in the evaluation JSONL form (`text` plus character-offset `entities`), tokenizes each
//! text with the project's own tokenizer, aligns the gold spans to tokens as BILOU tags and trains an
//! averaged structured perceptron (Collins 2002) in document order, so that the prediction-history
//! features see the model's own earlier predictions exactly as at tagging time (Ratinov & Roth 2009).
//! Extra training sets in the same form (`--extra PATH@SHARE`, e.g. WikiNEuRal's silver Wikipedia
//! sentences) join the shuffled documents, each document taking part in a random `SHARE` of the epochs,
//! so a large silver set adds names without drowning the gold newswire. After each epoch the averaged
//! weights are scored on every dev set (DEV and each `--dev PATH`, e.g. wikigold held out of training);
//! their mean F1 picks the best epoch. The sum of the seeds' best weights is quantised (one scale, then a
//! codebook of `--wbits` bits fitted to the weights by Lloyd's algorithm), the strongest `--max-features` rows are kept,
//! and the result is written in the format of `model.rs`, scored as shipped.
//!
//! The training gazetteer (names of entities in the training data) is built leave-one-document-out while
//! training: in a training document a name counts only if another document also names it, so the weights
//! learn how far to trust a list of names seen elsewhere, not a list that always contains the answer. The
//! shipped gazetteer keeps every name of TRAIN and the names of extra sets seen in `--gaz-min` documents.
//!
//! Options: `--epochs N` (default 16), `--seeds N` (default 6: how many perceptrons, trained on
//! differently shuffled documents, to sum), `--max-features N` (default 16000), `--wbits N` (default 6),
//! `--gaz-min N` (default 2), `--extra PATH[@SHARE[@MIN]]` (`MIN`: this set's names enter the shipped
//! gazetteer when seen in at least `MIN` of its documents), `--contexts PATH[@SHARE]` (an extra set that
//! trains the weights only: its names join neither the training nor the shipped gazetteer), `--dev
//! PATH`, `--out PATH` (default
//! `data/ner_model.bin`), `--seed N`, `--sweep MAX:WBITS:GAZMIN,...` (one model per setting).

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use serde_json::Value;

use super::features::{low_form, low_hash, tokens_key, word_key, DocCtx, History};
use super::model::{self, Packed, Scorer};
use super::tags::{spans, EntityType, Tag, NT};
use super::{lexicon, tag_doc};
use crate::model::codebook::{codebook, nearest};
use crate::model::hash::KeyMap;
use crate::text::Span;
use crate::tokens::tokenize;

/// One annotated document.
struct Doc {
    text: String,
    tokens: Vec<crate::tokens::Token>,
    forms: crate::tokens::Forms,
    sentences: Vec<Span>,
    /// Gold BILOU tag per token.
    gold: Vec<Tag>,
    /// Gold (phrase key, type 0..=3) pairs, for the leave-one-out gazetteer.
    names: HashSet<(u32, u8)>,
    /// Share of epochs that train on this document (1.0 for the main set; less for extra sets).
    frac: f64,
    /// An extra set's own floor for its names in the shipped gazetteer: seen in at least this many of
    /// its documents (0: the `--gaz-min` of every extra set).
    gaz_min: u32,
}

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
        let mut gold = vec![Tag::O; tokens.len()];
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
            let Some(ty) = EntityType::from_conll(ty) else {
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
            for (g, t) in gold[first..last]
                .iter_mut()
                .zip(Tag::for_entity(ty, last - first))
            {
                *g = t;
            }
            let key = tokens_key(&text, &tokens[first..last]);
            names.insert((key, ty.index() as u8));
            for tk in &tokens[first..last] {
                let w = tk.text(&text);
                if w.chars().next().is_some_and(char::is_uppercase) {
                    names.insert((word_key(low_hash(&low_form(w))), ty.index() as u8));
                }
            }
        }
        docs.push(Doc {
            forms: crate::tokens::Forms::new(&text, &tokens),
            text,
            tokens,
            sentences,
            gold,
            names,
            frac: 1.0,
            gaz_min: 0,
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
    fn add(&mut self, f: u32, tag: Tag, d: f32) {
        let n = self.w.len() as u32;
        let r = *self.index.entry(f).or_insert(n) as usize;
        if r == self.w.len() {
            self.w.push([0.0; NT]);
            self.u.push([0.0; NT]);
        }
        self.w[r][tag.index()] += d;
        self.u[r][tag.index()] += self.c * d;
    }

    /// The perceptron update for one sentence: towards the gold tags, away from the predicted ones.
    fn update(&mut self, gold: &[Tag], pred: &[Tag], feats: &[u32], offs: &[usize]) {
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
                    self.start[g.index()] += 1.0;
                    self.start_u[g.index()] += c;
                    self.start[p.index()] -= 1.0;
                    self.start_u[p.index()] -= c;
                }
            } else {
                let (gp, pp) = (gold[k - 1].index(), pred[k - 1].index());
                if (gp, g) != (pp, p) {
                    self.trans[gp][g.index()] += 1.0;
                    self.trans_u[gp][g.index()] += c;
                    self.trans[pp][p.index()] -= 1.0;
                    self.trans_u[pp][p.index()] -= c;
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
    fn add(&mut self, gold: &[Tag], pred: &[Tag]) {
        let g: HashSet<(usize, usize, EntityType)> = spans(gold).into_iter().collect();
        for s in spans(pred) {
            self.0[s.2.index()][1] += 1;
            if g.contains(&s) {
                self.0[s.2.index()][0] += 1;
            }
        }
        for s in g {
            self.0[s.2.index()][2] += 1;
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
            out += &format!(
                "  {} {:.2}",
                EntityType::ALL[k].conll(),
                Self::f1(r[0], r[1], r[2])
            );
        }
        out
    }
}

/// Document frequencies of training names per type, the names of the main training set, and which
/// names the shipped gazetteer keeps beside them (see [`NameCounts::shipped`]).
struct NameCounts(HashMap<u32, [u32; 4]>, HashSet<u32>, Floors);

/// Names of the extra sets: documents naming them among the sets without a floor of their own, and
/// the names an extra set with its own floor (`PATH@SHARE@MIN`) names in at least that many of its
/// documents.
#[derive(Default)]
struct Floors {
    general: HashMap<u32, u32>,
    floored: HashSet<u32>,
}

impl NameCounts {
    fn new(docs: &[Doc]) -> Self {
        let mut m: HashMap<u32, [u32; 4]> = HashMap::new();
        let mut main = HashSet::new();
        // (key, floor) -> documents of the sets with that floor naming it
        let mut own: HashMap<(u32, u32), u32> = HashMap::new();
        let mut general: HashMap<u32, u32> = HashMap::new();
        for d in docs {
            for &(k, ty) in &d.names {
                m.entry(k).or_insert([0; 4])[ty as usize] += 1;
                if d.frac >= 1.0 {
                    main.insert(k);
                }
            }
            if d.frac < 1.0 {
                // Counted per (name, type), as the document frequencies per type sum.
                for &(k, _) in &d.names {
                    if d.gaz_min > 0 {
                        *own.entry((k, d.gaz_min)).or_insert(0) += 1;
                    } else {
                        *general.entry(k).or_insert(0) += 1;
                    }
                }
            }
        }
        let floored = own
            .into_iter()
            .filter(|&((_, min), n)| n >= min)
            .map(|((k, _), _)| k)
            .collect();
        NameCounts(m, main, Floors { general, floored })
    }

    /// Whether the shipped gazetteer keeps `key`: a main-set name, a name of an extra set with its
    /// own floor that reaches it, or a name seen in `gaz_min` documents of the other extra sets.
    fn shipped(&self, key: u32, gaz_min: u32) -> bool {
        self.1.contains(&key)
            || self.2.floored.contains(&key)
            || self.2.general.get(&key).is_some_and(|&n| n >= gaz_min)
    }
    /// Bits of the types `key` is named as, leaving out `own` (one document's names).
    fn bits(&self, key: u32, own: Option<&HashSet<(u32, u8)>>) -> u32 {
        let Some(c) = self.0.get(&key) else {
            return 0;
        };
        let mut bits = 0u32;
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

/// How a model is packed: rows kept, bits per weight and the rarest extra-set name the gazetteer
/// keeps.
#[derive(Clone, Copy, Debug)]
struct PackSpec {
    /// At most this many feature rows (the strongest).
    max: usize,
    /// Bits per stored weight code.
    wbits: u32,
    /// Keep the names of extra training sets seen in at least this many documents (the main set's
    /// names are always kept).
    gaz_min: u32,
    /// Codebook levels start log-spaced from this quantile of the weight magnitudes (a fraction).
    floor: f64,
}

/// Codes averaged weights with a fitted codebook, prunes zero rows and keeps the `spec.max`
/// strongest.
fn pack(avg: &Averaged, names: &NameCounts, spec: PackSpec) -> Packed {
    let mut mags: Vec<f32> = avg
        .w
        .iter()
        .flat_map(|r| r.iter().map(|v| v.abs()))
        .filter(|&v| v > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let book = codebook(&mags, spec.wbits, spec.floor);
    let mut rows: Vec<(u32, [u8; NT], f32)> = avg
        .index
        .iter()
        .filter_map(|(&k, &r)| {
            let row = avg.w.get(r as usize)?;
            let mut codes = [0u8; NT];
            let mut strength = 0f32;
            for (c, &v) in codes.iter_mut().zip(row) {
                *c = nearest(&book, v);
                strength = strength.max(book[usize::from(*c)].abs());
            }
            (strength > 0.0).then_some((k, codes, strength))
        })
        .collect();
    if rows.len() > spec.max {
        rows.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        rows.truncate(spec.max);
    }
    let mut rows: Vec<(u32, [u8; NT])> = rows.into_iter().map(|(k, w, _)| (k, w)).collect();
    rows.sort_by_key(|r| r.0);
    let mut gazetteer: Vec<(u32, u8)> = names
        .0
        .iter()
        .filter(|(k, _)| names.shipped(**k, spec.gaz_min))
        .map(|(&k, _)| (k, names.bits(k, None) as u8))
        .collect();
    gazetteer.sort_unstable();
    Packed {
        wbits: spec.wbits,
        codebook: book,
        rows,
        trans: avg.trans,
        start: avg.start,
        gazetteer,
    }
}

/// A development set: its name, documents and prepared contexts.
struct DevSet {
    name: String,
    docs: Vec<Doc>,
    ctx: Vec<DocCtx>,
}

/// The mean F1 over the development sets (the model-selection criterion) and a report line.
fn score_devs<S: Scorer>(devs: &[DevSet], s: &S) -> (f64, String) {
    score_devs_with(devs, devs, s)
}

/// [`score_devs`] with the contexts of `ctxs` (the same documents prepared with another gazetteer).
fn score_devs_with<S: Scorer>(devs: &[DevSet], ctxs: &[DevSet], s: &S) -> (f64, String) {
    let mut sum = 0.0;
    let mut report = String::new();
    for (d, x) in devs.iter().zip(ctxs) {
        let c = evaluate(&d.docs, &x.ctx, s);
        sum += c.overall();
        report += &format!("{} {}; ", d.name, c.report());
    }
    (sum / devs.len().max(1) as f64, report)
}

/// Trains one averaged perceptron for `epochs` epochs (documents shuffled with `seed`); returns the
/// dev F1, the epoch and the averaged weights of the best epoch on dev.
fn train_one(
    train: &[Doc],
    train_ctx: &[DocCtx],
    devs: &[DevSet],
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
            if doc.frac < 1.0 {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                if (rng % 1_000_000) as f64 >= doc.frac * 1e6 {
                    continue;
                }
            }
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
                let pred = model::viterbi(&emis, &[], &wts.trans, &wts.start);
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
        let (f, report) = score_devs(devs, &avg);
        eprintln!(
            "epoch {epoch:2}: {errors} sentence errors, {} features; {report} ({:.0}s)",
            wts.w.len(),
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
        "train TRAIN.jsonl DEV.jsonl [--extra PATH[@SHARE]]... [--contexts PATH[@SHARE]]... \
                 [--dev PATH]... [--epochs N] \
                 [--seeds N] [--max-features N] [--out PATH] [--seed N]";
    let (train_path, dev_path) = match (args.first(), args.get(1)) {
        (Some(a), Some(b)) => (a.as_str(), b.as_str()),
        _ => return Err(usage.to_string()),
    };
    let mut epochs = 16usize;
    let mut max_features = 16_000usize;
    // `--sweep MAX:WBITS:GAZMIN,...` writes one model per setting, to `OUT.MAX_WBITS_GAZMIN`.
    let mut sweep: Vec<(usize, u32, u32)> = Vec::new();
    let mut out_path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/ner_model.bin").to_string();
    let mut seed = 7u64;
    let mut seeds = 6usize;
    let mut wbits = 6u32;
    let mut gaz_min = 2u32;
    // (path, share, whether its names join the gazetteers, its own gazetteer floor or 0)
    let mut extras: Vec<(String, f64, bool, u32)> = Vec::new();
    let mut dev_paths: Vec<String> = vec![dev_path.to_string()];
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
            "--wbits" => wbits = (num()? as u32).clamp(1, 8),
            "--gaz-min" => gaz_min = num()? as u32,
            "--sweep" => {
                for item in val.split(',') {
                    let v: Vec<u64> = item
                        .split(':')
                        .map(|x| x.parse::<u64>().map_err(|e| format!("--sweep {item}: {e}")))
                        .collect::<Result<_, _>>()?;
                    let [m, w, g] = v[..] else {
                        return Err(format!("--sweep {item}: expected MAX:WBITS:GAZMIN"));
                    };
                    sweep.push((m as usize, (w as u32).clamp(1, 8), g as u32));
                }
            }
            "--dev" => dev_paths.push(val.clone()),
            "--extra" | "--contexts" => {
                // PATH[@SHARE[@MIN]]
                let mut parts = val.split('@');
                let path = parts.next().unwrap_or_default().to_string();
                let share = match parts.next() {
                    Some(f) => f
                        .parse::<f64>()
                        .map_err(|e| format!("{} {val}: {e}", args[i]))?,
                    None => 1.0,
                };
                let min = match parts.next() {
                    Some(m) => m
                        .parse::<u32>()
                        .map_err(|e| format!("{} {val}: {e}", args[i]))?,
                    None => 0,
                };
                extras.push((path, share.clamp(0.0, 1.0), args[i] == "--extra", min));
            }
            other => return Err(format!("unknown option {other}; {usage}")),
        }
        i += 2;
    }
    let clock = Instant::now();
    let (mut train, mis_t) = read_docs(train_path)?;
    eprintln!(
        "train {train_path}: {} docs, {} tokens ({mis_t} entity spans not on token bounds)",
        train.len(),
        train.iter().map(|d| d.tokens.len()).sum::<usize>(),
    );
    for (path, share, listed, min) in &extras {
        let (mut docs, mis) = read_docs(path)?;
        eprintln!(
            "extra {path} (share {share}{}): {} docs, {} tokens ({mis} misaligned)",
            if *listed { "" } else { ", names unlisted" },
            docs.len(),
            docs.iter().map(|d| d.tokens.len()).sum::<usize>(),
        );
        for d in &mut docs {
            d.frac = *share;
            d.gaz_min = *min;
            if !listed {
                d.names.clear();
            }
        }
        train.append(&mut docs);
    }
    let lex = lexicon::lexicon(0);
    let names = NameCounts::new(&train);
    let train_ctx: Vec<DocCtx> = train
        .iter()
        .map(|d| {
            let gaz = |k: u32| lex.get(k).unwrap_or(0) | names.bits(k, Some(&d.names));
            DocCtx::new(&d.text, &d.tokens, (&d.forms, 0), &d.sentences, &gaz)
        })
        .collect();
    let dev_gaz = |k: u32| lex.get(k).unwrap_or(0) | names.bits(k, None);
    let mut devs = Vec::new();
    for path in &dev_paths {
        let (docs, mis) = read_docs(path)?;
        eprintln!("dev {path}: {} docs ({mis} misaligned)", docs.len());
        let ctx = docs
            .iter()
            .map(|d| DocCtx::new(&d.text, &d.tokens, (&d.forms, 0), &d.sentences, &dev_gaz))
            .collect();
        let name = std::path::Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(path)
            .to_string();
        devs.push(DevSet { name, docs, ctx });
    }
    eprintln!("prepared in {:.1}s", clock.elapsed().as_secs_f64());

    let mut sum: Option<Averaged> = None;
    for k in 0..seeds {
        let (f, epoch, avg) = train_one(&train, &train_ctx, &devs, epochs, seed + k as u64);
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
    let (_, ens) = score_devs(&devs, &avg);
    eprintln!("ensemble of {seeds}: {ens}");
    if sweep.is_empty() {
        sweep.push((max_features, wbits, gaz_min));
        write_best(&avg, &names, &lex, &devs, sweep[0], &out_path)?;
    } else {
        for &(m, w, g) in &sweep {
            write_best(
                &avg,
                &names,
                &lex,
                &devs,
                (m, w, g),
                &format!("{out_path}.{m}_{w}_{g}"),
            )?;
        }
    }
    eprintln!("done in {:.0}s total", clock.elapsed().as_secs_f64());
    Ok(())
}

/// Packs `avg` with the clipping point that loses least on the dev sets and writes it to `out_path`.
fn write_best(
    avg: &Averaged,
    names: &NameCounts,
    lex: &crate::model::table::KeyTable,
    devs: &[DevSet],
    (max_features, wbits, gaz_min): (usize, u32, u32),
    out_path: &str,
) -> Result<(), String> {
    // Quantise with the clipping point that loses least on the dev sets.
    let mut chosen: Option<(f64, Packed, Vec<u8>, String)> = None;
    for floor in [0.2, 0.5, 0.8] {
        let spec = PackSpec {
            max: max_features,
            wbits,
            gaz_min,
            floor,
        };
        let packed = pack(avg, names, spec);
        let bytes = model::encode(&packed);
        let shipped = model::decode(&bytes).ok_or("the packed model does not decode")?;
        // Score as shipped: the dev texts see the packed (pruned) gazetteer, not the full one.
        let gaz = |k: u32| lex.get(k).unwrap_or(0) | shipped.gazetteer.get(k).unwrap_or(0);
        let shipped_devs: Vec<DevSet> = devs
            .iter()
            .map(|d| DevSet {
                name: d.name.clone(),
                docs: Vec::new(),
                ctx: d
                    .docs
                    .iter()
                    .map(|x| DocCtx::new(&x.text, &x.tokens, (&x.forms, 0), &x.sentences, &gaz))
                    .collect(),
            })
            .collect();
        let (f, report) = score_devs_with(devs, &shipped_devs, &shipped);
        eprintln!("  codebook from the {floor} quantile: {report}");
        if chosen.as_ref().is_none_or(|c| f > c.0) {
            chosen = Some((f, packed, bytes, report));
        }
    }
    let (_, packed, bytes, report) = chosen.ok_or("nothing packed")?;
    eprintln!(
        "packed: {} features, {} gazetteer names, {} bytes; after quantisation {report}",
        packed.rows.len(),
        packed.gazetteer.len(),
        bytes.len(),
    );
    std::fs::write(out_path, &bytes).map_err(|e| format!("writing {out_path}: {e}"))?;
    eprintln!("wrote {out_path}");
    Ok(())
}

/// Keeps the `rows` feature rows of an entity model with the largest summed weight magnitude (the
/// rows whose loss moves the scores least) and writes the model again: a smaller file without
/// retraining, for fitting the size budget. A model of `rows` rows or fewer keeps them all.
///
/// With `lone_from` (the main training set, CoNLL-2003 train), the training gazetteer also loses
/// the names (and name words) that set has in one document only and only as a person or only as
/// MISC; names it has in two documents or more, as an organisation or a place, or not at all (an
/// extra set's, kept only when two of its documents name them) stay. Training counted a name only
/// when another document named it (leave-one-document-out), so a name of one document never
/// fired in training on its own text; and the people and events of one 1996 newswire story are the
/// names least likely to come back in today's news. The 5,410 names so dropped are 6.8 KB of the
/// .wasm gzipped (7.7 KB of the model file): CoNLL-2003 dev 94.80 -> 94.62, wikigold 70.41 ->
/// 70.71, the present-day sets within 0.25 either way (data/ner_model.md, tenth session).
///
/// With `without_listed`, the training gazetteer also loses the names that the hashed news lists
/// ([`super::news_names`], as compiled into this binary) carry with the same type: a person of
/// their `person` list, an organisation of `company`, a MISC name of `event`. The tagger reads
/// those lists' category bits and the consistency stage their labels, so the name was kept twice:
/// 861 names, 1.3 KB of the .wasm (data/ner_model.md, nineteenth session).
pub fn prune(
    bytes: &[u8],
    rows: usize,
    lone_from: Option<&str>,
    without_listed: bool,
) -> Result<Vec<u8>, String> {
    let mut p = model::decode_packed(bytes).ok_or("not an entity model (NER4)")?;
    let book = p.codebook.clone();
    let magnitude = |codes: &[u8; NT]| -> f32 {
        codes
            .iter()
            .map(|&c| book.get(usize::from(c)).map_or(0.0, |v| v.abs()))
            .sum()
    };
    let mut order: Vec<(f32, usize)> = p
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| (magnitude(&r.1), i))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut keep: Vec<usize> = order.iter().take(rows).map(|x| x.1).collect();
    keep.sort_unstable();
    p.rows = keep.into_iter().map(|i| p.rows[i]).collect();
    if let Some(path) = lone_from {
        let (docs, _) = read_docs(path)?;
        let counts = NameCounts::new(&docs);
        const PER: u8 = 1 << EntityType::Per as u8;
        const MISC: u8 = 1 << EntityType::Misc as u8;
        p.gazetteer.retain(|&(key, bits)| {
            let docs: u32 = counts.0.get(&key).map_or(u32::MAX, |c| c.iter().sum());
            docs >= 2 || !matches!(bits, PER | MISC)
        });
    }
    if without_listed {
        use super::lexicon::category_bit;
        let kinds = [
            ("person", EntityType::Per),
            ("company", EntityType::Org),
            ("event", EntityType::Misc),
        ];
        let listed: HashSet<(u32, u8)> = super::news_names::entries()
            .into_iter()
            .filter_map(|(key, bit)| {
                let (_, t) = kinds.iter().find(|(c, _)| category_bit(c) == Some(bit))?;
                Some((key, 1u8 << *t as u8))
            })
            .collect();
        p.gazetteer.retain(|entry| !listed.contains(entry));
    }
    Ok(model::encode(&p))
}
