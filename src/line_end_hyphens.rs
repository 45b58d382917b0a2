//! Words split by a hyphen at a line's end, as text copied from a PDF or a hard-wrapped page has
//! them (`Taiwan Semiconductor Manufac-` / `turing Co.`): the analysis reads them whole.
//!
//! A *break* is a hyphen right after a lower-case letter, then spaces or tabs around exactly one
//! line break, then a lower-case letter. [`join`] writes a copy of the text in which the rest of the
//! word (up to the next white space: `turing`, `turing's`, `turing,`) is moved back against the
//! word's start, and spaces follow it (`Manufacturing   Co.`): the copy has the same length, every
//! other byte in place, and no stage needs to know. The sentences are those of the text as written
//! (the line that goes on in lower case is what keeps the sentence whole). [`Joins::restore`]
//! then maps the analysis' offsets back to the text as written (a word's end inside a moved run to
//! the run's end there) and writes the names and phrases without the moved spaces.
//!
//! A hyphen that belongs to the word (`well-` / `known`) is dropped too: without a dictionary a
//! hyphen at a line's end cannot be told from a compound's, and typesetting breaks long words far
//! more often than it breaks compounds at their hyphen.

use crate::text::{tail, Span};
use crate::vecs::{at, run};
use crate::Analysis;

/// One joined break: the hyphen at `hyphen` and the word's rest at `rest..end` in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Break {
    hyphen: usize,
    rest: usize,
    end: usize,
}

/// The breaks [`join`] joined, in order, to map offsets back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Joins(Vec<Break>);

/// The text with every line-end break inside one of its `sentences` joined, and the joins; `None`
/// when it has none (nearly every text, found without a copy). The sentences are split in the text
/// as written, where a line that goes on in lower case reads as one sentence going on.
pub fn join(text: &str, sentences: &[Span]) -> Option<(String, Joins)> {
    let b = text.as_bytes();
    let blank = |c: &&u8| matches!(c, b' ' | b'\t' | b'\r');
    let mut breaks: Vec<Break> = Vec::new();
    let mut i = 0;
    while let Some(p) = run(b, i, b.len()).iter().position(|&c| c == b'\n') {
        let nl = i + p;
        i = nl + 1;
        let hyphen = nl - run(b, 0, nl).iter().rev().take_while(blank).count();
        // The byte tests first: nearly every line ends without a hyphen, and only a break that
        // passes them is looked up among the sentences.
        // Not a hyphen inside the rest that the break before moves (`ab-\nb-\na`): the copy would
        // lose its length, and every later offset would shift.
        if hyphen < 2
            || *at(b, hyphen - 1) != b'-'
            || !at(b, hyphen - 2).is_ascii_lowercase()
            || breaks.last().is_some_and(|k| hyphen - 1 < k.end)
        {
            continue;
        }
        let rest = i + run(b, i, b.len()).iter().take_while(blank).count();
        let inside = || {
            sentences
                .get(crate::text::ending_by(sentences, hyphen - 1))
                .is_some_and(|s| s.start < hyphen && s.end > rest)
        };
        if b.get(rest).is_some_and(u8::is_ascii_lowercase) && inside() {
            i = rest
                + crate::text::leading_bytes(&b[rest..], usize::MAX, |c| !c.is_ascii_whitespace());
            crate::vecs::push(
                &mut breaks,
                Break {
                    hyphen: hyphen - 1,
                    rest,
                    end: i,
                },
            );
        }
    }
    if breaks.is_empty() {
        return None;
    }
    // Each break's bytes become the rest, then spaces.
    let mut out = crate::vecs::string_with_capacity(text.len());
    let mut from = 0;
    for k in &breaks {
        crate::vecs::push_str(&mut out, Span::new(from, k.hyphen).slice(text));
        crate::vecs::push_str(&mut out, Span::new(k.rest, k.end).slice(text));
        for _ in k.hyphen..k.rest {
            crate::vecs::push_char(&mut out, ' ');
        }
        from = k.end;
    }
    crate::vecs::push_str(&mut out, tail(text, from));
    Some((out, Joins(breaks)))
}

impl Joins {
    /// The offset in the text as written of offset `x` of the joined copy.
    fn offset(&self, x: usize) -> usize {
        match self.0.get(self.0.partition_point(|k| k.end < x)) {
            Some(k) if x > k.hyphen => {
                if x < k.hyphen + k.end - k.rest {
                    x + (k.rest - k.hyphen)
                } else {
                    k.end
                }
            }
            _ => x,
        }
    }

    fn span(&self, s: Span) -> Span {
        Span::new(self.offset(s.start), self.offset(s.end))
    }

    /// The offset in the joined copy of offset `x` of the text as written, for an offset outside
    /// the breaks or at the end of a word's rest.
    fn copied(&self, x: usize) -> usize {
        match self.0.get(self.0.partition_point(|k| k.end < x)) {
            Some(k) if x > k.hyphen => x.saturating_sub(k.rest - k.hyphen).max(k.hyphen),
            _ => x,
        }
    }

    /// `sentences` of the text as written, as spans of the joined copy.
    pub fn copy_sentences(&self, sentences: &mut [Span]) {
        for s in sentences {
            *s = Span::new(self.copied(s.start), self.copied(s.end));
        }
    }

    /// Maps every offset of `a`, an analysis of the joined copy, back to `text`, the text as
    /// written: a mention's text is then as written (`Manufac-\nturing`), while the groups' names and
    /// the keyphrases keep the joined words, with one space where a join left several.
    pub fn restore(&self, a: &mut Analysis, text: &str) {
        for s in &mut a.sentences {
            *s = self.span(*s);
        }
        for e in &mut a.entities {
            let s = self.span(e.span());
            (e.start, e.end) = (s.start, s.end);
            e.text = crate::vecs::to_string(s.slice(text));
        }
        for g in &mut a.groups {
            squeeze(&mut g.name);
        }
        for k in &mut a.keywords {
            squeeze(&mut k.text);
        }
        for t in a.tokens.as_deref_mut().unwrap_or_default() {
            let s = self.span(t.span());
            (t.start, t.end) = (s.start, s.end);
        }
        for p in a.noun_phrases.as_deref_mut().unwrap_or_default() {
            let s = self.span(p.span());
            (p.start, p.end) = (s.start, s.end);
            p.text = crate::vecs::to_string(s.slice(text));
        }
    }
}

/// Writes each run of spaces in `s` as one (the spaces a join leaves: `Manufacturing  Co`).
fn squeeze(s: &mut String) {
    let mut i = 1;
    while i < s.len() {
        if s.as_bytes()[i - 1..=i] == *b"  " {
            s.remove(i);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_joined_in_place() {
        let text = "Taiwan Semiconductor Manufac-\nturing Co. and its well-\n  known rival.";
        let (joined, joins) = join(text, &[Span::new(0, text.len())]).expect("two breaks");
        assert_eq!(joined.len(), text.len());
        assert_eq!(
            joined,
            "Taiwan Semiconductor Manufacturing   Co. and its wellknown     rival."
        );
        // The end of `Manufacturing` is the end of `turing` in the text as written.
        let end = joined.find("Manufacturing").unwrap() + "Manufacturing".len();
        assert_eq!(
            &text[..joins.offset(end)],
            "Taiwan Semiconductor Manufac-\nturing"
        );
        // Offsets outside the breaks stay.
        assert_eq!(joins.offset(3), 3);
        assert_eq!(joins.offset(text.len()), text.len());
    }

    /// A break right after the rest of another (`ab-` / `b-` / `a`) is left: the copy keeps the
    /// text's length and every offset maps back to a character's boundary.
    #[test]
    fn a_break_inside_a_moved_rest_is_left() {
        let text = "\u{1f600} ab-\nb-\na! \u{e9}t\u{e9}";
        let (joined, joins) = join(text, &[Span::new(0, text.len())]).expect("one break");
        assert_eq!(joined.len(), text.len());
        assert_eq!(joined, "\u{1f600} abb-  \na! \u{e9}t\u{e9}");
        assert_eq!(joins.0.len(), 1);
        for x in 0..=joined.len() {
            if joined.is_char_boundary(x) {
                assert!(text.is_char_boundary(joins.offset(x)), "{x}");
            }
        }
    }

    #[test]
    fn other_hyphens_and_breaks_stay() {
        for text in [
            "A list -\nnot a word.",
            "COVID-\n19 cases rose.",
            "The plan-\nWhich failed.",
            "end-\n\nnew paragraph",
            "trailing-\n",
            "-\nx",
            "",
        ] {
            assert!(
                join(text, &[Span::new(0, text.len())]).is_none(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn crlf_and_non_ascii_rests_are_joined() {
        let text = "the Zurich head-\r\n quarters\u{e9}, then";
        let (joined, joins) = join(text, &[Span::new(0, text.len())]).expect("a break");
        assert_eq!(joined, "the Zurich headquarters\u{e9},     then");
        let end = joined.find(',').unwrap() + 1;
        assert_eq!(
            &text[..joins.offset(end)],
            "the Zurich head-\r\n quarters\u{e9},"
        );
    }
}
