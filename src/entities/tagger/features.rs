//! Feature extraction for the entity tagger, shared by training and tagging.
//!
//! Every feature is a template number plus the parts it combines: each token's strings (form, lower case,
//! shapes, affixes) are hashed once with 64-bit FNV-1a, features mix those hashes and fold them to a
//! 32-bit key; no string is built per feature. Training and tagging call the same code, so they see the
//! same units (the project's own tokens) and the same keys.
//!
//! The feature set follows the classic CoNLL-2003 recipe (Ratinov & Roth 2009, "Design challenges and
//! misconceptions in named entity recognition"): word forms and lower case in a window of two, shapes,
//! prefixes and suffixes, sentence context (sentence-initial words, all-caps headline lines, lines that
//! are mostly numbers as in results tables), gazetteer flags over token n-grams and their neighbours,
//! and document-level evidence: how the same word is written elsewhere in the document, the words around
//! its other mentions ("context aggregation"), the labels its earlier mentions received ("prediction
//! history") and, for wire copy, the topic word that opens the document (`SOCCER -`).
//! It does not look at anything outside the document.

use super::tags::Tag;
use crate::model::hash::{Hash, IdMap};

use crate::text::{
    any_char, char_indices, chars, first_char, is_ascii, is_lower, is_upper, starts_by, Span,
};
use crate::tokens::{token_at, token_run, Forms, Token, TokenKind};
use crate::vecs::{at, at_mut, run, run_mut};

/// Gazetteer category bits in use: PER, ORG, LOC, MISC of the training names (0..=3), the
/// self-written lists (4..=14) and the public lists (15..=22).
pub(crate) const GAZ_BITS: u8 = 23;

/// Longest gazetteer entry, in tokens.
pub(crate) const GAZ_MAX: usize = 6;

/// Template numbers (the first byte of every feature hash).
mod t {
    pub const BIAS: u8 = 0;
    pub const FORM: u8 = 1;
    pub const LOW0: u8 = 2;
    pub const LOWM1: u8 = 3;
    pub const LOWP1: u8 = 4;
    pub const LOWM2: u8 = 5;
    pub const LOWP2: u8 = 6;
    pub const BIL: u8 = 7;
    pub const BIR: u8 = 8;
    pub const SHAPE0: u8 = 9;
    pub const LSHAPE0: u8 = 10;
    pub const SHAPEM1: u8 = 11;
    pub const SHAPEP1: u8 = 12;
    pub const SHAPE3: u8 = 13;
    pub const PRE: u8 = 14;
    pub const SUF: u8 = 15;
    pub const CTX_SHAPE: u8 = 16;
    pub const LOWM1_SHAPE: u8 = 18;
    pub const SHAPE_LOWP1: u8 = 19;
    pub const GAZ: u8 = 20;
    pub const GAZ_PREV: u8 = 21;
    pub const GAZ_NEXT: u8 = 22;
    pub const DOC_CASE: u8 = 23;
    pub const HIST_CTX: u8 = 24;
    pub const HIST: u8 = 25;
    pub const GAZ_CTX: u8 = 26;
    pub const HIST_PREV: u8 = 27;
    pub const HIST_NEXT: u8 = 28;
    pub const AGG_PREV: u8 = 29;
    pub const AGG_NEXT: u8 = 30;
    pub const TOPIC: u8 = 33;
    pub const WGAZ: u8 = 34;
    pub const WGAZ_ALL: u8 = 35;
    pub const WORD_KEY: u8 = 201;
    pub const GAZ_KEY: u8 = 200;
    pub const CASED_KEY: u8 = 202;
}

/// The normalised lower-case form of a token: [`crate::tokens::fold_lower`] with ASCII digits made `0`
/// (for phrases outside a text's [`Forms`], such as list entries and training names).
pub(crate) fn low_form(s: &str) -> String {
    let mut out = crate::vecs::string_with_capacity(s.len());
    crate::tokens::fold_lower(s, &mut out);
    let mut low = crate::vecs::string_with_capacity(out.len());
    for c in chars(&out) {
        crate::vecs::push_char(&mut low, if c.is_ascii_digit() { '0' } else { c });
    }
    low
}

/// [`low_hash`] of the [`low_form`] of `s`: an ASCII word without a backtick (nearly every one,
/// which [`crate::tokens::fold_lower`] only lower-cases) is hashed byte by byte as it is read, any
/// other one folded into `buf` first.
pub(crate) fn low_hash_of(s: &str, buf: &mut String) -> u64 {
    if crate::tokens::plain_ascii(s) {
        let mut h = Hash::new(t::LOW0);
        for b in s.bytes() {
            h = h.byte(if b.is_ascii_digit() {
                b'0'
            } else {
                b.to_ascii_lowercase()
            });
        }
        return h.byte(0xff).0;
    }
    buf.clear();
    crate::tokens::fold_lower(s, buf);
    Hash::new(t::LOW0).str_fold_digits(buf).0
}

/// The gazetteer key ([`phrase_key`]) of the phrase made of `tokens` of `text`.
pub(crate) fn tokens_key(text: &str, tokens: &[crate::tokens::Token]) -> u32 {
    let mut buf = String::new();
    phrase_key(tokens.iter().map(|t| low_hash_of(t.text(text), &mut buf)))
}

/// The 64-bit hash of a token's [`low_form`].
pub(crate) fn low_hash(low: &str) -> u64 {
    Hash::new(t::LOW0).str(low).0
}

/// The key of a gazetteer phrase given its tokens' [`low_hash`]es.
pub(crate) fn phrase_key(lows: impl IntoIterator<Item = u64>) -> u32 {
    let mut h = Hash::new(t::GAZ_KEY);
    for w in lows {
        h = h.mix(w);
    }
    h.finish()
}

/// A phrase's key grown a token at a time: [`PhraseKey::wide`] after pushing each token's
/// [`low_hash`] is the phrase's [`phrase_key_wide`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct PhraseKey(Hash);

impl Default for PhraseKey {
    fn default() -> Self {
        PhraseKey(Hash::new(t::GAZ_KEY))
    }
}

impl PhraseKey {
    /// The key with one more token, given its [`low_hash`].
    pub(crate) fn push(self, low: u64) -> PhraseKey {
        PhraseKey(self.0.mix(low))
    }

    /// The wide key of the tokens pushed so far.
    pub(crate) fn wide(self) -> u32 {
        self.0.finish_wide()
    }
}

/// The wide key ([`Hash::finish_wide`]) of the phrase made of `tokens` of `text` as written: case,
/// digits and quotes as they are (a [`phrase_key`] compares them in lower case).
pub(crate) fn cased_key(text: &str, tokens: &[crate::tokens::Token]) -> u32 {
    let mut h = Hash::new(t::CASED_KEY);
    for tok in tokens {
        h = h.mix(Hash::new(t::CASED_KEY).str(tok.text(text)).0);
    }
    h.finish_wide()
}

/// The wide key ([`Hash::finish_wide`]) of a phrase given its tokens' [`low_hash`]es, whose
/// [`crate::model::hash::narrow`] key is its [`phrase_key`].
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
pub(crate) fn phrase_key_wide(lows: impl IntoIterator<Item = u64>) -> u32 {
    lows.into_iter()
        .fold(PhraseKey::default(), PhraseKey::push)
        .wide()
}

/// The gazetteer key of a single word inside a name (as opposed to a whole name's [`phrase_key`]).
pub(crate) fn word_key(low: u64) -> u32 {
    Hash::new(t::WORD_KEY).mix(low).finish()
}

/// Folds typographic quotes to ASCII.
fn fold_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        c => c,
    }
}

/// The shape symbol of a character: `X` upper, `x` lower, `d` digit, other characters as they are
/// (typographic quotes folded).
fn shape_symbol(c: char) -> char {
    if c.is_ascii() {
        match c {
            'A'..='Z' => 'X',
            'a'..='z' => 'x',
            '0'..='9' => 'd',
            c => c,
        }
    } else if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        fold_quote(c)
    }
}

/// One word shape being hashed: symbol by symbol, runs collapsed, stopping once it is longer than
/// 16 bytes, and finished as [`Hash::str`] finishes, so no string is built.
struct ShapeHasher {
    h: Hash,
    /// Runs are kept up to two symbols (`Xxx`) instead of one (`Xx`).
    long: bool,
    /// Bytes fed.
    len: usize,
    /// Length of the current run of equal symbols.
    run: usize,
}

impl ShapeHasher {
    fn new(h: Hash, long: bool) -> ShapeHasher {
        ShapeHasher {
            h,
            long,
            len: 0,
            run: 0,
        }
    }

    /// Feeds the next symbol `m`; `repeat` when it equals the one before.
    fn feed(&mut self, m: char, repeat: bool) {
        if self.len > 16 {
            return;
        }
        if repeat {
            self.run += 1;
            if !self.long || self.run >= 3 {
                return;
            }
        } else {
            self.run = 1;
        }
        if m.is_ascii() {
            self.h = self.h.byte(m as u8);
        } else {
            let mut buf = [0u8; 4];
            for &b in m.encode_utf8(&mut buf).as_bytes() {
                self.h = self.h.byte(b);
            }
        }
        self.len += crate::text::char_len(m);
    }

    fn finish(self) -> Hash {
        self.h.byte(0xff)
    }
}

/// The word shapes of `s`, short (`Rubio` -> `Xx`: runs collapse to one symbol) and long (`Xxx`:
/// runs kept up to two), hashed from `short` and `long` in one pass over the characters.
fn shape_hashes(s: &str, short: Hash, long: Hash) -> (Hash, Hash) {
    let (mut a, mut b) = (ShapeHasher::new(short, false), ShapeHasher::new(long, true));
    let mut last = '\0';
    for c in chars(s) {
        let m = shape_symbol(c);
        let repeat = m == last;
        last = m;
        a.feed(m, repeat);
        b.feed(m, repeat);
        if a.len > 16 && b.len > 16 {
            break;
        }
    }
    (a.finish(), b.finish())
}

/// Where a token sits: the middle of an ordinary sentence, its first word, or an all-caps line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Ctx {
    Mid = 0,
    Initial = 1,
    Caps = 2,
}

crate::word_list::word_lists! {
    /// Lower-case words a title-case headline leaves small (`Talks to Resume in Doha`).
    const TITLE_SMALL = "a an and as at but by for from in into of off on or over per the to up vs with";
    /// Marks that no title-case headline holds.
    const NOT_IN_TITLES = "( ) : ;";
}

/// The first token after the dateline that opens tokens `a..b` (`LONDON (AP) — `; see
/// [`crate::sentences::furniture::dateline_prefix`]) or after a live blog's time and its dash
/// (`14:37 — `, `10:58 GMT - `), if there is one.
fn story_start(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<usize> {
    let run = token_run(tokens, a, b);
    let start = token_at(tokens, a).span.start;
    if token_at(tokens, a).kind == TokenKind::Number {
        // Numbers, their colons and a zone or half of the day, then the dash.
        use crate::entities::values::lexicon::{MERIDIEM, ZONES};
        let dash = run.iter().take(6).position(|t| {
            let w = t.text(text);
            !(t.kind == TokenKind::Number
                || w == ":"
                || MERIDIEM.contains_lowercase(w)
                || ZONES.contains(w))
        })?;
        let mark = crate::tokens::token_text(text, tokens, a + dash);
        return (dash > 0 && (crate::tokens::is_dash_token(mark) || mark == "--"))
            .then_some(a + dash + 1);
    }
    let line = Span::new(start, token_at(tokens, b - 1).span.end).slice(text);
    let prefix = crate::sentences::furniture::dateline_prefix(line);
    (prefix > 0).then(|| a + run.partition_point(|t| t.span.start < start + prefix))
}

/// Which tokens are in a title-case headline: a sentence of at least four words (after a web
/// page's rubric, if any), each capitalised but for the small words of [`TITLE_SMALL`], with no
/// final period (prose ends with one). Empty when there is none.
fn title_case_tokens(text: &str, tokens: &[Token], sents: &[(usize, usize)]) -> Vec<bool> {
    let mut shout = Vec::new();
    for &(a, b) in sents {
        // A Markdown heading's `#` marks (`# Talks to Resume in Doha`) are no part of its words.
        let a = a + token_run(tokens, a, b)
            .iter()
            .position(|t| text.as_bytes().get(t.span.start) != Some(&b'#'))
            .unwrap_or(0);
        // Nor is a web page's rubric and its colon (`Related: Utah Lawmakers Weigh New ...`).
        let a = a + crate::entities::names::rubric_len(text, token_run(tokens, a, b));
        // Capitalised words, and those of them with a small letter (none: an all-caps line, which
        // the tagger knows already).
        let (mut capitals, mut mixed, mut commas) = (0, 0, 0);
        // A list of names (`Wood , Loren Roberts , Steve Stricker`), a table row (`8. Al Unser Jr
        // ( U.S. ) , Penske`) or a credit line (`-- New York Energy Desk`) is no headline.
        let mut title =
            token_at(tokens, a).kind == TokenKind::Word && !token_at(tokens, b - 1).is(text, ".");
        for t in token_run(tokens, a, b) {
            let w = t.text(text);
            if t.kind != TokenKind::Word {
                commas += usize::from(w == ",");
                title &= commas <= 1 && !NOT_IN_TITLES.contains(w);
                if !title {
                    break;
                }
                continue;
            }
            if starts_by(w, is_upper) {
                capitals += 1;
                mixed += usize::from(any_char(w, is_lower));
            } else if !TITLE_SMALL.contains(&w) && !crate::tokens::is_possessive_token(w) {
                title = false;
                break;
            }
        }
        if title && capitals >= 4 && mixed >= 2 {
            crate::vecs::resize(&mut shout, tokens.len(), false);
            run_mut(&mut shout, a, b).fill(true);
        }
    }
    shout
}

/// What the features need to know about one token (strings kept as 64-bit hashes).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokInfo {
    form: u64,
    /// [`low_hash`] of the token.
    pub(crate) low: u64,
    shape: u64,
    long_shape: u64,
    /// Hashes of the lower-case prefixes and suffixes of 1..=4 chars (0: the word is too short).
    pre: [u64; 4],
    suf: [u64; 4],
    /// Starts with an upper-case letter.
    pub(crate) cap: bool,
    /// Has an upper-case letter somewhere.
    upper: bool,
    /// Has a digit, or is punctuation that may end a name (`.`, `)`, `&`).
    may_end: bool,
    ctx: Ctx,
    /// In a line that is mostly numbers (a results table).
    table: bool,
    /// Gazetteer categories of matches starting here / continuing here.
    gb: u32,
    gi: u32,
    /// How the word is written elsewhere in the document (bit 0: capitalised mid-sentence, bit 1: lower
    /// case, bit 2: all caps).
    dc: u8,
    /// Types (PER, ORG, LOC, MISC bits) of the training names that contain this word.
    wb: u8,
    /// Where this capitalised word's context pairs lie in [`DocCtx`]'s `agg`: the words next to
    /// its other mentions in the document, for context aggregation (start and end indices).
    agg: (u32, u32),
}

/// The parts of a token's [`TokInfo`] that depend on its text alone (`low` is its lower form), and its
/// letter counts (upper, lower, letters).
fn word_info(s: &str, low: &str) -> (TokInfo, (u16, u16, u16)) {
    let mut form = Hash::new(t::FORM);
    // Counted in full, then capped at `u16::MAX` (as adding one at a time with saturation gives).
    let (mut up, mut lo, mut letters) = (0usize, 0usize, 0usize);
    let mut numeric = false;
    if is_ascii(s) {
        for &b in s.as_bytes() {
            form = form.byte(b);
            letters += usize::from(b.is_ascii_alphabetic());
            up += usize::from(b.is_ascii_uppercase());
            lo += usize::from(b.is_ascii_lowercase());
            numeric |= b.is_ascii_digit();
        }
    } else {
        for c in chars(s) {
            let mut buf = [0u8; 4];
            for &b in fold_quote(c).encode_utf8(&mut buf).as_bytes() {
                form = form.byte(b);
            }
            letters += usize::from(c.is_alphabetic());
            if c.is_uppercase() {
                up += 1;
            } else if c.is_lowercase() {
                lo += 1;
            }
            numeric |= c.is_numeric();
        }
    }
    let cap = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let (up, lo, letters) = (cap(up), cap(lo), cap(letters));
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    // The prefixes of 1..=4 characters, each while the word goes on past it, hashed in one pass (the
    // hash of a prefix is the running hash at its end, terminated).
    let fold = |b: u8| if b.is_ascii_digit() { b'0' } else { b };
    let mut h = Hash::new(t::PRE);
    let ascii = is_ascii(low);
    if ascii {
        // One byte per character.
        for (k, &b) in low.as_bytes().iter().take(5).enumerate() {
            if k > 0 {
                *at_mut(&mut pre, k - 1) = h.byte(0xff).0;
            }
            h = h.byte(fold(b));
        }
    } else {
        for (k, (i, c)) in char_indices(low).take(5).enumerate() {
            if k > 0 {
                *at_mut(&mut pre, k - 1) = h.byte(0xff).0;
            }
            for &b in run(low.as_bytes(), i, i + crate::text::char_len(c)) {
                h = h.byte(fold(b));
            }
        }
    }
    // Byte offsets of the last five characters (one byte each in an ASCII word).
    let n = if ascii { low.len() } else { chars(low).count() };
    let mut tail = [0usize; 5];
    if ascii {
        for (k, at) in tail.iter_mut().enumerate().take(n) {
            *at = n - 1 - k;
        }
    } else {
        for (k, (i, _)) in char_indices(low).rev().take(5).enumerate() {
            *at_mut(&mut tail, k) = i;
        }
    }
    for k in 1..=4usize.min(n.saturating_sub(1)) {
        *at_mut(&mut suf, k - 1) = Hash::new(t::SUF)
            .str_fold_digits(crate::text::tail(low, *at(&tail, k - 1)))
            .0;
    }
    let (shape, long_shape) = shape_hashes(s, Hash::new(t::SHAPE0), Hash::new(t::LSHAPE0));
    let info = TokInfo {
        form: form.0,
        low: Hash::new(t::LOW0).str_fold_digits(low).0,
        shape: shape.0,
        long_shape: long_shape.0,
        pre,
        suf,
        cap: first_char(s).is_some_and(is_upper),
        upper: up > 0,
        may_end: numeric || matches!(s, "." | ")" | "&"),
        ctx: Ctx::Mid,
        table: false,
        gb: 0,
        gi: 0,
        dc: 0,
        wb: 0,
        agg: (0, 0),
    };
    (info, (up, lo, letters))
}

const BOS: u64 = 0x5151_5151_0000_0001;
const EOS: u64 = 0x5151_5151_0000_0002;

/// A document prepared for tagging: token information and sentences as token ranges.
#[derive(Clone, Debug)]
pub(crate) struct DocCtx {
    /// One entry per token of the text.
    pub(crate) toks: Vec<TokInfo>,
    /// Sentences as half-open token index ranges, in order, non-empty.
    pub(crate) sents: Vec<(usize, usize)>,
    /// The document's first word when it opens an all-caps line (news wires put the topic there:
    /// `SOCCER -`), else 0.
    topic: u64,
    /// Every token's context pairs one after another (hashes of the word before and of the word
    /// after another mention of the same capitalised word); [`TokInfo`]'s `agg` says which are whose.
    agg: Vec<(u64, u64)>,
}

/// What the document shows of one lower-case word: how it is written in the middle of ordinary
/// sentences, and up to [`Mentions::MAX`] token indices of its capitalised mentions, held inline (no
/// allocation per word). One map of these serves both (one hash table type fewer in the `.wasm`).
#[derive(Clone, Copy, Debug, Default)]
struct Mentions {
    /// The [`TokInfo`] `dc` bits: 1 capitalised, 2 lower case, 4 all capitals.
    mid: u8,
    len: u8,
    at: [u32; Mentions::MAX],
}

impl Mentions {
    /// Mentions kept per word.
    const MAX: usize = 8;

    /// Adds token `k`, unless [`Mentions::MAX`] are held already.
    fn push(&mut self, k: usize) {
        if usize::from(self.len) < Mentions::MAX {
            self.at[usize::from(self.len)] = k as u32;
            self.len += 1;
        }
    }

    /// The token indices held, in order.
    fn as_slice(&self) -> &[u32] {
        run(&self.at, 0, usize::from(self.len))
    }
}

impl DocCtx {
    /// Prepares `tokens` of `text` split by `sentences`, reading each token's lower-case form from
    /// `forms.0` (token `k` of `tokens` is form `forms.1 + k`); `gaz` gives the gazetteer categories of a phrase
    /// key (0 when unknown).
    pub(crate) fn new(
        text: &str,
        tokens: &[Token],
        forms: (&Forms, usize),
        sentences: &[Span],
        gaz: &impl Fn(u32) -> u32,
    ) -> DocCtx {
        let (forms, first) = forms;
        // Sentences as token ranges: each token goes to the sentence holding its start.
        let mut sents = crate::vecs::with_capacity(sentences.len());
        let mut i = 0;
        for s in sentences {
            while i < tokens.len() && tokens[i].span.start < s.start {
                // A token outside every sentence (should not happen): a sentence of its own.
                sents.push((i, i + 1));
                i += 1;
            }
            let a = i;
            while i < tokens.len() && tokens[i].span.start < s.end {
                i += 1;
            }
            if i > a {
                sents.push((a, i));
            }
        }
        if i < tokens.len() {
            sents.push((i, tokens.len()));
        }
        // Headlines written in title case (`Minister Rejects Claims`) read as the all-caps headlines
        // of the training data: capitals there say nothing about names. (ASCII letters are raised;
        // a few others left small do not stop a line from reading as all caps.)
        let shout = title_case_tokens(text, tokens, &sents);
        // Letter statistics per token: (upper, lower, letters).
        let mut cases: Vec<(u16, u16, u16)> = crate::vecs::with_capacity(tokens.len());
        // What depends on the token's text alone is computed once per distinct spelling in the
        // document: `seen[id]` indexes `infos`.
        let mut seen: Vec<Option<usize>> = crate::vecs::filled(None, forms.spellings());
        let mut infos: Vec<(TokInfo, (u16, u16, u16))> =
            crate::vecs::with_capacity(forms.spellings().min(tokens.len()));
        let mut toks: Vec<TokInfo> = crate::vecs::with_capacity(tokens.len());
        for (k, tk) in tokens.iter().enumerate() {
            let shouted = shout.get(k) == Some(&true);
            let info = match forms.spelling(first + k).filter(|_| !shouted) {
                Some(id) => {
                    let slot = *at_mut(&mut seen, id.index()).get_or_insert_with(|| {
                        infos.push(word_info(tk.text(text), forms.spelling_lower(id)));
                        infos.len() - 1
                    });
                    at(&infos, slot)
                }
                None => {
                    let (word, low) = if shouted {
                        (
                            std::borrow::Cow::Owned(crate::text::ascii_uppercase(tk.text(text))),
                            forms.lower(first + k),
                        )
                    } else {
                        (std::borrow::Cow::Borrowed(tk.text(text)), "")
                    };
                    infos.push(word_info(&word, low));
                    at(&infos, infos.len() - 1)
                }
            };
            cases.push(info.1);
            toks.push(info.0);
        }
        for &(a, b) in &sents {
            let (mut upper, mut lower, mut numbers) = (0usize, 0usize, 0usize);
            for k in a..b {
                let kind = token_at(tokens, k).kind;
                if kind == TokenKind::Word {
                    let (up, low, _) = *at(&cases, k);
                    upper += usize::from(up);
                    lower += usize::from(low);
                } else if kind == TokenKind::Number {
                    numbers += 1;
                }
            }
            let table = numbers >= 2 && numbers * 4 >= b - a;
            let caps = upper >= 4 && lower * 10 <= upper;
            for tk in run_mut(&mut toks, a, b) {
                tk.table = table;
                if caps {
                    tk.ctx = Ctx::Caps;
                }
            }
            if !caps {
                if let Some(k) = (a..b).find(|&k| {
                    matches!(
                        token_at(tokens, k).kind,
                        TokenKind::Word | TokenKind::Number
                    )
                }) {
                    at_mut(&mut toks, k).ctx = Ctx::Initial;
                }
                // One capitalised word after a wire's dateline or a live blog's time, before a
                // small word, opens the story as a sentence's first word does (`LONDON (AP) —
                // Teenagers who`, `14:37 — Sirens sound`; CoNLL-2003 puts its datelines on lines of
                // their own). A name of more words keeps its capitals' evidence (`— Halima Adam`).
                if let Some(k) = story_start(text, tokens, a, b).filter(|&k| {
                    k + 1 < b
                        && token_at(tokens, k).kind == TokenKind::Word
                        && starts_by(token_at(tokens, k + 1).text(text), |c| {
                            c.is_ascii_lowercase()
                        })
                }) {
                    at_mut(&mut toks, k).ctx = Ctx::Initial;
                }
            }
            // Gazetteer matches over the sentence's token n-grams.
            for i in a..b {
                let mut h = Hash::new(t::GAZ_KEY);
                for len in 1..=GAZ_MAX.min(b - i) {
                    let j = i + len - 1;
                    h = h.mix(at(&toks, j).low);
                    let bits = gaz(h.finish());
                    if bits != 0 {
                        at_mut(&mut toks, i).gb |= bits;
                        for tk in run_mut(&mut toks, i + 1, j + 1) {
                            tk.gi |= bits;
                        }
                    }
                }
            }
        }
        // How each word is written in the middle of ordinary sentences. Looked up only (never
        // iterated), so its capacity changes nothing but the work of growing.
        let mut words: IdMap<Mentions> = IdMap::with_capacity(tokens.len() / 2);
        for (k, tk) in toks.iter().enumerate() {
            if tk.ctx != Ctx::Mid || token_at(tokens, k).kind != TokenKind::Word {
                continue;
            }
            let (up, _, letters) = *at(&cases, k);
            let bit = if up == 0 {
                2
            } else if up == letters && letters >= 2 {
                4
            } else if tk.cap {
                1
            } else {
                0
            };
            words.get_or_insert_with(&tk.low, Mentions::default).mid |= bit;
        }
        for tk in &mut toks {
            tk.dc = words.get(&tk.low).map_or(0, |w| w.mid);
            if tk.cap {
                tk.wb = (gaz(word_key(tk.low)) & 0xF) as u8;
            }
        }
        // Context aggregation (Ratinov & Roth 2009): the neighbours of the other mentions of each
        // capitalised word, up to a few mentions.
        let mut bounds = crate::vecs::filled((0usize, 0usize), toks.len());
        for &(a, b) in &sents {
            for x in run_mut(&mut bounds, a, b) {
                *x = (a, b);
            }
        }
        for (k, tk) in toks.iter().enumerate() {
            if tk.cap && token_at(tokens, k).kind == TokenKind::Word {
                words.get_or_insert_with(&tk.low, Mentions::default).push(k);
            }
        }
        let mut agg: Vec<(u64, u64)> = Vec::new();
        for k in 0..toks.len() {
            let tk = at(&toks, k);
            if !tk.cap {
                continue;
            }
            let Some(others) = words.get(&tk.low).filter(|w| w.len > 0) else {
                continue;
            };
            let start = agg.len();
            for &j in others.as_slice() {
                let j = j as usize;
                if j == k {
                    continue;
                }
                let (a, b) = *at(&bounds, j);
                let prev = if j > a { at(&toks, j - 1).low } else { BOS };
                let next = if j + 1 < b { at(&toks, j + 1).low } else { EOS };
                if !run(&agg, start, agg.len()).contains(&(prev, next)) {
                    agg.push((prev, next));
                }
            }
            at_mut(&mut toks, k).agg = (start as u32, agg.len() as u32);
        }
        let topic = toks
            .first()
            .filter(|tk| tk.ctx == Ctx::Caps)
            .map_or(0, |tk| tk.low);
        DocCtx {
            toks,
            sents,
            topic,
            agg,
        }
    }

    /// True when token `i` of the sentence `a..b` is surely outside every name, so the tagger need
    /// not score it: a token without an upper-case letter, in the middle of an ordinary sentence,
    /// unless it sits between upper-case tokens at most two away on both sides (`of` in `Bank of
    /// England`, `de` in `Charles de Gaulle`) or directly follows one and may end a name (`Apollo 11`,
    /// `Bros .`). Names are written with capitals, so in ordinary text about four tokens in five are
    /// skipped; on CoNLL-2003 dev and wikigold this changes no F1 for the worse (a few false
    /// mentions go).
    pub(crate) fn surely_outside(&self, a: usize, b: usize, i: usize) -> bool {
        let cased = |j: usize| {
            let tk = at(&self.toks, j);
            tk.upper || tk.ctx != Ctx::Mid
        };
        if cased(i) {
            return false;
        }
        let left = (i.saturating_sub(2).max(a)..i).any(cased);
        let right = (i + 1..(i + 3).min(b)).any(cased);
        let ends_name = i > a && cased(i - 1) && at(&self.toks, i).may_end;
        !(ends_name || left && right)
    }

    /// Appends the features of token `i` in the sentence `a..b` to `out`, using `hist` (the labels the
    /// document's earlier mentions got).
    pub(crate) fn features(
        &self,
        a: usize,
        b: usize,
        i: usize,
        hist: &History,
        out: &mut Vec<u32>,
    ) {
        let tk = crate::vecs::at(&self.toks, i);
        let ctx = tk.ctx as u8;
        let at = |k: isize| -> Option<&TokInfo> {
            let j = i as isize + k;
            if j < a as isize || j >= b as isize {
                None
            } else {
                self.toks.get(j as usize)
            }
        };
        let low = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |x| x.low);
        let shp = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |x| x.shape);
        let f = |template: u8| Hash::new(template);
        push_key(out, f(t::BIAS));
        push_key(out, f(t::FORM).mix(tk.form));
        push_key(out, f(t::LOW0).mix(tk.low));
        push_key(out, f(t::LOWM1).mix(low(-1)));
        push_key(out, f(t::LOWP1).mix(low(1)));
        push_key(out, f(t::LOWM2).mix(low(-2)));
        push_key(out, f(t::LOWP2).mix(low(2)));
        push_key(out, f(t::BIL).mix(low(-1)).mix(tk.low));
        push_key(out, f(t::BIR).mix(tk.low).mix(low(1)));
        push_key(out, f(t::SHAPE0).mix(tk.shape));
        push_key(out, f(t::LSHAPE0).mix(tk.long_shape));
        push_key(out, f(t::SHAPEM1).mix(shp(-1)));
        push_key(out, f(t::SHAPEP1).mix(shp(1)));
        push_key(out, f(t::SHAPE3).mix(shp(-1)).mix(tk.shape).mix(shp(1)));
        push_key(
            out,
            f(t::CTX_SHAPE).byte(ctx).byte(tk.table as u8).mix(tk.shape),
        );
        push_key(out, f(t::LOWM1_SHAPE).mix(low(-1)).mix(tk.shape));
        push_key(out, f(t::SHAPE_LOWP1).mix(tk.shape).mix(low(1)));
        for k in 0..4 {
            if tk.pre[k] != 0 {
                push_key(out, f(t::PRE).mix(tk.pre[k]));
                push_key(out, f(t::SUF).mix(tk.suf[k]));
            }
        }
        // Gazetteer categories here and next door.
        let prev = if i > a {
            let p = crate::vecs::at(&self.toks, i - 1);
            p.gb | p.gi
        } else {
            0
        };
        let next = if i + 1 < b {
            let tk = crate::vecs::at(&self.toks, i + 1);
            tk.gb | tk.gi
        } else {
            0
        };
        let all = tk.gb | tk.gi | prev | next;
        if all != 0 {
            for bit in 0..GAZ_BITS {
                let m = 1u32 << bit;
                if all & m == 0 {
                    continue;
                }
                if tk.gb & m != 0 {
                    push_key(out, f(t::GAZ).byte(bit).byte(b'B'));
                    push_key(out, f(t::GAZ_CTX).byte(bit).byte(ctx));
                }
                if tk.gi & m != 0 {
                    push_key(out, f(t::GAZ).byte(bit).byte(b'I'));
                }
                if prev & m != 0 {
                    push_key(out, f(t::GAZ_PREV).byte(bit));
                }
                if next & m != 0 {
                    push_key(out, f(t::GAZ_NEXT).byte(bit));
                }
            }
        }
        if tk.cap || ctx == Ctx::Caps as u8 {
            push_key(out, f(t::DOC_CASE).byte(tk.dc).byte(ctx).byte(tk.cap as u8));
            if let Some(h) = hist.majority(tk.low) {
                push_key(out, f(t::HIST).byte(h));
                push_key(out, f(t::HIST_CTX).byte(h).byte(ctx).byte(tk.table as u8));
            }
        }
        if let Some(p) = at(-1).filter(|p| p.cap) {
            if let Some(h) = hist.majority(p.low) {
                push_key(out, f(t::HIST_PREV).byte(h));
            }
        }
        if let Some(p) = at(1).filter(|p| p.cap) {
            if let Some(h) = hist.majority(p.low) {
                push_key(out, f(t::HIST_NEXT).byte(h));
            }
        }
        if tk.wb != 0 {
            push_key(out, f(t::WGAZ_ALL).byte(tk.wb).byte(ctx));
            for bit in 0..4u8 {
                if tk.wb & (1 << bit) != 0 {
                    push_key(out, f(t::WGAZ).byte(bit));
                }
            }
        }
        if self.topic != 0 && (tk.cap || ctx == Ctx::Caps as u8) {
            let bits = (tk.gb | tk.gi) & 0x7f;
            push_key(out, f(t::TOPIC).mix(self.topic).byte(tk.table as u8));
            push_key(out, f(t::TOPIC).mix(self.topic).mix(u64::from(bits)));
        }
        let (from, to) = tk.agg;
        for &(p, n) in run(&self.agg, from as usize, to as usize) {
            push_key(out, f(t::AGG_PREV).mix(p));
            push_key(out, f(t::AGG_NEXT).mix(n));
        }
    }
}

/// Appends the key of `h` (`out.push(h.finish())`). Inlined natively; one call in the .wasm, where
/// the push's capacity check would be repeated at each of the forty-odd feature templates.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn push_key(out: &mut Vec<u32>, h: Hash) {
    out.push(h.finish());
}

/// The labels earlier sentences of the document gave each capitalised word (Ratinov & Roth 2009's
/// "extended prediction history"): counts of O, PER, ORG, LOC, MISC per lower-case form.
#[derive(Clone, Debug, Default)]
pub(crate) struct History {
    counts: IdMap<[u16; 5]>,
}

impl History {
    /// The most frequent label so far (0 = outside, 1..=4 = PER, ORG, LOC, MISC), if the word was seen.
    pub(crate) fn majority(&self, low: u64) -> Option<u8> {
        let c = self.counts.get(&low)?;
        let mut best = 0;
        for k in 1..5 {
            if c[k] > c[best] {
                best = k;
            }
        }
        Some(best as u8)
    }

    /// Records the tags of the sentence starting at token `a` of `doc`.
    pub(crate) fn record(&mut self, doc: &DocCtx, a: usize, tags: &[Tag]) {
        for (k, &tag) in tags.iter().enumerate() {
            let tk = at(&doc.toks, a + k);
            if !tk.cap {
                continue;
            }
            let k = tag.ty().map_or(0, |t| t.index() + 1);
            let e = self.counts.get_or_insert_with(&tk.low, || [0; 5]);
            e[k] = e[k].saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let shape = |s: &str, long: bool| {
            let (short, longer) = shape_hashes(s, Hash::new(9), Hash::new(9));
            if long {
                longer.0
            } else {
                short.0
            }
        };
        let of = |written: &str| Hash::new(9).str(written).0;
        assert_eq!(shape("Rubio", false), of("Xx"));
        assert_eq!(shape("Rubio", true), of("Xxx"));
        assert_eq!(shape("U.S.", false), of("X.X."));
        assert_eq!(shape("1996-08-30", false), of("d-d-d"));
        assert_eq!(shape("O’Neill", false), of("X'Xx"));
        // At most one symbol past 16 bytes.
        assert_eq!(shape(&"a1".repeat(20), false), of(&("xd".repeat(8) + "x")));
    }

    #[test]
    fn lower_case_tokens_away_from_capitals_are_skipped() {
        let text = "Yesterday the Bank of England raised rates , said Apollo 11 fans in the city .";
        let toks = crate::tokens::tokenize(text);
        let forms = Forms::new(text, &toks);
        let doc = DocCtx::new(
            text,
            &toks,
            (&forms, 0),
            &[Span::new(0, text.len())],
            &|_| 0,
        );
        let n = toks.len();
        let skipped: Vec<&str> = (0..n)
            .filter(|&i| doc.surely_outside(0, n, i))
            .map(|i| toks[i].text(text))
            .collect();
        assert_eq!(
            skipped,
            ["raised", "rates", ",", "said", "fans", "in", "the", "city", "."]
        );
    }

    #[test]
    fn low_forms_fold_quotes_and_digits() {
        assert_eq!(low_form("Sheinbaum’s"), "sheinbaum's");
        assert_eq!(low_form("MEXICO 2026"), "mexico 0000");
        let mut buf = String::new();
        for w in [
            "Sheinbaum’s",
            "MEXICO",
            "F-35A",
            "``Yes",
            "Zürich",
            "ÉCOLE 42",
            "x",
        ] {
            assert_eq!(low_hash_of(w, &mut buf), low_hash(&low_form(w)), "{w}");
        }
    }

    #[test]
    fn hashes_differ_by_template_and_split() {
        assert_ne!(
            Hash::new(1).str("a").finish(),
            Hash::new(2).str("a").finish()
        );
        assert_ne!(
            Hash::new(1).mix(1).mix(2).finish(),
            Hash::new(1).mix(2).mix(1).finish()
        );
        assert_ne!(
            Hash::new(1).str("ab").str("c").finish(),
            Hash::new(1).str("a").str("bc").finish()
        );
    }
}
