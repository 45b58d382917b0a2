//! Feature extraction for the part-of-speech tagger, shared by training and tagging.
//!
//! The templates start from those of Honnibal's averaged-perceptron tagger ("A good part-of-speech
//! tagger in about 200 lines of Python", 2013, the tagger behind TextBlob and NLTK's
//! `PerceptronTagger`): the word, its suffix and first letter, the two previous *predicted* tags alone,
//! together and with the word, and the words and suffixes around it. Added here: the form as written,
//! word bigrams, the word's shape (so an unseen `Xxxx` or `dd.d` still says something) alone and with
//! its suffix, longer and shorter suffixes, where the token sits (first in its sentence, or on an
//! all-capitals line such as a wire headline, which the training corpora tag as proper nouns), and
//! the ambiguity classes of the lexicon ([`super::lexicon`]) for the token and its neighbours, alone
//! and in the conjunctions the Memory-Based Tagger decides on (previous tags, this word's class and
//! the next words' classes). Pruning ([`super::train`]) keeps what pays for its bytes.
//!
//! Each token's strings (lower case, form, suffixes, first character, shape) are hashed once, with the
//! entity tagger's FNV-1a ([`crate::model::hash`]); a feature mixes a template number with those hashes
//! and the previous tags into a 24-bit key, so no string is built per feature. Nothing outside the
//! sentence is looked at.

use crate::model::hash::Hash;
use crate::text::{any_char, char_indices, chars, first_char, is_lower, is_upper, Span};
use crate::tokens::{fold_lower, token_run, Forms, Spelling, Token};

use super::lexicon::Lexicon;
use super::tags::NT;

/// Template numbers (the first byte of every feature hash).
mod t {
    pub const BIAS: u8 = 0;
    pub const WORD: u8 = 1;
    pub const SUF2: u8 = 2;
    pub const SUF3: u8 = 3;
    pub const SUF4: u8 = 4;
    pub const PRE1: u8 = 5;
    pub const SHAPE: u8 = 6;
    pub const TAG1: u8 = 7;
    pub const TAG2: u8 = 8;
    pub const TAG12: u8 = 9;
    pub const TAG1_WORD: u8 = 10;
    pub const WORD_M1: u8 = 11;
    pub const SUF3_M1: u8 = 12;
    pub const WORD_M2: u8 = 13;
    pub const WORD_P1: u8 = 14;
    pub const SUF3_P1: u8 = 15;
    pub const WORD_P2: u8 = 16;
    pub const CTX_SHAPE: u8 = 17;
    pub const FORM: u8 = 18;
    pub const WORD_M1_WORD: u8 = 19;
    pub const WORD_WORD_P1: u8 = 20;
    pub const AC0: u8 = 21;
    pub const AC0_TAG1: u8 = 22;
    pub const AC_P1: u8 = 23;
    pub const AC_P2: u8 = 24;
    pub const AC0_AC_P1: u8 = 25;
    pub const AC_M1_AC0: u8 = 26;
    pub const SUF3_SHAPE: u8 = 27;
    pub const AC0_SHAPE: u8 = 28;
    pub const TAG1_AC0_AC_P1: u8 = 29;
    pub const TAG12_AC0: u8 = 30;
    pub const AC0_AC_P12: u8 = 31;
    pub const TAG1_SUF3: u8 = 32;
    pub const SUF3_AC_P1: u8 = 33;
    /// Seeds the hashes of a token's strings.
    pub const STRING: u8 = 200;
}

/// Feature keys per token ([`Prepared::keys`]): one per template number below 200.
pub(crate) const FEATURES: usize = 34;

/// The previous-tag value before a sentence's first token (tags are `0..NT`).
pub(crate) const START: usize = NT;
/// The tag value two before a sentence's first token.
pub(crate) const START2: usize = NT + 1;

/// Stand-ins for the words before the sentence start and after its end.
const BOS: u64 = 0x5151_5151_0000_0001;
const EOS: u64 = 0x5151_5151_0000_0002;

/// Where a token sits in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Ctx {
    /// Anywhere in an ordinary sentence but first.
    Mid = 0,
    /// The first token of an ordinary sentence.
    Initial = 1,
    /// Anywhere in an all-capitals line (a headline).
    Caps = 2,
}

/// What the features need to know about one token, its strings kept as 64-bit hashes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokInfo {
    /// The lower-case form, digits folded to `0`.
    word: u64,
    /// The form as written.
    form: u64,
    /// The ambiguity class ([`super::lexicon`]), 0 for a word outside the lexicon.
    amb: u64,
    /// The tag classes the token may take (bit `c` for class `c`).
    pub(crate) allowed: u64,
    /// The class that wins a tie of scores ([`prefer`]).
    pub(crate) prefer: u64,
    /// The last 2, 3 and 4 characters of the lower-case form (0 when the word is not longer).
    suf: [u64; 3],
    /// The first character, as written.
    pre1: u64,
    /// The word's shape (`Xx`, `x`, `d.d`, `X`).
    shape: u64,
    ctx: Ctx,
}

/// The tag a token takes when the weights cannot tell (a tie, as when pruning left no weight for
/// the features of an unknown word): `NNP` for a capitalised word, `NN` for another word, `CD` for a
/// number; Brill's start state for unknown words (Brill 1992, "A simple rule-based part of speech
/// tagger"). As a mask of one class bit; 0 for other tokens.
fn prefer(w: &str) -> u64 {
    use super::Pos;
    let tag = match first_char(w) {
        Some(c) if c.is_uppercase() => Pos::ProperNoun,
        Some(c) if c.is_alphabetic() => Pos::Noun,
        Some(c) if c.is_ascii_digit() => Pos::Cardinal,
        _ => return 0,
    };
    1 << tag.index()
}

/// Each distinct spelling's [`TokInfo`] (all but the place in the sentence, `ctx`), computed once
/// per [`Spelling`] of the text's [`Forms`]; a token's lower form is a function of its text, so the
/// memo changes no value.
#[derive(Clone, Debug, Default)]
pub(crate) struct Memo {
    infos: Vec<Option<TokInfo>>,
}

impl Memo {
    /// An empty memo for the spellings of `forms`.
    pub(crate) fn new(forms: &Forms) -> Memo {
        Memo {
            infos: crate::vecs::filled(None, forms.spellings()),
        }
    }

    /// The memo's entry for `id` (grown when `id` is past the spellings it was made for).
    fn slot(&mut self, id: Spelling) -> &mut Option<TokInfo> {
        let k = id.index();
        if k >= self.infos.len() {
            crate::vecs::resize(&mut self.infos, k + 1, None);
        }
        crate::vecs::at_mut(&mut self.infos, k)
    }
}

/// A text prepared for tagging: per-token information and sentences as token ranges.
#[derive(Clone, Debug, Default)]
pub(crate) struct Prepared {
    /// One entry per token.
    pub(crate) toks: Vec<TokInfo>,
    /// Sentences as half-open, non-empty token ranges, in order, covering every token.
    pub(crate) sents: Vec<(usize, usize)>,
}

impl Prepared {
    /// Prepares `tokens` of `text`, grouped by the sentence each token starts in (a token that starts
    /// before the first sentence joins the first).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn new(text: &str, tokens: &[Token], sentences: &[Span], lex: &Lexicon) -> Prepared {
        let forms = Forms::new(text, tokens);
        let mut p = Prepared::default();
        let mut memo = Memo::new(&forms);
        for (a, b) in sentence_ranges(tokens, sentences) {
            p.push_sentence(text, tokens, &forms, (a, b), lex, &mut memo);
        }
        p
    }

    /// Forgets every sentence.
    pub(crate) fn clear(&mut self) {
        self.toks.clear();
        self.sents.clear();
    }

    /// Adds the sentence made of `token_run(tokens, a, b)` (nothing when it is empty); `forms` are the tokens'
    /// lower-case forms ([`Forms`], computed once for every stage); `memo` keeps what depends on a
    /// token's text alone, for the text's later sentences.
    pub(crate) fn push_sentence(
        &mut self,
        text: &str,
        tokens: &[Token],
        forms: &Forms,
        (a, b): (usize, usize),
        lex: &Lexicon,
        memo: &mut Memo,
    ) {
        if a >= b {
            return;
        }
        let caps = is_caps_line(text, token_run(tokens, a, b));
        let first = self.toks.len();
        for (i, tok) in token_run(tokens, a, b).iter().enumerate() {
            let w = tok.text(text);
            let ctx = if caps {
                Ctx::Caps
            } else if i == 0 {
                Ctx::Initial
            } else {
                Ctx::Mid
            };
            let compute = || {
                let low = forms.lower(a + i);
                let word = folded_hash(Hash::new(t::STRING), low);
                let class = lex.class(word);
                TokInfo {
                    word,
                    form: Hash::new(t::STRING).str(w).0,
                    amb: u64::from(class),
                    allowed: lex.allowed_for(class, w),
                    prefer: prefer(w),
                    suf: suffix_hashes(low),
                    pre1: chars(w)
                        .next()
                        .map_or(0, |c| Hash::new(t::PRE1).mix(u64::from(c)).0),
                    shape: shape_hash(w),
                    ctx: Ctx::Mid,
                }
            };
            let info = crate::vecs::memo(forms.spelling(a + i).map(|id| memo.slot(id)), compute);
            self.toks.push(TokInfo { ctx, ..info });
        }
        crate::vecs::push(&mut self.sents, (first, self.toks.len()));
    }

    /// Appends the feature keys of token `i` in the sentence of tokens `a..b`, given the tags
    /// predicted for the two tokens before it (`p1` just before; [`START`] and [`START2`] before the
    /// sentence).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn features(
        &self,
        a_b: (usize, usize),
        i: usize,
        prev: (usize, usize),
        out: &mut Vec<u32>,
    ) {
        out.extend(self.keys(a_b, i, prev).into_iter().filter(|&k| k != 0));
    }

    /// [`Prepared::features`] as a fixed array, in the same order, with 0 (which no feature key
    /// is, and which no model stores) in the place of a suffix the word is too short for: no
    /// vector to grow per token, and the keys' count is known to the scoring loop.
    pub(crate) fn keys(
        &self,
        (a, b): (usize, usize),
        i: usize,
        (p1, p2): (usize, usize),
    ) -> [u32; FEATURES] {
        let tok = crate::vecs::at(&self.toks, i);
        // The token `j` away from `i`, if inside the sentence.
        let near = |j: isize| {
            let j = i as isize + j;
            (a as isize <= j && j < b as isize).then(|| crate::vecs::at(&self.toks, j as usize))
        };
        // The 3-letter suffix, or the word itself when it is that short.
        let suf3 = |t: &TokInfo| if t.suf[1] != 0 { t.suf[1] } else { t.word };
        // The neighbours' values (the sentence-boundary markers past its ends), each worked out once.
        let (m2, m1, n1, n2) = (near(-2), near(-1), near(1), near(2));
        let (word_m2, word_m1) = (m2.map_or(BOS, |t| t.word), m1.map_or(BOS, |t| t.word));
        let (word_p1, word_p2) = (n1.map_or(EOS, |t| t.word), n2.map_or(EOS, |t| t.word));
        let (suf3_m1, suf3_p1) = (m1.map_or(BOS, suf3), n1.map_or(EOS, suf3));
        let amb_m1 = m1.map_or(BOS, |t| t.amb);
        let (amb_p1, amb_p2) = (n1.map_or(EOS, |t| t.amb), n2.map_or(EOS, |t| t.amb));
        let suf3_0 = suf3(tok);
        let (f, f2, f3) = (key1, key2, key3);
        let suf = |tpl: u8, s: u64| if s != 0 { f(tpl, s) } else { 0 };
        let (p1, p2) = (p1 as u64, p2 as u64);
        [
            pos_key(Hash::new(t::BIAS)),
            f(t::WORD, tok.word),
            suf(t::SUF2, tok.suf[0]),
            suf(t::SUF3, tok.suf[1]),
            suf(t::SUF4, tok.suf[2]),
            f(t::PRE1, tok.pre1),
            f(t::SHAPE, tok.shape),
            f(t::TAG1, p1),
            f(t::TAG2, p2),
            f2(t::TAG12, p1, p2),
            f2(t::TAG1_WORD, p1, tok.word),
            f(t::WORD_M1, word_m1),
            f(t::SUF3_M1, suf3_m1),
            f(t::WORD_M2, word_m2),
            f(t::WORD_P1, word_p1),
            f(t::SUF3_P1, suf3_p1),
            f(t::WORD_P2, word_p2),
            f2(t::CTX_SHAPE, tok.ctx as u64, tok.shape),
            f(t::FORM, tok.form),
            f2(t::WORD_M1_WORD, word_m1, tok.word),
            f2(t::WORD_WORD_P1, tok.word, word_p1),
            f(t::AC0, tok.amb),
            f2(t::AC0_TAG1, tok.amb, p1),
            f(t::AC_P1, amb_p1),
            f(t::AC_P2, amb_p2),
            f2(t::AC0_AC_P1, tok.amb, amb_p1),
            f2(t::AC_M1_AC0, amb_m1, tok.amb),
            f2(t::SUF3_SHAPE, suf3_0, tok.shape),
            f2(t::AC0_SHAPE, tok.amb, tok.shape),
            f3(t::TAG1_AC0_AC_P1, p1, tok.amb, amb_p1),
            f3(t::TAG12_AC0, p1, p2, tok.amb),
            f3(t::AC0_AC_P12, tok.amb, amb_p1, amb_p2),
            f2(t::TAG1_SUF3, p1, suf3_0),
            f2(t::SUF3_AC_P1, suf3_0, amb_p1),
        ]
    }
}

/// Bits of a feature's key: fewer than the 24 of [`crate::model::hash::KEY_BITS`], as in the
/// feature hashing of Weinberger et al. (2009, "Feature hashing for large scale multitask
/// learning"), where features that share a key share a weight. A key costs about
/// `log2(2^bits / rows) + 1.5` bits of the model file (Rice-coded gaps): at 20 bits a row's key
/// takes 4 bits fewer, 7.6 KB of the 15,233 rows, for 0.06 points of dev accuracy with the same
/// weights (`data/pos_model.md`).
pub(crate) const POS_KEY_BITS: u32 = 20;

/// A feature's key: the top [`POS_KEY_BITS`] bits of `h`'s [`Hash::finish`] key ([`narrow_key`]).
fn pos_key(h: Hash) -> u32 {
    narrow_key(h.finish())
}

/// The [`POS_KEY_BITS`]-bit key of a 24-bit [`Hash::finish`] key: its top bits, never 0.
pub(crate) fn narrow_key(key: u32) -> u32 {
    (key >> (crate::model::hash::KEY_BITS - POS_KEY_BITS)).max(1)
}

/// The key of feature template `tpl` over `x` ([`pos_key`] of `Hash::new(tpl).mix(x)`). Inlined
/// natively; one call in the .wasm, where the seed's and the fold's 64-bit constants would be
/// repeated at each of the templates.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn key1(tpl: u8, x: u64) -> u32 {
    pos_key(Hash::new(tpl).mix(x))
}

/// The key of template `tpl` over `x` and `y`; one call in the .wasm, as [`key1`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn key2(tpl: u8, x: u64, y: u64) -> u32 {
    pos_key(Hash::new(tpl).mix(x).mix(y))
}

/// The key of template `tpl` over `x`, `y` and `z`; one call in the .wasm, as [`key1`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn key3(tpl: u8, x: u64, y: u64, z: u64) -> u32 {
    pos_key(Hash::new(tpl).mix(x).mix(y).mix(z))
}

/// Sentences as token ranges: each token belongs to the sentence its first byte falls in (or the
/// last sentence that starts before it). Ranges are non-empty and tile `0..tokens.len()`.
pub(crate) fn sentence_ranges(tokens: &[Token], sentences: &[Span]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = crate::vecs::with_capacity(sentences.len());
    let mut k = 0;
    let mut start = 0;
    for (i, tok) in tokens.iter().enumerate() {
        let mut next = k;
        while next < sentences.len() && crate::vecs::at(sentences, next).end <= tok.span.start {
            next += 1;
        }
        if next != k && i > start {
            crate::vecs::push(&mut out, (start, i));
            start = i;
        }
        k = next;
    }
    if start < tokens.len() {
        crate::vecs::push(&mut out, (start, tokens.len()));
    }
    out
}

/// True for a line in capitals: at least two words with cased letters, none in lower case
/// (`CRICKET - LEICESTERSHIRE TAKE OVER AT TOP`).
fn is_caps_line(text: &str, toks: &[Token]) -> bool {
    let mut cased = 0;
    for t in toks {
        let w = t.text(text);
        if any_char(w, is_lower) {
            return false;
        }
        if any_char(w, is_upper) {
            cased += 1;
        }
    }
    cased >= 2
}

/// Feeds `low` (a lower-case form from [`Forms`]) with its ASCII digits folded to `0`, so that
/// `1996` and `2026` are one word, then a terminator: [`Hash::str_fold_digits`], the entity
/// tagger's, which is one call in the .wasm (where a loop of its own here was a second copy).
fn folded_hash(h: Hash, low: &str) -> u64 {
    h.str_fold_digits(low).0
}

/// The hash of a word's lower-case form, digits folded (the key of the lexicon and of word features).
pub(crate) fn word_hash(w: &str) -> u64 {
    let mut low = crate::vecs::string_with_capacity(w.len());
    fold_lower(w, &mut low);
    folded_hash(Hash::new(t::STRING), &low)
}

/// The hashes of the last 2, 3 and 4 characters of `low` (digits folded), each 0 when `low` has that
/// many characters or fewer: [`suffix_hash`] for each, the characters' starts found in one pass.
fn suffix_hashes(low: &str) -> [u64; 3] {
    // Where the last 1, 2, 3 and 4 characters start; 0 (no suffix) when `low` is not longer.
    let mut starts = [0; 4];
    for (slot, (at, _)) in starts.iter_mut().zip(char_indices(low).rev()) {
        *slot = at;
    }
    // The last 2, 3 and 4 characters in a plain loop, where the array's `map` brought its
    // `try_map` steps into the .wasm.
    let mut out = [0; 3];
    for k in 2..=4u8 {
        let at = starts[usize::from(k) - 1];
        if at != 0 {
            out[usize::from(k) - 2] =
                folded_hash(Hash::new(t::STRING).byte(k), crate::text::tail(low, at));
        }
    }
    out
}

/// The hash of the last `k` characters of `low` (digits folded), or 0 when it has `k` characters or
/// fewer.
#[cfg(test)]
fn suffix_hash(low: &str, k: usize) -> u64 {
    match char_indices(low).rev().nth(k - 1) {
        Some((at, _)) if at > 0 => folded_hash(Hash::new(t::STRING).byte(k as u8), &low[at..]),
        _ => 0,
    }
}

/// The hash of the word's shape: `X` upper, `x` lower, `d` digit, other characters as they are, runs
/// collapsed (`Rubio` -> `Xx`, `U.S.` -> `X.X.`, `3.5` -> `d.d`), at most 8 symbols.
fn shape_hash(s: &str) -> u64 {
    let mut h = Hash::new(t::SHAPE);
    let mut last = '\0';
    let mut n = 0;
    for c in chars(s) {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                c => c,
            }
        };
        if m == last {
            continue;
        }
        last = m;
        h = h.mix(u64::from(m));
        n += 1;
        if n >= 8 {
            break;
        }
    }
    h.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn sentence_ranges_tile_the_tokens() {
        let text = "One two. Three\nfour five";
        let toks = tokenize(text);
        let sents = [Span::new(0, 8), Span::new(9, 14), Span::new(15, 24)];
        assert_eq!(sentence_ranges(&toks, &sents), vec![(0, 3), (3, 4), (4, 6)]);
        assert_eq!(sentence_ranges(&toks, &[]), vec![(0, 6)]);
        assert!(sentence_ranges(&[], &sents).is_empty());
    }

    #[test]
    fn strings_fold_as_documented() {
        assert_eq!(word_hash("Rubio’s 2026"), word_hash("rubio's 1996"));
        assert_ne!(word_hash("Rubio"), word_hash("Rubia"));
        assert_eq!(suffix_hash("cats", 4), 0);
        assert_ne!(suffix_hash("cats", 3), 0);
        assert_eq!(suffix_hash("dogs", 3), suffix_hash("hogs", 3));
        assert_ne!(suffix_hash("dogs", 2), suffix_hash("dogs", 3));
        for w in [
            "", "a", "ab", "abc", "abcd", "abcde", "é1ü", "naïve", "x’s", "2026",
        ] {
            assert_eq!(
                suffix_hashes(w),
                [2, 3, 4].map(|k| suffix_hash(w, k)),
                "{w}"
            );
        }
        assert_eq!(shape_hash("Rubio"), shape_hash("Xi"));
        assert_ne!(shape_hash("Rubio"), shape_hash("RUBIO"));
        let text = "CRICKET - LEICESTERSHIRE TAKE OVER";
        assert!(is_caps_line(text, &tokenize(text)));
        let text = "The U.S. and EU";
        assert!(!is_caps_line(text, &tokenize(text)));
    }

    #[test]
    fn features_are_stable_and_depend_on_the_previous_tags() {
        let text = "The cat sat.";
        let toks = tokenize(text);
        let p = Prepared::new(
            text,
            &toks,
            &[Span::new(0, text.len())],
            &Lexicon::default(),
        );
        let (mut a, mut b) = (Vec::new(), Vec::new());
        p.features((0, 4), 1, (2, START), &mut a);
        p.features((0, 4), 1, (2, START), &mut b);
        assert_eq!(a, b);
        b.clear();
        p.features((0, 4), 1, (11, START), &mut b);
        assert_ne!(a, b);
        assert!(a.iter().all(|&k| k != 0 && k < 1 << POS_KEY_BITS));
    }
}
