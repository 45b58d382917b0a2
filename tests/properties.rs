//! Property tests of the whole core: for any text, `analyze` returns a well-formed [`Analysis`].
//!
//! The invariants checked (see `DESIGN.md`, "Boundaries and failure"):
//! - sentences are in order, non-empty, trimmed, inside the text, on char boundaries and together hold
//!   every non-whitespace character;
//! - entities are in bounds, on char boundaries, sorted, disjoint; `text` is the slice; `sentence` is a
//!   valid index of a sentence that holds the entity's start; `group` is a valid index;
//! - the groups' mention counts sum to the number of entities, and each group's id is its index;
//! - summary indices are valid, ascending and distinct, and no more than asked for;
//! - keywords are at most the number asked for;
//! - tokens (when asked for) are in order, disjoint, non-empty, on char boundaries, one per token of
//!   the text; noun phrases (when asked for) are in order, disjoint, inside one sentence, `text` the
//!   slice; neither appears when not asked for;
//! - offsets converted to chars and to UTF-16 still select each entity's and noun phrase's text.
//!
//! Strategies: arbitrary unicode strings, and strings assembled from news-like pieces (words, names,
//! numbers, money, punctuation, quotes, newlines, emoji, CJK, combining marks, right-to-left text).
//! Case counts are moderate so that `cargo test` stays fast.

#![cfg(not(target_arch = "wasm32"))] // native only (proptest is a native dev-dependency)

use article_analyzer::{analyze, Analysis, Options, Unit};
use proptest::prelude::*;

/// Checks every invariant of `a`, the analysis of `text` with `opts`.
fn check(text: &str, opts: &Options, a: &Analysis) -> Result<(), TestCaseError> {
    // Sentences.
    let mut prev_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        prop_assert!(s.start < s.end, "sentence {i} empty: {s:?}");
        prop_assert!(s.end <= text.len(), "sentence {i} out of bounds");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(s.start >= prev_end, "sentence {i} out of order");
        let body = &text[s.start..s.end];
        prop_assert_eq!(body.trim(), body, "sentence {} not trimmed", i);
        // The gap before this sentence holds only whitespace.
        prop_assert!(
            text[prev_end..s.start].chars().all(char::is_whitespace),
            "lost text before sentence {}: {:?}",
            i,
            &text[prev_end..s.start]
        );
        prev_end = s.end;
    }
    prop_assert!(
        text[prev_end..].chars().all(char::is_whitespace),
        "lost text after the last sentence: {:?}",
        &text[prev_end..]
    );
    // Entities.
    let mut last_end = 0;
    for (i, e) in a.entities.iter().enumerate() {
        prop_assert!(e.start < e.end, "entity {i} empty");
        prop_assert!(e.end <= text.len(), "entity {i} out of bounds");
        prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        prop_assert!(
            e.start >= last_end,
            "entity {i} overlaps or is out of order"
        );
        last_end = e.end;
        prop_assert_eq!(&e.text, &text[e.start..e.end]);
        prop_assert!(e.sentence < a.sentences.len(), "entity {i} sentence index");
        let s = a.sentences[e.sentence];
        prop_assert!(
            s.start <= e.start && e.start < s.end,
            "entity {} ({:?}) not inside its sentence {:?}",
            i,
            e.text,
            s
        );
        prop_assert!(e.group < a.groups.len(), "entity {i} group index");
        if !e.label.is_name() {
            prop_assert!(
                e.end <= s.end,
                "value {:?} crosses its sentence end",
                e.text
            );
        }
        if let Some(labels) = &opts.labels {
            prop_assert!(labels.contains(&e.label));
        }
    }
    // Groups.
    for (i, g) in a.groups.iter().enumerate() {
        prop_assert_eq!(g.id, i);
        prop_assert!(g.mentions > 0);
        let n = a.entities.iter().filter(|e| e.group == i).count();
        prop_assert_eq!(n, g.mentions, "group {} mention count", i);
    }
    let total: usize = a.groups.iter().map(|g| g.mentions).sum();
    prop_assert_eq!(total, a.entities.len());
    // Summary.
    let most = match opts.summary_ratio {
        // A ratio is a share of the sentences, rounded up.
        Some(r) => (r * a.sentences.len() as f64).ceil() as usize,
        None => opts.summary_sentences,
    };
    prop_assert!(a.summary.len() <= most);
    prop_assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
    prop_assert!(a.summary.iter().all(|&i| i < a.sentences.len()));
    // Keywords.
    prop_assert!(a.keywords.len() <= opts.keywords);
    for k in &a.keywords {
        prop_assert!(!k.text.is_empty() && k.count > 0 && k.score.is_finite());
    }
    // Tokens and noun phrases.
    prop_assert_eq!(a.tokens.is_some(), opts.tokens);
    prop_assert_eq!(a.noun_phrases.is_some(), opts.noun_phrases);
    let mut last_end = 0;
    for t in a.tokens.iter().flatten() {
        prop_assert!(t.start < t.end && t.end <= text.len() && t.start >= last_end);
        prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        last_end = t.end;
    }
    let mut last_end = 0;
    for p in a.noun_phrases.iter().flatten() {
        prop_assert!(p.start < p.end && p.end <= text.len() && p.start >= last_end);
        prop_assert_eq!(&p.text, &text[p.start..p.end]);
        let s = a
            .sentences
            .iter()
            .find(|s| s.start <= p.start && p.start < s.end);
        prop_assert!(
            s.is_some_and(|s| p.end <= s.end),
            "noun phrase {:?} crosses a sentence end",
            p.text
        );
        last_end = p.end;
    }
    // Stats.
    prop_assert_eq!(a.stats.sentences, a.sentences.len());
    prop_assert_eq!(a.stats.characters, text.chars().count());
    // Offset conversion.
    let mut chars = a.clone();
    chars.convert_offsets(text, Unit::Char);
    for (e, b) in chars.entities.iter().zip(&a.entities) {
        let got: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        prop_assert_eq!(&got, &b.text, "char offsets");
    }
    for (p, b) in chars
        .noun_phrases
        .iter()
        .flatten()
        .zip(a.noun_phrases.iter().flatten())
    {
        let got: String = text.chars().skip(p.start).take(p.end - p.start).collect();
        prop_assert_eq!(&got, &b.text, "char offsets of a noun phrase");
    }
    for (s, b) in chars.sentences.iter().zip(&a.sentences) {
        let got: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        prop_assert_eq!(got.as_str(), b.slice(text), "char offsets of a sentence");
    }
    let mut utf16 = a.clone();
    utf16.convert_offsets(text, Unit::Utf16);
    let units: Vec<u16> = text.encode_utf16().collect();
    for (e, b) in utf16.entities.iter().zip(&a.entities) {
        prop_assert!(e.start <= e.end && e.end <= units.len());
        let got = String::from_utf16(&units[e.start..e.end]).ok();
        prop_assert_eq!(got.as_deref(), Some(b.text.as_str()), "UTF-16 offsets");
    }
    for (t, b) in utf16.tokens.iter().flatten().zip(a.tokens.iter().flatten()) {
        prop_assert!(t.start < t.end && t.end <= units.len());
        let got = String::from_utf16(&units[t.start..t.end]).ok();
        prop_assert_eq!(
            got.as_deref(),
            Some(&text[b.start..b.end]),
            "UTF-16 offsets of a token"
        );
    }
    Ok(())
}

/// News-like pieces, joined by the strategy below.
const PIECES: &[&str] = &[
    "ECB",
    "ECB's",
    "ecb",
    "Marco Rubio",
    "Rubio",
    "Claudia Sheinbaum",
    "Sheinbaum's",
    "U.S.",
    "United States",
    "Mr.",
    "Dr. Smith",
    "the",
    "said",
    "government",
    "border",
    "water",
    "deal",
    "talks",
    "on Tuesday",
    "March 3, 2026",
    "3 March 2026",
    "2026-03-03",
    "10:30 a.m.",
    "6 P.M.",
    "$5.2 billion",
    "US$3",
    "€20m",
    "£1.5bn",
    "12%",
    "3.5 percent",
    "160 km per hour",
    "180,000",
    "third",
    "21st",
    "desk@example.org",
    "https://example.org/a_(b)?c=1.",
    "www.example.com",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "...",
    "…",
    "—",
    "-",
    "'",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "manu-\n",
    "semi- \r\n ",
    "ab-\n\t",
    "x-",
    "😀",
    "👨‍👩‍👧",
    "🇲🇽",
    "東京",
    "北京市。",
    "e\u{301}",
    "\u{301}",
    "Ñandú",
    "שלום",
    "مرحبا",
    "\u{200F}",
    "\u{FFFD}",
    "\r",
    "\u{2028}",
    "\u{85}",
    "\u{c}",
    "\u{200B}",
    "\u{FEFF}",
    "!!",
    "?!",
    ".\"",
    ".”",
    "。」",
    "Sept.",
    "No.",
    "e.g.",
    "\u{0}",
    "ß",
    "İstanbul",
    "ǅ",
    "Ⅻ",
    "١٢٣",
    "A.",
    "a.m.",
    "p.m.",
    "Inc.",
    "'s",
    "n't",
    "O'Brien",
    "AT&T",
    "1,000",
    "3.5",
    "0",
    "%",
    "$",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => "[A-Za-z]{1,10}",
        1 => "[0-9]{1,6}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn news_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            piece(),
            prop_oneof![3 => Just(" "), 1 => Just(""), 1 => Just("\n")],
        ),
        0..60,
    )
    .prop_map(|v| v.into_iter().map(|(p, sep)| p + sep).collect())
}

fn options() -> impl Strategy<Value = Options> {
    use article_analyzer::{GazetteerEntry, Label};
    (
        0usize..12,
        0usize..5,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(k, s, only_some, gazetteer, tokens, noun_phrases)| Options {
                keywords: k,
                summary_sentences: s,
                tokens,
                noun_phrases,
                labels: only_some.then(|| vec![Label::Person, Label::Date, Label::Org]),
                gazetteer: if gazetteer {
                    [
                        ("ECB", Label::Org),
                        ("Rubio", Label::Person),
                        ("united states", Label::Place),
                        ("March", Label::Misc),
                        ("Marco", Label::Org),
                        ("$", Label::Money),
                    ]
                    .iter()
                    .map(|&(t, l)| GazetteerEntry {
                        text: t.into(),
                        label: l,
                    })
                    .collect()
                } else {
                    Vec::new()
                },
                summary_ratio: (s == 4).then_some(0.3),
            },
        )
}

proptest! {
    // 256 cases each by default; set PROPTEST_CASES for a longer hunt.

    #[test]
    fn arbitrary_unicode_is_well_formed(text in any::<String>()) {
        let opts = Options { tokens: true, noun_phrases: true, ..Options::default() };
        let a = analyze(&text, &opts);
        check(&text, &opts, &a)?;
    }

    #[test]
    fn news_like_text_is_well_formed(text in news_like(), opts in options()) {
        let a = analyze(&text, &opts);
        check(&text, &opts, &a)?;
    }

    #[test]
    fn analysis_is_deterministic(text in news_like()) {
        let opts = Options::default();
        prop_assert_eq!(analyze(&text, &opts), analyze(&text, &opts));
    }

    #[test]
    fn ascii_punctuation_soup_is_well_formed(text in "[ a-zA-Z0-9.,;:!?'\"()$%@/\\-\n]{0,80}") {
        let opts = Options::default();
        let a = analyze(&text, &opts);
        check(&text, &opts, &a)?;
    }

    /// Mentions lie wholly inside their sentence (`Paris\nLondon` is two mentions, never one).
    #[test]
    fn mentions_stay_inside_their_sentence(text in news_like()) {
        let a = analyze(&text, &Options::default());
        for e in &a.entities {
            let s = a.sentences[e.sentence];
            prop_assert!(e.end <= s.end, "{:?} crosses its sentence end", e.text);
        }
    }
}
