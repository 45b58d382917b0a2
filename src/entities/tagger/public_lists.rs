//! Public name and place lists as tagger features: US census first names and surnames, GeoNames cities,
//! countries, US states and continents, and nationality words, each with frequency buckets.
//!
//! The lists are compiled ahead of time (native only, [`build`], run by `./build.sh train` through
//! `article-analyzer lexicons DIR`) from `../shared/train/lexicons` into `data/ner/public_lists.bin`:
//! hashed phrase keys only (the same 24-bit keys as [`super::features::phrase_key`]), one sorted,
//! Rice-coded list per category, no text. Sources and licences are in `data/ner_model.md`:
//! 1990 US Census names (public domain), GeoNames (CC BY 4.0, geonames.org), NLTK's nationalities
//! list (public domain).
//!
//! Format: `"LEX1"`, u8 lists, then per list: u8 category bit, u32 keys, u32 bytes, the keys
//! ([`crate::model::bits::encode_keys`]).

use crate::model::bits::decode_keys;
use crate::model::embedded::Embedded;

/// The compiled lists, as shipped.
static LISTS: Embedded<{ include_bytes!("../../../data/ner/public_lists.bin").len() }> =
    Embedded::new(include_bytes!("../../../data/ner/public_lists.bin"));

/// The category bits the lists set (bits 0..=14 belong to the training names and the self-written
/// lists, see [`super::lexicon`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by the list compiler
pub(crate) enum Category {
    /// A first name among the 150 commonest of either sex.
    FirstCommon = 15,
    /// A first name ranked 151 to 1,000.
    FirstOther = 16,
    /// A surname among the 500 commonest.
    SurnameCommon = 17,
    /// A surname ranked 501 to 3,000.
    SurnameOther = 18,
    /// A city of at least a million people.
    CityLarge = 19,
    /// A city of 150,000 to a million people.
    City = 20,
    /// A country, US state or continent.
    Country = 21,
    /// A nationality or demonym (`Mexican`).
    Nationality = 22,
}

impl Category {
    /// The bit this category sets in a gazetteer entry.
    #[cfg(test)]
    pub(crate) fn bit(self) -> u32 {
        1 << self as u8
    }
}

/// Every (phrase key, category bits) of the shipped lists; empty if the file is unreadable.
pub(crate) fn entries() -> Vec<(u32, u32)> {
    decode(&*LISTS.bytes()).unwrap_or_default()
}

/// Reads a file of the format above (also that of [`super::news_names`]): every (phrase key,
/// category bit); `None` when the file is damaged.
pub(crate) fn decode(b: &[u8]) -> Option<Vec<(u32, u32)>> {
    let rest = b.strip_prefix(b"LEX1")?;
    let (&lists, mut rest) = rest.split_first()?;
    let mut out = Vec::new();
    for _ in 0..lists {
        let (&bit, r) = rest.split_first()?;
        let n = u32::from_le_bytes(r.get(..4)?.try_into().ok()?) as usize;
        let len = u32::from_le_bytes(r.get(4..8)?.try_into().ok()?) as usize;
        let keys = decode_keys(r.get(8..8usize.checked_add(len)?)?, n)?;
        let bit = 1u32.checked_shl(u32::from(bit))?;
        for k in keys {
            crate::vecs::push(&mut out, (k, bit));
        }
        rest = &r[8 + len..];
    }
    Some(out)
}

/// Builds the list file from the folder of TSV lists described in `../shared/train/lexicons/README.md`.
#[cfg(not(target_arch = "wasm32"))]
pub fn build(dir: &str) -> Result<Vec<u8>, String> {
    use super::features::tokens_key;
    use std::collections::BTreeMap;

    let read = |name: &str| -> Result<Vec<Vec<String>>, String> {
        let path = format!("{dir}/{name}");
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
        Ok(raw
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect())
    };
    let key = |phrase: &str| -> Option<u32> {
        let toks = crate::tokens::tokenize(phrase);
        (!toks.is_empty() && toks.len() <= super::features::GAZ_MAX)
            .then(|| tokens_key(phrase, &toks))
    };
    let mut lists: BTreeMap<u8, Vec<u32>> = BTreeMap::new();
    let mut add = |cat: Category, phrase: &str| {
        if let Some(k) = key(phrase) {
            lists.entry(cat as u8).or_default().push(k);
        }
    };
    let num = |row: &[String], i: usize| row.get(i).and_then(|v| v.parse::<f64>().ok());
    for file in ["census1990_first_male.tsv", "census1990_first_female.tsv"] {
        for row in read(file)? {
            match num(&row, 3) {
                Some(r) if r <= 150.0 => add(Category::FirstCommon, &row[0]),
                Some(r) if r <= 1000.0 => add(Category::FirstOther, &row[0]),
                _ => {}
            }
        }
    }
    for row in read("census1990_last.tsv")? {
        match num(&row, 3) {
            Some(r) if r <= 500.0 => add(Category::SurnameCommon, &row[0]),
            Some(r) if r <= 3000.0 => add(Category::SurnameOther, &row[0]),
            _ => {}
        }
    }
    for row in read("geonames_cities5000.tsv")? {
        match num(&row, 3) {
            Some(p) if p >= 1e6 => add(Category::CityLarge, &row[0]),
            Some(p) if p >= 1.5e5 => add(Category::City, &row[0]),
            _ => {}
        }
    }
    for file in [
        "geonames_countries.tsv",
        "geonames_us_states.tsv",
        "geonames_continents.tsv",
    ] {
        for row in read(file)? {
            add(Category::Country, &row[0]);
        }
    }
    for row in read("nationalities.txt")? {
        add(Category::Nationality, &row[0]);
    }
    Ok(encode(lists))
}

/// Writes sorted, deduplicated key lists, one per category bit, in the format above.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn encode(lists: std::collections::BTreeMap<u8, Vec<u32>>) -> Vec<u8> {
    use crate::model::bits::encode_keys;
    let mut out = b"LEX1".to_vec();
    out.push(lists.len() as u8);
    for (bit, mut keys) in lists {
        keys.sort_unstable();
        keys.dedup();
        let coded = encode_keys(&keys);
        out.push(bit);
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        out.extend_from_slice(&(coded.len() as u32).to_le_bytes());
        out.extend(coded);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::features::{low_hash, phrase_key};

    #[test]
    fn shipped_lists_decode_and_know_common_names() {
        let e = entries();
        assert!(e.len() > 5_000, "{} entries", e.len());
        let has = |words: &[&str], cat: Category| {
            let k = phrase_key(words.iter().map(|w| low_hash(w)));
            e.iter().any(|&(key, bit)| key == k && bit == cat.bit())
        };
        assert!(has(&["james"], Category::FirstCommon));
        assert!(has(&["smith"], Category::SurnameCommon));
        assert!(has(&["shanghai"], Category::CityLarge));
        assert!(has(&["mexico"], Category::Country));
        assert!(has(&["mexican"], Category::Nationality));
    }

    #[test]
    fn truncated_files_decode_to_nothing() {
        let lists = LISTS.bytes();
        for cut in 0..lists.len().min(64) {
            assert!(decode(&lists[..cut]).is_none());
        }
    }
}
