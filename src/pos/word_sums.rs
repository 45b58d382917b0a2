//! Greedy tagging with the shipped model, the weights of a word's own features summed once per
//! distinct spelling of the text.
//!
//! A third of a token's features ([`features::OWN`]: the word, its suffixes, shape, form and
//! ambiguity class) depend on its text alone, and about half a text's tokens repeat a spelling met
//! before: their rows are looked up once per spelling, not once per token. The sums are integers, so
//! the order they are added in changes nothing: the tags are [`super::tag_classes`]'s.

use super::features::{self, Prepared, CONTEXT, OWN, START, START2};
use super::model::{Model, Sums, ROOM};
use crate::tokens::{Forms, Spelling};

/// No sums stored yet for a spelling.
const NONE: u32 = u32::MAX;

/// The own features' sums of the spellings met so far.
pub(crate) struct WordSums {
    /// Spelling id -> index in `sums`, or [`NONE`].
    slot: Vec<u32>,
    sums: Vec<Sums>,
}

impl WordSums {
    /// No sums yet, for the spellings of `forms`.
    pub(crate) fn new(forms: &Forms) -> WordSums {
        WordSums {
            slot: vec![NONE; forms.spellings()],
            sums: Vec::new(),
        }
    }

    /// The sums of spelling `id`, from `make` the first time.
    fn get_or_make(&mut self, id: Spelling, make: impl FnOnce() -> Sums) -> Sums {
        let k = id.index();
        if k >= self.slot.len() {
            self.slot.resize(k + 1, NONE);
        }
        if self.slot[k] == NONE {
            self.slot[k] = self.sums.len() as u32;
            self.sums.push(make());
        }
        self.sums[self.slot[k] as usize]
    }
}

/// [`super::tag_classes`] with `m`, for the sentences of `p`, whose tokens are those of `forms` from
/// the `first`-th on.
pub(crate) fn tag_classes(
    p: &Prepared,
    m: &Model,
    (forms, first): (&Forms, usize),
    memo: &mut WordSums,
    out: &mut Vec<usize>,
) {
    for &(a, b) in &p.sents {
        let (mut p1, mut p2) = (START, START2);
        for i in a..b {
            let allowed = p.toks[i].allowed;
            // A word the lexicon knows with one tag only gets that tag (as in `tag_classes`).
            let c = if allowed.count_ones() == 1 {
                allowed.trailing_zeros() as usize
            } else {
                let keys = p.keys((a, b), i, (p1, p2));
                let own = || {
                    let mut acc = [0; ROOM];
                    m.add_rows(&OWN.map(|k| keys[k]), &mut acc);
                    acc
                };
                let mut acc = match forms.spelling(first + i) {
                    Some(id) => memo.get_or_make(id, own),
                    None => own(),
                };
                m.add_rows(&CONTEXT.map(|k| keys[k]), &mut acc);
                Model::best_of(&acc, allowed, p.toks[i].prefer)
            };
            out.push(c);
            (p1, p2) = (c, p1);
        }
    }
}

const _: () = assert!(OWN.len() + CONTEXT.len() == features::FEATURES);
