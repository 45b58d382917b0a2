//! The tagger's weights: the compact binary format in `data/ner_model.bin`, decoding it, scoring tokens
//! and Viterbi decoding.
//!
//! Format (little-endian, all written by [`encode`]):
//!
//! ```text
//! "NER1"  u8 tags  f32 scale
//! tags*tags i16 transition weights, tags i16 start weights        (weight = value * scale)
//! u32 n   n varint deltas of the sorted 32-bit feature keys
//!         n u32 masks (bit t: the weight for tag t is non-zero)
//!         the non-zero i8 weights, feature by feature, tag by tag
//! u32 g   g varint deltas of the sorted gazetteer phrase keys, g u8 category bits (PER ORG LOC MISC)
//! ```
//!
//! Decoding never panics: a truncated or foreign file decodes to `None`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{part, type_of, B, I, L, NT, U};

/// Identity hashing for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = u64::from(v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (v ^ (v >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map from hashed keys.
pub(crate) type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// Anything that scores tags for a token's features: the shipped model or the weights in training.
pub(crate) trait Scorer {
    /// Adds the weights of `feats` for every tag into `out`.
    fn emission(&self, feats: &[u32], out: &mut [f32; NT]);
    /// Transition weights `[previous][next]`.
    fn transitions(&self) -> &[[f32; NT]; NT];
    /// Weights of each tag at the start of a sentence.
    fn starts(&self) -> &[f32; NT];
}

/// True when a tag leaves no entity open (`O`, `L-`, `U-`).
pub(crate) fn closed(tag: u8) -> bool {
    tag == 0 || matches!(part(tag), L | U)
}

/// True when `next` may follow `prev` (`None`: the sentence start) in BILOU: after an open entity only
/// `I-` or `L-` of its type; otherwise only `O`, `B-` or `U-`.
pub(crate) fn allowed(prev: Option<u8>, next: u8) -> bool {
    match prev {
        Some(p) if !closed(p) => {
            next != 0 && matches!(part(next), I | L) && type_of(next) == type_of(p)
        }
        _ => next == 0 || matches!(part(next), B | U),
    }
}

/// The best tag sequence for per-token emission scores (Viterbi over first-order transitions).
pub(crate) fn viterbi(emis: &[[f32; NT]], trans: &[[f32; NT]; NT], start: &[f32; NT]) -> Vec<u8> {
    let n = emis.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; NT]; n];
    let mut score = [f32::NEG_INFINITY; NT];
    for t in 0..NT {
        if allowed(None, t as u8) {
            score[t] = start[t] + emis[0][t];
        }
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; NT];
        for t in 0..NT {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..NT {
                if score[p] == f32::NEG_INFINITY || !allowed(Some(p as u8), t as u8) {
                    continue;
                }
                let s = score[p] + trans[p][t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            next[t] = best + emis[i][t];
            back[i][t] = arg;
        }
        score = next;
    }
    let mut last = 0u8;
    for t in 1..NT {
        if closed(t as u8) && score[t] > score[last as usize] {
            last = t as u8;
        }
    }
    let mut tags = vec![0u8; n];
    tags[n - 1] = last;
    for i in (1..n).rev() {
        tags[i - 1] = back[i][tags[i] as usize];
    }
    tags
}

/// The shipped model, decoded.
#[derive(Debug, Default)]
pub(crate) struct Model {
    scale: f32,
    index: KeyMap<u32>,
    weights: Vec<i8>,
    trans: [[f32; NT]; NT],
    start: [f32; NT],
    /// Training-data gazetteer: phrase key -> PER/ORG/LOC/MISC bits.
    pub(crate) gazetteer: KeyMap<u16>,
}

impl Scorer for Model {
    fn emission(&self, feats: &[u32], out: &mut [f32; NT]) {
        let mut acc = [0i32; NT];
        for f in feats {
            if let Some(&row) = self.index.get(f) {
                let row = row as usize * NT;
                if let Some(w) = self.weights.get(row..row + NT) {
                    for (a, &w) in acc.iter_mut().zip(w) {
                        *a += i32::from(w);
                    }
                }
            }
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

/// Reads the binary format; `None` when it is not a model.
pub(crate) fn decode(bytes: &[u8]) -> Option<Model> {
    let mut r = Reader { b: bytes, at: 0 };
    if r.take(4)? != b"NER1" || r.u8()? as usize != NT {
        return None;
    }
    let scale = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
    let mut trans = [[0f32; NT]; NT];
    for row in &mut trans {
        for v in row.iter_mut() {
            *v = f32::from(r.i16()?) * scale;
        }
    }
    let mut start = [0f32; NT];
    for v in &mut start {
        *v = f32::from(r.i16()?) * scale;
    }
    let n = r.u32()? as usize;
    let keys = r.keys(n)?;
    let mut masks = Vec::with_capacity(n);
    for _ in 0..n {
        masks.push(r.u32()?);
    }
    let mut weights = vec![0i8; n * NT];
    let mut index = KeyMap::default();
    index.reserve(n);
    for (k, (&key, &mask)) in keys.iter().zip(&masks).enumerate() {
        for t in 0..NT {
            if mask & (1 << t) != 0 {
                weights[k * NT + t] = r.u8()? as i8;
            }
        }
        index.insert(key, k as u32);
    }
    let g = r.u32()? as usize;
    let gkeys = r.keys(g)?;
    let mut gazetteer = KeyMap::default();
    gazetteer.reserve(g);
    for key in gkeys {
        gazetteer.insert(key, u16::from(r.u8()?));
    }
    Some(Model {
        scale,
        index,
        weights,
        trans,
        start,
        gazetteer,
    })
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn varint(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn keys(&mut self, n: usize) -> Option<Vec<u32>> {
        if n > self.b.len() {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        let mut last = 0u32;
        for _ in 0..n {
            last = last.wrapping_add(self.varint()?);
            keys.push(last);
        }
        Some(keys)
    }
}

/// Weights to write: quantised emission rows, transitions and the gazetteer.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) struct Packed {
    /// Multiply a stored integer by this to get the weight.
    pub(crate) scale: f32,
    /// Sorted feature keys and their quantised weights.
    pub(crate) rows: Vec<(u32, [i8; NT])>,
    /// Quantised transitions.
    pub(crate) trans: [[i16; NT]; NT],
    /// Quantised start weights.
    pub(crate) start: [i16; NT],
    /// Sorted gazetteer phrase keys and their bits.
    pub(crate) gazetteer: Vec<(u32, u8)>,
}

/// Writes the binary format.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) fn encode(p: &Packed) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut v: u32) {
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    let mut out = Vec::new();
    out.extend_from_slice(b"NER1");
    out.push(NT as u8);
    out.extend_from_slice(&p.scale.to_le_bytes());
    for row in &p.trans {
        for v in row {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    for v in &p.start {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&(p.rows.len() as u32).to_le_bytes());
    let mut last = 0u32;
    for (k, _) in &p.rows {
        varint(&mut out, k.wrapping_sub(last));
        last = *k;
    }
    for (_, w) in &p.rows {
        let mask: u32 = (0..NT).filter(|&t| w[t] != 0).map(|t| 1u32 << t).sum();
        out.extend_from_slice(&mask.to_le_bytes());
    }
    for (_, w) in &p.rows {
        out.extend(w.iter().filter(|&&v| v != 0).map(|&v| v as u8));
    }
    out.extend_from_slice(&(p.gazetteer.len() as u32).to_le_bytes());
    let mut last = 0u32;
    for (k, _) in &p.gazetteer {
        varint(&mut out, k.wrapping_sub(last));
        last = *k;
    }
    out.extend(p.gazetteer.iter().map(|g| g.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut w = [0i8; NT];
        w[1] = 5;
        w[8] = -3;
        let mut trans = [[0i16; NT]; NT];
        trans[0][1] = -7;
        let p = Packed {
            scale: 0.5,
            rows: vec![(3, w), (1000, [1; NT])],
            trans,
            start: [2; NT],
            gazetteer: vec![(9, 1), (70000, 4)],
        };
        let bytes = encode(&p);
        let m = decode(&bytes).unwrap();
        let mut e = [0f32; NT];
        m.emission(&[3, 1000, 42], &mut e);
        assert_eq!(e[1], 3.0);
        assert_eq!(e[8], -1.0);
        assert_eq!(m.trans[0][1], -3.5);
        assert_eq!(m.gazetteer.get(&70000), Some(&4));
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none());
        }
    }

    #[test]
    fn viterbi_respects_bilou() {
        let mut emis = [[0f32; NT]; 2];
        emis[0][0] = 10.0;
        emis[1][super::super::features::tag(L, 1) as usize] = 5.0; // L-PER after O is not allowed
        emis[1][super::super::features::tag(U, 1) as usize] = 1.0;
        let tags = viterbi(&emis, &[[0.0; NT]; NT], &[0.0; NT]);
        assert_eq!(tags, vec![0, super::super::features::tag(U, 1)]);
        // A B- must be closed by the end of the sentence.
        let mut emis = [[0f32; NT]; 1];
        emis[0][super::super::features::tag(B, 2) as usize] = 9.0;
        assert_eq!(viterbi(&emis, &[[0.0; NT]; NT], &[0.0; NT]), vec![0]);
    }
}
