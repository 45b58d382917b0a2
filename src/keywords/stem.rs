//! The matching key of a word: Porter's step 1 (Porter 1980, "An algorithm for suffix stripping"),
//! which folds inflection only: plurals (`talks` -> `talk`, `cities` -> `citi`), `-ed` and `-ing`
//! (`crashed`, `crashing` -> `crash`), a final `y` (`city` -> `citi`), and Porter's step 5a, a final
//! `e` after a long stem (`sieve`, `sieving` -> `siev`). Derivational suffixes
//! (`-ation`, `-ness`) are kept, so `nation` and `national` stay apart. Input is a lower-case form;
//! words with a non-ASCII letter are only stripped of a plural `s`.

use crate::porter::{cons, cvc, has_vowel, measure};

use crate::text::{head, is_ascii, pop_char, tail};
use crate::vecs::run;

/// Appends the step-1 stem of the lower-case word `w` to `out`.
pub fn stem_into(w: &str, out: &mut String) {
    let b = w.as_bytes();
    if b.len() <= 2 || !is_ascii(w) {
        out.push_str(w);
        if w.len() > 3 && !is_ascii(w) && w.ends_with('s') && !w.ends_with("ss") {
            pop_char(out);
        }
        return;
    }
    let start = out.len();
    out.push_str(step1a(w));
    step1b(out, start);
    // Step 1c: a final y after a consonant (not the first letter) becomes i.
    let st = run(out.as_bytes(), start, out.len());
    let n = st.len();
    if n > 2 && st[n - 1] == b'y' && cons(&st[..n - 1], n - 2) {
        pop_char(out);
        out.push('i');
    }
    // Step 5a: a final e goes when the rest is long enough (`crashes` -> `crashe` -> `crash`,
    // `sieve` and `sieving` -> `siev`), but not after a short syllable (`hope`, `file`).
    let st = run(out.as_bytes(), start, out.len());
    if let Some((b'e', rest)) = st.split_last() {
        let m = measure(rest);
        if m > 1 || (m == 1 && !cvc(rest)) {
            pop_char(out);
        }
    }
}

/// The stem of `w` as a new string.
/// Inlined natively; one call in the .wasm, where it was inlined at several places.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn stem(w: &str) -> String {
    let mut s = crate::vecs::string_with_capacity(w.len());
    stem_into(w, &mut s);
    s
}

fn step1a(w: &str) -> &str {
    if let Some(s) = w.strip_suffix("sses") {
        head(w, s.len() + 2)
    } else if let Some(s) = w.strip_suffix("ies") {
        // NLTK: `ties` -> `tie`, `cities` -> `citi`.
        head(w, s.len() + if w.len() == 4 { 2 } else { 1 })
    } else if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        w
    } else if let Some(s) = w.strip_suffix('s') {
        s
    } else {
        w
    }
}

/// Step 1b on the word `out[start..]`, in place: `-eed`, `-ed`, `-ing`.
fn step1b(out: &mut String, start: usize) {
    let w = tail(out, start);
    if let Some(s) = w.strip_suffix("eed") {
        if measure(s.as_bytes()) > 0 {
            // `-eed` -> `-ee`.
            pop_char(out);
        }
        return;
    }
    let Some(s) = w
        .strip_suffix("ed")
        .or_else(|| w.strip_suffix("ing"))
        .filter(|s| has_vowel(s.as_bytes()))
    else {
        return;
    };
    let b = s.as_bytes();
    let n = b.len();
    let halve =
        n >= 2 && b[n - 1] == b[n - 2] && cons(b, n - 1) && !matches!(b[n - 1], b'l' | b's' | b'z');
    let add_e = !halve
        && (s.ends_with("at")
            || s.ends_with("bl")
            || s.ends_with("iz")
            || (measure(b) == 1 && cvc(b)));
    out.truncate(start + n);
    if halve {
        pop_char(out);
    } else if add_e {
        out.push('e');
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_fold() {
        for (w, s) in [
            ("talks", "talk"),
            ("talk", "talk"),
            ("cities", "citi"),
            ("city", "citi"),
            ("crashes", "crash"),
            ("crashed", "crash"),
            ("crashing", "crash"),
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "tie"),
            ("agreed", "agre"),
            ("hopping", "hop"),
            ("hoping", "hope"),
            ("filing", "file"),
            ("conflated", "conflat"),
            ("sing", "sing"),
            ("bus", "bus"),
            ("crisis", "crisis"),
            ("news", "new"),
            ("f-16s", "f-16"),
            ("u.s.", "u.s."),
            ("cafés", "café"),
            ("sieve", "siev"),
            ("sieving", "siev"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
    }
}
