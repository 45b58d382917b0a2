//! Long texts, analysed in blocks so that memory follows the results, not the text.
//!
//! A text longer than [`BLOCK_BYTES`] is cut into blocks of whole sentences (at a paragraph break when
//! one is near the cut), and no structure with an entry per token of the whole text is ever built:
//!
//! 1. Each block is tokenized and tagged as a text of its own, and its entity mentions found as in a
//!    text of its own (the tagger's document features and the label consistency see the block); the
//!    mentions are kept, shifted to offsets in the whole text, with one part-of-speech tag (a byte)
//!    per token for step 3. The sentences are those of the whole text.
//! 2. Mentions are linked into groups across the whole text ([`entities::groups::link`]).
//! 3. Keyphrase statistics are collected block by block ([`keywords::Collector`]: one entry per
//!    distinct phrase and word) and the phrases ranked for the whole text.
//! 4. Each block offers the sentences the summary would choose in it, scored within the block with the
//!    whole text's keyphrases and entity groups; the summary takes the best offers under the same
//!    redundancy control as one text's selection ([`summary::choose`]).
//!
//! Tokens and forms are worked out again for steps 3 and 4, one block at a time: cheaper than keeping
//! them. Texts up to [`BLOCK_BYTES`] never come here, so their results are exactly those of the
//! whole-text pipeline in [`crate::Analyzer::analyze`]. A single sentence longer than a block is a
//! block of its own.

use crate::entities::{self, Candidate, Entity, Group};
use crate::keywords::{self, Collector, Keyword};
use crate::pos::{self, NounPhrase, Pos, TokenTag};
use crate::summary;
use crate::text::{self, Span};
use crate::tokens::{self, Forms, Token, TokenKind};
use crate::{Analysis, Analyzer, Stats};

/// Longest text analysed as one block, in bytes (about 80,000 words: far more than any article).
pub const BLOCK_BYTES: usize = 500_000;

/// The blocks of a text whose sentences are `sentences`: ranges of sentence indices, in order, that
/// together hold every sentence. A block ends at the last sentence end within [`BLOCK_BYTES`] of its
/// start, or at a paragraph break (a blank line) in the last half of that stretch when there is one.
pub fn cuts(text: &str, sentences: &[Span]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut a = 0;
    while a < sentences.len() {
        let start = sentences[a].start;
        // One past the last sentence that ends within the limit (at least one sentence).
        let b = a + sentences[a..]
            .partition_point(|s| s.end - start <= BLOCK_BYTES)
            .max(1);
        let half = start + BLOCK_BYTES / 2;
        let paragraph = (a + 1..b).rev().find(|&k| {
            sentences[k - 1].end >= half && is_paragraph_break(text, sentences[k - 1], sentences[k])
        });
        let b = if b < sentences.len() {
            paragraph.unwrap_or(b)
        } else {
            b
        };
        out.push(a..b);
        a = b;
    }
    out
}

/// True when a blank line separates sentence `x` from the next one, `y`.
fn is_paragraph_break(text: &str, x: Span, y: Span) -> bool {
    text.get(x.end..y.start)
        .is_some_and(|gap| gap.matches('\n').count() >= 2)
}

/// One block: its text, its sentences, tokens and forms, all in offsets of the block.
struct Block<'t> {
    /// Byte offset of the block in the whole text.
    start: usize,
    text: &'t str,
    /// Index in the whole text of the block's first sentence.
    first_sentence: usize,
    sentences: Vec<Span>,
    tokens: Vec<Token>,
    forms: Forms,
}

impl<'t> Block<'t> {
    fn new(text: &'t str, sentences: &[Span], range: std::ops::Range<usize>) -> Block<'t> {
        let (start, end) = (sentences[range.start].start, sentences[range.end - 1].end);
        let block = &text[start..end];
        let sentences: Vec<Span> = sentences[range.clone()]
            .iter()
            .map(|s| Span::new(s.start - start, s.end - start))
            .collect();
        let tokens = tokens::tokenize(block);
        let forms = Forms::new(block, &tokens);
        Block {
            start,
            text: block,
            first_sentence: range.start,
            sentences,
            tokens,
            forms,
        }
    }

    /// The `entities` (of the whole text, sorted) inside the block, in offsets of the block.
    fn entities(&self, entities: &[Entity]) -> Vec<Entity> {
        let end = self.start + self.text.len();
        let a = entities.partition_point(|e| e.start < self.start);
        let b = entities.partition_point(|e| e.start < end);
        entities[a..b]
            .iter()
            .map(|e| Entity {
                start: e.start - self.start,
                end: e.end - self.start,
                sentence: e.sentence.saturating_sub(self.first_sentence),
                ..e.clone()
            })
            .collect()
    }
}

/// Analyses a text longer than [`BLOCK_BYTES`] whose sentences are `sentences` (see the module docs).
pub(crate) fn analyze(analyzer: &Analyzer, text: &str, sentences: Vec<Span>) -> Analysis {
    let options = &analyzer.options;
    let cuts = cuts(text, &sentences);

    // 1. Mentions and parts of speech, block by block.
    let mut all: Vec<Candidate> = Vec::new();
    let mut tags: Vec<Pos> = Vec::new();
    let mut words = 0;
    let mut token_tags: Option<Vec<TokenTag>> = options.tokens.then(Vec::new);
    let mut noun_phrases: Option<Vec<NounPhrase>> = options.noun_phrases.then(Vec::new);
    for range in &cuts {
        let b = Block::new(text, &sentences, range.clone());
        let block_tags = pos::tag(b.text, &b.tokens, &b.forms, &b.sentences);
        let found = entities::recognize(
            b.text,
            &b.tokens,
            &b.forms,
            &b.sentences,
            &analyzer.gazetteer,
        );
        all.extend(found.into_iter().map(|mut c| {
            c.span = Span::new(c.span.start + b.start, c.span.end + b.start);
            c
        }));
        words += b
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
        if let Some(out) = &mut noun_phrases {
            out.extend(
                pos::noun_phrases(&b.tokens, &block_tags, &b.sentences)
                    .into_iter()
                    .map(|s| NounPhrase {
                        start: s.start + b.start,
                        end: s.end + b.start,
                        text: s.slice(b.text).to_string(),
                    }),
            );
        }
        if let Some(out) = &mut token_tags {
            out.extend(b.tokens.iter().zip(&block_tags).map(|(t, &pos)| TokenTag {
                start: t.span.start + b.start,
                end: t.span.end + b.start,
                pos,
            }));
        }
        tags.extend(block_tags);
    }

    // 2. Groups over the whole text; the summary reads every mention, whatever the options report.
    let (group_of, all_groups) = entities::groups::link(text, &all);
    let all_entities = entities::to_entities(text, &sentences, &all, group_of);
    let reported = match &options.labels {
        None => None,
        Some(labels) => {
            let mut mentions = all;
            mentions.retain(|m| labels.contains(&m.label));
            let (group_of, groups) = entities::groups::link(text, &mentions);
            Some((
                entities::to_entities(text, &sentences, &mentions, group_of),
                groups,
            ))
        }
    };

    // 3. Keyphrases: the summary's, and the reported ones when they differ.
    let separate = reported.is_some() || options.keywords != summary::KEYPHRASES_USED;
    let mut for_summary = Collector::default();
    let mut for_report = separate.then(Collector::default);
    let mut token_offset = 0;
    for range in &cuts {
        let b = Block::new(text, &sentences, range.clone());
        let block_tags = &tags[token_offset..token_offset + b.tokens.len()];
        let doc = |entities: &[Entity], groups: &[Group], c: &mut Collector| {
            let entities = b.entities(entities);
            let doc = keywords::Document {
                text: b.text,
                tokens: &b.tokens,
                forms: &b.forms,
                sentences: &b.sentences,
                entities: &entities,
                groups,
                tags: block_tags,
            };
            c.add(&doc, token_offset, b.first_sentence);
        };
        doc(&all_entities, &all_groups, &mut for_summary);
        if let Some(c) = &mut for_report {
            match &reported {
                Some((entities, groups)) => doc(entities, groups, c),
                None => doc(&all_entities, &all_groups, c),
            }
        }
        token_offset += b.tokens.len();
    }
    drop(tags);
    let summary_keywords = for_summary.finish(&all_groups, summary::KEYPHRASES_USED);

    // 4. The summary: each block's offers, then the best of them.
    let limit = options.summary_length().count(sentences.len());
    let mut offers = Vec::new();
    for range in &cuts {
        let b = Block::new(text, &sentences, range.clone());
        let entities = b.entities(&all_entities);
        let input = summary::Inputs {
            text: b.text,
            tokens: &b.tokens,
            forms: &b.forms,
            sentences: &b.sentences,
            entities: &entities,
            keywords: &summary_keywords,
        };
        offers.extend(summary::offers(&input, limit).into_iter().map(|mut o| {
            o.sentence += b.first_sentence;
            o
        }));
    }
    let mut summary: Vec<usize> = summary::choose(&offers, limit)
        .into_iter()
        .map(|k| offers[k].sentence)
        .collect();
    crate::sort::sort(&mut summary);
    drop(offers);

    let (entities, groups, keywords): (Vec<Entity>, Vec<Group>, Vec<Keyword>) =
        match (reported, for_report) {
            (Some((entities, groups)), Some(c)) => {
                let k = c.finish(&groups, options.keywords);
                (entities, groups, k)
            }
            (_, Some(c)) => {
                let k = c.finish(&all_groups, options.keywords);
                (all_entities, all_groups, k)
            }
            (_, None) => (all_entities, all_groups, summary_keywords),
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_cover_every_sentence_in_order_and_prefer_paragraph_breaks() {
        // Sentences of 1,000 bytes; a blank line after every 7th, one newline otherwise.
        let sentence = format!("{}.", "word ".repeat(199).trim_end()).replace(" word.", " end.");
        let mut text = String::new();
        for k in 0..1_500 {
            text.push_str(&sentence[..sentence.len().min(999)]);
            text.push_str(if k % 7 == 6 { "\n\n" } else { "\n" });
        }
        let sentences: Vec<Span> = crate::sentences::sentences(&text).collect();
        assert_eq!(sentences.len(), 1_500);
        let blocks = cuts(&text, &sentences);
        assert!(blocks.len() >= 3, "{blocks:?}");
        let mut next = 0;
        for (i, r) in blocks.iter().enumerate() {
            assert_eq!(r.start, next);
            assert!(r.end > r.start);
            let bytes = sentences[r.end - 1].end - sentences[r.start].start;
            assert!(bytes <= BLOCK_BYTES, "{bytes}");
            if i + 1 < blocks.len() {
                assert!(bytes >= BLOCK_BYTES / 2, "{bytes}");
                assert!(is_paragraph_break(
                    text.as_str(),
                    sentences[r.end - 1],
                    sentences[r.end]
                ));
            }
            next = r.end;
        }
        assert_eq!(next, sentences.len());
    }

    #[test]
    fn a_sentence_longer_than_a_block_is_a_block() {
        let text = format!(
            "Short one.\n\n{} end.\n\nLast one.",
            "word ".repeat(BLOCK_BYTES / 4)
        );
        let sentences: Vec<Span> = crate::sentences::sentences(&text).collect();
        assert_eq!(sentences.len(), 3);
        assert_eq!(cuts(&text, &sentences), vec![0..1, 1..2, 2..3]);
        assert!(cuts("", &[]).is_empty());
    }
}
