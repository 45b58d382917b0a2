//! A post quoted with its platform (`RSPB on Instagram: Spoonbills have nested ...`, `ESA on
//! Bluesky: Our Mars Express ...`), or a programme with its channel (`Tonight on ESPN: Monday Night
//! Football`): the tagger runs the platform's name into the post's first words across the colon. The platform is an organisation; the post's words after it keep a
//! mention of their own when they are two or more.

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{capitalised_at, token_at, token_is, Token};

crate::word_list::word_lists! {
    /// Platforms that posts are quoted from (one word each).
    const PLATFORMS = "X Instagram Bluesky Facebook TikTok Threads Telegram Twitter YouTube LinkedIn Reddit Weibo \
        WhatsApp Snapchat Mastodon";
}

/// Cuts a mention that runs from a platform, or a broadcaster or platform of up to three words
/// that the lists have, after `on` across its colon (`on Instagram: Spoonbills`, `on Truth Social:
/// Our great National Guard`) to the platform, an organisation; one that runs from the
/// poster over `on`, the platform and its colon (`Doctors Network on Facebook: The RSF`) to the
/// poster, a body or a person. `found` is sorted and stays so.
pub(super) fn split_after_platforms(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = super::token_range(tokens, c.span);
        // The poster's name runs into it too (`Sudan Doctors Network on Facebook: The RSF
        // shelled`): the poster keeps the mention, the platform and the post's words are apart.
        if let Some(p) = (a + 2..b.saturating_sub(2)).find(|&p| {
            token_is(text, tokens, p - 1, "on")
                && PLATFORMS.has_token(text, tokens, p)
                && token_is(text, tokens, p + 1, ":")
        }) {
            Candidate::push_to(&mut add, token_at(tokens, p).span, Label::Org, Source::Name);
            // The post's words, without an opening `The`.
            let from = if token_is(text, tokens, p + 2, "The") {
                p + 3
            } else {
                p + 2
            };
            if from < b {
                let rest = Span::new(token_at(tokens, from).span.start, c.span.end);
                Candidate::push_to(&mut add, rest, c.label, c.source);
            }
            c.span = Span::new(c.span.start, token_at(tokens, p - 2).span.end);
            // A poster is a person or a body, never a work or an event.
            if c.label == Label::Misc {
                c.label = Label::Org;
            }
            continue;
        }
        // The platform's words end at the colon: one listed platform, or a name of up to three
        // words the lists have as an organisation (`on Truth Social: Our great National Guard`).
        let colon = (a + 1..b.min(a + 4)).find(|&k| token_is(text, tokens, k, ":"));
        let Some(q) = colon.filter(|&q| {
            a > 0
                && b > q + 1
                && token_is(text, tokens, a - 1, "on")
                && (q == a + 1 && PLATFORMS.has_token(text, tokens, a)
                    || super::super::tagger::lexicon::known_tokens_run(text, tokens, a, q)
                        == Some(Label::Org))
        }) else {
            continue;
        };
        // The post's words after the colon, without an opening `The` or words before a word in
        // lower case (`Our great National Guard`): a mention of their own when two or more. A
        // name's own small word cuts it too (`The Port of Churchill` leaves `Churchill`, one word
        // and no mention): keeping such names whole measured worse, as `and` joins lists.
        let mut from = q + 1 + usize::from(token_is(text, tokens, q + 1, "The"));
        if let Some(k) = (from..b).rev().find(|&k| !capitalised_at(text, tokens, k)) {
            from = k + 1;
        }
        if b >= from + 2 {
            let rest = Span::new(token_at(tokens, from).span.start, c.span.end);
            Candidate::push_to(&mut add, rest, c.label, c.source);
        }
        c.span = Span::new(c.span.start, token_at(tokens, q - 1).span.end);
        c.label = Label::Org;
        c.source = Source::Name;
    }
    super::add_sorted(found, add);
}
