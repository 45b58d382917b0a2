//! Bit-level coding for the model file: fixed-width fields and Golomb-Rice codes (Golomb 1966; Rice
//! 1979) for the gaps between sorted hash keys, which are near-geometric, so a Rice code is close to
//! their entropy (about 1.5 bits over log2 of the mean gap) where a byte varint wastes several bits.
//!
//! Reading never panics: running out of bits, or a unary run longer than any valid code, gives `None`.

use crate::vecs::CollectVec;

/// Appends bits, least significant first, to a byte vector.
#[derive(Default)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
impl BitWriter {
    /// Writes the low `bits` bits of `v` (`bits` <= 32).
    pub(crate) fn put(&mut self, v: u32, bits: u32) {
        if bits == 0 {
            return;
        }
        let v = u64::from(v) & ((1u64 << bits) - 1);
        self.acc |= v << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// Writes `v` as a Rice code with parameter `k`: `v >> k` in unary (ones, then a zero), then the
    /// low `k` bits.
    pub(crate) fn rice(&mut self, v: u32, k: u32) {
        let mut q = v >> k;
        while q >= 32 {
            self.put(u32::MAX, 32);
            q -= 32;
        }
        self.put((1u32 << q) - 1, q);
        self.put(0, 1);
        self.put(v, k);
    }

    /// Writes `v` as an exponential-Golomb code of order `k` (Teuhola 1978): suits values with a
    /// long tail (a Zipfian id), where a Rice code's unary part would grow linearly.
    pub(crate) fn exp_golomb(&mut self, v: u32, k: u32) {
        let x = u64::from(v) + (1u64 << k);
        let bits = 64 - x.leading_zeros(); // >= k + 1
        let zeros = bits - 1 - k;
        self.put(0, zeros.min(32));
        if zeros > 32 {
            self.put(0, zeros - 32);
        }
        // `x` in `bits` bits, most significant first, so the leading 1 ends the run of zeros.
        for b in (0..bits).rev() {
            self.put(((x >> b) & 1) as u32, 1);
        }
    }

    /// The bytes written, the last one padded with zeros.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// Reads what a [`BitWriter`] wrote.
pub(crate) struct BitReader<'a> {
    b: &'a [u8],
    /// Next bit to read.
    at: usize,
}

impl<'a> BitReader<'a> {
    /// A reader at the start of `b`.
    pub(crate) fn new(b: &'a [u8]) -> Self {
        BitReader { b, at: 0 }
    }

    fn bit(&mut self) -> Option<u32> {
        let byte = *self.b.get(self.at / 8)?;
        let v = u32::from(byte >> (self.at % 8)) & 1;
        self.at += 1;
        Some(v)
    }

    /// The bits from the next one on, least significant first: at least 57 of them (zeros past the
    /// end), read eight bytes at a time instead of bit by bit.
    fn window(&self) -> u64 {
        let i = self.at / 8;
        let w = match self.b.get(i..i + 8) {
            Some(eight) => eight.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b)),
            None => self
                .b
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .rev()
                .fold(0u64, |w, &b| w << 8 | u64::from(b)),
        };
        w >> (self.at % 8)
    }

    /// Bits left to read.
    fn left(&self) -> usize {
        (self.b.len() * 8).saturating_sub(self.at)
    }

    /// Reads a `bits`-bit field (`bits` <= 32).
    pub(crate) fn get(&mut self, bits: u32) -> Option<u32> {
        if bits as usize > self.left() {
            return None;
        }
        let v = self.window() & u64::MAX.checked_shr(64 - bits.min(32)).unwrap_or(0);
        self.at += bits as usize;
        Some(v as u32)
    }

    /// Reads an exponential-Golomb code of order `k`; `None` past the end or for a value over
    /// `u32::MAX`.
    pub(crate) fn exp_golomb(&mut self, k: u32) -> Option<u32> {
        let mut zeros = 0u32;
        while self.bit()? == 0 {
            zeros += 1;
            if zeros + k > 32 {
                return None;
            }
        }
        let mut x = 1u64;
        for _ in 0..zeros + k {
            x = x << 1 | u64::from(self.bit()?);
        }
        u32::try_from(x - (1u64 << k)).ok()
    }

    /// Reads a Rice code with parameter `k`; `None` past the end or when the quotient exceeds `2^24`.
    pub(crate) fn rice(&mut self, k: u32) -> Option<u32> {
        // Natively (in the .wasm, fewer bytes instead), a code that lies within one window of the
        // bytes is read from it at once: the run, its zero and the low bits.
        #[cfg(not(target_arch = "wasm32"))]
        if k < 32 {
            let w = self.window();
            let ones = (!w).trailing_zeros();
            let len = ones + 1 + k;
            if len <= 57 && len as usize <= self.left() {
                self.at += len as usize;
                let low = (w >> (ones + 1)) as u32 & u32::MAX.checked_shr(32 - k).unwrap_or(0);
                return ones.checked_shl(k)?.checked_add(low);
            }
        }
        // The run of ones counted a window at a time: the window's bits past its valid ones are
        // zeros, so a run stops inside it, at a real zero unless that lies past the end.
        let mut q = 0usize;
        loop {
            let shift = (self.at % 8) as u32;
            let ones = (!self.window()).trailing_zeros();
            if ones as usize >= self.left() {
                return None;
            }
            q += ones as usize;
            self.at += ones as usize;
            if q > 1 << 24 {
                return None;
            }
            if ones < 64 - shift {
                self.at += 1;
                break;
            }
        }
        let q = q as u32;
        let low = self.get(k)?;
        q.checked_shl(k)?.checked_add(low)
    }
}

/// The Rice parameter that codes `gaps` in the fewest bits (the smallest on a tie). Kiely's estimate
/// from the mean gap (Kiely 2004, `floor(log2(mean * ln 2))`) is one too small for some key lists,
/// a third of a bit per key.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) fn rice_parameter(gaps: &[u32]) -> u32 {
    let cost = |k: u32| -> u64 {
        gaps.iter()
            .map(|&g| u64::from(g >> k) + 1 + u64::from(k))
            .sum()
    };
    (0..32).min_by_key(|&k| (cost(k), k)).unwrap_or(0)
}

/// Codes strictly increasing keys as Rice-coded gaps: a byte with the parameter, then the bits.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) fn encode_keys(keys: &[u32]) -> Vec<u8> {
    let gaps: Vec<u32> = keys
        .iter()
        .enumerate()
        .map(|(i, &key)| if i == 0 { key } else { key - keys[i - 1] - 1 })
        .collect_vec();
    let k = rice_parameter(&gaps);
    let mut w = BitWriter::default();
    for &gap in &gaps {
        w.rice(gap, k);
    }
    let mut out = vec![k as u8];
    out.extend(w.finish());
    out
}

/// Decodes `n` keys written by [`encode_keys`].
pub(crate) fn decode_keys(b: &[u8], n: usize) -> Option<Vec<u32>> {
    let (&k, rest) = b.split_first()?;
    if k > 31 || n > rest.len().saturating_mul(8) {
        return None;
    }
    let mut r = BitReader::new(rest);
    let mut keys = crate::vecs::with_capacity(n);
    let mut last = 0u32;
    for i in 0..n {
        let gap = r.rice(u32::from(k))?;
        last = if i == 0 {
            gap
        } else {
            last.checked_add(gap)?.checked_add(1)?
        };
        crate::vecs::push(&mut keys, last);
    }
    Some(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_rice_codes_round_trip() {
        let mut w = BitWriter::default();
        w.put(5, 3);
        w.rice(1000, 4);
        w.put(0xABCD, 16);
        w.rice(0, 0);
        w.rice(77, 0);
        let b = w.finish();
        let mut r = BitReader::new(&b);
        assert_eq!(r.get(3), Some(5));
        assert_eq!(r.rice(4), Some(1000));
        assert_eq!(r.get(16), Some(0xABCD));
        assert_eq!(r.rice(0), Some(0));
        assert_eq!(r.rice(0), Some(77));
    }

    /// The reader bit by bit, as it was before reading windows, for comparison.
    fn slow_get(r: &mut BitReader, bits: u32) -> Option<u32> {
        let mut v = 0u32;
        for k in 0..bits {
            v |= r.bit()? << k;
        }
        Some(v)
    }

    fn slow_rice(r: &mut BitReader, k: u32) -> Option<u32> {
        let mut q = 0u32;
        while r.bit()? == 1 {
            q += 1;
            if q > 1 << 24 {
                return None;
            }
        }
        let low = slow_get(r, k)?;
        q.checked_shl(k)?.checked_add(low)
    }

    #[test]
    fn windows_read_what_single_bits_read() {
        let mut x = 0x9E37_79B9u32;
        for len in 0..40usize {
            for round in 0..60 {
                // Random bytes, some runs of ones longer than a window, all ones at times.
                let b: Vec<u8> = (0..len)
                    .map(|i| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        if round % 5 == 0 || (round % 3 == 0 && i < 12) {
                            0xFF
                        } else {
                            x as u8
                        }
                    })
                    .collect();
                for k in [0u32, 1, 3, 7, 13, 31] {
                    let (mut fast, mut slow) = (BitReader::new(&b), BitReader::new(&b));
                    loop {
                        let (f, s) = if round % 2 == 0 {
                            (fast.rice(k), slow_rice(&mut slow, k))
                        } else {
                            (fast.get(k + 1), slow_get(&mut slow, k + 1))
                        };
                        assert_eq!(f, s, "{b:?} k={k}");
                        if f.is_none() {
                            break;
                        }
                        assert_eq!(fast.at, slow.at);
                    }
                }
            }
        }
    }

    #[test]
    fn exp_golomb_codes_round_trip() {
        let values = [0u32, 1, 2, 3, 7, 8, 100, 65_535, 1 << 20, u32::MAX - 1];
        for k in [0, 1, 3] {
            let mut w = BitWriter::default();
            for &v in &values {
                w.exp_golomb(v, k);
            }
            let b = w.finish();
            let mut r = BitReader::new(&b);
            for &v in &values {
                assert_eq!(r.exp_golomb(k), Some(v), "k={k}");
            }
        }
        let mut w = BitWriter::default();
        w.exp_golomb(0, 0);
        assert_eq!(w.finish(), [1]);
        assert_eq!(BitReader::new(&[0, 0, 0, 0, 0]).exp_golomb(0), None);
    }

    #[test]
    fn keys_round_trip_and_truncation_fails_cleanly() {
        let keys: Vec<u32> = (0..500u32).map(|i| i * i * 37 + i).collect();
        let b = encode_keys(&keys);
        assert_eq!(decode_keys(&b, keys.len()), Some(keys.clone()));
        assert!(b.len() < keys.len() * 3);
        for cut in 0..b.len() - 1 {
            assert_eq!(decode_keys(&b[..cut], keys.len()), None);
        }
        assert_eq!(decode_keys(&encode_keys(&[]), 0), Some(vec![]));
    }
}
