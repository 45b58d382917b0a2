//! The matching key of a word: Porter's step 1 (Porter 1980, "An algorithm for suffix stripping"),
//! which folds inflection only: plurals (`talks` -> `talk`, `cities` -> `citi`), `-ed` and `-ing`
//! (`crashed`, `crashing` -> `crash`), a final `y` (`city` -> `citi`), and Porter's step 5a, a final
//! `e` after a long stem (`sieve`, `sieving` -> `siev`). Derivational suffixes
//! (`-ation`, `-ness`) are kept, so `nation` and `national` stay apart. Input is a lower-case form;
//! words with a non-ASCII letter are only stripped of a plural `s`.

/// Appends the step-1 stem of the lower-case word `w` to `out`.
pub fn stem_into(w: &str, out: &mut String) {
    let b = w.as_bytes();
    if b.len() <= 2 || !w.is_ascii() {
        out.push_str(w);
        if w.len() > 3 && !w.is_ascii() && w.ends_with('s') && !w.ends_with("ss") {
            out.pop();
        }
        return;
    }
    let start = out.len();
    out.push_str(step1a(w));
    let s = step1b(&out[start..]);
    if let Some(s) = s {
        out.truncate(start);
        out.push_str(&s);
    }
    // Step 1c: a final y after a consonant (not the first letter) becomes i.
    let st = &out.as_bytes()[start..];
    let n = st.len();
    if n > 2 && st[n - 1] == b'y' && cons(&st[..n - 1], n - 2) {
        out.pop();
        out.push('i');
    }
    // Step 5a: a final e goes when the rest is long enough (`crashes` -> `crashe` -> `crash`,
    // `sieve` and `sieving` -> `siev`), but not after a short syllable (`hope`, `file`).
    let st = &out.as_bytes()[start..];
    if let Some((b'e', rest)) = st.split_last() {
        let m = measure(rest);
        if m > 1 || (m == 1 && !cvc(rest)) {
            out.pop();
        }
    }
}

/// The stem of `w` as a new string.
pub fn stem(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    stem_into(w, &mut s);
    s
}

/// True when byte `i` of `w` is a consonant in Porter's sense (`y` after a consonant is a vowel).
fn cons(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !cons(w, i - 1),
        _ => true,
    }
}

/// Porter's measure m: the number of vowel-consonant sequences.
fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut prev_vowel = false;
    for i in 0..w.len() {
        let c = cons(w, i);
        if c && prev_vowel {
            m += 1;
        }
        prev_vowel = !c;
    }
    m
}

fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| !cons(w, i))
}

/// Consonant-vowel-consonant at the end, the last not w, x or y (`hop`, not `snow`).
fn cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && cons(w, n - 3)
        && !cons(w, n - 2)
        && cons(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
}

fn step1a(w: &str) -> &str {
    if let Some(s) = w.strip_suffix("sses") {
        &w[..s.len() + 2]
    } else if let Some(s) = w.strip_suffix("ies") {
        // NLTK: `ties` -> `tie`, `cities` -> `citi`.
        &w[..s.len() + if w.len() == 4 { 2 } else { 1 }]
    } else if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        w
    } else if let Some(s) = w.strip_suffix('s') {
        s
    } else {
        w
    }
}

/// Step 1b: `-eed`, `-ed`, `-ing`; `None` when nothing changes.
fn step1b(w: &str) -> Option<String> {
    if let Some(s) = w.strip_suffix("eed") {
        return (measure(s.as_bytes()) > 0).then(|| format!("{s}ee"));
    }
    let s = w
        .strip_suffix("ed")
        .or_else(|| w.strip_suffix("ing"))
        .filter(|s| has_vowel(s.as_bytes()))?;
    let b = s.as_bytes();
    let n = b.len();
    Some(
        if s.ends_with("at") || s.ends_with("bl") || s.ends_with("iz") {
            format!("{s}e")
        } else if n >= 2
            && b[n - 1] == b[n - 2]
            && cons(b, n - 1)
            && !matches!(b[n - 1], b'l' | b's' | b'z')
        {
            s[..n - 1].to_string()
        } else if measure(b) == 1 && cvc(b) {
            format!("{s}e")
        } else {
            s.to_string()
        },
    )
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
