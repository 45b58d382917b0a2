//! Reading the fixed-width little-endian fields of a model file. Every read is checked: running past
//! the end, or a non-finite float, gives `None`, so a truncated or foreign file never panics.

/// A cursor over the bytes of a model file.
pub(crate) struct ByteReader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> ByteReader<'a> {
    /// A reader at the start of `b`.
    pub(crate) fn new(b: &'a [u8]) -> Self {
        ByteReader { b, at: 0 }
    }

    /// The next `n` bytes. Inlined natively; one call in the .wasm, where each field read would
    /// inline its bounds checks.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let b: &'a [u8] = self.b;
        let s = b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    /// One byte.
    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(*crate::vecs::at(self.take(1)?, 0))
    }

    /// A finite `f32`.
    pub(crate) fn f32(&mut self) -> Option<f32> {
        let v = f32::from_le_bytes(self.take(4)?.try_into().ok()?);
        v.is_finite().then_some(v)
    }

    /// A `u32`; one call in the .wasm, as [`ByteReader::take`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A weight codebook: its bit width (a byte, 1 to 8) and its `2^bits` finite `f32` levels, as
    /// the entity and part-of-speech models store them.
    pub(crate) fn codebook(&mut self) -> Option<(u32, Vec<f32>)> {
        let bits = u32::from(self.u8()?);
        if !(1..=8).contains(&bits) {
            return None;
        }
        let mut levels = crate::vecs::with_capacity(1 << bits);
        for _ in 0..1 << bits {
            crate::vecs::push(&mut levels, self.f32()?);
        }
        Some((bits, levels))
    }

    /// True when every byte has been read.
    #[cfg_attr(not(test), allow(dead_code))] // for readers that check a file has no trailing bytes
    pub(crate) fn at_end(&self) -> bool {
        self.at == self.b.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_stops_at_the_end() {
        let mut b = vec![7u8];
        b.extend_from_slice(&1.5f32.to_le_bytes());
        b.extend_from_slice(&70000u32.to_le_bytes());
        b.extend_from_slice(&f32::NAN.to_le_bytes());
        let mut r = ByteReader::new(&b);
        assert_eq!(r.u8(), Some(7));
        assert_eq!(r.f32(), Some(1.5));
        assert_eq!(r.u32(), Some(70000));
        assert!(!r.at_end());
        assert_eq!(r.f32(), None);
        assert!(r.at_end());
        assert_eq!(r.u8(), None);
        assert_eq!(ByteReader::new(&[1, 2]).u32(), None);
    }
}
