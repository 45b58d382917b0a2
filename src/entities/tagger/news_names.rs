//! More names in the news, kept as hashed phrase keys only: people, organisations and MISC names
//! (products, works, events) written for this project from general knowledge in
//! `data/ner/news_names/{people,orgs,misc}.txt` and compiled (native only, [`build`], run by
//! `article-analyzer news-names`, the second step of `./build.sh train`) into
//! `data/ner/news_names.bin`, in the format of [`super::public_lists`]: one sorted, Rice-coded list
//! of 24-bit phrase keys per category, no text.
//!
//! A key costs under two bytes of the .wasm where a line of text costs six or seven, so these lists
//! hold several times the names of `people.txt` and `companies.txt`. They set the same category
//! bits as those lists (`person`, `company`, `event`), so the tagger's weights read them alike;
//! [`super::lexicon::known`] gives the consistency stage the same strong cue for them, and
//! [`crate::entities::names`] recovers a whole run of capitalised words that spells one out when
//! the tagger missed it. A 24-bit key can collide with some other phrase's (about one lookup in
//! 600 for the 28,000 person, company and event keys), so only name-like phrases are looked up:
//! one that starts and ends with a capital, or a whole capitalised run of up to four words.
//!
//! The same file holds the famous people and organisations of `data/ner/people.txt` and
//! `data/ner/companies.txt` ([`famous`]), with the surnames of those people that may stand alone:
//! 28-bit keys ([`crate::model::hash::Hash::finish_wide`]), so that any name-like run of words may be
//! looked up, as the text lists were, with 16 times fewer collisions than 24-bit keys.

/// The compiled lists, as shipped.
const NAMES: &[u8] = include_bytes!("../../../data/ner/news_names.bin");

/// Every (phrase key, category bit) of the compiled lists but the famous ones; empty if the file
/// is unreadable.
pub(crate) fn entries() -> Vec<(u32, u32)> {
    let mut all = super::public_lists::decode(NAMES).unwrap_or_default();
    all.retain(|&(_, bit)| bit < 1 << PEOPLE);
    all
}

/// The lists of the file (by their number there) that hold wide keys of famous phrases
/// ([`famous`]): people, organisations, lone surnames; the same kinds written in capitals or mixed
/// case, [`CASED_LISTS`] further on; and the keys as written of those ([`CASE_KEYS`]).
const PEOPLE: u8 = 23;
const ORGS: u8 = 24;
const LONE: u8 = 25;
const CASE_KEYS: u8 = 27;
const CASED_LISTS: u8 = 5;

/// The [`super::lexicon`] bits of a famous list's number.
fn famous_bits(list: u8) -> u32 {
    use super::lexicon::{
        CASED_BIT, CASE_KEY_BIT, LISTED_ORG_BIT, LISTED_PERSON_BIT, LONE_SURNAME_BIT,
    };
    let (kind, cased) = match list.checked_sub(CASED_LISTS) {
        Some(k) if k >= PEOPLE => (k, CASED_BIT),
        _ => (list, 0),
    };
    cased
        | match kind {
            PEOPLE => LISTED_PERSON_BIT,
            ORGS => LISTED_ORG_BIT,
            LONE => LONE_SURNAME_BIT,
            CASE_KEYS => CASE_KEY_BIT,
            _ => 0,
        }
}

/// The famous people and organisations of `data/ner/people.txt` and `data/ner/companies.txt`, and
/// the surnames that may stand alone: wide phrase key -> [`super::lexicon`]'s `LISTED_*`, `CASED`
/// and `CASE_KEY` bits (empty if the file is unreadable).
pub(crate) fn famous() -> &'static crate::model::table::KeyTable {
    use std::sync::OnceLock;
    static CELL: OnceLock<crate::model::table::KeyTable> = OnceLock::new();
    CELL.get_or_init(|| {
        let all = super::public_lists::decode(NAMES).unwrap_or_default();
        let mut table = crate::model::table::KeyTable::default();
        for (key, bit) in all {
            if bit >= 1 << PEOPLE {
                table.or_bits(key, famous_bits(bit.trailing_zeros() as u8));
            }
        }
        table
    })
}

/// Builds the list file from the three text files in `dir` (`people.txt`, `orgs.txt`, `misc.txt`:
/// one name per line).
#[cfg(not(target_arch = "wasm32"))]
pub fn build(dir: &str) -> Result<Vec<u8>, String> {
    use super::features::tokens_key;
    use super::lexicon::category_bit;
    use std::collections::BTreeMap;

    let mut lists: BTreeMap<u8, Vec<u32>> = BTreeMap::new();
    let bit_index = |cat: &str| -> Result<u8, String> {
        category_bit(cat)
            .map(|b| b.trailing_zeros() as u8)
            .ok_or_else(|| format!("no category {cat}"))
    };
    for (file, cat) in [
        ("people.txt", "person"),
        ("orgs.txt", "company"),
        ("misc.txt", "event"),
    ] {
        let path = format!("{dir}/{file}");
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
        for phrase in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let tokens = crate::tokens::tokenize(phrase);
            // Only the whole name: a last word of its own (`surname`, as `lexicon::lexicon` gives
            // the text lists' people) measured no better on the present-day sets and cost a third
            // more bytes.
            if tokens.is_empty() {
                continue;
            }
            lists
                .entry(bit_index(cat)?)
                .or_default()
                .push(tokens_key(phrase, &tokens));
        }
    }
    famous_lists(dir, &mut lists)?;
    for (cat, phrase) in keyed_lexicon(dir)? {
        let tokens = crate::tokens::tokenize(&phrase);
        if !tokens.is_empty() {
            lists
                .entry(bit_index(&cat)?)
                .or_default()
                .push(tokens_key(&phrase, &tokens));
        }
    }
    Ok(super::public_lists::encode(lists))
}

/// The `(category, phrase)` lines of `data/ner/lexicon_keys.txt` (in the parent of `dir`): the word
/// lists' categories that the tagger reads as bits only (countries, regions and cities without a
/// word in lower case, first names, titles, organisation words), in the format of
/// `data/ner/lexicon.txt` ([`super::lexicon::lexicon_entries`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn keyed_lexicon(dir: &str) -> Result<Vec<(String, String)>, String> {
    let path = format!("{dir}/../lexicon_keys.txt");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
    let mut category = String::new();
    let mut out = Vec::new();
    for line in raw.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            category = name.to_string();
        } else if !line.is_empty() && !line.starts_with('#') {
            out.push((category.clone(), line.to_string()));
        }
    }
    Ok(out)
}

/// Adds the keys of the famous people and organisations of `data/ner/people.txt` and
/// `data/ner/companies.txt` (in the parent of `dir`) to `lists`: each phrase's wide key
/// ([`super::features::phrase_key_wide`]) in the list of its kind ([`famous_bits`]), so is the
/// whole of a surname that may stand alone as a name ([`lone_surnames`]), and the key of every other
/// last word of a full name under `surname`.
#[cfg(not(target_arch = "wasm32"))]
fn famous_lists(
    dir: &str,
    lists: &mut std::collections::BTreeMap<u8, Vec<u32>>,
) -> Result<(), String> {
    use super::features::{cased_key, low_form, low_hash, phrase_key, phrase_key_wide};
    use super::lexicon::{category_bit, is_cased};
    let read = |file: &str| -> Result<Vec<String>, String> {
        let path = format!("{dir}/../{file}");
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
        Ok(raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect())
    };
    let (people, companies) = (read("people.txt")?, read("companies.txt")?);
    let lone: std::collections::HashSet<String> =
        lone_surnames(&people, &companies, &keyed_lexicon(dir)?)
            .into_iter()
            .collect();
    let surname = category_bit("surname")
        .ok_or("no category surname")?
        .trailing_zeros() as u8;
    let lows_of = |phrase: &str| -> Vec<u64> {
        crate::tokens::tokenize(phrase)
            .iter()
            .map(|t| low_hash(&low_form(t.text(phrase))))
            .collect()
    };
    // A phrase in capitals or mixed case goes to the `CASED` list of its kind; one with a digit also
    // puts its keys as written and in full capitals into `CASE_KEY` (digits hash alike in a phrase
    // key: `3M` and `5M`).
    let mut add = |kind: u8, phrase: &str, lows: Vec<u64>| {
        let key = phrase_key_wide(lows);
        if !is_cased(phrase) {
            lists.entry(kind).or_default().push(key);
            return;
        }
        lists.entry(kind + CASED_LISTS).or_default().push(key);
        if !phrase.chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        for form in [phrase, &phrase.to_uppercase()] {
            let tokens = crate::tokens::tokenize(form);
            lists
                .entry(CASE_KEYS)
                .or_default()
                .push(cased_key(form, &tokens));
        }
    };
    let mut surnames = Vec::new();
    for (list, kind) in [(&companies, ORGS), (&people, PEOPLE)] {
        for phrase in list {
            let lows = lows_of(phrase);
            let Some(&last) = lows.last() else { continue };
            let n = lows.len();
            add(kind, phrase, lows);
            if kind == PEOPLE && n > 1 {
                // The last token's key sets `surname`; a lone surname's whole key (`O'Rourke` may
                // be more than one token) is a famous phrase of its own, which sets it too.
                let word = phrase.split_whitespace().last().unwrap_or_default();
                let whole = lone.contains(word).then(|| lows_of(word));
                if let Some(whole) = whole {
                    if whole != [last] {
                        surnames.push(phrase_key([last]));
                    }
                    add(LONE, word, whole);
                } else {
                    surnames.push(phrase_key([last]));
                }
            }
        }
    }
    lists.entry(surname).or_default().extend(surnames);
    Ok(())
}

/// The surnames of the listed people that can stand alone as a name (`Zuckerberg`, `Sheinbaum` from
/// `Mark Zuckerberg`, `Claudia Sheinbaum`), so that `Zuckerberg did not comment.` is recovered even
/// when the full name never appears: the last word of a full name, at least four letters, rare in
/// general English (not `Cook`, `Swift`, `Price`), and neither another list's phrase nor the first
/// word of a listed name (`Jordan`, `Harris` may be first names or places).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn lone_surnames(
    people: &[String],
    companies: &[String],
    keyed: &[(String, String)],
) -> Vec<String> {
    use crate::case::lowercase;
    let mut taken: std::collections::HashSet<String> = super::lexicon::lexicon_entries()
        .map(|(_, phrase)| lowercase(phrase))
        .chain(keyed.iter().map(|(_, phrase)| lowercase(phrase)))
        .chain(companies.iter().map(|l| lowercase(l)))
        .chain(people.iter().map(|l| lowercase(l)))
        .collect();
    for name in people.iter().chain(companies) {
        if let Some(first) = name.split_whitespace().next() {
            taken.insert(lowercase(first));
        }
    }
    let mut out = Vec::new();
    for name in people {
        let words: Vec<&str> = name.split_whitespace().collect();
        let [.., last] = words[..] else { continue };
        let low = lowercase(last);
        let letters = last.chars().filter(|c| c.is_alphabetic()).count();
        let stem = crate::keywords::stem::stem(&low);
        if words.len() < 2
            || letters < 4
            || !last.starts_with(char::is_uppercase)
            || !last
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            || crate::keywords::rarity::zipf(&stem) > crate::keywords::rarity::UNKNOWN_ZIPF
            || !taken.insert(low)
        {
            continue;
        }
        out.push(last.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> String {
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/ner/news_names").to_string()
    }

    #[test]
    fn the_shipped_file_is_compiled_from_the_text_lists() {
        let built = build(&dir()).expect("the lists read");
        assert!(
            built == NAMES,
            "data/ner/news_names.bin is stale: run `article-analyzer news-names`"
        );
    }

    #[test]
    fn every_listed_name_has_its_label() {
        use crate::entities::Label;
        for (file, want) in [
            ("people.txt", Label::Person),
            ("orgs.txt", Label::Org),
            ("misc.txt", Label::Misc),
        ] {
            let raw = std::fs::read_to_string(format!("{}/{file}", dir())).unwrap();
            // Only a name-like line is looked up (see the module docs): not `abrdn`.
            let name_like = |w: Option<&str>| {
                w.and_then(crate::text::first_char)
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            };
            let lines: Vec<&str> = raw
                .lines()
                .filter(|l| name_like(l.split_whitespace().next()))
                .filter(|l| name_like(l.split_whitespace().last()))
                .collect();
            assert!(lines.len() > 1000, "{file}: {} names", lines.len());
            let mut right = 0;
            for line in &lines {
                right += usize::from(super::super::lexicon::known(line) == Some(want));
            }
            // A name on two lists (a person and a band) takes one label: nearly all keep theirs.
            assert!(
                right * 100 >= lines.len() * 98,
                "{file}: {right} of {}",
                lines.len()
            );
        }
    }

    #[test]
    fn truncated_files_decode_to_nothing() {
        for cut in 0..NAMES.len().min(64) {
            assert!(super::super::public_lists::decode(&NAMES[..cut]).is_none());
        }
    }
}
