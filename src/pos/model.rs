//! The part-of-speech tagger's weights: the compact binary format of `data/pos_model.bin`, decoding
//! it and scoring a token's features.
//!
//! Most features carry weight for a few tags only (a word is rarely more than two or three parts of
//! speech), so each row stores its non-zero weights sparsely. Format (little-endian, written by
//! [`encode`]); keys are the 24-bit feature hashes of [`crate::model::hash::Hash::finish`]:
//!
//! ```text
//! "POS1"  u8 classes
//! u8 b    2^b f32 codebook values (code 0 is the weight 0; crate::model::codebook)
//! u32 n   u32 len, len bytes: the n sorted feature keys as Rice-coded gaps (crate::model::bits)
//! u8 kc   u8 kt   u32 len, len bytes of bits: for each row, its number of non-zero weights minus
//!         one as a Rice code with parameter kc, then for each non-zero weight, in class order, the
//!         gap from the previous class (Rice, parameter kt) and its b-bit code
//!         the lexicon: words and their ambiguity classes (super::lexicon)
//! ```
//!
//! In memory the weights are `i16` multiples of one scale, summed as integers per token. Decoding never
//! panics: a truncated or foreign file decodes to `None`.

use crate::model::bits::{decode_keys, BitReader};
use crate::model::bytes::ByteReader;
use crate::model::hash::KeyMap;

use super::lexicon::Lexicon;
use super::tags::NT;

/// Anything that picks a tag class for a token's features: the shipped model or weights in training.
pub(crate) trait Scorer {
    /// The class among `allowed` (bit `c` for class `c`) with the highest summed weight over `feats`
    /// (the first on a tie).
    fn best(&self, feats: &[u32], allowed: u64) -> usize;
}

/// The shipped model, decoded.
#[derive(Debug, Default)]
pub(crate) struct Model {
    /// Feature key -> row.
    index: KeyMap<u32>,
    /// Row `r`'s weights are `starts[r]..starts[r + 1]` of `classes` and `weights`.
    starts: Vec<u32>,
    classes: Vec<u8>,
    weights: Vec<i16>,
    /// Word -> ambiguity class.
    pub(crate) lexicon: Lexicon,
}

impl Model {
    /// Feature rows stored.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn rows(&self) -> usize {
        self.index.len()
    }

    /// For each stored feature, the classes it has a non-zero weight for (bit `c` for class `c`).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn masks(&self) -> KeyMap<u64> {
        self.index
            .iter()
            .map(|(&k, &r)| {
                let (a, b) = (self.starts[r as usize], self.starts[r as usize + 1]);
                let mask = self.classes[a as usize..b as usize]
                    .iter()
                    .fold(0u64, |m, &c| m | 1 << c);
                (k, mask)
            })
            .collect()
    }
}

impl Scorer for Model {
    fn best(&self, feats: &[u32], allowed: u64) -> usize {
        let mut acc = [0i32; NT];
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let (a, b) = (self.starts[r as usize], self.starts[r as usize + 1]);
                let (a, b) = (a as usize, b as usize);
                for (&c, &w) in self.classes[a..b].iter().zip(&self.weights[a..b]) {
                    acc[usize::from(c)] += i32::from(w);
                }
            }
        }
        argmax(&acc, allowed)
    }
}

/// The index of the largest value among those `allowed` (bit `k` for index `k`; the first on a
/// tie); 0 when none is allowed.
pub(crate) fn argmax<T: PartialOrd + Copy>(v: &[T], allowed: u64) -> usize {
    let mut best: Option<usize> = None;
    for (k, x) in v.iter().enumerate() {
        if allowed & 1 << k != 0 && best.is_none_or(|b| *x > v[b]) {
            best = Some(k);
        }
    }
    best.unwrap_or(0)
}

/// The file's first bytes.
const MAGIC: &[u8; 4] = b"POS1";

/// Reads the binary format; `None` when it is not a model.
pub(crate) fn decode(bytes: &[u8]) -> Option<Model> {
    let mut r = ByteReader::new(bytes);
    if r.take(4)? != MAGIC || usize::from(r.u8()?) != NT {
        return None;
    }
    let wbits = u32::from(r.u8()?);
    if !(1..=8).contains(&wbits) {
        return None;
    }
    let mut codebook = Vec::with_capacity(1 << wbits);
    for _ in 0..1 << wbits {
        codebook.push(r.f32()?);
    }
    let top = codebook.iter().fold(0f32, |m, v| m.max(v.abs()));
    let scale = if top > 0.0 { top / 32767.0 } else { 1.0 };
    let levels: Vec<i16> = codebook
        .iter()
        .map(|v| (v / scale).round().clamp(-32767.0, 32767.0) as i16)
        .collect();
    let n = r.u32()? as usize;
    let len = r.u32()? as usize;
    let keys = decode_keys(r.take(len)?, n)?;
    let (kc, kt) = (u32::from(r.u8()?), u32::from(r.u8()?));
    if kc > 8 || kt > 8 {
        return None;
    }
    let len = r.u32()? as usize;
    let mut bits = BitReader::new(r.take(len)?);
    let lexicon = Lexicon::decode(&mut r)?;
    if !r.at_end() {
        return None;
    }
    let mut m = Model {
        lexicon,
        ..Model::default()
    };
    m.index.reserve(n);
    m.starts.reserve(n + 1);
    m.starts.push(0);
    for (row, key) in keys.into_iter().enumerate() {
        let count = bits.rice(kc)? as usize + 1;
        if count > NT {
            return None;
        }
        let mut class = 0usize;
        for j in 0..count {
            let gap = bits.rice(kt)? as usize;
            class = if j == 0 { gap } else { class + 1 + gap };
            if class >= NT {
                return None;
            }
            m.classes.push(class as u8);
            m.weights.push(*levels.get(bits.get(wbits)? as usize)?);
        }
        m.starts.push(m.classes.len() as u32);
        m.index.insert(key, row as u32);
    }
    Some(m)
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

/// Writes the binary format.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn encode(p: &Packed) -> Vec<u8> {
    use crate::model::bits::{encode_keys, rice_parameter, BitWriter};
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
    let keys: Vec<u32> = p.rows.iter().map(|r| r.0).collect();
    let kb = encode_keys(&keys);
    out.extend_from_slice(&(kb.len() as u32).to_le_bytes());
    out.extend(kb);
    // Rice parameters from the mean count and the mean class gap.
    let weights: usize = p.rows.iter().map(|r| r.1.len()).sum();
    let rows = p.rows.len().max(1) as f64;
    let kc = rice_parameter(weights.saturating_sub(p.rows.len()) as f64 / rows).min(8);
    let gaps: usize = p
        .rows
        .iter()
        .map(|r| usize::from(r.1.last().map_or(0, |x| x.0)) + 1 - r.1.len())
        .sum();
    let kt = rice_parameter(gaps as f64 / weights.max(1) as f64 + NT as f64 / rows / 4.0).min(8);
    let mut w = BitWriter::default();
    for (_, row) in &p.rows {
        w.rice(row.len() as u32 - 1, kc);
        let mut last: Option<u8> = None;
        for &(class, code) in row {
            let gap = match last {
                None => u32::from(class),
                Some(l) => u32::from(class - l - 1),
            };
            w.rice(gap, kt);
            w.put(u32::from(code), p.wbits);
            last = Some(class);
        }
    }
    let b = w.finish();
    out.push(kc as u8);
    out.push(kt as u8);
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
                (70_000, (0..NT as u8).map(|c| (c, 1 + c % 6)).collect()),
            ],
            lexicon: Lexicon::default(),
        };
        let bytes = encode(&p);
        let m = decode(&bytes).unwrap();
        assert_eq!(m.rows(), 3);
        let all = super::super::lexicon::ALL;
        assert_eq!(m.best(&[3], all), 0);
        assert_eq!(m.best(&[1000, 42], all), 43);
        assert_eq!(m.best(&[3, 1000], all), 0);
        assert_eq!(m.best(&[3, 1000], 1 << 5 | 1 << 43), 43);
        assert_eq!(m.best(&[], all), 0);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "{cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_none());
    }

    #[test]
    fn argmax_takes_the_first_best() {
        assert_eq!(argmax(&[1, 3, 3, 2], u64::MAX), 1);
        assert_eq!(argmax(&[1, 3, 3, 2], 0b1001), 3);
        assert_eq!(argmax::<i32>(&[], u64::MAX), 0);
    }
}
