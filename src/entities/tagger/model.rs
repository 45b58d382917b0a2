//! The tagger's weights: the compact binary format in `data/ner_model.bin`, decoding it, scoring tokens
//! and Viterbi decoding.
//!
//! Format (little-endian, all written by [`encode`]); keys are the 24-bit feature and phrase hashes
//! of [`crate::model::hash::Hash::finish`], coded as Rice-coded gaps ([`crate::model::bits`]):
//!
//! ```text
//! "NER4"  u8 tags
//! tags*tags f32 transition weights, tags f32 start weights
//! u8 b    2^b f32 codebook values (code 0 is the weight 0)
//! u32 n   u32 g
//! u32 len, len bytes: the n sorted feature keys
//! u32 len, len bytes: the g sorted gazetteer phrase keys
//! u32 len, len bytes: one range-coded stream (crate::model::range) of the n rows of b-bit codes,
//!         one per tag (crate::model::rows: mask bits in the context of the tag's BILOU part and
//!         type, rows balanced, O coded last), then the g 4-bit category sets (PER ORG LOC MISC) as
//!         binary trees
//! ```
//!
//! In memory the weights are `i16` multiples of one scale (the largest codebook value maps to
//! 32767), summed as integers per token, two tags per addition ([`super::lanes`]).
//!
//! Decoding never panics: a truncated or foreign file decodes to `None`.

#[cfg(target_arch = "wasm32")]
use super::lanes::sum_rows;
use super::lanes::Row;
use super::tags::{Tag, NT};
use crate::model::bits::decode_keys;
use crate::model::bytes::ByteReader;
use crate::model::range::{Bit, Coder, Decoder};
use crate::model::rows::{MaskContext, RowCoder};
use crate::model::table::KeyTable;

/// Anything that scores tags for a token's features: the shipped model or the weights in training.
pub(crate) trait Scorer {
    /// Adds the weights of `feats` for every tag into `out`.
    fn emission(&self, feats: &[u32], out: &mut [f32; NT]);
    /// Transition weights `[previous][next]`.
    fn transitions(&self) -> &[[f32; NT]; NT];
    /// Weights of each tag at the start of a sentence.
    fn starts(&self) -> &[f32; NT];
}

/// For each tag, the tags that may precede it in BILOU ([`Tag::may_follow`]), in ascending order:
/// 97 legal pairs of the 289, computed once, so Viterbi visits only those.
struct Predecessors {
    list: [[u8; NT]; NT],
    len: [u8; NT],
}

fn predecessors() -> &'static Predecessors {
    static CELL: std::sync::OnceLock<Predecessors> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let mut p = Predecessors {
            list: [[0; NT]; NT],
            len: [0; NT],
        };
        for t in Tag::all() {
            for q in Tag::all() {
                if Tag::may_follow(Some(q), t) {
                    let k = t.index();
                    *crate::vecs::at_mut(&mut p.list[k], usize::from(p.len[k])) = q.index() as u8;
                    p.len[k] += 1;
                }
            }
        }
        p
    })
}

/// The best tag sequence for per-token emission scores (Viterbi over first-order transitions, only
/// over legal pairs; on a tie the lowest-numbered previous tag wins). A token whose `outside` entry is
/// true is tagged `O` and its emission is not read (an empty `outside` forces nothing): its column
/// costs one tag instead of seventeen. (Tagging decodes with one [`Lattice`] per text; this is for
/// training and tests.)
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub(crate) fn viterbi(
    emis: &[[f32; NT]],
    outside: &[bool],
    trans: &[[f32; NT]; NT],
    start: &[f32; NT],
) -> Vec<Tag> {
    let mut tags = crate::vecs::filled(Tag::O, emis.len());
    Lattice::new(trans, start).decode(emis, outside, &mut tags);
    tags
}

/// Transition and start weights laid out once for [`viterbi`], to decode many sentences with them.
pub(crate) struct Lattice<'a> {
    trans: &'a [[f32; NT]; NT],
    start: &'a [f32; NT],
    /// Transitions as `[next][k]` for the `k`-th legal previous tag of `next` (in the order of
    /// [`predecessors`]), so the inner loop reads one row.
    tr: [[f32; NT]; NT],
    /// The best previous tag of each tag at each token (room kept from sentence to sentence).
    back: Vec<[u8; NT]>,
}

impl<'a> Lattice<'a> {
    /// The lattice of these transition and start weights.
    pub(crate) fn new(trans: &'a [[f32; NT]; NT], start: &'a [f32; NT]) -> Lattice<'a> {
        let preds = predecessors();
        let mut tr = [[0f32; NT]; NT];
        #[allow(clippy::needless_range_loop)] // tag-by-tag matrix code reads best with indices
        for t in 0..NT {
            for k in 0..usize::from(preds.len[t]) {
                tr[t][k] = crate::vecs::at(trans, usize::from(preds.list[t][k]))[t];
            }
        }
        Lattice {
            trans,
            start,
            tr,
            back: Vec::new(),
        }
    }

    /// [`viterbi`] with these weights, into `tags` (one per token of `emis`).
    pub(crate) fn decode(&mut self, emis: &[[f32; NT]], outside: &[bool], tags: &mut [Tag]) {
        let (trans, start, tr) = (self.trans, self.start, &self.tr);
        let n = emis.len().min(tags.len());
        if n == 0 {
            return;
        }
        let preds = predecessors();
        let back = &mut self.back;
        back.clear();
        crate::vecs::resize(back, n, [0u8; NT]);
        let mut score = [f32::NEG_INFINITY; NT];
        let forced = |i: usize| outside.get(i).copied().unwrap_or(false);
        let o = Tag::O.index();
        for t in Tag::all() {
            if Tag::may_follow(None, t) && (!forced(0) || t == Tag::O) {
                score[t.index()] = start[t.index()] + emis[0][t.index()];
            }
        }
        // True while `score` is minus infinity for every tag but `O`, as after a forced token: then
        // `O` is the only previous tag that can win, and a column costs one sum per tag.
        let mut only_o = score.iter().skip(1).all(|&s| s == f32::NEG_INFINITY);
        for i in 1..n {
            if only_o {
                let from_o = score[o];
                let mut next = [f32::NEG_INFINITY; NT];
                if forced(i) {
                    next[o] = from_o + trans[o][o];
                } else {
                    // A test in the loop, where `filter` brought the adapter's search.
                    for t in Tag::all() {
                        if !Tag::may_follow(Some(Tag::O), t) {
                            continue;
                        }
                        let t = t.index();
                        next[t] = from_o + trans[o][t] + emis[i][t];
                    }
                    only_o = false;
                }
                // `back[i]` stays all `O`.
                score = next;
                continue;
            }
            let mut next = [f32::NEG_INFINITY; NT];
            // The best legal predecessor of tag `t` and its score.
            let best_before = |t: usize| {
                let (list, row) = (&preds.list[t], &tr[t]);
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for k in 0..usize::from(preds.len[t]) {
                    let p = list[k];
                    let s = score[usize::from(p)] + row[k];
                    if s > best {
                        best = s;
                        arg = p;
                    }
                }
                (best, arg)
            };
            // A forced token takes `O` alone, without its emission; one loop for both, where each
            // case inlined `best_before`.
            let f = forced(i);
            let tags = if f { o..o + 1 } else { 0..NT };
            for t in tags {
                let (best, arg) = best_before(t);
                next[t] = if f { best } else { best + emis[i][t] };
                back[i][t] = arg;
            }
            only_o = f;
            score = next;
        }
        let mut last = Tag::O;
        for t in Tag::all().skip(1) {
            if t.closed() && score[t.index()] > score[last.index()] {
                last = t;
            }
        }
        tags[n - 1] = last;
        for i in (1..n).rev() {
            let prev = crate::vecs::at(back, i)[crate::vecs::at(tags, i).index()];
            *crate::vecs::at_mut(tags, i - 1) = Tag::from_index(usize::from(prev));
        }
    }
}

/// The shipped model, decoded.
#[derive(Debug, Default)]
pub(crate) struct Model {
    scale: f32,
    /// Feature key -> index in `rows`.
    index: KeyTable,
    /// Each feature's weights, one per tag, in multiples of `scale`.
    rows: Vec<Row>,
    trans: [[f32; NT]; NT],
    start: [f32; NT],
    /// Training-data gazetteer: phrase key -> PER/ORG/LOC/MISC bits (a [`KeyTable`], as the
    /// lookups of the tagger: one hash table type fewer in the .wasm).
    pub(crate) gazetteer: KeyTable,
}

impl Scorer for Model {
    fn emission(&self, feats: &[u32], out: &mut [f32; NT]) {
        let mut acc = [0i32; NT];
        #[cfg(target_arch = "wasm32")]
        sum_rows(
            feats
                .iter()
                .filter_map(|&f| self.index.get(f))
                .filter_map(|r| self.rows.get(r as usize)),
            &mut acc,
        );
        // Natively every feature adds a row, an absent one the row of no weight after the last
        // ([`KeyTable::each_row_or`]: no branch on whether a feature is stored).
        #[cfg(not(target_arch = "wasm32"))]
        {
            let mut sums = super::lanes::Sums::default();
            let absent = self.rows.len().saturating_sub(1) as u32;
            self.index.each_row_or(feats, absent, |r| {
                if let Some(row) = self.rows.get(r as usize) {
                    sums.push(row, &mut acc);
                }
            });
            sums.drain_into(&mut acc);
        }
        for (o, a) in out.iter_mut().zip(acc) {
            *o += a as f32 * self.scale;
        }
    }
    fn transitions(&self) -> &[[f32; NT]; NT] {
        &self.trans
    }
    fn starts(&self) -> &[f32; NT] {
        &self.start
    }
}

/// A model file opened: the header and keys read, the coded rows and gazetteer categories next.
struct Opened<'a> {
    trans: [[f32; NT]; NT],
    start: [f32; NT],
    wbits: u32,
    codebook: Vec<f32>,
    keys: Vec<u32>,
    gkeys: Vec<u32>,
    coded: Decoder<'a>,
}

impl<'a> Opened<'a> {
    /// Reads the header and the keys; `None` when `bytes` is not a model.
    fn new(bytes: &'a [u8]) -> Option<Opened<'a>> {
        let mut r = ByteReader::new(bytes);
        if r.take(4)? != MAGIC || r.u8()? as usize != NT {
            return None;
        }
        let mut trans = [[0f32; NT]; NT];
        for row in &mut trans {
            for v in row.iter_mut() {
                *v = r.f32()?;
            }
        }
        let mut start = [0f32; NT];
        for v in &mut start {
            *v = r.f32()?;
        }
        let (wbits, codebook) = r.codebook()?;
        let n = r.u32()? as usize;
        let g = r.u32()? as usize;
        let len = r.u32()? as usize;
        let keys = decode_keys(r.take(len)?, n)?;
        let len = r.u32()? as usize;
        let gkeys = decode_keys(r.take(len)?, g)?;
        let len = r.u32()? as usize;
        let coded = Decoder::new(r.take(len)?)?;
        if !r.at_end() {
            return None;
        }
        Some(Opened {
            trans,
            start,
            wbits,
            codebook,
            keys,
            gkeys,
            coded,
        })
    }

    /// Decodes every row's codes (in key order) into `row`, then every gazetteer phrase's category
    /// bits into `gaz`; `None` when the stream is damaged or not used up exactly.
    fn read(
        mut self,
        levels: &[i16],
        mut row: impl FnMut(usize, u32, &[u8; NT]),
        mut gaz: impl FnMut(u32, u16),
    ) -> Option<()> {
        let mut rows = row_coder(self.wbits, levels)?;
        let mut codes = [0u8; NT];
        for (k, &key) in self.keys.iter().enumerate() {
            rows.row(&mut self.coded, &mut codes)?;
            row(k, key, &codes);
        }
        let mut cats = [Bit::default(); 16];
        for &key in &self.gkeys {
            gaz(key, self.coded.tree(&mut cats, 4, 0)? as u16);
        }
        self.coded.finished().then_some(())
    }
}

/// Reads the binary format; `None` when it is not a model.
pub(crate) fn decode(bytes: &[u8]) -> Option<Model> {
    let o = Opened::new(bytes)?;
    let (scale, levels) = levels(&o.codebook);
    let (trans, start, n, g) = (o.trans, o.start, o.keys.len(), o.gkeys.len());
    let mut rows = crate::vecs::filled(Row::new(&[0; NT]), n);
    let mut index = KeyTable::with_capacity(n);
    let mut gazetteer = KeyTable::with_capacity(g);
    o.read(
        &levels,
        |k, key, codes| {
            // Each tag's weight in a plain loop, where the array's `map` brought its `try_map`
            // and drain into the .wasm.
            let mut weights = [0; NT];
            for t in 0..NT {
                weights[t] = *crate::vecs::at(&levels, usize::from(codes[t]));
            }
            *crate::vecs::at_mut(&mut rows, k) = Row::new(&weights);
            index.insert(key, k as u32);
        },
        |key, bits| {
            gazetteer.insert(key, u32::from(bits));
        },
    )?;
    // Natively the row of no weight after the last, which an absent feature adds
    // ([`Scorer::emission`]).
    #[cfg(not(target_arch = "wasm32"))]
    rows.push(Row::new(&[0; NT]));
    Some(Model {
        scale,
        index,
        rows,
        trans,
        start,
        gazetteer,
    })
}

/// Reads the binary format into the form [`encode`] writes; `None` when it is not a model.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn decode_packed(bytes: &[u8]) -> Option<Packed> {
    let o = Opened::new(bytes)?;
    let (_, levels) = levels(&o.codebook);
    let (trans, start, wbits, codebook) = (o.trans, o.start, o.wbits, o.codebook.clone());
    let mut rows = crate::vecs::with_capacity(o.keys.len());
    let mut gazetteer = crate::vecs::with_capacity(o.gkeys.len());
    o.read(
        &levels,
        |_, key, codes| rows.push((key, *codes)),
        |key, bits| gazetteer.push((key, bits as u8)),
    )?;
    Some(Packed {
        wbits,
        codebook,
        rows,
        trans,
        start,
        gazetteer,
    })
}

/// The scale of the integer weights and each code's weight in it: the largest codebook value maps
/// to 32767.
fn levels(codebook: &[f32]) -> (f32, Vec<i16>) {
    let top = codebook.iter().fold(0f32, |m, v| m.max(v.abs()));
    let scale = if top > 0.0 && top.is_finite() {
        top / 32767.0
    } else {
        1.0
    };
    (scale, crate::model::scaled_levels(codebook, scale))
}

/// The context model of the rows: a tag's mask bit is coded in the context of the tag, of the `O`
/// bit, of how many bits are set so far (up to 3), of the bits of the earlier parts of its type (a
/// feature with weight for `I-PER` mostly has some for `B-PER`) and of the bits of the other types
/// of its part. The codes are coded `B-` to `U-`, then `O`, which is most often the row's largest.
fn row_coder(wbits: u32, levels: &[i16]) -> Option<RowCoder> {
    let context = MaskContext::Custom(mask_context);
    RowCoder::new(wbits, levels, NT, 1, context, NT * 2 * 4 * 8 * 8, true)
}

/// The mask context of tag `t` given the mask bits of the tags before it and how many are set (see
/// [`row_coder`]): the earlier parts' bits of its type and its part's bits of the earlier types,
/// each first to last from the most significant bit down.
fn mask_context(t: usize, bits: u64, set: u32) -> usize {
    /// `REVERSED[n][x]`: the low `n` bits of `x`, last to first.
    const REVERSED: [[u8; 8]; 4] = [
        [0; 8],
        [0, 1, 0, 1, 0, 1, 0, 1],
        [0, 2, 1, 3, 0, 2, 1, 3],
        [0, 4, 2, 6, 1, 5, 3, 7],
    ];
    if t == 0 {
        return 0;
    }
    let (part, ty) = ((t - 1) / 4 % 4, (t - 1) % 4);
    // Bit `p` of the type's bits in part `p`: four bits apart.
    let x = bits >> (1 + ty);
    let same_type = u64::from(REVERSED[part][(x & 1 | x >> 3 & 2 | x >> 6 & 4) as usize]);
    let same_part = u64::from(REVERSED[ty][(bits >> (1 + 4 * part) & 7) as usize]);
    let count = u64::from(set.min(3));
    ((((t as u64 * 2 + (bits & 1)) * 4 + count) * 8 + same_type) * 8 + same_part) as usize
}

/// The file's first bytes.
const MAGIC: &[u8; 4] = b"NER4";

/// Weights to write: coded emission rows, transitions and the gazetteer.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Packed {
    /// Bits per stored weight code.
    pub(crate) wbits: u32,
    /// The `2^wbits` weight values a code stands for; code 0 is 0.
    pub(crate) codebook: Vec<f32>,
    /// Sorted feature keys and the code of each tag's weight.
    pub(crate) rows: Vec<(u32, [u8; NT])>,
    /// Transitions `[previous][next]`.
    pub(crate) trans: [[f32; NT]; NT],
    /// Start weights.
    pub(crate) start: [f32; NT],
    /// Sorted gazetteer phrase keys and their bits (PER ORG LOC MISC).
    pub(crate) gazetteer: Vec<(u32, u8)>,
}

/// Writes the binary format.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn encode(p: &Packed) -> Vec<u8> {
    use crate::model::bits::encode_keys;
    use crate::model::range::Encoder;
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(NT as u8);
    for row in &p.trans {
        for v in row {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    for v in &p.start {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.push(p.wbits as u8);
    let mut book = p.codebook.clone();
    book.resize(1 << p.wbits, 0.0);
    for v in &book {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&(p.rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&(p.gazetteer.len() as u32).to_le_bytes());
    let keys: Vec<u32> = crate::vecs::collect(p.rows.iter().map(|r| r.0));
    let gkeys: Vec<u32> = crate::vecs::collect(p.gazetteer.iter().map(|g| g.0));
    for kb in [encode_keys(&keys), encode_keys(&gkeys)] {
        out.extend_from_slice(&(kb.len() as u32).to_le_bytes());
        out.extend(kb);
    }
    let mut e = Encoder::default();
    let mut rows = row_coder(p.wbits, &levels(&book).1).expect("a codebook of 2^wbits values");
    for (_, w) in &p.rows {
        rows.row(&mut e, &mut w.clone());
    }
    let mut cats = [Bit::default(); 16];
    for &(_, g) in &p.gazetteer {
        e.tree(&mut cats, 4, u32::from(g & 0xF));
    }
    let b = e.finish();
    out.extend_from_slice(&(b.len() as u32).to_le_bytes());
    out.extend(b);
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn mask_contexts_gather_the_earlier_bits() {
        // The context as the bits are defined: folded one at a time.
        fn folded(t: usize, bits: u64, set: u32) -> usize {
            if t == 0 {
                return 0;
            }
            let (part, ty) = ((t - 1) / 4, (t - 1) % 4);
            let same_type = (0..part).fold(0, |v, p| v << 1 | (bits >> (1 + 4 * p + ty) & 1));
            let same_part = (0..ty).fold(0, |v, y| v << 1 | (bits >> (1 + 4 * part + y) & 1));
            let count = u64::from(set.min(3));
            ((((t as u64 * 2 + (bits & 1)) * 4 + count) * 8 + same_type) * 8 + same_part) as usize
        }
        for t in 0..NT {
            for bits in 0..1u64 << t {
                let set = bits.count_ones();
                assert_eq!(
                    mask_context(t, bits, set),
                    folded(t, bits, set),
                    "{t} {bits:b}"
                );
                assert!(mask_context(t, bits, set) < NT * 2 * 4 * 8 * 8);
            }
        }
    }

    #[test]
    fn round_trip() {
        let mut w = [0u8; NT];
        w[1] = 2;
        w[8] = 3;
        let mut trans = [[0f32; NT]; NT];
        trans[0][1] = -3.5;
        let p = Packed {
            wbits: 2,
            codebook: vec![0.0, 0.5, 1.5, -0.5],
            rows: vec![(3, w), (1000, [1; NT])],
            trans,
            start: [1.0; NT],
            gazetteer: vec![(9, 1), (70000, 4)],
        };
        let bytes = encode(&p);
        let m = decode(&bytes).unwrap();
        let mut e = [0f32; NT];
        m.emission(&[3, 1000, 42], &mut e);
        assert!((e[1] - 2.0).abs() < 1e-3, "{e:?}");
        assert!(e[8].abs() < 1e-3, "{e:?}");
        assert_eq!(m.trans[0][1], -3.5);
        assert_eq!(m.gazetteer.get(70000), Some(4));
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none());
        }
        let q = decode_packed(&bytes).unwrap();
        assert_eq!(
            (&q.rows, &q.gazetteer, q.wbits),
            (&p.rows, &p.gazetteer, p.wbits)
        );
        // Pruning to one row keeps the one with the larger weights (row 1000: 17 x 0.5).
        let one =
            decode_packed(&super::super::train::prune(&bytes, 1, None, false).unwrap()).unwrap();
        assert_eq!(one.rows, vec![(1000, [1; NT])]);
        assert_eq!(
            super::super::train::prune(&bytes, 5, None, false).unwrap(),
            bytes
        );
    }

    #[test]
    fn viterbi_respects_bilou() {
        use super::super::tags::{EntityType, Part};
        let l_per = Tag::new(Part::Last, EntityType::Per);
        let u_per = Tag::new(Part::Unit, EntityType::Per);
        let mut emis = [[0f32; NT]; 2];
        emis[0][0] = 10.0;
        emis[1][l_per.index()] = 5.0; // L-PER after O is not allowed
        emis[1][u_per.index()] = 1.0;
        let tags = viterbi(&emis, &[], &[[0.0; NT]; NT], &[0.0; NT]);
        assert_eq!(tags, vec![Tag::O, u_per]);
        // A B- must be closed by the end of the sentence.
        let mut emis = [[0f32; NT]; 1];
        emis[0][Tag::new(Part::Begin, EntityType::Org).index()] = 9.0;
        assert_eq!(
            viterbi(&emis, &[], &[[0.0; NT]; NT], &[0.0; NT]),
            vec![Tag::O]
        );
    }

    #[test]
    fn viterbi_keeps_forced_tokens_outside() {
        use super::super::tags::{EntityType, Part};
        let (b, l) = (
            Tag::new(Part::Begin, EntityType::Org),
            Tag::new(Part::Last, EntityType::Org),
        );
        // Unforced, B- L- wins; forcing the second token outside leaves U- or O for the first.
        let mut emis = [[0f32; NT]; 3];
        emis[0][b.index()] = 5.0;
        emis[1][l.index()] = 5.0;
        emis[2][Tag::new(Part::Unit, EntityType::Per).index()] = 1.0;
        let free = viterbi(&emis, &[], &[[0.0; NT]; NT], &[0.0; NT]);
        assert_eq!(free[..2], [b, l]);
        let forced = viterbi(&emis, &[false, true, false], &[[0.0; NT]; NT], &[0.0; NT]);
        assert_eq!(forced[1], Tag::O);
        assert!(forced[0].closed());
        assert_eq!(forced[2], free[2]);
        // Forcing every token, and forcing the first.
        assert_eq!(
            viterbi(&emis, &[true; 3], &[[0.0; NT]; NT], &[0.0; NT]),
            crate::vecs::filled(Tag::O, 3)
        );
        assert_eq!(
            viterbi(&emis, &[true, false, false], &[[0.0; NT]; NT], &[0.0; NT])[0],
            Tag::O
        );
    }
}
