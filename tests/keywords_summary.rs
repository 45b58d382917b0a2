//! Keyphrases and summaries on whole articles: limits, shapes and the known failure modes (phrases that
//! cross line breaks or start with a stopword, repeated sentences in a summary).

use article_analyzer::stopwords::is_stopword;
use article_analyzer::{analyze, Options};

const FIXTURES: [&str; 3] = [
    include_str!("fixtures/border_talks.txt"),
    include_str!("fixtures/storm_report.txt"),
    include_str!("fixtures/tech_results.txt"),
];

#[test]
fn keyphrases_are_clean_phrases_of_the_text() {
    for text in FIXTURES {
        let a = analyze(text, &Options::default());
        assert_eq!(a.keywords.len(), 10);
        let mut seen = std::collections::HashSet::new();
        for k in &a.keywords {
            // As written, or with its first letter in lower case (a common word that opens a
            // sentence).
            let mut c = k.text.chars();
            let capitalised: String = c
                .next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default();
            assert!(
                text.contains(&k.text) || text.contains(&capitalised),
                "{:?} is not in the text",
                k.text
            );
            assert!(
                !k.text.contains(['\n', '\r']),
                "{:?} crosses a line",
                k.text
            );
            let words: Vec<&str> = k.text.split_whitespace().collect();
            assert!((1..=3).contains(&words.len()), "{:?}", k.text);
            assert!(!is_stopword(words[0]) && !is_stopword(words[words.len() - 1]));
            assert!(seen.insert(k.text.to_lowercase()), "{:?} twice", k.text);
            assert!(k.count >= 1 && k.score.is_finite());
        }
        assert!(a.keywords.windows(2).all(|w| w[0].score >= w[1].score));
    }
}

#[test]
fn keyphrase_limit_is_respected() {
    for n in [0, 1, 3, 25] {
        let opts = Options {
            keywords: n,
            ..Options::default()
        };
        let a = analyze(FIXTURES[1], &opts);
        assert!(a.keywords.len() <= n);
    }
}

#[test]
fn the_topic_of_an_article_is_found() {
    let text = "Wildfire forces evacuations\n\nA wildfire spread across the hills on Monday. \
                Firefighters fought the wildfire through the night, and the wildfire smoke closed roads. \
                Officials said evacuations would continue along the coast.";
    let a = analyze(text, &Options::default());
    let top: Vec<String> = a
        .keywords
        .iter()
        .take(3)
        .map(|k| k.text.to_lowercase())
        .collect();
    assert!(top.iter().any(|k| k.contains("wildfire")), "{top:?}");
    assert!(a.keywords.iter().all(|k| !k.text.contains("along")));
}

#[test]
fn summary_shape() {
    for text in FIXTURES {
        for n in [0, 1, 3, 5, 100] {
            let opts = Options {
                summary_sentences: n,
                ..Options::default()
            };
            let a = analyze(text, &opts);
            // Headlines, bylines and datelines are never chosen (see tests/summary.rs), so a
            // summary of the whole text holds fewer sentences than the text.
            assert!(a.summary.len() <= n.min(a.sentences.len()));
            if n <= 5 {
                assert_eq!(a.summary.len(), n);
            }
            assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
        }
    }
}

#[test]
fn summary_leads_with_the_lead_and_skips_repeats() {
    let lead = "The city council approved a new budget for public transport on Tuesday evening.";
    let text = format!(
        "{lead}\n{lead}\nBus fares will fall by a tenth for students and pensioners next year.\n\
         The mayor said the plan would be paid for by a parking levy in the centre.\n\
         Weather: sunny."
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(a.summary.len(), 3);
    assert!(a.summary.contains(&0) || a.summary.contains(&1));
    assert!(
        !(a.summary.contains(&0) && a.summary.contains(&1)),
        "{:?}",
        a.summary
    );
}
