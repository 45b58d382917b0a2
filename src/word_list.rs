//! Word lists written as one string, the words separated by spaces.
//!
//! A `&[&str]` list costs the .wasm eight bytes of pointer and length for every word besides the
//! word's own letters, and those bytes compress poorly; one string costs a byte a word. A
//! [`WordList`] is split once, on first use, and then reads like the slice it replaces (`contains`,
//! `binary_search`, `iter`). The split also sets a 256-bit filter of the words' lengths and end
//! letters, so that `contains` turns most absent words away without comparing any string.

use std::ops::Deref;
use std::sync::OnceLock;

/// A list of words: a line of its module's text of word lists, the words separated by single
/// spaces. Made by [`word_lists!`] as a `const`, a handle of a pointer and a line number that costs
/// the .wasm no bytes of data of its own: the text is the module's, and the split, made on first use,
/// lives in zeroed memory.
#[derive(Clone, Copy)]
pub struct WordList {
    /// The module's lists.
    lists: &'static Lists,
    /// The list's line of the module's text.
    line: u32,
}

/// A module's word lists (made by [`word_lists!`]): their text, one list a line, and a slot for
/// each list's split.
pub struct Lists {
    /// The text of the lists, one a line.
    text: &'static str,
    /// Each list's split, by line.
    splits: &'static [Slot],
}

/// The split of one list, made on first use; a `static` array of empty slots is zeroed memory,
/// no bytes of the .wasm.
pub struct Slot(OnceLock<Split>);

/// A list's words, the filter of [`filter_bit`]s that [`WordList::contains`] reads first, and
/// (natively) the filter of [`folded_bit`]s that [`WordList::contains_ignore_case`] reads first.
struct Split {
    words: Vec<&'static str>,
    filter: [u64; 4],
    #[cfg(not(target_arch = "wasm32"))]
    folded: [u64; 4],
}

impl Slot {
    /// An empty slot.
    #[allow(clippy::declare_interior_mutable_const)] // the seed of a `static` array of slots
    pub const NEW: Slot = Slot(OnceLock::new());
}

impl Lists {
    /// The lists of `text`, one a line, with a slot for each in `splits`.
    pub const fn new(text: &'static str, splits: &'static [Slot]) -> Self {
        Lists { text, splits }
    }
}

/// A word's bit in a list's filter: from its length and its first and last bytes.
#[inline]
fn filter_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (b.first().map_or(0, |&c| c), b.last().map_or(0, |&c| c));
    bit_of(b.len(), first, last)
}

/// A word's bit in a list's filter but for ASCII case: [`filter_bit`] of its first and last bytes
/// in lower case, the same for two words equal but for ASCII case.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn folded_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (b.first().map_or(0, |&c| c), b.last().map_or(0, |&c| c));
    bit_of(
        b.len(),
        first.to_ascii_lowercase(),
        last.to_ascii_lowercase(),
    )
}

/// The filter bit of a word of `len` bytes from `first` to `last`.
#[inline(always)]
fn bit_of(len: usize, first: u8, last: u8) -> usize {
    let h = (len as u32).wrapping_mul(0x9E37_79B1)
        ^ u32::from(first).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(last).wrapping_mul(0xC2B2_AE35);
    (h >> 24) as usize
}

/// Sets `bit` in `filter`.
#[inline]
fn set_bit(filter: &mut [u64; 4], bit: usize) {
    filter[bit >> 6] |= 1 << (bit & 63);
}

/// True when `bit` is set in `filter`.
#[inline]
fn has_bit(filter: &[u64; 4], bit: usize) -> bool {
    filter[bit >> 6] & 1 << (bit & 63) != 0
}

impl WordList {
    /// The list of the space-separated words of line `line` of `lists`' text (lines separated by
    /// `\n`): [`word_lists!`] keeps a module's lists as one text.
    pub const fn line_of(lists: &'static Lists, line: u32) -> Self {
        WordList { lists, line }
    }

    /// The words, in the order written. Inlined natively, where lists are read in the hot loops; one
    /// call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn words(self) -> &'static [&'static str] {
        &self.split().words
    }

    /// True when `word` is one of the words (called as the slice's `contains` is: `LIST.contains(&w)`).
    #[inline]
    pub fn contains<W: AsRef<str> + ?Sized>(self, word: &W) -> bool {
        self.has(word.as_ref())
    }

    /// True when `word` is one of the words. Inlined natively; one call in the .wasm, where the
    /// slice's own `contains` (through `Deref`) would inline its loop at every use.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[allow(clippy::manual_contains)] // the same loop, without taking `word`'s address
    fn has(self, word: &str) -> bool {
        let split = self.split();
        has_bit(&split.filter, filter_bit(word)) && split.words.iter().any(|w| *w == word)
    }

    /// True when `word` in lower case ([`crate::case::lowercase`]) is one of the words. Inlined
    /// natively; one call in the .wasm, where each use inlined the lowered copy's allocation and
    /// its drop.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn contains_lowercase(self, word: &str) -> bool {
        // Natively an ASCII word is its own lower case without a capital, and one with a capital
        // is looked for in the filter by its lowered first and last bytes before it is copied.
        #[cfg(not(target_arch = "wasm32"))]
        if word.is_ascii() {
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return self.has(word);
            }
            if !has_bit(&self.split().filter, folded_bit(word)) {
                return false;
            }
        }
        self.has(&crate::case::lowercase(word))
    }

    /// True when the text of `tokens[i]` is one of the words (`contains(token_text(text, tokens,
    /// i))`; false past the last token). One call in the .wasm, where each use read the token's text
    /// into memory and loaded it back for the lookup.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has_token(self, text: &str, tokens: &[crate::tokens::Token], i: usize) -> bool {
        self.has(crate::tokens::token_text(text, tokens, i))
    }

    /// True when the text of `tokens[i]` is one of the words but for ASCII case
    /// (`contains_ignore_case(token_text(text, tokens, i))`; false past the last token); one call
    /// in the .wasm, as [`WordList::has_token`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has_token_ignore_case(
        self,
        text: &str,
        tokens: &[crate::tokens::Token],
        i: usize,
    ) -> bool {
        self.contains_ignore_case(crate::tokens::token_text(text, tokens, i))
    }

    /// True when the text of `tokens[i]` in lower case is one of the words
    /// (`contains_lowercase(token_text(text, tokens, i))`; false past the last token); one call in
    /// the .wasm, as [`WordList::has_token`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has_token_lowercase(
        self,
        text: &str,
        tokens: &[crate::tokens::Token],
        i: usize,
    ) -> bool {
        self.contains_lowercase(crate::tokens::token_text(text, tokens, i))
    }

    /// True when token `i`'s lower-case form is one of the words (`contains(forms.lower(i))`; false
    /// past the last token); one call in the .wasm, as [`WordList::has_token`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has_lower(self, forms: &crate::tokens::Forms, i: usize) -> bool {
        self.has(forms.lower(i))
    }

    /// The index of `word` among the words (`iter().position(|w| *w == word)`). One call in the
    /// .wasm, where each use inlined the loop.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn position(self, word: &str) -> Option<usize> {
        self.words().iter().position(|w| *w == word)
    }

    /// True when `word` is one of the words but for ASCII case (`iter().any(|w|
    /// w.eq_ignore_ascii_case(word))`): natively the filter of [`folded_bit`]s first, which turns
    /// most absent words away without comparing any string. One call in the .wasm, where each use
    /// inlined the loop, and the loop alone: fewer bytes.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn contains_ignore_case(self, word: &str) -> bool {
        let split = self.split();
        #[cfg(not(target_arch = "wasm32"))]
        if !has_bit(&split.folded, folded_bit(word)) {
            return false;
        }
        crate::text::any_eq_ignore_case(&split.words, word)
    }

    /// True when `word` is one of the words of a list written in sorted (bytewise) order: the
    /// filter, then a binary search; the same answer as `binary_search(..).is_ok()`, sooner for
    /// the many words a list does not hold. One call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn contains_sorted(self, word: &str) -> bool {
        let split = self.split();
        has_bit(&split.filter, filter_bit(word)) && split.words.binary_search(&word).is_ok()
    }

    /// The split text.
    #[inline]
    fn split(self) -> &'static Split {
        match self
            .lists
            .splits
            .get(self.line as usize)
            .and_then(|slot| slot.0.get())
        {
            Some(split) => split,
            None => self.split_once(),
        }
    }

    /// Splits the text and sets the filter, once.
    #[cold]
    fn split_once(self) -> &'static Split {
        crate::vecs::at(self.lists.splits, self.line as usize)
            .0
            .get_or_init(|| {
                let text = crate::text::split_char(self.lists.text, '\n')
                    .nth(self.line as usize)
                    .unwrap_or_default();
                // A plain loop into a vector of the right size: a collect into a boxed slice brought
                // the standard library's collecting, growing and shrinking loops into the .wasm.
                let mut words = crate::vecs::with_capacity(crate::text::count_char(text, ' ') + 1);
                for w in crate::text::split_char(text, ' ') {
                    crate::vecs::push(&mut words, w);
                }
                debug_assert!(!words.contains(&""), "two spaces in a row: {text:?}");
                let mut filter = [0u64; 4];
                for w in &words {
                    set_bit(&mut filter, filter_bit(w));
                }
                #[cfg(not(target_arch = "wasm32"))]
                let mut folded = [0u64; 4];
                #[cfg(not(target_arch = "wasm32"))]
                for w in &words {
                    set_bit(&mut folded, folded_bit(w));
                }
                Split {
                    words,
                    filter,
                    #[cfg(not(target_arch = "wasm32"))]
                    folded,
                }
            })
    }
}

/// A module's word lists as one text, each list a line of it: `word_lists! { /// doc\n pub(crate)
/// const NAME = "word word"; ... }` makes each list a `const` [`WordList`], a handle that costs the
/// .wasm no data of its own (a `static` list held a pointer, a length and its cache, bytes that gzip
/// hardly shrinks). One use per module (it defines the module's `WORD_LISTS` and `WORD_LIST_SPLITS`).
macro_rules! word_lists {
    ($($(#[$attr:meta])* $vis:vis const $name:ident = $text:literal;)+) => {
        /// The split of each of the module's word lists, made on first use.
        static WORD_LIST_SPLITS: [$crate::word_list::Slot; [$(stringify!($name)),+].len()] =
            [$crate::word_list::Slot::NEW; [$(stringify!($name)),+].len()];
        /// The module's word lists, one a line.
        static WORD_LISTS: $crate::word_list::Lists =
            $crate::word_list::Lists::new(concat!($($text, "\n"),+), &WORD_LIST_SPLITS);
        $crate::word_list::word_lists!(@line 0u32; $($(#[$attr])* $vis const $name = $text;)+);
    };
    (@line $k:expr; $(#[$attr:meta])* $vis:vis const $name:ident = $text:literal; $($rest:tt)*) => {
        $(#[$attr])*
        $vis const $name: $crate::word_list::WordList =
            $crate::word_list::WordList::line_of(&WORD_LISTS, $k);
        $crate::word_list::word_lists!(@line $k + 1; $($rest)*);
    };
    (@line $k:expr;) => {};
}
pub(crate) use word_lists;

word_lists! {
    /// The articles `the`, `a` and `an`, which several stages read (a name's title, a lone surname,
    /// a summary sentence's opener).
    pub(crate) const ARTICLES = "the a an";
    /// The quotation marks that open a quoted title or phrase: straight and curly, double and single.
    pub(crate) const OPENING_QUOTES = "\" \u{201c} ' \u{2018}";
    /// The quotation marks that close a quoted title or phrase.
    pub(crate) const CLOSING_QUOTES = "\" \u{201d} ' \u{2019}";
    /// The double quotation marks that open a quoted title: straight and curly.
    pub(crate) const OPENING_DOUBLE_QUOTES = "\" \u{201c}";
    /// The double quotation marks that close a quoted title.
    pub(crate) const CLOSING_DOUBLE_QUOTES = "\" \u{201d}";
    /// An apostrophe: straight and curly.
    pub(crate) const APOSTROPHES = "' \u{2019}";
}

/// Two lists are equal when they are the same line of the same module's text.
impl PartialEq for WordList {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.lists, other.lists) && self.line == other.line
    }
}

impl Eq for WordList {}

impl std::fmt::Debug for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (*self).words().fmt(f)
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn deref(&self) -> &Self::Target {
        (*self).words()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_reads_as_its_words() {
        word_lists! {
            const LIST = "one three \
                two";
        }
        assert_eq!(*LIST, ["one", "three", "two"]);
        assert!(LIST.contains(&"two") && !LIST.contains(&"tw"));
        assert!(!LIST.contains(&"") && !LIST.contains(&"twO") && LIST.contains(&"one"));
        assert_eq!(LIST.binary_search(&"two"), Ok(2));
        for w in ["one", "three", "two", "", "tw", "zero", "On"] {
            assert_eq!(
                LIST.contains_sorted(w),
                LIST.binary_search(&w).is_ok(),
                "{w}"
            );
        }
    }

    #[test]
    fn a_module_list_reads_as_its_line() {
        word_lists! {
            /// The first list.
            const FIRST = "one two";
            const SECOND = "three \
                four";
        }
        assert_eq!(*FIRST, ["one", "two"]);
        assert_eq!(*SECOND, ["three", "four"]);
        assert!(SECOND.contains(&"four") && !SECOND.contains(&"one"));
    }

    #[test]
    fn a_lower_case_look_up_answers_as_the_lowered_copy() {
        word_lists! {
            const LIST = "act ag inc. \u{e9}t\u{e9} de x";
        }
        for w in [
            "act",
            "ACT",
            "Act",
            "aG",
            "INC.",
            "inc",
            "\u{c9}T\u{c9}",
            "\u{e9}t\u{e9}",
            "DE",
            "X",
            "y",
            "",
            "Acts",
            "\u{130}",
        ] {
            assert_eq!(
                LIST.contains_lowercase(w),
                LIST.contains(&crate::case::lowercase(w)),
                "{w}"
            );
        }
    }

    #[test]
    fn the_folded_filter_answers_as_the_loop() {
        word_lists! {
            const LIST = "Act AG Inc. plc de";
        }
        for w in [
            "act", "ACT", "Act", "ag", "Ag", "INC.", "inc", "PLC", "Plc", "DE", "dE", "x", "",
        ] {
            assert_eq!(
                LIST.contains_ignore_case(w),
                LIST.iter().any(|l| l.eq_ignore_ascii_case(w)),
                "{w}"
            );
        }
    }
}
