//! The Porter (1980) stemmer, in the variant of NLTK's `PorterStemmer` (its default NLTK_EXTENSIONS
//! mode) that Google's rouge-score uses with `use_stemmer=True`. The trainer labels sentences with
//! it (as the scorer counts them); the features compare words by it.

use crate::porter::{self, cons, has_vowel, measure as m};
use crate::text::is_ascii;
use crate::vecs::{at, run};

/// `w.ends_with(suf)`, inlined natively: the suffixes are a few bytes, and a call to `memcmp` per
/// rule costs more than the comparison. Compared from the end, where most rules fail at once. One
/// call in the .wasm, where it would be inlined at each of the rules.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn ends(w: &[u8], suf: &[u8]) -> bool {
    w.len() >= suf.len() && w.iter().rev().zip(suf.iter().rev()).all(|(a, b)| a == b)
}

fn dbl(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && cons(w, n - 1)
}

/// Porter's *o, with NLTK's extension: also a two-letter vowel-consonant word.
fn cvc(w: &[u8]) -> bool {
    porter::cvc(w) || (w.len() == 2 && !cons(w, 0) && cons(w, 1))
}

/// A rule: suffix, replacement, and the condition on the stem before the suffix.
type Rule = (&'static str, &'static str, fn(&[u8]) -> bool);

/// The first rule of `rules` whose suffix ends `w` decides: `w` takes the replacement when `cond`
/// holds for the stem, and is left as it is otherwise. Each step passes only the rules whose suffix
/// ends in `w`'s last two letters (in Porter's order), so a word is compared with a few suffixes.
fn rules(w: &mut Vec<u8>, rules: &[Rule]) {
    for &(suf, rep, cond) in rules {
        if ends(w, suf.as_bytes()) {
            let cut = w.len() - suf.len();
            if cond(crate::vecs::run(w, 0, cut)) {
                replace_end(w, suf.len(), rep.as_bytes());
            }
            return;
        }
    }
}

/// `w` without its last `cut` bytes, then `rep`.
/// Inlined natively; one call in the .wasm, where it was inlined at several places.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn replace_end(w: &mut Vec<u8>, cut: usize, rep: &[u8]) {
    w.truncate(w.len() - cut);
    push_bytes(w, rep);
}

/// `w.extend_from_slice(bytes)`. Inlined natively; in the .wasm a loop of [`crate::vecs::push`],
/// whose growth for bytes is the standard library's own, where `extend_from_slice` brought a copy
/// of the vector's reserving and growing code for bytes (used nowhere else).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn push_bytes(w: &mut Vec<u8>, bytes: &[u8]) {
    #[cfg(not(target_arch = "wasm32"))]
    w.extend_from_slice(bytes);
    #[cfg(target_arch = "wasm32")]
    for &b in bytes {
        crate::vecs::push(w, b);
    }
}

fn any(_: &[u8]) -> bool {
    true
}
fn pos(s: &[u8]) -> bool {
    m(s) > 0
}
fn gt1(s: &[u8]) -> bool {
    m(s) > 1
}

fn s1a(w: &mut Vec<u8>) {
    if ends(w, b"ies") && w.len() == 4 {
        return replace_end(w, 3, b"ie");
    }
    rules(
        w,
        &[
            ("sses", "ss", any),
            ("ies", "i", any),
            ("ss", "ss", any),
            ("s", "", any),
        ],
    );
}

fn s1b(w: &mut Vec<u8>) {
    if ends(w, b"ied") {
        let rep: &[u8] = if w.len() == 4 { b"ie" } else { b"i" };
        return replace_end(w, 3, rep);
    }
    if ends(w, b"eed") {
        if m(run(w, 0, w.len() - 3)) > 0 {
            replace_end(w, 3, b"ee");
        }
        return;
    }
    // The word without `-ed` or `-ing`, when a vowel remains.
    let Some(cut) = [&b"ed"[..], b"ing"]
        .into_iter()
        .find(|suf| ends(w, suf) && has_vowel(run(w, 0, w.len() - suf.len())))
        .map(<[u8]>::len)
    else {
        return;
    };
    w.truncate(w.len() - cut);
    // `-at`, `-bl`, `-iz` take an `e`.
    if ends(w, b"at") || ends(w, b"bl") || ends(w, b"iz") {
        crate::vecs::push(w, b'e');
        return;
    }
    if dbl(w) {
        // A double consonant other than l, s, z is halved.
        if !matches!(*at(w, w.len() - 1), b'l' | b's' | b'z') {
            w.pop();
        }
        return;
    }
    if m(w) == 1 && cvc(w) {
        crate::vecs::push(w, b'e');
    }
}

fn s1c(w: &mut Vec<u8>) {
    if ends(w, b"y") {
        let st = run(w, 0, w.len() - 1);
        if st.len() > 1 && cons(st, st.len() - 1) {
            replace_end(w, 1, b"i");
        }
    }
}

fn s2(w: &mut Vec<u8>) {
    while ends(w, b"alli") && pos(run(w, 0, w.len() - 4)) {
        replace_end(w, 4, b"al");
    }
    // NLTK checks the measure of the word without its last three letters.
    if ends(w, b"logi") && pos(run(w, 0, w.len() - 3)) {
        w.pop();
        return;
    }
    // Porter's list, by the suffix's last two letters.
    let table: &[Rule] = match w.as_slice() {
        [.., b'a', b'l'] => &[("ational", "ate", pos), ("tional", "tion", pos)],
        [.., b'c', b'i'] => &[("enci", "ence", pos), ("anci", "ance", pos)],
        [.., b'e', b'r'] => &[("izer", "ize", pos)],
        [.., b'l', b'i'] => &[
            ("bli", "ble", pos),
            ("alli", "al", pos),
            ("entli", "ent", pos),
            ("eli", "e", pos),
            ("ousli", "ous", pos),
            ("fulli", "ful", pos),
        ],
        [.., b'o', b'n'] => &[("ization", "ize", pos), ("ation", "ate", pos)],
        [.., b'o', b'r'] => &[("ator", "ate", pos)],
        [.., b's', b'm'] => &[("alism", "al", pos)],
        [.., b's', b's'] => &[
            ("iveness", "ive", pos),
            ("fulness", "ful", pos),
            ("ousness", "ous", pos),
        ],
        [.., b't', b'i'] => &[
            ("aliti", "al", pos),
            ("iviti", "ive", pos),
            ("biliti", "ble", pos),
        ],
        _ => &[],
    };
    rules(w, table);
}

fn s3(w: &mut Vec<u8>) {
    // Porter's list, by the suffix's last two letters.
    let table: &[Rule] = match w.as_slice() {
        [.., b't', b'e'] => &[("icate", "ic", pos)],
        [.., b'v', b'e'] => &[("ative", "", pos)],
        [.., b'z', b'e'] => &[("alize", "al", pos)],
        [.., b't', b'i'] => &[("iciti", "ic", pos)],
        [.., b'a', b'l'] => &[("ical", "ic", pos)],
        [.., b'u', b'l'] => &[("ful", "", pos)],
        [.., b's', b's'] => &[("ness", "", pos)],
        _ => &[],
    };
    rules(w, table);
}

fn ion(s: &[u8]) -> bool {
    m(s) > 1 && matches!(s.last(), Some(b's' | b't'))
}

fn s4(w: &mut Vec<u8>) {
    // Porter's list, by the suffix's last two letters.
    let table: &[Rule] = match w.as_slice() {
        [.., b'a', b'l'] => &[("al", "", gt1)],
        [.., b'c', b'e'] => &[("ance", "", gt1), ("ence", "", gt1)],
        [.., b'e', b'r'] => &[("er", "", gt1)],
        [.., b'i', b'c'] => &[("ic", "", gt1)],
        [.., b'l', b'e'] => &[("able", "", gt1), ("ible", "", gt1)],
        [.., b'n', b't'] => &[
            ("ant", "", gt1),
            ("ement", "", gt1),
            ("ment", "", gt1),
            ("ent", "", gt1),
        ],
        [.., b'o', b'n'] => &[("ion", "", ion)],
        [.., b'o', b'u'] => &[("ou", "", gt1)],
        [.., b's', b'm'] => &[("ism", "", gt1)],
        [.., b't', b'e'] => &[("ate", "", gt1)],
        [.., b't', b'i'] => &[("iti", "", gt1)],
        [.., b'u', b's'] => &[("ous", "", gt1)],
        [.., b'v', b'e'] => &[("ive", "", gt1)],
        [.., b'z', b'e'] => &[("ize", "", gt1)],
        _ => &[],
    };
    rules(w, table);
}

fn s5a(w: &mut Vec<u8>) {
    if ends(w, b"e") {
        let st = run(w, 0, w.len() - 1);
        if m(st) > 1 || (m(st) == 1 && !cvc(st)) {
            w.pop();
        }
    }
}

fn s5b(w: &mut Vec<u8>) {
    if ends(w, b"ll") && m(run(w, 0, w.len() - 1)) > 1 {
        w.pop();
    }
}

crate::word_list::word_lists! {
    /// The words NLTK keeps whole, each its own stem.
    const KEPT_WHOLE = "sky news inning outing canning howe proceed exceed succeed";
    /// The irregular forms NLTK fixes by hand, and their stems in the same order in [`IRREGULAR_STEMS`].
    const IRREGULAR_FORMS = "skies dying lying tying innings outings cannings";
    /// The stems of [`IRREGULAR_FORMS`].
    const IRREGULAR_STEMS = "sky die lie tie inning outing canning";
}

/// The stems NLTK fixes by hand (its irregular forms, and words it keeps whole).
fn irregular(word: &str) -> Option<&'static str> {
    if KEPT_WHOLE.contains(word) {
        return KEPT_WHOLE
            .position(word)
            .and_then(|k| KEPT_WHOLE.get(k).copied());
    }
    if IRREGULAR_FORMS.contains(word) {
        let k = IRREGULAR_FORMS.position(word)?;
        return IRREGULAR_STEMS.get(k).copied();
    }
    None
}

/// The stem of a lower-case ASCII word.
pub fn stem(word: &str) -> String {
    let mut w = Vec::new();
    stem_into(word, &mut w);
    String::from_utf8(w).unwrap_or_else(|_| crate::vecs::to_string(word))
}

/// Puts the stem of a lower-case ASCII word into `w` (its bytes; the word itself when it is not
/// ASCII), reusing its memory.
pub fn stem_into(word: &str, w: &mut Vec<u8>) {
    w.clear();
    if let Some(s) = irregular(word) {
        push_bytes(w, s.as_bytes());
        return;
    }
    push_bytes(w, word.as_bytes());
    if word.len() <= 2 || !is_ascii(word) {
        return;
    }
    s1a(w);
    s1b(w);
    s1c(w);
    s2(w);
    s3(w);
    s4(w);
    s5a(w);
    s5b(w);
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_stems() {
        for (w, s) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("hopping", "hop"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("generalization", "gener"),
            ("electricity", "electr"),
            ("adjustment", "adjust"),
            ("controll", "control"),
            ("arrested", "arrest"),
            ("news", "news"),
        ] {
            assert_eq!(super::stem(w), s, "{w}");
        }
    }
}
