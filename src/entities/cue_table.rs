//! Tables of cues ([`super::consistency`]'s words before and after a mention), packed for the
//! .wasm.
//!
//! An array of `(&str, Label, u8)` rows kept a pointer and a length for each cue, eight bytes a row
//! that gzip can hardly shrink (about 1 KB of the gzipped .wasm for the two tables). A [`Cues`]
//! keeps the cues as one text and a label, a weight and a length a row, and reads them into rows
//! once, on first use: the rows are then the array's, in the same order.

use std::sync::OnceLock;

use super::Label;

/// One cue table: see the module's documentation. Written with [`cues!`].
pub(crate) struct Cues {
    /// The cues, back to back.
    text: &'static str,
    /// Each cue's label, weight and length in bytes, in order.
    meta: &'static [(Label, u8, u8)],
    /// The rows, read from `text` and `meta` on first use.
    rows: OnceLock<Vec<(&'static str, Label, u8)>>,
    /// Natively, the rows by one word of their cue ([`Cues::rows_keyed`]), made on first use.
    #[cfg(not(target_arch = "wasm32"))]
    keyed: OnceLock<Keyed>,
}

/// The rows of a table by a key word of each cue: the rows of one word, in the order written.
#[cfg(not(target_arch = "wasm32"))]
type Keyed = crate::model::hash::FastMap<&'static str, Vec<(&'static str, Label, u8)>>;

impl Cues {
    /// The table of the cues `text` (back to back) and their labels, weights and lengths `meta`.
    pub(crate) const fn new(text: &'static str, meta: &'static [(Label, u8, u8)]) -> Self {
        Cues {
            text,
            meta,
            rows: OnceLock::new(),
            #[cfg(not(target_arch = "wasm32"))]
            keyed: OnceLock::new(),
        }
    }

    /// The rows whose cue has `word` for its `key` word, in the order written: natively through a
    /// map made on first use, so that a mention's cues are not read whole (the .wasm reads
    /// [`Cues::rows`] and tests each). A table is always asked with the same `key`, which makes
    /// the map.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn rows_keyed(
        &'static self,
        word: &str,
        key: fn(&'static str) -> &'static str,
    ) -> &'static [(&'static str, Label, u8)] {
        let map = self.keyed.get_or_init(|| {
            let mut map = Keyed::default();
            for &row in self.rows() {
                map.entry(key(row.0)).or_default().push(row);
            }
            map
        });
        map.get(word).map_or(&[], Vec::as_slice)
    }

    /// The rows that may match beside `word` (none without a word): natively the rows whose cue
    /// has `word` for its `key` word ([`Cues::rows_keyed`]), in the .wasm every row, each then
    /// tested by the caller (one table walk, no map in the module).
    pub(crate) fn candidates(
        &'static self,
        word: Option<&str>,
        key: fn(&'static str) -> &'static str,
    ) -> &'static [(&'static str, Label, u8)] {
        let Some(word) = word else {
            return &[];
        };
        #[cfg(not(target_arch = "wasm32"))]
        return self.rows_keyed(word, key);
        #[cfg(target_arch = "wasm32")]
        {
            let _ = (word, key);
            self.rows()
        }
    }

    /// The rows: each cue with the label and weight it votes for, in the order written.
    pub(crate) fn rows(&'static self) -> &'static [(&'static str, Label, u8)] {
        self.rows.get_or_init(|| {
            let mut at = 0;
            let mut rows = crate::vecs::with_capacity(self.meta.len());
            for &(label, weight, len) in self.meta.iter() {
                let start = at;
                at += usize::from(len);
                crate::vecs::push(
                    &mut rows,
                    (
                        crate::text::head(crate::text::tail(self.text, start), usize::from(len)),
                        label,
                        weight,
                    ),
                );
            }
            rows
        })
    }
}

/// A weight in a byte, checked at compile time.
pub(crate) const fn weight(w: u32) -> u8 {
    assert!(w <= u8::MAX as u32);
    w as u8
}

/// A cue's length in a byte, checked at compile time.
pub(crate) const fn length(cue: &str) -> u8 {
    assert!(cue.len() <= u8::MAX as usize);
    cue.len() as u8
}

/// A [`Cues`] table from its rows, `("cue", label, weight),` each.
macro_rules! cues {
    ($(($cue:literal, $label:expr, $weight:expr)),* $(,)?) => {
        $crate::entities::cue_table::Cues::new(
            concat!($($cue),*),
            &[$((
                $label,
                $crate::entities::cue_table::weight($weight),
                $crate::entities::cue_table::length($cue),
            )),*],
        )
    };
}
pub(crate) use cues;

#[cfg(test)]
mod tests {
    use super::*;

    static TABLE: Cues = cues![
        ("city of", Label::Place, 3),
        // A comment between rows.
        (", who", Label::Person, 2 * 3),
        ("", Label::Misc, 1),
        ("née", Label::Person, 1),
    ];

    #[test]
    fn rows_come_back_in_order() {
        assert_eq!(
            TABLE.rows(),
            [
                ("city of", Label::Place, 3),
                (", who", Label::Person, 6),
                ("", Label::Misc, 1),
                ("née", Label::Person, 1),
            ]
        );
    }
}
