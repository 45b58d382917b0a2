//! Hashing for features and gazetteer keys: incremental 64-bit FNV-1a over strings, a multiply-rotate
//! mix of hashes, the fold to a [`KEY_BITS`]-bit key, and hash maps keyed by values that are already
//! hashes (an identity-like hasher, no SipHash).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::pooled::PooledMap;

/// Bits in a feature or phrase key. Fewer bits make the model file smaller (its keys are coded as
/// gaps, about `KEY_BITS - log2(keys) + 1.5` bits each) at the price of more collisions between
/// features; at 24 bits a feature absent from the model hits a stored key with a chance of about
/// `rows / 2^24` (0.2% for 40,000 rows).
pub(crate) const KEY_BITS: u32 = 24;

/// Incremental 64-bit FNV-1a over strings.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hash(pub(crate) u64);

impl Hash {
    /// A hash seeded with a template number.
    pub(crate) fn new(template: u8) -> Hash {
        Hash(0xcbf2_9ce4_8422_2325).byte(template)
    }

    /// Feeds one byte.
    pub(crate) fn byte(self, b: u8) -> Hash {
        Hash((self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
    }

    /// Feeds a string and a terminator (so `ab`+`c` differs from `a`+`bc`). Inlined natively; one
    /// call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn str(self, s: &str) -> Hash {
        let mut h = self;
        for &b in s.as_bytes() {
            h = h.byte(b);
        }
        h.byte(0xff)
    }

    /// Feeds a string with every ASCII digit read as `0`, and a terminator: the hash of
    /// [`crate::entities::tagger::features::low_form`]'s output, from a [`crate::tokens::Forms`] lower form.
    /// Inlined natively; one call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn str_fold_digits(self, s: &str) -> Hash {
        let mut h = self;
        for &b in s.as_bytes() {
            h = h.byte(if b.is_ascii_digit() { b'0' } else { b });
        }
        h.byte(0xff)
    }

    /// Feeds a 64-bit value (another string's hash) with a multiply-rotate step. Inlined natively;
    /// one call in the .wasm, where its 64-bit constant would be repeated at each of the taggers'
    /// feature templates.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn mix(self, x: u64) -> Hash {
        Hash(
            (self.0 ^ x)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                .rotate_left(29),
        )
    }

    /// A wide key: [`WIDE_KEY_BITS`] bits of the hash (never 0), whose top [`KEY_BITS`] bits are
    /// [`Hash::finish`]'s key (see [`narrow`]), for lists that must seldom take one phrase for
    /// another: a phrase absent from a list of `n` keys hits one with a chance of `n / 2^27`.
    pub(crate) fn finish_wide(self) -> u32 {
        ((self.folded() >> (64 - WIDE_KEY_BITS)) as u32).max(1)
    }

    /// The hash's bits mixed once more, whose top bits make the keys.
    fn folded(self) -> u64 {
        self.0.wrapping_mul(0xD6E8_FEB8_6659_FD93)
    }

    /// The key: [`KEY_BITS`] bits of the hash (never 0, which marks empty slots). Inlined natively;
    /// one call in the .wasm, as [`Hash::mix`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn finish(self) -> u32 {
        let v = (self.folded() >> (64 - KEY_BITS)) as u32;
        if v == 0 {
            1
        } else {
            v
        }
    }
}

/// Bits in a wide key ([`Hash::finish_wide`]).
pub(crate) const WIDE_KEY_BITS: u32 = 27;

/// The [`Hash::finish`] key of the hash whose [`Hash::finish_wide`] key is `wide`.
pub(crate) fn narrow(wide: u32) -> u32 {
    (wide >> (WIDE_KEY_BITS - KEY_BITS)).max(1)
}

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

/// A fast non-cryptographic hasher for string and small keys (the multiply-rotate step of rustc's
/// FxHash, eight bytes at a time), in place of SipHash for the maps the analysis builds per text.
/// The keys come from the text being analysed, so a crafted text could collide on purpose; the cost
/// is bounded by the text's length and shows as slowness, never as a wrong result.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    /// Feeds the bytes eight at a time. Inlined natively; one call in the .wasm, where each map's
    /// hashing of a string key would inline it.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }
    fn write_u8(&mut self, v: u8) {
        self.add(u64::from(v));
    }
    fn write_u32(&mut self, v: u32) {
        self.add(u64::from(v));
    }
    fn write_u64(&mut self, v: u64) {
        self.add(v);
    }
    fn write_usize(&mut self, v: usize) {
        self.add(v as u64);
    }
}

/// The last bytes of a key (one to seven) as a little-endian word padded with zeros, assembled in
/// registers (a copy of a variable length would call `memcpy`): natively from two loads that may
/// overlap (the bytes they share land in the same places), in the .wasm one byte at a time (fewer
/// bytes of code). The same word either way.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let n = rest.len();
        if let ([a, b, c, d, ..], [.., e, f, g, h]) = (rest, rest) {
            let (lo, hi) = (
                u32::from_le_bytes([*a, *b, *c, *d]),
                u32::from_le_bytes([*e, *f, *g, *h]),
            );
            return u64::from(lo) | u64::from(hi) << (8 * (n - 4));
        }
        if let ([a, b, ..], [.., c, d]) = (rest, rest) {
            let (lo, hi) = (u16::from_le_bytes([*a, *b]), u16::from_le_bytes([*c, *d]));
            return u64::from(lo) | u64::from(hi) << (8 * (n - 2));
        }
    }
    rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b))
}

/// A `HashMap` with [`FastHasher`] (natively; the core's maps from strings are
/// [`PooledMap`]s).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// `map.get(key)`. Inlined natively; in the .wasm one call per map type, where each lookup would
/// inline its hashing and probing (for the maps read at several places).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn lookup<'a, K, Q, V, S>(map: &'a HashMap<K, V, S>, key: &Q) -> Option<&'a V>
where
    K: Borrow<Q> + Eq + std::hash::Hash,
    Q: Eq + std::hash::Hash + ?Sized,
    S: BuildHasher,
{
    map.get(key)
}

/// Values kept in a vector and found through a hash map from their keys to their indices: every
/// such map with one key type is one hash table type in the .wasm, whatever its values. It iterates
/// in its keys' hash order, as a `HashMap<K, V, S>` filled the same way would (a key's place in the
/// table depends on the keys and the order they came in, never on the values).
#[derive(Clone, Debug)]
pub(crate) struct Indexed<K, V, S> {
    index: HashMap<K, u32, S>,
    values: Vec<V>,
}

/// An [`Indexed`] map from strings: the order that [`super::pooled::PooledMap`] keeps, as its
/// tests check (the core's maps from strings are `PooledMap`s).
#[cfg(test)]
pub(crate) type StrMap<V> = Indexed<String, V, BuildHasherDefault<FastHasher>>;

/// An [`Indexed`] map from 64-bit hashes.
pub(crate) type IdMap<V> = Indexed<u64, V, BuildHasherDefault<KeyHasher>>;

impl<K, V, S: Default> Default for Indexed<K, V, S> {
    fn default() -> Self {
        Indexed {
            index: HashMap::default(),
            values: Vec::new(),
        }
    }
}

impl<K: Eq + std::hash::Hash, V, S: BuildHasher> Indexed<K, V, S> {
    /// An empty map with room for `n` keys.
    pub(crate) fn with_capacity(n: usize) -> Self
    where
        S: Default,
    {
        Indexed {
            index: HashMap::with_capacity_and_hasher(n, S::default()),
            values: Vec::new(),
        }
    }

    /// The value of `key`.
    pub(crate) fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Eq + std::hash::Hash + ?Sized,
    {
        lookup(&self.index, key).map(|&i| crate::vecs::at(&self.values, i as usize))
    }

    /// The value of `key`, made by `make` (and the key copied in) when absent; a new value goes in
    /// through [`crate::vecs::push`], as [`super::pooled::PooledMap::get_or_insert_with`]'s does.
    pub(crate) fn get_or_insert_with<Q>(&mut self, key: &Q, make: impl FnOnce() -> V) -> &mut V
    where
        K: Borrow<Q>,
        Q: ToOwned<Owned = K> + Eq + std::hash::Hash + ?Sized,
    {
        let i = match lookup(&self.index, key) {
            Some(&i) => i as usize,
            None => {
                self.index.insert(key.to_owned(), self.values.len() as u32);
                crate::vecs::push(&mut self.values, make());
                self.values.len() - 1
            }
        };
        crate::vecs::at_mut(&mut self.values, i)
    }

    /// Every key and its value, in the keys' hash order (the order [`super::pooled::PooledMap`]
    /// keeps, as its tests check).
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.index
            .iter()
            .map(|(k, &i)| (k, &self.values[i as usize]))
    }

    /// Every value, in the keys' hash order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.index
            .values()
            .map(|&i| crate::vecs::at(&self.values, i as usize))
    }
}

/// A set of static words, made once (the word lists' sets for fast lookups). It keeps its words as
/// the keys of a [`PooledMap`] (values unused), the core's one map from strings, so that the .wasm
/// holds one hash table type for them all (a `HashSet<&str>` is a table of its own). Natively a
/// filter of the words' lengths and end bytes comes first ([`filter_bit`]), which turns most absent
/// words away without hashing them (most words asked about are in no set).
pub(crate) struct WordSet {
    words: PooledMap<u32>,
    /// Bit [`filter_bit`] of each word set.
    #[cfg(not(target_arch = "wasm32"))]
    filter: [u64; 16],
}

/// A word's bit in a [`WordSet`]'s filter of 1024 bits: from its length and its first and last
/// bytes, the same for equal words.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn filter_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (b.first().map_or(0, |&c| c), b.last().map_or(0, |&c| c));
    let h = (b.len() as u32).wrapping_mul(0x9E37_79B1)
        ^ u32::from(first).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(last).wrapping_mul(0xC2B2_AE35);
    (h >> 22) as usize
}

impl Default for WordSet {
    /// An empty set. One call in the .wasm, where each set's maker inlined it.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn default() -> Self {
        WordSet {
            words: PooledMap::default(),
            #[cfg(not(target_arch = "wasm32"))]
            filter: [0; 16],
        }
    }
}

impl WordSet {
    /// True when `word` is in the set.
    pub(crate) fn contains(&self, word: &str) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let bit = filter_bit(word);
            if self.filter[bit >> 6] & 1 << (bit & 63) == 0 {
                return false;
            }
        }
        self.words.get(word).is_some()
    }

    /// Adds `word`. One call in the .wasm, where each iterator that fills a set inlined the map's
    /// insertion.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn insert(&mut self, word: &'static str) {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let bit = filter_bit(word);
            self.filter[bit >> 6] |= 1 << (bit & 63);
        }
        self.words.get_or_insert_with(word, || 0);
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

/// The set that `cell` holds, made by `make` the first time. Every word set shares one copy of the
/// one-time initialisation in the .wasm, where a closure per cell would make one copy each.
pub(crate) fn word_set(
    cell: &'static OnceLock<WordSet>,
    make: fn() -> WordSet,
) -> &'static WordSet {
    cell.get_or_init(make)
}

/// The word map that `cell` holds, made by `make` the first time: one copy of the one-time
/// initialisation in the .wasm for the maps of this type (the lexicon's text lists and the value
/// lists), as [`word_set`] is for the sets.
pub(crate) fn word_map(
    cell: &'static OnceLock<PooledMap<u32>>,
    make: fn() -> PooledMap<u32>,
) -> &'static PooledMap<u32> {
    cell.get_or_init(make)
}

/// A map from hashed keys (training; the taggers look keys up in a [`super::table::KeyTable`]).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// A map from 64-bit hashes.
pub(crate) type KeyMap64<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_words_are_the_bytes_little_endian() {
        let bytes = [0x81u8, 0x02, 0xF3, 0x04, 0x55, 0xA6, 0x07];
        for n in 1..=7 {
            let rest = &bytes[..n];
            let want = rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
            assert_eq!(tail_word(rest), want, "{n} bytes");
        }
    }

    #[test]
    fn fast_hasher_reads_a_tail_as_a_zero_padded_word() {
        let bytes = b"abcdefghijklmno";
        for n in 0..=bytes.len() {
            let mut h = FastHasher::default();
            h.write(&bytes[..n]);
            let mut want = FastHasher::default();
            let mut chunks = bytes[..n].chunks(8);
            for c in &mut chunks {
                let mut w = [0u8; 8];
                w[..c.len()].copy_from_slice(c);
                want.add(u64::from_le_bytes(w));
            }
            assert_eq!(h.finish(), want.finish(), "{n}");
        }
    }
}
