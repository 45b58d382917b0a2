//! Table-driven tests of the value scanners (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL,
//! EMAIL, URL), run on the scanners alone so that they do not depend on the name tagger.

use article_analyzer::entities::{resolve, values, Label};
use article_analyzer::tokens::tokenize;
use Label::*;

/// The resolved values of `text`, in order, as (text, label).
fn found(text: &str) -> Vec<(&str, Label)> {
    let toks = tokenize(text);
    resolve(values::find(text, &toks))
        .iter()
        .map(|c| (c.span.slice(text), c.label))
        .collect()
}

fn check(cases: &[(&str, &[(&str, Label)])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = found(text);
        if got != *want {
            failures.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn dates() {
    check(&[
        (
            "It happened on March 3, 2026, in the capital.",
            &[("March 3, 2026", Date)],
        ),
        ("It happened on 3 March 2026.", &[("3 March 2026", Date)]),
        ("Updated Mar 9, 2026", &[("Mar 9, 2026", Date)]),
        (
            "Flights resume Apr 3 and Jun 14.",
            &[("Apr 3", Date), ("Jun 14", Date)],
        ),
        ("The card's APR is high, Jun said.", &[]),
        ("The card's APR is high, Jun said.", &[]),
        (
            "Talks are set for Nov. 12 and 13.",
            &[("Nov. 12 and 13", Date)],
        ),
        ("The file is dated 2026-03-03.", &[("2026-03-03", Date)]),
        ("Prices rose last week.", &[("last week", Date)]),
        ("They met on Tuesday.", &[("Tuesday", Date)]),
        ("Growth in the 1990s was fast.", &[("the 1990s", Date)]),
        ("Work ends by mid-2027.", &[("mid-2027", Date)]),
        ("Sales in fiscal 2025 fell.", &[("fiscal 2025", Date)]),
        ("It opened in 2019.", &[("2019", Date)]),
        ("It opened in March 2019.", &[("March 2019", Date)]),
        ("Rain is due on July 1.", &[("July 1", Date)]),
        (
            "Results for the third quarter came out.",
            &[("third quarter", Date)],
        ),
        ("Profit rose in Q3 2026.", &[("Q3 2026", Date)]),
        (
            "Over the past three years, prices doubled.",
            &[("the past three years", Date)],
        ),
        ("He left two weeks ago.", &[("two weeks ago", Date)]),
        (
            "She spoke yesterday and will again today.",
            &[("yesterday", Date), ("today", Date)],
        ),
        (
            "It was signed earlier this month.",
            &[("earlier this month", Date)],
        ),
        ("Protests began in early March.", &[("early March", Date)]),
        ("The meeting runs March 3-5.", &[("March 3-5", Date)]),
        (
            "A five-year plan for a 40-year-old man.",
            &[("five-year", Date), ("40-year-old", Date)],
        ),
        ("First-quarter profit rose.", &[("First-quarter", Date)]),
        ("The decades-old treaty stands.", &[]),
    ]);
}

#[test]
fn months_that_are_words_need_a_cue() {
    check(&[
        ("They may march on the capital.", &[]),
        ("Thousands March on Washington.", &[("Thousands", Cardinal)]),
        ("It may rain. In May the rains come.", &[("May", Date)]),
        ("May 5 is a holiday.", &[("May 5", Date)]),
    ]);
}

#[test]
fn times() {
    check(&[
        (
            "The vote is at 10:30 a.m. on the floor.",
            &[("10:30 a.m.", Time)],
        ),
        ("Doors open at 6 P.M. sharp.", &[("6 P.M.", Time)]),
        (
            "They met at noon and left at midnight.",
            &[("noon", Time), ("midnight", Time)],
        ),
        ("The launch is at 14:00 GMT.", &[("14:00 GMT", Time)]),
        ("He spoke this morning.", &[("this morning", Time)]),
        ("Polls close at 8pm.", &[("8pm", Time)]),
    ]);
}

#[test]
fn money() {
    check(&[
        ("The firm paid $5.2 billion.", &[("$5.2 billion", Money)]),
        ("A ticket is US$3 now.", &[("US$3", Money)]),
        ("The club paid €20m for him.", &[("€20m", Money)]),
        ("The plan costs £1.5bn.", &[("£1.5bn", Money)]),
        (
            "Aid of 5 million euros arrived.",
            &[("5 million euros", Money)],
        ),
        (
            "Revenue of $9.1 billion to $9.3 billion is expected.",
            &[("$9.1 billion", Money), ("$9.3 billion", Money)],
        ),
        ("A loaf costs 40 cents.", &[("40 cents", Money)]),
        (
            "It fetched 2 million pounds sterling.",
            &[("2 million pounds sterling", Money)],
        ),
        (
            "Bonds worth USD 40 million sold.",
            &[("USD 40 million", Money)],
        ),
        ("Beef rose to $38.75.", &[("$38.75", Money)]),
    ]);
}

#[test]
fn percents() {
    check(&[
        (
            "Prices rose 12% in a year.",
            &[("12%", Percent), ("a year", Date)][..1],
        ),
        ("Output fell 3.5 percent.", &[("3.5 percent", Percent)]),
        ("Output fell 4 per cent.", &[("4 per cent", Percent)]),
        (
            "Rates rose two percentage points.",
            &[("two percentage points", Percent)],
        ),
    ]);
}

#[test]
fn quantities() {
    check(&[
        (
            "Winds reached 160 km per hour.",
            &[("160 km per hour", Quantity)],
        ),
        (
            "It will send 420 million cubic metres of water.",
            &[("420 million cubic metres", Quantity)],
        ),
        ("The road is 40 km long.", &[("40 km", Quantity)]),
        ("The road is 40km long.", &[("40km", Quantity)]),
        ("He carried 3 tonnes of rice.", &[("3 tonnes", Quantity)]),
        (
            "The field covers 5 square miles.",
            &[("5 square miles", Quantity)],
        ),
        ("Gusts of 120 km/h hit.", &[("120 km/h", Quantity)]),
        ("A 2.5-mile walk.", &[("2.5-mile", Quantity)]),
        (
            "A 5G network and a 3D film; 5g of salt.",
            &[("5g", Quantity)],
        ),
    ]);
}

#[test]
fn cardinals_and_ordinals() {
    check(&[
        (
            "The storm cut power to 180,000 homes.",
            &[("180,000", Cardinal)],
        ),
        ("Three people died.", &[("Three", Cardinal)]),
        ("Dozens of homes burned.", &[("Dozens", Cardinal)]),
        ("twenty-five boats sank.", &[("twenty-five", Cardinal)]),
        (
            "It was the third attempt and the 21st vote.",
            &[("third", Ordinal), ("21st", Ordinal)],
        ),
        ("No one came; one of them left.", &[("one", Cardinal)]),
        ("It sold 1.2 million copies.", &[("1.2 million", Cardinal)]),
    ]);
}

#[test]
fn emails_and_urls() {
    check(&[
        ("Write to desk@example.org.", &[("desk@example.org", Email)]),
        (
            "See https://example.org/a?b=1.",
            &[("https://example.org/a?b=1", Url)],
        ),
        (
            "(see www.example.com/page)",
            &[("www.example.com/page", Url)],
        ),
        (
            "Read https://en.wikipedia.org/wiki/Rust_(programming_language), then stop.",
            &[(
                "https://en.wikipedia.org/wiki/Rust_(programming_language)",
                Url,
            )],
        ),
        (
            "Visit “https://example.org/x”.",
            &[("https://example.org/x", Url)],
        ),
    ]);
}

/// Values stop where a line break ends a sentence, and go on across one inside a sentence
/// (hard-wrapped text).
#[test]
fn values_stop_at_line_breaks() {
    check(&[
        (
            "It ended in March\n3 people left.",
            &[("March", Date), ("3", Cardinal)],
        ),
        ("Costs: $\n5 million", &[("5 million", Cardinal)]),
        ("At 10:30\nA.M. News", &[("10:30", Time)]),
        (
            "The council said on Tuesday that the new bridge\nwould cost $5 million and open later this\nyear, while the old bridge would close on\nMarch 3, and that traffic had grown by\n12 percent since the survey of last\nautumn.",
            &[
                ("Tuesday", Date),
                ("$5 million", Money),
                ("later this\nyear", Date),
                ("March 3", Date),
                ("12 percent", Percent),
                ("last\nautumn", Date),
            ],
        ),
    ]);
}

#[test]
fn values_never_cross_tokens_or_lose_text() {
    for text in [
        "$", "$ ", "US$", "March", "3 March", "10:", "mid-", "fiscal", "the", "per cent", "@",
        "www.",
    ] {
        for (s, _) in found(text) {
            assert!(!s.is_empty());
        }
    }
}

#[test]
fn values_stay_inside_given_sentences() {
    use article_analyzer::text::Span;
    let text = "!Sept. 3 March 2026";
    let toks = tokenize(text);
    // A splitter that cuts after `!Sept.`: the date must not reach back across the cut.
    let sentences = [Span::new(0, 6), Span::new(7, text.len())];
    let forms = article_analyzer::tokens::Forms::new(text, &toks);
    let got: Vec<(&str, Label)> =
        resolve(values::find_in_sentences(text, &toks, &forms, &sentences))
            .iter()
            .map(|c| (c.span.slice(text), c.label))
            .collect();
    assert_eq!(got, [("Sept.", Date), ("3 March 2026", Date)]);
    // One sentence: the scanner reads `Sept. 3` as a date.
    let whole = [Span::new(0, text.len())];
    let got: Vec<(&str, Label)> = resolve(values::find_in_sentences(text, &toks, &forms, &whole))
        .iter()
        .map(|c| (c.span.slice(text), c.label))
        .collect();
    assert_eq!(got, [("Sept. 3", Date), ("March 2026", Date)]);
}

/// A glued `m` before a currency is millions (`3.35m euros`), elsewhere metres (`3.35m tall`).
#[test]
fn a_glued_m_before_a_currency_is_millions() {
    check(&[
        (
            "Depardieu made 3.35m Euros in 2004.",
            &[("3.35m Euros", Money), ("2004", Date)],
        ),
        ("She earned 1.2m dollars.", &[("1.2m dollars", Money)]),
        ("The wall is 3.35m tall.", &[("3.35m", Quantity)]),
    ]);
}
