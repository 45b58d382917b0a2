//! Context modelling of weight rows for the range coder ([`super::range`]): a row is one feature's
//! codebook code for each tag (0: no weight), as both models store them.
//!
//! A row is coded as its mask (a bit per tag: is there a weight), each bit in a context the model
//! chooses (the tag and the bits already coded), then the codes of its weights in the model's tag
//! order. A code is its top bit (the sign, in the symmetric codebooks of [`super::codebook`]) in the
//! context of the tag, of the sum of the row's weights so far and of whether it is the row's last
//! weight, then its other bits as a binary tree in the context of the tag and the top bit.
//!
//! A perceptron's update adds to one tag's weight what it takes from another's, so a row that was
//! kept whole sums to about zero. For such *balanced* rows the last weight is coded as its distance
//! (in codebook order) from the code nearest to minus the sum of the others, nearly always 0 or 1.
//!
//! Nothing here panics on foreign bytes: an impossible code gives `None`.

use super::range::{Bit, Coder};
use crate::vecs::{at, at_mut};

/// Codes rows of weight codes; one per stream, as its probabilities learn from the rows coded.
pub(crate) struct RowCoder {
    wbits: u32,
    /// Tags per row.
    nt: usize,
    /// The tag whose code is coded first: then those after it, then those before it.
    first: usize,
    mask_context: MaskContext,
    balanced: bool,
    /// Each code's weight in integer units.
    levels: Vec<i32>,
    /// Each code's position among the codes 1.. sorted by weight (0 for code 0).
    rank: Vec<usize>,
    /// The codes in rank order.
    by_rank: Vec<u8>,
    /// Their weights, in the same order (ascending).
    ranked: Vec<i32>,
    /// Codes with a negative weight.
    negatives: usize,
    mask: Vec<Bit>,
    sign: Vec<Bit>,
    tree: Vec<Bit>,
    last: Vec<Bit>,
}

/// How a row's mask bit for tag `t` picks its context, given the mask bits of the tags before it
/// and how many of them are set.
#[derive(Clone, Copy)]
pub(crate) enum MaskContext {
    /// `t * 4 + min(set, 3)`: the tag and up to three bits set. Computed in the decoding loop
    /// itself, which then keeps the decoder's state in registers (the part-of-speech model's 44
    /// mask bits a row make most of the decoding of both models).
    TagAndCount,
    /// `f(t, bits, set)`, any other context model.
    Custom(fn(usize, u64, u32) -> usize),
}

/// Buckets of the partial sum for the sign context: 0, four magnitudes for each sign.
const SUM_BUCKETS: usize = 9;
/// Contexts of the last weight's distance: is it 0, its direction, unary steps.
const LAST_CONTEXTS: usize = 8 + 8 + 2 * 7;

impl RowCoder {
    /// A coder for rows of `nt` tags with `wbits`-bit codes standing for `levels` (one per code),
    /// coded from tag `first` on, then the tags before it; the mask contexts must stay below
    /// `mask_contexts`. `None` for a width over 8 bits, a level count that is not `2^wbits` or over
    /// 64 tags.
    pub(crate) fn new(
        wbits: u32,
        levels: &[i16],
        nt: usize,
        first: usize,
        mask_context: MaskContext,
        mask_contexts: usize,
        balanced: bool,
    ) -> Option<RowCoder> {
        if !(1..=8).contains(&wbits) || levels.len() != 1 << wbits || nt > 64 || first >= 64 {
            return None;
        }
        let mut wide: Vec<i32> = crate::vecs::with_capacity(levels.len());
        for &l in levels {
            crate::vecs::push(&mut wide, i32::from(l));
        }
        let levels = wide;
        let mut by_rank: Vec<u8> = crate::vecs::with_capacity(levels.len());
        for c in 1..levels.len() {
            crate::vecs::push(&mut by_rank, c as u8);
        }
        // The crate's one sort (no extra copy of the standard sort in the .wasm); the keys are unique.
        crate::sort::sort_by(&mut by_rank, |&a, &b| {
            (*at(&levels, usize::from(a)), a).cmp(&(*at(&levels, usize::from(b)), b))
        });
        let mut rank = crate::vecs::filled(0, levels.len());
        for (r, &c) in by_rank.iter().enumerate() {
            *at_mut(&mut rank, usize::from(c)) = r;
        }
        let mut ranked = crate::vecs::with_capacity(by_rank.len());
        for &c in &by_rank {
            crate::vecs::push(&mut ranked, *crate::vecs::at(&levels, usize::from(c)));
        }
        let negatives = levels.iter().filter(|&&l| l < 0).count();
        Some(RowCoder {
            wbits,
            nt,
            first,
            mask_context,
            balanced,
            levels,
            rank,
            by_rank,
            ranked,
            negatives,
            mask: crate::vecs::filled(Bit::default(), mask_contexts),
            sign: crate::vecs::filled(Bit::default(), nt * SUM_BUCKETS * 2),
            tree: crate::vecs::filled(Bit::default(), (nt * 2) << (wbits - 1)),
            last: crate::vecs::filled(Bit::default(), LAST_CONTEXTS),
        })
    }

    /// The rank of the code whose weight is nearest to `x` (the lower on a tie).
    fn nearest(&self, x: i32) -> usize {
        let at = self.ranked.partition_point(|&l| l < x);
        let below = at.saturating_sub(1);
        match self.ranked.get(at) {
            Some(&l) if at == 0 || l - x < x - self.level(below) => at,
            _ => below,
        }
    }

    fn level(&self, rank: usize) -> i32 {
        self.ranked.get(rank).copied().unwrap_or(0)
    }

    /// How far rank `r` is from the weight 0, in codebook steps.
    fn magnitude(&self, r: usize) -> usize {
        r.abs_diff(self.negatives)
    }

    /// Codes one row (`row[t]`: the code for tag `t`, 0 for none). An encoder reads `row`; a decoder
    /// overwrites it. Returns the row's mask (bit `t` set for a non-zero code); `None` when a decoder
    /// runs out of bytes or reads an impossible code.
    pub(crate) fn row<C: Coder + Default>(&mut self, c: &mut C, row: &mut [u8]) -> Option<u64> {
        // The coder's state in locals while the row is coded: through `c` it would be stored
        // back at every bit, the context function being opaque.
        let mut local = std::mem::take(c);
        let mask = self.code_row(&mut local, row);
        *c = local;
        mask
    }

    fn code_row<C: Coder + Default>(&mut self, c: &mut C, row: &mut [u8]) -> Option<u64> {
        let row = row.get_mut(..self.nt)?;
        let (mask, count) = self.code_mask(c, row)?;
        // The tags with a weight in coding order: from `first` up, then those below it.
        let below = (1u64 << self.first) - 1;
        let (mut sum, mut i) = (0i32, 0u32);
        for mut bits in [mask & !below, mask & below] {
            while bits != 0 {
                let t = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let place = at_mut(row, t);
                let code = if self.balanced && count > 1 && i + 1 == count {
                    self.last_code(c, sum, *place)?
                } else {
                    self.code(c, t, sum, i + 1 == count, *place)?
                };
                if code == 0 {
                    return None;
                }
                *place = code;
                sum = sum.saturating_add(*at(&self.levels, usize::from(code)));
                i += 1;
            }
        }
        Some(mask)
    }

    /// Codes the mask of `row`; returns it and how many bits it has set. Not inlined into
    /// [`RowCoder::row`] natively, where its other variables would crowd the loop's out of registers
    /// (in the .wasm, inlined: fewer bytes).
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn code_mask<C: Coder + Default>(&mut self, c: &mut C, row: &mut [u8]) -> Option<(u64, u32)> {
        let contexts = self.mask_context;
        // Natively, a loop of its own for the inline context (in the .wasm, one loop: fewer bytes),
        // the coder's state in locals again.
        #[cfg(not(target_arch = "wasm32"))]
        if let MaskContext::TagAndCount = contexts {
            let mut local = std::mem::take(c);
            let out = self.mask_bits(&mut local, row, |t, _, count| t * 4 + count.min(3) as usize);
            *c = local;
            return out;
        }
        self.mask_bits(c, row, |t, mask, count| match contexts {
            MaskContext::TagAndCount => t * 4 + count.min(3) as usize,
            MaskContext::Custom(f) => f(t, mask, count),
        })
    }

    /// [`RowCoder::code_mask`] with the mask contexts of `context(t, bits, set)`.
    #[inline(always)]
    fn mask_bits<C: Coder>(
        &mut self,
        c: &mut C,
        row: &mut [u8],
        context: impl Fn(usize, u64, u32) -> usize,
    ) -> Option<(u64, u32)> {
        let (mut mask, mut count) = (0u64, 0u32);
        for (t, place) in row.iter_mut().enumerate() {
            let set = c.bit(self.mask.get_mut(context(t, mask, count))?, *place != 0)?;
            // A decoder's row holds the codes of the last row until overwritten (an encoder's 0
            // stays 0).
            if !set {
                *place = 0;
            }
            mask |= u64::from(set) << t;
            count += u32::from(set);
        }
        Some((mask, count))
    }

    fn code<C: Coder>(
        &mut self,
        c: &mut C,
        t: usize,
        sum: i32,
        last: bool,
        code: u8,
    ) -> Option<u8> {
        let bucket = match sum {
            0 => 0,
            s => {
                let m = self.magnitude(self.nearest(s.saturating_abs())) / 8;
                1 + m.min(3) + 4 * usize::from(s < 0)
            }
        };
        let half = 1u32 << (self.wbits - 1);
        let code = u32::from(code);
        let ctx = (t * SUM_BUCKETS + bucket) * 2 + usize::from(last);
        let top = c.bit(self.sign.get_mut(ctx)?, code >= half)?;
        let at = (t * 2 + usize::from(top)) * half as usize;
        let probs = self.tree.get_mut(at..at + half as usize)?;
        let low = c.tree(probs, self.wbits - 1, code % half)?;
        u8::try_from(u32::from(top) * half + low).ok()
    }

    fn last_code<C: Coder>(&mut self, c: &mut C, sum: i32, code: u8) -> Option<u8> {
        let pred = self.nearest(sum.saturating_neg());
        let bucket = (self.magnitude(pred) / 4).min(7);
        let want = self.rank.get(usize::from(code)).copied().unwrap_or(0) as i64 - pred as i64;
        let rank = if c.bit(at_mut(&mut self.last, bucket), want == 0)? {
            pred
        } else {
            let up = c.bit(at_mut(&mut self.last, 8 + bucket), want > 0)?;
            let dist = want.unsigned_abs().saturating_sub(1);
            let mut k = 0u64;
            while !c.bit(
                at_mut(&mut self.last, 16 + 7 * usize::from(up) + k.min(6) as usize),
                dist == k,
            )? {
                k += 1;
                if k > self.by_rank.len() as u64 {
                    return None;
                }
            }
            let step = usize::try_from(k + 1).ok()?;
            if up {
                pred.checked_add(step)?
            } else {
                pred.checked_sub(step)?
            }
        };
        self.by_rank.get(rank).copied()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::range::{Decoder, Encoder};
    use super::*;

    fn coder(balanced: bool) -> RowCoder {
        // 3-bit codes: 0, levels 1 2 3, then -1 -2 -3, and an unused 0.
        let levels = [0, 10, 20, 30, -10, -20, -30, 0];
        RowCoder::new(
            3,
            &levels,
            5,
            1,
            MaskContext::Custom(|t, m, _| t * 2 + (m & 1) as usize),
            10,
            balanced,
        )
        .unwrap()
    }

    #[test]
    fn rows_round_trip() {
        let rows: Vec<[u8; 5]> = vec![
            [0, 0, 0, 0, 0],
            [4, 1, 0, 0, 0],
            [6, 3, 0, 0, 0],
            [5, 1, 1, 0, 0],
            [7, 0, 0, 2, 0],
            [0, 3, 6, 1, 5],
            [1, 2, 3, 4, 5],
        ];
        for balanced in [false, true] {
            let mut e = Encoder::default();
            let mut m = coder(balanced);
            for r in &rows {
                m.row(&mut e, &mut r.clone()).unwrap();
            }
            let bytes = e.finish();
            let mut d = Decoder::new(&bytes).unwrap();
            let mut m = coder(balanced);
            for r in &rows {
                let mut got = [0u8; 5];
                m.row(&mut d, &mut got).unwrap();
                assert_eq!(&got, r);
            }
            assert!(d.finished());
        }
        let m = coder(true);
        assert_eq!(m.nearest(-14), 2);
        assert_eq!(m.nearest(-15), 1);
        assert_eq!(m.nearest(99), 6);
        assert_eq!(m.nearest(-99), 0);
        // The unused code 7 (weight 0) sits between the negative and the positive codes.
        assert_eq!(m.magnitude(m.rank[7]), 0);
        assert_eq!(m.magnitude(m.rank[1]), 1);
        assert_eq!(m.magnitude(m.rank[4]), 1);
    }
}
