//! General-English word frequency: how common a word is in English at large, so that a phrase of
//! everyday words (`last week`, `big problem`) ranks below one of telling words (`fentanyl`,
//! `sovereignty`) that occur as often in the article.
//!
//! The table (`data/word_rarity.bin`) holds the most frequent English word stems ([`super::stem`]),
//! generated from the `wordfreq` package (Speer 2022; data CC BY-SA 4.0; see `data/word_rarity.md`)
//! by `data/gen/wordfreq_words.py` and `article-analyzer rarity`. Each stem's frequency is the sum over
//! the words that share it, on the Zipf scale (log10 of occurrences per billion words). Stems sit in a
//! few Zipf buckets; each bucket stores its stems as sorted hashed keys ([`KEY_BITS`] bits), coded as
//! Rice-coded gaps ([`crate::model::bits`]). A word not in the table is rare: [`UNKNOWN_ZIPF`]. A rare
//! word may collide with a stored key (about one in `2^KEY_BITS / 2000`, 1 in 500), which only makes
//! it look common.
//!
//! File format: `KWR1`, key bits (u8), bucket count (u8), then per bucket its Zipf value times ten
//! (u8), its key count (u16 LE), its byte length (u16 LE) and the bytes of
//! [`crate::model::bits::encode_keys`].

use std::sync::OnceLock;

use crate::model::bits;
use crate::model::embedded::Embedded;

static TABLE: Embedded<{ include_bytes!("../../data/word_rarity.bin").len() }> =
    Embedded::new(include_bytes!("../../data/word_rarity.bin"));

/// Bits of a stored key.
pub const KEY_BITS: u32 = 20;
/// The Zipf value of a stem that is not in the table.
pub const UNKNOWN_ZIPF: f32 = 3.0;

/// The key of a stem: 64-bit FNV-1a folded to [`KEY_BITS`] bits.
pub fn key(stem: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in stem.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - KEY_BITS)) as u32
}

/// The buckets: each its Zipf value times ten and its sorted keys.
fn table() -> &'static [(u8, Vec<u32>)] {
    static T: OnceLock<Vec<(u8, Vec<u32>)>> = OnceLock::new();
    T.get_or_init(|| decode(&*TABLE.bytes()).unwrap_or_default())
}

fn decode(b: &[u8]) -> Option<Vec<(u8, Vec<u32>)>> {
    let rest = b.strip_prefix(b"KWR1")?;
    let (&kb, rest) = rest.split_first()?;
    let (&nb, mut rest) = rest.split_first()?;
    if u32::from(kb) != KEY_BITS {
        return None;
    }
    let mut out = Vec::new();
    for _ in 0..nb {
        let z = *rest.first()?;
        let n = usize::from(u16::from_le_bytes([*rest.get(1)?, *rest.get(2)?]));
        let len = usize::from(u16::from_le_bytes([*rest.get(3)?, *rest.get(4)?]));
        let body = rest.get(5..5 + len)?;
        crate::vecs::push(&mut out, (z, bits::decode_keys(body, n)?));
        rest = &rest[5 + len..];
    }
    Some(out)
}

/// The Zipf frequency of a stem in general English (its bucket's value), [`UNKNOWN_ZIPF`] when the
/// table does not hold it.
pub fn zipf(stem: &str) -> f32 {
    let k = key(stem);
    table()
        .iter()
        .find(|b| b.1.binary_search(&k).is_ok())
        .map_or(UNKNOWN_ZIPF, |b| f32::from(b.0) / 10.0)
}

/// Number of stems in the table.
pub fn len() -> usize {
    table().iter().map(|b| b.1.len()).sum()
}

/// Builds the table from `word<TAB>frequency` lines (frequency as a fraction of all words, as
/// `wordfreq.word_frequency` gives it): stems the words, sums the frequencies of each stem, leaves out
/// stopwords, keeps the `max` most frequent stems at or above Zipf `min_zipf`, and buckets them at
/// the Zipf bounds `bounds` (descending; each bucket is stored with the mean Zipf of its stems).
#[cfg(not(target_arch = "wasm32"))]
pub fn build(tsv: &str, max: usize, min_zipf: f64, bounds: &[f64]) -> Result<Vec<u8>, String> {
    use std::collections::HashMap;
    let mut freq: HashMap<String, f64> = HashMap::new();
    for (n, line) in tsv.lines().enumerate() {
        let mut f = line.split('\t');
        let (Some(w), Some(p)) = (f.next(), f.next()) else {
            continue;
        };
        let p: f64 = p
            .trim()
            .parse()
            .map_err(|e| format!("line {}: {e}", n + 1))?;
        let w = w.trim().to_lowercase();
        if w.is_empty() || crate::stopwords::is_stopword(&w) || !w.chars().any(char::is_alphabetic)
        {
            continue;
        }
        *freq.entry(super::stem::stem(&w)).or_default() += p;
    }
    let mut stems: Vec<(String, f64)> = freq
        .into_iter()
        .map(|(s, p)| (s, p.log10() + 9.0))
        .filter(|p| p.1 >= min_zipf)
        .collect();
    stems.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    stems.truncate(max);
    let mut buckets = Vec::new();
    let mut hi = f64::INFINITY;
    for &lo in bounds {
        let inside: Vec<&(String, f64)> = stems.iter().filter(|p| p.1 >= lo && p.1 < hi).collect();
        hi = lo;
        if inside.is_empty() {
            continue;
        }
        let mean = inside.iter().map(|p| p.1).sum::<f64>() / inside.len() as f64;
        let mut keys: Vec<u32> = inside.iter().map(|p| key(&p.0)).collect();
        keys.sort_unstable();
        keys.dedup();
        eprintln!(
            "bucket zipf >= {lo:.2}: {} stems, mean {mean:.2}",
            keys.len()
        );
        buckets.push(((mean * 10.0).round() as u8, keys));
    }
    let mut out = b"KWR1".to_vec();
    out.push(KEY_BITS as u8);
    out.push(buckets.len() as u8);
    for (z, keys) in buckets {
        let body = bits::encode_keys(&keys);
        out.push(z);
        out.extend((keys.len() as u16).to_le_bytes());
        let len = u16::try_from(body.len()).map_err(|_| "bucket too large")?;
        out.extend(len.to_le_bytes());
        out.extend(body);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::stem::stem;

    #[test]
    fn table_loads_and_ranks_words() {
        assert!(len() > 1500, "{}", len());
        let z = |w: &str| zipf(&stem(w));
        assert!(z("government") > 4.5, "{}", z("government"));
        assert!(z("problems") > 4.5);
        assert!(z("problems") == z("problem"));
        assert!(z("fentanyl") <= UNKNOWN_ZIPF);
        assert!(z("sovereignty") < z("government"));
    }

    #[test]
    fn bad_tables_decode_to_nothing() {
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"KWR1\x14\x01\x40\x05\x00\xff\x00"), None);
        let table = TABLE.bytes();
        for cut in 0..table.len().min(64) {
            let _ = decode(&table[..cut]);
        }
    }
}
