//! Pathological inputs: texts built to defeat a scanner's assumptions (no spaces, no sentence ends,
//! endless abbreviations, deep nesting...). Each case makes a text of about `n` bytes. The CLI's
//! `stress` benchmark times each at two sizes; `tests/pathological.rs` includes this file by path and
//! checks the analyses.

/// One pathological input: a name and a generator of a text of about `n` bytes.
pub struct Case {
    /// Short name, printed by the benchmark.
    pub name: &'static str,
    /// Makes a text of about `n` bytes (at least one unit of the pattern).
    pub make: fn(usize) -> String,
}

/// `unit` repeated to about `n` bytes.
fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n.div_ceil(unit.len()).max(1))
}

/// `n / 2` bytes of opening quotes and brackets, a word, then the closers in reverse order.
fn nested(n: usize) -> String {
    const PAIRS: [(&str, &str); 7] = [
        ("(", ")"),
        ("\"", "\""),
        ("[", "]"),
        ("\u{201C}", "\u{201D}"),
        ("\u{2018}", "\u{2019}"),
        ("{", "}"),
        ("\u{AB}", "\u{BB}"),
    ];
    let mut open = String::new();
    let mut close = Vec::new();
    let mut k = 0;
    while open.len() < n / 2 {
        let (a, b) = PAIRS[k % PAIRS.len()];
        open.push_str(a);
        close.push(b);
        k += 1;
    }
    open.push_str("Rubio said.");
    close.reverse();
    open + &close.concat()
}

/// Distinct capitalised words (pseudo-names from syllables), no punctuation.
fn capitalised(n: usize) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ra", "ten", "vo", "sel", "dan", "bri", "gor", "ul", "pe", "zan", "tho",
        "wen", "fi",
    ];
    let mut out = String::with_capacity(n + 16);
    let mut i = 0usize;
    while out.len() < n {
        let (a, b, c) = (i % 16, (i / 16) % 16, (i / 256) % 16);
        let mut w = String::new();
        w.push_str(SYL[a]);
        w.push_str(SYL[b]);
        w.push_str(SYL[c]);
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            out.extend(f.to_uppercase());
            out.push_str(cs.as_str());
        }
        out.push(' ');
        i += 1;
    }
    out
}

/// Every case, in the order the benchmark prints them.
pub const CASES: &[Case] = &[
    Case {
        name: "letters, no space or newline",
        make: |n| repeat("abcdefghijklmnopqrstuvwxyz", n),
    },
    Case {
        name: "punctuated, no space or newline",
        make: |n| repeat("Rubio,said.U.S.(talks)\"on\"2026-03-03;$5.2bn/", n),
    },
    Case {
        name: "one-word paragraphs",
        make: |n| repeat("Word\n\n", n),
    },
    Case {
        name: "one-word lines",
        make: |n| repeat("Rubio\n", n),
    },
    Case {
        name: "U.S. U.S.",
        make: |n| repeat("U.S. ", n),
    },
    Case {
        name: "Mr. Mr. (abbreviations)",
        make: |n| repeat("Mr. ", n),
    },
    Case {
        name: "dots",
        make: |n| repeat(".", n),
    },
    Case {
        name: "nested quotes and brackets",
        make: nested,
    },
    Case {
        name: "unclosed quotes and brackets",
        make: |n| repeat("\"Say (the \u{201C}word [of ", n),
    },
    Case {
        name: "digits",
        make: |n| repeat("0123456789", n),
    },
    Case {
        name: "numbers",
        make: |n| repeat("1,234 ", n),
    },
    Case {
        name: "@",
        make: |n| repeat("@", n),
    },
    Case {
        name: "http://",
        make: |n| repeat("http://", n),
    },
    Case {
        name: "e-mail addresses, no space",
        make: |n| repeat("a@b.co", n),
    },
    Case {
        name: "capitalised words",
        make: capitalised,
    },
    Case {
        name: "one repeated name",
        make: |n| repeat("Marco Rubio ", n),
    },
    Case {
        // A first name and a surname no list knows, on one line: each mention asked whether its
        // line is a headline, and read the whole line (quadratic in a block before the
        // forty-seventh session).
        name: "one line of unlisted full names",
        make: |n| repeat("Marta Oliveira ", n),
    },
    Case {
        name: "a city as a team's subject",
        make: |n| repeat("Madrid were level at the break. ", n),
    },
    Case {
        name: "stock codes and photo credits",
        make: |n| repeat("Shares of Acme (ACM.N) rose. (AP Photo/Jane Doe) ", n),
    },
    Case {
        name: "headlines in capitals",
        make: |n| {
            repeat(
                "TRUMP SAYS SHELL WILL BUY APPLE AS KEIR STARMER MEETS JENSEN HUANG\n",
                n,
            )
        },
    },
    Case {
        name: "one sentence in capitals, names after cues",
        make: |n| repeat("ON X WITH LEAGUE CUP AND TYPHOON KAJIKI ", n),
    },
    Case {
        name: "one sentence, names after cues",
        make: |n| repeat("on X the film Zorb its Zorb model the singer Vel ", n),
    },
    Case {
        name: "lower-case words, no punctuation",
        make: |n| repeat("the talks on water went on ", n),
    },
    Case {
        name: "combining marks",
        make: |n| repeat("e\u{301}\u{301}", n),
    },
];
