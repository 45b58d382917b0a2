//! Robustness: awkward inputs all give a well-formed analysis and never panic.
//!
//! Empty text, whitespace only, a single word, CRLF line ends, binary garbage (random bytes decoded
//! lossily), replacement characters standing for lone surrogates, and a 10 MB text built by repeating
//! the fixtures (ignored by a plain `cargo test`; `./build.sh test` runs it optimised). Nothing here
//! measures time.

#![cfg(not(target_arch = "wasm32"))] // native only (the 10 MB case is for the native build)

use article_analyzer::{analyze, Analysis, Options, Unit};

const FIXTURES: [&str; 3] = [
    include_str!("fixtures/border_talks.txt"),
    include_str!("fixtures/storm_report.txt"),
    include_str!("fixtures/tech_results.txt"),
];

/// Asserts the structural invariants (a lighter twin of the property checker).
fn well_formed(text: &str, a: &Analysis) {
    let mut prev = 0;
    for s in &a.sentences {
        assert!(s.start < s.end && s.end <= text.len() && s.start >= prev);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(text[prev..s.start].chars().all(char::is_whitespace));
        let body = &text[s.start..s.end];
        assert_eq!(body.trim(), body);
        prev = s.end;
    }
    assert!(text[prev..].chars().all(char::is_whitespace));
    let mut last = 0;
    for e in &a.entities {
        assert!(e.start >= last && e.start < e.end && e.end <= text.len());
        assert_eq!(e.text, &text[e.start..e.end]);
        assert!(e.sentence < a.sentences.len());
        let s = a.sentences[e.sentence];
        assert!(s.start <= e.start && e.start < s.end);
        assert!(e.group < a.groups.len());
        last = e.end;
    }
    assert_eq!(
        a.groups.iter().map(|g| g.mentions).sum::<usize>(),
        a.entities.len()
    );
    assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
    assert!(a.summary.iter().all(|&i| i < a.sentences.len()));
}

fn run(text: &str) -> Analysis {
    let a = analyze(text, &Options::default());
    well_formed(text, &a);
    a
}

#[test]
fn empty_text() {
    let a = run("");
    assert!(a.sentences.is_empty() && a.entities.is_empty() && a.keywords.is_empty());
    assert!(a.summary.is_empty());
    assert_eq!(a.stats.reading_minutes, 0);
}

#[test]
fn whitespace_only() {
    for t in [" ", "\n\n\n", "\t \r\n \u{A0}\u{2003}\u{3000}", "\r\n\r\n"] {
        let a = run(t);
        assert!(a.sentences.is_empty(), "{t:?}");
        assert!(a.summary.is_empty());
    }
}

#[test]
fn single_word() {
    let a = run("Hello");
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(a.summary, [0]);
    let a = run("  Rubio.  ");
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(a.sentences[0].slice("  Rubio.  "), "Rubio.");
}

#[test]
fn crlf_line_ends() {
    let text = FIXTURES[0].replace('\n', "\r\n");
    let a = run(&text);
    let lf = run(FIXTURES[0]);
    assert_eq!(a.sentences.len(), lf.sentences.len());
    assert_eq!(a.entities.len(), lf.entities.len());
    for s in &a.sentences {
        assert!(!s.slice(&text).contains('\r'));
    }
    // No keyphrase spans a line break.
    for k in &a.keywords {
        assert!(!k.text.contains(['\r', '\n']), "{:?}", k.text);
    }
}

/// A small deterministic generator (xorshift), so the garbage is the same on every run.
fn bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn binary_garbage() {
    for seed in 1..40u64 {
        let raw = bytes(seed, 3000);
        let text = String::from_utf8_lossy(&raw);
        run(&text);
    }
    // Mostly ASCII control characters and NULs.
    let raw: Vec<u8> = bytes(99, 5000).into_iter().map(|b| b % 40).collect();
    run(&String::from_utf8_lossy(&raw));
}

#[test]
fn replacement_characters_keep_utf16_offsets_aligned() {
    // A lone surrogate from JavaScript arrives as U+FFFD: one UTF-16 unit, three UTF-8 bytes.
    let text =
        "\u{FFFD}Marco Rubio met \u{FFFD}\u{FFFD} Claudia Sheinbaum on March 3, 2026.\u{FFFD}";
    let a = run(text);
    let mut u = a.clone();
    u.convert_offsets(text, Unit::Utf16);
    let units: Vec<u16> = text.encode_utf16().collect();
    for (e, b) in u.entities.iter().zip(&a.entities) {
        assert_eq!(String::from_utf16(&units[e.start..e.end]).unwrap(), b.text);
    }
    assert!(a.entities.iter().any(|e| e.text == "March 3, 2026"));
}

/// Run optimised by `./build.sh test` (`cargo test --profile robust -- --ignored`): a debug build
/// takes about four minutes over 10 MB, an optimised one seconds.
#[test]
#[ignore = "10 MB: run optimised by ./build.sh test (cargo test --profile robust -- --ignored)"]
fn ten_megabytes() {
    let mut text = String::with_capacity(10_500_000);
    let mut k = 0;
    while text.len() < 10_000_000 {
        text.push_str(FIXTURES[k % 3]);
        text.push_str("\n\n");
        k += 1;
    }
    let a = run(&text);
    assert!(a.sentences.len() > 1000);
    assert_eq!(a.keywords.len(), 10);
    assert_eq!(a.summary.len(), 3);
    // The same mention repeated thousands of times is still one group.
    let rubio: Vec<_> = a
        .groups
        .iter()
        .filter(|g| g.name == "Marco Rubio")
        .collect();
    assert_eq!(rubio.len(), 1);
}

#[test]
fn fixtures_are_well_formed() {
    for f in FIXTURES {
        let a = run(f);
        assert!(!a.entities.is_empty());
        assert!(!a.keywords.is_empty());
    }
}

/// A mention lies wholly inside one sentence: `Paris\nLondon` is two mentions, never one.
#[test]
fn mentions_stay_inside_their_sentence() {
    for text in ["Paris\nLondon", FIXTURES[0], FIXTURES[1], FIXTURES[2]] {
        let a = run(text);
        for e in &a.entities {
            let s = a.sentences[e.sentence];
            assert!(
                e.end <= s.end,
                "{:?} crosses the end of its sentence",
                e.text
            );
        }
    }
}
