//! Word lists written as one string, the words separated by spaces.
//!
//! A `&[&str]` list costs the .wasm eight bytes of pointer and length for every word besides the
//! word's own letters, and those bytes compress poorly; one string costs a byte a word. A
//! [`WordList`] is split once, on first use, and then reads like the slice it replaces (`contains`,
//! `binary_search`, `iter`).

use std::ops::Deref;
use std::sync::OnceLock;

/// A list of words given as one string of words separated by single spaces (write it with `\`
/// line continuations to keep a line a screen wide). Declare it `static`: a `const` would split the
/// string again at every use.
pub struct WordList {
    text: &'static str,
    words: OnceLock<Box<[&'static str]>>,
}

impl WordList {
    /// The list of the space-separated words of `text`, in their order.
    pub const fn new(text: &'static str) -> Self {
        WordList {
            text,
            words: OnceLock::new(),
        }
    }

    /// The words, in the order written. Inlined natively, where lists are read in the hot loops; one
    /// call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn words(&self) -> &[&'static str] {
        match self.words.get() {
            Some(words) => words,
            None => self.split(),
        }
    }

    /// True when `word` is one of the words (called as the slice's `contains` is: `LIST.contains(&w)`).
    #[inline]
    pub fn contains<W: AsRef<str> + ?Sized>(&self, word: &W) -> bool {
        self.has(word.as_ref())
    }

    /// True when `word` is one of the words. Inlined natively; one call in the .wasm, where the
    /// slice's own `contains` (through `Deref`) would inline its loop at every use.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[allow(clippy::manual_contains)] // the same loop, without taking `word`'s address
    fn has(&self, word: &str) -> bool {
        self.words().iter().any(|w| *w == word)
    }

    /// Splits the text, once.
    #[cold]
    fn split(&self) -> &[&'static str] {
        self.words.get_or_init(|| {
            let words: Box<[&str]> = self.text.split(' ').collect();
            debug_assert!(!words.contains(&""), "two spaces in a row: {:?}", self.text);
            words
        })
    }
}

impl std::fmt::Debug for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words().fmt(f)
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn deref(&self) -> &Self::Target {
        self.words()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_reads_as_its_words() {
        static LIST: WordList = WordList::new(
            "one three \
             two",
        );
        assert_eq!(*LIST, ["one", "three", "two"]);
        assert!(LIST.contains(&"two") && !LIST.contains(&"tw"));
        assert_eq!(LIST.binary_search(&"two"), Ok(2));
    }
}
