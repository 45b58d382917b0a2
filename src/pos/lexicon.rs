//! The tagger's lexicon: for each word seen often enough in training, the tags it was seen with, most
//! frequent first (its *ambiguity class*, as in the Memory-Based Tagger: Daelemans, Zavrel, Berck &
//! Gillis 1996, "MBT: A memory-based part of speech tagger-generator"). Features over ambiguity classes
//! say what the words around a token can be (`the` is a determiner, `run` mostly a verb, sometimes a
//! noun) without a weight per word, which is what lets a small model look right as well as left. A
//! known word is also only ever tagged with a tag of its class (a tag dictionary, as in Honnibal's
//! tagger), which keeps its weights sparse.
//!
//! Words are keyed by a 24-bit hash of their lower-case form; classes are numbered from 1, most
//! frequent first (0: not in the lexicon, any tag).
//!
//! Format (inside the model file): `u32 n`, `u32 len` and the n sorted word keys as Rice-coded gaps
//! ([`crate::model::bits`]); `u8 k`, `u32 len` and each key's class minus one as an exponential-Golomb
//! code of order k; `u32 c`, `u32 len` and for each of the c classes its number of tags minus one
//! (exponential-Golomb, order 0) and its tags in increasing order as gaps (order 1).

use crate::model::bits::{decode_keys, BitReader};
use crate::model::bytes::ByteReader;
use crate::model::hash::Hash;
use crate::model::table::KeyTable;
use crate::text::{is_alpha, starts_by};

/// Word -> ambiguity class.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    /// Word key -> class (a `u16`, stored as the table's `u32`).
    pub(crate) map: KeyTable,
    /// The tags of each class as bits (bit `c`: class `c`), indexed by class number; index 0
    /// (unknown words) allows every tag.
    pub(crate) masks: Vec<u64>,
}

/// Every tag class.
pub(crate) const ALL: u64 = (1 << super::tags::NT) - 1;

/// The open classes (bit `c` for class `c`): `CD FW JJ JJR JJS LS NN NNS NNP NNPS RB RBR RBS SYM UH
/// VB VBD VBG VBN VBP VBZ`. A word outside the lexicon, which holds every frequent word, is never a
/// function word (conjunction, determiner, preposition, pronoun, modal, particle, wh-word): the
/// closed classes are small and their members frequent (the unknown-word restriction of Brants 2000,
/// "TnT: a statistical part-of-speech tagger", and of the Memory-Based Tagger). Without it a
/// capitalised unknown word opening a sentence (`Lukashenko signed...`) could come out as `CC`.
pub(crate) const OPEN: u64 = 0xfeb8_7bd2;

/// The lexicon key of a word's lower-case hash.
pub(crate) fn key(word: u64) -> u32 {
    Hash(word).mix(0x4c45_5849).finish()
}

impl Lexicon {
    /// The ambiguity class of a word (its lower-case hash), 0 when unknown.
    pub(crate) fn class(&self, word: u64) -> u16 {
        // Every stored class fits (`decode` and `build` store `u16`s).
        self.map.get(key(word)).map_or(0, |class| class as u16)
    }

    /// The tags a word of class `class` may take (every tag for an unknown token).
    pub(crate) fn allowed(&self, class: u16) -> u64 {
        match self.masks.get(usize::from(class)) {
            Some(&m) if class > 0 && m != 0 => m,
            _ => ALL,
        }
    }

    /// The tags token `w` of class `class` may take: [`Lexicon::allowed`], and only the [`OPEN`]
    /// classes for an unknown word that starts with a letter.
    pub(crate) fn allowed_for(&self, class: u16, w: &str) -> u64 {
        if class == 0 && starts_by(w, is_alpha) {
            OPEN
        } else {
            self.allowed(class)
        }
    }

    /// Reads the lexicon section of a model file.
    pub(crate) fn decode(r: &mut ByteReader) -> Option<Lexicon> {
        let n = r.u32()? as usize;
        let len = r.u32()? as usize;
        let keys = decode_keys(r.take(len)?, n)?;
        let k = u32::from(r.u8()?);
        if k > 16 {
            return None;
        }
        let len = r.u32()? as usize;
        let mut bits = BitReader::new(r.take(len)?);
        let mut map = KeyTable::with_capacity(n);
        for key in keys {
            let class = bits.exp_golomb(k)?.checked_add(1)?;
            map.insert(key, u32::from(u16::try_from(class).ok()?));
        }
        // The classes' tags: how many, then the tags as gaps.
        let classes = r.u32()? as usize;
        let len = r.u32()? as usize;
        let mut bits = BitReader::new(r.take(len)?);
        let mut masks = vec![ALL];
        for _ in 0..classes {
            let count = bits.exp_golomb(0)? as usize + 1;
            let (mut mask, mut tag) = (0u64, 0u32);
            for j in 0..count {
                let gap = bits.exp_golomb(1)?;
                tag = if j == 0 {
                    gap
                } else {
                    tag.checked_add(gap + 1)?
                };
                if tag >= super::tags::NT as u32 {
                    return None;
                }
                mask |= 1 << tag;
            }
            crate::vecs::push(&mut masks, mask);
        }
        if map.iter().any(|(_, c)| c as usize >= masks.len()) {
            return None;
        }
        Some(Lexicon { map, masks })
    }

    /// Writes the lexicon section of a model file.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        use crate::model::bits::{encode_keys, BitWriter};
        let mut entries: Vec<(u32, u32)> = self.map.iter().collect();
        entries.sort_unstable();
        let keys: Vec<u32> = entries.iter().map(|e| e.0).collect();
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        let kb = encode_keys(&keys);
        out.extend_from_slice(&(kb.len() as u32).to_le_bytes());
        out.extend(kb);
        // The order that codes the classes in the fewest bits.
        let code = |k: u32| {
            let mut w = BitWriter::default();
            for e in &entries {
                w.exp_golomb(e.1.max(1) - 1, k);
            }
            w.finish()
        };
        let (k, b) = (0..6)
            .map(|k| (k, code(k)))
            .min_by_key(|(_, b)| b.len())
            .unwrap_or((0, Vec::new()));
        out.push(k as u8);
        out.extend_from_slice(&(b.len() as u32).to_le_bytes());
        out.extend(b);
        let mut w = BitWriter::default();
        let classes = &self.masks[1.min(self.masks.len())..];
        for &m in classes {
            w.exp_golomb(m.count_ones().max(1) - 1, 0);
            let mut last: Option<u32> = None;
            for t in (0..64).filter(|t| m & 1 << t != 0) {
                w.exp_golomb(last.map_or(t, |l| t - l - 1), 1);
                last = Some(t);
            }
        }
        let b = w.finish();
        out.extend_from_slice(&(classes.len() as u32).to_le_bytes());
        out.extend_from_slice(&(b.len() as u32).to_le_bytes());
        out.extend(b);
    }
}

/// Builds a lexicon from tag counts per word hash (training only): the words seen `min` times or
/// more, each with the tags that make up at least `share` of its occurrences, most frequent first.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn build(
    counts: &std::collections::HashMap<u64, [u32; super::tags::NT]>,
    min: u32,
    share: f64,
) -> Lexicon {
    use std::collections::HashMap;
    let mut classes: Vec<(u32, Vec<u8>)> = Vec::new();
    for (&w, c) in counts {
        let total: u32 = c.iter().sum();
        if total < min {
            continue;
        }
        let mut tags: Vec<(u32, u8)> = c
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0 && f64::from(n) >= share * f64::from(total))
            .map(|(t, &n)| (n, t as u8))
            .collect();
        tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        classes.push((key(w), tags.into_iter().map(|t| t.1).collect()));
    }
    // Classes numbered by frequency, most frequent first.
    let mut freq: HashMap<&[u8], usize> = HashMap::new();
    for (_, c) in &classes {
        *freq.entry(c.as_slice()).or_default() += 1;
    }
    let mut order: Vec<(&[u8], usize)> = freq.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let id: HashMap<&[u8], u16> = order
        .iter()
        .enumerate()
        .map(|(i, &(c, _))| (c, (i + 1).min(usize::from(u16::MAX)) as u16))
        .collect();
    let mut lex = Lexicon {
        masks: vec![ALL],
        ..Lexicon::default()
    };
    for (c, _) in &order {
        lex.masks.push(c.iter().fold(0u64, |m, &t| m | 1 << t));
    }
    for (k, c) in &classes {
        lex.map.insert(*k, u32::from(id[c.as_slice()]));
    }
    lex
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn builds_ordered_classes_and_round_trips() {
        let mut counts: HashMap<u64, [u32; super::super::tags::NT]> = HashMap::new();
        let mut c = [0u32; super::super::tags::NT];
        c[11] = 9;
        counts.insert(1, c); // NN
        counts.insert(2, c); // NN
        c[26] = 3;
        counts.insert(3, c); // NN > VB
        c[11] = 1;
        counts.insert(4, c); // VB > NN
        counts.insert(5, [0; super::super::tags::NT]); // never seen
        let lex = build(&counts, 2, 0.2);
        assert_eq!(lex.map.len(), 4);
        assert_eq!(lex.class(1), 1);
        assert_eq!(lex.class(2), 1);
        assert!(lex.class(3) > 1 && lex.class(4) > 1 && lex.class(3) != lex.class(4));
        assert_eq!(lex.class(5), 0);
        let mut out = Vec::new();
        lex.encode(&mut out);
        let back = Lexicon::decode(&mut ByteReader::new(&out)).unwrap();
        let sorted = |lex: &Lexicon| {
            let mut entries: Vec<(u32, u32)> = lex.map.iter().collect();
            entries.sort_unstable();
            entries
        };
        assert_eq!(sorted(&back), sorted(&lex));
        assert_eq!(back.masks, lex.masks);
        assert_eq!(lex.allowed(lex.class(4)), 1 << 11 | 1 << 26);
        assert_eq!(lex.allowed(0), ALL);
        assert_eq!(lex.allowed_for(0, "Lukashenko"), OPEN);
        assert_eq!(lex.allowed_for(0, "--"), ALL);
        for cut in 0..out.len() {
            assert!(Lexicon::decode(&mut ByteReader::new(&out[..cut])).is_none());
        }
    }
}
