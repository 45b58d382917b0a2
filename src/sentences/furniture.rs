//! News furniture: which sentences are headlines, bylines, datelines, credit lines, captions or list
//! markers rather than prose. The summary never picks them and the keyphrases take no words from
//! bylines, datelines, credits and captions.
//!
//! The sentence splitter keeps headlines, bylines, datelines, credit lines, captions and list markers
//! as sentences of their own (a single line break ends a sentence). A summary made of them reads
//! badly, so [`kind`] sorts every sentence into a [`Kind`] and the summary only ever picks
//! [`Kind::Sentence`]. The rules are written from general knowledge of news copy (wire, web and
//! CNN/Daily Mail conventions), not fitted to any evaluation set:
//!
//! - **headline**: a whole line without final punctuation (`Storm hits coast`), at most 20 words,
//!   with more text after it, or the last line of a longer text (a tag line: `Jane Doe, engineer,
//!   born 1941; died 2026`); and a first line of at most 15 words that ends in `?` or `!` and is
//!   followed by more text (a question headline). This also covers subheadings, dateline-only lines
//!   (`LONDON (Reuters) -`, `March 3, 2026`) and list lead-ins (`Key points:`);
//! - **byline**: `By Jane Smith, CNN`, `By . Daily Mail Reporter .` (at most 10 words after `By`, all
//!   capitalised or joiners such as `and`, `of`), `PUBLISHED: ...`, `UPDATED: ...`, `Last updated ...`;
//! - **dateline**: a short line made only of capitalised place words, an agency in brackets, dates
//!   and dashes (`WASHINGTON (AP) —`, `Jan. 5, 2026.`);
//! - **credit**: `CNN's Joe Bloggs contributed to this report.`, `Reporting by ...`, `Editing by ...`,
//!   `Additional reporting by ...`, copyright lines, and a sentence with a Markdown link (`read [the
//!   full statement](https://...)`), which points away from the story;
//! - **caption**: `Photo: ...`, `Picture: ...`, `Image: ...`, `Video: ...`, a short bracketed credit
//!   without final punctuation (`(Photo: AP)`, `(Reuters)`), a line that ends in `Getty Images`, and
//!   Daily Mail's `Scroll down for video ...`;
//! - **marker**: a line that is only a list marker or bullet (`•`, `1.`, `a)`, `-`), or has no letter or
//!   digit at all (`***`), and a roll of names: at least three commas or semicolons and no word in
//!   lower case (a team's line-up, `With Russell Crowe, Joaquin Phoenix, Connie Nielsen.`).
//!
//! Markdown's emphasis marks before a line (`**By Jane Doe**`) are skipped for the byline, credit
//! and caption rules.
//!
//! A sentence that *starts* with a marker (`- Power was cut.`, `2. Schools closed.`) is an ordinary
//! sentence; the summary keeps its span (indices into `sentences` never change) and
//! [`display_span`](crate::summary::display_span) gives the part to show without the marker.

use crate::text::{
    all_bytes, all_char, any_char, ascii_lowercase, char_at, char_before, char_count, char_indices,
    chars, eq_ignore_case, has_any, has_str, head, is_alnum, is_capitals, is_space, is_upper,
    more_words_than, split_by, split_inclusive_by, starts_by, tail, trim_by, trim_end_by,
    trim_start_by, words, Span,
};
use crate::vecs::CollectVec;

/// What a sentence is, for the summary's purposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary sentence: may be chosen.
    Sentence,
    /// A headline or subheading (a short line without final punctuation).
    Headline,
    /// A byline or a publication time stamp.
    Byline,
    /// A dateline on a line of its own.
    Dateline,
    /// A credit line (contributors, editing, copyright).
    Credit,
    /// A photo or video caption label.
    Caption,
    /// Only a list marker or bullet, no letters or digits at all, or a roll of names (a line-up).
    Marker,
}

impl Kind {
    /// True for lines about the article rather than of it (bylines, datelines, credits, captions),
    /// whose words are no topic.
    pub fn is_credit_or_label(self) -> bool {
        matches!(
            self,
            Kind::Byline | Kind::Dateline | Kind::Credit | Kind::Caption
        )
    }
}

/// Byte length of a dateline that opens the sentence `s`, with the dash after it and the spaces
/// (`FRANKFURT, March 12 (Meridian Wire) — `, `MEXICO CITY (Reuters) - `); 0 when there is none. The
/// first word is a place in capitals; the rest, up to a dash within ten words, are capitalised words,
/// dates, numbers and an agency in brackets.
pub fn dateline_prefix(s: &str) -> usize {
    let mut words = 0;
    let mut bracket = false;
    let mut pos = 0;
    for w in split_inclusive_by(s, is_space) {
        let at = pos;
        pos += w.len();
        let w = trim_end_by(w, is_space);
        if w.is_empty() {
            continue;
        }
        if DATELINE_DASHES.contains(w) {
            return if words > 0 && !bracket { pos } else { 0 };
        }
        words += 1;
        if words > 10 {
            return 0;
        }
        let core = trim_by(w, |c| !is_alnum(c));
        bracket |= w.starts_with('(');
        let inside = bracket;
        bracket &= !w.ends_with(')');
        if core.is_empty() || inside {
            continue;
        }
        let caps = is_capitals(core);
        let first_upper = starts_by(core, is_upper);
        let number = all_char(core, |c| c.is_ascii_digit());
        let ok = if at == 0 {
            caps && char_count(core) >= 2
        } else {
            caps || first_upper || number || is_month_or_day(core)
        };
        if !ok {
            return 0;
        }
    }
    0
}

/// The kind of every sentence of `sentences`, in order (what the keyphrase and summary stages both
/// read: see [`crate::keywords::Document::kinds`] and [`crate::summary::Inputs::kinds`]).
pub fn kinds(text: &str, sentences: &[Span]) -> Vec<Kind> {
    let mut out = crate::vecs::with_capacity(sentences.len());
    for i in 0..sentences.len() {
        crate::vecs::push(&mut out, kind(text, sentences, i));
    }
    out
}

/// The kind of `sentences[i]` (see the module docs).
pub fn kind(text: &str, sentences: &[Span], i: usize) -> Kind {
    let s = crate::vecs::at(sentences, i).slice(text);
    let before = if i == 0 {
        head(text, crate::vecs::at(sentences, i).start.min(text.len()))
    } else {
        Span::new(
            crate::vecs::at(sentences, i - 1).end,
            crate::vecs::at(sentences, i).start,
        )
        .slice(text)
    };
    let after = match sentences.get(i + 1) {
        Some(next) => Span::new(crate::vecs::at(sentences, i).end, next.start).slice(text),
        None => "",
    };
    let line_start = i == 0 || has_any(before, &['\n', '\r', '\u{2029}']);
    let line_end = i + 1 == sentences.len() || has_any(after, &['\n', '\r', '\u{2029}']);
    let more = i + 1 < sentences.len();
    let k = classify(s, i == 0, line_start && line_end, more);
    // A picture's description before its bracketed credit on one line (`Margot Robbie arrives for
    // the show. (Photo: Giulia Ferraro)`) is the caption too.
    let credit = sentences.get(i + 1).map_or("", |n| n.slice(text));
    if k == Kind::Sentence
        && !line_end
        && credit.starts_with('(')
        && (has_str(credit, "Photo") || has_str(credit, "Picture"))
        && is_caption(credit)
    {
        return Kind::Caption;
    }
    k
}

/// The rules of [`kind`] on one sentence: `first` when it is the text's first sentence, `whole_line`
/// when it fills its line, `more` when text follows it.
fn classify(s: &str, first: bool, whole_line: bool, more: bool) -> Kind {
    if is_marker_only(s) || is_roll(s) {
        return Kind::Marker;
    }
    // Markdown's emphasis around a line (`**By Jane Doe**`) is no part of what the line is.
    let bare = trim_start_by(s, |c| matches!(c, '*' | '_'));
    if is_byline(bare) {
        return Kind::Byline;
    }
    if is_credit(bare) {
        return Kind::Credit;
    }
    if is_caption(bare) {
        return Kind::Caption;
    }
    if whole_line && is_dateline(s) {
        return Kind::Dateline;
    }
    // A line after the first without final punctuation is a heading, or at the end a tag line
    // (`Jane Doe, engineer, born 1941; died 2026`, `SOURCE Acme Inc.`'s kin).
    if whole_line && (more || !first) {
        let last = last_char(s);
        let punctuated = is_punctuated(s);
        // The words are counted only when the ending leaves a headline possible (most lines end on
        // a period).
        if !punctuated && !more_words_than(s, 20) {
            return Kind::Headline;
        }
        if first && matches!(last, Some('?' | '!')) && !more_words_than(s, 15) {
            return Kind::Headline;
        }
    }
    Kind::Sentence
}

/// True for a heading that opens a press release's closing boilerplate: `About Acme Robotics`,
/// `Forward-Looking Statements`, `Media Contact:`. What follows it is about the company, not the story
/// (the summary also asks that the name after `About` was used before).
#[inline]
pub fn opens_boilerplate(s: &str) -> bool {
    const HEADS: Prefixes =
        Prefixes::new("About |Forward-looking statement|Media contact|Investor contact");
    HEADS.start(s)
}

/// True when `s` ends as a sentence does: a full stop, question or exclamation mark, before any
/// closing quotes or brackets.
#[inline]
pub fn is_punctuated(s: &str) -> bool {
    matches!(
        last_char(s),
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？')
    )
}

/// The last character that is not a closing quote or bracket.
fn last_char(s: &str) -> Option<char> {
    chars(s).rev().find(|c| {
        !matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '*' | '_'
        )
    })
}

/// True for bullets and dashes that may open a list line: the sentence splitter's list bullets and
/// a few more marks that open lines of news copy.
pub(crate) fn is_bullet(c: char) -> bool {
    crate::sentences::lexicon::is_bullet(c) || matches!(c, '►' | '▶' | '✓' | '✔' | '+' | '>')
}

/// Byte length of a transcript's speaker label at the start of `s`, with the space after it (`Q: `,
/// `OKONJO-WHITFIELD: `, `MR HALE: `): one to four words in capitals, a colon and a space; 0 when
/// `s` does not start with one.
pub(crate) fn speaker_len(s: &str) -> usize {
    let b = s.as_bytes();
    // Natively a first test of the label's first byte, which the name's test below needs to pass
    // (a capital, a byte of a character beyond ASCII, or one of its marks), before the colon is
    // looked for among forty bytes (a test checks the lines it rules out).
    #[cfg(not(target_arch = "wasm32"))]
    if !b.first().is_some_and(|&c| may_open_speaker(c)) {
        return 0;
    }
    let Some(colon) = b.iter().take(40).position(|&c| c == b':') else {
        return 0;
    };
    let name = head(s, colon);
    let label = b.get(colon + 1) == Some(&b' ')
        && split_by(name, |c| c == ' ').count() <= 4
        && any_char(name, is_upper)
        && all_char(name, |c| {
            is_upper(c) || matches!(c, ' ' | '-' | '.' | '\'' | '\u{2019}')
        });
    if label {
        colon + 2
    } else {
        0
    }
}

/// True for a byte that may open a transcript's speaker label ([`speaker_len`]): a capital, a byte
/// of a character beyond ASCII, or one of the marks a name in capitals may hold.
#[cfg(not(target_arch = "wasm32"))]
fn may_open_speaker(c: u8) -> bool {
    !c.is_ascii() || c.is_ascii_uppercase() || matches!(c, b' ' | b'-' | b'.' | b'\'')
}

/// Byte length of a list marker (bullets, then `1.`, `12)`, `(3)`, `a.`, `b)`, `iv.`, `(A)`) at the
/// start of `s`, with the whitespace after it; 0 when `s` does not start with one. A capital letter
/// or numeral before a period (`I. M. Pei`, `A. Smith`) is an initial, not a marker.
pub(crate) fn marker_len(s: &str) -> usize {
    let mut i = 0;
    // Bullets.
    let mut bullets = 0;
    for (at, c) in char_indices(s) {
        if is_bullet(c) && bullets < 3 {
            bullets += 1;
            i = at + crate::text::char_len(c);
        } else if is_space(c) && bullets > 0 {
            i = at + crate::text::char_len(c);
        } else {
            break;
        }
    }
    // An enumerator: digits, one letter or a short roman numeral, in brackets or before `.` or `)`.
    let rest = tail(s, i);
    let r = rest.as_bytes();
    let open = usize::from(r.first() == Some(&b'('));
    let body = crate::text::leading_bytes(&r[open..], 5, |c| c.is_ascii_alphanumeric());
    let value = Span::new(open, open + body).slice(rest);
    let enumerator = !value.is_empty()
        && (value.len() <= 3 && all_bytes(value, |c| c.is_ascii_digit())
            || value.len() == 1 && all_bytes(value, |c| c.is_ascii_lowercase())
            || value.len() <= 4 && all_bytes(value, |c| b"ivx".contains(&c))
            || open == 1 && value.len() == 1 && all_bytes(value, |c| c.is_ascii_uppercase()));
    if enumerator {
        let close = crate::vecs::run(r, open + body, r.len());
        let style = if open == 1 {
            usize::from(close.first() == Some(&b')'))
        } else if close.starts_with(b".)") {
            2
        } else {
            usize::from(matches!(close.first(), Some(b'.' | b')')))
        };
        let end = open + body + style;
        let after = char_at(rest, end);
        if style > 0 && after.is_none_or(is_space) {
            i += end;
        }
    }
    // Whitespace after the marker.
    let rest = tail(s, i);
    let ws = rest.len() - trim_start_by(rest, is_space).len();
    if i == 0 {
        0
    } else {
        i + ws
    }
}

/// True when `s` is a roll of names, no sentence: at least three commas or semicolons and no word
/// in lower case, though not all in capitals (a team's line-up, `Rovers: Okafor; Brandt, Moreau
/// (Ruiz 75), Kessler.`).
fn is_roll(s: &str) -> bool {
    // The word test first: a sentence's first words (`The president`) nearly always fail it.
    let b = s.as_bytes();
    !words(s).any(|w| {
        w.bytes()
            .find(u8::is_ascii_alphanumeric)
            .is_some_and(|c| c.is_ascii_lowercase())
    }) && b.iter().any(u8::is_ascii_lowercase)
        && b.iter().filter(|&&c| c == b',' || c == b';').count() >= 3
}

/// True when `s` is a list marker alone or holds no letter or digit.
fn is_marker_only(s: &str) -> bool {
    let rest = tail(s, marker_len(s));
    !any_char(rest, is_alnum)
}

/// Line openings matched ignoring ASCII case, with a filter of their first bytes.
struct Prefixes {
    /// The prefixes, separated by `|`: one string rather than a `&str` (eight bytes of pointer and
    /// length in the .wasm) a prefix.
    list: &'static str,
    /// Bit `b & 63` for the lower-cased first byte `b` of each prefix.
    firsts: u64,
}

impl Prefixes {
    /// The prefixes of `list` (`|`-separated, none empty).
    const fn new(list: &'static str) -> Prefixes {
        let b = list.as_bytes();
        let mut firsts = 0u64;
        let mut i = 0;
        while i < b.len() {
            if i == 0 || b[i - 1] == b'|' {
                firsts |= 1 << (b[i].to_ascii_lowercase() & 63);
            }
            i += 1;
        }
        Prefixes { list, firsts }
    }

    /// True when `s` starts with one of the prefixes, ignoring ASCII case. A first byte outside the
    /// filter rules out every prefix at once; otherwise the first bytes are compared before the whole
    /// prefixes.
    fn start(&self, s: &str) -> bool {
        let s = s.as_bytes();
        let Some(first) = s.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        if self.firsts & 1 << (first & 63) == 0 {
            return false;
        }
        // The list split as bytes: no char search per prefix (it is read for every sentence).
        self.list.as_bytes().split(|&b| b == b'|').any(|p| {
            // A whole (UTF-8) prefix matched byte for byte ends at a character boundary of `s`.
            p.first().is_some_and(|b| b.to_ascii_lowercase() == first)
                && s.len() >= p.len()
                && eq_ignore_case(&s[..p.len()], p)
        })
    }
}

fn is_byline(s: &str) -> bool {
    const STAMPS: Prefixes = Prefixes::new("PUBLISHED:|UPDATED:|Last updated|Updated:|Posted:");
    if STAMPS.start(s) {
        return true;
    }
    let Some(rest) = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY ")) else {
        return false;
    };
    let words: Vec<&str> = crate::text::words(rest).collect_vec();
    if words.is_empty() || words.len() > 16 {
        return false;
    }
    let mut names = 0;
    for w in &words {
        let w = trim_by(w, |c| !is_alnum(c));
        if w.is_empty() {
            continue;
        }
        if starts_by(w, is_upper) {
            names += 1;
        } else if !DATELINE_JOINERS.contains(&w) {
            return false;
        }
    }
    names > 0
}

fn is_credit(s: &str) -> bool {
    let lower_has = |needle: &str| {
        s.as_bytes()
            .windows(needle.len())
            .any(|w| eq_ignore_case(w, needle.as_bytes()))
    };
    let t = trim_start_by(s, |c| matches!(c, '(' | '['));
    const CREDITS: Prefixes = Prefixes::new(
        "Reporting by|Additional reporting|Editing by|Writing by|Compiled by|Copyright|©|\
         All rights reserved",
    );
    // A Markdown link (`[the full statement](https://...)`) points away from the story.
    if CREDITS.start(t) || has_str(s, "](http") {
        return true;
    }
    // A writer's sign-off after an em dash (`— Maya Rhodes`, a live blog's): capitalised words
    // only. Not after a hyphen, which marks a list's items (`- Cristiano Ronaldo`).
    if let Some(name) = s.strip_prefix("\u{2014} ") {
        return !more_words_than(name, 4)
            && split_by(name, |c| c == ' ').all(|w| starts_by(w, is_upper));
    }
    has_str(s, "ontributed")
        && !more_words_than(s, 25)
        && (lower_has("contributed to this report")
            || lower_has("contributed reporting")
            || lower_has("contributed to this story")
            || lower_has("contributed to this article"))
}

fn is_caption(s: &str) -> bool {
    let t = trim_start_by(s, |c| matches!(c, '(' | '['));
    const CAPTIONS: Prefixes = Prefixes::new(
        "Photo:|Photos:|Photograph:|Photographs:|Picture:|Pictures:|Image:|Images:|Video:|Watch:|\
         Credit:|Caption:|Photo caption:|Picture caption:|Image caption:|Graphic:|Illustration:|\
         Source:|File photo|Scroll down for video",
    );
    if CAPTIONS.start(t) {
        return true;
    }
    let end = trim_end_by(s, |c| !is_alnum(c));
    (end.ends_with("Getty Images") || end.ends_with("(Getty") || end.ends_with("AP Photo"))
        && !more_words_than(s, 30)
        || (s.starts_with('(')
            && s.ends_with(')')
            && !char_before(s, s.len() - 1).is_some_and(|c| matches!(c, '.' | '!' | '?'))
            && !more_words_than(s, 6))
}

fn is_month_or_day(w: &str) -> bool {
    let w = trim_end_by(w, |c| matches!(c, '.' | ','));
    MONTHS_AND_DAYS.contains(&ascii_lowercase(w).as_str())
}

crate::word_list::word_lists! {
    /// The dashes that end a dateline (`LONDON --`, `PARIS —`).
    const DATELINE_DASHES = "- -- \u{2014} \u{2013}";
    /// Lower-case words that may join the names of a dateline or a byline, and a byline's role
    /// (`By Nadia Farquharson, City editor`, `By Tom Ashby, Reuters staff`).
    const DATELINE_JOINERS = "and of the for in at de van von da and/or reporter editor correspondent writer columnist \
        staff";
    /// Months, weekdays, time zones and `am`/`pm` (lower case, without a final period).
    const MONTHS_AND_DAYS = "january jan february feb march mar april apr may june jun july jul august aug september sep \
        sept october oct november nov december dec monday tuesday wednesday thursday friday saturday \
        sunday gmt utc est edt bst pst am pm a.m p.m";
}

/// A short line of place names in capitals, agencies in brackets, dates, times and dashes.
fn is_dateline(s: &str) -> bool {
    let mut content = 0;
    // Eight words at most, each read as it is counted: a sentence's first word (`The`) most often
    // settles it.
    let mut words = crate::text::words(s);
    for w in words.by_ref().take(8) {
        let core = trim_by(w, |c| !is_alnum(c));
        if core.is_empty() {
            continue; // dashes, bullets
        }
        content += 1;
        let bracketed = w.starts_with('(') || w.ends_with(')');
        let caps = is_capitals(core) && char_count(core) >= 2;
        let number =
            crate::text::all_char(core, |c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/'));
        if !(caps || bracketed || number || is_month_or_day(core)) {
            return false;
        }
    }
    content > 0 && words.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_first_byte_of_a_speaker_label_passes_the_first_test() {
        for c in (0u8..=127).map(char::from) {
            if is_upper(c) || matches!(c, ' ' | '-' | '.' | '\'') {
                assert!(may_open_speaker(c as u8), "{c:?}");
            }
        }
        for c in ['\u{2019}', '\u{c9}', '\u{410}'] {
            let mut buf = [0; 4];
            assert!(may_open_speaker(c.encode_utf8(&mut buf).as_bytes()[0]));
        }
        assert_eq!(speaker_len("MR HALE: Yes."), 9);
        assert_eq!(speaker_len("\u{c9}MILE: Oui."), 8);
        assert_eq!(speaker_len("said: no"), 0);
    }

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let s: Vec<Span> = crate::sentences::sentences(text).collect();
        (0..s.len())
            .map(|i| (crate::vecs::to_string(s[i].slice(text)), kind(text, &s, i)))
            .collect()
    }

    #[test]
    fn news_furniture_is_not_a_sentence() {
        let text = "Storm hits coast\n\nBy Jane Smith, CNN\nLONDON (Reuters) -\nMarch 3, 2026\n\
                    The storm hit the coast on Monday.\nKey points:\n- Power was cut to many homes.\n\
                    •\n1.\n2. Schools closed for the week.\nPhoto: AP\n\
                    CNN's Joe Bloggs contributed to this report.\nBy the evening the wind had dropped.";
        let got = kinds(text);
        let want = [
            Kind::Headline,
            Kind::Byline,
            Kind::Dateline,
            Kind::Dateline,
            Kind::Sentence,
            Kind::Headline,
            Kind::Sentence,
            Kind::Marker,
            Kind::Marker,
            Kind::Sentence,
            Kind::Caption,
            Kind::Credit,
            Kind::Sentence,
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((s, k), w) in got.iter().zip(want) {
            assert_eq!(*k, w, "{s:?}");
        }
    }

    /// A byline whose role is in lower case (`City editor`, `Senior AI reporter`, `Reuters staff`)
    /// is a byline; a sentence with other lower-case words after `By` is not.
    #[test]
    fn bylines_with_roles_in_lower_case() {
        for byline in [
            "By Nadia Farquharson, City editor",
            "By Priya Venkataraman-Holt, Senior AI reporter",
            "By Tom Ashby, Reuters staff",
        ] {
            let got = kinds(&format!(
                "Storm hits coast\n\n{byline}\n\nThe storm hit the coast."
            ));
            assert_eq!(got[1].1, Kind::Byline, "{got:?}");
        }
        let got = kinds("By Monday, Smith was named editor of the paper.");
        assert_eq!(got[0].1, Kind::Sentence, "{got:?}");
    }

    #[test]
    fn a_writers_sign_off_after_a_dash_is_a_credit() {
        let got = kinds(
            "The House adjourned at six. \u{2014} Dana Whitfield\n\nA vote - Monday or later - is \
             due.",
        );
        let found: Vec<Kind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            found,
            [Kind::Sentence, Kind::Credit, Kind::Sentence],
            "{got:?}"
        );
        // A list's items after hyphens are no sign-offs.
        let got = kinds("Players to watch:\n- Cristiano Ronaldo\n- Kylian Mbappe\nBoth scored.");
        assert!(got.iter().all(|(_, k)| *k != Kind::Credit), "{got:?}");
    }

    #[test]
    fn a_description_before_a_bracketed_photo_credit_is_a_caption() {
        let got = kinds(
            "The show closed the week.\n\nModels walk the runway in Rome on Wednesday. (Photo: \
             Dana Whitfield)\n\nThe shares rose 4% in Paris. (Reuters) Analysts were pleased.",
        );
        let kinds: Vec<Kind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds[1..3], [Kind::Caption, Kind::Caption], "{got:?}");
        assert_eq!(kinds[3], Kind::Sentence, "{got:?}");
    }

    #[test]
    fn a_lone_line_is_a_sentence() {
        assert_eq!(kinds("Great game tonight")[0].1, Kind::Sentence);
        assert_eq!(
            kinds("Is this the end?\n\nThe euro fell.")[0].1,
            Kind::Headline
        );
        assert_eq!(
            kinds("WASHINGTON (AP) — The Senate voted on Tuesday.")[0].1,
            Kind::Sentence
        );
        assert_eq!(kinds("It rained. (Amen to that!)")[1].1, Kind::Sentence);
        assert_eq!(kinds("It rained. (Photo: AP)")[1].1, Kind::Caption);
    }

    #[test]
    fn datelines_that_open_a_sentence() {
        for (s, d) in [
            (
                "FRANKFURT, March 12 (Meridian Wire) \u{2014} The bank held.",
                "FRANKFURT, March 12 (Meridian Wire) \u{2014} ",
            ),
            (
                "MEXICO CITY (Reuters) - Rubio met Sheinbaum.",
                "MEXICO CITY (Reuters) - ",
            ),
            (
                "PORTO, Portugal, Nov. 30 (Atlantic Newswire) \u{2014} Six died.",
                "PORTO, Portugal, Nov. 30 (Atlantic Newswire) \u{2014} ",
            ),
            (
                "MILLBROOK, Ohio, Oct. 8 \u{2014} After five hours",
                "MILLBROOK, Ohio, Oct. 8 \u{2014} ",
            ),
        ] {
            assert_eq!(&s[..dateline_prefix(s)], d);
        }
        for s in [
            "The bank held rates - for now.",
            "Rubio (left) - met Sheinbaum.",
            "NATO allies met on Monday - and agreed.",
            "US (and - EU)",
            "",
            "\u{2014} a dash first",
        ] {
            assert_eq!(dateline_prefix(s), 0, "{s}");
        }
    }

    #[test]
    fn markers() {
        assert_eq!(marker_len("- Power was cut."), 2);
        assert_eq!(marker_len("2. Schools closed."), 3);
        assert_eq!(marker_len("• 9. Nine"), "• 9. ".len());
        assert_eq!(marker_len("(iv) Four"), 5);
        assert_eq!(marker_len("The end."), 0);
        assert_eq!(marker_len("2.5 million people"), 0);
        assert_eq!(marker_len("I. M. Pei designed it."), 0);
        assert_eq!(marker_len("a) one"), 3);
    }
}
