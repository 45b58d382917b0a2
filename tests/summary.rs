//! The summary on a whole article with news furniture: a headline, a byline, a dateline, a list with
//! bullets and bare markers under a lead-in, a caption and a credit line. None of them is ever chosen,
//! whatever the length asked for; the summary's sentences show without their list markers; the ratio
//! option sets the length; invalid ratios are refused with an error that names the field.

use article_analyzer::summary::{display_span, Length};
use article_analyzer::{analyze, Options};
use serde_json::json;

const ARTICLE: &str = "Riverton votes to rebuild flooded homes by the river

By Maria Lopez, Staff Reporter
RIVERTON, May 4, 2026

The Riverton city council voted on Tuesday to spend $40 million rebuilding 300 homes that were destroyed when the Elm River burst its banks in March.

Mayor Daniel Okafor said the vote was the most important the council had taken in a decade. \"These families have waited long enough, and they will not wait another winter,\" he told reporters after the meeting.

Key points of the plan:
-
• Families will receive grants of up to $120,000 each to rebuild.
1.
2. Work on the first 50 homes will start in June and finish by December.
- New homes must stand at least two metres above the flood line.

The money comes from a state disaster fund and a bond the city will repay over 20 years. Council member Ruth Adler voted against the plan, saying the city should buy the land and turn it into a park that can flood safely.

Engineers have warned that the Elm River could flood again within five years unless the levee north of the town is raised. The council will vote on the levee in September.

Photo: Riverton Council
Additional reporting by Tom Hale.
";

/// The lines that must never stand in a summary.
const FURNITURE: [&str; 8] = [
    "Riverton votes to rebuild flooded homes by the river",
    "By Maria Lopez, Staff Reporter",
    "RIVERTON, May 4, 2026",
    "Key points of the plan:",
    "-",
    "1.",
    "Photo: Riverton Council",
    "Additional reporting by Tom Hale.",
];

fn summary_text(options: &Options) -> Vec<String> {
    let a = analyze(ARTICLE, options);
    assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
    a.summary
        .iter()
        .map(|&i| a.sentences[i].slice(ARTICLE).to_string())
        .collect()
}

#[test]
fn furniture_is_never_chosen() {
    let a = analyze(ARTICLE, &Options::default());
    for line in FURNITURE {
        assert!(
            a.sentences.iter().any(|s| s.slice(ARTICLE) == line),
            "the splitter keeps {line:?} on its own"
        );
    }
    for n in 0..=a.sentences.len() + 2 {
        let opts = Options {
            summary_sentences: n,
            ..Options::default()
        };
        let got = summary_text(&opts);
        assert!(got.len() <= n, "{n}: {got:?}");
        for s in &got {
            assert!(!FURNITURE.contains(&s.as_str()), "{n}: chose {s:?}");
            assert!(
                s.chars().filter(|c| c.is_alphabetic()).count() > 10,
                "{n}: chose {s:?}"
            );
        }
    }
    // The default summary has three sentences, and every eligible sentence can be asked for.
    assert_eq!(summary_text(&Options::default()).len(), 3);
    let all = summary_text(&Options {
        summary_sentences: 100,
        ..Options::default()
    });
    assert_eq!(all.len(), a.sentences.len() - FURNITURE.len(), "{all:?}");
}

#[test]
fn summary_sentences_show_without_list_markers() {
    let a = analyze(
        ARTICLE,
        &Options {
            summary_sentences: 100,
            ..Options::default()
        },
    );
    let shown: Vec<&str> = a
        .summary
        .iter()
        .map(|&i| display_span(ARTICLE, a.sentences[i]).slice(ARTICLE))
        .collect();
    assert!(shown.contains(&"Families will receive grants of up to $120,000 each to rebuild."));
    assert!(
        shown.contains(&"Work on the first 50 homes will start in June and finish by December.")
    );
    for s in &shown {
        assert!(
            s.starts_with(|c: char| c.is_alphanumeric() || c == '"'),
            "{s:?}"
        );
    }
}

#[test]
fn ratio_sets_the_length() {
    let n = analyze(ARTICLE, &Options::default()).sentences.len();
    for ratio in [0.01, 0.2, 0.3, 0.5] {
        // ceil(ratio x sentences), at least one.
        let want = (ratio * n as f64).ceil() as usize;
        let opts = Options::from_json(&json!({ "summaryRatio": ratio })).unwrap();
        assert_eq!(opts.summary_length(), Length::Ratio(ratio));
        let got = summary_text(&opts);
        assert_eq!(got.len(), want.min(n - FURNITURE.len()), "{ratio}: {got:?}");
        assert!(got.iter().all(|s| !FURNITURE.contains(&s.as_str())));
    }
    // The whole text: every eligible sentence, and still no furniture.
    let opts = Options::from_json(&json!({"summaryRatio": 1})).unwrap();
    assert_eq!(summary_text(&opts).len(), n - FURNITURE.len());
}

#[test]
fn invalid_ratios_name_the_field() {
    for bad in [
        json!({"summaryRatio": 0}),
        json!({"summaryRatio": -0.5}),
        json!({"summaryRatio": 1.01}),
        json!({"summaryRatio": "half"}),
        json!({"summaryRatio": [0.5]}),
        json!({"summaryRatio": 0.5, "summarySentences": 2}),
    ] {
        let err = Options::from_json(&bad).unwrap_err().to_string();
        assert!(err.starts_with("options.summaryRatio:"), "{bad}: {err}");
    }
    assert!(Options::from_json(&json!({"summaryRatio": null}))
        .unwrap()
        .summary_ratio
        .is_none());
}

#[test]
fn the_lead_is_in_a_short_summary() {
    let got = summary_text(&Options {
        summary_sentences: 2,
        ..Options::default()
    });
    assert!(
        got.iter()
            .any(|s| s.starts_with("The Riverton city council voted")
                || s.starts_with("Mayor Daniel Okafor")),
        "{got:?}"
    );
}

/// A team's line-up (names between commas and semicolons, no word in lower case) is a roll of
/// names, not a sentence: the summary never picks it, however long.
#[test]
fn line_ups_are_never_chosen() {
    let text = "Harbour Town came from behind to beat Millbrook Rovers 2-1 on Saturday and climb to \
        third in the league. Okafor headed the winner in the 88th minute after Brandt had cancelled \
        out an early penalty. The home crowd of 12,000 stayed long after the final whistle.\n\n\
        Harbour Town: Lindqvist; Moreau, Kessler, Tanaka, Ruiz; Hollis, Varga (Petit 75); Nwosu, \
        Brandt, Okafor.\n\
        Millbrook Rovers: Ekberg; Castillo, Dunne, Farrow, Iqbal; Jansen, Lowry; Mendes (Quinn \
        60), Novak, Ortega.\n\
        Referee: Tom Hale.";
    never_chosen(text, ";");
}

/// A sentence that points to a page elsewhere with a Markdown link (`read [the full
/// statement](https://...)`) is no part of the story: the summary never picks it.
#[test]
fn markdown_links_are_never_chosen() {
    let text = "# Harbour council approves new ferry terminal\n\n\
        The Harbour Town council approved a $90 million ferry terminal on Tuesday, ending a decade \
        of argument over the waterfront. Mayor Ruth Adler said the terminal would carry two million \
        passengers a year by 2030.\n\n\
        You can read [the council's full decision](https://example.com/ferry-decision) on its \
        website.\n\n\
        Work on the terminal will start in the spring, and the old ferry sheds will be pulled down \
        first. Residents near the harbour have asked for a limit on night-time building work.";
    never_chosen(text, "](http");
}

/// A press release's deck (a long line without final punctuation under the headline) and its
/// closing boilerplate (what follows `About Acme ...`, the forward-looking statements, the
/// contacts) are no news sentences: never chosen. A subheading that
/// starts with `About` but names nothing the story named is an ordinary heading.
#[test]
fn press_release_boilerplate_is_never_chosen() {
    let text = "Kestrel Grid Raises $45 Million to Build Battery Parks in Texas\n\n\
        Round led by Harbor Climate Partners with backing from two utilities; first park to open \
        near San Antonio in 2027 after a year of building [deck]\n\n\
        AUSTIN, Texas, March 3, 2026 -- Kestrel Grid, a battery storage developer, today announced \
        that it has raised $45 million to build four battery parks near Austin and San Antonio. \
        The parks will store enough power for 60,000 homes during summer evening peaks.\n\n\
        \"Texas needs storage more than any other grid in the country,\" said chief executive Omar \
        Haddad. Construction of the first park will begin in May.\n\n\
        About Kestrel Grid\n\n\
        Kestrel Grid is a privately held energy storage company headquartered in Austin, Texas, \
        and was founded in 2019. [boilerplate]\n\n\
        Media Contact:\n\n\
        Press office, Kestrel Grid, will answer questions by phone every weekday. [boilerplate]";
    never_chosen(text, "[boilerplate]");
    never_chosen(text, "[deck]");
    // `About Face` names nothing said before it: the sentences under it may be chosen.
    let text = text.replace("About Kestrel Grid", "About Face");
    let text = text.replace("Media Contact:", "The Plan");
    let chosen = (1..=8).any(|n| {
        let opts = Options {
            summary_sentences: n,
            ..Options::default()
        };
        let a = analyze(&text, &opts);
        a.summary
            .iter()
            .any(|&i| a.sentences[i].slice(&text).contains("[boilerplate]"))
    });
    assert!(chosen, "nothing under an ordinary heading was ever chosen");
}

/// The last line of an article without final punctuation is a tag line (an obituary's `Name, trade,
/// born ...; died ...`), never chosen; a one-line text without a final stop is still its own summary.
#[test]
fn closing_tag_lines_are_never_chosen() {
    let text = "Tomas Varga, who built bridges across three continents, has died aged 88.\n\n\
        Born in Szeged, Varga trained as a civil engineer and designed his first bridge at 26. His \
        cable-stayed crossing over the Danube became a model for engineers across Europe.\n\n\
        He is survived by his wife, Ilona, and two sons.\n\n\
        Tomas Varga, bridge engineer, born 4 May 1937; died 11 January 2026 [tag]";
    never_chosen(text, "[tag]");
    let one = "Storm closes every school in the county for a second day";
    let a = analyze(one, &Options::default());
    assert_eq!(a.summary, vec![0]);
}

/// Asserts that no summary of `text`, of any length from one sentence to all of them, holds a
/// sentence containing `mark`.
fn never_chosen(text: &str, mark: &str) {
    let all = analyze(text, &Options::default()).sentences.len();
    for n in 1..=all {
        let opts = Options {
            summary_sentences: n,
            ..Options::default()
        };
        let a = analyze(text, &opts);
        for &i in &a.summary {
            let s = a.sentences[i].slice(text);
            assert!(!s.contains(mark), "{n}: chose {s:?}");
        }
    }
}

/// In an interview's transcript the interviewer's turns (`Q: ...` up to the next speaker) are never
/// chosen, and a speaker's label is no part of what the answer says: a bare `NAME: Yes.` does not
/// outrank the answers that carry the news.
#[test]
fn interview_questions_and_speaker_labels_do_not_make_the_summary() {
    let text = "Ports are the new power stations: a conversation with Marisol Etxeberria\n\n\
        Interview by Dan Okafor | 3 March 2026\n\n\
        Marisol Etxeberria became chief executive of the Northern Ports Authority in June after a \
        decade running the container terminal at Teesport. We met her in Hull.\n\n\
        Q: Dock workers voted for a strike in January [q]. How close did it come [q]?\n\n\
        ETXEBERRIA: Closer than I would like. We sat down with the union for three nights in a row, \
        and in the end we agreed a pay rise of 6% over two years and a guarantee that no crane \
        driver loses a job to automation before 2030.\n\n\
        Q: Is automation coming anyway [q]?\n\n\
        ETXEBERRIA: Yes. But it comes slowly, and the people who drive the cranes today will \
        supervise the automated ones tomorrow.\n\n\
        Q: Why do ports matter so much for offshore wind [q]?\n\n\
        ETXEBERRIA: Every turbine blade for the North Sea farms passes through a quay like ours. \
        Hull shipped 140 blades last year, and we want to double that with a second heavy-lift \
        berth worth 180 million pounds.\n\n\
        Q: Who pays for it [q]?\n\n\
        ETXEBERRIA: Partly us, partly the turbine makers. Nobody builds a berth for fun.";
    never_chosen(text, "[q]");
    let a = analyze(text, &Options::default());
    for &i in &a.summary {
        let s = a.sentences[i].slice(text);
        if let Some(said) = s.strip_prefix("ETXEBERRIA: ") {
            assert!(said.split(' ').count() >= 6, "chose {s:?}");
        }
    }
    // A question on a line of its own takes no more than its line.
    let text = "Economy slows\nQ: Are you worried about a recession?\nThe central bank raised \
        rates again on Monday.\nInflation fell to 3 percent in October.\nUnemployment rose to 5 \
        percent.\nRetail sales fell for a second month.";
    assert_eq!(analyze(text, &Options::default()).summary.len(), 3);
}

/// The same article gets the same summary whether it comes as one block of wire copy or as a page
/// with a blank line between paragraphs: paragraph breaks carry no weight of their own. (A scorer
/// with a separate correction for texts with paragraphs, learnt from BBC references that keep 40%
/// of an article, used to pass over the lead of every pasted article.)
#[test]
fn paragraph_breaks_do_not_change_the_summary() {
    for name in ["01_central_bank", "05_storm_flooding", "09_baltic_cables"] {
        let path = format!(
            "{}/tests/fixtures/news/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        let page = std::fs::read_to_string(path).unwrap();
        // The body (the paragraphs after the headline, but the byline), as flat text and as one
        // paragraph a sentence.
        let body: Vec<&str> = page
            .split("\n\n")
            .skip(1)
            .filter(|p| !p.starts_with("By "))
            .collect();
        let flat_text = body
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let flat = analyze(&flat_text, &Options::default());
        let sentences: Vec<&str> = flat.sentences.iter().map(|s| s.slice(&flat_text)).collect();
        let paged_text = sentences.join("\n\n");
        let paged = analyze(&paged_text, &Options::default());
        let chosen = |a: &article_analyzer::Analysis, t: &str| -> Vec<String> {
            a.summary
                .iter()
                .map(|&i| a.sentences[i].slice(t).to_string())
                .collect()
        };
        assert_eq!(
            chosen(&flat, &flat_text),
            chosen(&paged, &paged_text),
            "{name}"
        );
        assert_eq!(flat.summary[0], 0, "{name}: the lead");
    }
}
