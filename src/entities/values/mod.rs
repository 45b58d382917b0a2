//! Value entities: DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL (hand-written scanners over
//! tokens) and EMAIL, URL ([`web`]: a scan for `@`/`http`/`www.` checked by small regular expressions).
//!
//! The scanner walks the tokens left to right and, at each token, reads the longest value it can; the
//! value's tokens are then skipped. What it reads, in the spirit of the OntoNotes 5 value types that
//! spaCy's English models tag (Weischedel et al. 2013):
//!
//! - MONEY: a currency sign or code before an amount (`$5.2 billion`, `US$3`, `€20m`, `£1.5bn`,
//!   `USD 40`) or a currency word after it (`5 million euros`, `40 cents`). A range written with two
//!   signs is two values (`$9.1 billion to $9.3 billion`).
//! - PERCENT: `12%`, `3.5 percent`, `4 per cent`, `2 percentage points`.
//! - QUANTITY: an amount and a unit (`40 km`, `420 million cubic metres`, `160 km per hour`, `5kg`,
//!   `2.5-mile`).
//! - TIME: clock times (`10:30 a.m.`, `6 P.M.`, `14:00 GMT`) and `noon`, `midnight`, `tonight`,
//!   `this morning`.
//! - DATE: month dates in both orders with an optional year (`March 3, 2026`, `3 March 2026`,
//!   `Nov. 12 and 13`), ISO and slashed dates (`2026-03-03`), years (`2026`, `fiscal 2025`, `mid-2027`),
//!   decades (`the 1990s`), spans and ages written with hyphens (`five-year`, `40-year-old`),
//!   quarters (`the third quarter` reads `third quarter`, `Q3`), weekdays,
//!   `today`/`yesterday`/`tomorrow`, relative periods (`last week`, `the past three years`) and counts
//!   of periods (`two weeks ago`, `three years`). Capitalised `May` and `March` count as months only
//!   next to a day or year or after a word such as `in` or `since`, so the verbs stay out.
//! - CARDINAL: any other amount (`180,000`, `three`, `twenty-five`, `dozens`); `one` after `no`,
//!   `any`, `every`, `some`, `the`, `this`, `that`, `each` is a pronoun, not a count.
//! - ORDINAL: `third`, `21st`.
//!
//! A value never crosses a line break (each line is scanned on its own, since sentences end there),
//! nor, through [`find_in_sentences`], the end of a sentence.
//! Overlaps with names are settled by [`super::resolve`].

pub mod lexicon;
mod lists;
pub mod web;

use lists::{List, Lists, Spelled};

use super::{Candidate, Label, Source};
use crate::text::{
    all_bytes, all_char, count_char, ending_by, ends_by, find_any, has_char, head, is_upper,
    parse_u32, split_by, split_once_by, split_once_char, starts_by, tail, trim_end_by, Span,
};
use crate::tokens::{token_at, token_run, Forms, Token, TokenKind};
use crate::vecs::CollectVec;

/// Every value mention in the text (possibly overlapping; [`super::resolve`] settles overlaps),
/// each inside one of the text's sentences ([`crate::sentences::sentences`]).
pub fn find(text: &str, tokens: &[Token]) -> Vec<Candidate> {
    let sentences: Vec<Span> = crate::sentences::sentences(text).collect_vec();
    find_in_sentences(text, tokens, &Forms::new(text, tokens), &sentences)
}

/// Like [`find`], with the text's sentences given (sorted byte spans): no value crosses the end of
/// one, so every value lies inside one sentence even where the sentence splitter cuts after a word
/// that the scanner would read as an abbreviation; a line break inside a sentence is a space.
pub fn find_in_sentences(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    // The sentence that holds byte `at`, if any.
    let holding = |at: usize| {
        let k = ending_by(sentences, at);
        sentences.get(k).filter(|s| s.start <= at)
    };
    for s in web::emails(text) {
        if holding(s.start).is_none_or(|sent| s.end <= sent.end) {
            crate::vecs::push(&mut out, cand(s, Label::Email));
        }
    }
    for s in web::urls(text) {
        // A URL that runs past its sentence's end is cut there.
        let end = holding(s.start).map_or(s.end, |sent| s.end.min(sent.end));
        let end = s.start + web::trim_url(Span::new(s.start, end).slice(text));
        if end > s.start {
            crate::vecs::push(&mut out, cand(Span::new(s.start, end), Label::Url));
        }
    }
    // Values never cross a sentence's end, so each sentence is scanned alone; a line break inside
    // one (hard-wrapped prose: `this\nyear`) is a space.
    let spelled = Spelled::per_token(text, tokens, forms);
    let mut line_start = 0;
    let mut sentence = 0;
    for k in 1..=tokens.len() {
        let mut breaks = k == tokens.len();
        if k < tokens.len() {
            while sentence < sentences.len()
                && crate::vecs::at(sentences, sentence).end <= token_at(tokens, k - 1).span.start
            {
                sentence += 1;
            }
            if sentence < sentences.len()
                && token_at(tokens, k).span.start >= crate::vecs::at(sentences, sentence).end
            {
                breaks = true;
            }
        }
        if breaks {
            let scan = Scan {
                text,
                tokens: token_run(tokens, line_start, k),
                spelled: crate::vecs::run(&spelled, line_start, k),
            };
            scan.line(&mut out);
            line_start = k;
        }
    }
    out
}

fn cand(span: Span, label: Label) -> Candidate {
    Candidate {
        span,
        label,
        source: Source::Value,
    }
}

/// The tokens of one line with their lower-case forms and what the word lists say about them.
struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// One per token ([`Spelled::per_token`]).
    spelled: &'a [Spelled<'a>],
}

/// What [`Scan::number`] read.
#[derive(Clone, Copy)]
struct Amount {
    /// One past the last token of the amount.
    end: usize,
    /// Written in digits (`3.5`), not words (`three`).
    digits: bool,
    /// Carries a scale (`billion`, `20m`).
    scaled: bool,
}

crate::word_list::word_lists! {
    /// The parts of a year (`first-quarter`, `second-half`).
    const PARTS_OF_YEAR = "quarter half";
    /// The words after a hyphenated period that keep it a date (`40-year-old`, `five-day-long`).
    const AGE_AND_LENGTH = "old long";
    /// Words before `dollar` or `dollars` that name the currency (`Canadian dollars`, `Hong Kong`'s
    /// first word).
    const DOLLAR_COUNTRIES = "us u.s. canadian australian hong";
    /// Words before `one` that make it a pronoun (`no one`, `this one`), no number.
    const NOT_BEFORE_ONE = "no any every some the this that each which";
    /// Words before a month name that make an ambiguous one (`may`, `march`) a date.
    const MONTH_CUES = "in since until by of during through from last next this early late mid before after";
    /// Month names that are also common words, dates only after a cue (`MONTH_CUES`).
    const AMBIGUOUS_MONTHS = "may march mar apr jun jan dec aug sept";
    /// Words that open a rate (`per hour`, `an hour`, `/h`; see `Scan::per_unit`).
    const RATE_WORDS = "per an a /";
    /// Units of time after a rate word (see `RATE_WORDS`).
    const PER_UNITS = "hour h hr second sec s minute min day year";
    /// The words between the two days of a range (`12 and 13`, `3-5`).
    const DAY_RANGE_JOINERS = "and to - – through";
    /// The quarters.
    const QUARTERS = "Q1 Q2 Q3 Q4";
    /// Words before a relative date's word (`the past three years`, `earlier this month`).
    const BEFORE_RELATIVE = "the earlier later";
    /// The sign and words of a percentage after its number.
    const PERCENT_WORDS = "% percent pct";
    /// `point` and `points` (`percentage points`).
    const POINTS = "point points";
    /// `dollar` and `dollars` (`Hong Kong dollars`).
    const DOLLARS = "dollar dollars";
    /// The endings of an ordinal written in digits.
    const ORDINAL_SUFFIXES = "st nd rd th";
}

impl<'a> Scan<'a> {
    /// Scans the line, pushing each value found.
    fn line(&self, out: &mut Vec<Candidate>) {
        let mut i = 0;
        while i < self.tokens.len() {
            match self.at(i) {
                Some((end, label)) if end > i => {
                    let span = Span::new(
                        token_at(self.tokens, i).span.start,
                        token_at(self.tokens, end - 1).span.end,
                    );
                    crate::vecs::push(out, cand(span, label));
                    i = end;
                }
                _ => i += 1,
            }
        }
    }

    /// What the word lists say about token `i` (nothing past the end).
    fn spelled(&self, i: usize) -> Spelled<'a> {
        self.spelled.get(i).copied().unwrap_or_default()
    }

    /// The lists that hold token `i`'s lower-case form ([`Scan::w`]). This and the other per-token
    /// accessors are inlined natively and one call each in the .wasm, where the rules read them at
    /// some fifty places.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn lists(&self, i: usize) -> Lists {
        self.spelled(i).lower
    }

    /// The lists that hold token `i` as written ([`Scan::raw`]).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn raw_lists(&self, i: usize) -> Lists {
        self.spelled(i).raw
    }

    /// Lower-case text of token `i` (`""` past the end).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn w(&self, i: usize) -> &'a str {
        self.spelled(i).word
    }

    /// Text of token `i` as written.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// True when tokens `i` and `i + 1` touch (no space between them).
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && crate::tokens::token_at(self.tokens, i).span.end
                == crate::tokens::token_at(self.tokens, i + 1).span.start
    }

    fn capitalised(&self, i: usize) -> bool {
        starts_by(self.raw(i), is_upper)
    }

    fn is_month(&self, i: usize) -> bool {
        self.capitalised(i) && self.lists(i).has(List::Months)
    }

    /// A plain number in digits: `3`, `3.5`, `180,000`.
    fn is_digits(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && plain_number(self.w(i))
    }

    /// A day of the month: 1 to 31 in one or two digits (`3`, `03`).
    fn is_day(&self, i: usize) -> bool {
        let w = self.w(i);
        self.is_digits(i) && w.len() <= 2 && parse_u32(w).is_some_and(|d| (1..=31).contains(&d))
    }

    fn is_year(&self, i: usize) -> bool {
        self.is_digits(i) && is_year(self.w(i))
    }

    /// Reads an amount at `i`: digits or number words, then scale words.
    fn number(&self, i: usize) -> Option<Amount> {
        let w = self.w(i);
        let mut a = if self.is_digits(i) {
            Amount {
                end: i + 1,
                digits: true,
                scaled: false,
            }
        } else if self.is_number_word(i) {
            Amount {
                end: i + 1,
                digits: false,
                scaled: false,
            }
        } else if glued_scale(w) {
            return Some(Amount {
                end: i + 1,
                digits: true,
                scaled: true,
            });
        } else {
            return None;
        };
        // `two hundred`, `5.2 billion`, `one hundred thousand`.
        while a.end < i + 4 {
            let scale = self.lists(a.end).has(List::Scales);
            if scale || (!a.digits && self.is_number_word(a.end)) {
                a.scaled |= scale;
                a.end += 1;
            } else {
                break;
            }
        }
        Some(a)
    }

    /// True when a value may start at token `i`: a number, a symbol, a word with a digit or a hyphen,
    /// or a word from one of the lists a value can start with ([`Spelled::may_start`]). Most words
    /// fail this cheap test, which keeps the scan fast.
    fn may_start(&self, i: usize) -> bool {
        self.spelled(i).may_start
    }

    /// The longest value starting at token `i`: one past its last token and its label.
    fn at(&self, i: usize) -> Option<(usize, Label)> {
        if !self.may_start(i) {
            return None;
        }
        self.money(i)
            .or_else(|| self.date(i))
            .or_else(|| self.time(i))
            .or_else(|| self.amount(i))
            .or_else(|| self.ordinal(i))
    }

    /// `$5.2 billion`, `US$3`, `€20m`, `USD 40`.
    fn money(&self, i: usize) -> Option<(usize, Label)> {
        let lists = self.lists(i);
        let after_sign = if lists.has(List::CurrencySymbols) {
            i + 1
        } else if lists.has(List::DollarPrefixes) && self.raw(i + 1) == "$" && self.glued(i) {
            i + 2
        } else if self.raw_lists(i).has(List::CurrencyCodes) {
            i + 1
        } else {
            return None;
        };
        let a = self.number(after_sign)?;
        Some((a.end, Label::Money))
    }

    /// Dates that start with a month, a day, a year, a relative word or a calendar word.
    fn date(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        let raw = self.raw(i);
        // 2026-03-03, 3/3/2026, 2025-26.
        if self.tokens[i].kind == TokenKind::Number && is_numeric_date(raw) {
            return Some((i + 1, Label::Date));
        }
        // mid-2027, mid-March, late-1990s.
        if let Some((pre, rest)) = split_once_char(w, '-') {
            if Lists::of(pre).has(List::YearPrefixes)
                && (is_year(rest) || Lists::of(rest).has(List::Months) || is_decade(rest))
            {
                return Some((i + 1, Label::Date));
            }
        }
        // five-year, 40-year-old, first-quarter, three-day.
        if let Some(label) = hyphen_compound(w) {
            return (label == Label::Date).then_some((i + 1, Label::Date));
        }
        // FY2025, Q3, Q3 2026.
        if is_fiscal_token(w) {
            return Some((i + 1, Label::Date));
        }
        if is_quarter_token(raw) {
            let end = if self.is_year(i + 1) { i + 2 } else { i + 1 };
            return Some((end, Label::Date));
        }
        // fiscal 2025, fiscal year 2025, early 2026, late March.
        if self.lists(i).has(List::YearPrefixes) {
            let mut j = i + 1;
            if crate::text::is_one_of(w, "fiscal|financial") {
                if self.w(j) == "year" {
                    j += 1;
                }
            } else if self.w(j) == "-" {
                j += 1;
            }
            if self.is_year(j) {
                return Some((j + 1, Label::Date));
            }
            if w != "fiscal" && w != "financial" && self.is_month(j) {
                return Some((self.month_date(j).unwrap_or(j + 1), Label::Date));
            }
            return None;
        }
        // The 1990s.
        if w == "the" && is_decade(self.w(i + 1)) {
            return Some((i + 2, Label::Date));
        }
        if is_decade(w) {
            return Some((i + 1, Label::Date));
        }
        // Month first.
        if self.is_month(i) {
            if let Some(end) = self.month_date(i) {
                return Some((end, Label::Date));
            }
            let ambiguous = AMBIGUOUS_MONTHS.contains(&w);
            let cue = MONTH_CUES.contains(&self.w(i.wrapping_sub(1)));
            return (!ambiguous || cue).then_some((i + 1, Label::Date));
        }
        // Day first: 3 March 2026, 3 March.
        if self.is_day(i) && self.is_month(i + 1) {
            let end = if self.is_year(i + 2) { i + 3 } else { i + 2 };
            return Some((end, Label::Date));
        }
        if self.lists(i).has(List::Weekdays) || self.lists(i).has(List::DayWords) {
            return Some((i + 1, Label::Date));
        }
        // last week, the past three years, earlier this month, this Tuesday, next March.
        let (r, relative) = if BEFORE_RELATIVE.contains(w) {
            (i + 1, self.lists(i + 1).has(List::Relative))
        } else {
            (i, self.lists(i).has(List::Relative))
        };
        if relative {
            let mut j = r + 1;
            if let Some(a) = self.number(j) {
                j = a.end;
            }
            let next = self.lists(j);
            if next.has(List::Periods) || next.has(List::Weekdays) || self.is_month(j) {
                return Some((j + 1, Label::Date));
            }
            return None;
        }
        // two weeks ago, three years, 30 years old.
        if let Some(a) = self.number(i) {
            if self.lists(a.end).has(List::Periods) && !a.scaled {
                let mut end = a.end + 1;
                if self.lists(end).has(List::Ago) || self.w(end) == "old" {
                    end += 1;
                }
                return Some((end, Label::Date));
            }
            if a.end == i + 1 && self.is_year(i) && !self.unit_follows(a.end) {
                return Some((i + 1, Label::Date));
            }
        }
        // The third quarter: `third quarter`; the first half of 2026.
        if self.is_ordinal(i) && is_part_of_year(self.w(i + 1)) {
            let mut end = i + 2;
            if self.w(end) == "of" && self.is_year(end + 1) {
                end += 2;
            } else if self.is_year(end) {
                end += 1;
            }
            return Some((end, Label::Date));
        }
        None
    }

    /// After a month at `i`: `March 3`, `March 3, 2026`, `March 2026`, `Nov. 12 and 13`, `March 3-5`.
    fn month_date(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        if self.is_year(j) {
            return Some(j + 1);
        }
        let day = self.is_day(j)
            || (self
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Number)
                && is_day_range(self.w(j)))
            || is_numeric_ordinal(self.w(j)) && self.w(j).len() <= 4;
        if !day {
            return None;
        }
        let mut end = j + 1;
        if DAY_RANGE_JOINERS.contains(self.w(end)) && self.is_day(end + 1) {
            end += 2;
        }
        if self.w(end) == "," && self.is_year(end + 1) {
            end += 2;
        } else if self.is_year(end) {
            end += 1;
        }
        Some(end)
    }

    /// True when a unit or currency word follows at `j` (so a year-like number is an amount).
    fn unit_follows(&self, j: usize) -> bool {
        let n = self.lists(j);
        n.has(List::Units) || n.has(List::CurrencyWords) || n.has(List::PercentWords)
    }

    /// `10:30 a.m.`, `6 P.M.`, `14:00 GMT`, `noon`, `this morning`.
    fn time(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        if self.lists(i).has(List::TimeWords) {
            return Some((i + 1, Label::Time));
        }
        if w == "this" && self.lists(i + 1).has(List::DayParts) {
            return Some((i + 2, Label::Time));
        }
        let clock = self.tokens[i].kind == TokenKind::Number && is_clock(w) || glued_meridiem(w);
        let hour = self.is_digits(i) && w.len() <= 2 && parse_u32(w).is_some_and(|h| h <= 24);
        let mut end = i + 1;
        let meridiem = self.lists(end).has(List::Meridiem);
        if meridiem {
            end += 1;
        }
        if !(clock || hour && meridiem) {
            return None;
        }
        if self.raw_lists(end).has(List::Zones) {
            end += 1;
        }
        Some((end, Label::Time))
    }

    /// Amounts with what follows them: percent, money words, units, or a bare count.
    fn amount(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        if self.lists(i).has(List::VagueCounts) {
            return Some((i + 1, Label::Cardinal));
        }
        if hyphen_compound(w) == Some(Label::Quantity) {
            return Some((i + 1, Label::Quantity));
        }
        let glued_unit = glued_quantity(self.raw(i));
        // `3.35m euros`: before a currency, a glued `m` is millions, not metres.
        let currency = |j: usize| {
            self.lists(j).has(List::CurrencyWords) || self.raw_lists(j).has(List::CurrencyCodes)
        };
        if glued_unit && self.raw(i).ends_with('m') && currency(i + 1) {
            return Some((i + 2, Label::Money));
        }
        if glued_unit {
            return Some((self.per_unit(i + 1), Label::Quantity));
        }
        let a = self.number(i)?;
        if w == "one" && NOT_BEFORE_ONE.contains(&self.w(i.wrapping_sub(1))) {
            return None;
        }
        let j = a.end;
        let next = self.w(j);
        if PERCENT_WORDS.contains(next) {
            return Some((j + 1, Label::Percent));
        }
        if next == "per" && self.w(j + 1) == "cent" {
            return Some((j + 2, Label::Percent));
        }
        if next == "percentage" && POINTS.contains(self.w(j + 1)) {
            return Some((j + 2, Label::Percent));
        }
        if currency(j) {
            let mut end = j + 1;
            if self.w(end) == "sterling" {
                end += 1;
            }
            return Some((end, Label::Money));
        }
        if DOLLAR_COUNTRIES.contains(&next) && DOLLARS.contains(self.w(j + 1)) {
            return Some((j + 2, Label::Money));
        }
        let mut u = j;
        while self.lists(u).has(List::UnitModifiers) && u < j + 2 {
            u += 1;
        }
        if self.lists(u).has(List::Units) && (a.digits || u > j || self.w(u).len() > 2) {
            return Some((self.per_unit(u + 1), Label::Quantity));
        }
        Some((j, Label::Cardinal))
    }

    /// Extends a quantity ending before `j` with a rate: `per hour`, `an hour`, `/h`, `a day`.
    fn per_unit(&self, j: usize) -> usize {
        if RATE_WORDS.contains(&self.w(j))
            && PER_UNITS.contains(&self.w(j + 1))
            && (self.w(j) != "/" || self.glued(j - 1) && self.glued(j))
        {
            return j + 2;
        }
        j
    }

    /// `third`, `21st`.
    fn ordinal(&self, i: usize) -> Option<(usize, Label)> {
        self.is_ordinal(i).then_some((i + 1, Label::Ordinal))
    }

    /// Token `i` is a number word ([`is_number_word`]); a word without a hyphen by its lists.
    fn is_number_word(&self, i: usize) -> bool {
        let w = self.w(i);
        if has_char(w, '-') {
            is_number_word(w)
        } else {
            !w.is_empty() && self.lists(i).has(List::NumberWords)
        }
    }

    /// Token `i` is an ordinal ([`is_ordinal`]).
    fn is_ordinal(&self, i: usize) -> bool {
        self.lists(i).has(List::OrdinalWords) || is_numeric_ordinal(self.w(i))
    }
}

/// Digits with optional thousands commas and one decimal point: `3`, `3.5`, `180,000`.
fn plain_number(w: &str) -> bool {
    starts_by(w, |c| c.is_ascii_digit())
        && all_bytes(w, |b| b.is_ascii_digit() || b == b',' || b == b'.')
        && count_char(w, '.') <= 1
        && !ends_by(w, |c| matches!(c, ',' | '.'))
}

/// A number word or a hyphenated compound of them (`twenty-five`).
fn is_number_word(w: &str) -> bool {
    !w.is_empty() && split_by(w, |c| c == '-').all(|p| Lists::of(p).has(List::NumberWords))
}

/// A number with a glued scale: `20m`, `1.5bn`, `3k`.
fn glued_scale(w: &str) -> bool {
    let digits = trim_end_by(w, |c| c.is_ascii_alphabetic());
    let suffix = tail(w, digits.len());
    plain_number(digits) && Lists::of(suffix).has(List::ScaleSuffixes)
}

/// A number with a glued unit: `40km`, `5kg`, `100m` stays a scale only after a currency sign.
fn glued_quantity(raw: &str) -> bool {
    let digits = trim_end_by(raw, |c| c.is_ascii_alphabetic() || c == '/' || c == '°');
    let suffix = tail(raw, digits.len());
    // A one-letter unit in capitals is a name (`5G`, `3D`), not grams or metres.
    let capital_letter = suffix.len() == 1 && all_char(suffix, |c| c.is_ascii_uppercase());
    plain_number(digits)
        && !suffix.is_empty()
        && !capital_letter
        && Lists::of(&crate::case::lowercase(suffix)).has(List::Units)
}

/// A four-digit year from 1500 to 2099.
fn is_year(w: &str) -> bool {
    w.len() == 4 && parse_u32(w).is_some_and(|y| (1500..=2099).contains(&y))
}

/// `1990s`, `1990’s`, `90s`.
fn is_decade(w: &str) -> bool {
    let d = w
        .strip_suffix('s')
        .map(|d| trim_end_by(d, |c| matches!(c, '\'' | '’')));
    d.is_some_and(|d| {
        (d.len() == 4 && is_year(d) || d.len() == 2 && all_bytes(d, |b| b.is_ascii_digit()))
            && d.ends_with('0')
    })
}

/// `2026-03-03`, `3/3/2026`, `03/03/26`, `2025-26`.
fn is_numeric_date(w: &str) -> bool {
    let parts: Vec<&str> = split_by(w, |c| matches!(c, '-' | '/')).collect_vec();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && all_bytes(p, |b| b.is_ascii_digit()));
    if !all_digits {
        return false;
    }
    let mut len: Vec<usize> = crate::vecs::with_capacity(parts.len());
    for p in &parts {
        crate::vecs::push(&mut len, p.len());
    }
    match len.as_slice() {
        [4, 1..=2, 1..=2] => has_char(w, '-'),
        [1..=2, 1..=2, 2 | 4] => has_char(w, '/'),
        [4, 2] => is_year(crate::vecs::at::<&str>(&parts, 0)) && has_char(w, '-'),
        _ => false,
    }
}

/// `3-5`: a range of days.
fn is_day_range(w: &str) -> bool {
    split_once_by(w, |c| matches!(c, '-' | '–')).is_some_and(|(a, b)| {
        [a, b].iter().all(|p| {
            (1..=2).contains(&p.len()) && parse_u32(p).is_some_and(|d| (1..=31).contains(&d))
        })
    })
}

/// `10:30`, `14:00`, `9:05:30`.
fn is_clock(w: &str) -> bool {
    let parts: Vec<&str> = split_by(w, |c| c == ':').collect_vec();
    (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && parse_u32(parts[0]).is_some_and(|h| h <= 24)
        && parts[1..]
            .iter()
            .all(|p| p.len() == 2 && parse_u32(p).is_some_and(|m| m < 60))
}

/// Hyphenated amounts: `five-year`, `40-year-old`, `first-quarter` (DATE); `2.5-mile`, `10-km`
/// (QUANTITY).
fn hyphen_compound(w: &str) -> Option<Label> {
    if !has_char(w, '-') {
        return None;
    }
    let parts: Vec<&str> = split_by(w, |c| c == '-').collect_vec();
    if parts.len() < 2 || parts.len() > 3 {
        return None;
    }
    let first = *crate::vecs::at(&parts, 0);
    let amount = plain_number(first) || is_number_word(first);
    let unit = *crate::vecs::at(&parts, 1);
    let tail_ok = parts.len() == 2 || AGE_AND_LENGTH.contains(*crate::vecs::at(&parts, 2));
    if amount && tail_ok && Lists::of(unit).has(List::Periods) && !unit.ends_with('s') {
        return Some(Label::Date);
    }
    if is_ordinal(first) && parts.len() == 2 && is_part_of_year(unit) {
        return Some(Label::Date);
    }
    if plain_number(first) && parts.len() == 2 && Lists::of(unit).has(List::Units) {
        return Some(Label::Quantity);
    }
    None
}

/// `8pm`, `10am`, `7.30pm`.
fn glued_meridiem(w: &str) -> bool {
    let Some(t) = w.strip_suffix("am").or_else(|| w.strip_suffix("pm")) else {
        return false;
    };
    let hour = head(t, find_any(t, &['.', ':']).unwrap_or(t.len()));
    !t.is_empty()
        && all_bytes(t, |b| b.is_ascii_digit() || b == b'.' || b == b':')
        && parse_u32(hour).is_some_and(|h| (1..=12).contains(&h))
}

/// `fy2025`, `fy25`.
fn is_fiscal_token(w: &str) -> bool {
    w.strip_prefix("fy")
        .is_some_and(|y| (y.len() == 2 || y.len() == 4) && all_bytes(y, |b| b.is_ascii_digit()))
}

/// `Q1` to `Q4`.
fn is_quarter_token(w: &str) -> bool {
    QUARTERS.contains(w)
}

fn is_ordinal(w: &str) -> bool {
    Lists::of(w).has(List::OrdinalWords) || is_numeric_ordinal(w)
}

/// `1st`, `2nd`, `3rd`, `21st`, `100th`.
fn is_numeric_ordinal(w: &str) -> bool {
    let digits = trim_end_by(w, |c| c.is_ascii_alphabetic());
    let suffix = tail(w, digits.len());
    !digits.is_empty()
        && all_bytes(digits, |b| b.is_ascii_digit())
        && ORDINAL_SUFFIXES.contains(suffix)
}

/// True for `quarter` and `half`, the parts of a year an ordinal names (`third quarter`). Inlined
/// natively; one call in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_part_of_year(w: &str) -> bool {
    PARTS_OF_YEAR.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert!(plain_number("180,000") && plain_number("3.5") && !plain_number("3.5."));
        assert!(is_number_word("twenty-five") && !is_number_word("twenty-fives"));
        assert!(glued_scale("20m") && glued_scale("1.5bn") && !glued_scale("20x"));
        assert!(glued_quantity("40km") && !glued_quantity("40"));
        assert!(glued_quantity("40KM") && !glued_quantity("5G") && glued_quantity("5g"));
        assert!(is_decade("1990s") && !is_decade("90x") && is_decade("90s"));
        assert!(is_numeric_date("2026-03-03") && is_numeric_date("3/3/2026"));
        assert!(!is_numeric_date("1-2") && is_numeric_date("2025-26"));
        assert!(is_clock("10:30") && !is_clock("10:75") && !is_clock("3:1"));
        assert!(is_numeric_ordinal("21st") && !is_numeric_ordinal("21"));
    }
}
