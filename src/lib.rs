//! # article-analyzer
//!
//! Reads a news article and returns its sentences, named entities (people, organisations, places, dates,
//! money...), keyphrases and a short extractive summary. The core is pure Rust with no I/O; the same code
//! runs natively, in the browser through WebAssembly (see `src/wasm.rs`) and in the CLI.
//!
//! ```
//! use article_analyzer::{analyze, Options};
//! let a = analyze("Marco Rubio flew to Mexico City on Monday. Rubio met officials.", &Options::default());
//! assert_eq!(a.sentences.len(), 2);
//! assert!(a.entities.iter().any(|e| e.text == "Marco Rubio"));
//! ```
//!
//! Offsets in an [`Analysis`] are byte offsets into the text; [`Analysis::convert_offsets`] turns them into
//! UTF-16 code units (JavaScript) or chars (Python) in one pass.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod abbreviations;
pub mod blocks;
pub mod entities;
pub mod error;
pub mod keywords;
pub(crate) mod model;
pub mod options;
pub(crate) mod porter;
pub mod pos;
pub mod sentences;
pub(crate) mod sort;
pub mod stopwords;
pub mod summary;
pub mod text;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

use serde::{Deserialize, Serialize};

pub use entities::gazetteer::GazetteerEntry;
pub use entities::{Entity, Group, Label};
pub use error::Error;
pub use keywords::Keyword;
pub use options::Options;
pub use pos::{NounPhrase, Pos, TokenTag};
pub use text::{Span, Unit};

/// Basic counts of the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Word tokens.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Unicode scalar values.
    pub characters: usize,
    /// Reading time in minutes at 230 words a minute, rounded up (0 for an empty text).
    pub reading_minutes: usize,
}

/// Everything the analysis finds in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Sentences in order, trimmed of whitespace; together they hold every non-space character.
    pub sentences: Vec<Span>,
    /// Mentions, sorted and disjoint.
    pub entities: Vec<Entity>,
    /// The distinct things the mentions name.
    pub groups: Vec<Group>,
    /// Ranked keyphrases, best first.
    pub keywords: Vec<Keyword>,
    /// Indices of the summary's sentences, in document order.
    pub summary: Vec<usize>,
    /// Counts.
    pub stats: Stats,
    /// Every token with its part of speech, in order; only when [`Options::tokens`] asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenTag>>,
    /// The base noun phrases (`the drug cartels`), in order, never across a sentence end; only when
    /// [`Options::noun_phrases`] asks for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun_phrases: Option<Vec<NounPhrase>>,
}

impl Analysis {
    /// Rewrites every byte offset into `unit` (for `text`, the text analysed), in one linear pass per list.
    pub fn convert_offsets(&mut self, text: &str, unit: Unit) {
        if unit == Unit::Byte {
            return;
        }
        let mut c = text::OffsetConverter::new(text, unit);
        for s in &mut self.sentences {
            let (a, b) = c.span(*s);
            *s = Span::new(a, b);
        }
        let mut c = text::OffsetConverter::new(text, unit);
        for e in &mut self.entities {
            let (a, b) = c.span(e.span());
            e.start = a;
            e.end = b;
        }
        if let Some(tokens) = &mut self.tokens {
            let mut c = text::OffsetConverter::new(text, unit);
            for t in tokens {
                (t.start, t.end) = c.span(t.span());
            }
        }
        if let Some(phrases) = &mut self.noun_phrases {
            let mut c = text::OffsetConverter::new(text, unit);
            for p in phrases {
                (p.start, p.end) = c.span(p.span());
            }
        }
    }
}

/// An analyser with fixed options (and a compiled gazetteer), for analysing many texts.
#[derive(Clone, Debug)]
pub struct Analyzer {
    options: Options,
    gazetteer: entities::gazetteer::Gazetteer,
}

impl Analyzer {
    /// An analyser for these options.
    pub fn new(options: Options) -> Self {
        let gazetteer = entities::gazetteer::Gazetteer::new(&options.gazetteer);
        Analyzer { options, gazetteer }
    }

    /// The analyser's options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses one text. Never panics; any text gives a well-formed result (byte offsets).
    pub fn analyze(&self, text: &str) -> Analysis {
        let sentences: Vec<Span> = sentences::sentences(text).collect();
        if text.len() > blocks::BLOCK_BYTES {
            return blocks::analyze(self, text, sentences);
        }
        let tokens = tokens::tokenize(text);
        let forms = tokens::Forms::new(text, &tokens);
        // Parts of speech: the keyphrase stage reads them, and the summary reads keyphrases.
        let tags = pos::tag(text, &tokens, &forms, &sentences);
        let all = entities::recognize(text, &tokens, &forms, &sentences, &self.gazetteer);
        let entities_of = |mentions: &[entities::Candidate], group_of: Vec<usize>| {
            entities::to_entities(text, &sentences, mentions, group_of)
        };
        let keywords_of = |entities: &[Entity], groups: &[Group], limit: usize| {
            keywords::extract(
                &keywords::Document {
                    text,
                    tokens: &tokens,
                    forms: &forms,
                    sentences: &sentences,
                    entities,
                    groups,
                    tags: &tags,
                },
                limit,
            )
        };
        // The summary reads every mention and its own number of keyphrases, whatever the options
        // report, so that choosing labels or a keyword count never changes the summary.
        let (all_group_of, all_groups) = entities::groups::link(text, &all);
        let all_entities = entities_of(&all, all_group_of);
        let summary_keywords = keywords_of(&all_entities, &all_groups, summary::KEYPHRASES_USED);
        let summary = summary::summarize(
            &summary::Inputs {
                text,
                tokens: &tokens,
                forms: &forms,
                sentences: &sentences,
                entities: &all_entities,
                keywords: &summary_keywords,
            },
            self.options.summary_length(),
        );
        let (entities, groups, keywords) = match &self.options.labels {
            None => {
                let k = if self.options.keywords == summary::KEYPHRASES_USED {
                    summary_keywords
                } else {
                    keywords_of(&all_entities, &all_groups, self.options.keywords)
                };
                (all_entities, all_groups, k)
            }
            Some(labels) => {
                let mut mentions = all;
                mentions.retain(|m| labels.contains(&m.label));
                let (group_of, groups) = entities::groups::link(text, &mentions);
                let entities = entities_of(&mentions, group_of);
                let k = keywords_of(&entities, &groups, self.options.keywords);
                (entities, groups, k)
            }
        };
        let words = tokens
            .iter()
            .filter(|t| t.kind == tokens::TokenKind::Word)
            .count();
        // Parts of speech and noun phrases in the result only when asked for.
        let (mut token_tags, mut noun_phrases) = (None, None);
        if self.options.tokens || self.options.noun_phrases {
            if self.options.noun_phrases {
                noun_phrases = Some(
                    pos::noun_phrases(&tokens, &tags, &sentences)
                        .into_iter()
                        .map(|s| NounPhrase {
                            start: s.start,
                            end: s.end,
                            text: s.slice(text).to_string(),
                        })
                        .collect(),
                );
            }
            if self.options.tokens {
                token_tags = Some(
                    tokens
                        .iter()
                        .zip(tags)
                        .map(|(t, pos)| TokenTag {
                            start: t.span.start,
                            end: t.span.end,
                            pos,
                        })
                        .collect(),
                );
            }
        }
        let stats = Stats {
            words,
            sentences: sentences.len(),
            characters: text::char_count(text),
            reading_minutes: words.div_ceil(230),
        };
        Analysis {
            sentences,
            entities,
            groups,
            keywords,
            summary,
            stats,
            tokens: token_tags,
            noun_phrases,
        }
    }
}

/// Analyses `text` with `options` (byte offsets). See [`Analyzer`] to reuse options across texts.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    Analyzer::new(options.clone()).analyze(text)
}
