//! A flat open-addressing table from feature keys to row numbers (or other `u32` values, such as a
//! gazetteer phrase's category bits), for the taggers' hot lookups.
//!
//! Feature keys are already well-mixed hashes ([`super::hash::Hash::finish`], never 0), so a key's
//! low bits pick its slot and collisions probe linearly; one slot is a key and a row side by side, so
//! a lookup usually touches one cache line. About three times fewer instructions per lookup than a
//! general hash map.
//!
//! The probes are ordered (Amble & Knuth 1974, "Ordered hash tables"): along any key's probe path,
//! the slots before it hold larger keys. A look-up that meets a smaller key (or an empty slot, key 0)
//! stops there, so a key that is absent, the common case for a tagger's features, costs about as
//! few probes as one that is present.

/// Key -> row; key 0 (which no feature hash produces) is never stored.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyTable {
    /// `(key, row)`; key 0 marks an empty slot. A power of two in length (or empty).
    slots: Vec<(u32, u32)>,
    len: usize,
}

impl KeyTable {
    /// An empty table with room for `n` keys at most half full.
    /// Inlined natively; one call in the .wasm, where it was inlined at several places.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn with_capacity(n: usize) -> KeyTable {
        KeyTable {
            slots: crate::vecs::filled((0, 0), (n.max(8) * 2).next_power_of_two()),
            len: 0,
        }
    }

    /// Keys stored.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Stores `key -> row` (replacing an earlier row of the same key); key 0 is ignored.
    pub(crate) fn insert(&mut self, key: u32, row: u32) {
        if key == 0 {
            return;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            *self = KeyTable::with_capacity((self.len + 1) * 2);
            for (k, r) in old.into_iter().filter(|s| s.0 != 0) {
                self.insert(k, r);
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        // The entry being placed: the new one, then whichever smaller one it displaced.
        let mut entry = (key, row);
        loop {
            let k = self.slots[i].0;
            if k == 0 {
                self.slots[i] = entry;
                self.len += 1;
                return;
            }
            if k == entry.0 {
                // Only the new key can be met again: a displaced key was stored once.
                self.slots[i].1 = entry.1;
                return;
            }
            if k < entry.0 {
                // The larger key takes the slot; the smaller one moves on along the run.
                entry = std::mem::replace(&mut self.slots[i], entry);
            }
            i = (i + 1) & mask;
        }
    }

    /// ORs `bits` into the value of `key` (0 when absent), as a gazetteer's category bits merge.
    /// Inlined natively; one call in the .wasm, where it was inlined at several places.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn or_bits(&mut self, key: u32, bits: u32) {
        let old = self.get(key).unwrap_or(0);
        self.insert(key, old | bits);
    }

    /// The row of `key`, if stored. Inlined natively; one call in the .wasm, where each table's
    /// lookup would inline the probing.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn get(&self, key: u32) -> Option<u32> {
        self.probe(key)
    }

    /// [`KeyTable::get`]'s probing, inlined into both of its callers in the .wasm.
    #[inline(always)]
    fn probe(&self, key: u32) -> Option<u32> {
        if self.slots.is_empty() || key == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        loop {
            let (k, r) = self.slots[i];
            if k == key {
                return Some(r);
            }
            // Past where `key` would be: a smaller key, or an empty slot (0).
            if k < key {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Calls `found` with the row of each key of `keys` that is stored, in the order of `keys` (as
    /// [`KeyTable::get`] on each would): in the .wasm, one look-up after another (natively the
    /// part-of-speech tagger reads its rows through [`KeyTable::each_row_or`]).
    #[cfg(any(target_arch = "wasm32", test))]
    pub(crate) fn for_each_found(&self, keys: &[u32], mut found: impl FnMut(u32)) {
        for &key in keys {
            if let Some(r) = self.probe(key) {
                found(r);
            }
        }
    }

    /// Calls `each` with the row of every key of `keys` in order, `absent` for a key not stored (as
    /// `self.get(key).unwrap_or(absent)` on each would). Each key's home slot and the next are read
    /// and the row picked without a branch on what they hold: a tagger's features are found about
    /// as often as not, a branch the processor cannot guess, so a guess on each cost more than the
    /// look-up. Only a key that the two slots leave open (both hold larger keys: its run goes on) is
    /// probed further. Natively, where the taggers' features come through it (the part-of-speech
    /// tagger's stage about 9% faster than with probes batched to overlap their cache misses).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn each_row_or(&self, keys: &[u32], absent: u32, mut each: impl FnMut(u32)) {
        let Some(mask) = self.slots.len().checked_sub(1) else {
            keys.iter().for_each(|_| each(absent));
            return;
        };
        for &key in keys {
            let i = key as usize & mask;
            let ((k0, r0), (k1, r1)) = (self.slots[i], self.slots[(i + 1) & mask]);
            // Key 0 is never stored: it must not meet an empty slot's 0.
            let row = if key == 0 {
                absent
            } else if k0 > key && k1 > key {
                self.probe(key).unwrap_or(absent)
            } else {
                let r = if k1 == key { r1 } else { absent };
                if k0 == key {
                    r0
                } else {
                    r
                }
            };
            each(row);
        }
    }

    /// Every `(key, row)`, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.slots.iter().copied().filter(|s| s.0 != 0)
    }
}

/// Bits of a key that index a [`FilteredTable`]'s filter: 2^20 bits, 128 KB.
const PRESENT_BITS: u32 = 20;

/// A [`KeyTable`] too large to stay in cache (megabytes of phrase keys), with a presence filter
/// that does: bit `key % 2^20` is set for each stored key, so that most absent keys (the n-grams of
/// a text that name nothing) are turned away without a probe of the table. The filter never turns
/// away a stored key, so [`FilteredTable::get`] answers as [`KeyTable::get`] does.
#[derive(Clone, Debug, Default)]
pub(crate) struct FilteredTable {
    table: KeyTable,
    present: Vec<u64>,
}

impl FilteredTable {
    /// `table` with its filter.
    pub(crate) fn new(table: KeyTable) -> FilteredTable {
        let mut present = crate::vecs::filled(0u64, 1 << (PRESENT_BITS - 6));
        for (k, _) in table.iter() {
            let b = k as usize & ((1 << PRESENT_BITS) - 1);
            present[b >> 6] |= 1 << (b & 63);
        }
        FilteredTable { table, present }
    }

    /// The table itself.
    pub(crate) fn table(&self) -> &KeyTable {
        &self.table
    }

    /// The row of `key`, if stored: the filter first. Inlined natively; one call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn get(&self, key: u32) -> Option<u32> {
        let b = key as usize & ((1 << PRESENT_BITS) - 1);
        if self
            .present
            .get(b >> 6)
            .is_none_or(|w| w >> (b & 63) & 1 == 0)
        {
            return None;
        }
        self.table.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_finds_and_grows() {
        let mut t = KeyTable::with_capacity(2);
        for k in 1..=1000u32 {
            t.insert(k.wrapping_mul(2_654_435_761) >> 8 | 1, k);
        }
        assert_eq!(t.len(), 1000);
        for k in 1..=1000u32 {
            assert_eq!(t.get(k.wrapping_mul(2_654_435_761) >> 8 | 1), Some(k));
        }
        assert_eq!(t.get(0), None);
        t.insert(0, 5);
        assert_eq!(t.len(), 1000);
        t.insert(1 | 2_654_435_761 >> 8, 7);
        assert_eq!(t.get(1 | 2_654_435_761 >> 8), Some(7));
        assert_eq!(t.iter().count(), 1000);
        assert_eq!(KeyTable::default().get(3), None);
    }

    #[test]
    fn the_filter_turns_away_no_stored_key() {
        let mut t = KeyTable::with_capacity(4);
        for k in 1..=3000u32 {
            t.insert(k.wrapping_mul(2_654_435_761) >> 5 | 1, k);
        }
        let f = FilteredTable::new(t.clone());
        for key in (0..20_000u32).map(|k| k.wrapping_mul(2_654_435_761) >> 5 | 1) {
            assert_eq!(f.get(key), t.get(key), "key {key}");
        }
        assert_eq!(f.table().len(), 3000);
        assert_eq!(FilteredTable::default().get(7), None);
    }

    #[test]
    fn agrees_with_a_hash_map_on_present_and_absent_keys() {
        // Small keys crowd a few runs of slots: long runs, many displacements.
        let mut t = KeyTable::with_capacity(4);
        let mut want = std::collections::HashMap::new();
        let mut x = 0x2545_f491u32;
        for n in 0..3000u32 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let key = if n % 3 == 0 { x % 5000 } else { x >> 8 };
            t.insert(key, n);
            if key != 0 {
                want.insert(key, n);
            }
        }
        assert_eq!(t.len(), want.len());
        for key in (0..6000).chain((0..3000).map(|k| k * 5557)) {
            assert_eq!(t.get(key), want.get(&key).copied(), "key {key}");
        }
        for (&k, &v) in &want {
            assert_eq!(t.get(k), Some(v));
        }
        // In batches, the rows of the keys found, in order.
        let keys: Vec<u32> = (0..6000).chain((0..3000).map(|k| k * 5557)).collect();
        let mut rows = Vec::new();
        t.for_each_found(&keys, |r| rows.push(r));
        let want: Vec<u32> = keys.iter().filter_map(|&k| t.get(k)).collect();
        assert_eq!(rows, want);
        // Every key's row or the stand-in, in order.
        #[cfg(not(target_arch = "wasm32"))]
        for table in [&t, &KeyTable::default()] {
            let mut rows = Vec::new();
            table.each_row_or(&keys, u32::MAX, |r| rows.push(r));
            let want: Vec<u32> = keys
                .iter()
                .map(|&k| table.get(k).unwrap_or(u32::MAX))
                .collect();
            assert_eq!(rows, want);
        }
    }
}
