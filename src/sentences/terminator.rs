//! Decisions at terminators: `.`, `!`, `?`, `…`, the CJK full-width marks and the terminators of
//! other scripts. Looks back at the word before (abbreviation, initial, list marker, number) and ahead
//! at the next word (its case, whether it commonly opens a sentence) through closing and opening
//! quotes and brackets.

use super::cursor::{
    char_at, char_before, floor_boundary, prev_word, skip_ws, token_end, token_start, word_start,
    MAX_TOKEN, MAX_WORD,
};
use super::lexicon::{
    is_bullet, is_closer, is_continuation_punct, is_emoji_run, is_emoticon, is_exclamatory_name,
    is_fullwidth_terminator, is_invisible, is_name_continuation, is_opener, is_sentence_opener,
    is_speech_verb, is_terminator, is_time_word, reference_marks_len,
};
use super::lists;
use super::scanner::{Decision, Scanner};
use crate::abbreviations::{abbreviation_kind, AbbreviationKind};
use crate::text::{
    after_last_by, all_bytes, all_char, any_bytes, any_char, char_count, char_indices, chars,
    ends_by, eq_ignore_case, find_by, first_char, has_char, head, is_alnum, is_alpha, is_lower,
    is_space, is_upper, rfind_by, split_char, starts_by, tail, trim_end_by, trim_start_by,
    upper_then_lower, upper_with_lower, words, Span,
};
use crate::vecs::at;

impl<'a> Scanner<'a> {
    /// `。`, `！`, `？`: the sentence ends after them and any closing quotes, with or without a space.
    pub(super) fn fullwidth(&self, i: usize) -> Decision {
        let mut j = i;
        while let Some(c) = char_at(self.text, j) {
            if is_fullwidth_terminator(c) || is_terminator(c) || is_closer(c) {
                j += crate::text::char_len(c);
            } else {
                break;
            }
        }
        match char_at(self.text, j) {
            None => Decision::Skip(j),
            Some(c) if is_continuation_punct(c) => Decision::Skip(j),
            Some(_) => Decision::Split {
                end: j,
                resume: skip_ws(self.text, j),
            },
        }
    }

    /// `.`, `!`, `?`, `…` and the other space-separated terminators.
    pub(super) fn terminator(&self, i: usize, first: char) -> Decision {
        let text = self.text;
        let b = self.bytes;
        // 1. The run of terminators.
        let mut j = i;
        let (mut dots, mut marks, mut ellipsis) = (0usize, 0usize, false);
        while let Some(c) = char_at(text, j) {
            match c {
                '.' => dots += 1,
                '…' => ellipsis = true,
                c if is_terminator(c) => marks += 1,
                _ => break,
            }
            j += crate::text::char_len(c);
        }
        let mut run = if marks > 0 {
            Run::Mark
        } else if ellipsis || dots == 2 || dots == 3 {
            Run::Ellipsis
        } else if dots >= 4 {
            Run::LongEllipsis
        } else {
            Run::Period
        };
        // Spaced ellipsis: `. . .` (a fourth dot ends the sentence).
        if first == '.' && marks == 0 && !ellipsis {
            let (mut m, mut count, mut groups) = (j, dots, 1);
            while m + 1 < b.len() && *at(b, m) == b' ' && b[m + 1] == b'.' {
                m += 1;
                groups += 1;
                while m < b.len() && b[m] == b'.' {
                    count += 1;
                    m += 1;
                }
            }
            if count >= 3 && m > j {
                // `word. . . . Next` is spaced; `word. ... Next` is a period and then an ellipsis
                // that trails the same sentence.
                let attached =
                    char_before(text, i).is_some_and(|c| !is_space(c)) && groups == count;
                run = Run::Spaced { count, attached };
                j = m;
            }
        }
        let run_end = j;
        // 2. Closing quotes and brackets (and any terminators among them).
        let mut closed = false;
        while let Some(c) = char_at(text, j) {
            // An opening curly quote typed where the closing one belongs (`decision.“ However`)
            // still closes when a space follows it.
            let mistyped = matches!(c, '“' | '‘')
                && char_at(text, j + crate::text::char_len(c)).is_none_or(is_space);
            if is_closer(c) || mistyped {
                closed = true;
            } else if is_invisible(c) {
                // Direction marks and zero-width characters stay with the sentence they follow.
            } else if !(is_terminator(c) && closed) {
                break;
            }
            j += crate::text::char_len(c);
        }
        // Reference marks attached to the terminator (`disputed.[12][13] Next`).
        let refs = reference_marks_len(tail(text, j));
        if refs > 0 && char_at(text, j + refs).is_none_or(is_space) {
            j += refs;
        }
        let Some(after) = char_at(text, j) else {
            return Decision::Skip(j);
        };
        // 3. No whitespace after: only clear run-together sentences split.
        if !is_space(after) {
            let split = !closed
                && match run {
                    Run::Period => self.run_together_period(i, j),
                    Run::Mark => {
                        Span::new(i, run_end).slice(text).ends_with('?')
                            && self.run_together_question(i, j)
                    }
                    Run::LongEllipsis => {
                        is_upper(after)
                            && char_at(text, j + crate::text::char_len(after)).is_some_and(is_lower)
                    }
                    _ => false,
                };
            return if split {
                Decision::Split { end: j, resume: j }
            } else {
                Decision::Skip(run_end.max(i + 1))
            };
        }
        // 4. Whitespace, then the next word.
        let k = skip_ws(text, j);
        if k >= b.len() {
            return Decision::Skip(k);
        }
        // An emoticon right after the terminator (`! :D`) belongs to this sentence; decide on what
        // follows it.
        let (j, k) = match emoticon_len(text, k) {
            Some(n) if !has_char(Span::new(j, k).slice(text), '\n') => {
                let k2 = skip_ws(text, k + n);
                if k2 >= b.len() {
                    return Decision::Skip(k2);
                }
                (k + n, k2)
            }
            _ => (j, k),
        };
        let next = Next::at(text, k);
        if closed
            && next.class == Class::Upper
            && !is_sentence_opener(next.word)
            && speech_verb_follows(text, k)
        {
            // `"Stop!" Smith shouted.`: the quotation is the object of the attribution after it.
            return Decision::Skip(run_end.max(i + 1));
        }
        let split = match run {
            Run::Period => self.after_period(i, closed, &next),
            Run::Mark => self.after_mark(i, run_end, closed, &next),
            Run::Ellipsis => next.class == Class::Upper && is_sentence_opener(next.word),
            Run::LongEllipsis => matches!(next.class, Class::Upper | Class::Digit),
            Run::Spaced { count, attached } => {
                if count >= 4 && matches!(next.class, Class::Upper | Class::Digit) {
                    if attached {
                        // `word. . . . Next`: the period ends the sentence, the ellipsis opens the next.
                        return Decision::Split {
                            end: i + 1,
                            resume: run_end,
                        };
                    }
                    true
                } else {
                    false
                }
            }
        };
        if !split {
            return Decision::Skip(run_end.max(i + 1));
        }
        // 5. Emoticons and reference marks stay with the sentence before them.
        let mut end = j;
        let mut k = k;
        let same_line = !has_char(Span::new(j, k).slice(text), '\n');
        if same_line {
            loop {
                let rest = tail(text, k);
                let refs = reference_marks_len(rest);
                let take = if refs > 0 {
                    refs
                } else if let Some(n) = emoticon_len(text, k) {
                    n
                } else {
                    break;
                };
                end = k + take;
                k = skip_ws(text, end);
                if k >= b.len() || has_char(Span::new(end, k).slice(text), '\n') {
                    break;
                }
            }
        }
        Decision::Split { end, resume: end }
    }

    /// Decides after a single period followed by whitespace.
    fn after_period(&self, i: usize, closed: bool, next: &Next) -> bool {
        let text = self.text;
        let w_start = word_start(text, i).max(self.start);
        let w = Span::new(w_start, i).slice(text);
        if w.is_empty() {
            // A period after a space (`friendly . and`): judge by the word before.
            return !closed && self.ordinary_word(self.word_or_previous(i), next);
        }
        // An item marker opening the sentence (`1. The first item`, `1.) The first item`).
        if lists::is_marker_word(w) && self.only_bullets_before(w_start) {
            return false;
        }
        // An item marker inside a sentence (`the rankings are: 1. Norway 8.62 2. England 8.61`).
        if !closed
            && next.class == Class::Upper
            && lists::in_inline_list(self.text, self.start, w_start, w)
        {
            return false;
        }
        if closed {
            // `word."` ends an inner sentence unless the sentence goes on in lower case (`he said`).
            return matches!(next.class, Class::Upper | Class::Digit | Class::Other);
        }
        let bare = trim_start_by(w, is_bullet);
        // An abbreviation joined to a word by a hyphen or a dash (`Minneapolis–St. Paul`).
        let tail = after_last_by(bare, |c| matches!(c, '-' | '\u{2013}' | '\u{2014}'));
        let bare = if tail.len() < bare.len() && abbreviation_kind(tail).is_some() {
            tail
        } else {
            bare
        };
        let kind = abbreviation_kind(bare);
        let mut letters = chars(bare);
        let single = match (letters.next(), letters.next()) {
            (Some(c), None) if is_alpha(c) => Some(c),
            _ => None,
        };
        match (kind, single) {
            (Some(AbbreviationKind::Title), _) => return false,
            (Some(AbbreviationKind::Number), _) if next.class == Class::Digit => return false,
            (Some(AbbreviationKind::Number), None) => return self.ordinary_word(bare, next),
            _ => {}
        }
        if let Some(c) = single {
            // An initial (`J. R. R. Tolkien`, `Jonas E. Smith`) or the pronoun `I`.
            let prev = prev_word(text, w_start);
            let prev_lower = starts_by(prev, |p| is_lower(p) || !is_alpha(p));
            // After a comma or semicolon the letter opens a name in a list (`V. Drakes 52; I. Austin
            // 4-37; P. Such 8-118`, as scorecards print them).
            let in_list = ends_by(prev, |c| matches!(c, ',' | ';'));
            // Like the pronoun `I`, the platform `X` after `on` or `via` is an ordinary word (`in a
            // post on X. Lula, who ...`), not an initial.
            if (c == 'I' && prev_lower && !prev.is_empty()
                || c == 'X' && super::lexicon::BEFORE_PLATFORM_X.contains(prev))
                && !in_list
            {
                return self.ordinary_word(bare, next);
            }
            // `vitamin C. The`, `Queen Elizabeth I. She`: an opener after the letter starts a new
            // sentence, unless it is itself an initial (`J. A. Smith`).
            let next_is_initial = char_count(next.word) == 1 && next.after_word == Some('.');
            return is_upper(c)
                && next.class == Class::Upper
                && is_sentence_opener(next.word)
                && !next_is_initial
                && !in_list;
        }
        if bare == "etc" {
            // `etc.` ends a sentence before any capitalised word.
            return matches!(next.class, Class::Upper | Class::Digit | Class::Other);
        }
        if eq_ignore_case(bare.as_bytes(), b"a.m") || eq_ignore_case(bare.as_bytes(), b"p.m") {
            // `... until 6 a.m. Ferries were cancelled`: after a clock time, a capitalised word starts
            // a new sentence unless it continues the time (`5 p.m. Monday`, `9 a.m. EST`).
            return next.class == Class::Upper
                && !is_time_word(next.word)
                && self.words_before(w_start) >= 3;
        }
        if kind.is_some() || is_dotted(bare) {
            return match next.class {
                Class::Upper => {
                    self.words_before(w_start) >= 3
                        && (is_sentence_opener(next.word)
                            || (self.closes_name(w_start, bare, kind)
                                && next.possessive.is_some_and(starts_name)))
                }
                _ => false,
            };
        }
        self.ordinary_word(bare, next)
    }

    /// After an ordinary word and a period: a boundary unless the next word continues in lower case.
    /// A lower-case word after a lower-case one still starts a sentence (informal text: `oh. my bad.`).
    fn ordinary_word(&self, w: &str, next: &Next) -> bool {
        if w == "in" && next.class == Class::Lower {
            // `10 in. tall`: inches after a number.
            return false;
        }
        match next.class {
            Class::Upper | Class::Digit | Class::Other => true,
            Class::Continuation => false,
            Class::Lower if next.bracket => true,
            Class::Lower => {
                let mut cs = chars(w);
                let first = cs.next();
                if w.len() >= 2 && all_bytes(w, |c| c.is_ascii_digit()) {
                    return true;
                }
                let wordlike =
                    crate::text::all_char(w, |c| is_alpha(c) || matches!(c, '\'' | '’' | '&'));
                let n = char_count(w);
                wordlike
                    && match first {
                        Some(c) if is_lower(c) => n >= 2,
                        // A capitalised word long enough not to be an unlisted abbreviation.
                        Some(c) if is_upper(c) => n >= 5 && cs.any(is_lower),
                        _ => false,
                    }
            }
        }
    }

    /// True when the abbreviation `bare` (starting at `w_start`) closes a name or a noun phrase, so
    /// that a new name after it starts a new sentence: an upper-case dotted abbreviation after `the`
    /// (`in the U.S.`, `the E.U.`; not initials, `J.R.R. Tolkien`), or a `final` one after a name or
    /// `&` (`Acme Inc.`, `Pitt & Co.`, `Carl Weber Jr.`; not `in Co. Kerry`).
    fn closes_name(&self, w_start: usize, bare: &str, kind: Option<AbbreviationKind>) -> bool {
        let prev = prev_word(self.text, w_start);
        if is_dotted(bare) && !any_char(bare, is_lower) {
            return eq_ignore_case(prev.as_bytes(), b"the");
        }
        kind == Some(AbbreviationKind::Final) && (prev == "&" || starts_by(prev, is_upper))
    }

    /// The word ending at `i`, or the one before it when a space separates it from the terminator
    /// (`friendly . and`).
    fn word_or_previous(&self, i: usize) -> &'a str {
        let s = word_start(self.text, i);
        if s < i {
            Span::new(s, i).slice(self.text)
        } else {
            prev_word(self.text, i)
        }
    }

    /// Decides after `!`, `?` and mixed runs followed by whitespace.
    fn after_mark(&self, i: usize, run_end: usize, closed: bool, next: &Next) -> bool {
        match next.class {
            Class::Continuation => false,
            Class::Lower => {
                // `bet? really ...` and `ASAP!!! esp ...` start a new sentence; `Yahoo! in ...` and
                // `"Why?" he asked` do not.
                let w = self.word_or_previous(i);
                let capitalised = upper_with_lower(w);
                !closed && any_char(w, is_alpha) && !capitalised
            }
            Class::Upper => {
                let w = Span::new(word_start(self.text, i), i).slice(self.text);
                closed
                    || Span::new(i, run_end).slice(self.text) != "!"
                    || !is_exclamatory_name(w)
                    || is_sentence_opener(next.word)
            }
            Class::Digit | Class::Other => true,
        }
    }

    /// `world.Today`, `1,000.That`: a period between a lower-case word (or a number) and a capitalised
    /// word, outside URLs and e-mail addresses.
    fn run_together_period(&self, i: usize, j: usize) -> bool {
        if j != i + 1 {
            return false;
        }
        let text = self.text;
        let from = floor_boundary(text, i.saturating_sub(MAX_WORD));
        let before = Span::new(from, i).slice(text);
        let word: &str = {
            let s = rfind_by(before, |c| !(is_alnum(c) || c == ',')).map_or(0, |p| {
                p + char_at(before, p).map_or(1, crate::text::char_len)
            });
            tail(before, s)
        };
        let mut rev = chars(word).rev();
        let word_ok = match (rev.next(), rev.next()) {
            (Some(a), Some(b)) => {
                (is_lower(a) && is_lower(b)) || all_char(word, |c| c.is_ascii_digit() || c == ',')
            }
            _ => false,
        };
        if !word_ok || abbreviation_kind(word).is_some() {
            return false;
        }
        let rest = tail(text, j);
        let mut cs = char_indices(rest);
        if !cs.next().is_some_and(|(_, c)| is_upper(c)) {
            return false;
        }
        let word_end = find_by(rest, |c| !is_alpha(c)).unwrap_or(rest.len());
        let word = head(rest, word_end);
        // The word opens with that capital (a capital is a letter): every later char in lower
        // case, through text::upper_then_lower (`skip` and `all` brought the adapters' loops).
        if char_count(word) < 2 || !upper_then_lower(word) {
            return false;
        }
        let after = tail(rest, word_end);
        if after.starts_with('.') && char_at(after, 1).is_some_and(is_alnum) {
            return false;
        }
        let word_ends = after.is_empty() || starts_by(after, |c| is_space(c) || c == '.');
        if !word_ends && !is_sentence_opener(word) {
            return false;
        }
        !self.in_url(i)
    }

    /// `bad?what`: a question mark between two words, outside URLs.
    fn run_together_question(&self, i: usize, j: usize) -> bool {
        char_before(self.text, i).is_some_and(is_alpha)
            && char_at(self.text, j).is_some_and(is_alpha)
            && !self.in_url(i)
    }

    /// True when the whitespace-delimited token around `i` looks like a URL, path or e-mail address.
    fn in_url(&self, i: usize) -> bool {
        let text = self.text;
        let s = token_start(text, i, MAX_WORD);
        let e = token_end(text, i, MAX_WORD);
        let token = Span::new(s, e).slice(text);
        token.starts_with("www.") || any_bytes(token, |c| matches!(c, b'/' | b'@' | b'='))
    }

    /// True when only whitespace and bullets stand between the sentence start and `at`.
    fn only_bullets_before(&self, at: usize) -> bool {
        crate::text::all_char(Span::new(self.start, at).slice(self.text), |c| {
            is_space(c) || is_bullet(c)
        })
    }

    /// How many words (up to 3) the current sentence has before `at`.
    fn words_before(&self, at: usize) -> usize {
        let to = floor_boundary(self.text, at.min(self.start + MAX_TOKEN));
        words(Span::new(self.start, to).slice(self.text))
            .take(3)
            .count()
    }
}

/// The kind of terminator run.
#[derive(Clone, Copy)]
enum Run {
    /// One period.
    Period,
    /// `!`, `?` or a mix with other terminators.
    Mark,
    /// `..`, `...` or `…`.
    Ellipsis,
    /// Four or more periods.
    LongEllipsis,
    /// `. . .` with spaces; `attached` when the first dot touches the word before.
    Spaced { count: usize, attached: bool },
}

/// What the next word looks like.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a capital or a letter of a caseless script.
    Upper,
    Digit,
    /// Punctuation that cannot start a sentence (`,`, `;`, `)`).
    Continuation,
    /// Anything else (symbols, dashes).
    Other,
}

/// The next word after a possible boundary, looked at through any opening quotes and brackets.
struct Next<'a> {
    class: Class,
    /// The word's letters (with apostrophes), as written.
    word: &'a str,
    /// True when it opens with `(` or `[`.
    bracket: bool,
    /// The char right after `word`.
    after_word: Option<char>,
    /// When the word is a possessive (`Rubio's`, `Rubio’s`), the word without its `'s`.
    possessive: Option<&'a str>,
}

impl<'a> Next<'a> {
    fn at(text: &'a str, k: usize) -> Self {
        let rest = tail(text, k);
        let first = first_char(rest).unwrap_or(' ');
        if is_continuation_punct(first) || is_terminator(first) {
            return Next {
                class: Class::Continuation,
                word: "",
                bracket: false,
                after_word: None,
                possessive: None,
            };
        }
        if matches!(first, '-' | '–' | '—') {
            let after = trim_start_by(
                trim_start_by(rest, |c| matches!(c, '-' | '–' | '—')),
                is_space,
            );
            if starts_by(after, is_lower) {
                return Next {
                    class: Class::Continuation,
                    word: "",
                    bracket: false,
                    after_word: None,
                    possessive: None,
                };
            }
        }
        if rest.len() <= MAX_WORD && !any_char(rest, is_space) && !any_char(rest, is_alnum) {
            // Trailing decoration (`=-----`) stays with the last sentence.
            return Next {
                class: Class::Continuation,
                word: "",
                bracket: false,
                after_word: None,
                possessive: None,
            };
        }
        let mut start = 0;
        for (n, c) in char_indices(rest).take(4) {
            if is_opener(c) {
                start = n + crate::text::char_len(c);
            } else {
                break;
            }
        }
        let body = tail(rest, start);
        let lead = first_char(body).unwrap_or(' ');
        let class = if is_lower(lead) {
            Class::Lower
        } else if is_upper(lead) || is_alpha(lead) {
            Class::Upper
        } else if lead.is_numeric() {
            Class::Digit
        } else {
            Class::Other
        };
        let end = find_by(body, |c| !(is_alpha(c) || c == '\'')).unwrap_or(body.len());
        let word = head(body, end);
        let after = tail(body, end);
        let possessive = if let Some(stem) = word.strip_suffix("'s") {
            Some(stem)
        } else if after.starts_with("’s") && !char_at(after, "’s".len()).is_some_and(is_alnum) {
            Some(word)
        } else {
            None
        };
        Next {
            class,
            word,
            bracket: matches!(first, '(' | '['),
            after_word: first_char(after),
            possessive,
        }
    }
}

/// True when `stem`, the word of a possessive after an abbreviation that closes a name, names someone
/// or something new (`Rubio` in `the U.S. Rubio's visit`): capitalised, not an acronym (`FDA's`) and
/// not a noun that continues the name (`the U.S. Army's`).
fn starts_name(stem: &str) -> bool {
    upper_with_lower(stem) && !is_name_continuation(stem)
}

/// True when one or two capitalised words at `k` are followed by a verb of saying (`Smith said`,
/// `Tim Cook told`).
fn speech_verb_follows(text: &str, k: usize) -> bool {
    let to = floor_boundary(text, (k + 80).min(text.len()));
    let mut words = crate::text::words(Span::new(k, to).slice(text));
    for _ in 0..2 {
        let Some(w) = words.next() else { return false };
        if !starts_by(w, is_upper) || !all_char(w, is_alpha) {
            return false;
        }
        let Some(verb) = words.clone().next() else {
            return false;
        };
        let verb = trim_end_by(verb, |c| !is_alpha(c));
        if is_speech_verb(verb) {
            return true;
        }
    }
    false
}

/// The length of the emoticon token at `k` (followed by whitespace or the end), if there is one.
fn emoticon_len(text: &str, k: usize) -> Option<usize> {
    let n = token_end(text, k, 32) - k;
    let token = Span::new(k, k + n).slice(text);
    (is_emoticon(token) || is_emoji_run(token)).then_some(n)
}

/// True for dotted abbreviations: letters in groups of one to three joined by periods (`U.S`, `a.m`,
/// `Ph.D`, `e.g`).
fn is_dotted(w: &str) -> bool {
    has_char(w, '.')
        && split_char(w, '.').all(|seg| {
            let n = char_count(seg);
            (1..=3).contains(&n) && all_char(seg, is_alpha)
        })
}
