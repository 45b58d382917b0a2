//! The tagger's self-written word lists (`data/ner/lexicon.txt`): countries, regions, cities,
//! nationalities, first names, titles, organisation words and event words; and two lists of names
//! that fill today's news, written for this project from general knowledge: `data/ner/companies.txt`
//! (companies, platforms and apps, agencies, parties, clubs) and `data/ner/people.txt` (people, full
//! names; each one's last word also goes into a surname category, so `Trump said` gets a hint too).
//! These two are not embedded as text: [`super::famous`] compiles them into wide hashed keys
//! ([`LISTED_PERSON_BIT`], [`LISTED_ORG_BIT`], [`LONE_SURNAME_BIT`]), which [`known`] compares in
//! any case and [`super::famous::famous_at`] matches in text as a user's gazetteer would (3.5 KB
//! of the .wasm less than the text, with the same outputs on every set but one mention).
//!
//! `data/ner/lexicon.txt` has one phrase per line, under a `[category]` line that heads the phrases
//! after it (a category may head more than one run of lines), `#` starting a comment; the categories are `country`, `city`, `region`, `nationality`, `first`,
//! `title`, `org` (organisation words), `event` and, for present-day news, products and models
//! (MISC in CoNLL-2003; one followed by a model number takes it in, see [`crate::entities::names`]).
//! Matching is case-insensitive over tokens. The file carries no comments: it is embedded in the
//! .wasm, so its notes live here. The lines only the tagger's bits read (countries, regions and
//! cities without a word in lower case, first names, titles, organisation words) are in
//! `data/ner/lexicon_keys.txt`, in the same format, compiled into [`super::news_names`]' file as
//! 24-bit keys (1.8 KB of the .wasm less than the text, the same outputs on every set).
//!
//! Each phrase is tokenized with the project's tokenizer and keyed like every gazetteer phrase
//! ([`super::features::phrase_key`]); a match sets a category bit that the features see. The lists give
//! the tagger a hint for names the training data never saw; the weights decide how much to trust it.
//! [`lexicon`] also merges the public lists of [`super::public_lists`] and the hashed names in the
//! news of [`super::news_names`].

use crate::case::lowercase;
use crate::model::hash::{word_set, WordSet};
use crate::model::pooled::PooledMap;
use crate::model::table::KeyTable;

use super::famous::{listed_label, LISTED_ORG_BIT, LISTED_PERSON_BIT, LONE_SURNAME_BIT};
use super::features::{low_form, low_hash, phrase_key};
use crate::text::{first_char, is_space, is_upper, rsplit_once_by, split_char, trim_by};
use crate::tokens::tokenize;
use std::sync::OnceLock;

/// The word lists, as shipped.
const LEXICON: &str = include_str!("../../../data/ner/lexicon.txt");

/// The word lists' `(category, phrase)` entries, in the file's order ([`entries_of`]).
pub(crate) fn lexicon_entries() -> Entries<'static> {
    entries_of(LEXICON)
}

/// The `(category, phrase)` entries of a word-list file (`data/ner/lexicon.txt`,
/// `data/ner/lexicon_keys.txt`), in its order: each phrase line (trimmed) with the category of the
/// last `[category]` line before it.
pub(crate) fn entries_of(file: &str) -> Entries<'_> {
    Entries {
        lines: split_char(file, '\n'),
        category: "",
    }
}

/// The iterator of [`entries_of`]: the lines left and the category of the last `[category]` line.
pub(crate) struct Entries<'a> {
    lines: crate::text::Split<'a>,
    category: &'a str,
}

impl<'a> Iterator for Entries<'a> {
    type Item = (&'a str, &'a str);

    /// The next phrase line and its category. One copy in the .wasm, where each of the five loops
    /// over the entries inlined the step.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        for line in self.lines.by_ref() {
            let line = trim_by(line, is_space);
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                self.category = name;
            } else if !line.is_empty() && !line.starts_with('#') {
                return Some((self.category, line));
            }
        }
        None
    }
}

crate::word_list::word_lists! {
    /// Bits 0..=3 are the training gazetteer's PER, ORG, LOC, MISC; the lists use the bits after them
    /// (4..=14; the public lists of [`super::public_lists`] follow).
    const CATEGORIES = "country region city nationality first title org event company person surname";
    /// The nationality words that are also a first name or short for a country
    /// ([`is_listed_nationality`]).
    const NOT_NATIONALITIES = "Christian Czech";
}

/// The bit of the `country` lines (the first category).
pub(crate) const COUNTRY_BIT: u32 = 1 << 4;

/// The bits that mark a city: the self-written lexicon's `city` lines and GeoNames' large and
/// other cities ([`super::public_lists::Category`]).
pub(crate) const CITY_BITS: u32 = 1 << 6
    | 1 << super::public_lists::Category::CityLarge as u32
    | 1 << super::public_lists::Category::City as u32;

/// The bits of a well-known city: the self-written lexicon's `city` lines and GeoNames' cities of a
/// million people or more.
pub(crate) const LARGE_CITY_BITS: u32 =
    1 << 6 | 1 << super::public_lists::Category::CityLarge as u32;

/// The bits of any place: a country, region or city of the self-written lexicon, GeoNames' cities,
/// and the public lists' countries, US states and continents.
pub(crate) const PLACE_BITS: u32 =
    CITY_BITS | COUNTRY_BIT | 1 << 5 | 1 << super::public_lists::Category::Country as u32;

/// The bits of a MISC name: the training names' MISC, the lexicon's nationalities and events, and
/// the public lists' nationalities.
pub(crate) const MISC_BITS: u32 =
    1 << 3 | 1 << 7 | 1 << 11 | 1 << super::public_lists::Category::Nationality as u32;

/// The bits of a first name or a surname: the lexicon's first names and surnames, and the census's.
pub(crate) const PERSONAL_NAME_BITS: u32 = {
    use super::public_lists::Category;
    1 << 8
        | SURNAME_BIT
        | 1 << Category::FirstCommon as u32
        | 1 << Category::FirstOther as u32
        | 1 << Category::SurnameCommon as u32
        | 1 << Category::SurnameOther as u32
};

/// The bits of a first name: the lexicon's first names and the census's.
pub(crate) const FIRST_NAME_BITS: u32 = {
    use super::public_lists::Category;
    1 << 8 | 1 << Category::FirstCommon as u32 | 1 << Category::FirstOther as u32
};

/// The bit of a listed person's last word ([`lexicon`]) and of the `surname` lines.
pub(crate) const SURNAME_BIT: u32 = 1 << 14;

/// The bits of what a surname may also be: a country, region, city, organisation, company or event
/// of the lists, a first name (`James`), or one of the census's 3,000 commonest surnames, which
/// many people share (`Anderson`, `Hunt`).
pub(crate) const NOT_ONLY_A_SURNAME: u32 = {
    use super::public_lists::Category;
    CITY_BITS
        | COUNTRY_BIT
        | 1 << 5
        | 1 << 8
        | 1 << 10
        | 1 << 11
        | 1 << 12
        | 1 << Category::Country as u32
        | 1 << Category::FirstCommon as u32
        | 1 << Category::FirstOther as u32
        | 1 << Category::SurnameCommon as u32
        | 1 << Category::SurnameOther as u32
};

/// The category bit of a list name.
pub(crate) fn category_bit(name: &str) -> Option<u32> {
    CATEGORIES.position(name).map(|k| 1u32 << (4 + k))
}

/// Phrase key -> category bits of every list entry, in a table sized for them and `room` more keys
/// (so it need not grow while it fills).
pub(crate) fn lexicon(room: usize) -> KeyTable {
    let listed = super::public_lists::entries();
    let news = super::news_names::entries();
    let famous = super::famous::table().table();
    let mut map = KeyTable::with_capacity(listed.len() + news.len() + famous.len() + room);
    let mut add = |cat: &str, phrase: &str| {
        let Some(bit) = category_bit(cat) else {
            return;
        };
        let phrase = trim_by(phrase, is_space);
        let phrase_tokens = tokenize(phrase);
        let mut lows: Vec<u64> = crate::vecs::with_capacity(phrase_tokens.len());
        for t in &phrase_tokens {
            crate::vecs::push(&mut lows, low_hash(&low_form(t.text(phrase))));
        }
        if let Some(&last) = lows.last() {
            if cat == "person" && lows.len() > 1 {
                map.or_bits(phrase_key([last]), category_bit("surname").unwrap_or(0));
            }
            map.or_bits(phrase_key(lows), bit);
        }
    };
    for (cat, phrase) in lexicon_entries() {
        add(cat, phrase);
    }
    let (person, company) = (
        category_bit("person").unwrap_or(0),
        category_bit("company").unwrap_or(0),
    );
    for &(k, bit) in &listed {
        map.or_bits(k, bit);
    }
    for &(k, bit) in &news {
        map.or_bits(k, bit);
    }
    // The famous people and organisations, and the lone surnames, under their categories.
    for (wide, bits) in famous.iter() {
        let mut cat = 0;
        for (b, c) in [
            (LISTED_PERSON_BIT, person),
            (LISTED_ORG_BIT, company),
            (LONE_SURNAME_BIT, SURNAME_BIT),
        ] {
            if bits & b != 0 {
                cat |= c;
            }
        }
        if cat != 0 {
            map.or_bits(crate::model::hash::narrow(wide), cat);
        }
    }
    map
}

/// What the project's lists of names in the news say a whole mention is (`Amazon`: ORG, `Donald
/// Trump`: PERSON, and the `event` lines of the word lists: `Champions League`, `Grammy`: MISC; a
/// place that is a region and nothing else: `Oval Office`, see [`label_of_bits`]),
/// compared case-insensitively: the famous people and organisations of [`super::famous`] first,
/// then the text lists, then the hashed lists of [`super::news_names`] when the phrase starts and
/// ends with a capital or a digit; `None` when no list has it.
pub(crate) fn known(surface: &str) -> Option<crate::entities::Label> {
    lookup(surface, &tokenize(surface), surface)
}

/// [`known`] of the text of `span` (`known(span.slice(text))`). One call in the .wasm, where each
/// rule that asks sliced the text through memory.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn known_span(text: &str, span: crate::text::Span) -> Option<crate::entities::Label> {
    known(span.slice(text))
}

/// [`known_tokens`] of the tokens `tokens[a..b]` (`known_tokens(text, token_run(tokens, a, b))`).
/// One call in the .wasm, where each rule that asks passed the run through memory.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn known_tokens_run(
    text: &str,
    tokens: &[crate::tokens::Token],
    a: usize,
    b: usize,
) -> Option<crate::entities::Label> {
    known_tokens(text, crate::tokens::token_run(tokens, a, b))
}

/// [`known`] for the phrase made of `tokens` of `text`, which are not tokenized again.
pub(crate) fn known_tokens(
    text: &str,
    tokens: &[crate::tokens::Token],
) -> Option<crate::entities::Label> {
    let (first, last) = (tokens.first()?, tokens.last()?);
    lookup(
        text,
        tokens,
        crate::text::Span::new(first.span.start, last.span.end).slice(text),
    )
}

/// True for the phrase made of `tokens` of `text` when the famous organisation list has it
/// (`data/ner/companies.txt`, hand-written: `Al Jazeera`, `Goldman Sachs`) and the famous people's
/// list does not.
pub(crate) fn famous_org(text: &str, tokens: &[crate::tokens::Token]) -> bool {
    famous(text, tokens).0 == Some(crate::entities::Label::Org)
}

/// The label the famous-people and organisation lists give the phrase made of `tokens` of `text`
/// as a whole name ([`listed_label`], not a lone surname), and the phrase's wide key.
fn famous(text: &str, tokens: &[crate::tokens::Token]) -> (Option<crate::entities::Label>, u32) {
    let mut buf = String::new();
    let mut key = super::features::PhraseKey::default();
    for t in tokens {
        key = key.push(super::features::low_hash_of(t.text(text), &mut buf));
    }
    let wide = key.wide();
    let bits = super::famous::table().get(wide).unwrap_or(0);
    (listed_label(bits & !LONE_SURNAME_BIT), wide)
}

/// [`known`] for `surface`, made of `tokens` of `text`: the famous-people and organisation lists
/// ([`listed_label`], not a lone surname: a phrase is known as a whole name), then the text lists,
/// then the hashed ones; the phrase's key is computed once for both hashed lists.
fn lookup(
    text: &str,
    tokens: &[crate::tokens::Token],
    surface: &str,
) -> Option<crate::entities::Label> {
    if tokens.is_empty() {
        return in_text_lists(surface);
    }
    let (label, wide) = famous(text, tokens);
    label
        .or_else(|| in_text_lists(surface))
        .or_else(|| hashed(text, tokens, crate::model::hash::narrow(wide)))
}

/// The text lists of [`known`]: their phrases in lower case and the label each gives, as its place
/// in [`crate::entities::Label::ALL`]. A map of the same type as [`crate::tokens::Forms::new`]'s
/// (the core's one map from strings, which keeps a copy of each key).
fn text_lists() -> &'static PooledMap<u32> {
    use crate::entities::Label;
    static CELL: OnceLock<PooledMap<u32>> = OnceLock::new();
    crate::model::hash::word_map(&CELL, || {
        let mut m = PooledMap::default();
        each_labelled(&mut |phrase, label: Label| {
            // `m.insert(lowercase(phrase), label)`: a later phrase's label wins.
            *m.get_or_insert_with(&lowercase(phrase), || 0) = label as u32;
        });
        m
    })
}

/// What the text lists say of a phrase, compared case-insensitively (see [`known`]).
fn in_text_lists(surface: &str) -> Option<crate::entities::Label> {
    use crate::entities::Label;
    let low = lowercase(trim_by(surface, is_space));
    // The plural of a MISC phrase is MISC too (`Kenyans`, `Emmys`), and so is a listed product's
    // plus edition (`Alexa+`).
    let misc = |one: &str| text_list_label(one).filter(|&l| l == Label::Misc);
    text_list_label(&low)
        .or_else(|| low.strip_suffix('s').and_then(misc))
        .or_else(|| low.strip_suffix('+').and_then(misc))
}

/// The label the text lists give the lower-case phrase `low`. One lookup in the .wasm for the
/// three of [`in_text_lists`], where each would inline the hash table's probing loop.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn text_list_label(low: &str) -> Option<crate::entities::Label> {
    text_lists()
        .get(low)
        .map(|&k| *crate::vecs::at(&crate::entities::Label::ALL, k as usize))
}

/// What the tagger's gazetteer bits say of the phrase made of `tokens` (the hashed lists of
/// [`super::news_names`] are only there). Only a phrase that starts and ends with a capital or a
/// digit is looked up, as a name is written: a 24-bit key of some other phrase (`beating American`) may collide with a listed one.
#[inline(never)]
fn hashed(text: &str, tokens: &[crate::tokens::Token], key: u32) -> Option<crate::entities::Label> {
    let name_like = |t: Option<&crate::tokens::Token>| {
        t.and_then(|t| first_char(t.text(text)))
            .is_some_and(|c| is_upper(c) || c.is_ascii_digit())
    };
    if !(name_like(tokens.first()) && name_like(tokens.last())) {
        return None;
    }
    label_of_bits(super::gazetteer_bits(key))
}

/// The label the list category bits of a phrase give it: a person, an organisation or a MISC name
/// (a phrase on two lists takes the later one's, as in [`known`]), or a place when a region is all
/// the lists say it is: the places that do not say so of `news_names/places.txt` (`Oval Office`,
/// `Lake Baikal`'s `Baikal`) and the lexicon's regions (`America`), not a city, a country or a US
/// state, which name teams in results (`NEW YORK 5 Boston 3`).
pub(crate) fn label_of_bits(bits: u32) -> Option<crate::entities::Label> {
    use crate::entities::Label;
    // The bits of the `person`, `company` and `event` lines ([`category_bit`]; a test checks),
    // not looked up by name at each call.
    if bits & 1 << 13 != 0 {
        Some(Label::Person)
    } else if bits & 1 << 12 != 0 {
        Some(Label::Org)
    } else if bits & 1 << 11 != 0 {
        Some(Label::Misc)
    } else {
        (bits & PLACE_BITS == 1 << 5).then_some(Label::Place)
    }
}

/// The names of the project's lists of organisations and people in the news and the events of the word
/// lists as user-gazetteer entries (`Amazon`: ORG, `Donald Trump`: PERSON, `Grammy`: MISC), for [`crate::entities::names`]'s recovery of names the
/// tagger missed.
pub(crate) fn entries() -> Vec<crate::entities::gazetteer::GazetteerEntry> {
    use crate::entities::{gazetteer::GazetteerEntry, Label};
    // Nationality words are MISC wherever they stand (CoNLL-2003 train and dev leave 7 of about
    // 2,500 capitalised ones outside a name), so a sentence's first word is recovered too
    // (`Ghanaian President John Mahama`).
    let entry = |phrase, label| GazetteerEntry {
        text: crate::vecs::to_string(phrase),
        label,
    };
    let mut out: Vec<GazetteerEntry> = Vec::new();
    each_labelled(&mut |phrase, label| crate::vecs::push(&mut out, entry(phrase, label)));
    // The famous surnames that are also common words, which [`super::famous::lone_surnames`]
    // leaves out, listed by hand as `surname` lines (`Trump`).
    for text in hand_surnames() {
        crate::vecs::push(&mut out, entry(text, Label::Person));
    }
    out
}

/// Calls `f` with each entry of the word lists that has a label of its own and its label: the
/// phrases of [`listed_phrase`], then the nationality words ([`is_listed_nationality`], MISC), each
/// in the lists' order. One loop in the .wasm for the text lists and the name stage's entries,
/// where each wrote out both.
fn each_labelled(f: &mut dyn FnMut(&'static str, crate::entities::Label)) {
    for nationalities in [false, true] {
        for (cat, phrase) in lexicon_entries() {
            let label = if nationalities {
                is_listed_nationality(cat, phrase).then_some(crate::entities::Label::Misc)
            } else {
                listed_phrase(cat, phrase)
            };
            if let Some(label) = label {
                f(phrase, label);
            }
        }
    }
}

/// The label of a word-list entry (category `cat`) that is one of the `event` and `product`
/// phrases: MISC in CoNLL-2003's scheme (`Grammy`, `Champions League`, `ChatGPT`, `iPhone`); or one
/// of the places whose names hold a lower-case word, which the tagger cuts in two (`Castile and
/// León`, `Dar es Salaam`, `Côte d'Ivoire`): PLACE. A test of each entry in a loop over
/// [`lexicon_entries`], where an iterator of the phrases brought its adapter's steps per use.
fn listed_phrase(cat: &str, phrase: &str) -> Option<crate::entities::Label> {
    use crate::entities::Label;
    match cat {
        _ if crate::text::is_one_of(cat, "event|product") => Some(Label::Misc),
        _ if crate::text::is_one_of(cat, "country|region|city") && has_lower_word(phrase) => {
            Some(Label::Place)
        }
        _ => None,
    }
}

/// True when a word after the first starts with a lower-case ASCII letter (`Dar es Salaam`).
fn has_lower_word(phrase: &str) -> bool {
    let mut space = false;
    for &b in phrase.as_bytes() {
        if space && b.is_ascii_lowercase() {
            return true;
        }
        space = b == b' ';
    }
    false
}

/// True for a word-list entry (category `cat`) that is one of the nationality words (`Italian`,
/// `Spaniard`): a mention that is only one of them is MISC (`the Italian` for a player), except
/// `Christian`, also a first name, and `Czech`, also short for the country. A test of each entry,
/// as [`listed_phrase`] is.
fn is_listed_nationality(cat: &str, phrase: &str) -> bool {
    cat == "nationality" && !NOT_NATIONALITIES.contains(phrase)
}

/// True when `word` is a nationality word of the lists (`American`), as written: one hash look-up
/// in the nationality words, collected once.
pub(crate) fn is_nationality(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, || {
        let mut set = WordSet::default();
        for (cat, phrase) in lexicon_entries() {
            if is_listed_nationality(cat, phrase) {
                set.insert(phrase);
            }
        }
        set
    })
    .contains(word)
}

/// The hand-listed `surname` phrases of the word lists (`Trump`): famous surnames that are also
/// common words. Their `[surname]` run closes the file (a test checks), so they are read from its
/// end, a few lines whatever the file's length.
fn hand_surnames() -> HandSurnames {
    HandSurnames {
        rest: Some(LEXICON),
        started: false,
    }
}

/// The steps of [`hand_surnames`]: the lines from the last, cut off one by one with
/// `rsplit_once_by` (a reverse `lines` is a search of its own in the .wasm) and trimmed, past the
/// blank lines that end the file, up to the `[surname]` line. One `next`, where a map, a
/// `skip_while` and a `take_while` over `from_fn` brought the adapters' loops.
struct HandSurnames {
    /// The text before the lines already read (`None`: done).
    rest: Option<&'static str>,
    /// Whether a line that is not blank has been read.
    started: bool,
}

impl Iterator for HandSurnames {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        loop {
            let s = self.rest?;
            let (before, line) =
                rsplit_once_by(s, |c| c == '\n').map_or((None, s), |(b, l)| (Some(b), l));
            self.rest = before;
            let line = trim_by(line, is_space);
            if !self.started && line.is_empty() {
                continue;
            }
            self.started = true;
            if line == "[surname]" {
                self.rest = None;
                return None;
            }
            return Some(line);
        }
    }
}

/// True when `word` is a first name of the word lists' `first` lines (`Maja`; compared in any
/// case), by its key in the tagger's gazetteer.
pub(crate) fn is_listed_first_name(word: &str) -> bool {
    let tokens = tokenize(word);
    !tokens.is_empty()
        && category_bit("first").is_some_and(|bit| {
            super::gazetteer_bits(super::features::tokens_key(word, &tokens)) & bit != 0
        })
}

/// True when `low` (lower case) is a hand-listed surname ([`hand_surnames`]: `trump`).
pub(crate) fn is_hand_listed_surname(low: &str) -> bool {
    // A loop over the list's steps, which the gazetteer's entries take too (`any` was a fold of
    // its own).
    for s in hand_surnames() {
        if crate::text::eq_ignore_case(s.as_bytes(), low.as_bytes()) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_reach_beyond_the_census() {
        for name in [
            "Folake",
            "Oluwaseun",
            "Nneka",
            "Wanjiru",
            "Mehmet",
            "Siobhan",
            "Hyun-woo",
        ] {
            assert!(is_listed_first_name(name), "{name}");
        }
        // Left out: everyday words, places, a club's and a model's names, and the surnames of
        // listed people, which may stand alone only when no list has them otherwise.
        for word in [
            "Hope",
            "Jordan",
            "Lech",
            "Gemma",
            "Nino",
            "Memorandum",
            "Salah",
            "Ronaldo",
        ] {
            assert!(!is_listed_first_name(word), "{word}");
        }
    }

    #[test]
    fn country_bit_is_the_country_category() {
        assert_eq!(category_bit("country"), Some(COUNTRY_BIT));
        assert_eq!(category_bit("surname"), Some(SURNAME_BIT));
        for (cat, bit) in [
            ("region", 1 << 5),
            ("first", 1 << 8),
            ("org", 1 << 10),
            ("event", 1 << 11),
            ("company", 1 << 12),
            ("person", 1 << 13),
        ] {
            assert_eq!(category_bit(cat), Some(bit));
        }
    }

    #[test]
    fn hand_listed_surnames_close_the_word_lists() {
        let all = lexicon_entries()
            .filter(|&(cat, _)| cat == "surname")
            .count();
        assert!(all >= 1);
        assert_eq!(hand_surnames().count(), all);
        assert!(is_hand_listed_surname("trump"));
        assert!(!is_hand_listed_surname("smith"));
    }

    #[test]
    fn lists_load_and_match_multiword_phrases() {
        let lx = lexicon(0);
        let key = phrase_key(["mexico", "city"].map(low_hash));
        let bits = lx.get(key).unwrap_or(0);
        assert_ne!(bits & category_bit("city").unwrap(), 0);
        let key = phrase_key(["secretary", "of", "state"].map(low_hash));
        assert!(lx.get(key).is_some());
    }
}
