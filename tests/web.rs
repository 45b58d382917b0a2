#![cfg(target_arch = "wasm32")]
//! The JavaScript boundary (`src/wasm.rs`) under wasm-bindgen-test.
//!
//! The suite has no `wasm_bindgen_test_configure!`, so `cargo test --target wasm32-unknown-unknown` runs
//! it in Node.js and `WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown` runs the
//! same tests in a headless browser (`build.sh test` does both).
//!
//! Texts that must reach Rust exactly as JavaScript would send them (lone surrogates) are passed through
//! a JS function call into a Rust closure, so they cross the same string conversion as a call to the
//! exported `analyze`. Offsets are checked with JavaScript's own `String.prototype.slice`.

use article_analyzer::wasm::{analyze_js, sentences_js, version, JsAnalyzer};
use js_sys::{Array, Function, JsString, JSON};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

/// The result as JSON, after checking that it is a plain JS object.
fn json(result: &JsValue) -> Value {
    assert!(result.is_object(), "analyze returns an object");
    serde_wasm_bindgen::from_value(result.clone()).expect("the result is JSON-compatible")
}

fn options(json_text: &str) -> JsValue {
    JSON::parse(json_text).expect("valid JSON in the test")
}

/// Analyses `text` (a JS string) by calling, from JavaScript, a Rust closure that takes `String`: the
/// string crosses the JS -> Rust boundary exactly as it does for the exported `analyze`.
fn analyze_from_js(text: &JsString, opts: &JsValue) -> Result<JsValue, JsValue> {
    let opts = opts.clone();
    let f = Closure::<dyn Fn(String) -> Result<JsValue, JsValue>>::new(move |t: String| {
        analyze_js(&t, opts.clone()).map_err(JsValue::from)
    });
    let function: &Function = f.as_ref().unchecked_ref();
    function.call1(&JsValue::NULL, text)
}

fn error_message(e: JsValue) -> String {
    let err = e
        .dyn_ref::<js_sys::Error>()
        .expect("a bad option throws a JS Error");
    String::from(err.message())
}

/// Every invariant the JS face promises, checked against the JS string itself.
fn check_result(text: &JsString, result: &JsValue) -> Value {
    let v = json(result);
    let len = text.length() as u64;
    let mut last_end = 0;
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert!(
            last_end <= a && a < b && b <= len,
            "sentence {s} out of order or bounds"
        );
        let slice = String::from(text.slice(a as u32, b as u32));
        assert_eq!(slice.trim(), slice, "sentences are trimmed");
        last_end = b;
    }
    let sentences = v["sentences"].as_array().unwrap().len() as u64;
    let groups = v["groups"].as_array().unwrap().len() as u64;
    let mut last_end = 0;
    for e in v["entities"].as_array().unwrap() {
        let (a, b) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
        assert!(
            last_end <= a && a < b && b <= len,
            "entity {e} overlaps or is out of bounds"
        );
        last_end = b;
        assert_eq!(
            String::from(text.slice(a as u32, b as u32)),
            e["text"].as_str().unwrap(),
            "text.slice(start, end) === entity.text for {e}"
        );
        assert!(e["sentence"].as_u64().unwrap() < sentences);
        assert!(e["group"].as_u64().unwrap() < groups);
    }
    let mut last = None;
    for i in v["summary"].as_array().unwrap() {
        let i = i.as_u64().unwrap();
        assert!(
            i < sentences && last.is_none_or(|l| l < i),
            "summary indices in order"
        );
        last = Some(i);
    }
    for key in ["words", "sentences", "characters", "readingMinutes"] {
        assert!(v["stats"][key].is_u64(), "stats.{key} is a number");
    }
    v
}

fn labels(v: &Value) -> Vec<&str> {
    v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect()
}

const ARTICLE: &str = include_str!("fixtures/border_talks.txt");

#[wasm_bindgen_test]
fn fixture_article_has_people_places_orgs_keywords_and_summary() {
    let text = JsString::from(ARTICLE);
    let result = analyze_from_js(&text, &JsValue::UNDEFINED).unwrap();
    let v = check_result(&text, &result);
    let labels = labels(&v);
    for want in ["PERSON", "PLACE", "ORG"] {
        assert!(labels.contains(&want), "{want} in {labels:?}");
    }
    assert!(!v["keywords"].as_array().unwrap().is_empty());
    assert!(!v["summary"].as_array().unwrap().is_empty());
    assert!(v["stats"]["words"].as_u64().unwrap() > 100);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_with_emoji_cjk_and_combining_marks() {
    // Astral emoji (two UTF-16 units each), a ZWJ family and a flag, CJK (three UTF-8 bytes, one UTF-16
    // unit), and decomposed accents (a base letter plus U+0301) before, between and inside the names.
    let text = "👩‍👩‍👧 Marco Rubio 🇲🇽 met Claudia Sheinbaum in Mexico City on Monday. \
                東京の記者会見で、José Martínez said the talks went well 🎉. \
                Rubio later flew to Washington. Zoe\u{301} Bra\u{308}un of Reuters 📰 reported it.";
    let js = JsString::from(text);
    assert_eq!(js.length() as usize, text.encode_utf16().count());
    let result = analyze_from_js(&js, &JsValue::UNDEFINED).unwrap();
    let v = check_result(&js, &result);
    let found: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    for name in ["Marco Rubio", "Claudia Sheinbaum"] {
        assert!(found.contains(&name), "{name} in {found:?}");
    }
    // An entity after the astral characters: byte or char offsets would not slice to its text.
    let washington = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Washington")
        .expect("Washington is found");
    let start = washington["start"].as_u64().unwrap() as usize;
    let utf16_start = text[..text.find("Washington").unwrap()]
        .encode_utf16()
        .count();
    assert_eq!(start, utf16_start);
    assert_ne!(start, text.find("Washington").unwrap(), "bytes differ");
    assert_ne!(
        start,
        text[..text.find("Washington").unwrap()].chars().count(),
        "chars differ"
    );
}

#[wasm_bindgen_test]
fn lone_surrogates_arrive_as_replacement_characters_and_offsets_line_up() {
    // "\uD83D Marco Rubio met officials in Mexico City.\uDC00 Rubio left. \uDBFF"
    let mut units: Vec<u16> = vec![0xD83D];
    units.extend(" Marco Rubio met officials in Mexico City.".encode_utf16());
    units.push(0xDC00);
    units.extend(" Rubio left for Washington. ".encode_utf16());
    units.push(0xDBFF);
    let js = JsString::from_char_code(&units);
    assert!(!js.is_valid_utf16(), "the test string has lone surrogates");
    let result = analyze_from_js(&js, &JsValue::UNDEFINED).unwrap();
    let v = check_result(&js, &result);
    assert!(labels(&v).contains(&"PERSON"), "{v}");
    // The text the core saw: each lone surrogate became one U+FFFD, one UTF-16 unit.
    let seen = String::from(js.to_well_formed());
    assert_eq!(seen.matches('\u{FFFD}').count(), 3);
    assert_eq!(seen.encode_utf16().count(), units.len());
    assert_eq!(
        v["stats"]["characters"].as_u64().unwrap() as usize,
        seen.chars().count()
    );
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_field() {
    let cases = [
        (r#"{"keywords": -1}"#, "keywords"),
        (r#"{"keywords": 2.5}"#, "keywords"),
        (r#"{"summarySentences": "three"}"#, "summarySentences"),
        (r#"{"labels": ["PLANET"]}"#, "labels"),
        (r#"{"labels": "PERSON"}"#, "labels"),
        (
            r#"{"gazetteer": [{"text": "ECB", "label": "BANK"}]}"#,
            "gazetteer",
        ),
        (r#"{"colour": "red"}"#, "colour"),
        (r#"{"tokens": "yes"}"#, "tokens"),
        (r#"{"nounPhrases": 1}"#, "nounPhrases"),
        (r#"{"summaryRatio": 1.5}"#, "summaryRatio"),
        (
            r#"{"summaryRatio": 0.2, "summarySentences": 2}"#,
            "summaryRatio",
        ),
        ("5", "options"),
    ];
    for (opts, field) in cases {
        let message = match JsAnalyzer::new(options(opts)) {
            Ok(_) => panic!("new Analyzer({opts}) should throw"),
            Err(e) => error_message(JsValue::from(e)),
        };
        assert!(
            message.contains(field),
            "new Analyzer({opts}): {message:?} names {field}"
        );
        let message = error_message(analyze_js("Some text.", options(opts)).unwrap_err().into());
        assert!(
            message.contains(field),
            "analyze(text, {opts}): {message:?} names {field}"
        );
    }
    // NaN and Infinity cannot be written in JSON; build them in JS.
    for field in ["keywords", "summaryRatio"] {
        for bad in [f64::NAN, f64::INFINITY] {
            let o = js_sys::Object::new();
            js_sys::Reflect::set(&o, &field.into(), &JsValue::from_f64(bad)).unwrap();
            let message = error_message(JsAnalyzer::new(o.into()).err().unwrap().into());
            assert!(message.contains(field), "{field} {bad}: {message:?}");
        }
    }
    let message = error_message(
        JsAnalyzer::new(options(r#"{"labels": ["PLANET"]}"#))
            .err()
            .unwrap()
            .into(),
    );
    assert!(message.contains("PLANET"), "{message}");
}

#[wasm_bindgen_test]
fn tokens_and_noun_phrases_when_asked_for() {
    // Astral characters and a combining mark before the words, so UTF-16 offsets differ from bytes.
    let text =
        JsString::from("\u{1F600} Cafe\u{0301} owners met the drug cartels\u{2019} lawyers.");
    let v = json(&analyze_from_js(&text, &JsValue::UNDEFINED).unwrap());
    assert!(v.get("tokens").is_none() && v.get("nounPhrases").is_none());
    let opts = options(r#"{"tokens": true, "nounPhrases": true}"#);
    let v = check_result(&text, &analyze_from_js(&text, &opts).unwrap());
    let toks = v["tokens"].as_array().unwrap();
    assert!(!toks.is_empty());
    let mut last_end = 0;
    for t in toks {
        let (a, b) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
        assert!(last_end <= a && a < b && b <= u64::from(text.length()));
        assert!(t["pos"].is_string());
        last_end = b;
    }
    let lawyers = toks.iter().find(|t| {
        text.slice(
            t["start"].as_u64().unwrap() as u32,
            t["end"].as_u64().unwrap() as u32,
        ) == "lawyers"
    });
    assert!(lawyers.is_some(), "token offsets are UTF-16 units");
    for p in v["nounPhrases"].as_array().unwrap() {
        let (a, b) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
        assert_eq!(
            String::from(text.slice(a as u32, b as u32)),
            p["text"].as_str().unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn options_are_applied() {
    let text = JsString::from(ARTICLE);
    let opts = options(r#"{"labels": ["PERSON"], "keywords": 2, "summarySentences": 1}"#);
    let v = check_result(&text, &analyze_from_js(&text, &opts).unwrap());
    assert!(!v["entities"].as_array().unwrap().is_empty());
    assert!(
        labels(&v).iter().all(|l| *l == "PERSON"),
        "{:?}",
        labels(&v)
    );
    assert!(v["keywords"].as_array().unwrap().len() <= 2);
    assert_eq!(v["summary"].as_array().unwrap().len(), 1);

    let opts = options(r#"{"gazetteer": [{"text": "National Palace", "label": "PLACE"}]}"#);
    let analyzer = JsAnalyzer::new(opts).unwrap();
    let first = analyzer.analyze(ARTICLE).unwrap();
    let v = check_result(&text, &first);
    assert!(v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "National Palace" && e["label"] == "PLACE"));
    assert_eq!(
        json(&analyzer.analyze(ARTICLE).unwrap()),
        v,
        "an Analyzer is reusable"
    );
    // undefined and null mean the defaults.
    let a = json(&analyze_js(ARTICLE, JsValue::UNDEFINED).unwrap());
    let b = json(&analyze_js(ARTICLE, JsValue::NULL).unwrap());
    let c = json(&analyze_js(ARTICLE, options("{}")).unwrap());
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert_eq!(a["summary"].as_array().unwrap().len(), 3);
}

#[wasm_bindgen_test]
fn empty_and_whitespace_inputs_give_empty_results() {
    for text in ["", " ", "\n\n\t  \r\n", "\u{3000}\u{a0}"] {
        let js = JsString::from(text);
        let v = check_result(&js, &analyze_from_js(&js, &JsValue::UNDEFINED).unwrap());
        for key in ["sentences", "entities", "groups", "keywords", "summary"] {
            assert_eq!(v[key], Value::Array(vec![]), "{key} of {text:?}");
        }
        assert_eq!(v["stats"]["words"], 0);
        assert_eq!(v["stats"]["readingMinutes"], 0);
    }
}

#[wasm_bindgen_test]
fn ten_megabytes_of_text() {
    // A hundred copies of the article, ten megabytes of multilingual prose (CJK, emoji, combining
    // marks), then the article once more, so that its mentions sit past 10 MB of multi-byte text.
    // (The prose is light on names: the core's keyword stage grows faster than linearly with the number
    // of mentions, and this test is about the boundary, not the core's speed.)
    let filler = "The water flowed slowly past the old farms, and 東京の市場 was quiet 🎉; \
                  nai\u{308}ve cafe\u{301} owners waited for rain. ";
    let mut text = ARTICLE.repeat(100);
    text.push_str("\n\n");
    let repeats = 10 * 1024 * 1024 / filler.len() + 1;
    text.push_str(&filler.repeat(repeats));
    text.push_str("\n\n");
    text.push_str(ARTICLE);
    assert!(text.len() > 10 * 1024 * 1024);
    let js = JsString::from(text.as_str());
    let result = analyze_from_js(&js, &JsValue::UNDEFINED).unwrap();
    let v = check_result(&js, &result);
    let entities = v["entities"].as_array().unwrap();
    let rubios = entities
        .iter()
        .filter(|e| e["text"].as_str().unwrap().ends_with("Marco Rubio"))
        .count();
    assert_eq!(rubios, 101, "Marco Rubio in every copy of the article");
    let far = text.encode_utf16().count() - ARTICLE.encode_utf16().count();
    assert!(
        entities
            .iter()
            .any(|e| e["start"].as_u64().unwrap() as usize >= far),
        "mentions after 10 MB are found (and sliced correctly by check_result)"
    );
    let sentences = v["sentences"].as_array().unwrap().len();
    assert!(
        sentences > repeats,
        "{sentences} sentences for {repeats} filler sentences"
    );
    assert_eq!(
        v["stats"]["characters"].as_u64().unwrap() as usize,
        text.chars().count()
    );
}

#[wasm_bindgen_test]
fn results_are_plain_objects_with_camel_case_fields() {
    let result = analyze_js(
        "Marco Rubio met Claudia Sheinbaum in Mexico City.",
        JsValue::UNDEFINED,
    )
    .unwrap();
    let entities = js_sys::Reflect::get(&result, &"entities".into()).unwrap();
    assert!(
        Array::is_array(&entities),
        "entities is an Array, not a Map"
    );
    let stats = js_sys::Reflect::get(&result, &"stats".into()).unwrap();
    assert!(js_sys::Reflect::has(&stats, &"readingMinutes".into()).unwrap());
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

/// The result's JS objects, parsed from the JSON text that `src/wasm.rs` writes a piece at a time,
/// are what serde-wasm-bindgen makes of the derived `Serialize` of `Analysis`: the same keys in the
/// same order, the same values.
#[wasm_bindgen_test]
fn results_are_the_derived_serialisation() {
    let short = "Marco Rubio met Claudia Sheinbaum in Mexico City 😀 on 3 May. \
                Apple Inc. said revenue rose 5% to $12.5bn. Rubio left.";
    // A text whose lists take many pieces of JSON text (`src/wasm.rs` parses about 32 KB at a time).
    let long = short.repeat(300);
    for (text, opts) in [
        (short, "{}"),
        (short, r#"{"tokens": true}"#),
        (short, r#"{"nounPhrases": true}"#),
        (
            short,
            r#"{"tokens": true, "nounPhrases": true, "keywords": 15}"#,
        ),
        (long.as_str(), r#"{"tokens": true, "nounPhrases": true}"#),
    ] {
        let result = analyze_js(text, options(opts)).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(opts).unwrap();
        let options = article_analyzer::Options {
            tokens: parsed["tokens"].as_bool().unwrap_or(false),
            noun_phrases: parsed["nounPhrases"].as_bool().unwrap_or(false),
            keywords: parsed["keywords"].as_u64().map_or(10, |k| k as usize),
            ..Default::default()
        };
        let mut analysis = article_analyzer::analyze(text, &options);
        analysis.convert_offsets(text, article_analyzer::Unit::Utf16);
        let derived = serde::Serialize::serialize(
            &analysis,
            &serde_wasm_bindgen::Serializer::json_compatible(),
        )
        .unwrap();
        assert_eq!(
            String::from(JSON::stringify(&result).unwrap()),
            String::from(JSON::stringify(&derived).unwrap()),
            "{opts}"
        );
    }
}

#[wasm_bindgen_test]
fn sentences_alone_match_the_full_analysis_in_utf16() {
    let text = "Le président 😀 a parlé. 北京は晴れ。 Dr. Smith arrived at 5 p.m. He left.";
    let js = JsString::from(text);
    let alone: Value = serde_wasm_bindgen::from_value(sentences_js(text).unwrap()).unwrap();
    let full = json(&analyze_js(text, JsValue::UNDEFINED).unwrap());
    assert_eq!(alone, full["sentences"]);
    let got: Vec<String> = alone
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            String::from(js.slice(
                s["start"].as_u64().unwrap() as u32,
                s["end"].as_u64().unwrap() as u32,
            ))
        })
        .collect();
    assert_eq!(
        got,
        [
            "Le président 😀 a parlé.",
            "北京は晴れ。",
            "Dr. Smith arrived at 5 p.m.",
            "He left."
        ]
    );
}
