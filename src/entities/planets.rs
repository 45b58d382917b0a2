//! Planets and moons in news of space: `swung past Mars`, `its icy moon Europa`, `orbit Venus` are
//! places, as the self-written sets mark every planet and moon named alone (Earth, Mars, Moon,
//! Jupiter, Uranus, Europa); the tagger took some for people or organisations (`Venus`,
//! `Mercury`) or missed them. Only in a sentence that speaks of space: elsewhere `Mars` is a
//! company and `Venus` a first name.

use super::{Candidate, Label, Source};
use crate::text::{ending_by, Span};
use crate::tokens::{token_at, Token, TokenKind};

crate::word_list::word_lists! {
    /// Planets, the Moon and the Sun, and moons named alone in the news.
    const BODIES = "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Moon Sun Europa Titan \
        Enceladus Ganymede Callisto";
    /// Words of a sentence about space (`orbit`, `rover`, `probe`, `NASA`).
    const SPACE_WORDS = "orbit orbits orbiting orbited orbiter planet planets moon moons rover probe probes \
        spacecraft lander mission telescope asteroid comet solar astronaut astronauts astronomers \
        astronomer flyby crater icy NASA ESA JAXA ISRO CNSA";
}

/// True when the sentence `s` has a word of space.
fn speaks_of_space(text: &str, tokens: &[Token], s: Span) -> bool {
    let (a, b) = super::names::token_range(tokens, s);
    tokens
        .get(a..b)
        .unwrap_or_default()
        .iter()
        .any(|t| t.kind == TokenKind::Word && SPACE_WORDS.contains(t.text(text)))
}

/// Labels a planet or a moon named alone a place in a sentence about space, through
/// [`super::put_names`]: a longer mention is left (`Europa Clipper`, `Mars Express`). `found` is
/// sorted and disjoint, and stays so.
pub(crate) fn label_planets(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    let mut add = Vec::new();
    // Two bodies joined by `and` that the tagger read as one name (`between the Sun and Earth`):
    // two places, in any sentence.
    let mut split = Vec::new();
    for c in found.iter_mut() {
        let name = c.span.slice(text);
        // Through the text module's one string search (`split_once` brought std's two-way
        // searcher's own copy of its loop).
        if let Some(at) = crate::text::find_str(name, " and ") {
            let (a, b) = (
                crate::text::head(name, at),
                crate::text::tail(name, at + " and ".len()),
            );
            if BODIES.contains(a) && BODIES.contains(b) {
                let second = Span::new(c.span.end - b.len(), c.span.end);
                c.span = Span::new(c.span.start, c.span.start + a.len());
                c.label = Label::Place;
                Candidate::push_to(&mut split, second, Label::Place, c.source);
            }
        }
    }
    if !split.is_empty() {
        crate::vecs::extend(found, split);
        super::sort_by_start(found);
    }
    // The last sentence read, and whether it speaks of space.
    let mut read: Option<(usize, bool)> = None;
    for k in 0..tokens.len() {
        let t = token_at(tokens, k);
        // A capital first: most words are turned away before the list is read.
        if t.kind != TokenKind::Word
            || !crate::vecs::at(text.as_bytes(), t.span.start).is_ascii_uppercase()
            || !BODIES.contains(t.text(text))
        {
            continue;
        }
        let si = ending_by(sentences, t.span.start);
        let space = match read {
            Some((i, yes)) if i == si => yes,
            _ => {
                let yes = sentences
                    .get(si)
                    .is_some_and(|&s| speaks_of_space(text, tokens, s));
                read = Some((si, yes));
                yes
            }
        };
        if !space {
            continue;
        }
        Candidate::push_to(&mut add, t.span, Label::Place, Source::Name);
    }
    super::put_names(text, found, add);
}
