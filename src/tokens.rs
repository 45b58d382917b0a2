//! Word tokens with byte spans.
//!
//! The tokenizer splits raw prose the way the CoNLL-2003 and Penn Treebank corpora split it, so that a
//! tagger trained on them sees familiar units: `Mexico's` is `Mexico` + `'s`, `don't` is `do` + `n't`,
//! `U.S.-Mexico` is `U.S.` + `-` + `Mexico`, while `U.S.`, `Mr.`, `J.`, `3.5`, `1,000`, `10:30`,
//! `Jean-Pierre`, `O'Brien` and `AT&T` stay whole. Whitespace is never a token; every other character
//! belongs to exactly one token. Tokens never change the text: each is a [`Span`].
//!
//! Hyphenated words stay whole (`Jean-Pierre`, `Coca-Cola`, `COVID-19`, `e-mail`, `well-known`), with
//! one exception, so that the entity tagger can see a name on its own: a capitalised name, a hyphen and
//! a lower-case suffix from a closed list of words that turn the name into a modifier (`based`, `made`,
//! `born`, `led`, `backed`, `owned`, `run`, `funded`, `era`, `style`, ...) is three tokens. So
//! `Austin-based` is `Austin` + `-` + `based`, `San Francisco-based` is `San` + `Francisco` + `-` +
//! `based`, `Rolls-Royce-owned` is `Rolls-Royce` + `-` + `owned` (only the last hyphen splits) and
//! `al-Qaeda-linked` is `al-Qaeda` + `-` + `linked`; a wire's sport before a capitalised name
//! splits too (`Soccer-Salah` is `Soccer` + `-` + `Salah`). Capitalised ordinary words stay whole
//! (`State-owned`, `Self-made`, `Co-led`), as do one-letter names (`A-listed`) and suffixes outside the
//! list (`Paris-year`) or not in lower case (`Austin-Based`).

use crate::abbreviations;
use crate::text::{
    all_char, any_char, char_count, char_indices, chars, eq_ignore_case, first_char, head,
    is_alpha, is_space, is_upper, last_char, split_by, split_once_char, starts_by, tail, Span,
};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Contains a letter (`Rubio`, `U.S.`, `'s`, `COVID-19`).
    Word,
    /// Starts with a digit and holds no letter (`2026`, `3.5`, `1,000`, `10:30`).
    Number,
    /// Punctuation (`.`, `,`, `"`, `...`, `--`).
    Punct,
    /// Anything else (`$`, `%`, `€`, emoji).
    Symbol,
}

/// One token: where it is and what it is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the token in the text.
    pub span: Span,
    /// The token's kind.
    pub kind: TokenKind,
}

impl crate::text::Spanned for Token {
    fn span_of(&self) -> Span {
        self.span
    }
}

impl Token {
    /// The token's text.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }

    /// True when the token's text starts with an upper-case letter. Inlined natively; one call in
    /// the .wasm, where each rule's test would read the token's text and its first char inline.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn capitalised(&self, text: &str) -> bool {
        // Natively the first byte first: an ASCII one other than a capital (most tokens), or none,
        // answers without cutting the text out.
        #[cfg(not(target_arch = "wasm32"))]
        if text
            .as_bytes()
            .get(self.span.start)
            .is_none_or(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            return false;
        }
        starts_by(self.text(text), is_upper)
    }

    /// True when the token's text is `word`. One call in the .wasm, where each rule's comparison
    /// would read the token's text inline.
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    pub(crate) fn is(&self, text: &str, word: &str) -> bool {
        self.text(text) == word
    }

    /// True when the token's text is `word`. Natively the token's length first, then its bytes,
    /// without cutting its text out (two tests of char boundaries): a word's bytes in UTF-8 text
    /// start and end on the characters' boundaries where the word's own do. The empty word keeps
    /// the test of the text, which a span that fits no text passes too.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline]
    pub(crate) fn is(&self, text: &str, word: &str) -> bool {
        if word.is_empty() {
            return self.text(text).is_empty();
        }
        self.span.end.wrapping_sub(self.span.start) == word.len()
            && text.as_bytes().get(self.span.start..self.span.end) == Some(word.as_bytes())
    }
}

/// The text of `tokens[i]`, or `""` past the last token. One call in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn token_text<'a>(text: &'a str, tokens: &[Token], i: usize) -> &'a str {
    tokens.get(i).map_or("", |t| t.text(text))
}

/// True when `tokens[i]` starts with an upper-case letter ([`Token::capitalised`]); false past the
/// last token. One call in the .wasm, as [`token_text`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn capitalised_at(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.capitalised(text))
}

/// Natively, true when the first byte of `tokens[i]` in `text` passes `test` (false past the last
/// token): a cheap look before a per-token look-up in a word list, where `test` holds for the first
/// byte of each of the list's words (a test checks each use). Always true in the .wasm, where the
/// list's look-up alone is fewer bytes.
#[inline(always)]
pub(crate) fn may_start(text: &str, tokens: &[Token], i: usize, test: fn(u8) -> bool) -> bool {
    cfg!(target_arch = "wasm32")
        || tokens
            .get(i)
            .and_then(|t| text.as_bytes().get(t.span.start))
            .is_some_and(|&b| test(b))
}

/// True when the text of `tokens[i]` is `word`; false past the last token. One call in the .wasm,
/// as [`token_text`].
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub(crate) fn token_is(text: &str, tokens: &[Token], i: usize, word: &str) -> bool {
    token_text(text, tokens, i) == word
}

/// True when the text of `tokens[i]` is `word`; false past the last token: natively
/// [`Token::is`]'s test.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub(crate) fn token_is(text: &str, tokens: &[Token], i: usize, word: &str) -> bool {
    tokens.get(i).map_or(word.is_empty(), |t| t.is(text, word))
}

/// The token `tokens[i]`, panicking as indexing does past the last one. One call in the .wasm,
/// where each index's bounds check and the location its panic reports would be repeated at each
/// rule that reads a token.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn token_at(tokens: &[Token], i: usize) -> &Token {
    &tokens[i]
}

/// The tokens `tokens[a..b]`, panicking as slicing does when the range does not fit. One call in
/// the .wasm, where each slice's bounds checks and the location its panic reports would be
/// repeated at each rule that reads a run of tokens.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn token_run(tokens: &[Token], a: usize, b: usize) -> &[Token] {
    &tokens[a..b]
}

/// True for characters that continue a word: letters, digits and combining marks. Always inlined
/// natively (the tokenizer asks it of nearly every character, and its ASCII test is shorter than a
/// call); in the .wasm, where the forced inlining costs bytes, a hint.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline)]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    crate::text::is_alnum(c) || is_combining_mark(c)
}

/// Common combining-mark blocks (accents typed as separate code points, Indic vowel signs, variation
/// selectors), so that `é` written as `e` + U+0301 stays inside its word.
pub fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957
        | 0x0962 | 0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x0E31 | 0x0E34..=0x0E3A
        | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// True for apostrophes: `'`, `’` and `ʼ`.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// True for hyphens that join words: `-` and `‐` (U+2010), `‑` (U+2011).
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// True for a token that is one hyphen alone (`-` between `Austin` and `based`).
pub fn is_hyphen_token(s: &str) -> bool {
    let mut c = chars(s);
    c.next().is_some_and(is_hyphen) && c.next().is_none()
}

/// True for a token that is one apostrophe alone (`'` between `D` and `AMPEZZO`).
pub fn is_apostrophe_token(s: &str) -> bool {
    let mut c = chars(s);
    c.next().is_some_and(is_apostrophe) && c.next().is_none()
}

/// True for a possessive clitic token (`'s` or `’s`, split from `Gunn's`).
pub fn is_possessive_token(s: &str) -> bool {
    POSSESSIVE_ENDINGS.contains(s)
}

/// True for a dash standing alone: a hyphen, an en dash or an em dash. Inlined natively; one call in
/// the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_dash_token(w: &str) -> bool {
    DASHES.contains(w)
}

/// True for punctuation (as opposed to symbols such as `$` or emoji).
pub fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '#' | '@' | '&' | '*'
        )
        || matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x3008..=0x3011
            | 0x3014..=0x301F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF1F | 0x00A1 | 0x00A7 | 0x00AB | 0x00B6
            | 0x00B7 | 0x00BB | 0x00BF | 0x060C | 0x061B | 0x061F | 0x06D4 | 0x0964 | 0x0965)
}

/// Natively, the spellings [`Forms::new`] has met, in a table of their own where the .wasm uses a
/// [`crate::model::pooled::PooledMap`]: the ids need no order of iteration, so one hash of the
/// spelling places it (the pooled map hashes it twice, into a table that grows as it fills, and
/// copies each new spelling into its pool). The ids are the same: each new spelling takes the next
/// one, in the order of the tokens.
#[cfg(not(target_arch = "wasm32"))]
struct Seen<'t> {
    /// Open addressing with linear probing: each slot the high half of a spelling's hash and its id
    /// plus one (0: empty). A power of two long, at most half full.
    slots: Vec<(u32, u32)>,
    /// `slots.len()` is `1 << bits` (at most 32).
    bits: u32,
    /// Each id's spelling, as written.
    texts: Vec<&'t str>,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'t> Seen<'t> {
    /// An empty table for the spellings of `n` tokens: room for half as many before it grows (a
    /// text's distinct spellings are fewer).
    fn with_room(n: usize) -> Self {
        let bits = (n / 2).max(8).next_power_of_two().trailing_zeros() + 1;
        Seen {
            slots: vec![(0, 0); 1 << bits],
            bits,
            texts: Vec::with_capacity(n / 2 + 1),
        }
    }

    /// The slot of the first probe for a hash whose high half is `tag`: its top bits (the hash's
    /// last step is a multiplication, whose low bits mix least).
    fn home(&self, tag: u32) -> usize {
        (tag >> (32 - self.bits)) as usize
    }

    /// The id of spelling `s`, made by `make` when `s` is new.
    fn get_or_insert_with(&mut self, s: &'t str, make: impl FnOnce() -> u32) -> u32 {
        use std::hash::BuildHasher;
        if (self.texts.len() + 1) * 2 > self.slots.len() && self.bits < 32 {
            self.grow();
        }
        let h =
            std::hash::BuildHasherDefault::<crate::model::hash::FastHasher>::default().hash_one(s);
        let tag = (h >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut i = self.home(tag);
        loop {
            let (t, id) = *crate::vecs::at(&self.slots, i);
            if id == 0 {
                let new = make();
                self.texts.push(s);
                *crate::vecs::at_mut(&mut self.slots, i) = (tag, new.saturating_add(1));
                return new;
            }
            if t == tag && self.texts.get(id as usize - 1).is_some_and(|w| *w == s) {
                return id - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the table, each spelling put back at its hash.
    fn grow(&mut self) {
        self.bits += 1;
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); 1 << self.bits]);
        let mask = self.slots.len() - 1;
        for (tag, id) in old {
            if id == 0 {
                continue;
            }
            let mut i = self.home(tag);
            while crate::vecs::at(&self.slots, i).1 != 0 {
                i = (i + 1) & mask;
            }
            *crate::vecs::at_mut(&mut self.slots, i) = (tag, id);
        }
    }
}

/// The id of one distinct spelling of a text's tokens ([`Forms::spelling`]): two tokens share it
/// exactly when their texts are equal, so what depends on a token's text alone can be worked out
/// once per id, in a table indexed by it, instead of once per token or through a hash map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Spelling(u32);

impl Spelling {
    /// The id as an index (`0..forms.spellings()`).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Per-token normalised forms, computed once beside the tokens and read by every later stage (the
/// entity tagger, the part-of-speech tagger, the value scanners, keyphrases and the summary), so no
/// stage lower-cases the text again. Each distinct spelling is interned once: a token holds its
/// [`Spelling`] id, and the lower-case form is kept once per spelling. Offsets never change: the
/// forms live beside the spans.
#[derive(Clone, Debug, Default)]
pub struct Forms {
    /// The lower-case forms of the distinct spellings, one after another.
    buf: String,
    /// Start of each spelling's form in `buf`, then the end of the last one (one more entry than
    /// there are spellings).
    starts: Vec<u32>,
    /// Each token's spelling.
    ids: Vec<Spelling>,
    /// Whether each spelling's form is a stopword ([`crate::stopwords::is_stopword`]), for the
    /// keyphrase and summary stages.
    stop: Vec<bool>,
}

impl Forms {
    /// The forms of `tokens` of `text`.
    pub fn new(text: &str, tokens: &[Token]) -> Forms {
        // Each spelling's id (a bare `u32`: the map type of [`crate::entities::values`]' lists);
        // natively a table of its own ([`Seen`]).
        #[cfg(target_arch = "wasm32")]
        let mut seen: crate::model::pooled::PooledMap<u32> = Default::default();
        #[cfg(target_arch = "wasm32")]
        seen.reserve(tokens.len() / 2 + 1);
        #[cfg(not(target_arch = "wasm32"))]
        let mut seen = Seen::with_room(tokens.len());
        // The distinct spellings of a news text take about half its bytes (more grows the buffer).
        let mut buf = crate::vecs::string_with_capacity(text.len() / 2);
        let mut starts = vec![0u32];
        let mut ids = crate::vecs::with_capacity(tokens.len());
        let mut stop = crate::vecs::with_capacity(tokens.len() / 2 + 1);
        for t in tokens {
            let s = t.text(text);
            let make = || {
                let start = buf.len();
                fold_lower(s, &mut buf);
                stop.push(crate::stopwords::is_stopword(tail(&buf, start)));
                // A text is shorter than 4 GB (and a block far shorter), so offsets fit in a `u32`.
                starts.push(u32::try_from(buf.len()).unwrap_or(u32::MAX));
                u32::try_from(starts.len() - 2).unwrap_or(u32::MAX)
            };
            #[cfg(target_arch = "wasm32")]
            let id = *seen.get_or_insert_with(s, make);
            #[cfg(not(target_arch = "wasm32"))]
            let id = seen.get_or_insert_with(s, make);
            ids.push(Spelling(id));
        }
        Forms {
            buf,
            starts,
            ids,
            stop,
        }
    }

    /// True when token `i`'s lower-case form is a stopword ([`crate::stopwords::is_stopword`]);
    /// false past the end. Inlined natively; one call in the .wasm.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_stopword(&self, i: usize) -> bool {
        self.ids
            .get(i)
            .and_then(|id| self.stop.get(id.index()))
            .copied()
            .unwrap_or(false)
    }

    /// Token `i`'s lower-case form with typographic quotes folded to ASCII (`Mexico’s` -> `mexico's`);
    /// empty past the end.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn lower(&self, i: usize) -> &str {
        self.ids.get(i).map_or("", |&id| self.spelling_lower(id))
    }

    /// True when token `i`'s lower-case form ([`Forms::lower`]) is `word`. One call in the .wasm,
    /// where each rule's comparison would read the form into memory and load it back.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn lower_is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    /// The lower-case form of spelling `id` (as [`Forms::lower`] gives it for its tokens).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn spelling_lower(&self, id: Spelling) -> &str {
        let k = id.index();
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&a), Some(&b)) => Span::new(a as usize, b as usize).slice(&self.buf),
            _ => "",
        }
    }

    /// Token `i`'s spelling id; `None` past the end.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn spelling(&self, i: usize) -> Option<Spelling> {
        self.ids.get(i).copied()
    }

    /// Number of distinct spellings (ids are `0..spellings()`).
    pub fn spellings(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// True when `s` is ASCII without a backtick: a word whose normalised form [`fold_lower`] only
/// lower-cases (nearly every token). One call in the .wasm, where each of its three uses inlined the
/// loop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii() && b != b'`')
}

/// Appends the normalised lower-case form of `s` to `out`: lower case, `‘ ’ ʼ `` ` folded to `'`, and
/// `“ ” « »` to `"`.
pub fn fold_lower(s: &str, out: &mut String) {
    // ASCII without a backtick (nearly every token): copied, then lower-cased in place.
    if plain_ascii(s) {
        crate::text::push_ascii_lower(out, s);
        return;
    }
    for c in chars(s) {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
            c if c.is_lowercase() || !c.is_alphabetic() => crate::vecs::push_char(out, c),
            c => crate::case::push_lower(out, c),
        }
    }
}

/// Splits `text` into tokens (see the module docs for the rules).
///
/// Works on byte positions: ASCII (nearly all of news prose) is read straight from the bytes and
/// other characters are decoded where they are met, so no vector of characters is built.
pub fn tokenize(text: &str) -> Vec<Token> {
    let t = Chars(text);
    let mut out = crate::vecs::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < text.len() {
        let c = t.at(i);
        let next = i + crate::text::char_len(c);
        if is_space(c) {
            i = next;
            continue;
        }
        if is_word_char(c) {
            i = push_word(&mut out, t, i);
            continue;
        }
        let mut end = next;
        if is_apostrophe(c) {
            // A clitic that follows a word after a split (`'s` in `Mexico 's` style input) or a quote.
            if is_word_char(t.before(i)) {
                if let Some(k) = t.clitic(next) {
                    if !eq_ignore_case(Span::new(next, k).slice(text).as_bytes(), b"t") {
                        end = k;
                    }
                }
            }
        } else if matches!(c, '.' | '-' | '\u{2026}') {
            // Runs: "...", ". . ." stays separate per dot-with-space, "--".
            while t.at(end) == c {
                end += crate::text::char_len(c);
            }
        }
        push(&mut out, text, i, end);
        i = end;
    }
    out
}

/// The text being tokenized, read by byte position. Every position handed to it is a character
/// boundary; ASCII is read straight from the bytes.
#[derive(Clone, Copy)]
struct Chars<'a>(&'a str);

impl Chars<'_> {
    /// The character that starts at byte `b`; a space at or past the end.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn at(self, b: usize) -> char {
        match self.0.as_bytes().get(b) {
            Some(&x) if x.is_ascii() => char::from(x),
            Some(_) => first_char(tail(self.0, b)).unwrap_or(' '),
            None => ' ',
        }
    }

    /// The character that ends at byte `b`; a space at the start.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn before(self, b: usize) -> char {
        match b.checked_sub(1).and_then(|p| self.0.as_bytes().get(p)) {
            Some(&x) if x.is_ascii() => char::from(x),
            Some(_) => last_char(head(self.0, b)).unwrap_or(' '),
            None => ' ',
        }
    }

    /// For the letters from byte `a` (just after an apostrophe), the end of an English clitic: `s`,
    /// `re`, `ve`, `ll`, `d`, `m` or `t` (`n't`), in any case, as the whole run of letters and not
    /// followed by another word character. `None` when they are not one.
    fn clitic(self, a: usize) -> Option<usize> {
        let mut k = a;
        // A clitic is two bytes at most, so a third byte of letters already rules one out.
        while k - a < 3 {
            let c = self.at(k);
            if !c.is_alphabetic() {
                break;
            }
            k += crate::text::char_len(c);
        }
        let w = Span::new(a, k).slice(self.0);
        let known = crate::text::any_eq_ignore_case(&["s", "re", "ve", "ll", "d", "m", "t"], w);
        (known && !is_word_char(self.at(k))).then_some(k)
    }
}

/// Pushes the word that starts at byte `start` (a word character), split at a name's modifier
/// hyphen (`Austin-based`), and any clitic after it; returns the byte after them.
fn push_word(out: &mut Vec<Token>, t: Chars, start: usize) -> usize {
    let text = t.0;
    let (end, hyphenated) = scan_word(t, start);
    // Split English clitics off the end: 's 're 've 'll 'd 'm n't and a bare trailing apostrophe
    // stay separate tokens, as in the Penn Treebank.
    let (word_end, clitic_end) = split_clitic(t, start, end);
    let split = hyphenated
        .then(|| split_hyphen(text, start, word_end))
        .flatten();
    if let Some(h) = split {
        // `Austin-based` -> `Austin` + `-` + `based`.
        let after = h + crate::text::char_len(t.at(h));
        push(out, text, start, h);
        push(out, text, h, after);
        push(out, text, after, word_end);
    } else {
        push(out, text, start, word_end);
    }
    if clitic_end > word_end {
        push(out, text, word_end, clitic_end);
    }
    clitic_end
}

/// Pushes the token text[start..end], of the kind its characters make it. Always inlined natively
/// (a call per token costs more than the push); in the .wasm, left to the compiler.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    out.push(Token {
        span: Span::new(start, end),
        kind: kind_of(Span::new(start, end).slice(text)),
    });
}

/// The kind of token `s`.
fn kind_of(s: &str) -> TokenKind {
    // Nearly every word starts with an ASCII letter, which settles it.
    if s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return TokenKind::Word;
    }
    // One ASCII character (`,`, `.`, `$`, `7`): the tests below, on it alone.
    if let &[b] = s.as_bytes() {
        return if b.is_ascii_digit() {
            TokenKind::Number
        } else if is_punct(char::from(b)) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
    }
    let first = first_char(s).unwrap_or(' ');
    if any_char(s, is_alpha) {
        TokenKind::Word
    } else if first.is_numeric() {
        TokenKind::Number
    } else if all_char(s, is_punct) {
        TokenKind::Punct
    } else if any_char(s, is_word_char) {
        TokenKind::Word
    } else {
        TokenKind::Symbol
    }
}

/// Scans a word from byte `start` (a word char); returns the byte one past it, and whether a hyphen
/// joins two of its parts (only then can [`split_hyphen`] split it).
fn scan_word(t: Chars, start: usize) -> (usize, bool) {
    let bytes = t.0.as_bytes();
    let mut j = start;
    let mut hyphenated = false;
    // Where the word's last hyphen-joined part starts: `U.S` of `China-U.S.` is initials too.
    let mut part = start;
    loop {
        // ASCII letters and digits, the bulk of every word, straight from the bytes.
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        let c = t.at(j);
        if is_word_char(c) {
            j += crate::text::char_len(c);
            continue;
        }
        // At the end `c` is a space, which never joins.
        if !joins(t, part, j, c) {
            break;
        }
        j += crate::text::char_len(c);
        if is_hyphen(c) {
            hyphenated = true;
            part = j;
        }
    }
    // A final period belongs to the word for initials (J.), acronyms (U.S.) and known abbreviations.
    if t.at(j) == '.' && t.at(j + 1) != '.' {
        let word = Span::new(start, j).slice(t.0);
        // Not a final letter after a hyphen (`Jay-Z.` ends a sentence).
        let initials = Span::new(part, j).slice(t.0);
        if is_initials(word)
            || (crate::text::more_chars_than(initials, 1) && is_initials(initials))
            || abbreviations::is_abbreviation(word) && !word_before_no_number(t.0, word, j)
        {
            j += 1;
        }
    }
    (j, hyphenated)
}

/// True when `word`, ending at byte `j` of `text` before a period, abbreviates only before a number
/// (`No. 5`, `Arts. 5 and 6`, `Art. IV`) and neither a digit, a Roman numeral nor `+` follows the
/// period and its spaces: a word at a sentence's end (`a record for Electronic Arts.`, `review by
/// the SEC.`, `the Museum of Art.`). Not `Sec`, the title of a secretary too (`Defense Sec. Pete
/// Hegseth`).
pub(crate) fn word_before_no_number(text: &str, word: &str, j: usize) -> bool {
    abbreviations::abbreviation_kind(word) == Some(abbreviations::AbbreviationKind::Number)
        && word != "Sec"
        && !number_follows(crate::text::tail(text, j + 1))
}

/// True when `after` (the text after an abbreviation's period) opens, past its spaces, with a
/// digit, `+` or a Roman numeral (`IV`, `XII`: capitals of `IVXLCDM` up to a word's end).
pub(crate) fn number_follows(after: &str) -> bool {
    use crate::text::{all_char, find_by, has_char, head, starts_by, trim_start_by};
    // Through the text module's one copy of each search, where `trim_start_matches`, `split` and
    // `starts_with` brought their own.
    let next = trim_start_by(after, crate::text::is_space);
    let word_end = find_by(next, |c| !c.is_alphanumeric()).unwrap_or(next.len());
    let w = head(next, word_end);
    let roman = !w.is_empty() && w.len() <= 6 && all_char(w, |c| has_char("IVXLCDM", c));
    starts_by(next, |c| c.is_ascii_digit() || c == '+') || roman
}

/// True when `c`, the character at byte `j` after the word characters of a word begun at byte
/// `start`, joins them to what follows (`3.5`, `U.S`, `1,000`, `10:30`, `AT&T`, `Jean-Pierre`,
/// `O'Brien`).
fn joins(t: Chars, start: usize, j: usize, c: char) -> bool {
    let after = j + crate::text::char_len(c);
    // `j` is past the word's first character, so there is a character before it.
    let prev = || t.before(j);
    let next = t.at(after);
    match c {
        // 3.5, 1.2.3, and initials-style acronyms U.S / a.m / Ph.D
        '.' => {
            (prev().is_ascii_digit() && next.is_ascii_digit())
                || (next.is_alphabetic() && is_initials(Span::new(start, j).slice(t.0)) && {
                    let then = t.at(after + crate::text::char_len(next));
                    then == '.' || !is_word_char(then)
                })
        }
        // 1,000 but not 1,0000: three ASCII digits, so three bytes.
        ',' => {
            let bytes = t.0.as_bytes();
            prev().is_ascii_digit()
                && bytes
                    .get(after..after + 3)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !bytes.get(after + 3).is_some_and(u8::is_ascii_digit)
        }
        ':' | '/' => prev().is_ascii_digit() && next.is_ascii_digit(),
        '&' => prev().is_uppercase() && next.is_uppercase(),
        c if is_hyphen(c) => is_word_char(prev()) && is_word_char(next),
        c if is_apostrophe(c) => {
            // O'Brien, d'Alembert, rock'n'roll stay whole; clitics are split by the caller.
            is_word_char(prev()) && next.is_alphabetic() && t.clitic(after).is_none()
        }
        _ => false,
    }
}

/// True when `s` is a run of single letters separated by periods: `U`, `U.S`, `a.m`.
fn is_initials(s: &str) -> bool {
    let mut count = 0;
    for (k, c) in chars(s).enumerate() {
        let ok = if k % 2 == 0 {
            c.is_alphabetic()
        } else {
            c == '.'
        };
        if !ok {
            return false;
        }
        count = k + 1;
    }
    count % 2 == 1
}

crate::word_list::word_lists! {
    /// The possessive `'s`, with a straight or a curly apostrophe.
    const POSSESSIVE_ENDINGS = "'s \u{2019}s";
    /// A hyphen, an en dash and an em dash.
    const DASHES = "- \u{2013} \u{2014}";
    /// Lower-case particles that may open a name (`al-Qaeda-linked`, `d'Ivoire-based`), compared with
    /// the name's first hyphen- or apostrophe-separated segment.
    const NAME_PARTICLES = "abu al bin d da de del della di du el ibn l la le van von";
    /// Lower-case suffixes that turn a name before a hyphen into a modifier: `Austin-based`,
    /// `Chinese-made`, `Kremlin-backed`, `Soviet-era`, `Europe-wide`. Sorted, for binary search.
    /// Deliberately closed and conservative: words such as `year`, `old`, `class`, `powered` or `like`
    /// are left out because they follow numbers, common words or product names more often than places,
    /// people and organisations.
    const MODIFIER_SUFFIXES = "administered affiliated aligned allied appointed area backed based born bound branded bred \
        brokered built centered centred centric controlled designed dominated educated era financed \
        flagged focused founded friendly funded headquartered held inspired leaning led linked \
        listed made managed mediated occupied operated owned produced raised registered ruled run \
        sponsored style supported traded trained wide";
    /// Capitalised words that begin such compounds only because they start a sentence or are ordinary
    /// words (`State-owned`, `Self-made`, `Co-led`, `Black-owned`, `World-wide`), so they stay whole.
    /// Compared with the whole part before the last hyphen, exactly (`US-made` still splits). Sorted.
    const COMMON_CAPITALISED = "Anti Black Closely Co Community Company Country Cross Employee Ex Family Federally Foreign \
        Fully Government Half Home Ill Independently Industry Inter Jointly Locally Majority Market \
        Metro Mid Military Minority Mis Multi Nation Newly Non Out Over Pandemic Partially Partly \
        Post Pre Privately Pro Publicly Re Rebel Self Semi State System Un Under Veteran Well White \
        Wholly Women World";
    /// Sports that label a wire's headline before a hyphen and its first name (`Soccer-Salah`).
    const SPORT_LABELS = "Athletics Baseball Basketball Boxing Cricket Cycling Golf Olympics Rugby Soccer Swimming \
        Tennis";
}

/// True for the suffixes that turn a name into a modifier when hyphenated to it (`based` in
/// `Austin-based`); the tokenizer splits them off the name.
pub fn is_modifier_suffix(word: &str) -> bool {
    MODIFIER_SUFFIXES.contains_sorted(word)
}

/// For a hyphenated word text[start..end], returns the byte of its last hyphen when the word splits
/// there: before one of [`MODIFIER_SUFFIXES`] after a capitalised name of two or more characters
/// (not one of [`COMMON_CAPITALISED`]: `Austin-based`, `Rolls-Royce-owned`, `al-Qaeda-linked`), or
/// before initials with their periods after a capitalised part (`China-U.S.`, `Korea-U.N.`: two
/// names); or, at its first hyphen, after a sport that labels a wire's headline (`Soccer-Salah`).
fn split_hyphen(text: &str, start: usize, end: usize) -> Option<usize> {
    let word = Span::new(start, end).slice(text);
    // A wire's sport before its story's first name (`Soccer-McTominay double`, `Tennis-Alcaraz
    // beats Sinner`): the sport's word is the headline's label, the name a name.
    if let Some((first, rest)) = split_once_char(word, '-') {
        if SPORT_LABELS.contains(first) && starts_by(rest, is_upper) {
            return Some(start + first.len());
        }
    }
    let (h, hyphen) = char_indices(word)
        .rev()
        .find(|&(k, c)| k > 0 && is_hyphen(c))?;
    let suffix = tail(word, h + crate::text::char_len(hyphen));
    let split = if MODIFIER_SUFFIXES.contains_sorted(suffix) {
        is_modified_name(head(word, h))
    } else {
        crate::text::more_chars_than(suffix, 2)
            && suffix.ends_with('.')
            && is_initials(head(suffix, suffix.len() - 1))
            && starts_by(word, is_upper)
    };
    split.then_some(start + h)
}

/// True when `name`, before a modifier suffix's hyphen, is a capitalised name of two or more
/// characters (or a name particle and one), not one of [`COMMON_CAPITALISED`].
fn is_modified_name(name: &str) -> bool {
    if char_count(name) < 2 || COMMON_CAPITALISED.contains_sorted(name) {
        return false;
    }
    starts_by(name, is_upper) || is_particle_and_name(name)
}

/// True for a word that joins a lower-case name particle to a capitalised name with a hyphen or an
/// apostrophe (`al-Assad`, `el-Sisi`, `d'Ivoire`): a name's word, though it starts in lower case.
pub(crate) fn is_particle_and_name(word: &str) -> bool {
    let mut segments = split_by(word, |c| is_hyphen(c) || is_apostrophe(c));
    segments.next().is_some_and(|first| {
        NAME_PARTICLES.contains(&first) && segments.next().is_some_and(|w| starts_by(w, is_upper))
    })
}

/// Given a word text[start..end] followed maybe by a clitic, returns (end of the word, end of
/// clitic), as bytes.
fn split_clitic(t: Chars, start: usize, end: usize) -> (usize, usize) {
    let c = t.at(end);
    if !is_apostrophe(c) {
        return (end, end);
    }
    let a = end + crate::text::char_len(c);
    let Some(k) = t.clitic(a) else {
        return (end, end);
    };
    if t.at(a).eq_ignore_ascii_case(&'t') {
        // don't -> do + n't; can't -> ca + n't
        if end >= start + 2 && t.before(end).eq_ignore_ascii_case(&'n') {
            return (end - 1, k);
        }
        return (end, end);
    }
    (end, k)
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_is_and_capitalised_answer_as_the_tokens_text_read() {
        let text = "Caf\u{e9} \u{2018}Ol\u{e9}\u{2019} U.S. 12 \u{e9}t\u{e9} - it's \u{c9}mile";
        let mut tokens = tokenize(text);
        // Spans that fit no text: inside a character, reversed, past the end.
        let odd = [
            (4, 5),
            (5, 4),
            (3, 4),
            (text.len(), text.len() + 3),
            (0, 0),
            (0, 4),
        ];
        for (a, b) in odd {
            let mut t = tokens[0];
            t.span = Span { start: a, end: b };
            tokens.push(t);
        }
        let mut words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        words.extend(["", "Caf", "caf\u{e9}", "\u{e9}", "\u{a9}", "Ol", "U.S", "x"]);
        for i in 0..=tokens.len() {
            for w in &words {
                let want = token_text(text, &tokens, i) == *w;
                assert_eq!(token_is(text, &tokens, i, w), want, "{i} {w:?}");
                if let Some(t) = tokens.get(i) {
                    assert_eq!(t.is(text, w), t.text(text) == *w, "{i} {w:?}");
                }
            }
            if let Some(t) = tokens.get(i) {
                let want = starts_by(t.text(text), is_upper);
                assert_eq!(t.capitalised(text), want, "{i}");
            }
        }
    }

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_like_the_treebank() {
        assert_eq!(toks("Mexico's government"), ["Mexico", "'s", "government"]);
        assert_eq!(toks("Sheinbaum’s plan"), ["Sheinbaum", "’s", "plan"]);
        assert_eq!(toks("They don't know."), ["They", "do", "n't", "know", "."]);
        assert_eq!(toks("U.S.-Mexico talks"), ["U.S.", "-", "Mexico", "talks"]);
        assert_eq!(
            toks("the U.S. and Mr. Smith"),
            ["the", "U.S.", "and", "Mr.", "Smith"]
        );
        assert_eq!(toks("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"]);
        assert_eq!(
            toks("$3.5 billion, 1,000 at 10:30"),
            ["$", "3.5", "billion", ",", "1,000", "at", "10:30"]
        );
        assert_eq!(
            toks("Jean-Pierre O'Brien of AT&T"),
            ["Jean-Pierre", "O'Brien", "of", "AT&T"]
        );
        assert_eq!(
            toks("“Yes,” he said..."),
            ["“", "Yes", ",", "”", "he", "said", "..."]
        );
        assert_eq!(toks("ends here."), ["ends", "here", "."]);
    }

    #[test]
    fn splits_a_name_from_initials_after_a_hyphen() {
        assert_eq!(
            toks("the China-U.S. trade war"),
            ["the", "China", "-", "U.S.", "trade", "war"]
        );
        assert_eq!(
            toks("South Korea-U.N. talks"),
            ["South", "Korea", "-", "U.N.", "talks"]
        );
        // A letter after a hyphen keeps a sentence's final period apart.
        assert_eq!(toks("and Jay-Z."), ["and", "Jay-Z", "."]);
        assert_eq!(toks("an X-ray."), ["an", "X-ray", "."]);
        // A wire's sport before its headline's first name, not before a word in lower case.
        assert_eq!(
            toks("Soccer-McTominay double"),
            ["Soccer", "-", "McTominay", "double"]
        );
        assert_eq!(toks("Tennis-elbow"), ["Tennis-elbow"]);
    }

    #[test]
    fn splits_a_name_from_a_modifier_suffix() {
        let cases: &[(&str, &[&str])] = &[
            ("Austin-based", &["Austin", "-", "based"]),
            (
                "the San Francisco-based maker",
                &["the", "San", "Francisco", "-", "based", "maker"],
            ),
            ("Chinese-made cars", &["Chinese", "-", "made", "cars"]),
            ("Kremlin-backed", &["Kremlin", "-", "backed"]),
            ("Tesla-owned", &["Tesla", "-", "owned"]),
            ("Paris-born", &["Paris", "-", "born"]),
            ("a Beijing-led bloc", &["a", "Beijing", "-", "led", "bloc"]),
            ("Saudi-funded", &["Saudi", "-", "funded"]),
            ("Rolls-Royce-owned", &["Rolls-Royce", "-", "owned"]),
            ("Jean-Pierre-led", &["Jean-Pierre", "-", "led"]),
            ("U.S.-based", &["U.S.", "-", "based"]),
            ("UN-backed", &["UN", "-", "backed"]),
            ("US-made", &["US", "-", "made"]),
            ("COVID-19-era", &["COVID-19", "-", "era"]),
            ("Soviet-style", &["Soviet", "-", "style"]),
            ("Houthi-controlled", &["Houthi", "-", "controlled"]),
            ("Nasdaq-listed", &["Nasdaq", "-", "listed"]),
            ("Europe-wide", &["Europe", "-", "wide"]),
            ("al-Qaeda-linked", &["al-Qaeda", "-", "linked"]),
            ("Côte d'Ivoire-based", &["Côte", "d'Ivoire", "-", "based"]),
            ("O'Brien-run", &["O'Brien", "-", "run"]),
            ("Zürich-headquartered", &["Zürich", "-", "headquartered"]),
            ("Austin\u{2011}based", &["Austin", "\u{2011}", "based"]),
            (
                "Mexico City-based firm's",
                &["Mexico", "City", "-", "based", "firm", "'s"],
            ),
            (
                "the Iran-backed group.",
                &["the", "Iran", "-", "backed", "group", "."],
            ),
        ];
        for &(input, want) in cases {
            assert_eq!(toks(input), want, "{input:?}");
        }
    }

    #[test]
    fn keeps_other_hyphenated_words_whole() {
        let cases: &[(&str, &[&str])] = &[
            ("Jean-Pierre", &["Jean-Pierre"]),
            ("Ortega-Pérez", &["Ortega-Pérez"]),
            ("Coca-Cola", &["Coca-Cola"]),
            ("COVID-19", &["COVID-19"]),
            ("e-mail", &["e-mail"]),
            ("X-ray", &["X-ray"]),
            ("well-known", &["well-known"]),
            ("state-owned", &["state-owned"]),
            ("State-owned media", &["State-owned", "media"]),
            ("Self-made", &["Self-made"]),
            ("Co-led", &["Co-led"]),
            ("Well-known", &["Well-known"]),
            ("Black-owned", &["Black-owned"]),
            ("A-listed", &["A-listed"]),
            ("Paris-year", &["Paris-year"]),
            ("Austin-Based", &["Austin-Based"]),
            ("Austin-basedx", &["Austin-basedx"]),
            ("Austin-", &["Austin", "-"]),
            ("-based", &["-", "based"]),
            ("mid-2027", &["mid-2027"]),
            ("40-year-old", &["40-year-old"]),
            ("3D-printed", &["3D-printed"]),
            ("Stratford-upon-Avon", &["Stratford-upon-Avon"]),
            ("U.S.-Mexico", &["U.S.", "-", "Mexico"]),
        ];
        for &(input, want) in cases {
            assert_eq!(toks(input), want, "{input:?}");
        }
    }

    #[test]
    fn forms_intern_each_spelling_once() {
        let s = "The cat saw the CAT’s cat.";
        let t = tokenize(s);
        let f = Forms::new(s, &t);
        let lows: Vec<&str> = (0..t.len()).map(|i| f.lower(i)).collect();
        assert_eq!(lows, ["the", "cat", "saw", "the", "cat", "'s", "cat", "."]);
        // `The`/`the` and `cat`/`CAT` differ as written, so they are distinct spellings.
        assert_eq!(f.spellings(), 7);
        assert_eq!(f.spelling(1), f.spelling(6));
        assert_ne!(f.spelling(0), f.spelling(3));
        assert_ne!(f.spelling(1), f.spelling(4));
        for i in 0..t.len() {
            let id = f.spelling(i).unwrap();
            assert!(id.index() < f.spellings());
            assert_eq!(f.spelling_lower(id), f.lower(i));
        }
        assert_eq!((f.lower(t.len()), f.spelling(t.len())), ("", None));
        let empty = Forms::default();
        assert_eq!((empty.spellings(), empty.lower(0)), (0, ""));
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [&MODIFIER_SUFFIXES, &COMMON_CAPITALISED] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn split_tokens_keep_their_spans_and_kinds() {
        let s = "an Austin-based firm";
        let t = tokenize(s);
        let spans: Vec<(usize, usize)> = t.iter().map(|t| (t.span.start, t.span.end)).collect();
        assert_eq!(spans, [(0, 2), (3, 9), (9, 10), (10, 15), (16, 20)]);
        use TokenKind::*;
        let k: Vec<TokenKind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(k, [Word, Word, Punct, Word, Word]);
    }

    #[test]
    fn kinds() {
        let s = "Rubio paid $5 , 😀";
        let k: Vec<TokenKind> = tokenize(s).iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(k, [Word, Word, Symbol, Number, Punct, Symbol]);
    }

    #[test]
    fn every_non_space_char_is_in_one_token() {
        for s in [
            "",
            " ",
            "a",
            "'",
            "'s",
            "n't",
            "x'",
            "é́́",
            "a.b.c.",
            "..",
            "\u{0301}",
            "1,0000",
            "U.S.-",
            "Austin-based",
            "Rolls-Royce-owned's",
            "al-Qaeda-linked",
        ] {
            let t = tokenize(s);
            let covered: usize = t.iter().map(|t| t.span.len()).sum();
            let non_space: usize = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(crate::text::char_len)
                .sum();
            assert_eq!(covered, non_space, "{s:?}");
            assert!(t.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        }
    }

    /// The byte-position tokenizer against the character-vector one it replaced (kept in
    /// [`super::reference`]), on random text.
    #[cfg(not(target_arch = "wasm32"))]
    mod against_reference {
        use super::tokenize;
        use proptest::prelude::*;

        /// Pieces that exercise every rule: clitics, initials, abbreviations, numbers, hyphens (ASCII and
        /// Unicode), apostrophes, runs, combining marks, other scripts, line breaks and emoji.
        const PIECES: &[&str] = &[
            "'", "’", "ʼ", "`", "s", "S", "re", "ve", "ll", "d", "m", "t", "T", "n", "N", "don",
            "ca", "-", "\u{2010}", "\u{2011}", "\u{2012}", "--", ".", "..", "…", ",", ":", "/",
            "&", "$", "%", "U", "U.S", "a.m", "Mr", "Inc", "Ph.D", "e.g", "No", "J", "1", "10",
            "000", "3", "5", "1,000", "Austin", "based", "owned", "led", "al", "d'", "Qaeda",
            "Rolls", "Royce", "State", "Co", "Côte", "Zürich", "é", "e\u{301}", "\u{301}",
            "\u{200D}", "中", "😀", "ß", "İ", "ǅ", "Ⅻ", "١٢٣", "\u{FFFD}", "\u{0}", " ", " ", "\n",
            "\r\n", "\r", "\t", "\u{A0}", "\u{2028}", "\u{85}", "“", "”", "«", "(", ")", "\"", "x",
            "AT", "O", "Brien",
        ];

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]

            /// The byte-position tokenizer gives exactly the tokens of the character-vector one it
            /// replaced (kept in [`reference`]).
            #[test]
            fn tokens_match_the_reference(
                pieces in proptest::collection::vec(
                    prop_oneof![
                        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
                        1 => any::<char>().prop_map(|c| c.to_string()),
                    ],
                    0..24,
                )
            ) {
                let text: String = pieces.concat();
                prop_assert_eq!(tokenize(&text), super::super::reference::tokenize(&text), "{:?}", text);
            }

            /// The same for arbitrary Unicode.
            #[test]
            fn arbitrary_tokens_match_the_reference(text in any::<String>()) {
                prop_assert_eq!(tokenize(&text), super::super::reference::tokenize(&text), "{:?}", text);
            }
        }

        /// Inputs on which the two once differed (initials after a hyphen, a letter outside ASCII).
        #[test]
        fn found_cases_match_the_reference() {
            for text in [
                "\u{2BC}-U.S\u{FFFD}",
                "\u{1D54A}-\u{C0}.",
                "Jay-Z.",
                "China-U.S.",
            ] {
                assert_eq!(
                    tokenize(text),
                    super::super::reference::tokenize(text),
                    "{text:?}"
                );
            }
        }
    }
}
