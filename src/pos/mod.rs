//! Parts of speech and noun phrases.
//!
//! [`tag`] gives each token a Penn Treebank tag ([`Pos`]) with an averaged perceptron (Collins 2002,
//! "Discriminative training methods for hidden Markov models") decoded greedily left to right, each
//! token's features including the two tags just predicted before it, as in Honnibal's tagger ("A good
//! part-of-speech tagger in about 200 lines of Python", 2013). Tagging is sentence by sentence and
//! costs a few hash look-ups per token. [`noun_phrases`] finds base noun phrases in the tags.
//!
//! The weights (`data/pos_model.bin`; sources and licences in `data/pos_model.md`) are learned by the
//! project's own code from the part-of-speech columns of CoNLL-2003 and CoNLL-2000, whose tags are
//! themselves automatic; they are embedded with `include_bytes!` and decoded once, lazily, on first use.
//! Without a readable model the tags come from a rule on the token's kind and case (see [`available`]).
//! Retrain with `./build.sh train` (`article-analyzer train-pos`, native only, in `train.rs`).
//!
//! This module does not use entities, and nothing here looks beyond a sentence.

mod chunks;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod corpus;
pub(crate) mod features;
pub(crate) mod lexicon;
pub(crate) mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod score;
mod tags;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use chunks::noun_phrases;
pub use tags::Pos;

use crate::model::embedded::Embedded;
use crate::text::{
    all_char, char_at, char_before, char_count, chars, first_char, is_ascii, is_space, is_upper,
    Span,
};
use crate::tokens::{token_run, Forms, Token, TokenKind};
use features::{Prepared, START, START2};
use model::{Model, Scorer};

/// A token and its part of speech, as reported in [`crate::Analysis::tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenTag {
    /// First byte of the token (UTF-16 unit in JavaScript, char in the CLI).
    pub start: usize,
    /// One past the last byte of the token.
    pub end: usize,
    /// Its Penn Treebank tag (`"NN"`, `"VBD"`... in JSON).
    pub pos: Pos,
}

impl TokenTag {
    /// The token's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A base noun phrase, as reported in [`crate::Analysis::noun_phrases`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NounPhrase {
    /// First byte of the phrase (UTF-16 unit in JavaScript, char in the CLI).
    pub start: usize,
    /// One past the last byte of the phrase.
    pub end: usize,
    /// The phrase as written.
    pub text: String,
}

impl NounPhrase {
    /// The phrase's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The shipped weights.
static MODEL_BYTES: Embedded<{ include_bytes!("../../data/pos_model.bin").len() }> =
    Embedded::new(include_bytes!("../../data/pos_model.bin"));

fn model() -> Option<&'static Model> {
    static CELL: OnceLock<Option<Model>> = OnceLock::new();
    CELL.get_or_init(|| model::decode(&*MODEL_BYTES.bytes()))
        .as_ref()
}

/// The tags the lexicon has seen word `w` with (bit `c` for tag `c` of [`Pos::ALL`]'s order), or
/// `None` for a word outside the lexicon (or without a model).
pub(crate) fn known_tags(w: &str) -> Option<u64> {
    let lexicon = &model()?.lexicon;
    let class = lexicon.class(features::word_hash(w));
    (class > 0).then(|| lexicon.allowed(class))
}

/// True when the tagger's model is embedded and readable (otherwise [`tag`] falls back to a rule:
/// numbers `CD`, punctuation by its character, capitalised words `NNP`, other words `NN`).
pub fn available() -> bool {
    model().is_some()
}

/// The part of speech of every token of `text` (`tokens` from [`crate::tokens::tokenize`], their
/// `forms` from [`Forms::new`], split into `sentences` from [`crate::sentences::sentences`]); one
/// tag per token.
pub fn tag(text: &str, tokens: &[Token], forms: &Forms, sentences: &[Span]) -> Vec<Pos> {
    match model() {
        Some(m) => tag_with(m, text, tokens, forms, sentences),
        None => {
            let mut out = crate::vecs::with_capacity(tokens.len());
            for t in tokens {
                crate::vecs::push(&mut out, fallback(text, t));
            }
            out
        }
    }
}

/// [`tag`] with a given model.
pub(crate) fn tag_with(
    m: &Model,
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
) -> Vec<Pos> {
    let mut out = crate::vecs::with_capacity(tokens.len());
    // One sentence at a time, so memory stays proportional to the longest sentence.
    let mut p = Prepared::default();
    let mut classes = Vec::new();
    let mut memo = features::Memo::new(forms);
    for (a, b) in features::sentence_ranges(tokens, sentences) {
        p.clear();
        p.push_sentence(text, tokens, forms, (a, b), &m.lexicon, &mut memo);
        classes.clear();
        tag_classes(&p, m, &mut classes);
        for (&c, t) in classes.iter().zip(token_run(tokens, a, b)) {
            crate::vecs::push(&mut out, settle(text, t, Pos::from_class(c)));
        }
    }
    out
}

/// Tags every sentence of `p` greedily, appending one class per token to `out`.
pub(crate) fn tag_classes<S: Scorer>(p: &Prepared, s: &S, out: &mut Vec<usize>) {
    for &(a, b) in &p.sents {
        let (mut p1, mut p2) = (START, START2);
        for i in a..b {
            let allowed = crate::vecs::at(&p.toks, i).allowed;
            // A word the lexicon knows with one tag only gets that tag whatever the weights say, so
            // its features are not computed (the tag dictionary of Honnibal's tagger).
            let c = if allowed.count_ones() == 1 {
                allowed.trailing_zeros() as usize
            } else {
                s.best(
                    &p.keys((a, b), i, (p1, p2)),
                    allowed,
                    crate::vecs::at(&p.toks, i).prefer,
                )
            };
            out.push(c);
            (p1, p2) = (c, p1);
        }
    }
}

/// The tag as reported: symbols the corpora never show (emoji, `©`, `™`) are `SYM` whatever the
/// model says, and quotes get their direction.
fn settle(text: &str, tok: &Token, pos: Pos) -> Pos {
    let w = tok.text(text);
    if tok.kind == TokenKind::Symbol && !is_ascii(w) && !all_char(w, is_currency) {
        return Pos::Symbol;
    }
    with_quote_direction(text, tok, pos)
}

/// Common currency signs.
fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '¢' | '₺' | '₪' | '₴' | '₦' | '฿'
    )
}

/// The tagger has one class for quotes; an opening quote gets ``` `` ```: a typographic opening quote,
/// or a straight one at the start of the text or after a space or an opening bracket, with no space
/// after it.
fn with_quote_direction(text: &str, tok: &Token, pos: Pos) -> Pos {
    if pos != Pos::CloseQuote {
        return pos;
    }
    let mut w = chars(tok.text(text));
    let opens = match w.next() {
        Some('\u{201C}' | '\u{2018}' | '\u{00AB}' | '`') => true,
        Some('"' | '\'') if w.next().is_none() => {
            let before = char_before(text, tok.span.start);
            let after = char_at(text, tok.span.end);
            before.is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '{' | '\u{2014}'))
                && after.is_some_and(|c| !is_space(c))
        }
        _ => false,
    };
    if opens {
        Pos::OpenQuote
    } else {
        pos
    }
}

/// The tag without a model: by the token's kind, its first character and its case.
fn fallback(text: &str, tok: &Token) -> Pos {
    let w = tok.text(text);
    let first = first_char(w).unwrap_or(' ');
    match tok.kind {
        TokenKind::Number => Pos::Cardinal,
        TokenKind::Word if is_upper(first) => Pos::ProperNoun,
        TokenKind::Word => Pos::Noun,
        TokenKind::Punct => match first {
            ',' => Pos::Comma,
            '.' | '!' | '?' if char_count(w) == 1 => Pos::Final,
            '(' | '[' | '{' => Pos::OpenBracket,
            ')' | ']' | '}' => Pos::CloseBracket,
            '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' => {
                with_quote_direction(text, tok, Pos::CloseQuote)
            }
            _ => Pos::Colon,
        },
        TokenKind::Symbol => match first {
            c if is_currency(c) => Pos::Currency,
            '#' => Pos::Pound,
            _ => Pos::Symbol,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn tags(text: &str) -> Vec<(String, Pos)> {
        let toks = tokenize(text);
        let sents: Vec<Span> = crate::sentences::sentences(text).collect();
        let t = tag(text, &toks, &Forms::new(text, &toks), &sents);
        assert_eq!(t.len(), toks.len());
        toks.iter()
            .zip(t)
            .map(|(k, p)| (crate::vecs::to_string(k.text(text)), p))
            .collect()
    }

    #[test]
    fn quotes_get_a_direction() {
        let text = "He said \"no\" and \u{201C}yes\u{201D}.";
        let toks = tokenize(text);
        let q: Vec<Pos> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Punct && !t.is(text, "."))
            .map(|t| with_quote_direction(text, t, Pos::CloseQuote))
            .collect();
        assert_eq!(
            q,
            [
                Pos::OpenQuote,
                Pos::CloseQuote,
                Pos::OpenQuote,
                Pos::CloseQuote
            ]
        );
    }

    #[test]
    fn unfamiliar_symbols_are_sym() {
        let text = "I \u{2764} \u{1F600} \u{20AC}5";
        let toks = tokenize(text);
        let got: Vec<Pos> = toks
            .iter()
            .map(|t| settle(text, t, Pos::ProperNoun))
            .collect();
        assert_eq!(got[1..3], [Pos::Symbol, Pos::Symbol]);
        assert_eq!(got[3], Pos::ProperNoun); // a currency sign keeps the model's tag
    }

    #[test]
    fn the_fallback_is_reasonable() {
        let text = "Rubio paid $5, (twice).";
        let toks = tokenize(text);
        let got: Vec<&str> = toks.iter().map(|t| fallback(text, t).as_str()).collect();
        assert_eq!(got, ["NNP", "NN", "$", "CD", ",", "(", "NN", ")", "."]);
    }

    #[test]
    fn odd_inputs_get_one_tag_per_token() {
        for s in [
            "",
            " ",
            "\u{FFFD}",
            "A",
            "Ünïcödé NAMES 😀 in CAPS",
            "a\n\nB C D",
            "\"",
        ] {
            tags(s);
        }
    }

    #[test]
    fn obvious_tags() {
        if !available() {
            return;
        }
        let got = tags("The cat sat on the mat.");
        let want = [
            Pos::Determiner,
            Pos::Noun,
            Pos::VerbPast,
            Pos::Preposition,
            Pos::Determiner,
            Pos::Noun,
            Pos::Final,
        ];
        assert_eq!(got.iter().map(|g| g.1).collect::<Vec<_>>(), want, "{got:?}");
    }
}
