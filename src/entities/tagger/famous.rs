//! The famous people and organisations of `data/ner/people.txt` and `data/ner/companies.txt`, and the
//! surnames of those people that may stand alone, hashed: compiled ([`lists`], native only, by
//! `article-analyzer news-names`) into [`super::news_names`]' file with 27-bit keys
//! ([`crate::model::hash::Hash::finish_wide`]), in lists by kind, and read back as one table
//! ([`table`]). [`super::lexicon`] gives their phrases the tagger's `person`, `company` and `surname`
//! bits and [`super::lexicon::known`] their labels in any case; [`famous_at`] matches them in text as a
//! user's gazetteer matches ([`crate::entities::gazetteer`]), for [`crate::entities::names`]'
//! recovery of names the tagger missed. Any name-like run of words may be looked up, as the text
//! lists were, with 8 times fewer collisions than the 24-bit keys of the other hashed names.

use crate::text::{chars, ending_by, first_char, is_alpha, is_lower, is_upper, words};
use crate::tokens::token_run;

/// A phrase of `data/ner/people.txt` (famous people in the news, full names), hashed into
/// [`super::news_names`]' file: it sets the `person` bit as well, and its last word the `surname` bit.
/// Past the bits the tagger's features read ([`super::features::GAZ_BITS`]).
pub(crate) const LISTED_PERSON_BIT: u32 = 1 << 23;
/// A phrase of `data/ner/companies.txt` (organisations in the news), hashed likewise: it sets the
/// `company` bit as well.
pub(crate) const LISTED_ORG_BIT: u32 = 1 << 24;
/// The surname of a listed person that may stand alone as a name (see
/// [`lone_surnames`]): it sets the `surname` bit as well.
pub(crate) const LONE_SURNAME_BIT: u32 = 1 << 25;

/// A famous phrase (or lone surname) with a word in capitals, in mixed case or with a digit (`NATO`,
/// `eBay`, `McCarthy`, `3M`): it matches text that has such a word too (not `Nato`, `Who` for
/// `NATO`, `WHO`), and, with a digit, only as written or in full capitals, which its
/// [`CASE_KEY_BIT`] keys tell (not `5M` for `3M`).
pub(crate) const CASED_BIT: u32 = 1 << 26;
/// The keys of such a phrase with a digit as written and in full capitals
/// ([`super::features::cased_key`]).
pub(crate) const CASE_KEY_BIT: u32 = 1 << 27;

crate::word_list::word_lists! {
    /// An Arabic article in lower case (`al Qaeda`).
    const ARABIC_ARTICLES = "al el";
    /// The words in lower case inside the famous phrases (`Bank of England`, `Mohammed bin Salman`,
    /// `Council on Foreign Relations`).
    const FAMOUS_PARTICLES = "of for and the bin de da der del für los ten van von al el on in";
}

/// The most tokens of a famous phrase (`Centers for Disease Control and Prevention`; a test checks).
pub(crate) const FAMOUS_MAX: usize = 8;

/// True for a phrase written with a word in capitals (two letters or more), in mixed case or with a
/// digit (`ABC News`, `eBay`, `McCarthy`, `3M`; not `Bank of England`, `O'Brien`): see
/// [`CASED_BIT`].
pub(crate) fn is_cased(phrase: &str) -> bool {
    words(phrase).any(|w| {
        let letters = chars(w).filter(|&c| is_alpha(c));
        crate::text::any_char(w, |c| c.is_ascii_digit())
            || (letters.clone().count() > 1 && letters.clone().all(is_upper))
            || chars(w)
                .zip(chars(w).skip(1))
                .any(|(a, b)| is_lower(a) && is_upper(b))
    })
}

/// True for a capital letter or an ASCII digit, a famous phrase's word's mark: the one copy of the
/// test in the .wasm (through [`is_upper`]), where each closure inlined the Unicode table lookup.
fn capital_or_digit(c: char) -> bool {
    is_upper(c) || c.is_ascii_digit()
}

/// True when token `k` of `tokens` opens with a capital or a digit ([`capital_or_digit`]).
/// Inlined natively; one call in the .wasm, where the closure was inlined at each of its uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn capital_at(text: &str, tokens: &[crate::tokens::Token], k: usize) -> bool {
    first_char(crate::tokens::token_at(tokens, k).text(text)).is_some_and(capital_or_digit)
}

/// The longest phrase of the famous-people and organisation lists (a lone surname too) that starts
/// at token `i` of `tokens` and ends by the byte offset `limit`: its length in tokens and its label.
/// `low` gives a token's [`super::features::low_hash_of`] hash. As a user's gazetteer matches
/// ([`crate::entities::gazetteer`]), a phrase matches as written or in full capitals: a phrase of
/// [`CASED_BIT`] where the text has a word in capitals or mixed case too, or, with a digit, by its
/// key as written ([`CASE_KEY_BIT`]); another when its first and last words start with a capital
/// or a digit (a particle within may be in lower case: `Bank of England`; the first may be a small
/// letter and a later capital, `easyJet`, or `al` before a capital; the last `al-` or `el-` joined to
/// a capital, `Bashar al-Assad`, or a possessive after a capital, `Sainsbury's`), or all are in
/// capitals.
pub(crate) fn famous_at(
    text: &str,
    tokens: &[crate::tokens::Token],
    mut low: impl FnMut(usize) -> u64,
    i: usize,
    limit: usize,
) -> Option<(usize, crate::entities::Label)> {
    use crate::text::any_char;
    let word = |k: usize| crate::tokens::token_at(tokens, k).text(text);
    let capital = |k: usize| capital_at(text, tokens, k);
    // A famous phrase starts with a capital or a digit, or a small letter with a capital or a full
    // stop after it (`eBay`, `easyJet`, `e.l.f.`), or an Arabic article before a capital (`al Qaeda`
    // for `Al Qaeda`). Both of the last open with a small letter: only such a word is looked at
    // for them.
    let b = word(i).as_bytes();
    // Initials in small letters, with their full stops (`e.l.f.` of `e.l.f. Beauty`).
    let (mut small_initials, mut article) = (false, false);
    let opens = match b {
        [c, ..] if !c.is_ascii() => capital(i),
        [c, rest @ ..] if c.is_ascii_lowercase() => {
            small_initials = b.contains(&b'.');
            // An article has no capital nor full stop.
            rest.iter().any(u8::is_ascii_uppercase) || small_initials || {
                // Natively the article's length first (a test checks it), a cheaper look than
                // the list's.
                article = (cfg!(target_arch = "wasm32") || b.len() == 2)
                    && ARABIC_ARTICLES.contains(word(i))
                    && i + 1 < tokens.len()
                    && capital(i + 1);
                article
            }
        }
        [c, ..] => c.is_ascii_uppercase() || c.is_ascii_digit(),
        [] => false,
    };
    if !opens {
        return None;
    }
    let table = table();
    // Only name-like runs are looked up, so that few keys of other phrases can collide with a
    // listed one: words with a capital or a digit, the lists' particles, `&`, `.`, `'s`.
    let inside = |k: usize| {
        let w = word(k);
        any_char(w, capital_or_digit)
            || FAMOUS_PARTICLES.contains(&w)
            || crate::text::all_char(w, |c| {
                matches!(c, '&' | '.' | '-' | '\'' | '\u{2019}' | 's')
            })
    };
    let mut end = i + 1;
    while end < tokens.len().min(i + FAMOUS_MAX) && inside(end) {
        end += 1;
    }
    let end = i + ending_by(token_run(tokens, i, end), limit);
    // The bits of each run from `i`, its key grown a token at a time.
    let mut bits_of = [0u32; FAMOUS_MAX];
    let mut key = super::features::PhraseKey::default();
    for (n, k) in (i..end).enumerate() {
        key = key.push(low(k));
        *crate::vecs::at_mut(&mut bits_of, n) = table.get(key.wide()).unwrap_or(0);
    }
    for j in (i + 1..=end).rev() {
        let bits = *crate::vecs::at(&bits_of, j - i - 1);
        let Some(label) = listed_label(bits) else {
            continue;
        };
        let run = token_run(tokens, i, j);
        let ok = if bits & CASED_BIT != 0 {
            // Written in capitals or mixed case too (`NATO`, `eBay`; not `Nato`, `Who`), or as
            // written when the phrase has a digit (`3M`, not `5M`).
            if run
                .iter()
                .any(|t| any_char(t.text(text), |c| c.is_ascii_digit()))
            {
                let key = super::features::cased_key(text, run);
                table.get(key).unwrap_or(0) & CASE_KEY_BIT != 0
            } else {
                run.iter().any(|t| is_cased(t.text(text)))
            }
        } else {
            // A last word may be a particle joined to a capital (`Bashar al-Assad`), or a
            // possessive after one (`Sainsbury's`).
            let last = word(j - 1);
            let joined = crate::tokens::is_particle_and_name(last)
                || (j > i + 1 && crate::tokens::is_possessive_token(last) && capital(j - 2));
            ((capital(i) || article || small_initials) && (capital(j - 1) || joined))
                || run.iter().all(|t| !any_char(t.text(text), is_lower))
        };
        if ok {
            return Some((j - i, label));
        }
    }
    None
}

/// The label the famous-people and organisation lists give a phrase with `bits` (a person over an
/// organisation, as the later list), matched whatever its case; `None` for any other phrase.
pub(crate) fn listed_label(bits: u32) -> Option<crate::entities::Label> {
    use crate::entities::Label;
    if bits & (LISTED_PERSON_BIT | LONE_SURNAME_BIT) != 0 {
        Some(Label::Person)
    } else if bits & LISTED_ORG_BIT != 0 {
        Some(Label::Org)
    } else {
        None
    }
}

/// The lists of the file (by their number there) that hold wide keys of famous phrases
/// ([`table`]): people, organisations, lone surnames; the same kinds written in capitals or mixed
/// case, [`CASED_LISTS`] further on; and the keys as written of those ([`CASE_KEYS`]).
pub(super) const PEOPLE: u8 = 23;
const ORGS: u8 = 24;
const LONE: u8 = 25;
const CASE_KEYS: u8 = 27;
const CASED_LISTS: u8 = 5;

/// The [`super::lexicon`] bits of a famous list's number.
fn famous_bits(list: u8) -> u32 {
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
/// the surnames that may stand alone, from [`super::news_names`]' file: wide phrase key -> the
/// `LISTED_*`, `CASED` and `CASE_KEY` bits above (empty if the file is unreadable), behind a
/// presence filter: most runs looked up are no famous name.
pub(crate) fn table() -> &'static crate::model::table::FilteredTable {
    use std::sync::OnceLock;
    static CELL: OnceLock<crate::model::table::FilteredTable> = OnceLock::new();
    CELL.get_or_init(|| {
        let all =
            super::public_lists::decode(&*super::news_names::NAMES.bytes()).unwrap_or_default();
        let mut table = crate::model::table::KeyTable::default();
        for (key, bit) in all {
            if bit >= 1 << PEOPLE {
                table.or_bits(key, famous_bits(bit.trailing_zeros() as u8));
            }
        }
        crate::model::table::FilteredTable::new(table)
    })
}

/// Adds the keys of the famous people and organisations of `data/ner/people.txt` and
/// `data/ner/companies.txt` (in the parent of `dir`; `keyed` are the lines of
/// `data/ner/lexicon_keys.txt`) to `lists`: each phrase's wide key
/// ([`super::features::phrase_key_wide`]) in the list of its kind ([`famous_bits`]), so is the
/// whole of a surname that may stand alone as a name ([`lone_surnames`]), and the key of every other
/// last word of a full name under `surname`.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn lists(
    dir: &str,
    keyed: &[(String, String)],
    lists: &mut std::collections::BTreeMap<u8, Vec<u32>>,
) -> Result<(), String> {
    use super::features::{cased_key, low_form, low_hash, phrase_key, phrase_key_wide};
    use super::lexicon::category_bit;
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
    let lone: std::collections::HashSet<String> = lone_surnames(&people, &companies, keyed)
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
        if !chars(phrase).any(|c| c.is_ascii_digit()) {
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
    // A name with accents also goes in without them, as much of the news writes it (`Luka Doncic`).
    let lone: std::collections::HashSet<String> = lone
        .iter()
        .flat_map(|w| [w.clone(), without_accents(w)])
        .collect();
    for (list, kind) in [(&companies, ORGS), (&people, PEOPLE)] {
        // And one with `&` goes in with `and` too, as the news often spells it out (`Marks and
        // Spencer`, `Procter and Gamble`).
        let variants = list.iter().flat_map(|p| {
            let plain = without_accents(p);
            let and = p.replace(" & ", " and ");
            std::iter::once(p.clone())
                .chain((plain != *p).then_some(plain))
                .chain((and != *p).then_some(and))
        });
        for phrase in variants {
            let phrase = phrase.as_str();
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

/// `s` with the accents of Latin letters taken off (`Dončić` -> `Doncic`, `Müller` -> `Muller`).
#[cfg(not(target_arch = "wasm32"))]
fn without_accents(s: &str) -> String {
    const FROM: &str = "áàâäãåāăąçćčďđéèêëēėęěğíìîïīįıłľĺñńňóòôöõøōőřŕśšşșťţțúùûüūůűýÿźżžÁÀÂÄÃÅĀĂĄÇĆČĎĐÉÈÊËĒĖĘĚĞÍÌÎÏĪĮİŁĽĹÑŃŇÓÒÔÖÕØŌŐŘŔŚŠŞȘŤŢȚÚÙÛÜŪŮŰÝŸŹŻŽ";
    const TO: &str = "aaaaaaaaacccddeeeeeeeegiiiiiiilllnnnoooooooorrsssstttuuuuuuuyyzzzAAAAAAAAACCCDDEEEEEEEEGIIIIIIILLLNNNOOOOOOOORRSSSSTTTUUUUUUUYYZZZ";
    chars(s)
        .map(|c| {
            chars(FROM)
                .position(|f| f == c)
                .and_then(|i| chars(TO).nth(i))
                .unwrap_or(c)
        })
        .collect()
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
        let letters = chars(last).filter(|c| c.is_alphabetic()).count();
        let stem = crate::keywords::stem::stem(&low);
        if words.len() < 2
            || letters < 4
            || !last.starts_with(is_upper)
            || !chars(last).all(|c| c.is_alphabetic() || c == '-' || c == '\'')
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
    use crate::tokens::tokenize;

    #[test]
    fn famous_phrases_match_as_written_or_in_capitals() {
        use crate::entities::Label;
        let at = |text: &str| {
            let tokens = tokenize(text);
            let mut buf = String::new();
            let lows: Vec<u64> = tokens
                .iter()
                .map(|t| super::super::features::low_hash_of(t.text(text), &mut buf))
                .collect();
            famous_at(text, &tokens, |k| lows[k], 0, text.len())
        };
        assert_eq!(at("Bank of England said"), Some((3, Label::Org)));
        assert_eq!(at("BANK OF ENGLAND SAYS"), Some((3, Label::Org)));
        assert_eq!(at("Bank of england"), None);
        assert_eq!(at("Google DeepMind said"), Some((2, Label::Org)));
        assert_eq!(at("NATO allies"), Some((1, Label::Org)));
        // A phrase in capitals or mixed case needs such a word in the text.
        assert_eq!(at("Who said"), None);
        assert_eq!(at("eBay shares"), Some((1, Label::Org)));
        assert_eq!(at("Ebay shares"), None);
        // With a digit, as written: digits hash alike in a phrase key.
        assert_eq!(at("MI6 officers"), Some((1, Label::Org)));
        assert_eq!(at("MI9 officers"), None);
        // A listed person's rare surname stands alone; a full name is a person.
        assert_eq!(at("Zuckerberg declined"), Some((1, Label::Person)));
        assert_eq!(at("Claudia Sheinbaum said"), Some((2, Label::Person)));
        // `known` compares whole phrases in any case, but not a lone surname.
        assert_eq!(
            super::super::lexicon::known("claudia sheinbaum"),
            Some(Label::Person)
        );
        assert_eq!(super::super::lexicon::known("Zuckerberg"), None);
    }

    #[test]
    fn arabic_articles_have_two_letters() {
        assert!(ARABIC_ARTICLES.iter().all(|w| w.len() == 2));
    }

    #[test]
    fn famous_phrases_are_short_enough_to_match() {
        for file in ["people.txt", "companies.txt"] {
            let path = format!("{}/data/ner/{file}", env!("CARGO_MANIFEST_DIR"));
            let raw = std::fs::read_to_string(path).unwrap();
            for line in raw.lines().filter(|l| !l.trim().is_empty()) {
                assert!(tokenize(line).len() <= FAMOUS_MAX, "{line}");
            }
        }
    }
}
