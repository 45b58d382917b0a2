//! More names in the news, kept as hashed phrase keys only: people, organisations, MISC names
//! (products, works, events) and places that do not say what they are (venues, landmarks, sites:
//! `Anfield`, `Oval Office`, `Las Bambas`, read as the lexicon's regions) written for this project
//! from general knowledge in `data/ner/news_names/{people,orgs,misc,places}.txt` and compiled (native only, [`build`], run by
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
//! `data/ner/companies.txt`, with the surnames of those people that may stand alone, in 27-bit keys
//! ([`super::famous`]), and the word lists' lines of `data/ner/lexicon_keys.txt`.

/// The compiled lists, as shipped.
pub(super) static NAMES: crate::model::embedded::Embedded<
    { include_bytes!("../../../data/ner/news_names.bin").len() },
> = crate::model::embedded::Embedded::new(include_bytes!("../../../data/ner/news_names.bin"));

/// Every (phrase key, category bit) of the compiled lists but the famous ones; empty if the file
/// is unreadable.
pub(crate) fn entries() -> Vec<(u32, u32)> {
    let mut all = super::public_lists::decode(&*NAMES.bytes()).unwrap_or_default();
    crate::vecs::retain(&mut all, |&mut (_, bit)| bit < 1 << super::famous::PEOPLE);
    all
}

/// Builds the list file from the three text files in `dir` (`people.txt`, `orgs.txt`, `misc.txt`:
/// one name per line).
#[cfg(not(target_arch = "wasm32"))]
pub fn build(dir: &str) -> Result<Vec<u8>, String> {
    use super::features::{low_form, tokens_key};
    use super::lexicon::category_bit;
    use std::collections::BTreeMap;

    let mut lists: BTreeMap<u8, Vec<u32>> = BTreeMap::new();
    let bit_index = |cat: &str| -> Result<u8, String> {
        category_bit(cat)
            .map(|b| b.trailing_zeros() as u8)
            .ok_or_else(|| format!("no category {cat}"))
    };
    // (category bit, key, the phrase's lower-case words) of every line, the news lists' first.
    let mut entries: Vec<(u8, u32, String)> = Vec::new();
    let push =
        |entries: &mut Vec<(u8, u32, String)>, cat: &str, phrase: &str| -> Result<(), String> {
            let tokens = crate::tokens::tokenize(phrase);
            // Only the whole name: a last word of its own (`surname`, as `lexicon::lexicon` gives
            // the text lists' people) measured no better on the present-day sets and cost a third
            // more bytes.
            if !tokens.is_empty() {
                let words: Vec<String> = tokens.iter().map(|t| low_form(t.text(phrase))).collect();
                entries.push((
                    bit_index(cat)?,
                    tokens_key(phrase, &tokens),
                    words.join(" "),
                ));
            }
            Ok(())
        };
    for (file, cat) in [
        ("people.txt", "person"),
        ("orgs.txt", "company"),
        ("misc.txt", "event"),
        ("places.txt", "region"),
    ] {
        let path = format!("{dir}/{file}");
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
        for phrase in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
            push(&mut entries, cat, phrase)?;
        }
    }
    let news = entries.len();
    let keyed = keyed_lexicon(dir)?;
    for (cat, phrase) in &keyed {
        push(&mut entries, cat, phrase)?;
    }
    for i in dropped_collisions(&entries, news) {
        entries[i].1 = u32::MAX;
    }
    for (cat, key, _) in entries {
        if key != u32::MAX {
            lists.entry(cat).or_default().push(key);
        }
    }
    super::famous::lists(dir, &keyed, &mut lists)?;
    Ok(super::public_lists::encode(lists))
}

/// The news lists' lines (the first `news` of `entries`) whose 24-bit key some other phrase of
/// another category shares (`Essex Police` and `Ho Iat Seng`), or a census name or a GeoNames
/// place of the public lists (`Hugo Chávez` and some place or name: 73 of 35,000 lines in all), so
/// that a lookup of either would read the other's label: such a name is better left unlisted. The
/// word lists' lines (`lexicon_keys.txt`: countries, cities, first names) and the public lists
/// stay, being commoner in text (`Christchurch`, `Frederick`, `Sfax` read as companies before).
#[cfg(not(target_arch = "wasm32"))]
fn dropped_collisions(entries: &[(u8, u32, String)], news: usize) -> Vec<usize> {
    let mut by_key: std::collections::HashMap<u32, Vec<usize>> = Default::default();
    for (i, (_, key, _)) in entries.iter().enumerate() {
        by_key.entry(*key).or_default().push(i);
    }
    let clash = |a: &(u8, u32, String), b: &(u8, u32, String)| a.0 != b.0 && a.2 != b.2;
    // The public lists' keys (census names, GeoNames places: [`super::public_lists`]) come without
    // their text. A name of two words or more that shares one is taken for a collision (`Barry`
    // and `Christchurch` read as companies): a one-word name may be the same word (`Hilton`,
    // `Stanford`), a person, company or MISC name of several words hardly ever a census name or
    // a place.
    let public: std::collections::HashSet<u32> = super::public_lists::entries()
        .into_iter()
        .map(|(key, _)| key)
        .collect();
    let region = super::lexicon::category_bit("region").map(u32::trailing_zeros);
    let shadows_public = |e: &(u8, u32, String)| {
        Some(u32::from(e.0)) != region && e.2.contains(' ') && public.contains(&e.1)
    };
    (0..news)
        .filter(|&i| {
            shadows_public(&entries[i])
                || by_key[&entries[i].1]
                    .iter()
                    .any(|&j| clash(&entries[i], &entries[j]))
        })
        .collect()
}

/// The `(category, phrase)` lines of `data/ner/lexicon_keys.txt` (in the parent of `dir`): the word
/// lists' categories that the tagger reads as bits only (countries, regions and cities without a
/// word in lower case, first names, titles, organisation words), in the format of
/// `data/ner/lexicon.txt` ([`super::lexicon::entries_of`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn keyed_lexicon(dir: &str) -> Result<Vec<(String, String)>, String> {
    let path = format!("{dir}/../lexicon_keys.txt");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("reading {path}: {e}"))?;
    Ok(super::lexicon::entries_of(&raw)
        .map(|(cat, phrase)| (cat.to_string(), phrase.to_string()))
        .collect())
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
            built[..] == NAMES.bytes()[..],
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
        let names = NAMES.bytes();
        for cut in 0..names.len().min(64) {
            assert!(super::super::public_lists::decode(&names[..cut]).is_none());
        }
    }

    #[test]
    fn every_listed_place_is_a_place() {
        let raw = std::fs::read_to_string(format!("{}/places.txt", dir())).unwrap();
        let lines: Vec<&str> = raw.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(lines.len() > 1000, "places.txt: {} names", lines.len());
        let placed = lines
            .iter()
            .filter(|line| {
                let tokens = crate::tokens::tokenize(line);
                super::super::listed(line, &tokens).place
            })
            .count();
        // A line whose key another kind's line shares is left out (see [`dropped_collisions`]).
        assert!(
            placed * 100 >= lines.len() * 99,
            "places.txt: {placed} of {}",
            lines.len()
        );
    }

    /// No one-word name of the news lists shares its 24-bit key with a different word of the
    /// public lists (a census name or a GeoNames place, read from `../shared/train/lexicons` when
    /// it is there): the compiler cannot see such a clash, having the public lists' keys only, and
    /// the common word would read as the listed name's kind everywhere (`Barry` as a company).
    #[test]
    fn no_one_word_name_shadows_a_public_word() {
        use std::collections::HashMap;
        let lex = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/train/lexicons");
        let Ok(files) = std::fs::read_dir(lex) else {
            return;
        };
        let key = |phrase: &str| {
            let tokens = crate::tokens::tokenize(phrase);
            super::super::features::tokens_key(phrase, &tokens)
        };
        drop(files);
        // The rows [`super::super::public_lists::build`] keeps: (file, the largest rank or the
        // smallest population kept).
        let kept = [
            ("census1990_first_male.tsv", Some((1000.0, true))),
            ("census1990_first_female.tsv", Some((1000.0, true))),
            ("census1990_last.tsv", Some((3000.0, true))),
            ("geonames_cities5000.tsv", Some((1.5e5, false))),
            ("geonames_countries.tsv", None),
            ("geonames_us_states.tsv", None),
            ("geonames_continents.tsv", None),
        ];
        let mut public: HashMap<u32, String> = HashMap::new();
        for (file, limit) in kept {
            let raw = std::fs::read_to_string(format!("{lex}/{file}")).unwrap_or_default();
            for row in raw.lines().map(|l| l.split('\t').collect::<Vec<_>>()) {
                let value = row.get(3).and_then(|v| v.parse::<f64>().ok());
                let keep = match (limit, value) {
                    (None, _) => true,
                    (Some((max, true)), Some(v)) => v <= max,
                    (Some((min, false)), Some(v)) => v >= min,
                    _ => false,
                };
                let word = row[0].to_lowercase();
                if keep && !word.contains(' ') {
                    public.entry(key(&word)).or_insert(word);
                }
            }
        }
        let mut clashes = Vec::new();
        for file in ["people.txt", "orgs.txt", "misc.txt"] {
            let raw = std::fs::read_to_string(format!("{}/{file}", dir())).unwrap();
            for name in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let low = name.to_lowercase();
                if crate::tokens::tokenize(name).len() == 1 {
                    if let Some(word) = public.get(&key(&low)).filter(|w| **w != low) {
                        clashes.push(format!("{file}: {name} ~ {word}"));
                    }
                }
            }
        }
        assert!(clashes.is_empty(), "{clashes:#?}");
    }
}
