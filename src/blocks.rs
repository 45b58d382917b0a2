//! The analysis pipeline, block by block, so that memory follows the results, not the text.
//!
//! A text is cut into blocks of whole sentences of at most [`BLOCK_BYTES`] (at a paragraph break when
//! one is near the cut); an article is one block, the whole text. No structure with an entry per
//! token of the whole text is built, only per block:
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
//!    redundancy control as one block's selection (`summary::choose`).
//!
//! With more than one block, tokens and forms are worked out again for steps 3 and 4, one block at a
//! time: cheaper than keeping them. A text of one block gives exactly the whole-text analysis; a single
//! sentence longer than a block is a block of its own.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::entities::{self, Candidate, Entity, Group};
use crate::keywords::{self, Collector, Keyword};
use crate::pos::{self, NounPhrase, Pos, TokenTag};
use crate::sentences::furniture::{self, Kind};
use crate::summary;
use crate::text::{
    self, ending_by, head, is_space, starting_before, tail, trim_by, trim_end_by, trim_start_by,
    Span,
};
use crate::tokens::{self, Forms, Token, TokenKind};
use crate::vecs::run;
use crate::{Analysis, Analyzer, Stats};

/// Longest block, in bytes (about 80,000 words: far more than any article).
pub const BLOCK_BYTES: usize = 500_000;

/// One block of a text: a run of its sentences and the bytes that hold them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cut {
    /// Indices of the block's sentences.
    pub sentences: Range<usize>,
    /// The block's bytes: from the end of the previous block's last sentence (the text's start for the
    /// first block) to the end of its own last sentence (the text's end for the last block).
    pub bytes: Span,
}

/// The blocks of `text`, whose sentences are `sentences`, in order; together they hold every
/// sentence and every byte. A block ends at the last sentence end within [`BLOCK_BYTES`] of its first
/// sentence's start, or at a paragraph break (a blank line) in the last half of that stretch when there
/// is one. A sentence longer than a block is cut at spaces into blocks of its own (tokens never hold a
/// space; a name across the cut becomes two mentions). Empty when there are no sentences.
pub fn cuts(text: &str, sentences: &[Span]) -> Vec<Cut> {
    let mut out: Vec<Cut> = Vec::new();
    let mut a = 0;
    // Where the rest of sentence `a` starts (inside it when an earlier block took its beginning).
    let mut start = sentences.first().map_or(0, |s| s.start);
    while a < sentences.len() {
        let from = out.last().map_or(0, |c| c.bytes.end);
        // One past the last sentence that ends within the limit.
        let b = a + sentences[a..].partition_point(|s| s.end - start <= BLOCK_BYTES);
        if b == a {
            if let Some(cut) = space_before(
                text,
                start,
                start + BLOCK_BYTES,
                crate::vecs::at(sentences, a).end,
            ) {
                crate::vecs::push(
                    &mut out,
                    Cut {
                        sentences: a..a + 1,
                        bytes: Span::new(from, cut),
                    },
                );
                let rest = tail(text, cut);
                start = cut + rest.len() - trim_start_by(rest, is_space).len();
                continue;
            }
        }
        let b = b.max(a + 1);
        let b = if b < sentences.len() {
            let half = start + BLOCK_BYTES / 2;
            (a + 1..b)
                .rev()
                .find(|&k| {
                    crate::vecs::at(sentences, k - 1).end >= half
                        && is_paragraph_break(
                            text,
                            *crate::vecs::at(sentences, k - 1),
                            *crate::vecs::at(sentences, k),
                        )
                })
                .unwrap_or(b)
        } else {
            b
        };
        let to = if b == sentences.len() {
            text.len()
        } else {
            crate::vecs::at(sentences, b - 1).end
        };
        crate::vecs::push(
            &mut out,
            Cut {
                sentences: a..b,
                bytes: Span::new(from, to),
            },
        );
        a = b;
        start = sentences.get(b).map_or(0, |s| s.start);
    }
    out
}

/// The start of the last run of ASCII whitespace in `text[start..limit]` that follows `start`, or
/// failing that of the first one in `text[limit..end]`; `None` when there is none. `text[start]` is
/// not whitespace.
fn space_before(text: &str, start: usize, limit: usize, end: usize) -> Option<usize> {
    let (b, limit) = (text.as_bytes(), limit.min(end));
    let at = match run(b, start, limit)
        .iter()
        .rposition(u8::is_ascii_whitespace)
    {
        Some(i) => start + i,
        None => {
            limit
                + run(b, limit, end)
                    .iter()
                    .position(u8::is_ascii_whitespace)?
        }
    };
    let cut = trim_end_by(head(text, at), is_space).len();
    (cut > start).then_some(cut)
}

/// True when a blank line separates sentence `x` from the next one, `y`.
fn is_paragraph_break(text: &str, x: Span, y: Span) -> bool {
    crate::text::count_char(Span::new(x.end, y.start).slice(text), '\n') >= 2
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
    /// The kind of each sentence, worked out when first asked for ([`Block::kinds`]).
    kinds: OnceCell<Vec<Kind>>,
}

impl<'t> Block<'t> {
    fn new(text: &'t str, sentences: &[Span], cut: &Cut) -> Block<'t> {
        let start = cut.bytes.start;
        let block = cut.bytes.slice(text);
        // Sentences wholly inside, except a long sentence cut at spaces: its part in the block.
        let inside = crate::vecs::run(sentences, cut.sentences.start, cut.sentences.end);
        let mut sentences: Vec<Span> = crate::vecs::with_capacity(inside.len());
        for s in inside {
            let (a, b) = (s.start.max(start) - start, s.end.min(cut.bytes.end) - start);
            let part = Span::new(a, b).slice(block);
            let a = b - trim_start_by(part, is_space).len();
            crate::vecs::push(
                &mut sentences,
                Span::new(a, a + trim_by(part, is_space).len()),
            );
        }
        let tokens = tokens::tokenize(block);
        let forms = Forms::new(block, &tokens);
        Block {
            start,
            text: block,
            first_sentence: cut.sentences.start,
            sentences,
            tokens,
            forms,
            kinds: OnceCell::new(),
        }
    }

    /// The kind of each sentence (read by the keyphrases and the summary alike).
    fn kinds(&self) -> &[Kind] {
        self.kinds
            .get_or_init(|| furniture::kinds(self.text, &self.sentences))
    }

    /// The `entities` (of the whole text, sorted) inside the block, in offsets of the block.
    fn entities<'e>(&self, entities: &'e [Entity]) -> Cow<'e, [Entity]> {
        if self.start == 0 && self.first_sentence == 0 {
            let end = starting_before(entities, self.text.len());
            return Cow::Borrowed(run(entities, 0, end));
        }
        let end = self.start + self.text.len();
        let a = starting_before(entities, self.start);
        let b = starting_before(entities, end);
        let inside = run(entities, a, b);
        let mut out = crate::vecs::with_capacity(inside.len());
        for e in inside {
            crate::vecs::push(
                &mut out,
                Entity {
                    start: e.start - self.start,
                    end: e.end - self.start,
                    sentence: e.sentence.saturating_sub(self.first_sentence),
                    ..e.clone()
                },
            );
        }
        Cow::Owned(out)
    }
}

/// The blocks of a text, made once when there is one and again for each pass when there are more.
struct Blocks<'t> {
    text: &'t str,
    cuts: Vec<Cut>,
    only: Option<Block<'t>>,
}

impl<'t> Blocks<'t> {
    fn new(text: &'t str, sentences: &[Span]) -> Blocks<'t> {
        let cuts = cuts(text, sentences);
        let only = match cuts.as_slice() {
            [one] => Some(Block::new(text, sentences, one)),
            _ => None,
        };
        Blocks { text, cuts, only }
    }

    /// Calls `f` with each block in order (one call of `f` in the code: the one block kept, or
    /// each made again).
    fn each(&self, sentences: &[Span], mut f: impl FnMut(&Block<'t>)) {
        for cut in &self.cuts {
            let made;
            let b = match &self.only {
                Some(b) => b,
                None => {
                    made = Block::new(self.text, sentences, cut);
                    &made
                }
            };
            f(b);
        }
    }
}

/// Moves the mentions `from` a block over to the end of `to`, shifted by the block's offset `by` to
/// the text's offsets: in place and moved over whole, where a loop over the vectors' items brought
/// their iterator's loop and drop into the .wasm. One call in the .wasm, where the closure was
/// inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn shift_into(from: &mut Vec<Candidate>, by: usize, to: &mut Vec<Candidate>) {
    for c in from.iter_mut() {
        c.span = Span::new(c.span.start + by, c.span.end + by);
    }
    to.append(from);
}

/// Adds the keyphrases of block `b` (its part-of-speech tags `tags`, its first token the text's
/// `token_offset`-th) with the text's `entities` and `groups` to `c`. One call in the .wasm, where
/// the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn add_keywords(
    b: &Block,
    tags: &[Pos],
    token_offset: usize,
    entities: &[Entity],
    groups: &[Group],
    c: &mut Collector,
) {
    let entities = b.entities(entities);
    let doc = keywords::Document {
        text: b.text,
        tokens: &b.tokens,
        forms: &b.forms,
        sentences: &b.sentences,
        kinds: b.kinds(),
        entities: &entities,
        groups,
        tags,
    };
    c.add(&doc, token_offset, b.first_sentence);
}

/// Analyses `text`, whose sentences are `sentences` (see the module docs).
pub(crate) fn analyze(analyzer: &Analyzer, text: &str, sentences: Vec<Span>) -> Analysis {
    let options = &analyzer.options;
    let blocks = Blocks::new(text, &sentences);

    // 1. Mentions and parts of speech, block by block.
    let mut all: Vec<Candidate> = Vec::new();
    // Names inside values ([`entities::recognize`]), reported when values are not.
    let mut held_names: Vec<Candidate> = Vec::new();
    let mut tags: Vec<Pos> = Vec::new();
    let mut words = 0;
    let mut token_tags: Option<Vec<TokenTag>> = options.tokens.then(Vec::new);
    let mut noun_phrases: Option<Vec<NounPhrase>> = options.noun_phrases.then(Vec::new);
    blocks.each(&sentences, |b| {
        let block_tags = pos::tag(b.text, &b.tokens, &b.forms, &b.sentences);
        let (mut found, mut held) = entities::recognize(
            b.text,
            &b.tokens,
            &b.forms,
            &b.sentences,
            &analyzer.gazetteer,
        );
        shift_into(&mut found, b.start, &mut all);
        shift_into(&mut held, b.start, &mut held_names);
        words += b
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
        if let Some(out) = &mut noun_phrases {
            for s in pos::noun_phrases(&b.tokens, &block_tags, &b.sentences) {
                crate::vecs::push(
                    out,
                    NounPhrase {
                        start: s.start + b.start,
                        end: s.end + b.start,
                        text: crate::vecs::to_string(s.slice(b.text)),
                    },
                );
            }
        }
        if let Some(out) = &mut token_tags {
            for (t, &pos) in b.tokens.iter().zip(&block_tags) {
                crate::vecs::push(
                    out,
                    TokenTag {
                        start: t.span.start + b.start,
                        end: t.span.end + b.start,
                        pos,
                    },
                );
            }
        }
        crate::vecs::extend(&mut tags, block_tags);
    });

    // 2. Groups over the whole text. The summary reads every mention and its own number of
    // keyphrases, whatever the options report, so that choosing labels or a keyword count never
    // changes the summary.
    let (group_of, all_groups) = entities::groups::link(text, &all);
    let all_entities = entities::to_entities(text, &sentences, &all, group_of);
    let reported = options.labels.as_ref().map(|labels| {
        let mut mentions = all;
        let hidden = |m: &Candidate| !labels.contains(&m.label);
        // A name inside a value that is not reported takes its place (`Australian` of `90 million
        // Australian dollars` when only names are asked for).
        let mut held: Vec<Candidate> = Vec::new();
        for n in held_names {
            let k = ending_by(&mentions, n.span.start);
            if labels.contains(&n.label) && mentions.get(k).is_some_and(hidden) {
                crate::vecs::push(&mut held, n);
            }
        }
        crate::vecs::retain(&mut mentions, |m| !hidden(m));
        if !held.is_empty() {
            crate::vecs::extend(&mut mentions, held);
            entities::sort_by_start(&mut mentions);
        }
        let (group_of, groups) = entities::groups::link(text, &mentions);
        (
            entities::to_entities(text, &sentences, &mentions, group_of),
            groups,
        )
    });

    // 3. Keyphrases: the summary's, and the reported ones when other labels are reported (their
    // names differ). Of the same phrases, as many as the options ask for are taken in the end.
    let mut for_summary = Collector::default();
    let mut for_report = reported.is_some().then(Collector::default);
    let mut token_offset = 0;
    blocks.each(&sentences, |b| {
        let block_tags = run(&tags, token_offset, token_offset + b.tokens.len());
        let add = |entities: &[Entity], groups: &[Group], c: &mut Collector| {
            add_keywords(b, block_tags, token_offset, entities, groups, c);
        };
        add(&all_entities, &all_groups, &mut for_summary);
        if let (Some(c), Some((entities, groups))) = (&mut for_report, &reported) {
            add(entities, groups, c);
        }
        token_offset += b.tokens.len();
    });
    drop(tags);
    let summary_keywords = for_summary.finish(&all_groups, summary::KEYPHRASES_USED);

    // 4. The summary: each block's offers, then the best of them.
    let limit = options.summary_length().count(sentences.len());
    let mut offers = Vec::new();
    blocks.each(&sentences, |b| {
        let entities = b.entities(&all_entities);
        let input = summary::Inputs {
            text: b.text,
            tokens: &b.tokens,
            forms: &b.forms,
            sentences: &b.sentences,
            kinds: b.kinds(),
            entities: &entities,
            keywords: &summary_keywords,
        };
        for mut o in summary::offers(&input, limit) {
            o.sentence += b.first_sentence;
            crate::vecs::push(&mut offers, o);
        }
    });
    drop(blocks);
    let chosen = summary::choose(&offers, limit);
    let mut summary: Vec<usize> = crate::vecs::with_capacity(chosen.len());
    for k in chosen {
        crate::vecs::push(&mut summary, crate::vecs::at(&offers, k).sentence);
    }
    crate::sort::sort(&mut summary);
    // A sentence cut into several blocks may be offered by each of them.
    summary.dedup();
    drop(offers);

    let (entities, groups, keywords): (Vec<Entity>, Vec<Group>, Vec<Keyword>) =
        match (reported, for_report) {
            (Some((entities, groups)), Some(c)) => {
                let k = c.finish(&groups, options.keywords);
                (entities, groups, k)
            }
            _ if options.keywords == summary::KEYPHRASES_USED => {
                (all_entities, all_groups, summary_keywords)
            }
            _ => {
                let k = for_summary.finish(&all_groups, options.keywords);
                (all_entities, all_groups, k)
            }
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
        let (mut next, mut byte) = (0, 0);
        for (i, cut) in blocks.iter().enumerate() {
            let r = &cut.sentences;
            assert_eq!(r.start, next);
            assert_eq!(cut.bytes.start, byte);
            byte = cut.bytes.end;
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
        assert_eq!(byte, text.len());
    }

    #[test]
    fn a_sentence_longer_than_a_block_is_cut_at_spaces() {
        let text = format!(
            "Short one.\n\n{}end.\n\nLast one.",
            "some words  in\ta row ".repeat(BLOCK_BYTES / 8)
        );
        let sentences: Vec<Span> = crate::sentences::sentences(&text).collect();
        assert_eq!(sentences.len(), 3);
        let blocks = cuts(&text, &sentences);
        assert!(blocks.len() >= 4, "{blocks:?}");
        let mut byte = 0;
        for (i, cut) in blocks.iter().enumerate() {
            assert_eq!(cut.bytes.start, byte);
            byte = cut.bytes.end;
            let inner = cut.bytes.slice(&text).trim();
            assert!(!inner.is_empty() && inner.len() <= BLOCK_BYTES, "{i}");
            if i + 1 < blocks.len() {
                // Never inside a word: the next block starts with a space.
                assert!(text[byte..].starts_with(char::is_whitespace), "{i}");
                assert!(!text[..byte].ends_with(char::is_whitespace), "{i}");
            }
        }
        assert_eq!(byte, text.len());
        // Every block's part of a sentence is trimmed and inside the block.
        for cut in &blocks {
            let b = Block::new(&text, &sentences, cut);
            for s in &b.sentences {
                let part = s.slice(b.text);
                assert!(!part.is_empty() && part.trim() == part);
            }
        }
    }

    #[test]
    fn a_sentence_without_spaces_longer_than_a_block_is_a_block() {
        let text = format!(
            "Short one.\n\n{}end.\n\nLast one.",
            "word".repeat(BLOCK_BYTES / 3)
        );
        let sentences: Vec<Span> = crate::sentences::sentences(&text).collect();
        assert_eq!(sentences.len(), 3);
        let got: Vec<_> = cuts(&text, &sentences)
            .into_iter()
            .map(|c| c.sentences)
            .collect();
        assert_eq!(got, vec![0..1, 1..2, 2..3]);
        assert!(cuts("", &[]).is_empty());
    }
}
