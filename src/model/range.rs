//! Adaptive binary range coding for the model files: each yes/no decision is coded with a probability
//! that adapts to the decisions already seen in its context, so a model's rows cost close to their
//! entropy under that context model instead of a fixed number of bits.
//!
//! The coder is the carry-less-decoding range coder of LZMA (Igor Pavlov; the "LZMA specification" in
//! the LZMA SDK, after G. N. N. Martin 1979, "Range encoding: an algorithm for removing redundancy
//! from a digitised message"): a 32-bit range, bytes shifted out once the range falls below 2^24, the
//! encoder resolving carries through a cached byte. It differs from LZMA in two ways: probabilities
//! have 12 bits, and each adapts at a rate of `1/(n+2)` after its `n`-th decision (so a fresh context
//! learns quickly, like a count) until `n` reaches [`LIMIT`], after which the rate stays fixed.
//! The encoder's first byte, always 0, is not stored.
//!
//! The context modelling is written once for both directions through the [`Coder`] trait: the encoder
//! codes the bit it is given, the decoder ignores it and returns the bit it reads, so the models in
//! the model files cannot drift apart between writing and reading.
//!
//! Decoding never panics: running past the end gives `None`, and [`Decoder::finished`] says whether
//! every byte was used.

/// Bits of a probability.
const PROB_BITS: u32 = 12;
/// Probability scale: `1 << PROB_BITS`.
const ONE: u32 = 1 << PROB_BITS;
/// Decisions after which a probability adapts at its slowest rate, `1/(LIMIT+2)`.
const LIMIT: u16 = 60;
/// Probabilities never get nearer 0 or 1 than this (in `1/ONE`), so no decision costs over 7 bits.
/// No step of the adaptation from the default reaches it (`probabilities_keep_their_margins`), so
/// it is a bound the tests check rather than a clamp.
#[cfg(test)]
const MARGIN: u32 = 31;
/// The range is renormalised (a byte shifted) when it falls below this.
const TOP: u32 = 1 << 24;

/// An adaptive probability that the next bit in its context is 0.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Bit {
    /// P(0) in `1/ONE`.
    p: u16,
    /// Decisions seen, up to [`LIMIT`].
    n: u16,
}

impl Default for Bit {
    fn default() -> Self {
        Bit {
            p: (ONE / 2) as u16,
            n: 0,
        }
    }
}

impl Bit {
    fn bound(self, range: u32) -> u32 {
        (range >> PROB_BITS) * u32::from(self.p)
    }

    fn update(&mut self, bit: bool) {
        let p = u32::from(self.p);
        let rate = u32::from(self.n) + 2;
        // From the default, `p` stays within 51..=4045, inside the margins
        // (`probabilities_keep_their_margins`).
        let p = if bit {
            p - p / rate
        } else {
            p + (ONE - p) / rate
        };
        self.p = p as u16;
        self.n += u16::from(self.n < LIMIT);
    }
}

/// One direction of coding: the encoder codes `bit`, the decoder reads one and ignores `bit`. Either
/// returns the bit coded, and adapts `p` to it.
pub(crate) trait Coder {
    /// Codes one bit with the probability `p`; `None` when a decoder runs out of bytes.
    fn bit(&mut self, p: &mut Bit, bit: bool) -> Option<bool>;

    /// Codes the low `bits` bits of `value`, most significant first, as a binary tree: `probs[1]`
    /// for the first bit, then `probs[2 + b]`, and so on (`probs` holds `1 << bits` entries).
    /// Returns the value coded.
    fn tree(&mut self, probs: &mut [Bit], bits: u32, value: u32) -> Option<u32> {
        let mut node = 1usize;
        for k in (0..bits).rev() {
            let b = self.bit(probs.get_mut(node)?, value >> k & 1 != 0)?;
            node = node << 1 | usize::from(b);
        }
        Some(node as u32 - (1 << bits))
    }
}

/// Reads what an [`Encoder`] wrote.
#[derive(Default)]
pub(crate) struct Decoder<'a> {
    b: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl<'a> Decoder<'a> {
    /// A decoder over `b`; `None` when it is too short to hold any coded data.
    pub(crate) fn new(b: &'a [u8]) -> Option<Self> {
        let head = b.get(..4)?;
        Some(Decoder {
            b,
            at: 4,
            range: u32::MAX,
            code: u32::from_be_bytes(head.try_into().ok()?),
        })
    }

    /// True when every byte has been read (a stream decoded to its end).
    pub(crate) fn finished(&self) -> bool {
        self.at == self.b.len()
    }
}

impl Coder for Decoder<'_> {
    fn bit(&mut self, p: &mut Bit, _: bool) -> Option<bool> {
        let bound = p.bound(self.range);
        let bit = if self.code < bound {
            self.range = bound;
            false
        } else {
            self.code -= bound;
            self.range -= bound;
            true
        };
        p.update(bit);
        // A decision keeps at least `MARGIN / ONE` of a range of `TOP` or more, over 2^16: one
        // byte brings it back to `TOP` (the encoder's loop also shifts once).
        if self.range < TOP {
            let next = *self.b.get(self.at)?;
            self.at += 1;
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(next);
        }
        debug_assert!(self.range >= TOP);
        Some(bit)
    }
}

/// Writes a range-coded stream (training and recoding only).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Encoder {
    out: Vec<u8>,
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for Encoder {
    fn default() -> Self {
        Encoder {
            out: Vec::new(),
            low: 0,
            range: u32::MAX,
            cache: 0,
            pending: 1,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encoder {
    /// Moves the top byte of `low` out, through the cache that absorbs a later carry.
    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    /// The coded bytes.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        debug_assert_eq!(self.out.first(), Some(&0));
        self.out.remove(0);
        self.out
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Coder for Encoder {
    fn bit(&mut self, p: &mut Bit, bit: bool) -> Option<bool> {
        let bound = p.bound(self.range);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        p.update(bit);
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
        Some(bit)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A skewed, context-dependent test stream: bits and 5-bit values.
    fn code<C: Coder>(c: &mut C, bits: &mut Vec<bool>, values: &mut Vec<u32>) -> Option<()> {
        let mut ctx = [Bit::default(); 2];
        let mut tree = [Bit::default(); 32];
        for i in 0..5000usize {
            let want = bits.get(i).copied().unwrap_or(false);
            let prev = i > 0 && bits[i - 1];
            let b = c.bit(&mut ctx[usize::from(prev)], want)?;
            if bits.len() <= i {
                bits.push(b);
            }
            let v = c.tree(&mut tree, 5, values.get(i).copied().unwrap_or(0))?;
            if values.len() <= i {
                values.push(v);
            }
        }
        Some(())
    }

    #[test]
    fn round_trips_and_compresses() {
        let mut x = 12345u32;
        let mut rnd = move || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        let mut bits: Vec<bool> = (0..5000).map(|_| rnd() % 10 == 0).collect();
        let mut values: Vec<u32> = (0..5000).map(|_| (rnd() % 7).min(rnd() % 32)).collect();
        let mut e = Encoder::default();
        code(&mut e, &mut bits, &mut values).unwrap();
        let bytes = e.finish();
        // About 0.47 bits for the bits and under 3 for the values.
        assert!(bytes.len() < 5000 * 7 / 16, "{}", bytes.len());
        let (mut b2, mut v2) = (Vec::new(), Vec::new());
        let mut d = Decoder::new(&bytes).unwrap();
        code(&mut d, &mut b2, &mut v2).unwrap();
        assert!(d.finished());
        assert_eq!((b2, v2), (bits, values));
        for cut in 0..bytes.len() {
            let (mut b3, mut v3) = (Vec::new(), Vec::new());
            let ok = Decoder::new(&bytes[..cut])
                .and_then(|mut d| code(&mut d, &mut b3, &mut v3).map(|_| d.finished()));
            assert_ne!(ok, Some(true), "{cut}");
        }
    }

    #[test]
    fn probabilities_keep_their_margins() {
        // Every state a probability can reach from the default, whatever its bits.
        let mut seen = std::collections::HashSet::new();
        let mut todo = vec![(Bit::default().p, Bit::default().n)];
        let (mut low, mut high) = (ONE, 0);
        while let Some((p, n)) = todo.pop() {
            if !seen.insert((p, n)) {
                continue;
            }
            (low, high) = (low.min(u32::from(p)), high.max(u32::from(p)));
            for bit in [false, true] {
                let mut b = Bit { p, n };
                b.update(bit);
                todo.push((b.p, b.n));
            }
        }
        assert_eq!((low, high), (51, 4045));
        assert!(MARGIN < low && high < ONE - MARGIN);
    }

    #[test]
    fn certain_bits_stay_cheap_and_carries_propagate() {
        // Long runs push probabilities to the margin and `low` through carries.
        let mut bits: Vec<bool> = (0..20_000).map(|i| i % 997 == 0).collect();
        bits.extend((0..20_000).map(|i| i % 991 != 0));
        let mut p = Bit::default();
        let mut e = Encoder::default();
        for &b in &bits {
            e.bit(&mut p, b);
        }
        let bytes = e.finish();
        let mut p = Bit::default();
        let mut d = Decoder::new(&bytes).unwrap();
        let back: Vec<bool> = bits.iter().map(|_| d.bit(&mut p, false).unwrap()).collect();
        assert!(d.finished());
        assert_eq!(back, bits);
    }
}
