//! Sentence boundaries.
//!
//! [`sentences`] yields byte spans that cover every non-whitespace character of the text, in order,
//! each trimmed of surrounding whitespace. It never alters the text, never panics and allocates nothing
//! per sentence.
//!
//! The detector is a hand-written single pass over the bytes (ASCII fast path; UTF-8 is decoded only
//! around candidate characters). At each `.`, `!`, `?`, `…`, CJK or other terminator, and at each line
//! break, a few rules decide:
//!
//! - a blank line always ends a sentence; a single line break does too (headlines, bylines,
//!   datelines, list lines and sign-offs stand on lines of their own), unless the line is broken in
//!   the middle of a sentence: it stops on a function word (`with`), a title (`Mr.`) or, when long, a
//!   comma, or the next line starts in lower case and finishes the sentence or the line is long;
//! - periods after titles (`Mr.`) never end a sentence; before numbers (`No. 5`, `p. 55`) they do
//!   not; after initials (`J. R. R. Tolkien`), dotted abbreviations (`U.S.`) and other abbreviations
//!   (`Inc.`) they do only when a common sentence opener follows (`... in the U.S. How ...`), in the
//!   manner of Punkt's orthographic heuristics (Kiss & Strunk 2006, "Unsupervised Multilingual
//!   Sentence Boundary Detection"); an abbreviation that closes a name or noun phrase (`Acme Inc.`,
//!   `Carl Weber Jr.`, `in the U.S.`) also ends one before the possessive of a new capitalised name
//!   (`... in the U.S. Rubio's visit ...`), but not before a word that continues the name
//!   (`the U.S. Army's`, `Acme Inc. Chairman's`), an acronym, or after initials (`J.R.R. Tolkien's`)
//!   or a place abbreviation (`St. Michael's`); after a clock time (`6 p.m.`) any capitalised word
//!   but a day, month or time zone starts a new sentence; the first few words of a sentence do not
//!   end it (`At 5 a.m. Mr. Smith ...`);
//! - after an ordinary word a period ends the sentence before a capital, a digit, or (informal
//!   text) a lower-case word that follows a lower-case word (`oh. my bad.`);
//! - ellipses follow the conventions in the pragmatic_segmenter "Golden Rules" (three spaced dots are
//!   an omission inside a sentence; a fourth dot ends it);
//! - closing quotes and brackets stay with the sentence they close; a lower-case word after them
//!   (`"Go." he said`) or an attribution (`"Stop!" Smith shouted`) continues it; quotations of
//!   several sentences are split inside;
//! - emoticons and emoji (`! :D`) and reference marks (`. [2]`) stay with the sentence before them;
//! - inline lists (`1. One 2. Two`) are split before each item; figure labels (`Figure 2.1`), header
//!   time stamps and runs of URLs stand apart;
//! - URLs, e-mail addresses, decimals and versions are never split, since a boundary needs whitespace
//!   after the terminator (except a few clear run-together cases like `world.Today` or `bad?what`);
//! - full-width CJK terminators end a sentence without a following space; Arabic, Urdu, Devanagari
//!   and other terminators work like `?` and `.`.
//!
//! Files: `scanner` (the pass and the iterator), `terminator` (rules at `.!?…`), `lines` (line
//! breaks), `headers` (URL runs, e-mail time stamps, figure labels), `lists` (inline lists), `lexicon` (word and
//! character classes), `cursor` (bounded look-around helpers). The abbreviation lexicon is
//! [`crate::abbreviations`].

mod cursor;
pub mod furniture;
mod headers;
pub(crate) mod lexicon;
mod lines;
mod lists;
mod scanner;
mod terminator;

use crate::text::Span;

/// The sentences of `text`, as byte spans in order.
///
/// Every span is trimmed of whitespace and non-empty; together the spans hold every non-whitespace
/// character of `text`, and they never overlap.
///
/// ```
/// use article_analyzer::sentences::sentences;
/// let text = "Mr. Smith arrived at 5 p.m. Then he left. \"Why?\" she asked.";
/// let s: Vec<&str> = sentences(text).map(|s| s.slice(text)).collect();
/// assert_eq!(s, ["Mr. Smith arrived at 5 p.m.", "Then he left.", "\"Why?\" she asked."]);
/// ```
pub fn sentences(text: &str) -> impl Iterator<Item = Span> + '_ {
    scanner::Scanner::new(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s).map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn basic_splits() {
        assert_eq!(
            split("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            split("U.S. Secretary of State Marco Rubio spoke. Mr. Smith left."),
            [
                "U.S. Secretary of State Marco Rubio spoke.",
                "Mr. Smith left."
            ]
        );
        assert_eq!(split("  "), Vec::<&str>::new());
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(
            split("Title\n\nBody text here"),
            ["Title", "Body text here"]
        );
    }
}
