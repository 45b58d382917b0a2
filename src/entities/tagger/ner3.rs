//! Reading version 3 of the tagger's file (`NER3`, native only), so that `article-analyzer recode`
//! can rewrite a model in the current format ([`super::model`]) without retraining: the weights,
//! keys and gazetteer carry over code for code.
//!
//! Version 3 is version 4's header and keys with plain fields for the rest:
//!
//! ```text
//! "NER3"  u8 tags, the transition and start weights, u8 b and the codebook, as in version 4
//! u32 n   u32 len, len bytes: the n sorted feature keys (Rice-coded gaps)
//!         n 3-byte masks (bit t: the weight for tag t is non-zero)
//!         u32 len, len bytes: a b-bit code per non-zero weight, row by row, tag by tag, LSB first
//! u32 g   u32 len, len bytes: the g sorted gazetteer phrase keys; g 4-bit category sets, two a byte
//! ```

use super::model::Packed;
use super::tags::NT;
use crate::model::bits::{decode_keys, BitReader};
use crate::model::bytes::ByteReader;

/// The weights of a version 3 file; `None` when it is not one.
pub(crate) fn decode(bytes: &[u8]) -> Option<Packed> {
    let mut r = ByteReader::new(bytes);
    if r.take(4)? != b"NER3" || usize::from(r.u8()?) != NT {
        return None;
    }
    let mut trans = [[0f32; NT]; NT];
    for v in trans.iter_mut().flatten() {
        *v = r.f32()?;
    }
    let mut start = [0f32; NT];
    for v in &mut start {
        *v = r.f32()?;
    }
    let wbits = u32::from(r.u8()?);
    if !(1..=8).contains(&wbits) {
        return None;
    }
    let codebook = (0..1 << wbits)
        .map(|_| r.f32())
        .collect::<Option<Vec<f32>>>()?;
    let n = r.u32()? as usize;
    let len = r.u32()? as usize;
    let keys = decode_keys(r.take(len)?, n)?;
    let masks = r.take(n.checked_mul(3)?)?;
    let len = r.u32()? as usize;
    let mut codes = BitReader::new(r.take(len)?);
    let mut rows = Vec::with_capacity(n);
    for (key, m) in keys.into_iter().zip(masks.chunks_exact(3)) {
        let mask = u32::from(m[0]) | u32::from(m[1]) << 8 | u32::from(m[2]) << 16;
        let mut w = [0u8; NT];
        for (t, w) in w.iter_mut().enumerate() {
            if mask & 1 << t != 0 {
                *w = codes.get(wbits)? as u8;
            }
        }
        rows.push((key, w));
    }
    let g = r.u32()? as usize;
    let len = r.u32()? as usize;
    let gkeys = decode_keys(r.take(len)?, g)?;
    let cats = r.take(g.div_ceil(2))?;
    let gazetteer = gkeys
        .into_iter()
        .enumerate()
        .map(|(i, k)| (k, cats[i / 2] >> (4 * (i % 2)) & 0xF))
        .collect();
    Some(Packed {
        wbits,
        codebook,
        rows,
        trans,
        start,
        gazetteer,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn foreign_bytes_are_not_a_model() {
        assert!(super::decode(b"").is_none());
        assert!(super::decode(b"NER4\x11").is_none());
        let mut b = b"NER3\x11".to_vec();
        b.resize(4000, 0);
        assert!(super::decode(&b).is_none());
    }
}
