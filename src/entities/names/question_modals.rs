//! A question's auxiliary verb opening a headline or a sentence before a name (`Will Brexit Hurt
//! Farmers in Wales`, `Can Apple Fix Siri?`): it has a capital there, and the tagger takes it into
//! the name after it (`Will` is a first name too).

use super::{token_range, Candidate, Label};
use crate::text::{any_char, ending_by, is_alnum, Span};
use crate::tokens::{token_at, Token};

crate::word_list::word_lists! {
    /// Auxiliary verbs that open a question, as a sentence or a title-case headline writes them.
    const QUESTION_AUXILIARIES = "Will Can Could Should Would Does Did Do Is Are";
}

/// Starts each mention that opens its sentence with one of [`QUESTION_AUXILIARIES`] at the word
/// after it, when the lists have the rest as a name that is no person (an event, an organisation
/// or a place: `Brexit`, `Apple`, `China`) and no person's name (not `Will Smith`), nor the whole
/// as a name. The rest takes the lists' label.
pub(super) fn without_question_auxiliary(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut [Candidate],
) {
    use crate::entities::tagger::{lexicon::known_span, list_label_run, listed_run};
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b < a + 2 || !QUESTION_AUXILIARIES.has_token(text, tokens, a) {
            continue;
        }
        let opens = sentences
            .get(ending_by(sentences, c.span.start))
            .is_some_and(|s| {
                let before = Span::new(s.start.min(c.span.start), c.span.start);
                !any_char(before.slice(text), is_alnum)
            });
        if !opens || known_span(text, c.span).is_some() {
            continue;
        }
        let listed = listed_run(text, tokens, a + 1, b);
        let label = match list_label_run(text, tokens, a + 1, b) {
            Some(Label::Person) => continue,
            Some(l) => l,
            None if listed.place => Label::Place,
            None if listed.misc => Label::Misc,
            None => continue,
        };
        if listed.personal_name {
            continue;
        }
        c.span = Span::new(token_at(tokens, a + 1).span.start, c.span.end);
        c.label = label;
    }
}
