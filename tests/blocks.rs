//! Texts longer than one block ([`article_analyzer::blocks`]): the result is well formed, and each
//! block's sentences, tokens and mentions are those of the block analysed as a text of its own, at the
//! block's place; groups, keyphrases and the summary are the whole text's.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use article_analyzer::blocks::{cuts, BLOCK_BYTES};
use article_analyzer::{analyze, Label, Options};

const FIXTURES: [&str; 3] = [
    include_str!("fixtures/border_talks.txt"),
    include_str!("fixtures/storm_report.txt"),
    include_str!("fixtures/tech_results.txt"),
];

/// The fixtures, repeated, separated by blank lines, until the text passes `bytes`.
fn news(bytes: usize) -> String {
    let mut text = String::new();
    let mut k = 0;
    while text.len() <= bytes {
        text.push_str(FIXTURES[k % 3]);
        text.push_str("\n\n");
        k += 1;
    }
    text
}

#[test]
fn a_long_text_is_analysed_block_by_block() {
    let text = news(BLOCK_BYTES + BLOCK_BYTES / 4);
    let opts = Options {
        tokens: true,
        ..Options::default()
    };
    let a = analyze(&text, &opts);
    support::well_formed::check(&text, &opts, &a).unwrap();
    let blocks = cuts(&text, &a.sentences);
    assert!(blocks.len() >= 2, "{blocks:?}");

    // Every block, analysed alone, gives the same sentences, tokens and mentions at its place.
    let tokens = a.tokens.as_ref().unwrap();
    for cut in &blocks {
        let range = cut.sentences.clone();
        assert!(a.sentences[range.end - 1].end - a.sentences[range.start].start <= BLOCK_BYTES);
        let (start, end) = (cut.bytes.start, cut.bytes.end);
        let alone = analyze(&text[start..end], &opts);
        let shift = |s: usize, e: usize| (s + start, e + start);
        let sentences: Vec<_> = alone
            .sentences
            .iter()
            .map(|s| shift(s.start, s.end))
            .collect();
        let whole: Vec<_> = a.sentences[range.clone()]
            .iter()
            .map(|s| (s.start, s.end))
            .collect();
        assert_eq!(sentences, whole);
        let inside = |s: usize| start <= s && s < end;
        let mentions: Vec<_> = alone
            .entities
            .iter()
            .map(|e| (shift(e.start, e.end), e.label, e.text.as_str()))
            .collect();
        let whole: Vec<_> = a
            .entities
            .iter()
            .filter(|e| inside(e.start))
            .map(|e| ((e.start, e.end), e.label, e.text.as_str()))
            .collect();
        assert_eq!(mentions, whole);
        let toks: Vec<_> = alone
            .tokens
            .unwrap()
            .iter()
            .map(|t| (shift(t.start, t.end), t.pos))
            .collect();
        let whole: Vec<_> = tokens
            .iter()
            .filter(|t| inside(t.start))
            .map(|t| ((t.start, t.end), t.pos))
            .collect();
        assert_eq!(toks, whole);
    }

    // Groups span the blocks: the same person repeated throughout is one group.
    let rubio: Vec<_> = a
        .groups
        .iter()
        .filter(|g| g.name == "Marco Rubio")
        .collect();
    assert_eq!(rubio.len(), 1, "{rubio:?}");
    assert_eq!(rubio[0].label, Label::Person);
    let mentions = a.entities.iter().filter(|e| e.group == rubio[0].id).count();
    assert_eq!(rubio[0].mentions, mentions);
    assert!(a
        .entities
        .iter()
        .any(|e| e.group == rubio[0].id && e.start > BLOCK_BYTES));
    // Keyphrases and summary for the whole text.
    assert_eq!(a.keywords.len(), 10);
    assert!(a.keywords.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(a.keywords.iter().all(|k| k.count > 0 && !k.text.is_empty()));
    assert_eq!(a.summary.len(), 3);
    assert_eq!(a.stats.sentences, a.sentences.len());
    assert_eq!(
        a.stats.words,
        article_analyzer::tokens::tokenize(&text)
            .iter()
            .filter(|t| t.kind == article_analyzer::tokens::TokenKind::Word)
            .count()
    );
}

#[test]
fn options_apply_to_long_texts() {
    let text = news(BLOCK_BYTES + 1);
    let opts = Options {
        labels: Some(vec![Label::Person]),
        keywords: 4,
        noun_phrases: true,
        ..Options::default()
    };
    let a = analyze(&text, &opts);
    support::well_formed::check(&text, &opts, &a).unwrap();
    assert!(a.entities.iter().all(|e| e.label == Label::Person));
    assert_eq!(a.keywords.len(), 4);
    // The summary never depends on the labels or the keyword count.
    assert_eq!(a.summary, analyze(&text, &Options::default()).summary);
    assert!(!a.noun_phrases.unwrap().is_empty());
}

#[test]
fn texts_within_one_block_are_one_block() {
    let text = news(BLOCK_BYTES / 8);
    let a = analyze(&text, &Options::default());
    let one = cuts(&text, &a.sentences);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].sentences, 0..a.sentences.len());
    assert_eq!((one[0].bytes.start, one[0].bytes.end), (0, text.len()));
}

#[test]
fn a_sentence_longer_than_a_block_is_analysed_in_pieces() {
    // One sentence of lower-case words with a name now and then, longer than a block.
    let mut text = String::from("Talks resumed on Monday.\n\n");
    while text.len() <= BLOCK_BYTES + BLOCK_BYTES / 5 {
        text.push_str("the talks on water went on and Marco Rubio said so and ");
    }
    text.push_str("end.\n\nRubio left.");
    let opts = Options {
        tokens: true,
        ..Options::default()
    };
    let a = analyze(&text, &opts);
    support::well_formed::check(&text, &opts, &a).unwrap();
    assert_eq!(a.sentences.len(), 3);
    assert!(cuts(&text, &a.sentences).len() >= 3);
    // Tokens are those of the whole text: a cut never falls inside one.
    let whole: Vec<_> = article_analyzer::tokens::tokenize(&text)
        .iter()
        .map(|t| (t.span.start, t.span.end))
        .collect();
    let got: Vec<_> = a.tokens.unwrap().iter().map(|t| (t.start, t.end)).collect();
    assert_eq!(got, whole);
    assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
    assert!(a.entities.iter().any(|e| e.text == "Marco Rubio"));
}
