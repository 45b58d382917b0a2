//! Keyphrases on whole self-written articles (`tests/fixtures/samples/`): each is a phrase of one
//! sentence, never a contraction, a clitic, a cut hyphenated compound or a piece of markup, and topics
//! stand beside the names.

use article_analyzer::{analyze, Analysis, Options};

mod support;

const SAMPLES: [(&str, &str); 10] = [
    (
        "border",
        include_str!("fixtures/samples/01_border_security.txt"),
    ),
    ("flood", include_str!("fixtures/samples/02_flood.txt")),
    (
        "chips",
        include_str!("fixtures/samples/03_chip_earnings.txt"),
    ),
    ("football", include_str!("fixtures/samples/04_football.txt")),
    ("sleep", include_str!("fixtures/samples/05_sleep_study.txt")),
    ("wind", include_str!("fixtures/samples/06_wind_power.txt")),
    (
        "court",
        include_str!("fixtures/samples/07_court_ruling.txt"),
    ),
    ("moon", include_str!("fixtures/samples/08_moon_mission.txt")),
    (
        "schools",
        include_str!("fixtures/samples/09_school_budget.txt"),
    ),
    ("html", include_str!("fixtures/samples/10_pasted_html.txt")),
];

fn keyphrases(a: &Analysis) -> Vec<&str> {
    a.keywords.iter().map(|k| k.text.as_str()).collect()
}

/// The keyphrases of `text` when up to fifty are asked for.
fn up_to_fifty_keyphrases(text: &str) -> Vec<String> {
    let opts = Options {
        keywords: 50,
        ..Options::default()
    };
    analyze(text, &opts)
        .keywords
        .into_iter()
        .map(|k| k.text)
        .collect()
}

/// Where `phrase` occurs in `s`, as shown or with its first letter in capitals (a common word that
/// opens a sentence is shown in lower case): byte offsets.
fn occurrences(s: &str, phrase: &str) -> Vec<usize> {
    let mut c = phrase.chars();
    let capitalised: String = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    let mut at: Vec<usize> = s.match_indices(phrase).map(|(i, _)| i).collect();
    if capitalised != phrase {
        at.extend(s.match_indices(capitalised.as_str()).map(|(i, _)| i));
    }
    at
}

/// True when `phrase` occurs (as whole words) inside one sentence of the analysis.
fn in_one_sentence(text: &str, a: &Analysis, phrase: &str) -> bool {
    a.sentences.iter().any(|s| {
        let sent = s.slice(text);
        occurrences(sent, phrase).into_iter().any(|i| {
            let before = sent[..i].chars().next_back();
            let after = sent[i + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

#[test]
fn keyphrases_are_clean_phrases_of_one_sentence() {
    for (name, text) in SAMPLES {
        let a = analyze(text, &Options::default());
        let ks = keyphrases(&a);
        assert_eq!(ks.len(), 10, "{name}: {ks:?}");
        for k in &ks {
            assert!(
                in_one_sentence(text, &a, k),
                "{name}: {k:?} is not inside one sentence"
            );
            let low = k.to_lowercase();
            let words: Vec<&str> = low.split_whitespace().collect();
            for w in &words {
                assert!(
                    !w.contains("n't") && !w.contains("n’t") && !w.starts_with(['\'', '’']),
                    "{name}: {k:?} holds a contraction or clitic"
                );
                assert!(
                    !matches!(
                        *w,
                        "com"
                            | "www"
                            | "https"
                            | "http"
                            | "src"
                            | "img"
                            | "div"
                            | "script"
                            | "href"
                            | "class"
                            | "window.ads"
                            | "slot"
                    ),
                    "{name}: {k:?} is markup debris"
                );
            }
            assert!(!k.contains(['<', '>', '=', '/']), "{name}: {k:?} is markup");
        }
    }
}

#[test]
fn hyphenated_compounds_are_never_cut() {
    for (name, text) in SAMPLES {
        let a = analyze(text, &Options::default());
        for k in keyphrases(&a) {
            for (i, _) in text.match_indices(k) {
                let before = text[..i].chars().next_back();
                let after = text[i + k.len()..].chars().next();
                // Every occurrence that is a whole word sequence must not sit against a hyphen.
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                if before == Some('-') && text[..i - 1].ends_with(char::is_alphanumeric) {
                    // `Mexico` of `U.S.-Mexico`: only fine when the phrase also occurs on its own.
                    assert!(
                        in_one_sentence(text, &a, k),
                        "{name}: {k:?} only occurs inside a compound"
                    );
                }
            }
        }
    }
    let a = analyze(SAMPLES[0].1, &Options::default());
    assert!(
        !keyphrases(&a)
            .iter()
            .any(|k| k.starts_with("Mexico relations")),
        "{:?}",
        keyphrases(&a)
    );
}

#[test]
fn topics_stand_beside_names() {
    let text = SAMPLES[0].1;
    let a = analyze(text, &Options::default());
    let ks = keyphrases(&a);
    assert!(ks.contains(&"Marco Rubio"), "{ks:?}");
    let topics = [
        "sovereignty",
        "migration",
        "fentanyl",
        "drug cartels",
        "cartels",
    ];
    let found = ks
        .iter()
        .filter(|k| topics.contains(&k.to_lowercase().as_str()))
        .count();
    assert!(found >= 3, "{ks:?}");
    for bad in [
        "Sheinbaum emphasized Mexico",
        "State Marco Rubio",
        "U.S. Rubio",
        "Mexico relations",
    ] {
        assert!(!ks.contains(&bad), "{bad:?} in {ks:?}");
    }
    // Names take at most 40% of every list.
    for (name, text) in SAMPLES {
        let a = analyze(text, &Options::default());
        let names = a
            .keywords
            .iter()
            .filter(|k| a.groups.iter().any(|g| g.name == k.text))
            .count();
        assert!(names <= 4, "{name}: {:?}", keyphrases(&a));
    }
}

#[test]
fn pasted_html_gives_no_markup() {
    let a = analyze(SAMPLES[9].1, &Options::default());
    let ks = keyphrases(&a);
    assert!(
        ks.iter().any(|k| k.to_lowercase().contains("coffee")),
        "{ks:?}"
    );
    assert!(
        ks.iter().any(|k| k.to_lowercase().contains("drought")),
        "{ks:?}"
    );
    let html = "<p>Prices rose.</p><img src=\"https://cdn.example.com/a.jpg\"> \
                <script>var slot = 1;</script><a href=\"http://www.example.com\">www.example.com</a> \
                Prices of cocoa rose again as cocoa farmers don't sell. Cocoa prices hit records.";
    let a = analyze(html, &Options::default());
    for k in keyphrases(&a) {
        let low = k.to_lowercase();
        assert!(
            ![
                "img", "src", "com", "script", "href", "example", "slot", "var", "https", "www",
                "don", "n't"
            ]
            .iter()
            .any(|d| low.split_whitespace().any(|w| w == *d)),
            "{k:?}"
        );
    }
}

#[test]
fn no_keyphrase_holds_a_verb() {
    use article_analyzer::keywords::units::is_finite;
    let opts = Options {
        tokens: true,
        ..Options::default()
    };
    for (name, text) in SAMPLES {
        let a = analyze(text, &opts);
        let tags = a.tokens.as_ref().expect("tokens asked for");
        for k in keyphrases(&a) {
            // Some whole-word occurrence of the phrase (the one it came from) has no finite verb.
            let clean = occurrences(text, k).into_iter().any(|i| {
                let end = i + k.len();
                let whole = !text[..i].ends_with(char::is_alphanumeric)
                    && !text[end..].starts_with(char::is_alphanumeric);
                whole
                    && tags
                        .iter()
                        .filter(|t| t.start >= i && t.end <= end)
                        .all(|t| !is_finite(t.pos))
            });
            let group_name = a.groups.iter().any(|g| g.name == k);
            assert!(clean || group_name, "{name}: {k:?} holds a verb");
            // Nor a past participle right after a noun: the verb of a clause (`auction secured
            // contracts`), which no noun phrase's modifiers put there.
            let participle = occurrences(text, k).into_iter().all(|i| {
                let inside: Vec<_> = tags
                    .iter()
                    .filter(|t| t.start >= i && t.end <= i + k.len())
                    .collect();
                inside.windows(2).any(|w| {
                    w[0].pos.is_noun() && w[1].pos == article_analyzer::pos::Pos::VerbPastParticiple
                })
            });
            assert!(!participle || group_name, "{name}: {k:?} holds a verb");
        }
        for bad in [
            "caused flash floods",
            "Flash floods force",
            "profit doubles",
            "Saka sent",
        ] {
            assert!(!keyphrases(&a).contains(&bad), "{name}: {bad:?}");
        }
    }
}

/// A role (`Prime Minister`, `chief executive`) is not a topic, however often it is written; the
/// people and the subject are.
#[test]
fn titles_are_not_keyphrases() {
    // The keyphrases of `text`, none of them one of `titles`.
    let without = |text: &str, titles: &[&str]| -> Vec<String> {
        let got: Vec<String> = analyze(text, &Options::default())
            .keywords
            .into_iter()
            .map(|k| k.text)
            .collect();
        for title in titles {
            assert!(
                !got.iter().any(|k| k.eq_ignore_ascii_case(title)),
                "{got:?}"
            );
        }
        got
    };
    let text = "Prime Minister Ana Ruiz defends pension reform\n\n\
        Prime Minister Ana Ruiz said on Monday that the pension reform would pass. The Prime Minister \
        met union leaders, and the chief executive of the pension fund, Tomas Bell, backed the plan. \
        The chief executive said the pension fund could pay more. The Prime Minister will speak again \
        on Friday about pension reform and the retirement age.";
    let got = without(
        text,
        &["Prime Minister", "chief executive", "Prime", "Minister"],
    );
    assert!(got.iter().any(|k| k.contains("pension")), "{got:?}");
    // Titles that open the text and its sentences, without a headline.
    let text = "Prime Minister Keir Starmer said on Monday that the budget would protect schools. \
        President Emmanuel Macron praised the plan. Chancellor Rachel Reeves will present the budget \
        to parliament next week. Secretary Marco Rubio said the talks would continue.";
    let got = without(text, &["prime", "president", "chancellor", "secretary"]);
    assert!(got.iter().any(|k| k == "budget"), "{got:?}");
}

/// Bylines, datelines and credit lines say who wrote the story and where, not what it is about;
/// a common word that opens a sentence is shown in lower case.
#[test]
fn furniture_gives_no_keyphrase() {
    let text = "Harbour cranes stand idle as dock strike enters second week\n\n\
        By Lena Okafor, Waterfront Correspondent\n\n\
        ROTTERDAM, May 6 (Harbour Wire Service) \u{2014} Dock workers extended their strike on Tuesday, \
        leaving container ships anchored offshore and cranes idle along the harbour. Shipping lines \
        said the strike had delayed deliveries of grain and car parts. Dock workers want higher pay \
        and limits on automation, and the port authority said talks would resume on Friday.\n\n\
        Photo: Ships wait outside the harbour.\n\n\
        Reporting by Lena Okafor; editing by Tom Harris";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    for k in &got {
        for bad in [
            "Wire",
            "Correspondent",
            "Okafor",
            "editing",
            "ROTTERDAM",
            "Photo",
        ] {
            assert!(!k.contains(bad), "{k:?} in {got:?}");
        }
    }
    assert!(got.contains(&"dock workers"), "{got:?}");
    assert!(got.iter().any(|k| k.contains("strike")), "{got:?}");
}

/// A byline in Markdown's bold (`**By Priya Natarajan**`, as pasted from a web page) is a byline.
#[test]
fn markdown_bylines_give_no_keyphrase() {
    let text = "# Harbour cranes stand idle as dock strike enters second week\n\n\
        **By Priya Natarajan**\n\n\
        Dock workers extended their strike on Tuesday, leaving container ships anchored offshore and \
        cranes idle along the harbour. Shipping lines said the strike had delayed deliveries of grain \
        and car parts. Dock workers want higher pay and limits on automation.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    assert!(got.iter().all(|k| !k.contains("Natarajan")), "{got:?}");
    assert!(got.contains(&"dock workers"), "{got:?}");
}

/// A stock ticker in brackets (`(NASDAQ: KSTR)`) gives no keyphrase, and neither does a company's
/// verb that the part-of-speech tagger took for a noun (`Kestrel guided revenue`).
#[test]
fn tickers_and_a_company_verb_give_no_keyphrase() {
    let text = "Kestrel Robotics (NASDAQ: KSTR) reported record revenue on Tuesday as warehouse robot \
        orders doubled.\n\n\
        Kestrel guided fourth-quarter revenue to $2 billion, plus or minus 3%, above the consensus of \
        $1.8 billion. Rival Omnia Systems (NYSE: OMN) said warehouse robot orders had slowed.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    for bad in ["NASDAQ", "KSTR", "NYSE", "OMN", "Kestrel guided", "guided"] {
        assert!(!got.contains(&bad), "{bad:?} in {got:?}");
    }
    assert!(got.contains(&"warehouse robot orders"), "{got:?}");
}

/// Text copied from a PDF breaks long words with a hyphen at a line's end (`Manufac-` / `turing`):
/// the keyphrases, names and sentences are those of the text unbroken, and every offset still
/// points into the text as pasted.
#[test]
fn words_broken_at_line_ends_read_whole() {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut broken_words = 0;
    for (name, text) in &SAMPLES[..9] {
        for width in [45, 60, 72] {
            let wrapped = support::hard_wrap::hard_wrap(text, width);
            let broken = support::hard_wrap::hard_wrap_hyphenated(text, width);
            broken_words += broken.matches("-\n").count() - wrapped.matches("-\n").count();
            let (a, b) = (
                analyze(&wrapped, &Options::default()),
                analyze(&broken, &Options::default()),
            );
            assert_eq!(keyphrases(&b), keyphrases(&a), "{name} at {width}");
            let names = |a: &Analysis, t: &str| -> Vec<(String, String)> {
                a.entities
                    .iter()
                    .map(|e| {
                        // The mention as pasted, read without its line-end hyphens.
                        assert_eq!(t[e.start..e.end], e.text, "{name} at {width}");
                        (flat(&e.text.replace("-\n", "")), format!("{:?}", e.label))
                    })
                    .collect()
            };
            assert_eq!(names(&b, &broken), names(&a, &wrapped), "{name} at {width}");
            assert_eq!(b.sentences.len(), a.sentences.len(), "{name} at {width}");
        }
    }
    assert!(broken_words > 50, "only {broken_words} words broken");
}

/// Everyday words of news (`analysts`, `officials`, `study`) are no keyphrase alone, however often
/// they occur; the phrases that hold them may be (`energy analysts`).
#[test]
fn everyday_news_words_are_no_keyphrase_alone() {
    let text =
        "Officials said the new study of river pollution was the largest yet. Analysts said the \
        study showed nitrate levels rising in every river. Energy analysts said farm runoff, not \
        industry, drove the nitrate levels. Officials promised a response, and critics said the \
        study came too late; analysts expect new rules on farm runoff next year. The fertiliser \
        maker said the result of the study would not change its plans, and the term of the \
        pollution inquiry ends on Monday night. The maker's shares fell that night.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    for bad in [
        "analysts",
        "officials",
        "study",
        "critics",
        "maker",
        "result",
        "term",
        "night",
    ] {
        assert!(!got.contains(&bad), "{bad:?} in {got:?}");
    }
    assert!(got.contains(&"nitrate levels"), "{got:?}");
}

/// A whole noun phrase of more than three words is a candidate (annotators mark maximal phrases),
/// and a piece of it that never stands alone as a phrase ranks below it.
#[test]
fn long_whole_phrases_are_candidates() {
    let text = "Open research data in the digital library access policy\n\
        The university revised its digital library access policy in May. Under the new digital \
        library access policy, students may read journals from home, and staff may share data sets \
        with partners. Librarians said the digital library access policy would cut costs.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    let whole = got
        .iter()
        .position(|k| *k == "digital library access policy");
    assert!(whole.is_some(), "{got:?}");
    let piece = got.iter().position(|k| *k == "digital library access");
    assert!(piece.is_none_or(|p| Some(p) > whole), "{got:?}");
}

/// A verb in `-s` after a plural noun, which the tagger may read as a plural noun, ends no phrase:
/// a noun compound's modifier is singular.
#[test]
fn a_plural_verb_after_a_plural_noun_is_no_keyphrase_word() {
    let text = "Battery recycling in small towns\n\
        Battery recycling plants are opening in small towns. The output of older plants depends on \
        the price of lithium, and recycling plants need steady supplies of spent cells. Town \
        councils welcome the recycling plants.";
    let got = up_to_fifty_keyphrases(text);
    assert!(got.iter().any(|k| k == "recycling plants"), "{got:?}");
    assert!(!got.iter().any(|k| k.contains("depends")), "{got:?}");
}

/// A plural that modifies as it is (`rights`, `data`) keeps the noun after it in the phrase.
#[test]
fn a_plural_modifier_keeps_its_head_noun() {
    let text = "Monitors in the delta\n\
        Human rights groups in the delta asked for monitors. Local rights groups in two towns \
        said the data centers in the region used too much water, and the rights groups want \
        the data centers to report their use.";
    let got = up_to_fifty_keyphrases(text);
    assert!(got.iter().any(|k| k.ends_with("rights groups")), "{got:?}");
    assert!(got.iter().any(|k| k == "data centers"), "{got:?}");
}

/// A phrase opened by an evaluative adjective and seen once is a passing description, not a topic;
/// the rest of it stays, and one the text repeats stays whole.
#[test]
fn evaluative_adjectives_open_only_repeated_phrases() {
    let text = "Cheaper heat pumps for old houses\n\
        Engineers described recent advances in heat pump design this spring. In their report, they \
        set out important design considerations for old houses, such as thin walls and small \
        radiators. Installers want relevant guidance. Makers say relevant guidance would help, and \
        the design considerations will shape new models.";
    let got = up_to_fifty_keyphrases(text);
    for bad in ["recent advances", "important design considerations"] {
        assert!(!got.iter().any(|k| k == bad), "{bad:?} in {got:?}");
    }
    assert!(got.iter().any(|k| k == "design considerations"), "{got:?}");
    assert!(
        got.iter()
            .any(|k| k.eq_ignore_ascii_case("relevant guidance")),
        "{got:?}"
    );
}

#[test]
fn a_word_a_chosen_phrase_holds_makes_room_for_other_topics() {
    // `cartels` after `Mexican cartels`, `floods` after `flash floods`: the list names other things
    // instead (`drug cartels`, `heavy rain`).
    let border = analyze(SAMPLES[0].1, &Options::default());
    let ks = keyphrases(&border);
    assert!(ks.contains(&"Mexican cartels"), "{ks:?}");
    assert!(ks.contains(&"drug cartels"), "{ks:?}");
    assert!(!ks.contains(&"cartels"), "{ks:?}");
    // `floods` came second, right after `flash floods`; it now waits behind other topics.
    let more = up_to_fifty_keyphrases(SAMPLES[1].1);
    let at = |k: &str| more.iter().position(|x| x == k);
    assert_eq!(at("flash floods"), Some(0), "{more:?}");
    assert!(at("floods").is_some_and(|i| i >= 5), "{more:?}");
    assert!(at("heavy rain").is_some_and(|i| i < 10), "{more:?}");
}

/// A hard-wrapped article (a plain-text e-mail, text copied from a PDF) has the keyphrases, the
/// names and the summary it has whole, and no keyphrase shows a line break.
#[test]
fn hard_wrapped_articles_read_as_whole_ones() {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (name, text) in &SAMPLES[..9] {
        let whole = analyze(text, &Options::default());
        for width in [45, 60, 72] {
            let wrapped = support::hard_wrap::hard_wrap(text, width);
            let a = analyze(&wrapped, &Options::default());
            for k in &a.keywords {
                assert!(
                    !k.text.contains(['\n', '\r']),
                    "{name} at {width}: {:?}",
                    k.text
                );
            }
            assert_eq!(keyphrases(&a), keyphrases(&whole), "{name} at {width}");
            let names = |a: &Analysis| -> Vec<(String, String)> {
                let label = |e: &article_analyzer::entities::Entity| format!("{:?}", e.label);
                a.entities
                    .iter()
                    .map(|e| (flat(&e.text), label(e)))
                    .collect()
            };
            assert_eq!(names(&a), names(&whole), "{name} at {width}");
            assert_eq!(a.summary, whole.summary, "{name} at {width}");
        }
    }
}

/// Verbs the tagger misreads stay out of the keyphrases: an `-ed` word after a country's name
/// (`Chile scrapped fuel subsidies`), a participle between `is` and `to` (`is understood to`), and
/// `worth` after the noun it prices (`a contract worth`).
#[test]
fn misread_verbs_and_worth_give_no_keyphrase() {
    let text =
        "In March, Chile scrapped fuel subsidies for trucks, and hauliers say prices rose.\n\n\
        The striker is understood to have agreed a contract worth about 9 million euros a season, \
        and the club is understood to want a second striker.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    for bad in [
        "Chile scrapped fuel",
        "scrapped fuel subsidies",
        "understood",
        "contract worth",
        "worth",
    ] {
        assert!(!got.contains(&bad), "{bad:?} in {got:?}");
    }
    assert!(got.contains(&"fuel subsidies"), "{got:?}");
    // A noun between `is` and `to` stays a noun, and `net worth` a phrase.
    let text = "Drought in the valley\nThe problem is access to water. Access to water decides \
        harvests, and farmers say access to water is worse than last year. The landowner's net \
        worth rose; his net worth is now 2 billion dollars.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    assert!(got.contains(&"access"), "{got:?}");
    assert!(got.contains(&"net worth"), "{got:?}");
}

/// A noun of time before a name is an adverbial, not the name's modifier (`Every spring Samsung
/// shows ...` gives no `spring Samsung`).
#[test]
fn a_time_adverbial_does_not_join_the_name_after_it() {
    let text = "Folding phones are getting cheaper.\n\nEvery spring Samsung shows its new folding \
        phones in Seoul, and last week Samsung said the folding phones would cost less. This year Samsung also plans a folding tablet.";
    let a = analyze(text, &Options::default());
    let got = keyphrases(&a);
    for bad in ["spring Samsung", "week Samsung", "year Samsung"] {
        assert!(!got.contains(&bad), "{bad:?} in {got:?}");
    }
    assert!(got.contains(&"Samsung"), "{got:?}");
}

/// A web page's headline, a line of its own before a blank line, is wording for the eye: its
/// phrases seen nowhere else rank below the text's topics, so a headline's verb the tagger reads
/// as a noun (`yields slide`, `Fed signals pause`) does not lead the keyphrases.
#[test]
fn a_headline_line_of_its_own_ranks_below_the_topics() {
    let text = "Bond yields slide as Fed signals pause\n\n\
        NEW YORK — Bond yields fell on Wednesday after the Federal Reserve chair said the Fed \
        could hold rates steady in January. The yield on the 10-year note dropped to its lowest \
        level since August.\n\n\
        Traders said the Fed would wait for more data on jobs and prices before it moves again. \
        Bond yields have fallen for three weeks.\n\n\
        Stocks rose, and the dollar slipped against the yen.";
    let a = analyze(text, &Options::default());
    let kp = keyphrases(&a);
    assert_eq!(kp[..2], ["bond yields", "Fed"], "{kp:?}");
    for k in &kp[..3] {
        assert!(!k.contains("slide") && !k.contains("signals"), "{kp:?}");
    }
}

/// A name that ends in a number keeps it as a keyphrase (`S&P 500`, `iPhone 18`; not `S&P`).
#[test]
fn a_name_ending_in_a_number_keeps_it() {
    let text = "The S&P 500 rose 0.4% on Monday. Analysts said the S&P 500 could rise further, \
                and Apple said the iPhone 18 sold well. The iPhone 18 is popular.";
    let a = analyze(text, &Options::default());
    let kp = keyphrases(&a);
    assert!(
        kp.contains(&"S&P 500") && kp.contains(&"iPhone 18"),
        "{kp:?}"
    );
    assert!(!kp.contains(&"S&P"), "{kp:?}");
}

#[test]
fn a_name_with_a_stopword_at_its_edge_stays_whole() {
    let text =
        "Shoppers spent a record $14 billion on Cyber Monday, Adobe said. Cyber Monday deals \
                drew more buyers than last year. In Seoul, the People Power Party opposed the \
                budget, and the People Power Party leader called it reckless.";
    let a = analyze(text, &Options::default());
    let kp = keyphrases(&a);
    assert!(
        kp.contains(&"Cyber Monday") && kp.contains(&"People Power Party"),
        "{kp:?}"
    );
    for fragment in ["Cyber", "Power Party", "Party", "Power"] {
        assert!(!kp.contains(&fragment), "{fragment}: {kp:?}");
    }
}

#[test]
fn a_gerund_after_a_plural_noun_starts_a_clause() {
    let text = "Modi and Lula signed agreements covering defence, energy and payments. The \
                agreements covering defence were praised, and officials said the agreements \
                covering defence would last.";
    let a = analyze(text, &Options::default());
    let kp = keyphrases(&a);
    assert!(kp.iter().all(|k| !k.contains("covering")), "{kp:?}");
}

#[test]
fn a_title_case_phrase_opening_a_line_keeps_its_capital() {
    let text = "The festival's jury named its winners on Saturday night in Lisbon. The Golden \
                Gull grand jury prize went to \"Low Tide,\" a debut by Marta Quintela about a \
                ferry crew.\n\
                \n\
                Winners\n\
                • Grand Jury Prize: \"Low Tide\" (Marta Quintela, Portugal)\n\
                • Best Director: Ivo Brandt for \"The Ferry\"\n";
    for kp in up_to_fifty_keyphrases(text) {
        // Shown as written, or with only a capital first letter lowered, and then with no
        // capitalised word after it: never a mix of two written forms (`grand Jury Prize`).
        let lowered_first = !occurrences(text, &kp).is_empty() && !text.contains(kp.as_str());
        assert!(
            text.contains(kp.as_str())
                || (lowered_first
                    && kp
                        .split_whitespace()
                        .skip(1)
                        .all(|w| !w.starts_with(char::is_uppercase))),
            "{kp}"
        );
    }
}

/// A name whose first word is a stopword elsewhere (`Left`, `Us`, `Whole`), capitalised after a
/// lower-case word, is one unit: no keyphrase starts at its second word (`Bank jazz scene` of `the
/// Left Bank jazz scene`).
#[test]
fn names_opening_with_a_stopword_are_not_cut() {
    let text =
        "Odile Varenne, a pianist, died on Friday in Lyon. In the 1950s she was a fixture of \
                the Left Bank jazz scene, playing in cellars on the Left Bank night after night. \
                The Left Bank clubs paid little. She later toured with the Left Bank Quartet. \
                Critics said the Left Bank jazz scene shaped her style.";
    let all = up_to_fifty_keyphrases(text);
    assert!(
        !all.iter().any(|k| k.starts_with("Bank")),
        "a keyphrase cuts `Left Bank`: {all:?}"
    );
}

/// Indian number words (`crore`, `lakh`) are numbers, as `million` and `billion` are: never a
/// keyphrase nor part of one.
#[test]
fn indian_number_words_are_no_keyphrases() {
    let text =
        "Shares of Narmada Cables rose 12% on their debut after an IPO of 4,200 crore rupees. \
                Bids worth 1.2 lakh crore came in, and the crore-scale listing drew 9 lakh \
                applications. Anchor investors put in 1,260 crore. Analysts said 4,200 crore \
                was a record for a cable maker.";
    let all = up_to_fifty_keyphrases(text);
    assert!(
        !all.iter()
            .any(|k| k.split(' ').any(|w| matches!(w, "crore" | "lakh"))),
        "{all:?}"
    );
    assert!(all.iter().any(|k| k.contains("Narmada")), "{all:?}");
}

/// Verbs in the third person that the part-of-speech tagger may read as plural nouns in a
/// standfirst (`blames`, `looms`, `vows`, `urges`, `seeks`) end no keyphrase: `business rates`, not
/// `blames business rates`.
#[test]
fn standfirst_verbs_end_no_keyphrase() {
    let text =
        "Harlow & Finch collapses into administration\n\nThe 96-year-old retailer, which has 22 \
                stores in England and Wales, blames business rates, wage costs and a weak \
                autumn\n\nFourth closure this year comes as Westminster presses retailers and the \
                rates review looms\n\nThe chain said business rates had doubled since 2019. \
                Business rates rose again in April, and the rates review is due in March.";
    let all = up_to_fifty_keyphrases(text);
    assert!(
        !all.iter()
            .any(|k| k.split(' ').any(|w| matches!(w, "blames" | "looms"))),
        "{all:?}"
    );
    assert!(all.iter().any(|k| k == "business rates"), "{all:?}");
}
