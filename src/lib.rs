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

#![deny(unsafe_code)]
#![deny(missing_docs)]

pub mod abbreviations;
pub mod blocks;
pub(crate) mod case;
pub mod entities;
pub mod error;
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) mod heap;
pub mod keywords;
pub mod line_end_hyphens;
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
pub(crate) mod vecs;
pub mod word_list;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

use crate::vecs::CollectVec;
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
    /// An analyser for these options. One call in the .wasm, where each entry point inlined it.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn new(options: Options) -> Self {
        let gazetteer = entities::gazetteer::Gazetteer::new(&options.gazetteer);
        Analyzer { options, gazetteer }
    }

    /// The analyser's options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses one text. Never panics; any text gives a well-formed result (byte offsets). Long texts
    /// are analysed in blocks of whole sentences (see [`blocks`]), so memory stays a small multiple of
    /// the text.
    ///
    /// A word split by a hyphen at a line's end (`Manufac-` / `turing`, as text copied from a PDF
    /// has it) is read whole ([`line_end_hyphens`]); the offsets still point into `text`.
    pub fn analyze(&self, text: &str) -> Analysis {
        let mut sentences: Vec<Span> = sentences::sentences(text).collect_vec();
        let Some((joined, joins)) = line_end_hyphens::join(text, &sentences) else {
            return blocks::analyze(self, text, sentences);
        };
        joins.copy_sentences(&mut sentences);
        let mut a = blocks::analyze(self, &joined, sentences);
        joins.restore(&mut a, text);
        a
    }
}

/// Analyses `text` with `options` (byte offsets). See [`Analyzer`] to reuse options across texts.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    Analyzer::new(options.clone()).analyze(text)
}
