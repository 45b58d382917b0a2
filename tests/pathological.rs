//! Pathological inputs (`src/cli/pathological.rs`: no spaces, endless abbreviations, deep nesting...)
//! give well-formed analyses that lose no text (`support::well_formed`). Small sizes here; the 1 MB
//! sizes (and 100,000 one-word paragraphs) are `#[ignore]`d and run optimised by `./build.sh test`
//! (`cargo test --profile robust -- --ignored`), since a debug build analyses only about 40 KB/s.
//! Their speed (linearity) is `article-analyzer stress`'s business: nothing here measures time.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/cli/pathological.rs"]
mod pathological;
mod support;

use article_analyzer::{analyze, Options};

fn check_all(size: usize) {
    let with_parts = Options {
        tokens: true,
        noun_phrases: true,
        ..Options::default()
    };
    for case in pathological::CASES {
        let text = (case.make)(size);
        assert!(text.len() >= size, "{}", case.name);
        for options in [Options::default(), with_parts.clone()] {
            let a = analyze(&text, &options);
            if let Err(e) = support::well_formed::check(&text, &options, &a) {
                panic!("{} ({} bytes): {e}", case.name, text.len());
            }
            assert!(!a.sentences.is_empty(), "{}", case.name);
        }
    }
}

#[test]
fn small_pathological_inputs_are_well_formed() {
    check_all(3_000);
}

#[test]
fn one_word_paragraphs_are_one_sentence_each() {
    let text = "Word\n\n".repeat(2_000);
    let a = analyze(&text, &Options::default());
    assert_eq!(a.sentences.len(), 2_000);
    assert!(a.summary.len() <= 3);
}

#[test]
fn nesting_keeps_every_character() {
    let case = pathological::CASES
        .iter()
        .find(|c| c.name.starts_with("nested"));
    let text = case.map(|c| (c.make)(4_000)).unwrap_or_default();
    let a = analyze(&text, &Options::default());
    support::well_formed::check(&text, &Options::default(), &a).unwrap();
    assert!(a.entities.iter().any(|e| e.text == "Rubio"));
}

#[test]
#[ignore = "1 MB inputs: run optimised by ./build.sh test (cargo test --profile robust -- --ignored)"]
fn megabyte_pathological_inputs_are_well_formed() {
    check_all(1_000_000);
    // 100,000 one-word paragraphs.
    let text = "Word\n\n".repeat(100_000);
    let a = analyze(&text, &Options::default());
    assert_eq!(a.sentences.len(), 100_000);
}
