//! Reading version 1 of the part-of-speech tagger's file (`POS1`, native only), so that
//! `article-analyzer recode` can rewrite a model in the current format ([`super::model`]) without
//! retraining: the weights, keys and lexicon carry over code for code.
//!
//! Version 1 is version 2 with the rows as plain bit fields:
//!
//! ```text
//! "POS1"  u8 classes, u8 b and the codebook, u32 n and the keys, as in version 2
//! u8 kc   u8 kt   u32 len, len bytes of bits: for each row, its number of non-zero weights minus
//!         one as a Rice code with parameter kc, then for each non-zero weight, in class order, the
//!         gap from the previous class (Rice, parameter kt) and its b-bit code
//!         the lexicon, as in version 2
//! ```

use super::lexicon::Lexicon;
use super::model::Packed;
use super::tags::NT;
use crate::model::bits::{decode_keys, BitReader};
use crate::model::bytes::ByteReader;

/// The weights of a version 1 file; `None` when it is not one.
pub(crate) fn decode(bytes: &[u8]) -> Option<Packed> {
    let mut r = ByteReader::new(bytes);
    if r.take(4)? != b"POS1" || usize::from(r.u8()?) != NT {
        return None;
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
    let mut rows = Vec::with_capacity(n);
    for key in keys {
        let count = bits.rice(kc)? as usize + 1;
        let mut row = Vec::with_capacity(count.min(NT));
        let mut class = 0usize;
        for j in 0..count {
            let gap = bits.rice(kt)? as usize;
            class = if j == 0 { gap } else { class + 1 + gap };
            if class >= NT {
                return None;
            }
            row.push((class as u8, bits.get(wbits)? as u8));
        }
        rows.push((key, row));
    }
    Some(Packed {
        wbits,
        codebook,
        rows,
        lexicon,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn foreign_bytes_are_not_a_model() {
        assert!(super::decode(b"").is_none());
        assert!(super::decode(b"POS2,").is_none());
        let mut b = b"POS1,\x04".to_vec();
        b.resize(200, 0);
        assert!(super::decode(&b).is_none());
    }
}
