//! A work's title named right after its kind is one MISC name, function words and all (`the film
//! Lost in Translation`... `the comedy Shaun of the Dead`, `the drama Maria Full of Grace`, `the
//! farming game Salt and Sparrow`), where the tagger cuts it at its lower-case words into pieces of
//! any label (`Shaun` MISC, `Dead` ORG). CoNLL-2003 and wikigold mark a title whole (`Gone with the
//! Wind`).

use super::{add_sorted, Candidate, Label, Source};
use crate::text::{char_at, char_before, find_str, tail, Span};
use crate::tokens::{
    capitalised_at, is_possessive_token, may_start, token_at, token_is, token_text, Token,
    TokenKind,
};
use crate::word_list::ARTICLES;

crate::word_list::word_lists! {
    /// The quotes and sentence marks that close a title's run.
    const TITLE_CLOSERS = "\" \u{201d} ' \u{2019} \u{201c} \u{2018} . ! ?";
    /// Words before a kind that make it a verb (`to film Paris and Berlin`, `they film ...`).
    const VERB_BEFORE = "to will would can could should may might must did do does i we they you he she it who";
    /// Function words that stay inside a title between its capitalised words.
    const INSIDE = "of the a an and to";
    /// Prepositions inside a title only before an article (`Mutiny on the Bounty`, `Christmas with the
    /// Kranks`, [`crate::word_list::ARTICLES`]): `in Birmingham` after a title is where it plays.
    const BEFORE_ARTICLE = "in on at from with for";
    /// Determiners that open a title's appositive (`, a quiet drama`, `, her fourth album`).
    const APPOSITIVE_DETERMINERS = "a an the her his its their";
    /// Kinds of works, in the singular (a plural heads a list: `the albums Brown Sugar and Voodoo`, and
    /// so may `series`), that are no verbs too (not `play`, `show`, `book`, `record`).
    const KINDS = "film movie drama thriller comedy sequel prequel biopic documentary sitcom musical album song \
        novel memoir podcast miniseries opera ballet painting poem ballad anthem";
}

/// The most words a title runs to.
const MAX_WORDS: usize = 10;

/// True when token `k` is a word.
fn is_word(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
}

/// The end (exclusive) of the run of capitalised words from `k`.
fn capitals_end(text: &str, tokens: &[Token], mut k: usize) -> usize {
    while is_word(tokens, k) && capitalised_at(text, tokens, k) {
        k += 1;
    }
    k
}

/// True when the capitalised words `a..b` are a person or a place of the lists, or end in a
/// possessive (`Ray and Mike Leigh's Vera Drake`): no part of the title before them.
fn stops_title(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    is_possessive_token(token_text(text, tokens, b))
        || crate::entities::tagger::listed_run(text, tokens, a, b).place
        || crate::entities::tagger::lexicon::known_tokens_run(text, tokens, a, b)
            == Some(Label::Person)
}

/// The end (exclusive) of the title that starts at token `start`, one space between tokens; `start`
/// when no function word joins two runs of capitalised words there. A `narrow` title (after a
/// person's possessive, with no kind before it) joins over `of`, articles and `to` only: `and` or a
/// preposition there may join two names (`Scorsese's Aviator and Million Dollar Baby`, `Bellini's
/// Norma at the Vienna State Opera`).
fn title_end(text: &str, tokens: &[Token], start: usize, narrow: bool) -> usize {
    let mut end = capitals_end(text, tokens, start);
    let mut joined = false;
    loop {
        let mut k = end;
        // A preposition joins only before an article.
        let mut preposition = false;
        // One function word, or a preposition and its article, then capitals.
        if INSIDE.has_token(text, tokens, k) && !(narrow && token_is(text, tokens, k, "and")) {
            k += 1;
            if !token_is(text, tokens, k - 1, "the") && ARTICLES.has_token(text, tokens, k) {
                k += 1;
            }
        } else if !narrow
            && BEFORE_ARTICLE.has_token(text, tokens, k)
            && ARTICLES.has_token(text, tokens, k + 1)
        {
            k += 2;
            preposition = true;
        } else {
            break;
        }
        let next = capitals_end(text, tokens, k);
        let spaced = (end..next)
            .all(|i| token_at(tokens, i).span.start == token_at(tokens, i - 1).span.end + 1);
        if next == k || !spaced || next - start > MAX_WORDS {
            break;
        }
        let after_and = token_is(text, tokens, end, "and");
        // A capitalised article after `and` opens a second title (`Early Doors and The Alan Clark
        // Diaries`).
        let second = after_and && ARTICLES.has_token_lowercase(text, tokens, k);
        if second || (preposition || after_and) && stops_title(text, tokens, k, next) {
            break;
        }
        end = next;
        joined = true;
    }
    if joined {
        end
    } else {
        start
    }
}

/// Replaces the mentions inside `span` with one MISC mention of it (pushed onto `add`), unless a
/// mention runs out of it or `add` has it already.
fn replace(found: &mut Vec<Candidate>, add: &mut Vec<Candidate>, span: Span) {
    let inside = |c: &Candidate| c.span.start < span.end && span.start < c.span.end;
    if add.iter().any(inside)
        || found
            .iter()
            .any(|c| inside(c) && (c.span.start < span.start || c.span.end > span.end))
    {
        return;
    }
    crate::vecs::retain(found, |c| !inside(c));
    Candidate::push_to(add, span, Label::Misc, Source::Name);
}

/// Adds to `add` as MISC a title of one to four capitalised words from token `a`, right after its
/// kind, that no mention of `found` touches and no list knows (`the horror film Weapons`, `the film
/// Flow`: the tagger reads a common word in title case as none of its names). Not a function word
/// (`the film I have seen`).
fn unread_title(
    text: &str,
    tokens: &[Token],
    found: &[Candidate],
    add: &mut Vec<Candidate>,
    a: usize,
) {
    let b = capitals_end(text, tokens, a);
    if b == a || b > a + 4 {
        return;
    }
    let span = Span::new(
        token_at(tokens, a).span.start,
        token_at(tokens, b - 1).span.end,
    );
    let low = crate::case::lowercase(token_text(text, tokens, a));
    let touched = |c: &Candidate| c.span.start < span.end && span.start < c.span.end;
    if crate::stopwords::is_stopword(&low)
        || found.iter().any(touched)
        || add.iter().any(touched)
        || crate::entities::tagger::list_label_run(text, tokens, a, b).is_some()
        || crate::entities::tagger::listed_run(text, tokens, a, b) != Default::default()
    {
        return;
    }
    Candidate::push_to(add, span, Label::Misc, Source::Name);
}

/// True when token `i` is the possessive of a mention of `found` that reads as a first name and a
/// surname (`Kiran Desai's The
/// Loneliness of Sonia and Sunny`): what follows is what that person made.
fn made_by_person(text: &str, tokens: &[Token], found: &[Candidate], i: usize) -> bool {
    i > 0
        && is_possessive_token(token_text(text, tokens, i))
        && found.iter().any(|c| {
            // Any label: the tagger may read a person unknown to it as anything, and the
            // consistency stage comes later.
            c.span.end == token_at(tokens, i - 1).span.end
                && crate::entities::consistency::first_and_surname(c.span.slice(text))
        })
}

/// The end (exclusive) of a quoted title opened by the quotation mark at token `i` when its comma,
/// inside the quotation, brings an appositive of its kind ([`KINDS`]) after a determiner and at
/// most three other words (`"Nachtfalter," a quiet drama about`, `"Lux," her fourth album`).
fn quoted_before_kind(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !crate::word_list::OPENING_DOUBLE_QUOTES.has_token(text, tokens, i) {
        return None;
    }
    let run = capitals_end(text, tokens, i + 1);
    let end = title_end(text, tokens, i + 1, false).max(run);
    let closes = token_is(text, tokens, end, ",")
        && closes_quote(text, tokens, end + 1)
        && APPOSITIVE_DETERMINERS.has_token(text, tokens, end + 2);
    (end > i + 1
        && closes
        && (end + 3..end + 7).any(|k| {
            KINDS.has_token(text, tokens, k)
                && (end + 3..k).all(|j| {
                    tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number)
                        || is_word(tokens, j) && !capitalised_at(text, tokens, j)
                })
        }))
    .then_some(end)
}

/// True when token `k` is a closing double quotation mark (`"` or `”`). Inlined natively; one call
/// in the .wasm, where each of its three uses inlined the comparisons.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn closes_quote(text: &str, tokens: &[Token], k: usize) -> bool {
    crate::word_list::CLOSING_DOUBLE_QUOTES.has_token(text, tokens, k)
}

/// The end (exclusive) of a title in quotation marks opened at token `i` whose capitalised words a
/// function word joins (`"The House on Vali Street,"`, `"Harry Potter and the Deathly Hallows"`),
/// where the tagger cuts it into pieces: the marks hold it whole, its comma inside them or not.
fn quoted_title(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !crate::word_list::OPENING_DOUBLE_QUOTES.has_token(text, tokens, i) {
        return None;
    }
    let closing = |k: usize| closes_quote(text, tokens, k);
    let joined =
        |a: usize, b: usize| token_at(tokens, a).span.end == token_at(tokens, b).span.start;
    // Capitalised words and function words, one space apart, a capitalised word first and last.
    let (mut k, mut small) = (i + 1, false);
    while is_word(tokens, k) && k - i <= MAX_WORDS {
        if !capitalised_at(text, tokens, k) {
            if !(INSIDE.has_token(text, tokens, k) || BEFORE_ARTICLE.has_token(text, tokens, k)) {
                return None;
            }
            small = true;
        }
        if k > i + 1 && token_at(tokens, k).span.start != token_at(tokens, k - 1).span.end + 1 {
            return None;
        }
        k += 1;
    }
    let closes = (closing(k) || token_is(text, tokens, k, ",") && closing(k + 1))
        && joined(k - 1, k)
        && joined(i, i + 1)
        && capitalised_at(text, tokens, k - 1);
    // Not two places joined by `and` (`"Israel and the United States,"`, an answer quoted).
    let places = (i + 2..k)
        .find(|&j| token_is(text, tokens, j, "and"))
        .is_some_and(|j| {
            let after = j + 1 + usize::from(token_is(text, tokens, j + 1, "the"));
            crate::entities::tagger::listed_run(text, tokens, i + 1, j).place
                && crate::entities::tagger::listed_run(text, tokens, after, k).place
        });
    (small && closes && !places).then_some(k)
}

/// The end (exclusive) of what the quotation mark at token `i` opens when a year in brackets
/// follows it (`"Titanic" (1997)`, `"The Glass Bottom Boat" ( 1966 )`): a work, as CoNLL-2003,
/// WikiNEuRal, wikigold and the self-written sets mark 220 of 222 such quotations. At most ten
/// tokens, the first capitalised, no other quotation mark inside.
fn quoted_before_year(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !crate::word_list::OPENING_QUOTES.has_token(text, tokens, i)
        || !capitalised_at(text, tokens, i + 1)
    {
        return None;
    }
    let close =
        (i + 2..(i + 12).min(tokens.len())).find(|&k| TITLE_CLOSERS.has_token(text, tokens, k))?;
    if !crate::word_list::CLOSING_QUOTES.has_token(text, tokens, close) {
        return None;
    }
    let k = close + 1 + usize::from(token_is(text, tokens, close + 1, ","));
    let year = token_text(text, tokens, k + 1);
    let is_year =
        year.len() == 4 && (year.starts_with("19") || year.starts_with("20")) && all_digits(year);
    (token_is(text, tokens, k, "(") && is_year && token_is(text, tokens, k + 2, ")"))
        .then_some(close)
}

/// True when `w` is made of ASCII digits only.
fn all_digits(w: &str) -> bool {
    crate::text::all_bytes(w, |b| b.is_ascii_digit())
}

/// True for a first byte of an opening quotation mark ([`crate::word_list::OPENING_QUOTES`], which
/// holds the double ones too): `"`, `'`, or the lead byte of a curly one.
fn may_open_quote(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xE2)
}

/// Makes each title after one of [`KINDS`] or a person's possessive one MISC mention, in place of the mentions inside it
/// (not where a mention runs out of it), and so the title's other occurrences in the text, written
/// the same (`the thriller Hide and Seek` ... `In Hide and Seek, De Niro plays`).
pub(super) fn join_titles(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    let mut titles: Vec<Span> = Vec::new();
    for i in 0..tokens.len() {
        // The cheap test first: most tokens have no capitalised word after them.
        if !capitalised_at(text, tokens, i + 1) {
            continue;
        }
        // Natively a quotation mark's first byte before the three look-ups of one.
        let quoted = if may_start(text, tokens, i, may_open_quote) {
            quoted_before_kind(text, tokens, i)
                .or_else(|| quoted_title(text, tokens, i))
                .or_else(|| quoted_before_year(text, tokens, i))
        } else {
            None
        };
        if let Some(end) = quoted {
            let span = Span::new(
                token_at(tokens, i + 1).span.start,
                token_at(tokens, end - 1).span.end,
            );
            replace(found, &mut add, span);
            titles.push(span);
            continue;
        }
        let kind = may_start(text, tokens, i, |b| b.is_ascii_lowercase())
            && KINDS.has_token(text, tokens, i)
            && !(i > 0 && VERB_BEFORE.has_token_lowercase(text, tokens, i - 1));
        if !kind && !made_by_person(text, tokens, found, i) {
            continue;
        }
        let end = title_end(text, tokens, i + 1, !kind);
        if end == i + 1 {
            if kind {
                unread_title(text, tokens, found, &mut add, i + 1);
            }
            continue;
        }
        let span = Span::new(
            token_at(tokens, i + 1).span.start,
            token_at(tokens, end - 1).span.end,
        );
        replace(found, &mut add, span);
        titles.push(span);
    }
    for t in titles {
        let title = t.slice(text);
        let mut from = 0;
        while let Some(k) = find_str(tail(text, from), title) {
            let span = Span::new(from + k, from + k + title.len());
            from = span.end;
            // Whole words only.
            let before = char_before(text, span.start);
            let after = char_at(text, span.end);
            if span != t
                && !before.is_some_and(crate::text::is_alnum)
                && !after.is_some_and(crate::text::is_alnum)
            {
                replace(found, &mut add, span);
            }
        }
    }
    add_sorted(found, add);
}

#[cfg(test)]
mod tests {
    use crate::entities::Label;
    use crate::text::Span;

    /// [`super::join_titles`]' first-byte tests hold for every opening quotation mark and kind.
    #[test]
    fn first_byte_tests_hold_for_quotes_and_kinds() {
        for list in [
            crate::word_list::OPENING_QUOTES,
            crate::word_list::OPENING_DOUBLE_QUOTES,
        ] {
            assert!(list.iter().all(|w| super::may_open_quote(w.as_bytes()[0])));
        }
        assert!(super::KINDS
            .iter()
            .all(|w| w.as_bytes()[0].is_ascii_lowercase()));
    }

    fn names(text: &str) -> Vec<(String, Label)> {
        let toks = crate::tokens::tokenize(text);
        let sents: Vec<Span> = crate::sentences::sentences(text).collect();
        let forms = crate::tokens::Forms::new(text, &toks);
        crate::entities::names::find(text, &toks, &forms, &sents)
            .iter()
            .map(|c| (c.span.slice(text).to_string(), c.label))
            .collect()
    }

    #[test]
    fn titles_after_their_kind_are_whole() {
        let found =
            names("They watched the comedy Shaun of the Dead and the film Mutiny on the Bounty.");
        assert!(
            found.contains(&("Shaun of the Dead".to_string(), Label::Misc)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Mutiny on the Bounty".to_string(), Label::Misc)),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_or_a_possessive_ends_a_title() {
        let found = names("The film The Sea Inside from Spain won, as did the biopic Ray and Mike Leigh's Vera Drake.");
        assert!(
            !found
                .iter()
                .any(|(s, _)| s.contains("Spain") && s.contains("Sea")),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(s, _)| s.contains("Ray and")),
            "{found:?}"
        );
    }
}
