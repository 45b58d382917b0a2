//! Sentence boundaries on the kinds of text real articles contain. Every case here was written for
//! this project; none is taken from the evaluation data.

use article_analyzer::sentences::sentences;

mod support;

fn split(text: &str) -> Vec<&str> {
    sentences(text).map(|s| s.slice(text)).collect()
}

/// The spans are in order, trimmed, non-empty, on char boundaries and hold every non-space char.
fn assert_well_formed(text: &str) {
    let mut last = 0;
    let mut covered = String::new();
    for s in sentences(text) {
        assert!(
            s.start >= last && s.start < s.end && s.end <= text.len(),
            "{s:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = &text[s.start..s.end];
        assert_eq!(piece, piece.trim(), "untrimmed span {piece:?}");
        assert!(
            text[last..s.start].trim().is_empty(),
            "dropped text before {piece:?}"
        );
        covered.push_str(piece);
        last = s.end;
    }
    assert!(text[last..].trim().is_empty(), "dropped text at the end");
    let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(visible(&covered), visible(text));
}

fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        assert_well_formed(text);
        let got = split(text);
        if got != *want {
            failures.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn plain_terminators() {
    check(&[
        (
            "The vote passed. The bill goes to the Senate.",
            &["The vote passed.", "The bill goes to the Senate."],
        ),
        (
            "Will it pass? Nobody knows.",
            &["Will it pass?", "Nobody knows."],
        ),
        (
            "It passed! Lawmakers cheered.",
            &["It passed!", "Lawmakers cheered."],
        ),
        ("Really?! That is news.", &["Really?!", "That is news."]),
        (
            "One sentence without a final stop",
            &["One sentence without a final stop"],
        ),
        ("Word", &["Word"]),
    ]);
}

#[test]
fn titles_and_abbreviations() {
    check(&[
        (
            "Mr. Brown and Mrs. Green met Dr. Patel on Friday.",
            &["Mr. Brown and Mrs. Green met Dr. Patel on Friday."],
        ),
        (
            "Gen. Ortiz briefed Sen. Walsh and Gov. Reyes.",
            &["Gen. Ortiz briefed Sen. Walsh and Gov. Reyes."],
        ),
        (
            "Shares of Acme Corp. rose. Analysts were surprised.",
            &["Shares of Acme Corp. rose.", "Analysts were surprised."],
        ),
        (
            "She joined Widget Inc. in 2019.",
            &["She joined Widget Inc. in 2019."],
        ),
        (
            "He sold the firm to Lark Holdings Inc. The deal closed in May.",
            &[
                "He sold the firm to Lark Holdings Inc.",
                "The deal closed in May.",
            ],
        ),
        (
            "The meeting is on Jan. 12 in Boston.",
            &["The meeting is on Jan. 12 in Boston."],
        ),
        (
            "The team is ranked No. 3 in the league.",
            &["The team is ranked No. 3 in the league."],
        ),
        (
            "Did they win? No. They lost badly.",
            &["Did they win?", "No.", "They lost badly."],
        ),
        (
            "She played the Sonata Op. 27 twice.",
            &["She played the Sonata Op. 27 twice."],
        ),
        (
            "See p. 14 and Fig. 2 for details.",
            &["See p. 14 and Fig. 2 for details."],
        ),
        (
            "They bought pens, paper, etc. at the shop.",
            &["They bought pens, paper, etc. at the shop."],
        ),
        (
            "They bought pens, paper, etc. Then they left.",
            &["They bought pens, paper, etc.", "Then they left."],
        ),
        (
            "He lives on Elm St. near the park.",
            &["He lives on Elm St. near the park."],
        ),
        (
            "The flight left Sacramento, Calif. on time.",
            &["The flight left Sacramento, Calif. on time."],
        ),
    ]);
}

#[test]
fn dotted_abbreviations_and_times() {
    check(&[
        (
            "The U.S. economy grew. The U.K. economy shrank.",
            &["The U.S. economy grew.", "The U.K. economy shrank."],
        ),
        (
            "Officials in the U.S. said little. They waited.",
            &["Officials in the U.S. said little.", "They waited."],
        ),
        (
            "Troops left the U.S. for Europe.",
            &["Troops left the U.S. for Europe."],
        ),
        (
            "U.S. Senator Ann Ruiz spoke first.",
            &["U.S. Senator Ann Ruiz spoke first."],
        ),
        (
            "The polls close at 8 p.m. Then the count begins.",
            &["The polls close at 8 p.m.", "Then the count begins."],
        ),
        (
            "The polls close at 8 p.m. on Tuesday.",
            &["The polls close at 8 p.m. on Tuesday."],
        ),
        (
            "By 9 a.m. Ms. Lee had arrived at the office.",
            &["By 9 a.m. Ms. Lee had arrived at the office."],
        ),
        (
            "She landed at 7 P.M. Mr. Khan met her at the gate.",
            &["She landed at 7 P.M.", "Mr. Khan met her at the gate."],
        ),
        (
            "Use a solvent, e.g. acetone, to clean it.",
            &["Use a solvent, e.g. acetone, to clean it."],
        ),
        (
            "He earned a Ph.D. in physics.",
            &["He earned a Ph.D. in physics."],
        ),
    ]);
}

#[test]
fn initials() {
    check(&[
        (
            "The Hobbit was written by J. R. R. Tolkien in 1937.",
            &["The Hobbit was written by J. R. R. Tolkien in 1937."],
        ),
        (
            "Maria T. Lopez won the seat.",
            &["Maria T. Lopez won the seat."],
        ),
        (
            "You and I. We are the team now.",
            &["You and I.", "We are the team now."],
        ),
        (
            "Bowling: M. Okoro 3-40, I. Such 2-31; P. Such 1-12. Rain stopped play.",
            &[
                "Bowling: M. Okoro 3-40, I. Such 2-31; P. Such 1-12.",
                "Rain stopped play.",
            ],
        ),
        (
            "They took vitamin C. The cold went away.",
            &["They took vitamin C.", "The cold went away."],
        ),
        (
            "The throne passed to Elizabeth I. She ruled for decades.",
            &[
                "The throne passed to Elizabeth I.",
                "She ruled for decades.",
            ],
        ),
        (
            "The grant went to J. A. Smith and M. B. Jones.",
            &["The grant went to J. A. Smith and M. B. Jones."],
        ),
        (
            "We sold chairs, lamps, etc. Buyers came from far away.",
            &["We sold chairs, lamps, etc.", "Buyers came from far away."],
        ),
    ]);
}

#[test]
fn numbers_money_versions() {
    check(&[
        (
            "Revenue was $4.5 billion, up 3.2% from 2023.",
            &["Revenue was $4.5 billion, up 3.2% from 2023."],
        ),
        (
            "The price is $12.50. It was $10 last year.",
            &["The price is $12.50.", "It was $10 last year."],
        ),
        (
            "Version 2.4.1 fixes the bug. Update now.",
            &["Version 2.4.1 fixes the bug.", "Update now."],
        ),
        (
            "The crowd reached 12,000. Police closed the road.",
            &["The crowd reached 12,000.", "Police closed the road."],
        ),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        (
            "He paused... and then he spoke.",
            &["He paused... and then he spoke."],
        ),
        ("We waited … and waited.", &["We waited … and waited."]),
        (
            "The report said the plan . . . would fail.",
            &["The report said the plan . . . would fail."],
        ),
        (
            "It ended badly.... Nobody came back.",
            &["It ended badly....", "Nobody came back."],
        ),
        (
            "The law was clear . . . . The judge agreed.",
            &["The law was clear . . . .", "The judge agreed."],
        ),
    ]);
}

#[test]
fn quotations() {
    check(&[
        (
            "\"We will win,\" she said.",
            &["\"We will win,\" she said."],
        ),
        (
            "\"We will win.\" she said.",
            &["\"We will win.\" she said."],
        ),
        (
            "“It is over,” he said. “We lost.”",
            &["“It is over,” he said.", "“We lost.”"],
        ),
        (
            "“The storm was fierce. Roofs were torn off. We hid in the cellar,” said the mayor.",
            &[
                "“The storm was fierce.",
                "Roofs were torn off.",
                "We hid in the cellar,” said the mayor.",
            ],
        ),
        (
            "“Why?” she asked. Nobody answered.",
            &["“Why?” she asked.", "Nobody answered."],
        ),
        (
            "He said, \"It works.\" Then he left.",
            &["He said, \"It works.\"", "Then he left."],
        ),
        (
            "She said it was “a disaster.“ Then she left.",
            &["She said it was “a disaster.“", "Then she left."],
        ),
    ]);
}

#[test]
fn parentheses_and_references() {
    check(&[
        (
            "He worked there (he was 20 at the time.) for a year.",
            &["He worked there (he was 20 at the time.) for a year."],
        ),
        (
            "The river floods often. (It did so in 2011.) Farmers worry.",
            &[
                "The river floods often.",
                "(It did so in 2011.)",
                "Farmers worry.",
            ],
        ),
        (
            "The opera premiered in Vienna. [4] It ran for a month.",
            &["The opera premiered in Vienna. [4]", "It ran for a month."],
        ),
        (
            "The claim is disputed.[12][13] Scholars differ.",
            &["The claim is disputed.[12][13]", "Scholars differ."],
        ),
    ]);
}

#[test]
fn inline_lists() {
    check(&[
        (
            "The final standings were: 1. Norway 8.62 points 2. England 8.61 3. Sweden 8.57. Wales came fourth.",
            &["The final standings were: 1. Norway 8.62 points 2. England 8.61 3. Sweden 8.57.", "Wales came fourth."],
        ),
        ("In 2010 there were 5. In 2011 there were 6. Now there are 9.", &["In 2010 there were 5.", "In 2011 there were 6.", "Now there are 9."]),
        (
            "1. Check the wiring 2. Replace the fuse",
            &["1. Check the wiring", "2. Replace the fuse"],
        ),
        (
            "1) Buy milk 2) Buy bread 3) Go home",
            &["1) Buy milk", "2) Buy bread", "3) Go home"],
        ),
        (
            "a. Red apples b. Green pears",
            &["a. Red apples", "b. Green pears"],
        ),
        (
            "1. Check the wiring. 2. Replace the fuse.",
            &["1. Check the wiring.", "2. Replace the fuse."],
        ),
        (
            "• 1. Call home • 2. Pay rent",
            &["• 1. Call home", "• 2. Pay rent"],
        ),
        (
            "3. The third reason is cost.",
            &["3. The third reason is cost."],
        ),
    ]);
}

#[test]
fn lines_and_paragraphs() {
    check(&[
        ("Storm Hits Coast\n\nThe storm arrived at dawn.", &["Storm Hits Coast", "The storm arrived at dawn."]),
        ("By Jane Doe\nLONDON (Reuters) - Prices rose on Monday.", &["By Jane Doe", "LONDON (Reuters) - Prices rose on Monday."]),
        ("First paragraph ends here.\r\n\r\nSecond one starts.", &["First paragraph ends here.", "Second one starts."]),
        ("eggs\nmilk\nbutter", &["eggs", "milk", "butter"]),
        ("The committee met on Tuesday and agreed that the budget\nwould be cut by ten percent.", &["The committee met on Tuesday and agreed that the budget\nwould be cut by ten percent."]),
        ("Headline without a stop\nBody text follows here.", &["Headline without a stop", "Body text follows here."]),
        ("The committee met with\nJohn Smith on Tuesday.", &["The committee met with\nJohn Smith on Tuesday."]),
        ("Best,\nJeff", &["Best,", "Jeff"]),
        ("The award went to Mr.\nDavid Okafor of Lagos.", &["The award went to Mr.\nDavid Okafor of Lagos."]),
        ("Dear Ms. Park,\nThank you for your letter.", &["Dear Ms. Park,", "Thank you for your letter."]),
        ("The minister, who arrived late on Monday evening,\nRefused to comment.", &["The minister, who arrived late on Monday evening,\nRefused to comment."]),
    ]);
}

#[test]
fn exclamation_names_and_emoticons() {
    check(&[
        (
            "She works at Yahoo! in London.",
            &["She works at Yahoo! in London."],
        ),
        (
            "We won! :D See you tomorrow.",
            &["We won! :D", "See you tomorrow."],
        ),
        ("Great show! :) Loved it.", &["Great show! :)", "Loved it."]),
        (
            "We won the final! 🎉🎉 The parade is on Monday.",
            &["We won the final! 🎉🎉", "The parade is on Monday."],
        ),
        (
            "Nice work. 👍🏽 Keep going.",
            &["Nice work. 👍🏽", "Keep going."],
        ),
    ]);
}

#[test]
fn urls_and_emails() {
    check(&[
        (
            "Read more at https://example.org/news/a.b?id=3. Comments are open.",
            &[
                "Read more at https://example.org/news/a.b?id=3.",
                "Comments are open.",
            ],
        ),
        (
            "Write to press.office@example.com. We reply fast.",
            &["Write to press.office@example.com.", "We reply fast."],
        ),
        (
            "Visit www.example.co.uk for details.",
            &["Visit www.example.co.uk for details."],
        ),
    ]);
}

#[test]
fn headers_and_url_lists() {
    check(&[
        (
            "Dana Ortiz 04/02/2019 09:15 AM Please review the attached draft.",
            &[
                "Dana Ortiz",
                "04/02/2019 09:15 AM",
                "Please review the attached draft.",
            ],
        ),
        (
            "Posted by Sam Lee at 6/3/2020 10:44:02 PM",
            &["Posted by Sam Lee at 6/3/2020 10:44:02 PM"],
        ),
        (
            "Sources: https://example.org/a https://example.org/b",
            &["Sources: https://example.org/a", "https://example.org/b"],
        ),
        (
            "The ratio was 3/4 of the total.",
            &["The ratio was 3/4 of the total."],
        ),
        (
            "Figure 4.2 A map of the river basin in 1900.",
            &["Figure 4.2", "A map of the river basin in 1900."],
        ),
        ("Figure 3 shows the trend.", &["Figure 3 shows the trend."]),
        (
            "Table 2. Results by region",
            &["Table 2.", "Results by region"],
        ),
    ]);
}

#[test]
fn run_together_sentences() {
    check(&[
        (
            "It rained all day.Then the sun came out.",
            &["It rained all day.", "Then the sun came out."],
        ),
        ("Is it true?yes it is.", &["Is it true?", "yes it is."]),
    ]);
}

#[test]
fn other_scripts() {
    check(&[
        (
            "今日は晴れです。明日は雨です。",
            &["今日は晴れです。", "明日は雨です。"],
        ),
        ("你好吗？我很好！", &["你好吗？", "我很好！"]),
        (
            "هل أنت بخير؟ نعم أنا بخير.",
            &["هل أنت بخير؟", "نعم أنا بخير."],
        ),
        ("שלום לכולם. מה שלומכם?", &["שלום לכולם.", "מה שלומכם?"]),
        ("Привет. Как дела?", &["Привет.", "Как дела?"]),
        (
            "שלום לכולם.\u{200F} מה שלומכם?",
            &["שלום לכולם.\u{200F}", "מה שלומכם?"],
        ),
        (
            "यह पहला वाक्य है। यह दूसरा है।",
            &["यह पहला वाक्य है।", "यह दूसरा है।"],
        ),
    ]);
}

#[test]
fn degenerate_inputs() {
    check(&[
        ("", &[]),
        ("   \n\t  ", &[]),
        ("word", &["word"]),
        (".", &["."]),
        ("...", &["..."]),
        ("?!?!", &["?!?!"]),
        (
            "\u{FFFD}\u{FFFD}. \u{0}\u{1} Next",
            &["\u{FFFD}\u{FFFD}.", "\u{0}\u{1} Next"],
        ),
        ("The end. ***", &["The end. ***"]),
        ("a\r\nb", &["a", "b"]),
        ("👍. 🎉 Party!", &["👍. 🎉", "Party!"]),
    ]);
}

#[test]
fn garbage_never_panics() {
    // A deterministic pseudo-random byte soup, decoded lossily like the CLI does.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut bytes = Vec::with_capacity(200_000);
    let alphabet = b"aZ .!?\n\r\t\"')([]1:;-\xe2\x80\xa6\xe3\x80\x82\xc2\xa0\xff";
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push(alphabet[(x % alphabet.len() as u64) as usize]);
    }
    let text = String::from_utf8_lossy(&bytes);
    assert_well_formed(&text);
}

#[test]
fn large_inputs_stay_linear() {
    let unit =
        "Mr. Smith went to Washington, D.C. on Jan. 5. He met the U.S. president... Then he left! ";
    let big = unit.repeat(10_000_000 / unit.len());
    assert_eq!(sentences(&big).count(), 3 * (10_000_000 / unit.len()));
    // Long stretches without whitespace or without terminators.
    let no_space = "ab.Cd?ef!".repeat(300_000);
    assert_well_formed(&no_space);
    let no_stop = "word ".repeat(500_000);
    assert_eq!(sentences(&no_stop).count(), 1);
    let dots = ". ".repeat(500_000);
    assert_well_formed(&dots);
    let list = format!("Items: 1. A {}", "2. A ".repeat(200_000));
    assert_well_formed(&list);
    let numbers = "a 2. a ".repeat(200_000);
    assert_eq!(sentences(&numbers).count(), 1);
    let newlines = "a\n".repeat(500_000);
    assert_eq!(sentences(&newlines).count(), 500_000);
}

#[test]
fn tricky_pieces_in_any_order_stay_well_formed() {
    // Random concatenations of the pieces the rules look at, to reach every branch with odd
    // neighbours (deterministic xorshift, no extra dependency).
    let pieces = [
        "Mr.",
        "U.S.",
        "a.m.",
        "...",
        ". . .",
        ". . . .",
        "1.",
        "2.",
        "a)",
        "b)",
        "•",
        "⁃",
        "\n",
        "\r\n",
        "\n\n",
        "“",
        "”",
        "\"",
        "'",
        "(",
        ")",
        "[2]",
        "[",
        "]",
        "?",
        "!",
        "?!",
        ":)",
        ":D",
        "http://x.example/a?b=1",
        "www.example.com",
        "me@example.com",
        "11/14/2000 11:37 AM",
        "3/4",
        "。",
        "！",
        "؟",
        "।",
        "…",
        " ",
        "  ",
        "\t",
        "The",
        "he",
        "I",
        "J.",
        "No.",
        "Inc.",
        "word",
        "Word",
        "12,000.",
        "x.Y",
        "é",
        "漢字",
        "👍",
        "—",
        "-",
        ",",
        ":",
        ";",
        "\u{2029}",
        "\u{a0}",
        "\u{FFFD}",
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut text = String::new();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = (x % 24) as usize;
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text.push_str(pieces[(x % pieces.len() as u64) as usize]);
            if x % 3 == 0 {
                text.push(' ');
            }
        }
        assert_well_formed(&text);
    }
}

#[test]
fn news_style_details() {
    check(&[
        (
            "The company, based in Washington, D.C., said profits fell. Shares dropped 4 percent.",
            &[
                "The company, based in Washington, D.C., said profits fell.",
                "Shares dropped 4 percent.",
            ],
        ),
        (
            "He was born in St. Louis, Mo. He moved to Chicago in 1990.",
            &[
                "He was born in St. Louis, Mo.",
                "He moved to Chicago in 1990.",
            ],
        ),
        (
            "\"Stop!\" Smith shouted. Nobody moved.",
            &["\"Stop!\" Smith shouted.", "Nobody moved."],
        ),
        (
            "“Why now?” Maria Ruiz asked. Nobody knew.",
            &["“Why now?” Maria Ruiz asked.", "Nobody knew."],
        ),
        (
            "\"Is this the end?\" asked the reporter. \"No,\" she said.",
            &[
                "\"Is this the end?\" asked the reporter.",
                "\"No,\" she said.",
            ],
        ),
        (
            "Smith et al. (2005) found no effect. Jones et al. found one.",
            &[
                "Smith et al. (2005) found no effect.",
                "Jones et al. found one.",
            ],
        ),
        (
            "It was 5 ft. 10 in. tall. Nobody believed it.",
            &["It was 5 ft. 10 in. tall.", "Nobody believed it."],
        ),
        (
            "Sales hit $1.2 bn. in 2020. That was a record.",
            &["Sales hit $1.2 bn. in 2020.", "That was a record."],
        ),
        (
            "Apple Inc. Chief Executive Tim Cook spoke first.",
            &["Apple Inc. Chief Executive Tim Cook spoke first."],
        ),
        (
            "The U.N. Security Council met on Friday. It adjourned.",
            &["The U.N. Security Council met on Friday.", "It adjourned."],
        ),
        (
            "WASHINGTON — The Senate voted 51-49 on Tuesday. The bill now goes to the House.",
            &[
                "WASHINGTON — The Senate voted 51-49 on Tuesday.",
                "The bill now goes to the House.",
            ],
        ),
    ]);
}

#[test]
fn abbreviations_closing_a_sentence() {
    check(&[
        (
            "The talks in Mexico City focused on border safety in the U.S. Rubio's visit not only covered trade but also migration.",
            &[
                "The talks in Mexico City focused on border safety in the U.S.",
                "Rubio's visit not only covered trade but also migration.",
            ],
        ),
        (
            "Grocery prices climbed again in the U.S. Biden's advisers blamed the weather.",
            &[
                "Grocery prices climbed again in the U.S.",
                "Biden's advisers blamed the weather.",
            ],
        ),
        (
            "Inflation cooled in the U.S. The central bank held rates steady.",
            &[
                "Inflation cooled in the U.S.",
                "The central bank held rates steady.",
            ],
        ),
        (
            "Exports fell sharply to the U.K. Starmer’s cabinet met on Monday.",
            &[
                "Exports fell sharply to the U.K.",
                "Starmer’s cabinet met on Monday.",
            ],
        ),
        (
            "The contract went to Northwind Corp. Garcia's team had lobbied for it.",
            &[
                "The contract went to Northwind Corp.",
                "Garcia's team had lobbied for it.",
            ],
        ),
        (
            "The award was shared by Pitt, Hale & Co. Hale's partner accepted it.",
            &[
                "The award was shared by Pitt, Hale & Co.",
                "Hale's partner accepted it.",
            ],
        ),
        (
            "The trophy went to Carl Weber Jr. Weber's father had won it in 1988.",
            &[
                "The trophy went to Carl Weber Jr.",
                "Weber's father had won it in 1988.",
            ],
        ),
    ]);
}

#[test]
fn abbreviations_continued_by_a_name() {
    check(&[
        (
            "U.S. Senator Rubio met reporters in Miami.",
            &["U.S. Senator Rubio met reporters in Miami."],
        ),
        (
            "A spokesman for the U.S. Army said the drill was over.",
            &["A spokesman for the U.S. Army said the drill was over."],
        ),
        (
            "Critics questioned the U.S. Army's new budget request.",
            &["Critics questioned the U.S. Army's new budget request."],
        ),
        (
            "Reporters waited for the U.S. President's motorcade.",
            &["Reporters waited for the U.S. President's motorcade."],
        ),
        (
            "Lawyers appealed to the D.C. Circuit's full bench.",
            &["Lawyers appealed to the D.C. Circuit's full bench."],
        ),
        (
            "Regulators cited the U.S. FDA's earlier warning.",
            &["Regulators cited the U.S. FDA's earlier warning."],
        ),
        (
            "Investors cheered when Acme Inc. Chairman's bonus was cut.",
            &["Investors cheered when Acme Inc. Chairman's bonus was cut."],
        ),
        (
            "The choir sang at St. Michael's church on Sunday.",
            &["The choir sang at St. Michael's church on Sunday."],
        ),
        (
            "She reread J.R.R. Tolkien's letters last winter.",
            &["She reread J.R.R. Tolkien's letters last winter."],
        ),
        (
            "He grew up among the farms in Co. Kerry's western hills.",
            &["He grew up among the farms in Co. Kerry's western hills."],
        ),
        (
            "Dr. Smith called Mr. Trump before the vote.",
            &["Dr. Smith called Mr. Trump before the vote."],
        ),
    ]);
}

/// The sentences of `text` with each run of whitespace inside them shown as one space.
fn flat_sentences(text: &str) -> Vec<String> {
    split(text)
        .iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Hard-wrapped prose (a plain-text e-mail, text copied from a PDF): a line break inside a sentence
/// is a space, before a word in lower case or a capitalised name alike, at any width, and headlines
/// and paragraphs still stand alone. The self-written sample articles, wrapped, give the sentences
/// they give whole.
#[test]
fn hard_wrapped_prose_keeps_its_sentences() {
    let samples = [
        include_str!("fixtures/samples/01_border_security.txt"),
        include_str!("fixtures/samples/02_flood.txt"),
        include_str!("fixtures/samples/03_chip_earnings.txt"),
        include_str!("fixtures/samples/04_football.txt"),
        include_str!("fixtures/samples/05_sleep_study.txt"),
        include_str!("fixtures/samples/06_wind_power.txt"),
        include_str!("fixtures/samples/07_court_ruling.txt"),
        include_str!("fixtures/samples/08_moon_mission.txt"),
        include_str!("fixtures/samples/09_school_budget.txt"),
    ];
    let mut failures = Vec::new();
    for (n, text) in samples.iter().enumerate() {
        let whole = flat_sentences(text);
        for width in [45, 60, 72] {
            let wrapped = support::hard_wrap::hard_wrap(text, width);
            assert_well_formed(&wrapped);
            let got = flat_sentences(&wrapped);
            if got != whole {
                let diff: Vec<_> = got.iter().filter(|s| !whole.contains(s)).take(3).collect();
                failures.push(format!("sample {} at width {width}: {diff:?}", n + 1));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// An abbreviation joined to a word by a hyphen or a dash does not end the sentence
/// (`Minneapolis–St. Paul`, `then-Sen. Obama`, `June 30-Aug. 23`).
#[test]
fn abbreviations_after_a_hyphen_or_dash() {
    check(&[
        (
            "Thefts rose in the Minneapolis\u{2013}St. Paul area. Police made arrests.",
            &[
                "Thefts rose in the Minneapolis\u{2013}St. Paul area.",
                "Police made arrests.",
            ],
        ),
        (
            "He wrote to then-Sen. Obama in 2007. The reply came fast.",
            &[
                "He wrote to then-Sen. Obama in 2007.",
                "The reply came fast.",
            ],
        ),
        (
            "The tour runs from June 30-Aug. 23 across the country. Tickets sold out.",
            &[
                "The tour runs from June 30-Aug. 23 across the country.",
                "Tickets sold out.",
            ],
        ),
    ]);
}

/// The platform `X` after `on` or `via` ends its sentence before a capitalised word, where a
/// lone capital and a full stop would be an initial (`J. Smith`, which stays one).
#[test]
fn the_platform_x_ends_a_sentence() {
    check(&[
        (
            "She said so in a post on X. Lula, who is expected to run, did not comment.",
            &[
                "She said so in a post on X.",
                "Lula, who is expected to run, did not comment.",
            ],
        ),
        (
            "The clip spread via X. Police said it was fake.",
            &["The clip spread via X.", "Police said it was fake."],
        ),
        (
            "The speech was quoted by J. Smith on Monday.",
            &["The speech was quoted by J. Smith on Monday."],
        ),
    ]);
}
