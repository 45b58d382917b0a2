//! Offsets and spans.
//!
//! Inside Rust every offset is a byte offset into the original `&str`. The boundaries convert once:
//! the wasm face to UTF-16 code units (so JavaScript's `text.slice(start, end)` is the mention) and the
//! CLI to Unicode scalar values (so Python's `text[start:end]` is). Offsets never move once made;
//! normalised forms (lower case, folded quotes) live beside spans, never in place of them.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a text; both ends lie on char boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers.
    ///
    /// Returns `""` when the span does not fit `text`, so a stale span never panics.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The chars of `s`, as `s.chars()` gives them. Natively the standard iterator; in the .wasm its
/// UTF-8 decoding is one function ([`Chars`]), where the standard iterator's would be inlined at each
/// of the many rules that walk a word's letters (about 170 bytes a loop).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn chars(s: &str) -> Chars<'_> {
    Chars(s.chars())
}

/// The chars of `s` with their byte offsets, as `s.char_indices()` gives them; one decoding function
/// in the .wasm, as [`chars`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn char_indices(s: &str) -> CharIndices<'_> {
    CharIndices(s.char_indices())
}

/// The iterator of [`chars`]: `str::Chars` with its steps called, not inlined, in the .wasm.
#[derive(Clone)]
pub struct Chars<'a>(std::str::Chars<'a>);

impl<'a> Chars<'a> {
    /// The text not yet read (`str::Chars::as_str`).
    #[inline]
    pub fn as_str(&self) -> &'a str {
        self.0.as_str()
    }
}

impl Iterator for Chars<'_> {
    type Item = char;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<char> {
        self.0.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn count(self) -> usize {
        self.0.count()
    }
}

impl DoubleEndedIterator for Chars<'_> {
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next_back(&mut self) -> Option<char> {
        self.0.next_back()
    }
}

/// The iterator of [`char_indices`]: `str::CharIndices` with its steps called, not inlined, in the
/// .wasm.
#[derive(Clone)]
pub struct CharIndices<'a>(std::str::CharIndices<'a>);

impl Iterator for CharIndices<'_> {
    type Item = (usize, char);

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<(usize, char)> {
        self.0.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for CharIndices<'_> {
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next_back(&mut self) -> Option<(usize, char)> {
        self.0.next_back()
    }
}

/// The words of `s` between runs of whitespace, as `s.split_whitespace()` gives them; one search in
/// the .wasm, where each use would inline its own (and one call to start it).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn words(s: &str) -> Words<'_> {
    Words(s.split_whitespace())
}

/// The iterator of [`words`]: `str::SplitWhitespace` with its steps called, not inlined, in the
/// .wasm.
#[derive(Clone)]
pub struct Words<'a>(std::str::SplitWhitespace<'a>);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<&'a str> {
        self.0.next()
    }
}

/// Drops the last char of `s`, if any (`s.pop()`). One call in the .wasm, where the UTF-8 decoding
/// of the char would be inlined at each use.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn pop_char(s: &mut String) {
    #[cfg(not(target_arch = "wasm32"))]
    s.pop();
    // In the .wasm through [`last_char`]'s decoding, where `pop` would hold its own.
    #[cfg(target_arch = "wasm32")]
    if let Some(c) = last_char(s) {
        s.truncate(s.len() - char_len(c));
    }
}

/// The first char of `s` (`s.chars().next()`). One call in the .wasm, where the UTF-8 decoding would
/// be inlined at each of the many rules that read a word's first letter.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// The last char of `s` (`s.chars().next_back()`); one call in the .wasm, as [`first_char`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// The char starting at byte `i` of `s` (`first_char(tail(s, i))`), if `i` is a char boundary
/// inside `s`. Inlined natively; one call in the .wasm, where each use read the tail into memory
/// first.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn char_at(s: &str, i: usize) -> Option<char> {
    first_char(tail(s, i))
}

/// The char ending at byte `i` of `s` (`last_char(head(s, i))`); one call in the .wasm, as
/// [`char_at`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn char_before(s: &str, i: usize) -> Option<char> {
    last_char(head(s, i))
}

/// How many bytes at the start of `b`, at most `max`, pass `test` (`b.iter().take(max)
/// .take_while(..).count()`). One loop in the .wasm, where each count brought its own.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn leading_bytes(b: &[u8], max: usize, test: fn(u8) -> bool) -> usize {
    b.iter().take(max).take_while(|&&c| test(c)).count()
}

/// True when a char of `s` is `test`'s (`s.chars().any(test)`). One call in the .wasm, where the
/// UTF-8 decoding loop would be inlined at each rule that asks.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn any_char(s: &str, test: fn(char) -> bool) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return s.chars().any(test);
    // In the .wasm through [`chars`], whose step is one call: no decoding loop of its own.
    #[cfg(target_arch = "wasm32")]
    chars(s).any(test)
}

/// True when `s` holds a letter and no lower-case one: a word in capitals (`NASA`, `D'AMPEZZO`).
/// One call in the .wasm, where each rule that asks inlined both searches.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_capitals(s: &str) -> bool {
    any_char(s, is_alpha) && !any_char(s, is_lower)
}

/// True when every char of `s` is `test`'s (`s.chars().all(test)`); one call in the .wasm, as
/// [`any_char`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn all_char(s: &str, test: fn(char) -> bool) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return s.chars().all(test);
    // In the .wasm through [`chars`], as [`any_char`].
    #[cfg(target_arch = "wasm32")]
    chars(s).all(test)
}

/// True when `s` opens with an upper-case char and every char after it is lower case (`Paris`,
/// `A`; not `McCain` or `USA`). One call in the .wasm, where each rule's test inlined its two loops.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn upper_then_lower(s: &str) -> bool {
    let mut cs = chars(s);
    cs.next().is_some_and(is_upper) && cs.all(is_lower)
}

/// True when `s` opens with an upper-case char and a lower-case char comes after it (`Paris`,
/// `McCain`; not `USA` or `A`); one call in the .wasm, as [`upper_then_lower`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn upper_with_lower(s: &str) -> bool {
    let mut cs = chars(s);
    cs.next().is_some_and(is_upper) && cs.any(is_lower)
}

/// True when a byte of `s` is `test`'s (`s.bytes().any(test)`); one call in the .wasm, as
/// [`all_bytes`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn any_bytes(s: &str, test: fn(u8) -> bool) -> bool {
    s.bytes().any(test)
}

/// How many chars of `s` are `test`'s (`s.chars().filter(test).count()`); one call in the .wasm,
/// as [`any_char`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn count_by(s: &str, test: fn(char) -> bool) -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    return s.chars().filter(|&c| test(c)).count();
    // In the .wasm through [`chars`], as [`any_char`].
    #[cfg(target_arch = "wasm32")]
    chars(s).filter(|&c| test(c)).count()
}

/// True when every byte of `s` is `test`'s (`s.bytes().all(test)`). One call in the .wasm, where
/// the loop would be inlined at each rule that asks.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn all_bytes(s: &str, test: fn(u8) -> bool) -> bool {
    s.bytes().all(test)
}

/// The text of `s` from byte `at` on (`&s[at..]`), or `""` when `at` is past the end or inside a
/// character. One call in the .wasm, where the boundary checks and the panic of indexing a `str`
/// would be inlined at each use.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn tail(s: &str, at: usize) -> &str {
    s.get(at..).unwrap_or("")
}

/// The text of `s` up to byte `at` (`&s[..at]`), or `""` when `at` is past the end or inside a
/// character; one call in the .wasm, as [`tail`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn head(s: &str, at: usize) -> &str {
    s.get(..at).unwrap_or("")
}

/// True when every byte of `s` is ASCII (`s.is_ascii()`). One call in the .wasm, where the
/// word-at-a-time loop would be inlined at each use.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_ascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s` with its ASCII letters in lower case (`s.to_ascii_lowercase()`). One call in the .wasm, where
/// the copy and the loop would be inlined at each use.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ascii_lowercase(s: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return s.to_ascii_lowercase();
    // In the .wasm through [`push_ascii_lower`]'s loop, where this one would be a copy of it.
    #[cfg(target_arch = "wasm32")]
    {
        let mut out = crate::vecs::string_with_capacity(s.len());
        push_ascii_lower(&mut out, s);
        out
    }
}

/// `s` with its ASCII letters in upper case (`s.to_ascii_uppercase()`). One call in the .wasm, where
/// the copy and the loop would be inlined at each use.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ascii_uppercase(s: &str) -> String {
    s.to_ascii_uppercase()
}

/// Appends `s` to `out` with its ASCII letters in lower case (`out.push_str(&s.to_ascii_lowercase())`
/// without the copy). One call in the .wasm, where each use inlined the loop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn push_ascii_lower(out: &mut String, s: &str) {
    let start = out.len();
    crate::vecs::push_str(out, s);
    if let Some(pushed) = out.get_mut(start..) {
        pushed.make_ascii_lowercase();
    }
}

/// `word` with its ASCII letters in lower case, written into `buf`, when `word` is ASCII and fits
/// (`word.to_ascii_lowercase()` without an allocation). One call in the .wasm, where each use
/// inlined the copy and the loop. The bytes are put in lower case before they are read as text, so
/// that `str::from_utf8` checks them, where `from_utf8_mut` was a second copy of the UTF-8 check.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ascii_lower_in<'a>(word: &str, buf: &'a mut [u8]) -> Option<&'a str> {
    let b = buf.get_mut(..word.len()).filter(|_| is_ascii(word))?;
    crate::vecs::copy_bytes(b, word.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).ok()
}

/// `s` read as a `u32` (`s.parse().ok()`). One call in the .wasm, where the parsing loop would be
/// inlined at each date, time and list-number rule.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn parse_u32(s: &str) -> Option<u32> {
    s.parse().ok()
}

/// `s` read as an `i32` (`s.parse().ok()`) through [`parse_u32`], where std's signed parse brought a
/// second parsing loop into the .wasm: an optional `-` (not followed by `+`, which `parse_u32` would
/// take but std's `i32` parse does not) and the digits, in range.
pub fn parse_i32(s: &str) -> Option<i32> {
    match s.strip_prefix('-') {
        Some(digits) if !digits.starts_with('+') => 0i32.checked_sub_unsigned(parse_u32(digits)?),
        Some(_) => None,
        None => i32::try_from(parse_u32(s)?).ok(),
    }
}

/// True for a whitespace character (`c.is_whitespace()`). One call in the .wasm, where the Unicode
/// table lookup would be inlined at each rule that asks.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// True for a letter or a digit of any script (`c.is_alphanumeric()`). One call in the .wasm,
/// where the two Unicode table lookups would be inlined at each rule that asks.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_alnum(c: char) -> bool {
    c.is_alphanumeric()
}

/// True for an upper-case letter (`c.is_uppercase()`). One call in the .wasm, where the ASCII test
/// and the Unicode table call would be inlined at each rule that asks.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// True for a lower-case letter (`c.is_lowercase()`); one call in the .wasm, as [`is_upper`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// True for a letter of any script (`c.is_alphabetic()`); one call in the .wasm, as [`is_upper`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_alpha(c: char) -> bool {
    c.is_alphabetic()
}

/// True when `c` occurs in `s` (`s.contains(c)`). One call in the .wasm, where the search would be
/// inlined at each rule that looks for a line break, a hyphen or a character of a set.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn has_char(s: &str, c: char) -> bool {
    s.contains(c)
}

/// [`has_char`] in the .wasm: through [`find_char`]'s search, as std's `contains` searches for a
/// char beyond ASCII (with the two-way searcher that [`find_str`] keeps out).
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn has_char(s: &str, c: char) -> bool {
    find_char(s, c).is_some()
}

/// The byte offset of the first `c` in `s` (`s.find(c)`). One search in the .wasm, where each rule
/// that looks for a line break or a bracket would inline its own: the char's UTF-8 bytes through
/// [`find_str`], where std's char searcher was a second search loop beside it.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn find_char(s: &str, c: char) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.find(c);
    #[cfg(target_arch = "wasm32")]
    find_str(s, c.encode_utf8(&mut [0; 4]))
}

/// True when `part` occurs in `s` (`s.contains(part)`). One search in the .wasm, where each rule
/// that looks for a word in a line would inline its own, through [`find_str`]; natively std's
/// `contains`, whose SIMD search of short needles `find` lacks (2% of the analysis's instructions).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn has_str(s: &str, part: &str) -> bool {
    s.contains(part)
}

/// [`has_str`] in the .wasm.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn has_str(s: &str, part: &str) -> bool {
    find_str(s, part).is_some()
}

/// How many `c`s `s` holds (`s.matches(c).count()`). One search in the .wasm, where each count
/// brought its own copy of the char searcher's loop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn count_char(s: &str, c: char) -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    return s.matches(c).count();
    // In the .wasm through [`find_char`]'s search, where a searcher of its own would be a copy.
    #[cfg(target_arch = "wasm32")]
    {
        let (mut n, mut rest) = (0, s);
        while let Some(i) = find_char(rest, c) {
            n += 1;
            rest = tail(rest, i + char_len(c));
        }
        n
    }
}

/// The byte offset of the first `part` in `s` (`s.find(part)`). Natively std's search; one search
/// in the .wasm, where each use (`find`, `contains`, `match_indices` with a string) set up its own
/// searcher inline.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn find_str(s: &str, part: &str) -> Option<usize> {
    s.find(part)
}

/// [`find_str`] in the .wasm: each place that holds `part`'s first byte, compared with the rest of
/// it (the parts searched for are short words and marks), where std's two-way searcher would be a
/// second copy of its search beside the one that the regex crate's parser keeps. A match of the
/// bytes of a `str` in a `str` starts on a char boundary, so the offset is `s.find(part)`'s.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn find_str(s: &str, part: &str) -> Option<usize> {
    plain_find(s, part)
}

/// [`find_str`]'s search in the .wasm (and in the tests, which check it against std's).
#[cfg(any(target_arch = "wasm32", test))]
fn plain_find(s: &str, part: &str) -> Option<usize> {
    let (hay, needle) = (s.as_bytes(), part.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        if hay.get(at + 1..at + needle.len())? == rest {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The offsets of the `part`s in `s` that do not overlap, left to right (`s.match_indices(part)`'s
/// offsets); `part` is not empty. Natively std's search; in the .wasm through [`find_str`].
pub fn match_starts<'a>(s: &'a str, part: &'a str) -> impl Iterator<Item = usize> + 'a {
    #[cfg(not(target_arch = "wasm32"))]
    return s.match_indices(part).map(|(at, _)| at);
    #[cfg(target_arch = "wasm32")]
    {
        let mut from = 0;
        std::iter::from_fn(move || {
            let at = from + find_str(tail(s, from), part)?;
            from = at + part.len();
            Some(at)
        })
    }
}

/// The byte offset of the first char of `s` that is one of `set` (`s.find(set)`). One search in the
/// .wasm, where each array of chars searched for (`s.find(['\n', '\r'])`) would bring its own.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn find_any(s: &str, set: &[char]) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.find(set);
    // In the .wasm through [`char_indices`], whose step is one call: no decoding loop of its own.
    #[cfg(target_arch = "wasm32")]
    char_indices(s)
        .find(|(_, c)| set.contains(c))
        .map(|(i, _)| i)
}

/// True when a char of `s` is one of `set` (`s.contains(set)`); one search in the .wasm, as
/// [`find_any`].
#[inline]
pub fn has_any(s: &str, set: &[char]) -> bool {
    find_any(s, set).is_some()
}

/// The byte offset of the first char of `s` that is `test`'s (`s.find(test)`). One search in the
/// .wasm, where each test would bring its own.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn find_by(s: &str, test: fn(char) -> bool) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.find(test);
    // In the .wasm through [`char_indices`], whose step is one call: no decoding loop of its own.
    #[cfg(target_arch = "wasm32")]
    char_indices(s).find(|&(_, c)| test(c)).map(|(i, _)| i)
}

/// The byte offset of the last char of `s` that is `test`'s (`s.rfind(test)`); one search in the
/// .wasm, as [`find_by`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn rfind_by(s: &str, test: fn(char) -> bool) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.rfind(test);
    // In the .wasm through [`char_indices`], as [`find_by`].
    #[cfg(target_arch = "wasm32")]
    char_indices(s)
        .rev()
        .find(|&(_, c)| test(c))
        .map(|(i, _)| i)
}

/// The pieces of `s` that each end with a char that is `test`'s, the last one perhaps not
/// (`s.split_inclusive(test)`). Natively std's; in the .wasm through [`find_by`], where std's
/// splitter would bring its own decoding loop.
pub fn split_inclusive_by(s: &str, test: fn(char) -> bool) -> impl Iterator<Item = &str> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.split_inclusive(test);
    #[cfg(target_arch = "wasm32")]
    {
        let mut rest = s;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            let end = find_by(rest, test).map_or(rest.len(), |i| i + char_len_at(rest, i));
            let piece = head(rest, end);
            rest = tail(rest, end);
            Some(piece)
        })
    }
}

/// `s` cut at its first char that is `test`'s, that char left out (`s.split_once(test)`). Searches
/// with [`find_by`].
pub fn split_once_by(s: &str, test: fn(char) -> bool) -> Option<(&str, &str)> {
    let i = find_by(s, test)?;
    Some((head(s, i), tail(s, i + char_len_at(s, i))))
}

/// `s` cut at its last char that is `test`'s, that char left out (`s.rsplit_once(test)`). Searches
/// with [`rfind_by`].
pub fn rsplit_once_by(s: &str, test: fn(char) -> bool) -> Option<(&str, &str)> {
    let i = rfind_by(s, test)?;
    Some((head(s, i), tail(s, i + char_len_at(s, i))))
}

/// `s` cut at its first `c`, that char left out (`s.split_once(c)`; a fast byte search). One call
/// in the .wasm, where each use inlined the search.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn split_once_char(s: &str, c: char) -> Option<(&str, &str)> {
    s.split_once(c)
}

/// [`split_once_char`] in the .wasm: through [`find_char`]'s search, where std's `split_once` would
/// be a second copy of it.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn split_once_char(s: &str, c: char) -> Option<(&str, &str)> {
    let i = find_char(s, c)?;
    Some((head(s, i), tail(s, i + char_len(c))))
}

/// `s` cut at its last `c`, that char left out (`s.rsplit_once(c)`); one call in the .wasm, as
/// [`split_once_char`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn rsplit_once_char(s: &str, c: char) -> Option<(&str, &str)> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.rsplit_once(c);
    // In the .wasm through [`char_indices`], as [`find_any`].
    #[cfg(target_arch = "wasm32")]
    {
        let (i, _) = char_indices(s).rev().find(|&(_, x)| x == c)?;
        Some((head(s, i), tail(s, i + char_len(c))))
    }
}

/// `char_len(c)`, the length of `c` in UTF-8. Inlined natively; one call in the .wasm, where each
/// use inlined its three comparisons.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn char_len(c: char) -> usize {
    c.len_utf8()
}

/// The length in bytes of the char at byte `i` of `s` (1 past the end).
fn char_len_at(s: &str, i: usize) -> usize {
    first_char(tail(s, i)).map_or(1, char_len)
}

/// The text of `s` after the last char that is `test`'s (`s.rsplit(test).next().unwrap()`): all of
/// `s` when none is.
/// Inlined natively; one call in the .wasm, where it was inlined at several places.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn after_last_by(s: &str, test: fn(char) -> bool) -> &str {
    rsplit_once_by(s, test).map_or(s, |(_, after)| after)
}

/// The pieces of `s` between the chars that are `test`'s (`s.split(test)`), found with [`find_by`]:
/// one search in the .wasm, where each test's `split` would bring its own. Inlined natively; one
/// call in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn split_by(s: &str, test: fn(char) -> bool) -> Split<'_> {
    Split {
        rest: Some(s),
        sep: Separator::By(test),
    }
}

/// The pieces of `s` between the `c`s (`s.split(c)`), cut with [`split_once_char`]: one call in the
/// .wasm, where each std `split` built its searcher's dozen fields inline. Inlined natively.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn split_char(s: &str, c: char) -> Split<'_> {
    Split {
        rest: Some(s),
        sep: Separator::Char(c),
    }
}

/// What separates the pieces of a [`Split`].
#[derive(Clone, Copy)]
enum Separator {
    /// Any char the test accepts ([`split_by`]).
    By(fn(char) -> bool),
    /// One char, found by std's byte search ([`split_char`]).
    Char(char),
}

/// The iterator of [`split_by`] and [`split_char`].
pub struct Split<'a> {
    /// The text not yet split; `None` once the last piece is given.
    rest: Option<&'a str>,
    sep: Separator,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a str;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        let cut = match self.sep {
            Separator::By(test) => split_once_by(s, test),
            Separator::Char(c) => split_once_char(s, c),
        };
        match cut {
            Some((piece, rest)) => {
                self.rest = Some(rest);
                Some(piece)
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

/// True when `s` is one of the `|`-separated `phrases` (`matches!(s, "a b" | "c")`): phrases of
/// more than one word, which a [`crate::word_list::WordList`] cannot hold, or a rule's few words.
/// One call in the .wasm, where each `matches!` compiled to a comparison per phrase.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_one_of(s: &str, phrases: &str) -> bool {
    split_char(phrases, '|').any(|p| p == s)
}

/// True when exactly one space separates byte `end` of `text` from byte `start` (two words written
/// side by side: `Span::new(end, start).slice(text) == " "`). One call in the .wasm, where each rule
/// that asks it would build its own span and comparison.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn one_space(text: &str, end: usize, start: usize) -> bool {
    start == end + 1 && text.as_bytes().get(end) == Some(&b' ')
}

/// True when `s` starts with a character `test` accepts (`s.starts_with(test)`). One copy in the
/// .wasm for every test, where each closure, character set or `char` method would make its own.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn starts_by(s: &str, test: fn(char) -> bool) -> bool {
    first_char(s).is_some_and(test)
}

/// True when `s` ends with a character `test` accepts (`s.ends_with(test)`); one copy in the
/// .wasm, as [`starts_by`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ends_by(s: &str, test: fn(char) -> bool) -> bool {
    last_char(s).is_some_and(test)
}

/// `s` without the characters `test` accepts at its start (`s.trim_start_matches(test)`). One copy
/// in the .wasm for every test, where each closure or character set would make its own.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn trim_start_by(s: &str, test: fn(char) -> bool) -> &str {
    #[cfg(not(target_arch = "wasm32"))]
    return s.trim_start_matches(test);
    // In the .wasm through [`char_indices`], whose step is one call: no decoding loop of its own.
    #[cfg(target_arch = "wasm32")]
    {
        let start = char_indices(s).find(|&(_, c)| !test(c));
        tail(s, start.map_or(s.len(), |(i, _)| i))
    }
}

/// `s` without the characters `test` accepts at its end (`s.trim_end_matches(test)`); one copy in
/// the .wasm, as [`trim_start_by`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn trim_end_by(s: &str, test: fn(char) -> bool) -> &str {
    #[cfg(not(target_arch = "wasm32"))]
    return s.trim_end_matches(test);
    // In the .wasm through [`char_indices`], as [`trim_start_by`].
    #[cfg(target_arch = "wasm32")]
    {
        let last = char_indices(s).rev().find(|&(_, c)| !test(c));
        head(s, last.map_or(0, |(i, c)| i + char_len(c)))
    }
}

/// `s` without the characters `test` accepts at either end (`s.trim_matches(test)`); one copy in
/// the .wasm, as [`trim_start_by`].
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn trim_by(s: &str, test: fn(char) -> bool) -> &str {
    s.trim_matches(test)
}

/// [`trim_by`] in the .wasm: [`trim_start_by`] then [`trim_end_by`], the same cut, where std's
/// `trim_matches` would be a third loop beside theirs.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn trim_by(s: &str, test: fn(char) -> bool) -> &str {
    trim_end_by(trim_start_by(s, test), test)
}

/// True when `a` and `b` are the same bytes but for ASCII case (`a.eq_ignore_ascii_case(b)`). One
/// call in the .wasm, where the comparison loop would be inlined at each use.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn eq_ignore_case(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// True when `word` is one of `list` but for ASCII case (`list.iter().any(|w|
/// w.eq_ignore_ascii_case(word))`). One call in the .wasm, where each use inlined the loop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn any_eq_ignore_case(list: &[&str], word: &str) -> bool {
    list.iter()
        .any(|w| eq_ignore_case(w.as_bytes(), word.as_bytes()))
}

/// Something that covers a span of the text: a sentence, a token, a mention.
pub trait Spanned {
    /// The span covered.
    fn span_of(&self) -> Span;
}

impl Spanned for Span {
    fn span_of(&self) -> Span {
        *self
    }
}

/// In `items` (sorted and disjoint), how many end at or before `at`: the index of the first that
/// ends after it (the sentence that holds offset `at`). One call in the .wasm, where the binary
/// search would be inlined at each of the rules that ask.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ending_by<T: Spanned>(items: &[T], at: usize) -> usize {
    items.partition_point(|x| x.span_of().end <= at)
}

/// In `items` (sorted), how many start before `at`: the index of the first that starts at or
/// after it; one call in the .wasm, as [`ending_by`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn starting_before<T: Spanned>(items: &[T], at: usize) -> usize {
    items.partition_point(|x| x.span_of().start < at)
}

/// Which unit an external offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Bytes of UTF-8 (Rust's own).
    Byte,
    /// UTF-16 code units (JavaScript strings).
    Utf16,
    /// Unicode scalar values (Python strings, the CLI's JSONL).
    Char,
}

/// Converts byte offsets into another unit by walking the text forwards.
///
/// Queries in ascending order cost O(total distance walked); a query behind the cursor restarts from the
/// beginning, so converting each sorted list in one pass keeps the whole conversion linear.
pub struct OffsetConverter<'a> {
    text: &'a str,
    unit: Unit,
    byte: usize,
    counted: usize,
}

impl<'a> OffsetConverter<'a> {
    /// A converter over `text` into `unit`.
    pub fn new(text: &'a str, unit: Unit) -> Self {
        OffsetConverter {
            text,
            unit,
            byte: 0,
            counted: 0,
        }
    }

    /// The offset in the target unit of byte offset `byte` (clamped to the text, rounded down to a char
    /// boundary).
    pub fn convert(&mut self, byte: usize) -> usize {
        if self.unit == Unit::Byte {
            return byte.min(self.text.len());
        }
        let mut target = byte.min(self.text.len());
        while !self.text.is_char_boundary(target) {
            target -= 1;
        }
        if target < self.byte {
            self.byte = 0;
            self.counted = 0;
        }
        // Counted by bytes, without decoding: every byte but a continuation byte (10xxxxxx) starts
        // a char, and a char of four bytes (lead byte 11110xxx) is two UTF-16 units.
        let piece = crate::vecs::run(self.text.as_bytes(), self.byte, target);
        let starts = |b: u8| usize::from(b & 0xC0 != 0x80);
        self.counted += match self.unit {
            Unit::Utf16 => piece
                .iter()
                .map(|&b| starts(b) + usize::from(b >= 0xF0))
                .sum::<usize>(),
            Unit::Char => piece.iter().map(|&b| starts(b)).sum::<usize>(),
            Unit::Byte => unreachable!(),
        };
        self.byte = target;
        self.counted
    }

    /// Converts a span.
    pub fn span(&mut self, span: Span) -> (usize, usize) {
        let s = self.convert(span.start);
        let e = self.convert(span.end);
        (s, e)
    }
}

/// Number of Unicode scalar values in `text`. Inlined natively; one call in the .wasm, where the
/// rules' counts of a word's chars each inlined a loop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// True when `s` has more than `n` chars (`s.chars().nth(n).is_some()`). Inlined natively; one call
/// in the .wasm, where each rule's test of a word's length in chars inlined the iterator's `nth`.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn more_chars_than(s: &str, n: usize) -> bool {
    chars(s).nth(n).is_some()
}

/// True when `s` has more than `n` words (runs of non-whitespace, [`words`]); reads no further than
/// word `n + 1`. One call in the .wasm, as [`more_chars_than`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn more_words_than(s: &str, n: usize) -> bool {
    words(s).nth(n).is_some()
}

/// A table of the 256 byte values with `true` at each of `bytes`: a scanner's set of bytes worth a
/// closer look, built at compile time.
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_find_finds_what_std_finds() {
        let hay = "a://b www. x – y aa:// 1. 11. –– ’s ééé www.www.";
        for part in [
            "", "a", "://", "www.", "–", "– y", "1.", "é", "éé", "zz", "s ", "www.www.", ".",
        ] {
            for from in 0..=hay.len() {
                if let Some(h) = hay.get(from..) {
                    assert_eq!(plain_find(h, part), h.find(part), "{part:?} in {h:?}");
                }
            }
        }
        let starts: Vec<usize> = match_starts("aaaa", "aa").collect();
        assert_eq!(starts, [0, 2]);
    }

    #[test]
    fn the_wasm_char_searches_give_std_answers() {
        for s in ["", "a", "aé b–C", "  x  ", "ééé"] {
            for f in [is_space, is_upper, is_alpha] {
                let first = char_indices(s).find(|&(_, c)| f(c)).map(|(i, _)| i);
                let last = char_indices(s).rev().find(|&(_, c)| f(c)).map(|(i, _)| i);
                assert_eq!((first, last), (s.find(f), s.rfind(f)));
                assert_eq!(chars(s).any(f), s.chars().any(f));
                assert_eq!(chars(s).all(f), s.chars().all(f));
            }
        }
    }

    #[test]
    fn the_wasm_counts_and_cuts_by_char_give_std_answers() {
        for s in ["", "a", "a.b..c", "–x–y", "é.é", ".."] {
            for c in ['.', '–', 'é', 'z'] {
                let (mut n, mut rest) = (0, s);
                while let Some(i) = find_char(rest, c) {
                    n += 1;
                    rest = tail(rest, i + char_len(c));
                }
                assert_eq!(n, s.matches(c).count());
                let last = char_indices(s).rev().find(|&(_, x)| x == c);
                let cut = last.map(|(i, _)| (head(s, i), tail(s, i + char_len(c))));
                assert_eq!(cut, s.rsplit_once(c));
            }
            let set = ['.', '–'];
            let first = char_indices(s)
                .find(|(_, c)| set.contains(c))
                .map(|(i, _)| i);
            assert_eq!(first, s.find(set));
        }
    }

    #[test]
    fn the_wasm_inclusive_split_gives_std_pieces() {
        for s in ["", " ", "a", "a b", " a  b ", "x\u{a0}é\u{2003}"] {
            let mut rest = s;
            let mut pieces = Vec::new();
            while !rest.is_empty() {
                let end = find_by(rest, is_space).map_or(rest.len(), |i| i + char_len_at(rest, i));
                pieces.push(head(rest, end));
                rest = tail(rest, end);
            }
            assert_eq!(pieces, s.split_inclusive(is_space).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_wasm_trims_give_std_cuts() {
        for s in ["", "  ", " a b ", "a", "–x–", "\u{a0}é\u{a0}"] {
            let start = char_indices(s).find(|&(_, c)| !is_space(c));
            assert_eq!(tail(s, start.map_or(s.len(), |(i, _)| i)), s.trim_start());
            let last = char_indices(s).rev().find(|&(_, c)| !is_space(c));
            assert_eq!(
                head(s, last.map_or(0, |(i, c)| i + char_len(c))),
                s.trim_end()
            );
        }
    }

    #[test]
    fn the_wasm_trim_and_split_give_std_cuts() {
        for s in ["", "  ", " a b ", "a", "–x–", "\u{a0}é\u{a0}"] {
            assert_eq!(
                trim_end_by(trim_start_by(s, is_space), is_space),
                s.trim_matches(is_space)
            );
            for c in [' ', '–', 'é'] {
                let wasm = find_char(s, c).map(|i| (head(s, i), tail(s, i + char_len(c))));
                assert_eq!(wasm, s.split_once(c));
            }
        }
    }

    #[test]
    fn ascii_lower_cases_give_std_answers() {
        for s in ["", "a", "McCain", "NASA's", "É-é", "0-9 AZ az"] {
            let mut out = String::from("Ab ");
            push_ascii_lower(&mut out, s);
            assert_eq!(out, format!("Ab {}", s.to_ascii_lowercase()));
            let mut buf = [0u8; 8];
            let want = (s.is_ascii() && s.len() <= 8).then(|| s.to_ascii_lowercase());
            assert_eq!(ascii_lower_in(s, &mut buf), want.as_deref(), "{s}");
        }
    }

    #[test]
    fn byte_sets_hold_their_bytes_only() {
        let t = byte_set(b"<&\xE2");
        let set: Vec<usize> = (0..256).filter(|&b| t[b]).collect();
        assert_eq!(set, [b'&' as usize, b'<' as usize, 0xE2]);
        assert!(!byte_set(&[]).iter().any(|&x| x));
    }

    #[test]
    fn parse_i32_is_std_parse() {
        for s in [
            "",
            "-",
            "+",
            "0",
            "-0",
            "+0",
            "7",
            "-7",
            "+7",
            "-+7",
            "+-7",
            "--7",
            "++7",
            " 7",
            "7 ",
            "0.5",
            "x",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "4294967295",
            "4294967296",
            "-4294967296",
            "0012",
            "-0012",
            "1_0",
            "١",
        ] {
            assert_eq!(parse_i32(s), s.parse::<i32>().ok(), "{s:?}");
        }
    }

    #[test]
    fn converts_to_utf16_and_chars() {
        let text = "a😀b é中";
        // bytes: a=0, 😀=1..5, b=5, ' '=6, e=7, U+0301=8..10, 中=10..13
        let mut u16c = OffsetConverter::new(text, Unit::Utf16);
        assert_eq!(u16c.convert(0), 0);
        assert_eq!(u16c.convert(5), 3);
        assert_eq!(u16c.convert(13), 7);
        assert_eq!(u16c.convert(1), 1); // going back restarts
        let mut ch = OffsetConverter::new(text, Unit::Char);
        assert_eq!(ch.convert(5), 2);
        assert_eq!(ch.convert(13), 6);
    }

    #[test]
    fn counts_as_decoding_would() {
        let text = "a é € 😀 \u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff} z";
        let mut u16c = OffsetConverter::new(text, Unit::Utf16);
        let mut ch = OffsetConverter::new(text, Unit::Char);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(u16c.convert(i), text[..i].encode_utf16().count(), "at {i}");
            assert_eq!(ch.convert(i), text[..i].chars().count(), "at {i}");
        }
    }

    #[test]
    fn clamps_and_rounds_down() {
        let text = "😀";
        let mut c = OffsetConverter::new(text, Unit::Utf16);
        assert_eq!(c.convert(2), 0);
        assert_eq!(c.convert(99), 2);
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(2, 5);
        assert_eq!(s.slice("abcdefg"), "cde");
        assert_eq!(Span::new(5, 99).slice("abc"), "");
        assert!(s.overlaps(&Span::new(4, 6)));
        assert!(!s.overlaps(&Span::new(5, 6)));
        assert!(s.contains(&Span::new(3, 5)));
    }

    #[test]
    fn char_helpers_match_the_standard_library() {
        let sep = |c: char| c == '-' || c == '\u{2013}';
        for s in [
            "",
            "-",
            "a",
            "a-b",
            "a\u{2013}b-",
            "-ÉtÉ-\u{2013}x",
            "no dash",
            "é\u{2013}",
        ] {
            assert_eq!(
                split_by(s, sep).collect::<Vec<_>>(),
                s.split(sep).collect::<Vec<_>>(),
                "{s}"
            );
            assert_eq!(Some(after_last_by(s, sep)), s.rsplit(sep).next(), "{s}");
            for c in ['-', '\u{2013}'] {
                assert_eq!(
                    split_char(s, c).collect::<Vec<_>>(),
                    s.split(c).collect::<Vec<_>>(),
                    "{s}"
                );
            }
            assert_eq!(chars(s).collect::<String>(), s);
            assert_eq!(
                chars(s).rev().collect::<Vec<_>>(),
                s.chars().rev().collect::<Vec<_>>()
            );
            assert_eq!(
                char_indices(s).collect::<Vec<_>>(),
                s.char_indices().collect::<Vec<_>>()
            );
            assert_eq!(find_any(s, &['-', 'b']), s.find(['-', 'b']));
            assert_eq!(rfind_by(s, sep), s.rfind(sep));
            assert_eq!(split_once_by(s, sep), s.split_once(sep));
            assert_eq!(rsplit_once_by(s, sep), s.rsplit_once(sep));
        }
    }
}
