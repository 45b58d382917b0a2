//! Which of the [`super::lexicon`] word lists a string is in, as a set of bits: one hash look-up
//! answers every list at once, where `LIST.contains(&word)` scans a list. [`Spelled`] keeps the answer
//! once per distinct spelling of a text, so the scanner asks the lists about a token by an index.

use std::sync::OnceLock;

use super::lexicon::*;
use crate::model::hash::word_map;
use crate::model::pooled::PooledMap;
use crate::text::any_bytes;
use crate::tokens::{Forms, Token, TokenKind};
use crate::word_list::WordList;

crate::word_list::word_lists! {
    /// Words a value may start with that are in no other starting list.
    const OTHER_STARTERS = "the earlier later this";
}

/// One word list of the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    Months,
    Weekdays,
    DayWords,
    Periods,
    Relative,
    Ago,
    NumberWords,
    VagueCounts,
    OrdinalWords,
    Scales,
    ScaleSuffixes,
    CurrencySymbols,
    DollarPrefixes,
    CurrencyCodes,
    CurrencyWords,
    Units,
    UnitModifiers,
    TimeWords,
    DayParts,
    Meridiem,
    Zones,
    YearPrefixes,
    PercentWords,
    /// Words a value may start with that are in no other starting list (`the 1990s`, `earlier this
    /// month`, `this morning`).
    OtherStarters,
}

impl List {
    /// Every list with its words.
    const ALL: [(List, WordList); 24] = [
        (List::Months, MONTHS),
        (List::Weekdays, WEEKDAYS),
        (List::DayWords, DAY_WORDS),
        (List::Periods, PERIODS),
        (List::Relative, RELATIVE),
        (List::Ago, AGO),
        (List::NumberWords, NUMBER_WORDS),
        (List::VagueCounts, VAGUE_COUNTS),
        (List::OrdinalWords, ORDINAL_WORDS),
        (List::Scales, SCALES),
        (List::ScaleSuffixes, SCALE_SUFFIXES),
        (List::CurrencySymbols, CURRENCY_SYMBOLS),
        (List::DollarPrefixes, DOLLAR_PREFIXES),
        (List::CurrencyCodes, CURRENCY_CODES),
        (List::CurrencyWords, CURRENCY_WORDS),
        (List::Units, UNITS),
        (List::UnitModifiers, UNIT_MODIFIERS),
        (List::TimeWords, TIME_WORDS),
        (List::DayParts, DAY_PARTS),
        (List::Meridiem, MERIDIEM),
        (List::Zones, ZONES),
        (List::YearPrefixes, YEAR_PREFIXES),
        (List::PercentWords, PERCENT_WORDS),
        (List::OtherStarters, OTHER_STARTERS),
    ];

    /// The lists a value may start with (a token in none of them, in lower case, starts no value
    /// unless it is no plain word or holds a digit or a hyphen).
    const STARTERS: Lists = List::set(&[
        List::Months,
        List::Weekdays,
        List::DayWords,
        List::Relative,
        List::YearPrefixes,
        List::NumberWords,
        List::VagueCounts,
        List::OrdinalWords,
        List::TimeWords,
        List::CurrencySymbols,
        List::DollarPrefixes,
        List::OtherStarters,
    ]);

    const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The set of `lists`.
    const fn set(lists: &[List]) -> Lists {
        let mut bits = 0;
        let mut i = 0;
        while i < lists.len() {
            bits |= lists[i].bit();
            i += 1;
        }
        Lists(bits)
    }
}

/// A set of [`List`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lists(u32);

impl Lists {
    /// The lists that hold `word` exactly (case and all).
    pub(crate) fn of(word: &str) -> Lists {
        // The bits of each word's lists: a map of the same type as the one
        // [`crate::tokens::Forms::new`] builds (one hash table type fewer in the `.wasm`).
        static MAP: OnceLock<PooledMap<u32>> = OnceLock::new();
        let map = word_map(&MAP, || {
            let mut map = PooledMap::default();
            for (list, words) in List::ALL {
                for &w in words.iter() {
                    *map.get_or_insert_with(w, || 0) |= list.bit();
                }
            }
            map
        });
        Lists(map.get(word).copied().unwrap_or(0))
    }

    /// True when `list` is one of them.
    pub(crate) fn has(self, list: List) -> bool {
        self.0 & list.bit() != 0
    }

    /// True when one of them is a list a value may start with.
    fn starts_value(self) -> bool {
        self.0 & List::STARTERS.0 != 0
    }
}

/// What the value scanner asks about one spelling: its lower-case form, the lists that form and the
/// written form are in, and whether a value may start at it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Spelled<'a> {
    /// The lower-case form (the text's shared [`Forms`]).
    pub(crate) word: &'a str,
    /// Lists holding the lower-case form.
    pub(crate) lower: Lists,
    /// Lists holding the form as written (for the case-exact lists: currency codes, zones).
    pub(crate) raw: Lists,
    /// A value may start here: a token that is no plain word, a word with a digit or a hyphen, or a
    /// word of a starting list or a currency code.
    pub(crate) may_start: bool,
}

impl<'a> Spelled<'a> {
    /// The answers for a token of kind `kind` written `raw`, `lower` in lower case.
    pub(crate) fn new(kind: TokenKind, raw: &str, lower: &'a str) -> Spelled<'a> {
        let l = Lists::of(lower);
        let r = if raw == lower { l } else { Lists::of(raw) };
        Spelled {
            word: lower,
            lower: l,
            raw: r,
            may_start: kind != TokenKind::Word
                || any_bytes(lower, |b| b.is_ascii_digit() || b == b'-')
                || l.starts_value()
                || r.has(List::CurrencyCodes),
        }
    }

    /// The answers for every token of `tokens` of `text` (whose forms are `forms`), worked out once
    /// per spelling.
    pub(crate) fn per_token(text: &str, tokens: &[Token], forms: &'a Forms) -> Vec<Spelled<'a>> {
        let mut memo: Vec<Option<Spelled>> = crate::vecs::filled(None, forms.spellings());
        let mut out = crate::vecs::with_capacity(tokens.len());
        for (k, t) in tokens.iter().enumerate() {
            let new = || Spelled::new(t.kind, t.text(text), forms.lower(k));
            let slot = forms.spelling(k).and_then(|id| memo.get_mut(id.index()));
            crate::vecs::push(&mut out, crate::vecs::memo(slot, new));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_as_the_lexicon() {
        for (list, words) in List::ALL {
            for &w in words.iter() {
                assert!(Lists::of(w).has(list), "{w}");
            }
        }
        assert!(!Lists::of("usd").has(List::CurrencyCodes));
        assert!(Lists::of("USD").has(List::CurrencyCodes));
        assert_eq!(Lists::of(""), Lists::default());
        assert!(Lists::of("may").has(List::Months) && !Lists::of("may").has(List::Units));
    }
}
