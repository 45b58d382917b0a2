//! A name opened by a quotation mark ends at the mark that closes it: the tagger may run a quoted
//! title on past its closing mark into what follows (`'Frankenstein' for Netflix`) or over a second
//! quoted title (`Nolan's 'The Odyssey' and Sony's 'Spider-Man: Brand New Day'`, one mention), as
//! headlines and captions quote works in single marks. The mention is cut at the closing mark, and
//! a second quotation that the mention ran to its closing mark becomes a mention of its own.

use super::{Candidate, Label};
use crate::text::{
    after_last_by, char_at, char_before, char_indices, ends_by, is_alnum, is_alpha, is_space,
    is_upper, last_char, starts_by, trim_end_by, Span,
};

/// The marks that close a quotation opened by `open`, if `open` opens one.
fn closers(open: char) -> Option<[char; 2]> {
    match open {
        '\'' | '\u{2018}' => Some(['\'', '\u{2019}']),
        '"' | '\u{201c}' => Some(['"', '\u{201d}']),
        _ => None,
    }
}

/// True for a character that may follow a closing quotation mark: a space or a punctuation mark
/// (not a letter, as an apostrophe's `Sony's`).
fn ends_quote(c: Option<char>) -> bool {
    c.is_none_or(|c| is_space(c) || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')'))
}

/// True when a mark of `closing` at byte `at` of `text` closes the quotation: a space or a
/// punctuation mark follows it (past the mark's own bytes: `’` is three), and a single mark after
/// an `s` is no plural's apostrophe (`'Reece James' goal was brilliant'`: another closing mark
/// follows on the line).
fn closes_at(text: &str, at: usize, closing: [char; 2]) -> bool {
    let Some(mark) = char_at(text, at).filter(|c| closing.contains(c)) else {
        return false;
    };
    let after = at + crate::text::char_len(mark);
    if !ends_quote(char_at(text, after)) {
        return false;
    }
    let single = matches!(mark, '\'' | '\u{2019}');
    let plural = single && char_before(text, at).is_some_and(|c| c == 's' || c == 'S');
    // Another closing mark within the next 300 bytes of the line (a bounded look: no text of
    // many such marks is read again at each).
    !plural || {
        let rest = crate::text::tail(text, after);
        !char_indices(rest)
            .take_while(|&(i, c)| i < 300 && c != '\n')
            .any(|(i, c)| {
                closing.contains(&c) && ends_quote(char_at(rest, i + crate::text::char_len(c)))
            })
    }
}

/// The mentions a name `span` of `text` opened by a quotation mark is cut into: none when the
/// quotation does not close inside it.
fn cut(text: &str, span: Span) -> Option<(Span, Option<Span>)> {
    let closing = closers(char_before(text, span.start)?)?;
    let inside = span.slice(text);
    let close = char_indices(inside).find_map(|(i, c)| {
        (i > 0 && closing.contains(&c) && closes_at(text, span.start + i, closing)).then_some(i)
    })?;
    let first = Span::new(span.start, span.start + close);
    // A second quotation in the same marks that the mention ran on to its closing mark.
    let closed_after = closes_at(text, span.end, closing);
    let second = closed_after
        .then(|| {
            // Past the closing mark (a test in the one search, where a `skip_while` before it
            // inlined the search twice in the .wasm).
            char_indices(inside).find_map(|(i, c)| {
                let opens = i > close
                    && matches!(c, '\'' | '\u{2018}' | '"' | '\u{201c}')
                    && closers(c) == Some(closing)
                    && char_before(inside, i).is_some_and(is_space)
                    && char_at(inside, i + crate::text::char_len(c)).is_some_and(is_alnum);
                opens.then(|| Span::new(span.start + i + crate::text::char_len(c), span.end))
            })
        })
        .flatten();
    Some((first, second))
}

/// Cuts each name of `found` opened by a quotation mark at the mark that closes it ([`cut`]).
/// `found` is sorted and disjoint, and stays so.
pub(crate) fn cut_at_closing_quotes(text: &str, found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        if !c.label.is_name() {
            continue;
        }
        if let Some((first, second)) = cut(text, c.span) {
            // What lay between the closing mark and the second quotation (or the mention's end):
            // `and Sony's`, `for Netflix`.
            let mark = char_at(text, first.end).map_or(1, char::len_utf8);
            let gap_end = second.map_or(c.span.end, |s| {
                s.start - char_before(text, s.start).map_or(1, char::len_utf8)
            });
            if first.end + mark < gap_end {
                listed_in_gap(
                    text,
                    Span::new(first.end + mark, gap_end),
                    c.source,
                    &mut add,
                );
            }
            c.span = first;
            if let Some(s) = second {
                crate::vecs::push(&mut add, Candidate { span: s, ..*c });
            }
        }
    }
    crate::entities::drop_empty(found);
    if !add.is_empty() {
        crate::vecs::extend(found, add);
        super::sort_by_start(found);
    }
}

/// The names the lists know among the capitalised words of `gap` of `text`, a stretch that a
/// quoted title's mention ran over and [`cut_at_closing_quotes`] cut off (`'The Odyssey' and Sony's
/// 'Spider-Man'`, `'Frankenstein' for Netflix`): each run of capitalised words that the self-written
/// lists name a person or an organisation, or that the place lists have, is pushed onto `out`.
fn listed_in_gap(text: &str, gap: Span, source: super::Source, out: &mut Vec<Candidate>) {
    let part = gap.slice(text);
    let tokens = crate::tokens::tokenize(part);
    let capital =
        |t: &crate::tokens::Token| t.kind == crate::tokens::TokenKind::Word && t.capitalised(part);
    let mut a = 0;
    while a < tokens.len() {
        if !capital(&tokens[a]) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < tokens.len()
            && capital(&tokens[b])
            && tokens[b - 1].span.end + 1 >= tokens[b].span.start
        {
            b += 1;
        }
        let run = crate::tokens::token_run(&tokens, a, b);
        let label = super::tagger::list_label(part, run).or_else(|| {
            let l = super::tagger::listed(part, run);
            l.place.then_some(Label::Place)
        });
        if let Some(label) = label.filter(|l| l.is_name()) {
            let span = Span::new(
                gap.start + crate::tokens::token_at(run, 0).span.start,
                gap.start + crate::tokens::token_at(run, b - a - 1).span.end,
            );
            Candidate::push_to(out, span, label, source);
        }
        a = b;
    }
}

/// True when `span` of `text` stands whole between matching quotation marks (`'Euphoria'`,
/// `"Sinners"`), not as a nickname inside a name (`Ismael "El Mayo" Zambada`, a capitalised word and
/// a space before the mark).
fn quoted_whole(text: &str, span: Span) -> bool {
    let Some(open) = char_before(text, span.start) else {
        return false;
    };
    let Some(closing) = closers(open) else {
        return false;
    };
    let before = crate::text::head(text, span.start - crate::text::char_len(open));
    let in_name = last_char(before) == Some(' ') && {
        let w = after_last_by(trim_end_by(before, is_space), |c| c == ' ');
        starts_by(w, is_upper) && ends_by(w, is_alpha)
    };
    closes_at(text, span.end, closing) && !in_name
}

/// Labels a person or a place standing whole in quotation marks a work (MISC): the self-written
/// sets, CoNLL-2003 dev and wikigold mark 208 of 212 such quotations MISC (titles of films, songs,
/// shows and albums), where the tagger read a one-word title as a person or a place
/// (`'Euphoria'`, `"Sour"`). Not a place its last word names (`"Kansas City Stadium"`).
pub(crate) fn label_quoted_works(text: &str, found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if !matches!(c.label, Label::Person | Label::Place) || !quoted_whole(text, c.span) {
            continue;
        }
        let s = c.span.slice(text);
        let last = after_last_by(s, |c| c == ' ');
        // Nor a place of the lists in scare quotes (`an almost exclusively white "New York"`).
        let listed = c.label == Label::Place && {
            let tokens = crate::tokens::tokenize(s);
            super::tagger::listed(s, &tokens).place
        };
        if !listed && super::names::label_by_last_word(last) != Some(c.label) {
            c.label = Label::Misc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cut;
    use crate::text::Span;

    fn at(text: &str, s: &str) -> Span {
        let start = text.find(s).unwrap();
        Span::new(start, start + s.len())
    }

    #[test]
    fn a_quoted_name_ends_at_its_closing_mark() {
        let text = "Nolan's 'The Odyssey' and Sony's 'Spider-Man: Brand New Day', both out.";
        let (first, second) = cut(
            text,
            at(text, "The Odyssey' and Sony's 'Spider-Man: Brand New Day"),
        )
        .unwrap();
        assert_eq!(first.slice(text), "The Odyssey");
        assert_eq!(second.unwrap().slice(text), "Spider-Man: Brand New Day");
        let text = "del Toro's 'Frankenstein' for Netflix.";
        let (first, second) = cut(text, at(text, "Frankenstein' for Netflix")).unwrap();
        assert_eq!(first.slice(text), "Frankenstein");
        assert_eq!(second, None);
        // An apostrophe inside, or no quotation mark before: left alone.
        let text = "in 'Angela's Ashes' and Sony's plan";
        assert_eq!(cut(text, at(text, "Angela's Ashes")), None);
        assert_eq!(cut(text, at(text, "Sony")), None);
    }
}
