//! The speaker named right after a quotation's closing mark and before a speech verb (`"We are
//! ready," Smith said on Monday.`), whom the tagger may leave out after the quote: CoNLL-2003 train,
//! wikigold and the looked-at sets have 272 people there, 13 organisations (all of the lists or the
//! training names: `Lenzing`, `News Corp`) and 20 people after their titles.

use super::{add_sorted, is_quote, overlaps_any, run_end};
use crate::entities::{Candidate, Label, Source};
use crate::text::{first_char, is_lower, is_upper, starts_by, Span};
use crate::tokens::{token_at, Token, TokenKind};

/// True when token `i` may be a word of a speaker's name: a word in title case, no function word
/// (`He said`), no title (`Mayor`, left outside the name).
fn name_word(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = token_at(tokens, i);
    let w = t.text(text);
    t.kind == TokenKind::Word
        && starts_by(w, is_upper)
        && crate::text::chars(w).nth(1).is_some_and(is_lower)
        && {
            let low = crate::case::lowercase(w);
            !crate::stopwords::is_stopword(&low) && !crate::entities::groups::is_title(&low)
        }
}

/// True when token `k` comes right after a quotation's closing mark that follows a comma, a question
/// mark or an exclamation mark (`,"` `?"` `!”`).
fn after_closing_quote(text: &str, tokens: &[Token], k: usize) -> bool {
    k >= 2
        && first_char(token_at(tokens, k - 1).text(text)).is_some_and(is_quote)
        && matches!(token_at(tokens, k - 2).text(text), "," | "?" | "!")
}

/// Adds, where no mention lies, the name of one to three words between a quotation's closing mark
/// (after a comma, a question mark or an exclamation mark) and a speech verb: a person, or an
/// organisation when the lists have it as one. `found` is sorted and stays so.
pub(super) fn add_quoted_speakers(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 2..tokens.len() {
        if !after_closing_quote(text, tokens, k) {
            continue;
        }
        // Titles before the name stay outside it (`"...," Mayor Brandon Johnson said`).
        let mut a = k;
        while a < k + 2
            && a < tokens.len()
            && crate::entities::groups::is_title(token_at(tokens, a).text(text))
        {
            a += 1;
        }
        if a >= tokens.len() || !name_word(text, tokens, a) {
            continue;
        }
        let b = run_end(text, tokens, a, 3, |i| name_word(text, tokens, i));
        if !super::super::consistency::SPEECH_VERBS.has_token(text, tokens, b) {
            continue;
        }
        let span = Span::new(
            token_at(tokens, a).span.start,
            token_at(tokens, b - 1).span.end,
        );
        if overlaps_any(found, span) {
            continue;
        }
        let listed = super::super::tagger::listed_run(text, tokens, a, b);
        let label = match super::super::tagger::list_label_run(text, tokens, a, b) {
            Some(Label::Org) => Label::Org,
            Some(_) => Label::Person,
            None if listed.only_org => Label::Org,
            None => Label::Person,
        };
        Candidate::push_to(&mut add, span, label, Source::Name);
    }
    add_sorted(found, add);
}

/// Relabels a person each name right after a quotation's closing mark and `said` or `says` (`"We
/// are ready," said Okonkwo.`) that ends there (a full stop, a comma or the line's end after it:
/// not `said Amoco spokesman Dan Ruiz`) and that no list has as an organisation or a place:
/// CoNLL-2003 train, wikigold and the looked-at sets have 376 people after those words, and their
/// 15 organisations and places all come before a role. `found` is sorted.
pub(super) fn label_speakers_after_said(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if !matches!(c.label, Label::Org | Label::Place | Label::Misc) {
            continue;
        }
        let (a, b) = super::token_range(tokens, c.span);
        if a < 3
            || !matches!(token_at(tokens, a - 1).text(text), "said" | "says")
            || !after_closing_quote(text, tokens, a - 1)
        {
            continue;
        }
        let ends = b >= tokens.len() || matches!(token_at(tokens, b).text(text), "." | "," | ";");
        let listed = super::super::tagger::listed_run(text, tokens, a, b);
        if ends
            && super::super::tagger::list_label_run(text, tokens, a, b).is_none()
            && !(listed.only_org || listed.place || listed.trained_org || listed.misc)
        {
            c.label = Label::Person;
        }
    }
}
