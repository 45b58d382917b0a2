//! The name recogniser: PERSON, ORG, PLACE and MISC mentions.
//!
//! [`find`] runs the learned tagger ([`super::tagger`]). Only when no model is embedded does it fall back
//! to [`rule_find`], a capitalisation-plus-lexicon rule: runs of capitalised tokens (joined by `of`,
//! `de`, `van`, `&`...) that are not sentence-initial function words, labelled by trigger words (titles
//! before a person, organisation suffixes), a short list of places and nationality endings.

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{Token, TokenKind};

const TITLES: [&str; 18] = [
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "president",
    "minister",
    "secretary",
    "senator",
    "sen.",
    "gov.",
    "governor",
    "chancellor",
    "prof.",
    "gen.",
    "general",
    "judge",
    "mayor",
    "ceo",
];
const ORG_WORDS: [&str; 22] = [
    "inc.",
    "corp.",
    "co.",
    "ltd",
    "ltd.",
    "bank",
    "ministry",
    "university",
    "party",
    "council",
    "commission",
    "agency",
    "department",
    "group",
    "company",
    "association",
    "institute",
    "fund",
    "union",
    "court",
    "reuters",
    "nations",
];
const PLACES: [&str; 24] = [
    "mexico",
    "china",
    "france",
    "germany",
    "britain",
    "japan",
    "india",
    "brazil",
    "canada",
    "russia",
    "ukraine",
    "london",
    "paris",
    "washington",
    "beijing",
    "tokyo",
    "berlin",
    "europe",
    "africa",
    "asia",
    "u.s.",
    "u.k.",
    "america",
    "texas",
];
const FUNCTION_WORDS: [&str; 40] = [
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after",
    "before", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there",
    "his", "her", "their", "its", "as", "for", "with", "by", "from", "to", "of", "what", "who",
    "why", "how",
];
const JOINERS: [&str; 7] = ["of", "de", "van", "von", "der", "la", "&"];

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// Every name mention in the text: the learned tagger's, or the rule's when no model is embedded.
pub fn find(text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<Candidate> {
    if super::tagger::available() {
        super::tagger::find(text, tokens, sentences)
    } else {
        rule_find(text, tokens, sentences)
    }
}

/// Every name mention the capitalisation rule finds (the fallback).
pub fn rule_find(text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<Candidate> {
    let mut starts: Vec<usize> = sentences.iter().map(|s| s.start).collect();
    starts.sort_unstable();
    let sentence_initial = |t: &Token| starts.binary_search(&t.span.start).is_ok();
    let mut out = Vec::new();
    let n = tokens.len();
    let word = |i: usize| tokens[i].text(text);
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        let w = word(i);
        let lw = w.to_lowercase();
        let capital = t.kind == TokenKind::Word && is_cap(w);
        if !capital
            || (sentence_initial(t) && FUNCTION_WORDS.contains(&lw.as_str()))
            || TITLES.contains(&lw.as_str()) && i + 1 < n && is_cap(word(i + 1))
        {
            i += 1;
            continue;
        }
        let mut j = i;
        loop {
            if j + 1 < n && tokens[j + 1].kind == TokenKind::Word && is_cap(word(j + 1)) {
                j += 1;
            } else if j + 2 < n
                && JOINERS.contains(&word(j + 1).to_lowercase().as_str())
                && is_cap(word(j + 2))
            {
                j += 2;
            } else {
                break;
            }
        }
        let words: Vec<String> = (i..=j).map(|k| word(k).to_lowercase()).collect();
        let prev = if i > 0 {
            word(i - 1).to_lowercase()
        } else {
            String::new()
        };
        let label = if TITLES.contains(&prev.as_str()) {
            Label::Person
        } else if words.iter().any(|w| ORG_WORDS.contains(&w.as_str()))
            || words
                .iter()
                .all(|w| w.len() >= 2 && word_is_acronym(w, text, tokens, i))
        {
            Label::Org
        } else if words.len() == 1 && PLACES.contains(&words[0].as_str()) {
            Label::Place
        } else if words.len() == 1
            && (words[0].ends_with("an") || words[0].ends_with("ish") || words[0].ends_with("ese"))
        {
            Label::Misc
        } else if words.len() >= 2 {
            Label::Person
        } else if sentence_initial(t) {
            i = j + 1;
            continue;
        } else {
            Label::Person
        };
        out.push(Candidate {
            span: Span::new(tokens[i].span.start, tokens[j].span.end),
            label,
            source: Source::Name,
        });
        i = j + 1;
    }
    out
}

fn word_is_acronym(_lw: &str, text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].text(text);
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_uppercase())
        && !PLACES.contains(&w.to_lowercase().as_str())
}
