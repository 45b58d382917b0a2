//! Which sentences are headlines ([`is_headline`]) and which of those are in title case
//! ([`super::is_title_case_headline`]), worked out once per text: four passes of the stage ask it of every
//! sentence, and each asking reads the sentence's tokens.

use super::{is_headline, token_range};
use crate::text::{any_char, is_lower, Span};
use crate::tokens::{token_run, Token};

crate::word_list::word_lists! {
    /// First words of a web page's rubric before a linked headline (`Read more:`, `Related:`).
    const RUBRIC_WORDS = "Read Related More See Also Watch Listen Recommended Explainer Analysis";
}

/// The tokens of `line` after a rubric of one to three words and its colon that open it (`Read
/// more: Hyundai Resumes Work at Georgia Battery Plant`): the headline it links to, judged on its own
/// words; `line` itself when it opens with no rubric.
fn after_rubric<'a>(text: &str, line: &'a [Token]) -> &'a [Token] {
    line.get(rubric_len(text, line)..).unwrap_or_default()
}

/// How many tokens of `line` a rubric of one to three words and its colon take at its start
/// (`Read more:`, `Related:`), if a headline of four tokens or more follows; 0 when there is none.
pub(crate) fn rubric_len(text: &str, line: &[Token]) -> usize {
    let opens = line
        .first()
        .is_some_and(|t| RUBRIC_WORDS.contains(t.text(text)));
    match line.iter().take(4).position(|t| t.text(text) == ":") {
        Some(colon) if opens && colon >= 1 && line.len() > colon + 3 => colon + 1,
        _ => 0,
    }
}

/// Per sentence: [`HeadlineLines::HEADLINE`] and [`HeadlineLines::TITLE_CASE`] bits.
pub(super) struct HeadlineLines(Vec<u8>);

impl HeadlineLines {
    const HEADLINE: u8 = 1;
    const TITLE_CASE: u8 = 2;

    /// The flags of every sentence of `sentences` (`tokens` are the text's).
    pub(super) fn new(text: &str, tokens: &[Token], sentences: &[Span]) -> Self {
        let mut flags = crate::vecs::with_capacity(sentences.len());
        for s in sentences {
            let (a, b) = token_range(tokens, *s);
            let line = after_rubric(text, token_run(tokens, a, b));
            let flag = if !is_headline(text, line) {
                0
            } else if line.iter().any(|t| any_char(t.text(text), is_lower)) {
                Self::HEADLINE | Self::TITLE_CASE
            } else {
                Self::HEADLINE
            };
            crate::vecs::push(&mut flags, flag);
        }
        HeadlineLines(flags)
    }

    /// True when sentence `k` is a headline ([`is_headline`]); false past the end.
    pub(super) fn headline(&self, k: usize) -> bool {
        self.0.get(k).is_some_and(|f| f & Self::HEADLINE != 0)
    }

    /// The token ranges (`tokens` and `sentences` are the text's) of the headlines in title case, in
    /// order.
    pub(super) fn title_case_runs<'a>(
        &'a self,
        tokens: &'a [Token],
        sentences: &'a [Span],
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        sentences
            .iter()
            .enumerate()
            .filter(|&(k, _)| self.title_case(k))
            .map(|(_, s)| token_range(tokens, *s))
    }

    /// True when sentence `k` is a headline in title case ([`is_title_case_headline`]); false past
    /// the end.
    ///
    /// [`is_title_case_headline`]: super::is_title_case_headline
    pub(super) fn title_case(&self, k: usize) -> bool {
        self.0.get(k).is_some_and(|f| f & Self::TITLE_CASE != 0)
    }
}
