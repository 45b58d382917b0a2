//! The part-of-speech tagger's weights: the compact binary format of `data/pos_model.bin`, decoding
//! it and scoring a token's features.
//!
//! Most features carry weight for a few tags only (a word is rarely more than two or three parts of
//! speech), so each row stores its non-zero weights sparsely. Format (little-endian, written by
//! [`encode`]); keys are the 20-bit feature hashes of [`super::features::POS_KEY_BITS`]:
//!
//! ```text
//! "POS3"  u8 classes
//! u8 b    2^b f32 codebook values (code 0 is the weight 0; crate::model::codebook)
//! u32 n   u32 len, len bytes: the n sorted feature keys as Rice-coded gaps (crate::model::bits)
//! u32 len, len bytes: the n rows of b-bit codes, one per class, range-coded (crate::model::range,
//!         crate::model::rows: mask bits in the context of the class and of how many are set)
//!         the lexicon: words and their ambiguity classes (super::lexicon)
//! ```
//!
//! In memory the weights are `i16` multiples of one scale, summed as integers per token; a feature's
//! key leads straight to its row's `(class, weight)` pairs ([`RowSpan`]). Decoding never panics: a
//! truncated or foreign file decodes to `None`.

use crate::model::bits::decode_keys;
use crate::model::bytes::ByteReader;
use crate::model::range::Decoder;
use crate::model::rows::{MaskContext, RowCoder};
use crate::model::table::KeyTable;

use super::lexicon::Lexicon;
use super::tags::NT;

/// Anything that picks a tag class for a token's features: the shipped model or weights in training.
pub(crate) trait Scorer {
    /// The class among `allowed` (bit `c` for class `c`) with the highest summed weight over `feats`
    /// (on a tie, one of `prefer` if any, else the first).
    fn best(&self, feats: &[u32], allowed: u64, prefer: u64) -> usize;
}

/// Where a row's `(class, weight)` pairs lie in [`Model`]'s entries, packed into the `u32` that the
/// key table holds: the first pair's index (24 bits) and the number of pairs (8 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct RowSpan(u32);

impl RowSpan {
    /// The span of `len` pairs from `start`; `None` when they do not fit the packing.
    fn new(start: usize, len: usize) -> Option<RowSpan> {
        let start = u32::try_from(start).ok().filter(|&s| s < 1 << 24)?;
        let len = u32::try_from(len).ok().filter(|&n| n < 1 << 8)?;
        Some(RowSpan(start << 8 | len))
    }

    /// The pairs' indices.
    fn range(self) -> std::ops::Range<usize> {
        let start = (self.0 >> 8) as usize;
        start..start + (self.0 & 0xFF) as usize
    }
}

/// The shipped model, decoded.
#[derive(Debug, Default)]
pub(crate) struct Model {
    /// Feature key -> its row's [`RowSpan`] in `entries`.
    index: KeyTable,
    /// The rows' non-zero weights as `(class, weight)`, one row after another.
    entries: Vec<(u8, i16)>,
    /// Word -> ambiguity class.
    pub(crate) lexicon: Lexicon,
}

impl Model {
    /// Feature rows stored.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn rows(&self) -> usize {
        self.index.len()
    }

    /// The `(class, weight)` pairs of the row that `span` packs (none for a span out of range).
    fn row(&self, span: RowSpan) -> &[(u8, i16)] {
        self.entries.get(span.range()).unwrap_or(&[])
    }

    /// For each stored feature, the classes it has a non-zero weight for (bit `c` for class `c`).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn masks(&self) -> crate::model::hash::KeyMap<u64> {
        self.index
            .iter()
            .map(|(k, r)| {
                let mask = self
                    .row(RowSpan(r))
                    .iter()
                    .filter(|&&pair| pair != NO_WEIGHT)
                    .fold(0u64, |m, &(c, _)| m | 1 << c);
                (k, mask)
            })
            .collect()
    }
}

impl Scorer for Model {
    fn best(&self, feats: &[u32], allowed: u64, prefer: u64) -> usize {
        let mut acc = [0i32; ROOM];
        #[cfg(target_arch = "wasm32")]
        self.index
            .for_each_found(feats, |r| add_row(&mut acc, self.row(RowSpan(r))));
        // Natively an absent feature adds the row of no weight that opens the entries.
        #[cfg(not(target_arch = "wasm32"))]
        self.index
            .each_row_or(feats, NO_ROW.0, |r| add_row(&mut acc, self.row(RowSpan(r))));
        argmax(&acc[..NT], allowed, prefer)
    }
}

/// Room for every class a `u8` masked to six bits can name; classes are below `NT`.
const ROOM: usize = 64;
const _: () = assert!(NT <= ROOM);

/// The pair that pads a row natively: no weight, for a class past the last ([`add_row`]).
#[cfg(not(target_arch = "wasm32"))]
const NO_WEIGHT: (u8, i16) = (ROOM as u8 - 1, 0);

/// Natively, the row of no weight that opens [`Model`]'s entries: two pairs of [`NO_WEIGHT`],
/// which [`Model::best`] adds for each feature the model does not hold.
#[cfg(not(target_arch = "wasm32"))]
const NO_ROW: RowSpan = RowSpan(2);

/// Adds the weights of `row`'s pairs into `acc`, class by class. Natively two pairs at a time, the
/// rows padded to an even length with [`NO_WEIGHT`] (whose class is no tag's, in the room past the
/// classes): nearly every row holds one or two pairs, so the loop ends after one step wherever the
/// row ends, a branch the processor predicts, where it guessed each row's length pair by pair. The
/// same sums either way.
#[inline]
fn add_row(acc: &mut [i32; ROOM], row: &[(u8, i16)]) {
    #[cfg(not(target_arch = "wasm32"))]
    for pair in row.chunks_exact(2) {
        let ((c0, w0), (c1, w1)) = (pair[0], pair[1]);
        acc[usize::from(c0) & (ROOM - 1)] += i32::from(w0);
        acc[usize::from(c1) & (ROOM - 1)] += i32::from(w1);
    }
    #[cfg(target_arch = "wasm32")]
    for &(c, w) in row {
        acc[usize::from(c) & (ROOM - 1)] += i32::from(w);
    }
}

/// The index of the largest value among those `allowed` (bit `k` for index `k`; on a tie, one in
/// `prefer` if any, else the first); 0 when none is allowed.
pub(crate) fn argmax<T: PartialOrd + Copy>(v: &[T], allowed: u64, prefer: u64) -> usize {
    let mut best: Option<usize> = None;
    // The allowed indices in increasing order, one set bit at a time.
    let mut bits = allowed
        & u64::MAX
            .checked_shr(64u32.saturating_sub(v.len() as u32))
            .unwrap_or(0);
    while bits != 0 {
        let k = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let x = &v[k];
        let better = best.is_none_or(|b| {
            *x > v[b] || (*x == v[b] && prefer & 1 << k != 0 && prefer & 1 << b == 0)
        });
        if better {
            best = Some(k);
        }
    }
    best.unwrap_or(0)
}

/// The file's first bytes.
const MAGIC: &[u8; 4] = b"POS3";

/// The first bytes of the earlier format, whose keys were 24 bits ([`rekey`] reads it).
#[cfg(not(target_arch = "wasm32"))]
const MAGIC_24: &[u8; 4] = b"POS2";

/// A model file's sections, read up to its rows ([`Sections::each_row`] decodes them).
struct Sections<'a> {
    wbits: u32,
    codebook: Vec<f32>,
    keys: Vec<u32>,
    rows: Decoder<'a>,
    lexicon: Lexicon,
}

impl<'a> Sections<'a> {
    /// Reads a file that opens with `magic`; `None` when it is not such a model.
    fn read(bytes: &'a [u8], magic: &[u8; 4]) -> Option<Sections<'a>> {
        let mut r = ByteReader::new(bytes);
        if r.take(4)? != magic || usize::from(r.u8()?) != NT {
            return None;
        }
        let (wbits, codebook) = r.codebook()?;
        let n = r.u32()? as usize;
        let len = r.u32()? as usize;
        let keys = decode_keys(r.take(len)?, n)?;
        let len = r.u32()? as usize;
        let rows = Decoder::new(r.take(len)?)?;
        let lexicon = Lexicon::decode(&mut r)?;
        r.at_end().then_some(Sections {
            wbits,
            codebook,
            keys,
            rows,
            lexicon,
        })
    }

    /// Calls `f` with each row's key, the mask of its classes with a weight and its codes, in key
    /// order; `None` when the stream is damaged (or `f` says so) or not used up exactly.
    fn each_row(
        &mut self,
        levels: &[i16],
        mut f: impl FnMut(u32, u64, &[u8; NT]) -> Option<()>,
    ) -> Option<()> {
        let mut coder = row_coder(self.wbits, levels)?;
        let mut codes = [0u8; NT];
        for &key in &self.keys {
            let mask = coder.row(&mut self.rows, &mut codes)?;
            f(key, mask, &codes)?;
        }
        self.rows.finished().then_some(())
    }
}

/// Reads the binary format; `None` when it is not a model.
pub(crate) fn decode(bytes: &[u8]) -> Option<Model> {
    let mut s = Sections::read(bytes, MAGIC)?;
    let levels = levels(&s.codebook);
    let mut m = Model {
        lexicon: std::mem::take(&mut s.lexicon),
        ..Model::default()
    };
    m.index = KeyTable::with_capacity(s.keys.len());
    #[cfg(not(target_arch = "wasm32"))]
    m.entries.extend([NO_WEIGHT; 2]);
    s.each_row(&levels, |key, mut mask, codes| {
        // The classes with a weight, one set bit at a time.
        let start = m.entries.len();
        while mask != 0 {
            let class = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let code = codes.get(class).copied().unwrap_or(0);
            crate::vecs::push(
                &mut m.entries,
                (class as u8, *crate::vecs::at(&levels, usize::from(code))),
            );
        }
        // Natively an odd row takes a pair of no weight, for [`Model::best`]'s pairs.
        #[cfg(not(target_arch = "wasm32"))]
        if (m.entries.len() - start) % 2 == 1 {
            m.entries.push(NO_WEIGHT);
        }
        let span = RowSpan::new(start, m.entries.len() - start)?;
        m.index.insert(key, span.0);
        Some(())
    })?;
    Some(m)
}

/// Each code's weight as a multiple of one scale (the largest codebook value maps to 32767).
fn levels(codebook: &[f32]) -> Vec<i16> {
    let top = codebook.iter().fold(0f32, |m, v| m.max(v.abs()));
    let scale = if top > 0.0 { top / 32767.0 } else { 1.0 };
    crate::model::scaled_levels(codebook, scale)
}

/// The context model of the rows: a class's mask bit in the context of the class and of how many
/// bits are set so far (up to 3); codes in class order.
fn row_coder(wbits: u32, levels: &[i16]) -> Option<RowCoder> {
    let context = MaskContext::TagAndCount;
    RowCoder::new(wbits, levels, NT, 0, context, NT * 4, false)
}

/// Weights to write: a codebook and sparse rows of codes.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Packed {
    /// Bits per stored weight code.
    pub(crate) wbits: u32,
    /// The `2^wbits` weight values a code stands for; code 0 is 0.
    pub(crate) codebook: Vec<f32>,
    /// Sorted feature keys, each with its non-zero (class, code) pairs in class order (at least one).
    pub(crate) rows: Vec<(u32, Vec<(u8, u8)>)>,
    /// The lexicon.
    pub(crate) lexicon: Lexicon,
}

/// A model of the earlier format (24-bit keys, `"POS2"`) in this one: each key cut to its top
/// [`super::features::POS_KEY_BITS`] bits ([`super::features::narrow_key`]), the weights, codebook
/// and lexicon as they are. Of two rows whose keys become one, the row of the larger old key stays
/// (the one a lookup table that replaces on insertion keeps). `None` when `old` is not such a
/// model.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn rekey(old: &[u8]) -> Option<Vec<u8>> {
    let mut s = Sections::read(old, MAGIC_24)?;
    let mut rows: Vec<(u32, Vec<(u8, u8)>)> = Vec::new();
    s.each_row(&levels(&s.codebook), |key, mut mask, codes| {
        let mut row = Vec::new();
        while mask != 0 {
            let class = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            row.push((class as u8, codes.get(class).copied().unwrap_or(0)));
        }
        let key = super::features::narrow_key(key);
        match rows.last_mut() {
            Some(last) if last.0 == key => last.1 = row,
            _ => rows.push((key, row)),
        }
        Some(())
    })?;
    Some(encode(&Packed {
        wbits: s.wbits,
        codebook: s.codebook,
        rows,
        lexicon: s.lexicon,
    }))
}

/// Writes the binary format.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn encode(p: &Packed) -> Vec<u8> {
    use crate::model::bits::encode_keys;
    use crate::model::range::Encoder;
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(NT as u8);
    out.push(p.wbits as u8);
    let mut book = p.codebook.clone();
    book.resize(1 << p.wbits, 0.0);
    for v in &book {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&(p.rows.len() as u32).to_le_bytes());
    let keys: Vec<u32> = crate::vecs::collect(p.rows.iter().map(|r| r.0));
    let kb = encode_keys(&keys);
    out.extend_from_slice(&(kb.len() as u32).to_le_bytes());
    out.extend(kb);
    let mut e = Encoder::default();
    let mut rows = row_coder(p.wbits, &levels(&book)).expect("a codebook of 2^wbits values");
    for (_, row) in &p.rows {
        let mut codes = [0u8; NT];
        for &(class, code) in row {
            codes[usize::from(class)] = code;
        }
        rows.row(&mut e, &mut codes);
    }
    let b = e.finish();
    out.extend_from_slice(&(b.len() as u32).to_le_bytes());
    out.extend(b);
    p.lexicon.encode(&mut out);
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let p = Packed {
            wbits: 3,
            codebook: vec![0.0, 0.5, 1.0, 2.0, -0.5, -1.0, -2.0],
            rows: vec![
                (3, vec![(0, 3), (5, 4)]),
                (1000, vec![(43, 1)]),
                (
                    70_000,
                    crate::vecs::collect((0..NT as u8).map(|c| (c, 1 + c % 6))),
                ),
            ],
            lexicon: Lexicon::default(),
        };
        let bytes = encode(&p);
        let m = decode(&bytes).unwrap();
        assert_eq!(m.rows(), 3);
        let all = super::super::lexicon::ALL;
        assert_eq!(m.best(&[3], all, 0), 0);
        assert_eq!(m.best(&[1000, 42], all, 0), 43);
        assert_eq!(m.best(&[3, 1000], all, 0), 0);
        assert_eq!(m.best(&[3, 1000], 1 << 5 | 1 << 43, 0), 43);
        assert_eq!(m.best(&[], all, 0), 0);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "{cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_none());
    }

    #[test]
    fn rekey_cuts_keys_and_keeps_the_later_of_two_rows() {
        use crate::pos::features::narrow_key;
        let (a, b, c) = (0x10_0001, 0x10_0002, 0x80_0000);
        assert_eq!(narrow_key(a), narrow_key(b));
        let p = Packed {
            wbits: 3,
            codebook: vec![0.0, 0.5, 1.0, 2.0, -0.5, -1.0, -2.0],
            rows: vec![(a, vec![(0, 3)]), (b, vec![(7, 3)]), (c, vec![(43, 1)])],
            lexicon: Lexicon::default(),
        };
        let mut old = encode(&p);
        // A model of this format is no model of the earlier one.
        assert!(rekey(&old).is_none());
        old[..4].copy_from_slice(MAGIC_24);
        let m = decode(&rekey(&old).unwrap()).unwrap();
        assert_eq!(m.rows(), 2);
        let all = super::super::lexicon::ALL;
        assert_eq!(m.best(&[narrow_key(a)], all, 0), 7);
        assert_eq!(m.best(&[narrow_key(c)], all, 0), 43);
        assert_eq!(m.best(&[c], all, 0), 0);
        for cut in 0..old.len() {
            assert!(rekey(&old[..cut]).is_none(), "{cut}");
        }
    }

    #[test]
    fn padded_rows_sum_and_mask_as_their_pairs() {
        let p = Packed {
            wbits: 3,
            codebook: vec![0.0, 0.5, 1.0, 2.0, -0.5, -1.0, -2.0],
            rows: vec![(5, vec![(2, 3)]), (9, vec![(1, 1), (4, 6), (43, 2)])],
            lexicon: Lexicon::default(),
        };
        let m = decode(&encode(&p)).unwrap();
        let mut acc = [0; ROOM];
        for key in [5, 9] {
            let r = m.index.get(key).unwrap();
            add_row(&mut acc, m.row(RowSpan(r)));
        }
        let mut want = [0; ROOM];
        want[2] = 32767;
        (want[1], want[4], want[43]) = (8192, -32767, 16384);
        assert_eq!(acc[..NT], want[..NT]);
        #[cfg(not(target_arch = "wasm32"))]
        {
            assert_eq!(RowSpan::new(0, 2), Some(NO_ROW));
            assert_eq!(m.row(NO_ROW), [NO_WEIGHT; 2]);
            let masks = m.masks();
            assert_eq!(masks.get(&5), Some(&(1 << 2)));
            assert_eq!(masks.get(&9), Some(&(1 << 1 | 1 << 4 | 1 << 43)));
        }
    }

    #[test]
    fn argmax_takes_the_first_best() {
        assert_eq!(argmax(&[1, 3, 3, 2], u64::MAX, 0), 1);
        assert_eq!(argmax(&[1, 3, 3, 2], 0b1001, 0), 3);
        assert_eq!(argmax::<i32>(&[], u64::MAX, 0), 0);
        // A preferred class wins a tie, never a higher score.
        assert_eq!(argmax(&[1, 3, 3, 2], u64::MAX, 0b0100), 2);
        assert_eq!(argmax(&[1, 3, 3, 2], u64::MAX, 0b1000), 1);
    }
}
