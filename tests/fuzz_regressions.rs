//! Replays every input the fuzzer ever found trouble with (`./build.sh fuzz` copies them into
//! `tests/fuzz_regressions/`), and checks the analysis is well-formed (`support::well_formed`).
//!
//! - `*.bin` files are raw fuzz inputs, decoded into options and text exactly as the fuzz target does
//!   (`support::fuzz_input`);
//! - `*.txt` files are texts, analysed with a few option sets (defaults; tokens and noun phrases; only
//!   some labels; a gazetteer of the text's own words; a summary ratio; many keyphrases).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use article_analyzer::{analyze, GazetteerEntry, Label, Options};

fn option_sets(text: &str) -> Vec<Options> {
    let words: Vec<&str> = text.split_whitespace().take(4).collect();
    vec![
        Options::default(),
        Options {
            tokens: true,
            noun_phrases: true,
            ..Options::default()
        },
        Options {
            labels: Some(vec![Label::Person, Label::Date, Label::Url]),
            keywords: 400,
            summary_sentences: 0,
            ..Options::default()
        },
        Options {
            gazetteer: words
                .iter()
                .zip(Label::ALL)
                .map(|(w, label)| GazetteerEntry {
                    text: w.to_string(),
                    label,
                })
                .collect(),
            summary_ratio: Some(0.5),
            ..Options::default()
        },
    ]
}

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fuzz_regressions")
        .map(|e| e.expect("directory entry").path())
        .collect();
    paths.sort();
    let mut replayed = 0;
    for path in &paths {
        let data = std::fs::read(path).expect("readable regression file");
        let name = path.display();
        let cases = match path.extension().and_then(|x| x.to_str()) {
            Some("bin") => vec![support::fuzz_input::decode(&data)],
            Some("txt") => {
                let text = String::from_utf8_lossy(&data).into_owned();
                option_sets(&text)
                    .into_iter()
                    .map(|o| (o, text.clone()))
                    .collect()
            }
            _ => continue,
        };
        for (options, text) in cases {
            let a = analyze(&text, &options);
            if let Err(e) = support::well_formed::check(&text, &options, &a) {
                panic!("{name} with {options:?}: {e}");
            }
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no regression files in {dir}");
}
