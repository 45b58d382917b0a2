//! A map from strings whose keys are kept one after another in one buffer: no allocation per key,
//! and one free for them all, where a map from `String`s makes and frees a string per key (the
//! keyphrase stage's thousands of phrases and words per text).
//!
//! It iterates in exactly the order a `StrMap` (an [`super::hash::Indexed`] map from strings, kept
//! for the tests) filled the same way would: its index is a table of the type an
//! [`super::hash::IdMap`] indexes by, keyed by a number that this table hashes to the very hash a
//! `StrMap` gives the string (see [`table_key`]), so every key lands where the `StrMap` would put
//! it. A string whose 64-bit hash another one already has (never met by chance; a crafted text
//! could) takes the next table key free instead: found all the same, though listed elsewhere than a
//! `StrMap` would list it.
//!
//! It is the core's one map from strings (the keyphrase stage's, the entity linker's, the
//! gazetteer's, the abbreviations', the word sets and lists', the tokens' spellings): one hash
//! table type in the .wasm for them all.

use std::hash::{BuildHasher, BuildHasherDefault};

use super::hash::{lookup, FastHasher, KeyMap64};
use crate::text::Span;
use crate::vecs::{at, at_mut};

/// The multiplier of [`super::hash::KeyHasher`]'s `write_u64`.
const MUL: u64 = 0x9E37_79B9_7F4A_7C15;

/// The inverse of [`MUL`] modulo 2^64 (Newton's iteration; each step doubles the correct bits).
const MUL_INVERSE: u64 = {
    let mut x = MUL; // right in the low 3 bits, as for every odd number
    let mut i = 0;
    while i < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(MUL.wrapping_mul(x)));
        i += 1;
    }
    x
};

/// The key under which the index keeps a string of hash `h`: the number that
/// [`super::hash::KeyHasher`] hashes to `h` (it xors the high half into the low one, an
/// involution, and multiplies by [`MUL`]).
fn table_key(h: u64) -> u64 {
    let x = h.wrapping_mul(MUL_INVERSE);
    x ^ (x >> 32)
}

/// The hash a `StrMap` gives `key`.
fn str_hash(key: &str) -> u64 {
    BuildHasherDefault::<FastHasher>::default().hash_one(key)
}

/// Values found by their string keys, which are kept in one buffer.
#[derive(Clone, Debug)]
pub(crate) struct PooledMap<V> {
    keys: Keys,
    /// The values, in the order their keys came in.
    values: Vec<V>,
}

impl<V> Default for PooledMap<V> {
    /// No key. One call per value type in the .wasm, where each map's maker inlined it.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn default() -> Self {
        PooledMap {
            keys: Keys::default(),
            values: Vec::new(),
        }
    }
}

impl<V> PooledMap<V> {
    /// Room for `n` more keys, beside the index (which grows as a `StrMap`'s would, so that the
    /// order stays) and the keys' text.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.keys.entries.reserve(n);
        self.values.reserve(n);
    }

    /// The value of `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        self.keys.position(key).map(|i| at(&self.values, i))
    }

    /// The value of `key`, made by `make` (and the key copied in) when absent. The value goes in
    /// through [`crate::vecs::push`] (new keys are the few): one copy of the push per value type in
    /// the .wasm, where each use inlined it.
    pub(crate) fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let (i, new) = self.keys.slot(key);
        if new {
            crate::vecs::push(&mut self.values, make());
        }
        at_mut(&mut self.values, i)
    }

    /// Every value, in the order the keys came in.
    pub(crate) fn values_mut(&mut self) -> std::slice::IterMut<'_, V> {
        self.values.iter_mut()
    }

    /// True when the map holds no key.
    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every key and its value, in the order of a `StrMap` filled the same way.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.keys
            .index
            .values()
            .map(|&i| (self.keys.key(i as usize), at(&self.values, i as usize)))
    }
}

/// The keys of a [`PooledMap`] (apart from its values: one copy of this code in the .wasm for every
/// type of value).
#[derive(Clone, Debug)]
struct Keys {
    /// Each key's entry, under its [`table_key`].
    index: KeyMap64<u32>,
    /// Every key's text, one after another.
    pool: String,
    /// Each entry's key: its bytes in `pool`.
    entries: Vec<Span>,
    /// Natively, bit [`present_bit`] of each key's hash set: a look-up of an absent key
    /// ([`Keys::position`]: most words asked of the static word maps are in none) mostly ends here,
    /// before the index is probed.
    #[cfg(not(target_arch = "wasm32"))]
    present: [u64; 32],
}

impl Default for Keys {
    /// No key. One call in the .wasm, where each map's maker inlined the empty index.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn default() -> Self {
        Keys {
            index: KeyMap64::default(),
            pool: String::new(),
            entries: Vec::new(),
            #[cfg(not(target_arch = "wasm32"))]
            present: [0; 32],
        }
    }
}

/// The bit of [`Keys::present`] for a key of hash `h`: its top 11 bits.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn present_bit(h: u64) -> usize {
    (h >> 53) as usize
}

impl Keys {
    /// The text of entry `i`.
    fn key(&self, i: usize) -> &str {
        at(&self.entries, i).slice(&self.pool)
    }

    /// The entry of `key`, or the table key it would take: its [`table_key`], or the next one free
    /// when another string holds that one (the same 64-bit hash).
    #[cfg(any(target_arch = "wasm32", test))]
    fn probe(&self, key: &str) -> Result<usize, u64> {
        let mut k = table_key(str_hash(key));
        while let Some(&i) = lookup(&self.index, &k) {
            if self.key(i as usize) == key {
                return Ok(i as usize);
            }
            k = k.wrapping_add(1);
        }
        Err(k)
    }

    /// [`Keys::probe`] of `key`, whose [`str_hash`] is `h` (natively, where the hash also reads
    /// and sets [`Keys::present`]).
    #[cfg(not(target_arch = "wasm32"))]
    #[inline]
    fn probe_hashed(&self, key: &str, h: u64) -> Result<usize, u64> {
        let mut k = table_key(h);
        while let Some(&i) = lookup(&self.index, &k) {
            if self.key(i as usize) == key {
                return Ok(i as usize);
            }
            k = k.wrapping_add(1);
        }
        Err(k)
    }

    /// The entry of `key`.
    fn position(&self, key: &str) -> Option<usize> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let h = str_hash(key);
            let bit = present_bit(h);
            if self.present[bit >> 6] & 1 << (bit & 63) == 0 {
                return None;
            }
            self.probe_hashed(key, h).ok()
        }
        #[cfg(target_arch = "wasm32")]
        self.probe(key).ok()
    }

    /// The entry of `key`, and whether it is new (added last).
    fn slot(&mut self, key: &str) -> (usize, bool) {
        #[cfg(not(target_arch = "wasm32"))]
        let h = str_hash(key);
        #[cfg(not(target_arch = "wasm32"))]
        let found = self.probe_hashed(key, h);
        #[cfg(target_arch = "wasm32")]
        let found = self.probe(key);
        match found {
            Ok(i) => (i, false),
            Err(k) => {
                #[cfg(not(target_arch = "wasm32"))]
                {
                    let bit = present_bit(h);
                    self.present[bit >> 6] |= 1 << (bit & 63);
                }
                let new = self.entries.len();
                self.index.insert(k, new as u32);
                let start = self.pool.len();
                crate::vecs::push_str(&mut self.pool, key);
                crate::vecs::push(&mut self.entries, Span::new(start, self.pool.len()));
                (new, true)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::hash::{KeyHasher, StrMap};
    use std::hash::Hasher;

    #[test]
    fn the_table_key_hashes_to_the_string_hash() {
        assert_eq!(MUL.wrapping_mul(MUL_INVERSE), 1);
        for key in ["", "a", "drug cartel", "#12", "sovereignti"] {
            let h = str_hash(key);
            let mut k = KeyHasher::default();
            k.write_u64(table_key(h));
            assert_eq!(k.finish(), h, "{key}");
        }
    }

    #[test]
    fn it_iterates_as_a_str_map_does() {
        let mut pooled = PooledMap::default();
        let mut plain = StrMap::default();
        let mut x = 12_345u64;
        for n in 0..3000u32 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let key = format!("w{}", x >> 54);
            *pooled.get_or_insert_with(&key, || 0) += n;
            *plain.get_or_insert_with(key.as_str(), || 0) += n;
        }
        let a: Vec<(&str, u32)> = pooled.iter().map(|(k, &v)| (k, v)).collect();
        let b: Vec<(&str, u32)> = plain.iter().map(|(k, &v)| (k.as_str(), v)).collect();
        assert_eq!(a, b);
        assert_eq!(pooled.get("w3"), plain.get("w3"));
        assert_eq!(pooled.get("nothing"), None);
    }

    #[test]
    fn a_key_of_a_taken_hash_takes_the_next_table_key() {
        let mut m = PooledMap::default();
        m.get_or_insert_with("a", || 1);
        // `b`'s table key taken by `a`, as a hash collision would take it.
        let kb = table_key(str_hash("b"));
        m.keys.index.insert(kb, 0);
        assert_eq!(m.keys.probe("b"), Err(kb.wrapping_add(1)));
        *m.get_or_insert_with("b", || 0) += 2;
        assert_eq!(m.keys.probe("b"), Ok(1));
        assert_eq!((m.get("a"), m.get("b")), (Some(&1), Some(&2)));
    }
}
