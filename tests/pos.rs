//! Parts of speech and noun phrases through the public API, on self-written sentences: obvious tags,
//! noun-phrase chunks (never across a sentence end), and the shape of the `tokens` and `nounPhrases`
//! options (absent by default, present when asked for, offsets converted like the rest).

use article_analyzer::{analyze, pos, sentences, tokens, Options, Pos, Span, Unit};
use serde_json::json;

/// (token, tag) pairs of `text`.
fn tagged(text: &str) -> Vec<(String, Pos)> {
    let toks = tokens::tokenize(text);
    let sents: Vec<Span> = sentences::sentences(text).collect();
    let tags = pos::tag(text, &toks, &tokens::Forms::new(text, &toks), &sents);
    assert_eq!(tags.len(), toks.len());
    toks.iter()
        .zip(tags)
        .map(|(t, p)| (t.text(text).to_string(), p))
        .collect()
}

/// The tags of `words` in `text`, each looked up by its first occurrence.
fn tags_of(text: &str, words: &[&str]) -> Vec<String> {
    let t = tagged(text);
    words
        .iter()
        .map(|w| {
            t.iter()
                .find(|(x, _)| x == w)
                .map_or_else(|| format!("{w}: missing"), |(_, p)| p.to_string())
        })
        .collect()
}

fn noun_phrases(text: &str) -> Vec<String> {
    let opts = Options {
        noun_phrases: true,
        ..Options::default()
    };
    analyze(text, &opts)
        .noun_phrases
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.text)
        .collect()
}

#[test]
fn obvious_tags() {
    if !pos::available() {
        return;
    }
    let got: Vec<String> = tagged("The cat sat on the mat.")
        .into_iter()
        .map(|(w, p)| format!("{w}/{p}"))
        .collect();
    assert_eq!(
        got,
        ["The/DT", "cat/NN", "sat/VBD", "on/IN", "the/DT", "mat/NN", "./."]
    );
    // Closed-class words and common forms, each in a sentence of its own.
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "She said the drug cartels had moved their money.",
            &["She", "said", "the", "cartels", "their", "money", "."],
            &["PRP", "VBD", "DT", "NNS", "PRP$", "NN", "."],
        ),
        (
            "Officials will meet in Washington on Monday, and they hope to agree.",
            &["Officials", "will", "in", "Washington", ",", "and", "to"],
            &["NNS", "MD", "IN", "NNP", ",", "CC", "TO"],
        ),
        (
            "Mexico's president rejected the plan.",
            &["Mexico", "'s", "president", "rejected"],
            &["NNP", "POS", "NN", "VBD"],
        ),
        (
            "Prices rose 3 percent, the biggest rise in a decade.",
            &["3", "biggest", "a"],
            &["CD", "JJS", "DT"],
        ),
    ];
    for (text, words, want) in cases {
        assert_eq!(tags_of(text, words), *want, "{text}");
    }
}

#[test]
fn quotes_get_a_direction_and_emoji_are_symbols() {
    let t = tagged("He said \"no\" \u{1F600}.");
    let tag = |w: &str| t.iter().find(|(x, _)| x == w).map(|p| p.1);
    assert_eq!(t[2].1, Pos::OpenQuote);
    assert_eq!(t[4].1, Pos::CloseQuote);
    assert_eq!(tag("\u{1F600}"), Some(Pos::Symbol));
}

#[test]
fn noun_phrases_are_base_phrases() {
    if !pos::available() {
        return;
    }
    let nps = noun_phrases("She said the drug cartels had moved their money across the border.");
    for want in ["She", "the drug cartels", "their money", "the border"] {
        assert!(nps.iter().any(|p| p == want), "{want:?} not in {nps:?}");
    }
    assert!(
        !nps.iter()
            .any(|p| p.contains("moved") || p.contains("said")),
        "{nps:?}"
    );
}

#[test]
fn noun_phrases_never_cross_a_sentence_end() {
    // A headline with no full stop, then a sentence that opens with nouns: without the sentence end
    // the nouns would run together.
    let text = "Border security talks\nMexico City officials met on Monday. Drug cartels replied.";
    let opts = Options {
        noun_phrases: true,
        ..Options::default()
    };
    let a = analyze(text, &opts);
    let nps = a.noun_phrases.clone().unwrap_or_default();
    assert!(!nps.is_empty());
    for p in &nps {
        let s = a
            .sentences
            .iter()
            .find(|s| s.start <= p.start && p.start < s.end)
            .expect("a phrase starts inside a sentence");
        assert!(p.end <= s.end, "{:?} crosses {:?}", p.text, s.slice(text));
        assert_eq!(p.text, &text[p.start..p.end]);
    }
    if pos::available() {
        let texts: Vec<&str> = nps.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"Border security talks"), "{texts:?}");
        assert!(texts.contains(&"Mexico City officials"), "{texts:?}");
        assert!(texts.contains(&"Drug cartels"), "{texts:?}");
    }
}

#[test]
fn options_are_off_by_default() {
    let text = "The cat sat on the mat.";
    let a = analyze(text, &Options::default());
    assert!(a.tokens.is_none() && a.noun_phrases.is_none());
    let v = serde_json::to_value(&a).unwrap();
    assert!(v.get("tokens").is_none() && v.get("nounPhrases").is_none());
}

#[test]
fn options_add_tokens_and_noun_phrases() {
    let text = "Sheinbaum’s 😀 team met the drug cartels’ lawyers.\nRubio left.";
    let opts = Options::from_json(&json!({"tokens": true, "nounPhrases": true})).unwrap();
    let mut a = analyze(text, &opts);
    let toks = a.tokens.clone().unwrap();
    assert_eq!(toks.len(), tokens::tokenize(text).len());
    assert!(toks.windows(2).all(|w| w[0].end <= w[1].start));
    let nps = a.noun_phrases.clone().unwrap();
    assert!(!nps.is_empty());
    // JSON: camelCase keys, tags as Penn strings.
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["tokens"].as_array().unwrap().len(), toks.len());
    assert!(v["tokens"][0]["pos"].is_string());
    assert_eq!(v["tokens"][0]["start"], json!(0));
    assert!(v["nounPhrases"].as_array().is_some_and(|p| !p.is_empty()));
    // Converted offsets still select each token and phrase.
    a.convert_offsets(text, Unit::Char);
    let chars: Vec<char> = text.chars().collect();
    for (t, b) in a.tokens.as_ref().unwrap().iter().zip(&toks) {
        let got: String = chars[t.start..t.end].iter().collect();
        assert_eq!(got, text[b.start..b.end]);
    }
    for p in a.noun_phrases.as_ref().unwrap() {
        let got: String = chars[p.start..p.end].iter().collect();
        assert_eq!(got, p.text);
    }
    let mut a = analyze(text, &opts);
    a.convert_offsets(text, Unit::Utf16);
    let units: Vec<u16> = text.encode_utf16().collect();
    for p in a.noun_phrases.as_ref().unwrap() {
        assert_eq!(String::from_utf16(&units[p.start..p.end]).unwrap(), p.text);
    }
    // One without the other.
    let a = analyze(text, &Options::from_json(&json!({"tokens": true})).unwrap());
    assert!(a.tokens.is_some() && a.noun_phrases.is_none());
}

#[test]
fn bad_option_values_name_the_field() {
    for (v, field) in [
        (json!({"tokens": "yes"}), "options.tokens:"),
        (json!({"nounPhrases": 1}), "options.nounPhrases:"),
    ] {
        let e = Options::from_json(&v).unwrap_err().to_string();
        assert!(e.starts_with(field), "{e}");
    }
    let e = Options::from_json(&json!({"nounphrases": true}))
        .unwrap_err()
        .to_string();
    assert!(e.contains("nounPhrases"), "{e}");
}
