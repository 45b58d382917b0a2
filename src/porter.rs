//! The letter tests of Porter's stemmer (Porter 1980, "An algorithm for suffix stripping"), shared by
//! the keyphrase stage's matching key ([`crate::keywords::stem`]) and the summary's full stemmer
//! (`summary::stem`). Words are lower-case ASCII bytes.

/// True when byte `i` of `w` is a consonant in Porter's sense (`y` after a consonant is a vowel).
pub(crate) fn cons(w: &[u8], i: usize) -> bool {
    match *crate::vecs::at(w, i) {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !cons(w, i - 1),
        _ => true,
    }
}

/// Porter's measure m: the number of vowel-consonant sequences.
pub(crate) fn measure(w: &[u8]) -> usize {
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

/// True when `w` holds a vowel.
pub(crate) fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| !cons(w, i))
}

/// Consonant-vowel-consonant at the end, the last not w, x or y (`hop`, not `snow`).
pub(crate) fn cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && cons(w, n - 3)
        && !cons(w, n - 2)
        && cons(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_tests() {
        assert!(cons(b"toy", 0) && !cons(b"toy", 1) && cons(b"toy", 2));
        assert!(!cons(b"syzygy", 1));
        assert_eq!(
            [measure(b"tr"), measure(b"trouble"), measure(b"troubles")],
            [0, 1, 2]
        );
        assert!(has_vowel(b"sky") && !has_vowel(b"pst"));
        assert!(cvc(b"hop") && !cvc(b"snow") && !cvc(b"op"));
    }
}
