//! Two line-opening shapes of pasted wire copy where the tagger runs a person's name on into the
//! next word: a byline with its dateline on the same line (`By Marta Oliveira LISBON (Reuters) -`,
//! `By Claire Dubois and Ivan Petrenko GENEVA (AP) —`), and a speech verb before the speaker in a
//! headline (`Rates Will Fall Soon, Says Lagarde`); and a byline's role after the reporter's outlet or
//! beat (`By Marisa Okonkwo, AP Basketball Writer`).

use super::{token_range, Candidate, Label};
use crate::text::{all_char, any_char, is_lower, is_upper, Span};
use crate::tokens::{token_at, token_is, token_text, Token};

/// Splits a person's mention (or a name opened by a listed first name) of three words or more,
/// in a byline or anywhere else, whose last word is a listed place in capitals
/// (a dateline's), after title-case words and before `(`, `,` or a dash: the person, then the
/// place.
pub(super) fn split_byline_datelines(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        // The tagger reads the words before a place as the place's too (`Petra Lindqvist
        // GENEVA` as one place): a first name of the lists opens a person's.
        if b < a + 3
            || !(c.label == Label::Person
                || super::super::tagger::listed_run(text, tokens, a, a + 1).first_name)
        {
            continue;
        }
        let last = token_text(text, tokens, b - 1);
        let capitals = last.len() >= 3 && all_char(last, |ch| is_upper(ch) || ch == '-');
        let title = (a..b - 1).all(|k| {
            let w = token_text(text, tokens, k);
            any_char(w, is_upper) && any_char(w, is_lower)
        });
        let dateline = ["(", ",", "—", "-", "–"]
            .iter()
            .any(|mark| token_is(text, tokens, b, mark));
        if capitals
            && title
            && dateline
            && super::super::tagger::listed_run(text, tokens, b - 1, b).place
        {
            let place = token_at(tokens, b - 1).span;
            c.span = Span::new(c.span.start, token_at(tokens, b - 2).span.end);
            c.label = Label::Person;
            add.push(Candidate {
                span: place,
                label: Label::Place,
                ..*c
            });
        }
    }
    super::add_sorted(found, add);
}

/// Takes a title-case speech verb off the start of a mention (`Says McCullum` after a headline's
/// comma): no name opens with one.
pub(super) fn without_opening_says(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b > a + 1 && matches!(token_text(text, tokens, a), "Says" | "SAYS") {
            c.span = Span::new(token_at(tokens, a + 1).span.start, c.span.end);
        }
    }
}

crate::word_list::word_lists! {
    /// A reporter's role, the last word of a byline's title.
    const BYLINE_ROLES = "Writer Correspondent Editor Reporter Columnist Chief Producer Photographer";
    /// Words of a byline's text after the comma that name the reporter's job, not an outlet.
    const BYLINE_JOB_WORDS = "Writer Correspondent Editor Reporter Columnist Chief Producer Photographer \
        Staff Contributor Bureau Desk Critic Analyst Intern Specialist Director Manager";
}

/// Cuts a mention after a byline's comma that ends in a reporter's role (`AP Basketball Writer`)
/// to its longest opening run of words that the lists know (the outlet or a place: `AP`), with
/// their label; drops it when none do (`Kelvar Gazette Bureau Chief`).
pub(super) fn cut_byline_roles(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut cut = false;
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b < a + 2 || !BYLINE_ROLES.has_token(text, tokens, b - 1) || !in_byline(text, c.span) {
            continue;
        }
        let known = (a + 1..b).rev().find_map(|k| {
            let label = crate::entities::tagger::lexicon::known_tokens_run(text, tokens, a, k)
                .or_else(|| {
                    super::super::tagger::listed_run(text, tokens, a, k)
                        .place
                        .then_some(Label::Place)
                })?;
            Some((k, label))
        });
        c.span = match known {
            Some((k, label)) => {
                c.label = label;
                Span::new(c.span.start, token_at(tokens, k - 1).span.end)
            }
            None => Span::new(c.span.start, c.span.start),
        };
        cut = true;
    }
    if cut {
        crate::vecs::retain(found, |c| !c.span.is_empty());
    }
}

/// True when `span` follows a comma on a line that opens with `By ` (a byline) at most 80 bytes
/// before it.
fn in_byline(text: &str, span: Span) -> bool {
    let head = crate::text::head(text, span.start);
    if !head.ends_with(", ") {
        return false;
    }
    let line = match head.bytes().rev().take(80).position(|b| b == b'\n') {
        Some(back) => crate::text::tail(head, head.len() - back),
        None if head.len() <= 80 => head,
        None => return false,
    };
    line.starts_with("By ") || line.starts_with("BY ")
}

/// Each outlet named after a byline's comma up to the line's end (`By Lena Okonjo, KQED`, `By Danny
/// Ferraro, Hartford Courant`, `..., The Big Sky Dispatch/BigSkyNow`: one at each side of a slash)
/// is an organisation, without an opening `The`, whatever the tagger read: a run of one to six
/// capitalised words with no reporter's job among them ([`BYLINE_JOB_WORDS`]), which no list has
/// as a place and which opens with no listed first name (not a second author, `By Jane Doe, Mark
/// Smith`). The self-written sets mark 13 such outlets ORG. `found` is sorted and stays so.
pub(super) fn byline_outlets(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    let mut line_start = 0;
    while line_start < text.len() {
        let rest = crate::text::tail(text, line_start);
        let line_len = crate::text::find_by(rest, |c| c == '\n').unwrap_or(rest.len());
        let line = Span::new(line_start, line_start + line_len);
        line_start = line.end + 1;
        let words = line.slice(text);
        if line_len > 160 || !(words.starts_with("By ") || words.starts_with("BY ")) {
            continue;
        }
        let Some(comma) = words.find(", ") else {
            continue;
        };
        let mut part_start = line.start + comma + 2;
        while part_start < line.end {
            let tail = Span::new(part_start, line.end).slice(text);
            let part_len = crate::text::find_by(tail, |c| c == '/').unwrap_or(tail.len());
            let part = Span::new(part_start, part_start + part_len);
            part_start = part.end + 1;
            if let Some(span) = outlet_span(text, tokens, part) {
                mark_outlet(found, &mut add, part, span);
            }
        }
    }
    if !add.is_empty() {
        crate::vecs::retain(found, |c| !c.span.is_empty());
        super::add_sorted(found, add);
    }
}

/// The outlet in `part` of a byline (see [`byline_outlets`]), its tokens' span without an opening
/// `The`, or `None`.
fn outlet_span(text: &str, tokens: &[Token], part: Span) -> Option<Span> {
    let mut a = crate::text::starting_before(tokens, part.start);
    let b = crate::text::starting_before(tokens, part.end);
    if a < b && token_is(text, tokens, a, "The") {
        a += 1;
    }
    let run = crate::tokens::token_run(tokens, a, b);
    let (first, last) = (run.first()?, run.last()?);
    if run.len() > 6
        || first.span.start < part.start
        || last.span.end > part.end
        || !run.iter().all(|t| {
            let w = t.text(text);
            crate::text::starts_by(w, |c| is_upper(c) || c.is_ascii_digit())
                && !BYLINE_JOB_WORDS.contains(w)
        })
    {
        return None;
    }
    let listed = super::super::tagger::listed_run(text, tokens, a, b);
    let one = super::super::tagger::listed(text, std::slice::from_ref(first));
    if listed.place || one.first_name {
        return None;
    }
    Some(Span::new(first.span.start, last.span.end))
}

/// Makes `span`, the outlet of a byline's `part`, one ORG mention: the mentions inside the part
/// give way (emptied, for the caller to drop), one running across its edge keeps it as it is.
fn mark_outlet(found: &mut [Candidate], add: &mut Vec<Candidate>, part: Span, span: Span) {
    let k = crate::text::ending_by(found, span.start);
    let j = k + crate::text::starting_before(&found[k..], span.end);
    let inside = &mut found[k..j];
    if inside
        .iter()
        .any(|c| c.span.start < part.start || c.span.end > span.end)
    {
        return;
    }
    for c in inside.iter_mut() {
        c.span = Span::new(c.span.start, c.span.start);
    }
    Candidate::push_to(add, span, Label::Org, super::super::Source::Name);
}
