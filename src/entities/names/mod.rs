//! The name recogniser: PERSON, ORG, PLACE and MISC mentions.
//!
//! Names come from the learned tagger ([`super::tagger`]: an averaged perceptron over BILOU tags with
//! Viterbi decoding, trained on CoNLL-2003). This module is the stage's entry point, so that the rest of
//! the pipeline does not depend on how names are found.

use std::sync::OnceLock;

use super::gazetteer::Gazetteer;
use super::groups::is_title;
use super::{Candidate, Label, Source};
use crate::case::lowercase;
use crate::text::{
    after_last_by, all_bytes, all_char, any_bytes, any_char, ascii_lowercase, char_at, char_before,
    chars, count_by, ending_by, ends_by, eq_ignore_case, find_by, find_char, find_str, first_char,
    has_char, has_str, head, is_alnum, is_alpha, is_lower, is_space, is_upper, last_char,
    one_space, parse_u32, rfind_by, rsplit_once_by, rsplit_once_char, split_by, split_char,
    split_once_char, starting_before, starts_by, tail, trim_by, trim_end_by, trim_start_by,
    upper_then_lower, upper_with_lower, Span,
};
use crate::tokens::{
    capitalised_at, is_dash_token, token_at, token_is, token_run, token_text, Forms, Token,
    TokenKind,
};
use crate::vecs::{at, at_mut, run, run_mut};
use crate::word_list::WordList;

mod amendments;
mod bylines;
mod campuses;
mod country_codes;
mod elided_particles;
mod headline_lines;
pub(crate) use headline_lines::rubric_len;
mod headline_people;
mod item_numbers;
mod nicknames;
mod opening_kinds;
mod owned_works;
pub(crate) mod paired_places;
mod party_members;
mod platform_posts;
mod pronoun;
mod question_modals;
mod quoted_speakers;
mod rare_first_words;
mod scores_and_symbols;
mod ships;
mod token_rules;
mod units;
mod work_titles;

/// Every name mention in the text (`tokens` and `sentences` are the text's own).
pub fn find(text: &str, tokens: &[Token], forms: &Forms, sentences: &[Span]) -> Vec<Candidate> {
    let mut found = super::tagger::find(text, tokens, forms, sentences);
    item_numbers::without_item_numbers(text, &mut found);
    let lines = headline_lines::HeadlineLines::new(text, tokens, sentences);
    cut_at_headline_verbs(text, tokens, sentences, &lines, &mut found);
    split_at_cues(text, tokens, &mut found);
    platform_posts::split_after_platforms(text, tokens, &mut found);
    split_aircraft(text, tokens, &mut found);
    cut_at_cells(text, &mut found);
    scores_and_symbols::split_at_scores_and_symbols(text, tokens, &mut found);
    crate::entities::drop_empty(&mut found);
    split_place_lists(text, tokens, &mut found);
    split_at_comma(text, tokens, &mut found);
    split_at_breaks(text, tokens, &mut found);
    split_nationality(text, tokens, &mut found);
    split_maker_and_disease(text, tokens, &mut found);
    without_amounts(text, tokens, &mut found);
    trim_titles(text, tokens, &mut found);
    cut_before_office(text, tokens, &mut found);
    without_titles_before_people(text, tokens, &mut found);
    split_at_possessive(text, tokens, sentences, &mut found);
    join_kind_words(text, tokens, &mut found);
    name_kinds(text, tokens, &mut found);
    magistrates_courts(text, tokens, &mut found);
    pronoun::without_pronoun(text, tokens, &mut found);
    without_opening_word(text, tokens, forms, sentences, &mut found);
    question_modals::without_question_auxiliary(text, tokens, sentences, &mut found);
    opening_kinds::with_opening_word(text, tokens, sentences, &mut found);
    recover(text, tokens, forms, sentences, &lines, &mut found);
    with_appositive_openers(text, tokens, forms, sentences, &mut found);
    split_people(text, tokens, &mut found);
    drop_titles(text, &mut found);
    for c in &mut found {
        c.span = without_final_period(text, sentences, c.span, c.label);
    }
    without_dates(text, tokens, forms, &mut found);
    without_opening_the(text, tokens, forms, &mut found);
    with_listed_possessive(text, tokens, &mut found);
    with_leading_particle(text, tokens, &mut found);
    joined_over_particle(text, tokens, &mut found);
    elided_particles::with_elided_part(text, tokens, &mut found);
    with_initial(text, tokens, sentences, &mut found);
    with_listed_word_before(text, tokens, &mut found);
    rare_first_words::with_rare_first_word(text, tokens, sentences, &mut found);
    nicknames::join_nicknames(text, tokens, &mut found);
    with_modifier_suffix(text, tokens, &mut found);
    with_bracketed_acronym(text, tokens, &mut found);
    token_rules::add(text, tokens, forms, sentences, &mut found);
    with_place_kinds(text, tokens, forms, &mut found);
    places_in_lists(text, tokens, &mut found);
    speaking_places(text, tokens, sentences, &mut found);
    dateline_places(text, tokens, sentences, &mut found);
    byline_people(text, tokens, sentences, &mut found);
    bylines::split_byline_datelines(text, tokens, &mut found);
    bylines::without_opening_says(text, tokens, &mut found);
    bylines::cut_byline_roles(text, tokens, &mut found);
    press_digest_papers(text, sentences, &mut found);
    no_person_in_brackets_after_one(text, tokens, &mut found);
    works_by_people(text, &mut found);
    scorers_in_brackets(text, tokens, &mut found);
    country_codes::places_in_results(text, tokens, sentences, &mut found);
    without_everyday_nouns(text, tokens, sentences, &mut found);
    campuses::with_campuses(text, &mut found);
    units::with_unit_ordinals(text, tokens, &mut found);
    work_titles::join_titles(text, tokens, &mut found);
    party_members::split_party_members(text, tokens, &mut found);
    quoted_speakers::add_quoted_speakers(text, tokens, &mut found);
    quoted_speakers::label_speakers_after_said(text, tokens, &mut found);
    // A telephone number's label is no name (`, Fax +31 20 504 5040` of a wire story's footer),
    // nor is a government's field before a ministry in lower case (`the Finance ministry`:
    // CoNLL-2003 leaves it out every time) or before `Minister` (`Unification Minister Chung`:
    // 128 of 129 in CoNLL-2003 and the sets), nor a lone `Defence` before any word in lower
    // case (`Defence lawyers said`, `Defence counsel`: all 14 in CoNLL-2003 and the sets).
    for c in &mut found {
        let after = tail(text, c.span.end);
        let phone = PHONE_LABELS.contains(c.span.slice(text))
            && starts_by(trim_start_by(after, |ch| ch == ' ' || ch == ':'), |ch| {
                ch == '+' || ch.is_ascii_digit()
            });
        let field = (after.starts_with(" ministry")
            || after.starts_with(" minister")
            || after.starts_with(" Minister ")
            || (crate::text::is_one_of(c.span.slice(text), "Defence|Defense")
                && after.starts_with(' ')
                && after.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase)))
            && DEPARTMENT_FIELDS.contains(&c.span.slice(text));
        // Nor is a cricket or rugby `Test` (`the second Test`), which a country's side leaves out
        // (`named India Test captain`): no set marks one but in a longer name (`World Test
        // Championship`).
        let s = c.span.slice(text);
        let test = crate::text::is_one_of(s, "Test|Tests");
        if phone || field || test {
            c.span = Span::new(c.span.start, c.span.start);
        } else if let Some(side) = s.strip_suffix(" Test") {
            let (a, b) = token_range(tokens, c.span);
            if super::tagger::listed_run(text, tokens, a, b - 1).country {
                c.span = Span::new(c.span.start, c.span.start + side.len());
                c.label = Label::Place;
            }
        } else if let Some((place, field)) = rsplit_once_char(s, ' ') {
            // Nor is a government's field before its office and a name (`US Energy Secretary
            // Chris Wright`, `U.S. Trade Representative Jamieson Greer`): the country alone is a
            // name there, as every such title of CoNLL-2003, WikiNEuRal and the self-written sets
            // marks it.
            if DEPARTMENT_FIELDS.contains(&field)
                && [" Secretary ", " Minister ", " Representative "]
                    .iter()
                    .any(|o| after.starts_with(o))
            {
                // Nor anything else before it (`Chief Treasury Secretary Paul Boateng`).
                let (a, b) = token_range(tokens, c.span);
                let listed = super::tagger::listed_run(text, tokens, a, b - 1);
                let nationality = super::tagger::lexicon::is_nationality(place);
                let end = if nationality || listed.place || listed.country {
                    c.span.start + place.len()
                } else {
                    c.span.start
                };
                c.span = Span::new(c.span.start, end);
                c.label = if nationality {
                    Label::Misc
                } else {
                    Label::Place
                };
            }
        }
    }
    crate::entities::drop_empty(&mut found);
    for c in found.iter_mut() {
        // No name opens with the possessive of the word before it (`February's Norwich Union Grand
        // Prix` gave `'s Norwich Union Grand Prix`).
        let s = c.span.slice(text);
        if let Some(rest) = ["'s ", "\u{2019}s "]
            .into_iter()
            .find_map(|p| s.strip_prefix(p))
        {
            c.span = Span::new(c.span.end - rest.len(), c.span.end);
        }
        c.span = without_stray_marks(text, c.span);
        // A person's name opened by a hyphenated word in lower case leaves it out (`neo-Nazi
        // Frazier Glenn Miller`).
        let s = c.span.slice(text);
        if c.label == Label::Person && starts_by(s, is_lower) {
            if let Some((w, rest)) = split_once_char(s, ' ') {
                if has_char(w, '-') && starts_by(rest, is_upper) {
                    c.span = Span::new(c.span.end - rest.len(), c.span.end);
                }
            }
        }
        // A listed person's administration or campaign in title case is the person's
        // (`Trump Administration Halts Work`), as `the Trump administration` is.
        if let Some(who) = ["Administration", "Campaign"]
            .iter()
            .find_map(|w| c.span.slice(text).strip_suffix(w)?.strip_suffix(' '))
        {
            let (a, b) = token_range(tokens, c.span);
            let listed = super::tagger::listed_run(text, tokens, a, b - 1);
            if b == a + 2
                && (listed.surname_only
                    || super::tagger::lexicon::known_tokens_run(text, tokens, a, b - 1)
                        == Some(Label::Person))
            {
                c.span = Span::new(c.span.start, c.span.start + who.len());
                c.label = Label::Person;
            }
        }
        // Nor does it run on into a company officer's title after it (`Vicorp names Sabourin
        // CFO`).
        if c.label == Label::Person {
            if let Some((rest, last)) = rsplit_once_char(c.span.slice(text), ' ') {
                if OFFICER_TITLES.contains(last) {
                    c.span = Span::new(c.span.start, c.span.start + rest.len());
                }
            }
        }
        // A capital letter and a surname are a person (`S Easterby`, `B Douglas` of a line-up):
        // not a place's letter (`S Africa`), an article or a pronoun (`A Different Story`), or a
        // brand's letter (`X Factor`, `V Festival`, `Q Magazine`).
        if c.label != Label::Person && is_letter_and_surname(text, tokens, c.span) {
            c.label = Label::Person;
        }
        // A planet after a word of motion or place is a place (`bound for Mars`, `the Moon's south
        // pole`; not `Mars, the maker of M&M's`).
        if PLANETS.contains(s) {
            let (a, _) = token_range(tokens, c.span);
            let before = if a > 0 {
                token_text(text, tokens, a - 1)
            } else {
                ""
            };
            if PLANET_CUES.contains(before) || before == "the" && THE_PLANETS.contains(s) {
                c.label = Label::Place;
            }
        }
        // A title that opens with a verb's `-ing` form is a work's, not a person's (`Finding
        // Neverland`, `Saving Private Ryan`; not `Erling Haaland`, whose first word is no verb).
        if c.label == Label::Person && opens_with_gerund(text, tokens, c.span) {
            c.label = Label::Misc;
        }
        // Nor is a name right before a device's kind (`four new Echo devices`, `the Comet
        // browser`: no person among the 99 names before these kinds in CoNLL-2003, WikiNEuRal,
        // wikigold and the self-written sets; not `phone` or `jet`, as in `a Trump phone call`).
        if c.label == Label::Person
            && PRODUCT_KINDS.contains(token_text(text, tokens, token_range(tokens, c.span).1))
        {
            c.label = Label::Misc;
        }
        // A body's kind and `of` open an organisation's name, whatever place follows (`Society
        // of St Vincent de Paul`, `University of Cape Town`: 220 of 221 names that open so in
        // CoNLL-2003, WikiNEuRal, wikigold and the self-written sets are organisations).
        if let Some((w, _)) = split_once_char(s, ' ').filter(|(_, rest)| rest.starts_with("of ")) {
            if matches!(c.label, Label::Place | Label::Person) && ORG_OF_HEADS.contains(w) {
                c.label = Label::Org;
            } else if PLACE_OF_HEADS.contains(w) {
                // A sea, a gulf or a strait of somewhere is a place (`Sea of Marmara`, `Strait of
                // Hormuz`: 35 of 36 such names in CoNLL-2003, WikiNEuRal, the Broad Twitter Corpus
                // and the self-written sets, the other a game's title).
                c.label = Label::Place;
            }
        }
        // Two companies joined in one word are a company (`Renault-Nissan`, read as MISC).
        if token_rules::is_company_pair(s) {
            c.label = Label::Org;
        }
        if s == "Amazon" && is_the_river_amazon(text, tokens, c.span) {
            c.label = Label::Place;
        }
        // A first name and a city's name are a person, as a place's name rarely opens with a
        // first name that is no place (`Stuart Dallas`, `Ashley Cole`).
        if c.label == Label::Place && is_first_name_and_city(text, tokens, c.span) {
            c.label = Label::Person;
        }
        // A party's member of a parliament is no part of the party's name (`Labour MP`, `SNP
        // MSPs`), nor is a barrister's rank part of a person's (`Marcus Delaney KC`: CoNLL-2003
        // leaves such letters after a name out of it). The word goes from the mention's end, which
        // the rule above leaves where it was, if a word is left before it.
        let suffix = match rsplit_once_char(s, ' ') {
            Some((_, w)) if c.label != Label::Person && PARLIAMENT_MEMBERS.contains(w) => {
                w.len() + 1
            }
            Some((_, w)) if c.label == Label::Person && AFTER_PERSON_RANKS.contains(w) => {
                w.len() + 1
            }
            Some((_, w)) if DEVICE_KINDS.contains(&w) || w == "TV" => w.len() + 1,
            _ => 0,
        };
        if suffix > 0 && c.span.end - suffix > c.span.start {
            let kind = tail(s, s.len() + 1 - suffix);
            c.span = Span::new(c.span.start, c.span.end - suffix);
            if DEVICE_KINDS.contains(&kind) || kind == "TV" {
                match before_a_kind(text, tokens, c.span, kind) {
                    Some(label) => c.label = label,
                    // A channel's name (`Press TV`, `Court TV`).
                    None => c.span = Span::new(c.span.start, c.span.end + suffix),
                }
            }
        }
        // A name in capitals does not end in a function word (`ORANGE AND` of `ORANGE AND BOUYGUES
        // TEAM UP`).
        let (a, mut b) = token_range(tokens, c.span);
        while b > a + 1 && {
            let w = token_at(tokens, b - 1).text(text);
            w.len() > 1
                && all_char(w, |ch| ch.is_ascii_uppercase())
                && crate::sentences::lexicon::is_function_word(&ascii_lowercase(w))
        } {
            b -= 1;
            c.span = Span::new(c.span.start, token_at(tokens, b - 1).span.end);
        }
        // A company's legal suffix right after its name is part of it (`Shell plc`, `BP p.l.c.`),
        // and one in it tells what it is (`Equinor ASA`); not a product's trim (`C180 SE`), nor a
        // place's office or province (`Texas AG Ken Paxton`, `Edmonton AB`). The mention is still
        // tokens `a..b`: only its end moved, to the end of token `b - 1`.
        let model = b == a
            || c.label == Label::Place
            || any_char(token_text(text, tokens, b - 1), |ch| ch.is_ascii_digit());
        let next = tokens
            .get(b)
            .filter(|n| !model && one_space(text, c.span.end, n.span.start));
        if let Some(n) = next {
            if super::groups::LEGAL_SUFFIXES.contains(&n.text(text)) {
                c.span = Span::new(c.span.start, n.span.end);
                b += 1;
            }
        }
        // (A model's number before the suffix makes it a trim too: the tagger's `C180 SE`.)
        if b > a + 1
            && !model
            && super::groups::LEGAL_SUFFIXES.has_token(text, tokens, b - 1)
            && !any_char(token_text(text, tokens, b - 2), |ch| ch.is_ascii_digit())
        {
            c.label = Label::Org;
        }
        if c.label == Label::Misc {
            c.span = with_model_number(text, tokens, c.span);
            c.span = without_test(text, tokens, c.span);
        }
        // A web domain right after a name is part of it (`Booking.com`, `Amazon.com`), which then
        // names the company.
        let rest = tail(text, c.span.end);
        if let Some(tld) = DOMAINS
            .iter()
            .find(|d| rest.starts_with(**d) && !char_at(rest, d.len()).is_some_and(is_alnum))
        {
            c.span = Span::new(c.span.start, c.span.end + tld.len());
            c.label = Label::Org;
        } else if let Some(suffix) = rest.strip_prefix('.') {
            // Another dot and suffix in lower case or figures goes with the name too (`Pony.ai`,
            // `Volkswagen ID.4`), which the tokens cut.
            let len = crate::text::leading_bytes(suffix.as_bytes(), usize::MAX, |b| {
                b.is_ascii_lowercase() || b.is_ascii_digit()
            });
            if len > 0
                && !suffix
                    .as_bytes()
                    .get(len)
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                c.span = Span::new(c.span.start, c.span.end + 1 + len);
            }
        }
        // A competition's `Cup` after its organiser's acronym is part of it (`First MLS Cup Title`,
        // where the lists took `MLS` alone; not `Arsenal Cup run`).
        let rest = tail(text, c.span.end);
        let acronym =
            c.span.len() < 8 && all_char(c.span.slice(text), |ch| ch.is_ascii_uppercase());
        if acronym && matches!(c.label, Label::Misc | Label::Org) {
            if let Some(cup) = [" Cup", " CUP"].into_iter().find(|w| {
                rest.starts_with(w)
                    && !char_at(rest, w.len()).is_some_and(|ch: char| is_alnum(ch) || ch == '\'')
            }) {
                c.span = Span::new(c.span.start, c.span.end + cup.len());
                c.label = Label::Misc;
            }
        }
        // A work's title keeps the `n't` the tokens split from its last word (`Now You See Me: Now
        // You Don't`).
        let rest = tail(text, c.span.end);
        if c.label == Label::Misc {
            if let Some(n) = ["n't", "n\u{2019}t"]
                .into_iter()
                .find(|n| rest.starts_with(n) && !char_at(rest, n.len()).is_some_and(is_alnum))
            {
                c.span = Span::new(c.span.start, c.span.end + n.len());
            }
        }
        // A plus sign right after a name is part of it (`Alexa+`, `Apple TV+`; not `A+B`).
        let rest = tail(text, c.span.end);
        if rest.starts_with('+')
            && !char_at(rest, 1).is_some_and(|ch: char| is_alnum(ch) || ch == '+')
        {
            c.span = Span::new(c.span.start, c.span.end + 1);
        }
    }
    // A suffix taken in was perhaps a mention of its own: a mention that ends by the end of the one
    // kept before it goes (`dedup_by`, through the one `retain` loop of mentions).
    let mut kept_end = None;
    crate::vecs::retain(&mut found, |c| {
        let keep = kept_end.is_none_or(|end| c.span.end > end);
        if keep {
            kept_end = Some(c.span.end);
        }
        keep
    });
    with_tickers(text, &mut found);
    with_metro_lines(text, tokens, &mut found);
    with_partners(text, tokens, found.as_mut());
    prize_bounds(text, tokens, &mut found);
    committee_topics(text, tokens, forms, &mut found);
    joined_over_and(text, tokens, &mut found);
    joined_over_of_the(text, tokens, &mut found);
    people_of_places(text, &mut found);
    owned_works::owned_works(text, tokens, &mut found);
    headline_people::add(text, tokens, sentences, &lines, &mut found);
    amendments::add(text, tokens, &mut found);
    ships::add(text, tokens, &mut found);
    confirmed_in_headlines(text, tokens, sentences, &mut found);
    grand_prix_places(text, tokens, &mut found);
    let mut after_small = None;
    let mut last_headline = None;
    // A table's row opens with `|`: a text without one has no table header.
    let tables = has_char(text, '|');
    crate::vecs::retain(&mut found, |c| {
        !is_no_name(text, tokens, forms, c.span)
            && !is_trial_phase(text, tokens, c.span)
            && !is_section_label(text, tokens, c.span)
            && (!tables || !in_table_header(text, c.span))
            && !is_opening_common_word(text, tokens, forms, sentences, c.span, &mut after_small)
            && !is_headline_common_word(text, tokens, sentences, c.span, &mut last_headline)
    });
    found
}

/// Splits a tagger mention before an airliner's maker inside it, after a capitalised word (`Air India
/// Boeing 787`, `Delta Air Lines Boeing 737`; not `Airplane: Airbus A320`): the airline before it is
/// an organisation, and the aircraft, the maker and
/// its model, a product (MISC, as CoNLL-2003 marks `Airbus A310` and `Tupolev 154`), whose model
/// number the name rules add after. `found` stays sorted.
fn split_aircraft(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        let Some(p) = (a + 1..b).find(|&k| {
            AIRCRAFT_MAKERS.has_token(text, tokens, k) && capitalised_at(text, tokens, k - 1)
        }) else {
            continue;
        };
        let maker = token_at(tokens, p);
        Candidate::push_to(
            &mut add,
            Span::new(maker.span.start, c.span.end),
            Label::Misc,
            Source::Name,
        );
        c.span = Span::new(c.span.start, token_at(tokens, p - 1).span.end);
        c.label = Label::Org;
    }
    add_sorted(found, add);
}

/// Splits a tagger mention at a word in lower case inside it that is a strong cue of the consistency
/// stage for the name after it (`Swift's single The Fate of Ophelia`, `Blazin' Squad rapper Kenzie`,
/// `Howard Hughes biopic The Aviator`), or a person's role (`rapper`): a name holds no such word, so
/// the tagger ran two names together. The name after the cue takes the cue's label; the words
/// before it, without a trailing possessive, keep the lists' label or the mention's, and an owner
/// before a possessive that the lists do not know is a person. A word of time before a capital
/// splits a mention too (`the Moon before China lands`): each side keeps the lists' label or the
/// mention's, a first name and a surname before it a person's. `found` stays sorted.
fn split_at_cues(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = Vec::new();
    let mut changed = false;
    for c in found.iter() {
        let (a, b) = token_range(tokens, c.span);
        let cue = (a + 1..b.saturating_sub(1)).find_map(|j| {
            let w = token_text(text, tokens, j);
            // A hyphenated word too (`the Tokyo start-up Lumen`).
            (starts_by(w, is_lower)
                && all_char(w, |ch| is_lower(ch) || ch == '-')
                && !SURNAME_PARTICLES.contains(&w)
                && !crate::stopwords::is_stopword(w)
                && capitalised_at(text, tokens, j + 1))
            .then(|| {
                super::consistency::strong_cue_before(text, tokens, j + 1)
                    .or(super::consistency::MORE_PERSON_TITLES
                        .contains(&w)
                        .then_some(Label::Person))
                    .map(Some)
            })
            .flatten()
            .map(|label| (j, label))
            .or_else(|| {
                (TIME_WORDS.contains(w) && capitalised_at(text, tokens, j + 1)).then_some((j, None))
            })
        });
        let Some((j, cue_label)) = cue else {
            crate::vecs::push(&mut out, *c);
            continue;
        };
        changed = true;
        // The words before the cue, without a trailing possessive.
        let mut end = j;
        let owner =
            end > a + 1 && crate::tokens::is_possessive_token(token_text(text, tokens, end - 1));
        if owner {
            end -= 1;
        }
        if end > a && capitalised_at(text, tokens, a) {
            let mut span = Span::new(c.span.start, token_at(tokens, end - 1).span.end);
            // A plural's possessive kept in its word (`Killers'`).
            if span.slice(text).ends_with('\'') {
                span.end -= 1;
            }
            let listed = super::tagger::lexicon::known_span(text, span);
            let person = owner
                || cue_label.is_none() && super::consistency::first_and_surname(span.slice(text));
            let before = listed.unwrap_or(if person { Label::Person } else { c.label });
            Candidate::push_to(&mut out, span, before, c.source);
        }
        let span = Span::new(token_at(tokens, j + 1).span.start, c.span.end);
        let label = cue_label
            .or_else(|| super::tagger::lexicon::known_span(text, span))
            .unwrap_or(c.label);
        Candidate::push_to(&mut out, span, label, c.source);
    }
    if changed {
        *found = out;
    }
}

/// The label of the name `span` that the kind `kind` follows (the kind already cut off): the lists'
/// label (`Mercedes-Benz`: ORG), else MISC, a product before a device's kind (`Lucid Gravity`); after
/// `TV`, a country's or a nationality's label (`US TV`, `British TV`), else `None`: the channel's
/// name keeps the word.
fn before_a_kind(text: &str, tokens: &[Token], span: Span, kind: &str) -> Option<Label> {
    let (a, b) = token_range(tokens, span);
    let run = token_run(tokens, a, b);
    if kind == "TV" {
        let l = super::tagger::listed(text, run);
        return if l.country || l.place && l.city_not_person {
            Some(Label::Place)
        } else if b == a + 1 && super::tagger::lexicon::is_nationality(span.slice(text)) {
            Some(Label::Misc)
        } else {
            None
        };
    }
    Some(super::tagger::list_label(text, run).unwrap_or(Label::Misc))
}

/// The start of the line that ends at `end`, looked for in the 400 bytes before it only (a table's
/// row is shorter), so that a long line costs no scan per mention; for [`in_table_header`]. Inlined
/// natively; one call in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn line_start_near(text: &str, end: usize) -> Option<usize> {
    let lo = end.saturating_sub(400);
    let b = crate::vecs::run(text.as_bytes(), lo, end);
    b.iter()
        .rposition(|&c| c == b'\n')
        .map(|i| lo + i + 1)
        .or((lo == 0).then_some(0))
}

/// True when the line at `start` opens with `|` after its spaces and tabs (a table's row), for
/// [`in_table_header`]. Inlined natively; one call in the .wasm, where the closure was inlined at
/// both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_table_row(text: &str, start: usize) -> bool {
    crate::vecs::run(text.as_bytes(), start, text.len())
        .iter()
        .find(|&&c| c != b' ' && c != b'\t')
        .is_some_and(|&c| c == b'|')
}

/// True for a mention in the first row of a table drawn with `|` (`| Bidder | Ticker | Offer |`),
/// its column headings, unless the lists know the name (`| | Nvidia | AMD |`): the headings of the
/// tables of the self-written sets name nothing, and the tagger takes a capitalised heading alone
/// for a name (`Ticker`, `Pledge`).
fn in_table_header(text: &str, span: Span) -> bool {
    let line_start = |end: usize| line_start_near(text, end);
    let row = |start: usize| is_table_row(text, start);
    line_start(span.start).is_some_and(|start| {
        row(start)
            && (start == 0 || line_start(start - 1).is_some_and(|prev| !row(prev)))
            && super::tagger::lexicon::known_span(text, span).is_none()
    })
}

/// Keeps in a title-case headline (`Two Engines, Both Stalling: Merz and Macron Head Into a Winter
/// of Revolt`) only the names that the article's other sentences name too, or the lists know: there
/// every word has a capital, and the tagger runs names together and takes words for names. A
/// mention no other sentence or list confirms gives way to the names of its words that one does
/// (`Merz`, `Macron`), with their label there; a person's surname is confirmed by the person's
/// whole name. Only the headline of an article of three sentences
/// or more besides is judged so.
fn confirmed_in_headlines(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    // The text's first line, a headline (a line of its own of at most 20 words without a final
    // stop), before three sentences.
    let Some(head) = sentences.first().filter(|s| {
        let (a, b) = token_range(tokens, **s);
        let line = token_run(tokens, a, b);
        sentences.len() > 3
            && crate::sentences::furniture::kind(text, sentences, 0)
                == crate::sentences::furniture::Kind::Headline
            && is_title_case_headline(text, line)
    }) else {
        return;
    };
    let k = starting_before(found, head.end);
    let (heads, body) = (run(found, 0, k), run(found, k, found.len()));
    // A name the body has as it stands, or a person's surname that the body names in full
    // (`Merz Rules Out ...` over `Friedrich Merz has ruled out ...`).
    let in_body = |s: &str| label_in_body(text, body, s);
    let mut out = crate::vecs::with_capacity(found.len());
    for c in heads {
        let surface = c.span.slice(text);
        if in_body(surface).is_some() || super::tagger::lexicon::known(surface).is_some() {
            crate::vecs::push(&mut out, *c);
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        let mut i = a;
        while i < b {
            // The longest run of words from token `i`, four at most, that the body names.
            let mut hit = None;
            for n in (1..(b - i).min(4) + 1).rev() {
                let span = Span::new(
                    token_at(tokens, i).span.start,
                    token_at(tokens, i + n - 1).span.end,
                );
                if let Some(label) = in_body(span.slice(text)) {
                    hit = Some((n, span, label));
                    break;
                }
            }
            if let Some((_, span, label)) = hit {
                Candidate::push_to(&mut out, span, label, c.source);
            }
            i += hit.map_or(1, |(n, _, _)| n);
        }
    }
    // A word of the headline that no mention holds and the body has as a place or a person, one
    // that general English does not know (`Wolfsburg` of `Volkswagen to Cut Another Shift at
    // Wolfsburg Plant`).
    let (a, b) = token_range(tokens, *head);
    for i in a..b {
        let t = token_at(tokens, i);
        let w = t.text(text);
        if starts_by(w, is_upper)
            && !out.iter().any(|c| c.span.overlaps(&t.span))
            && is_rare_word(w)
        {
            if let Some(label) = in_body(w).filter(|&l| matches!(l, Label::Place | Label::Person)) {
                Candidate::push_to(&mut out, t.span, label, Source::Name);
            }
        }
    }
    super::sort_by_start(&mut out);
    out.extend_from_slice(body);
    *found = out;
}

/// The label of a mention of `body` that is `s`, or else of a person's whole name that `s` ends
/// ([`confirmed_in_headlines`]). Inlined natively; one call in the .wasm, where each of its three
/// uses inlined both searches.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn label_in_body(text: &str, body: &[Candidate], s: &str) -> Option<Label> {
    body.iter()
        .find(|c| c.span.slice(text) == s)
        .or_else(|| {
            body.iter().find(|c| {
                c.label == Label::Person
                    && c.span
                        .slice(text)
                        .strip_suffix(s)
                        .is_some_and(|first| first.ends_with(' '))
            })
        })
        .map(|c| c.label)
}

/// A mention without a bracket or a quotation mark it does not close or open itself: what precedes
/// a lone `)` goes (`Frank) Lampard` of `(Frank) Lampard`), and so does what follows a lone `(`; a
/// lone quotation mark ends the mention when a space precedes it (`Jonas "Yunus` of `Jonas "Yunus"
/// Edmonds`) and starts it after itself otherwise (`Alex" Danvers`). A nickname in quotes stays
/// (`Dwayne "The Rock" Johnson`). A spaced dash before a word in lower case ends it too.
fn without_stray_marks(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let trim = |a: usize, b: usize| trimmed_piece(span, s, a, b);
    if let Some(i) = find_char(s, ')').filter(|&i| !has_char(head(s, i), '(')) {
        return trim(i + 1, s.len()).unwrap_or(span);
    }
    if let Some(i) = rfind_by(s, |c| c == '(').filter(|&i| !has_char(tail(s, i), ')')) {
        return trim(0, i).unwrap_or(span);
    }
    // A spaced dash before a word in lower case ends it (`Oscars - the Hollywood`). (Searched for
    // only when a hyphen or a byte that may open an en or em dash is there: most mentions have
    // none.)
    let dashed = any_bytes(s, |b| b == b'-' || b == 0xE2);
    let dash = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter(|_| dashed)
        .find_map(|d| {
            let i = find_str(s, d)?;
            char_at(s, i + d.len()).is_some_and(is_lower).then_some(i)
        });
    if let Some(i) = dash {
        return trim(0, i).unwrap_or(span);
    }
    if count_by(s, is_quote) % 2 == 1 {
        if let Some(i) = find_by(s, is_quote) {
            let q = char_at(s, i).map_or(1, crate::text::char_len);
            let after_space = head(s, i).ends_with(' ');
            let cut = if after_space {
                trim(0, i)
            } else {
                trim(i + q, s.len())
            };
            return cut.unwrap_or(span);
        }
    }
    span
}

/// Bytes `a..b` of `s`, the text of `span`, without the spaces around them, as a span of the text;
/// `None` when only spaces are left ([`without_stray_marks`]). Inlined natively; one call in the
/// .wasm, where each of its five uses inlined it.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn trimmed_piece(span: Span, s: &str, a: usize, b: usize) -> Option<Span> {
    let piece = Span::new(a, b).slice(s);
    let lead = piece.len() - trim_start_by(piece, is_space).len();
    let t = trim_by(piece, is_space);
    (!t.is_empty()).then(|| Span::new(span.start + a + lead, span.start + a + lead + t.len()))
}

/// True for a section's label: a line of its own in capitals, every word of it a common English
/// word and the whole no listed name (`STOCKS`, `KEY DATES`; not `NEW YORK` or `APPLE`).
fn is_section_label(text: &str, tokens: &[Token], span: Span) -> bool {
    let before = head(text, span.start);
    let after = tail(text, span.end);
    let line_start = trim_end_by(before, |c| matches!(c, ' ' | '\t'));
    let line_end = trim_start_by(after, |c| matches!(c, ' ' | '\t' | ':'));
    let alone = (line_start.is_empty() || line_start.ends_with('\n'))
        && (line_end.is_empty() || starts_by(line_end, |c| matches!(c, '\n' | '\r')));
    if !alone || any_char(span.slice(text), is_lower) {
        return false;
    }
    let (a, b) = token_range(tokens, span);
    token_run(tokens, a, b)
        .iter()
        .all(|t| t.kind != TokenKind::Word || is_common_word(t.text(text)))
        && super::tagger::gazetteer_bits(super::tagger::features::tokens_key(
            text,
            token_run(tokens, a, b),
        )) == 0
}

/// True for a mention that holds or ends at a trial's phase (`Phase 3`, `Phase III`, `Interim
/// Phase` of `Interim Phase 1 data`): `Phase` before a number or a Roman numeral, no name.
fn is_trial_phase(text: &str, tokens: &[Token], span: Span) -> bool {
    let (a, b) = token_range(tokens, span);
    // Not a title in quotes (`"Phase 1: Fortification"`, a song).
    let quoted = a > 0 && crate::word_list::OPENING_DOUBLE_QUOTES.has_token(text, tokens, a - 1);
    !quoted
        && (a..b).any(|k| {
            token_is(text, tokens, k, "Phase")
                && tokens.get(k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Number || PHASE_NUMERALS.contains(n.text(text))
                })
        })
}

/// Takes the `'s` after a mention into it when the lists have the name with it (`Ben & Jerry's`,
/// `Claire's`), and leaves out the `'s` that ends a mention when they do not (`Bad Bunny's`, which
/// the tagger may take whole before a quoted title): a possessive is no part of a name.
fn with_listed_possessive(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for k in 0..found.len() {
        let (a, b) = token_range(tokens, found[k].span);
        if b > a + 1
            && crate::tokens::is_possessive_token(token_text(text, tokens, b - 1))
            && super::tagger::list_label_run(text, tokens, a, b).is_none()
        {
            found[k].span = Span::new(found[k].span.start, token_at(tokens, b - 2).span.end);
            continue;
        }
        let Some(next) = tokens.get(b) else {
            continue;
        };
        // `Lloyd 's`, spaced as tokenised corpora write it: `'` one space after the name, `s`
        // right after it, and no name of `found` over either.
        if let Some(s) = tokens.get(b + 1).filter(|s| {
            next.is(text, "'")
                && next.span.start == found[k].span.end + 1
                && s.is(text, "s")
                && s.span.start == next.span.end
                && found.get(k + 1).is_none_or(|n| n.span.start >= s.span.end)
        }) {
            if let Some(label) = super::tagger::list_label_with_s(text, token_run(tokens, a, b)) {
                found[k].span = Span::new(found[k].span.start, s.span.end);
                found[k].label = label;
            }
            continue;
        }
        let owned = next.span.start == found[k].span.end
            && crate::tokens::is_possessive_token(next.text(text))
            && found
                .get(k + 1)
                .is_none_or(|n| n.span.start >= next.span.end);
        // Only a company's or a place's name takes its `'s` (`Lord's`; no person's does), and not
        // when the lists have the name without it (`Plaid Cymru's`), nor a famous person's full
        // name (`Naftali Bennett's`), which are possessives: about one phrase in 500 meets some
        // listed name's 24-bit key by chance. A surname alone may be a company's (`Lowe's`).
        if !owned || (b > a + 1 && found[k].label == Label::Person) {
            continue;
        }
        let with_s = super::tagger::list_label_run(text, tokens, a, b + 1);
        if with_s.is_some_and(|l| l != Label::Person)
            && super::tagger::list_label_run(text, tokens, a, b).is_none()
            && (b == a + 1
                || super::tagger::lexicon::known_tokens_run(text, tokens, a, b)
                    != Some(Label::Person))
        {
            found[k].span = Span::new(found[k].span.start, next.span.end);
            found[k].label = with_s.unwrap_or(Label::Org);
        }
    }
}

/// Drops a capitalised `The` that opens a mention of three words or more and its sentence, or
/// follows a dateline's dash (`(AFP) - The International Crimes Tribunal sentenced`) or, but for a
/// MISC name, a colon (`on X: The Texas National Guard`): CoNLL-2003
/// leaves `the` outside names (train: 711 organisations after it, 13 with it, most of them papers,
/// `The Times`), unless the lists have the name with it or it names a paper. A mention of two words
/// loses its `The` only where the text writes the word after a small `the` too (`The Commission
/// imposed` beside `urged the Commission`), which a title does not (`The Aviator`).
fn without_opening_the(text: &str, tokens: &[Token], forms: &Forms, found: &mut [Candidate]) {
    use super::tagger::lexicon::known_span;
    // Which spellings follow a small `the`: found when a first mention of two words asks.
    let mut after_the: Option<Vec<bool>> = None;
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b < a + 2 || !token_is(text, tokens, a, "The") {
            continue;
        }
        let before = trim_end_by(head(text, token_at(tokens, a).span.start), |c| {
            matches!(c, ' ' | '\t')
        });
        // A colon opens what follows it too (`Pritzker on X: The Texas National Guard has`),
        // but a work's title after it keeps its `The` (`Best film: The Brutalist`).
        let opens = a == 0
            || is_dash_token(token_text(text, tokens, a - 1))
            || ends_by(before, |c| matches!(c, '.' | '\n' | '!' | '?'))
            || c.label != Label::Misc && before.ends_with(':')
            || after_line_source_tag(text, tokens, a);
        // Words in lower case after it go too, at a sentence's or a quote's start (`"The first
        // Champions League title`).
        if let Some(k) = (a + 1..b)
            .take_while(|&k| !capitalised_at(text, tokens, k))
            .last()
            .filter(|&k| k + 1 < b)
            .filter(|_| {
                opens || char_before(text, token_at(tokens, a).span.start).is_some_and(is_quote)
            })
        {
            c.span = Span::new(token_at(tokens, k + 1).span.start, c.span.end);
            continue;
        }
        let paper = PAPERS.has_token_lowercase(text, tokens, b - 1);
        if !opens || paper || known_span(text, c.span).is_some() {
            continue;
        }
        if b == a + 2 {
            let seen = after_the
                .get_or_insert_with(|| spellings_after(text, tokens, forms, |w| w == "the"));
            if !forms
                .spelling(a + 1)
                .is_some_and(|id| *at(seen, id.index()))
            {
                continue;
            }
        }
        c.span = Span::new(token_at(tokens, a + 1).span.start, c.span.end);
    }
}

/// A `Grand Prix` takes in the place before it (`VERSTAPPEN WINS QATAR GRAND PRIX`, `PEREZ WINS
/// SAKHIR GRAND PRIX`): the place's mention right before it, or a capitalised word there that is no
/// headline's verb or small word. `found` is sorted.
fn grand_prix_places(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    for i in 0..found.len() {
        let c = found[i];
        if !eq_ignore_case(c.span.slice(text).as_bytes(), b"grand prix") {
            continue;
        }
        let (a, _) = token_range(tokens, c.span);
        if a == 0 || !one_space(text, token_at(tokens, a - 1).span.end, c.span.start) {
            continue;
        }
        let before = token_at(tokens, a - 1);
        let start = if i > 0 && found[i - 1].span.end == before.span.end {
            let start = found[i - 1].span.start;
            found[i - 1].span = Span::new(start, start);
            start
        } else if before.kind == TokenKind::Word
            && before.capitalised(text)
            && !HEADLINE_SMALL_WORDS.contains_lowercase(before.text(text))
            && !is_headline_verb(text, before, true)
        {
            before.span.start
        } else {
            continue;
        };
        found[i].span = Span::new(start, c.span.end);
    }
    crate::entities::drop_empty(found);
}

/// Pushes a MISC mention of `span` onto `add` and empties the mentions of `found` (sorted) inside
/// it, unless one runs past it: the shared step of the stages that take a whole name over the
/// tagger's pieces ([`amendments`], [`ships`]). The emptied mentions are for the caller to drop.
fn put_misc(found: &mut [Candidate], add: &mut Vec<Candidate>, span: Span) {
    let (from, to) = (
        ending_by(found, span.start),
        starting_before(found, span.end),
    );
    let inside = found.get_mut(from..to).unwrap_or_default();
    if inside
        .iter()
        .any(|c| c.span.start < span.start || c.span.end > span.end)
    {
        return;
    }
    for c in inside {
        c.span = Span::new(c.span.start, c.span.start);
    }
    Candidate::push_to(add, span, Label::Misc, Source::Name);
}

/// Adds the mentions `add` to `found`, keeping `found` sorted by start.
fn add_sorted(found: &mut Vec<Candidate>, add: Vec<Candidate>) {
    if !add.is_empty() {
        crate::vecs::extend(found, add);
        super::sort_by_start(found);
    }
}

/// The end (exclusive) of the run of tokens from `k` that `part` accepts, one space apart, at most
/// `max` tokens long; at least `k + 1`.
pub(crate) fn run_end(
    text: &str,
    tokens: &[Token],
    k: usize,
    max: usize,
    part: impl Fn(usize) -> bool,
) -> usize {
    let mut end = k + 1;
    while end < tokens.len() && end < k + max && part(end) && space_before(text, tokens, end) {
        end += 1;
    }
    end
}

/// True for a Dutch or German particle (`van`, `von`, `ter`, `ten`), which rarely sits inside a
/// place's name: the words around it make a person's name.
fn is_germanic_particle(w: &str) -> bool {
    GERMANIC_PARTICLES.contains(w)
}

/// True for a comma, `and` or `&`, which join the items of a series. Inlined natively; one call in
/// the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_series_joiner(w: &str) -> bool {
    SERIES_JOINERS.contains(w)
}

/// The title words that end a name right before a person's (`Los Angeles County Sheriff` before
/// `Robert Luna`, `London Fire Brigade Station Commander` before `Lisa Okonjo`), or before the rest
/// of a title and a person's name, are the person's title, no part of the name before: they leave
/// it, and a county's name left is a place, as is a place of the lists before a state's office.
fn without_titles_before_people(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for m in 0..found.len().saturating_sub(1) {
        let (c, next) = (*at(found, m), *at(found, m + 1));
        if c.label == Label::Person || next.label != Label::Person {
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        let title = |k: usize| {
            let w = token_text(text, tokens, k);
            is_title(w) || TITLE_OPENERS.contains(w) || w == "Station"
        };
        // The person's name may follow after the title's last words (`General` of `New York
        // Attorney General Letitia James`).
        if !(b..token_range(tokens, next.span).0)
            .all(|k| title(k) && capitalised_at(text, tokens, k))
        {
            continue;
        }
        let mut end = b;
        while end > a + 1 && title(end - 1) {
            end -= 1;
        }
        // Nor does a title's opening word before the name (`Acting` of `Acting U.S. Attorney`).
        let mut a = a;
        while a + 1 < end && TITLE_OPENERS.has_token(text, tokens, a) {
            a += 1;
        }
        // A town's word alone is the office's (`City` of `City Attorney Stephanie Karr`), whether
        // the mention took the title in or ended before it.
        let titled = end < b || b < token_range(tokens, next.span).0;
        if end == a + 1 && titled && LOCAL_TITLE_PLACES.has_token(text, tokens, a) {
            let c = at_mut(found, m);
            c.span = Span::new(c.span.start, c.span.start);
            continue;
        }
        let lone_stopword =
            end == a + 1 && crate::stopwords::is_lowercased_stopword(token_text(text, tokens, a));
        if end == b || lone_stopword || !(a..end).all(|k| capitalised_at(text, tokens, k)) {
            continue;
        }
        // A state's or a country's office makes the name left a place of the lists one
        // (`New York` of `New York Attorney General`), as a county's name is.
        let office = (end..b).any(|k| CIVIL_OFFICES.has_token(text, tokens, k));
        let place = token_is(text, tokens, end - 1, "County")
            || office && super::tagger::listed_run(text, tokens, a, end).place;
        let c = at_mut(found, m);
        c.span = Span::new(
            token_at(tokens, a).span.start,
            token_at(tokens, end - 1).span.end,
        );
        if place {
            c.label = Label::Place;
        }
    }
}

/// An organisation's or a place's name does not run on over `and` into the office of the person
/// named after it (`the British Medical Association and Health Secretary Wes Streeting`): the
/// mention ends before `and` when one everyday capitalised word follows `and` and a title word
/// (`Secretary`, `Minister`) and a capitalised word come after the mention. Not when that word is a
/// name of the lists (`Marks and Spencer Chief Executive ...`), nor after one word only (the
/// department of `Trade and Industry Secretary Patricia Hewitt`).
fn cut_before_office(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let capitalised = |k: usize| capitalised_at(text, tokens, k);
    for c in found.iter_mut() {
        if c.label == Label::Person {
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        // Two words or more before `and` (not the department of `Trade and Industry Secretary`).
        if b < a + 4
            || !token_is(text, tokens, b - 2, "and")
            || !capitalised(b - 1)
            || !capitalised(b)
            || !super::groups::is_title(token_text(text, tokens, b))
            || !capitalised(b + 1)
            || is_rare_word(token_text(text, tokens, b - 1))
        {
            continue;
        }
        let listed = super::tagger::listed_run(text, tokens, b - 1, b);
        if !listed.personal_name && !listed.place && !listed.trained {
            c.span = Span::new(c.span.start, token_at(tokens, b - 3).span.end);
        }
    }
}

/// True for a surname's particle, or two (`van der`, `de la`).
fn is_particle_run(p: &str) -> bool {
    match rsplit_once_char(p, ' ') {
        Some((x, y)) => SURNAME_PARTICLES.contains(&x) && SECOND_PARTICLES.contains(&y),
        None => SURNAME_PARTICLES.contains(&p),
    }
}

/// True for a lower-case name particle, first or second (`de`, `van`, `la`, `der`).
pub(super) fn is_particle(w: &str) -> bool {
    SURNAME_PARTICLES.contains(&w) || SECOND_PARTICLES.contains(&w)
}

/// Takes a lower-case particle right before a person's name or a one-word name into it (`de Silva`
/// rather than `Silva`),
/// unless the particle opens its sentence's text or follows a capitalised word (which would have been
/// the name's first part).
fn with_leading_particle(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    // A particle as written (`de`), or capitalised at a sentence's start (`De`), then `true`.
    let particle = |w: &str| {
        if SURNAME_PARTICLES.contains(&w) {
            Some(false)
        } else {
            let capital = w.len() <= 4 && starts_by(w, is_upper);
            (capital && SURNAME_PARTICLES.contains_lowercase(w)).then_some(true)
        }
    };
    for k in 0..found.len() {
        let (a, b) = token_range(tokens, found[k].span);
        // A person's name, or one word the later stages may still find a person's (`by de Vries,
        // who`).
        if a == 0 || !(found[k].label == Label::Person || b == a + 1) {
            continue;
        }
        // A second particle after the first (`de la Cruz`, `van der Berg`) comes in with it.
        let two = a >= 2
            && SECOND_PARTICLES.has_token(text, tokens, a - 1)
            && particle(token_text(text, tokens, a - 2)).is_some()
            && space_before(text, tokens, a - 1);
        let single = b == a + 1;
        let a = if two { a - 1 } else { a };
        let p = token_at(tokens, a - 1);
        let before = a.checked_sub(2).map(|b| token_at(tokens, b));
        let capital = particle(p.text(text));
        // After a small word of a title-case headline too (`After von der Leyen Meets Trump`).
        let lone = before.map_or(capital == Some(true), |b| {
            (!b.capitalised(text) || crate::stopwords::is_lowercased_stopword(b.text(text)))
                && b.span.end < p.span.start
        });
        let free = k == 0 || found[k - 1].span.end <= p.span.start;
        // A first name the lists know before a lower-case particle makes a person's name of the
        // three (`Laurence des Cars`, where the tagger found only `Cars`); not before a place. So
        // does any capitalised word before a Dutch or German particle that no place name holds
        // (`Hendrik ter Veld`, `Dries van Noten`), where neither word is a place of the lists.
        let is_place = |t: &[Token]| {
            let l = super::tagger::listed(text, t);
            l.place || l.country
        };
        let first = before.filter(|f| {
            let w = f.text(text);
            let germanic = is_germanic_particle(p.text(text))
                && starts_by(w, is_upper)
                && w.len() > 2
                && !crate::stopwords::is_lowercased_stopword(w)
                && all_char(w, is_alpha)
                && !is_place(std::slice::from_ref(f))
                && !is_place(token_run(tokens, a, b));
            capital == Some(false)
                && one_space(text, f.span.end, p.span.start)
                && (k == 0 || found[k - 1].span.end <= f.span.start)
                && (germanic
                    || found[k].label != Label::Place
                        && super::tagger::listed(text, std::slice::from_ref(f)).personal_name)
        });
        if let (Some(f), true) = (first, single) {
            found[k].span = Span::new(f.span.start, found[k].span.end);
            found[k].label = Label::Person;
            continue;
        }
        let whole = Span::new(p.span.start, found[k].span.end);
        // A capitalised particle only before a second one (`Von der Leyen Survives`) or where a
        // full name of the text ends in the same words (`De la Vega said` before or after `Rafael
        // de la Vega`).
        let ok = match capital {
            Some(false) => true,
            Some(true) => {
                two || found.iter().any(|o| {
                    let o = o.span.slice(text);
                    o.len() > whole.len() + 1
                        && *at(o.as_bytes(), o.len() - whole.len() - 1) == b' '
                        && crate::text::eq_ignore_case(
                            run(o.as_bytes(), o.len() - whole.len(), o.len()),
                            whole.slice(text).as_bytes(),
                        )
                })
            }
            None => false,
        };
        if ok && one_space(text, p.span.end, token_at(tokens, a).span.start) && lone && free {
            found[k].span = whole;
        }
    }
}

/// Two people's names with a name particle between them are one name (`Joaquin del Olmo`, `Rafael
/// van der Vaart`, where the tagger found `Joaquin` and `Olmo`).
fn joined_over_particle(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    // In place, in one pass: `found[..w]` holds the mentions kept so far.
    let mut w = 0;
    for k in 0..found.len() {
        let next = *at(found, k);
        if w > 0 {
            let prev = *at(found, w - 1);
            let gap = Span::new(prev.span.end, next.span.start).slice(text);
            let p = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' '));
            // One particle, or two (`van der`, `de la`).
            let particle = p.is_some_and(is_particle_run);
            // `son of` in Arabic names: what follows is a name of the father's line, whatever the
            // tagger took it for (`Faisal bin Farhan`, `Mohammed bin Abdulrahman Al Thani`).
            let son_of = p.is_some_and(|p| SON_OF.contains(p));
            let (_, b) = token_range(tokens, prev.span);
            let one_token = (b + 1..b + 3).any(|i| {
                tokens
                    .get(i)
                    .is_some_and(|t| t.span.start == next.span.start)
            });
            // A first name the lists know before a particle and a name that is no place is a
            // person's, whatever the tagger took its first name for (`Chad le Clos`; not `Luis de
            // Madrid`).
            let (a, _) = token_range(tokens, prev.span);
            // (A place only when no list has it as one: the tagger's guess for an unknown word,
            // `Oscar del Pozo`.)
            let first_name = particle
                && b == a + 1
                && next.label.is_name()
                && (next.label != Label::Place
                    || !super::tagger::listed_run(text, tokens, b + 1, b + 2).place
                        && token_range(tokens, next.span).1 == b + 2)
                && super::tagger::listed_run(text, tokens, a, b).personal_name;
            // Two words around a Dutch or German particle, neither a place of the lists
            // (`Hendrik ter Veld`, where the tagger found a person and a place).
            let germanic = p.is_some_and(is_germanic_particle)
                && b == a + 1
                && prev.label != Label::Org
                && !crate::stopwords::is_lowercased_stopword(token_text(text, tokens, a))
                && next.label.is_name()
                && token_range(tokens, next.span).1 == b + 2
                && !super::tagger::listed_run(text, tokens, a, b).place
                && !super::tagger::listed_run(text, tokens, b + 1, b + 2).place;
            if (prev.label == Label::Person || first_name)
                && (next.label == Label::Person && particle
                    || son_of && next.label.is_name()
                    || first_name)
                && one_token
                || germanic && one_token
            {
                let joined = at_mut(found, w - 1);
                joined.span = Span::new(prev.span.start, next.span.end);
                joined.label = Label::Person;
                continue;
            }
        }
        *at_mut(found, w) = next;
        w += 1;
    }
    found.truncate(w);
}

/// Takes the word before a MISC mention into it when the two make a listed MISC phrase (`West Indian`
/// where the tagger found `Indian`).
fn with_listed_word_before(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for k in 0..found.len() {
        let (a, _) = token_range(tokens, found[k].span);
        if found[k].label != Label::Misc || a == 0 {
            continue;
        }
        let p = token_at(tokens, a - 1).span;
        let free = k == 0 || found[k - 1].span.end <= p.start;
        let joined = Span::new(p.start, found[k].span.end);
        if free
            && one_space(text, p.end, found[k].span.start)
            && super::tagger::lexicon::known_span(text, joined) == Some(Label::Misc)
        {
            found[k].span = joined;
        }
    }
}

/// True for a mention of two tokens, a capital letter (not `A`, `I`, `Q`, `V`, `X`) and a
/// capitalised word of small letters that no list has as a place, an event or a training
/// organisation.
fn is_letter_and_surname(text: &str, tokens: &[Token], span: Span) -> bool {
    let (a, b) = token_range(tokens, span);
    let (letter, word) = (token_text(text, tokens, a), token_text(text, tokens, a + 1));
    b == a + 2
        && matches!(letter.as_bytes(), [l] if l.is_ascii_uppercase() && !b"AIQVX".contains(l))
        && word.len() > 2
        && starts_by(word, |c| c.is_ascii_uppercase())
        && all_bytes(tail(word, 1), |b| b.is_ascii_lowercase())
        && {
            let l = super::tagger::listed_run(text, tokens, a + 1, b);
            !(l.place || l.misc || l.trained_org)
        }
        && super::tagger::lexicon::known_span(text, span).is_none()
}

/// True for a mention of two words, a listed first name that no list has as anything else and a
/// listed city that is a surname too, that no list knows as a whole (not `Sandy Springs`).
fn is_first_name_and_city(text: &str, tokens: &[Token], span: Span) -> bool {
    let (a, b) = token_range(tokens, span);
    b == a + 2
        && {
            let l = super::tagger::listed_run(text, tokens, a, a + 1);
            l.first_name && !(l.place || l.misc || l.trained_org || l.trained)
        }
        && {
            let l = super::tagger::listed_run(text, tokens, a + 1, b);
            l.city && l.personal_name
        }
        && super::tagger::lexicon::known_span(text, span).is_none()
        && !super::tagger::listed_run(text, tokens, a, b).place
}

/// True for an initial: one capital letter and a period (`I.`).
fn is_initial(w: &str) -> bool {
    let mut c = chars(w);
    matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if is_upper(l))
}

/// An initial and the capitalised word after it are a person's name (`I. Austin 4-37`, `P. Such`,
/// as scorecards write them): a mention of the initial alone takes the word in, and a one-word
/// mention right after a free initial takes the initial in, as a person's surname in capitals takes
/// a listed first name before it (`SAM KERR`); all become PERSON.
fn with_initial(text: &str, tokens: &[Token], sentences: &[Span], found: &mut [Candidate]) {
    // True when bytes `a` and `b` (`a <= b`) are in one sentence: no sentence ends between them.
    let together = |a: usize, b: usize| {
        let k = ending_by(sentences, a);
        sentences.get(k).is_none_or(|s| b < s.end)
    };
    // A mention grows only over a token no other mention holds, so `found` stays disjoint.
    for k in 0..found.len() {
        let (a, b) = token_range(tokens, found[k].span);
        let next_free = found
            .get(k + 1)
            .is_none_or(|n| tokens.get(b).is_some_and(|t| t.span.end <= n.span.start));
        if b == a + 1 && is_initial(token_text(text, tokens, a)) && next_free {
            if let Some(t) = tokens.get(b).filter(|t| {
                t.kind == TokenKind::Word
                    && t.capitalised(text)
                    && one_space(text, found[k].span.end, t.span.start)
                    && together(found[k].span.start, t.span.start)
            }) {
                found[k].span = Span::new(found[k].span.start, t.span.end);
                found[k].label = Label::Person;
            }
        } else if b == a + 1 && a > 0 && {
            // Or a first name in capitals before a surname in capitals (`AS SAM KERR RETURNS`).
            let (w, name) = (token_text(text, tokens, a - 1), token_text(text, tokens, a));
            let caps = |w: &str| w.len() > 1 && !any_char(w, is_lower);
            is_initial(w)
                || found[k].label == Label::Person
                    && caps(w)
                    && caps(name)
                    && !crate::stopwords::is_lowercased_stopword(w)
                    && !super::groups::is_title(w)
                    && {
                        let l = super::tagger::listed_run(text, tokens, a - 1, a);
                        l.first_name && !l.place && !l.trained_org
                    }
        } {
            let i = token_at(tokens, a - 1);
            let free = k == 0 || found[k - 1].span.end <= i.span.start;
            if free
                && one_space(text, i.span.end, found[k].span.start)
                && together(i.span.start, found[k].span.start)
            {
                found[k].span = Span::new(i.span.start, found[k].span.end);
                found[k].label = Label::Person;
            }
        }
    }
}

/// True for a mention that cannot be a name: a month or weekday alone (`Sept`; not `May`), an
/// ordinal word alone (`Fifth`), a portfolio before `Minister`, the `N` of `N/A`, a sport written in
/// capitals (`GOLF`), or `AI` alone, a field and a common noun (`an AI browser`; `Meta AI` is a
/// name).
fn is_no_name(text: &str, tokens: &[Token], forms: &Forms, span: Span) -> bool {
    // A hashtag or a handle (`#SpaceX`, `@AP`): a social post's markup, which the self-written
    // sets leave unmarked (29 of 29).
    if matches!(head(text, span.start).as_bytes().last(), Some(b'#' | b'@')) {
        return true;
    }
    let (a, b) = token_range(tokens, span);
    // A capitalised article and a number (`The 1992 champion`).
    if b == a + 2
        && CAPITAL_ARTICLES.has_token(text, tokens, a)
        && token_at(tokens, a + 1).kind == TokenKind::Number
    {
        return true;
    }
    // An old photo's mark at the end of its credit (`(AP Photo/Jeff Chiu, File)`).
    if b == a + 1
        && token_is(text, tokens, a, "File")
        && a > 0
        && token_is(text, tokens, a - 1, ",")
        && token_is(text, tokens, b, ")")
    {
        return true;
    }
    // A web page's time stamp word and a weekday's short form (`Published Thu, April 9, 2026`,
    // `Updated Wed`), which the tagger may read as a person's two names.
    if b == a + 2 && STAMP_WORDS.has_lower(forms, a) && STAMP_WORDS.has_lower(forms, a + 1) {
        return true;
    }
    // Such a word before the stamp's time (`Updated 9:12 PM GMT` after a `|`), which the tagger
    // may take whole.
    if b >= a + 2
        && PAGE_DATE_WORDS.has_lower(forms, a)
        && token_at(tokens, a + 1).kind == TokenKind::Number
    {
        return true;
    }
    // A minister's portfolio before the title (`Finance` of `Finance Minister Satsuki Katayama`,
    // `Trade and Industry Secretary`), which CoNLL-2003 leaves unmarked (`Foreign Minister` 12
    // times of 12); not a ministry (`Finance Ministry`, an organisation).
    // The title may follow the rest of a portfolio (`Work` of `Work and Pensions Secretary`).
    let mut title = b;
    while title < b + 4 && PORTFOLIO_WORDS.has_lower(forms, title) {
        title += 1;
    }
    if OFFICE_HOLDERS.has_lower(forms, title) && (a..b).all(|k| PORTFOLIO_WORDS.has_lower(forms, k))
    {
        return true;
    }
    // `N/A` in a table, taken whole.
    if span.slice(text) == "N/A" {
        return true;
    }
    // A word that abbreviates before a number ending the mention, after stopwords only (`Under
    // Art.` of `Under Art. IV of the treaty`): a reference to a document's part.
    if let Some(abbr) = token_text(text, tokens, b - 1).strip_suffix('.') {
        if (a..b - 1).all(|k| crate::stopwords::is_stopword(forms.lower(k)))
            && crate::abbreviations::abbreviation_kind(abbr)
                == Some(crate::abbreviations::AbbreviationKind::Number)
            && crate::tokens::number_follows(crate::text::tail(text, span.end))
        {
            return true;
        }
    }
    if b != a + 1 {
        return false;
    }
    let (w, low) = (token_text(text, tokens, a), forms.lower(a));
    // A tornado's rating on the Enhanced Fujita scale (`EF3`).
    if matches!(w.as_bytes(), [b'E', b'F', b'0'..=b'5']) {
        return true;
    }
    let next = |k: usize| crate::tokens::token_text(text, tokens, a + k);
    is_date_word(low)
        || ORDINALS.contains(&low)
        || (w == "N" && token_is(text, tokens, a + 1, "/") && token_is(text, tokens, a + 2, "A"))
        || ((SPORTS.contains(&low) || SEASONS.contains(&low)) && !any_char(w, is_lower))
        || w == "AI"
        || GENRES.contains(&low)
        // A list's heading (`Timeline` over `- Nov. 26: ...`), which the tagger read as an
        // organisation five times in the looked-at articles; no set marks it.
        || low == "timeline"
        // A results list's heading (`Men 's singles`, `Women's 400 metres`).
        || MEN_WOMEN.contains(low)
        // A credit line's word before whom it credits (`Additional reporting by`, `Editing by`).
        || (CREDIT_WORDS.contains(&low) && CREDIT_AFTER.contains(next(1)))
        // A part of a document or a contest counted by a number (`Page 2 of 3`, `Step 3`, `Round
        // 4`, `Photo 3 of 12`): a word, no name.
        || (NUMBERED_PARTS.contains(&low)
            && any_char(w, is_lower)
            && tokens.get(a + 1).is_some_and(|n| n.kind == TokenKind::Number))
        // A question word opening a question (`Who said...`, not `WHO`), which the tagger may
        // take for an acronym written elsewhere in capitals.
        || (QUESTION_WORDS.contains(&low) && any_char(w, is_lower))
        // Nor is one in capitals that opens a question in capitals (`WHO SITS IN JUDGEMENT?`, a
        // section's heading), though it spells an acronym of the lists.
        || (QUESTION_WORDS.contains(&low) && opens_shouted_question(text, tokens, a))
        // A web page's time stamp (`Updated 9:15 a.m.`, `Published: Dec. 1`, `Tue December 1`).
        || (STAMP_WORDS.contains(&low)
            && tokens.get(a + 1).is_some_and(|n| {
                n.kind == TokenKind::Number
                    || n.is(text, ":")
                    || super::values::lexicon::MONTHS.contains_lowercase(n.text(text))
                    // A weekday's short form (`Posted Tue 15 Dec 2026`).
                    || STAMP_WORDS.contains_lowercase(n.text(text))
            }))
}

/// True when token `a` opens a sentence or a line and the words from it to the sentence's end have
/// no small letter, the end being a question mark (`WHO SITS IN JUDGEMENT?`).
fn opens_shouted_question(text: &str, tokens: &[Token], a: usize) -> bool {
    let opens = a == 0 || {
        let prev = token_at(tokens, a - 1);
        matches!(prev.text(text), "." | "?" | "!")
            || has_char(
                Span::new(prev.span.end, token_at(tokens, a).span.start).slice(text),
                '\n',
            )
    };
    let end = (a..tokens.len().min(a + 30))
        .find(|&k| matches!(token_text(text, tokens, k), "." | "?" | "!"));
    opens
        && end.is_some_and(|e| {
            token_is(text, tokens, e, "?")
                && (a..e).all(|k| !any_char(token_text(text, tokens, k), is_lower))
        })
}

/// True for a month or weekday name (lower case, as the value scanner's lists write them) or a
/// weekday's short form (`Tue`, `Thu`: `Broadcom (Thu)`), but not `may`, which is also a word and a
/// surname, nor `mar`, a saint's title (`Mar Elias Church`), nor `jun`, a given name (`Jun
/// Ishikawa`), nor `Mon`, `Sat` and `Sun` (a people, a test, a newspaper).
pub(super) fn is_date_word(low: &str) -> bool {
    use super::values::lexicon::{MONTHS, WEEKDAYS};
    !WORD_LIKE_MONTHS.contains(low)
        && (MONTHS.contains(&low) || WEEKDAYS.contains(&low) || WEEKDAY_SHORT_FORMS.contains(low))
}

/// True when token `k` is a month or a weekday with a capital ([`without_dates`]). Inlined natively;
/// one call in the .wasm, where each of its five uses inlined it.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_capitalised_date(text: &str, tokens: &[Token], forms: &Forms, k: usize) -> bool {
    is_date_word(forms.lower(k)) && capitalised_at(text, tokens, k)
}

/// Cuts a month or a weekday off the edge of a name, and the small words before one cut off its end
/// (`June Comelf`, `CNBC Friday`, `Drive to Survive on Friday`, `the Chicago
/// Purchasing Managers August index`, `February's Grammy Awards`): a date next to a name is not part
/// of it. Not in a person's name (`August Wilson`, `Ruby Tuesday`), nor first in an event's
/// (`January Uprising`) unless as a possessive, nor in a name of the training data (`Sheffield
/// Wednesday`); `May` is never cut (`Theresa May`).
fn without_dates(text: &str, tokens: &[Token], forms: &Forms, found: &mut [Candidate]) {
    let is_date = |k: usize| is_capitalised_date(text, tokens, forms, k);
    for c in found.iter_mut() {
        if c.label == Label::Person {
            continue;
        }
        let (a0, b0) = token_range(tokens, c.span);
        let (mut a, mut b) = (a0, b0);
        let has_date = is_date(a) || (b > a + 1 && is_date(b - 1));
        // A name of the training data or of the news lists keeps its date word (`Sheffield
        // Wednesday`, a club; `Sunday Times`; not a run with `Mr`, which no listed name holds and
        // a hashed key of some other phrase may match), and so does a day's name (`Black Friday`,
        // `Cyber Monday`, `Remembrance Sunday`).
        let day = b0 == a0 + 2 && DAY_NAMES.has_token(text, tokens, a0);
        let run = token_run(tokens, a0, b0);
        if !has_date
            || day
            || super::tagger::listed(text, run).trained
            || (super::tagger::lexicon::known_tokens(text, run).is_some()
                && !run.iter().any(|t| is_courtesy_title(t.text(text))))
        {
            continue;
        }
        while b > a + 1 && is_date(b - 1) {
            b -= 1;
        }
        // And the small word before a date cut off the end (`Drive to Survive on` of `Drive to
        // Survive on Friday`): no name ends in one.
        while b < b0 && b > a + 1 && {
            let w = token_text(text, tokens, b - 1);
            all_char(w, is_lower) && crate::stopwords::is_stopword(w)
        } {
            b -= 1;
        }
        while b > a + 1 && matches!(c.label, Label::Org | Label::Place) && is_date(a) {
            a += 1;
        }
        // A date's possessive before any name (`February's Grammy Awards`).
        if b > a + 2
            && is_date(a)
            && crate::tokens::is_possessive_token(token_text(text, tokens, a + 1))
        {
            a += 2;
        }
        if (a, b) != (a0, b0) {
            // The end stays where it was (perhaps short of a final period) unless a date was cut.
            let end = if b == b0 {
                c.span.end
            } else {
                token_at(tokens, b - 1).span.end
            };
            c.span = Span::new(token_at(tokens, a).span.start, end);
        }
    }
}

/// True for a mention made by [`with_modifier_suffix`] (`Boston-based`): MISC by its form, whatever
/// cue stands around it.
pub(crate) fn is_modifier_compound(mention: &str) -> bool {
    rsplit_once_by(mention, crate::tokens::is_hyphen)
        .is_some_and(|(name, suffix)| !name.is_empty() && crate::tokens::is_modifier_suffix(suffix))
}

/// The end of a compound whose name ends with token `b - 1`, if a hyphen and a modifier suffix
/// follow it ([`with_modifier_suffix`]). Inlined natively; one call in the .wasm, where each of its
/// two uses inlined it.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn modifier_suffix_end(text: &str, tokens: &[Token], b: usize) -> Option<usize> {
    let (p, h, w) = (
        tokens.get(b.checked_sub(1)?)?,
        tokens.get(b)?,
        tokens.get(b + 1)?,
    );
    let joined = h.span.start == p.span.end && w.span.start == h.span.end;
    (joined
        && all_char(h.text(text), crate::tokens::is_hyphen)
        && crate::tokens::is_modifier_suffix(w.text(text)))
    .then_some(w.span.end)
}

/// True for a pair of nationality words (`Hungarian-British`, as CoNLL-2003 marks `Israeli-Syrian`:
/// 9 times in 11; `Korean-American`). Inlined natively; one call in the .wasm, as
/// [`modifier_suffix_end`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_nationality_pair(w: &str) -> bool {
    has_char(w, '-')
        && split_by(w, |c| c == '-').all(|p| {
            starts_by(p, is_upper) && super::tagger::lexicon::known(p) == Some(Label::Misc)
        })
}

/// A name joined by a hyphen to a modifier suffix (`Boston-based`, `U.S.-led`, `Surinamese-born`,
/// `Chinese-made`) is one MISC mention, an adjective made of a name like `American`: CoNLL-2003
/// marks such words so (52 of the 60 or so in its training set: `Toronto-based`, `German-led`,
/// `Russian-made`).
/// The tokenizer splits the suffix off ([`crate::tokens`]), so the name alone came out of the
/// tagger.
fn with_modifier_suffix(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    // The end of a compound whose name ends with token `b - 1`, if a hyphen and a suffix follow it.
    let suffix_end = |b: usize| modifier_suffix_end(text, tokens, b);
    // A pair of nationality words (`Hungarian-British`, as CoNLL-2003 marks `Israeli-Syrian`: 9
    // times in 11; `Korean-American`).
    let pair = is_nationality_pair;
    // An adjective of a common noun's acronym is no name (`AI-powered`, `EV-focused`), nor is its
    // plural (`EVs`, `PCs`).
    crate::vecs::retain(found, |c| {
        let w = c.span.slice(text);
        let w = w.strip_suffix('s').unwrap_or(w);
        !COMMON_ACRONYMS.contains(&head(
            w,
            find_by(w, crate::tokens::is_hyphen).unwrap_or(w.len()),
        ))
    });
    for c in found.iter_mut() {
        let (_, b) = token_range(tokens, c.span);
        if let Some(end) = suffix_end(b) {
            c.span = Span::new(c.span.start, end);
            c.label = Label::Misc;
        } else if pair(c.span.slice(text)) {
            c.label = Label::Misc;
        }
    }
    // The tokenizer splits a suffix only off a capitalised name, so a compound the tagger missed
    // (`Chinese-made cars` opening a sentence) is one too; so is a pair of nationality words.
    let mut added = Vec::new();
    let mut next = 0;
    for (k, t) in tokens.iter().enumerate() {
        while next < found.len() && found[next].span.end <= t.span.start {
            next += 1;
        }
        // Both kinds start with a capital, so most tokens go no further.
        if t.kind != TokenKind::Word || !t.capitalised(text) {
            continue;
        }
        let w = t.text(text);
        if COMMON_ACRONYMS.contains(&w) {
            continue;
        }
        let end = suffix_end(k + 1).or(pair(w).then_some(t.span.end));
        // Only over tokens no mention holds, so `found` stays disjoint.
        if let Some(end) = end.filter(|&e| found.get(next).is_none_or(|c| c.span.start >= e)) {
            Candidate::push_to(
                &mut added,
                Span::new(t.span.start, end),
                Label::Misc,
                Source::Name,
            );
        }
    }
    add_sorted(found, added);
}

/// True for an acronym: two to eight capital letters (`MNLF`, `ONDH`), not a month (`SEP`, `SEPT`).
fn is_acronym(w: &str) -> bool {
    use super::values::lexicon::MONTHS;
    let low = ascii_lowercase(w);
    (2..=8).contains(&w.len())
        && all_bytes(w, |b| b.is_ascii_uppercase())
        && !is_date_word(&low)
        && !(low.len() == 3 && MONTHS.iter().any(|m| m.starts_with(&low)))
}

/// An organisation's acronym in brackets right after its name, or its name in brackets right after
/// the acronym, is the organisation too: `Moro National Liberation Front ( MNLF )`, `the FOMC
/// ( Federal Open Market Committee )`. CoNLL-2003 train marks the acronym after an ORG mention ORG
/// 86 times in 88. So is a MISC name's, a law's or a product's (`Digital Markets Act (DMA)`,
/// `PlayStation Portable (PSP)`).
fn with_bracketed_acronym(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let word = |k: usize| crate::tokens::token_text(text, tokens, k);
    let mut added = Vec::new();
    for k in 0..found.len() {
        let label = at(found, k).label;
        if !matches!(label, Label::Org | Label::Misc) {
            continue;
        }
        let (a, b) = token_range(tokens, at(found, k).span);
        // `NAME ( ACR )`, or `ACR ( NAME )`.
        let acronym = if token_is(text, tokens, b, "(")
            && is_acronym(word(b + 1))
            && token_is(text, tokens, b + 2, ")")
        {
            b + 1
        } else if a >= 2
            && token_is(text, tokens, a - 1, "(")
            && is_acronym(word(a - 2))
            && token_is(text, tokens, b, ")")
            && word(a - 2).bytes().next() == word(a).bytes().next()
        {
            // An acronym before its name starts with the name's letter (not `JOBLESS ( INEM )`).
            a - 2
        } else {
            continue;
        };
        let span = token_at(tokens, acronym).span;
        // The mentions right before and right after it (none before the first: `k - 1` wraps
        // past the last).
        let mut taken = false;
        for j in [k.wrapping_sub(1), k + 1] {
            let Some(c) = found.get_mut(j) else {
                continue;
            };
            if c.span == span {
                c.label = label;
            }
            taken |= c.span.overlaps(&span);
        }
        if !taken {
            Candidate::push_to(&mut added, span, label, Source::Name);
        }
    }
    add_sorted(found, added);
}

/// Stock exchanges whose name, a colon and a code in brackets give a company's code (`(NYSE: LYV)`).
const STOCK_EXCHANGES: [&str; 10] = [
    "NYSE", "Nasdaq", "NASDAQ", "LSE", "TSX", "ASX", "HKEX", "NSE", "BSE", "AMEX",
];

/// A stock's exchange code in brackets or a table's cell (`(ALK.N)`, `( AIR.PA )`, `(7203.T)`,
/// `(RELIANCE.NS)`, `| TCS.NS |`; Reuters style: a code of capitals or digits, a full stop and the
/// exchange's capitals) is the company, and so is the name right before it (`Agnico Eagle
/// (AEM.TO)`).
fn with_tickers(text: &str, found: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let run = |i: usize, max: usize, ok: fn(u8) -> bool| {
        let n = crate::text::leading_bytes(&b[i.min(b.len())..], max + 1, ok);
        (1..=max).contains(&n).then_some(i + n)
    };
    let mut added = Vec::new();
    // The brackets and bars are ASCII, so their bytes are their chars. A text without a `|` (nearly
    // every one) has its `(`s found by `find_char`'s fast byte search.
    let bars = has_char(text, '|');
    let next_open = |from: usize| {
        if bars {
            tail(text, from)
                .bytes()
                .position(|c| matches!(c, b'(' | b'|'))
        } else {
            find_char(tail(text, from), '(')
        }
        .map(|p| from + p)
    };
    let mut from = 0;
    while let Some(open) = next_open(from) {
        from = open + 1;
        // Pre-tokenised text spaces the brackets (`( ALK.N )`).
        let code = open + 1 + usize::from(b.get(open + 1) == Some(&b' '));
        // Or the exchange's name, a colon and the code (`(NYSE: LYV)`, `(LSE: AML)`): the
        // looked-at sets mark all seven such codes ORG.
        let exchange = STOCK_EXCHANGES
            .iter()
            .find(|x| b[code.min(b.len())..].starts_with(x.as_bytes()))
            .map(|x| code + x.len());
        if let Some(colon) = exchange.filter(|&e| b.get(e) == Some(&b':')) {
            let start = colon + 1 + usize::from(b.get(colon + 1) == Some(&b' '));
            if let Some(end) = run(start, 6, |c| c.is_ascii_uppercase() || c == b'.') {
                if b.get(end) == Some(&b')') {
                    replace_with(found, Span::new(start, end), Label::Org, &mut added);
                }
            }
            continue;
        }
        let Some(dot) = run(code, 10, |c| c.is_ascii_uppercase() || c.is_ascii_digit()) else {
            continue;
        };
        let Some(end) = (b.get(dot) == Some(&b'.'))
            .then(|| run(dot + 1, 3, |c| c.is_ascii_uppercase()))
            .flatten()
        else {
            continue;
        };
        let close = end + usize::from(b.get(end) == Some(&b' '));
        if !matches!(b.get(close), Some(b')' | b',' | b'|')) {
            continue;
        }
        let span = Span::new(code, end);
        // `found` is sorted and disjoint: the name before the bracket and the mentions inside the
        // code are found by binary search, not by a pass over every mention per code.
        let k = ending_by(found, open);
        if let Some(c) = k.checked_sub(1).map(|j| at_mut(found, j)) {
            if c.span.end + 1 == open && *at(b, c.span.end) == b' ' {
                c.label = Label::Org;
            }
        }
        replace_with(found, span, Label::Org, &mut added);
    }
    crate::entities::drop_empty(found);
    add_sorted(found, added);
}

/// Makes a place of a metro's line named by a colour or as London's are, with its word `line`
/// (`the Elizabeth line`, `the Purple Line`): all 8 such names of the looked-at sets are places
/// (the tagger read `Elizabeth` a person). `found` stays sorted and disjoint.
fn with_metro_lines(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 1..tokens.len() {
        if crate::tokens::may_start(text, tokens, k, |b| b.eq_ignore_ascii_case(&b'l'))
            && token_at(tokens, k).text(text).eq_ignore_ascii_case("line")
            && METRO_LINES.has_token(text, tokens, k - 1)
            && space_before(text, tokens, k)
        {
            let span = Span::new(
                token_at(tokens, k - 1).span.start,
                token_at(tokens, k).span.end,
            );
            replace_with(found, span, Label::Place, &mut add);
        }
    }
    if !add.is_empty() {
        crate::entities::drop_empty(found);
        add_sorted(found, add);
    }
}

/// Empties the mentions of `found` (sorted and disjoint) that overlap `span`, and queues a mention
/// labelled `label` over `span` in `add`. The mentions are found by binary search, not by a pass over
/// every mention for each span.
fn replace_with(found: &mut [Candidate], span: Span, label: Label, add: &mut Vec<Candidate>) {
    let k = ending_by(found, span.start);
    for c in run_mut(found, k, found.len())
        .iter_mut()
        .take_while(|c| c.span.start < span.end)
    {
        if c.span.overlaps(&span) {
            c.span = Span::new(c.span.start, c.span.start);
        }
    }
    Candidate::push_to(add, span, label, Source::Name);
}

/// True when one space separates token `k` from the token before it (`k` > 0): two words of one
/// run.
pub(crate) fn space_before(text: &str, tokens: &[Token], k: usize) -> bool {
    one_space(
        text,
        token_at(tokens, k - 1).span.end,
        token_at(tokens, k).span.start,
    )
}

/// The tokens that start inside `span`, as an index range of `tokens` (sorted).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub(super) fn token_range(tokens: &[Token], span: Span) -> (usize, usize) {
    token_bounds(tokens, span)
}

/// [`token_range`] in the .wasm: the two indices come back packed in one `u64` (the first in the
/// low half), where a pair is written to memory by the callee and loaded back at each of the
/// hundred calls.
#[cfg(target_arch = "wasm32")]
#[inline]
pub(super) fn token_range(tokens: &[Token], span: Span) -> (usize, usize) {
    let ab = packed_token_range(tokens, span);
    (ab as u32 as usize, (ab >> 32) as usize)
}

/// [`token_bounds`] packed for [`token_range`] in the .wasm.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn packed_token_range(tokens: &[Token], span: Span) -> u64 {
    let (a, b) = token_bounds(tokens, span);
    a as u64 | (b as u64) << 32
}

/// [`token_range`]'s search: natively a look-up in the text's table when there is one
/// ([`super::token_index`]).
fn token_bounds(tokens: &[Token], span: Span) -> (usize, usize) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(ab) = super::token_index::token_bounds(tokens, span.start, span.end) {
        return ab;
    }
    let a = starting_before(tokens, span.start);
    // A mention holds a few tokens: its end is looked for one token at a time among the next
    // eight, unless the eighth starts inside it too (a sentence), and then by a binary search of the
    // rest of the text.
    let near = tokens.len().min(a + 8);
    if near > a && token_at(tokens, near - 1).span.start < span.end {
        return (
            a,
            near + starting_before(token_run(tokens, near, tokens.len()), span.end),
        );
    }
    let mut b = a;
    while b < near && token_at(tokens, b).span.start < span.end {
        b += 1;
    }
    (a, b)
}

/// True for a word that the part-of-speech lexicon has as a common noun and never as a proper noun,
/// and that ends no organisation's name (`voters`, `double`; not `group`, `foods`): in a headline
/// it stands beside a person's name without being part of it (`Florida Voters Back DeSantis's`).
/// `low` is in lower case.
fn is_everyday_noun(low: &str) -> bool {
    is_only_common_noun(low) && label_by_last_word(low).is_none()
}

/// True for a word (in lower case) that the part-of-speech lexicon has as a common noun and never as
/// a proper noun (`marketing`, `double`).
fn is_only_common_noun(low: &str) -> bool {
    crate::pos::known_tags(low).is_some_and(|tags| {
        use crate::pos::Pos;
        tags & (Pos::Noun.bit() | Pos::NounPlural.bit()) != 0
            && tags & (Pos::ProperNoun.bit() | Pos::ProperNounPlural.bit()) == 0
    })
}

/// The project's lists of organisations and people in the news, compiled as a gazetteer (a word with a
/// capital matches as written or in full capitals).
fn lists() -> &'static Gazetteer {
    static CELL: OnceLock<Gazetteer> = OnceLock::new();
    CELL.get_or_init(|| Gazetteer::new(&super::tagger::lexicon::entries()))
}

/// Adds the names of the project's lists that the tagger missed or cut short (`Uber` opening a
/// sentence, `Suk Yeol` for `Yoon Suk Yeol`): a list match that no tagger mention overlaps becomes a
/// mention, and one that holds every tagger mention it overlaps replaces them. A single word opening a
/// sentence must not be an everyday English word (`Snap`, `Target` may start a sentence as words).
fn recover(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    lines: &headline_lines::HeadlineLines,
    found: &mut Vec<Candidate>,
) {
    // The famous people and organisations are hashed: their keys are the tokens' lower-case hashes.
    // Each spelling's computed once, when a run of words with capitals asks for it (0: not yet).
    let mut buf = String::new();
    let mut lows = crate::vecs::filled(0u64, forms.spellings());
    let mut low = |k: usize| {
        let Some(id) = forms
            .spelling(k)
            .map(|s| s.index())
            .filter(|&id| id < lows.len())
        else {
            return super::tagger::features::low_hash_of(token_text(text, tokens, k), &mut buf);
        };
        if *crate::vecs::at(&lows, id) == 0 {
            *crate::vecs::at_mut(&mut lows, id) =
                super::tagger::features::low_hash_of(token_text(text, tokens, k), &mut buf);
        }
        *crate::vecs::at(&lows, id)
    };
    let mut listed = lists().find_with(text, tokens, forms, sentences, |i, limit| {
        super::tagger::famous::famous_at(text, tokens, &mut low, i, limit)
    });
    with_hashed_runs(text, tokens, (sentences, lines), found, &mut listed);
    with_hashed_in_headlines(text, tokens, sentences, lines, &mut listed);
    with_names_in_capitals(text, tokens, sentences, lines, &mut listed);
    // A courtesy title or an office is no part of a listed name (`Mr Bush` of the news is `Bush`,
    // `Judge Yvonne Gonzalez Rogers` is `Yvonne Gonzalez Rogers`), as CoNLL-2003 marks names; a
    // rank by birth or faith stays (`Prince Harry`, `Lady Gaga`).
    for m in &mut listed {
        let (a, b) = token_range(tokens, m.span);
        let w = token_text(text, tokens, a);
        let office = || super::groups::is_title(w) && !BORN_TITLES.contains(&ascii_lowercase(w));
        if m.label == Label::Person
            && b > a + 1
            && (is_courtesy_title(w) || office())
            && starts_by(token_text(text, tokens, a + 1), is_upper)
        {
            m.span.start = token_at(tokens, a + 1).span.start;
        }
    }
    split_bridged(text, tokens, &listed, found);
    cut_after_listed(text, tokens, sentences, &listed, found);
    // `found` is sorted and disjoint: the mentions a match overlaps are a run found by binary search.
    let mut drop = crate::vecs::filled(false, found.len());
    let mut add = Vec::new();
    // Whether the last sentence asked about is a headline: asked once a sentence, as the matches
    // come in order (a sentence of a megabyte is read once, not once a match).
    let mut headline_memo: Option<(usize, bool)> = None;
    let mut headline_at = |at: usize| {
        let k = ending_by(sentences, at);
        match headline_memo {
            Some((j, h)) if j == k => h,
            _ => {
                let h = in_headline(text, tokens, sentences, at);
                headline_memo = Some((k, h));
                h
            }
        }
    };
    for mut m in listed {
        if m.label == Label::Misc {
            m.span = with_model_number(text, tokens, m.span);
        }
        let a = ending_by(found, m.span.start);
        let b = starting_before(found, m.span.end).max(a);
        // A tagger mention that holds the match's first words after a word that opens a sentence
        // as no name does (`Even Ursula` of `Even Ursula von der Leyen`, `But Deutsche Bank`) loses
        // the word and gives way to the match (only where the match takes its place, and only at a
        // sentence's start: inside one a capitalised word is a name's own).
        if let Some(c) = found.get_mut(a).filter(|c| c.span.start < m.span.start) {
            let k = starting_before(tokens, c.span.start);
            let opens = c.span.end <= m.span.end
                && OPENING_WORDS.has_lower(forms, k)
                && any_char(token_text(text, tokens, k), is_lower)
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.span.start == m.span.start)
                && sentences
                    .get(ending_by(sentences, c.span.start))
                    .is_some_and(|s| {
                        let before = Span::new(s.start.min(c.span.start), c.span.start);
                        !any_char(before.slice(text), is_alnum)
                    });
            if opens {
                c.span.start = m.span.start;
            }
        }
        let over = run(found, a, b);
        // A listed person at the end of a tagger mention, after `of`, is that person alone
        // (`Fall of Zelensky`, `Critics of Keith Richards`): a name holds no person after `of`
        // that the lists know, unless the lists have the whole.
        if let [c] = over {
            let k = starting_before(tokens, m.span.start);
            if m.label == Label::Person
                && c.span.start < m.span.start
                && c.span.end == m.span.end
                && k > 0
                && token_is(text, tokens, k - 1, "of")
                && super::tagger::lexicon::known_span(text, c.span).is_none()
            {
                *at_mut(&mut drop, a) = true;
                Candidate::push_to(&mut add, m.span, m.label, Source::Name);
                continue;
            }
        }
        // A listed name inside a tagger mention of a title-case headline that ran on over the
        // headline's small words or verbs is that name alone (`Mourn Dominique de Villepin After
        // Sudden Death`).
        if let [c] = over {
            let (ca, cb) = token_range(tokens, c.span);
            let (ma, mb) = token_range(tokens, m.span);
            // Or everyday nouns around a person's name (`Florida Voters Back DeSantis's Amendment`,
            // `Vote Starmer`), unless the mention is a title that opens with `The` (`The Catherine
            // Tate Show`).
            let nouns = m.label == Label::Person && !token_is(text, tokens, ca, "The");
            // Not a word that joins a name's parts (`Republic of Ireland`, `A Henderson`).
            let headline_word = |k: usize| {
                let low = lowercase(token_text(text, tokens, k));
                (HEADLINE_SMALL_WORDS.contains(&low.as_str())
                    && !PARTICLES.contains(&low.as_str())
                    && !ARTICLES_AND_VERSUS.contains(&low))
                    || is_headline_verb(text, token_at(tokens, k), false)
                    || (nouns && is_everyday_noun(&low))
            };
            if m.label != Label::Misc
                && c.span != m.span
                && ca <= ma
                && mb <= cb
                && cb - ca <= 12
                && (ca..cb).any(|k| (k < ma || k >= mb) && headline_word(k))
                && headline_at(c.span.start)
                && super::tagger::lexicon::known_span(text, c.span).is_none()
            {
                *at_mut(&mut drop, a) = true;
                Candidate::push_to(&mut add, m.span, m.label, Source::Name);
                continue;
            }
        }
        let inside = over
            .iter()
            .all(|c| m.span.start <= c.span.start && c.span.end <= m.span.end);
        if !inside || (over.len() == 1 && over[0].span == m.span) {
            continue;
        }
        if over.is_empty() && !plausible(text, tokens, sentences, m.span, m.label) {
            continue;
        }
        run_mut(&mut drop, a, b).iter_mut().for_each(|d| *d = true);
        Candidate::push_to(&mut add, m.span, m.label, Source::Name);
    }
    if add.is_empty() {
        return;
    }
    let mut k = 0;
    crate::vecs::retain(found, |_| {
        k += 1;
        !*crate::vecs::at(&drop, k - 1)
    });
    crate::vecs::extend(found, add);
    super::sort_by_start(found);
}

/// A double quotation mark, straight or typographic.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}')
}

/// Takes out of a mention the word that opens its sentence as no name does, in title case
/// (`Amid Nvidia`, `Between Coachella`, `Despite Democrats`, `Tonight Russia`: the tagger, which
/// learnt the common openers, took rarer ones into the name), with the lower-case words after it
/// (`Even in Grand Theft Auto`), unless the lists know the whole (`Beyond Meat`). What is left
/// takes the label the lists give it (a place when they have it as a country or only as a place),
/// else keeps the mention's; a mention of such words alone goes.
fn without_opening_word(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    for c in found.iter_mut() {
        let k = starting_before(tokens, c.span.start);
        let Some(first) = tokens.get(k).filter(|t| t.span.start == c.span.start) else {
            continue;
        };
        let word = forms.lower(k);
        // Most mentions stop here, at one lookup.
        if !OPENING_WORDS.contains(word) {
            continue;
        }
        // A quoted title keeps its words (`"Still Alice,"`), and so does a name the opener's own
        // possessive makes (`Three's Company`).
        let quoted = char_before(text, c.span.start).is_some_and(is_quote)
            && first_char(trim_start_by(tail(text, c.span.end), |c| {
                matches!(c, ',' | '.')
            }))
            .is_some_and(is_quote);
        if !any_char(first.text(text), is_lower)
            || quoted
            || crate::tokens::is_possessive_token(token_text(text, tokens, k + 1))
            || super::tagger::lexicon::known_span(text, c.span).is_some()
        {
            continue;
        }
        // At the sentence's start, or a quotation's (`posted on X: "Two Starships ...`).
        let preceding = head(text, c.span.start);
        let opens = sentences
            .get(ending_by(sentences, c.span.start))
            .is_some_and(|s| {
                let before = Span::new(s.start.min(c.span.start), c.span.start).slice(text);
                !any_char(before, is_alnum) || is_source_tag(before)
            })
            || last_char(preceding).is_some_and(|q| {
                is_quote(q)
                    && char_before(preceding, preceding.len() - crate::text::char_len(q))
                        .is_some_and(|c| matches!(c, ' ' | ':'))
            });
        // After a label and a colon too (`Read more: How Brussels polices ...`).
        if !opens && !preceding.ends_with(": ") {
            continue;
        }
        // A question word takes only a one-word name with it, outside quotes (`How Brussels`,
        // `Why Yemen`; not the titles `Why We Fight`, "How Sweet to be an Idiot").
        if QUESTION_OPENERS.contains(word)
            && (last_char(preceding).is_some_and(is_quote)
                || tokens.get(k + 2).is_some_and(|t| t.span.start < c.span.end))
        {
            continue;
        }
        // Lower-case words after it go too (`in` of `Even in Grand Theft Auto`): the mention's own
        // tokens only are read.
        let rest = token_run(tokens, k + 1, tokens.len())
            .iter()
            .take_while(|t| t.span.start < c.span.end)
            .find(|t| !starts_by(t.text(text), is_lower))
            .map_or(c.span.end, |t| t.span.start);
        // A number word alone is a name (`Five`, a television channel).
        if rest >= c.span.end && crate::entities::values::lexicon::NUMBER_WORDS.contains(word) {
            continue;
        }
        c.span = Span::new(rest.min(c.span.end), c.span.end);
        if let Some(label) = super::tagger::lexicon::known_span(text, c.span) {
            c.label = label;
        } else if !c.span.is_empty() && {
            // Or a country or a place that is never anything else (`Tonight Russia again ...`).
            let (a, b) = token_range(tokens, c.span);
            let l = super::tagger::listed_run(text, tokens, a, b);
            l.country || l.only_place
        } {
            c.label = Label::Place;
        }
    }
    crate::entities::drop_empty(found);
}

/// True for a one-word mention that opens its sentence, a list's item (`2. Financing from cash`) or
/// a label's text (`Read more: Council tax`, `3:50pm: Crowds gather`) when it is an everyday English
/// word that no list has as a name and a small word follows it (`Consumer groups`, `Police
/// display`; not `Apple said`, a listed name), though not a singular word before a verb, a subject
/// that a name often is (`Care has since closed`, `Holding was disciplined`), nor a word the text
/// writes with its capital after a small word too (`the Sun`). `after_small` holds which spellings
/// follow a small word, found when a first mention asks.
fn is_opening_common_word(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    span: Span,
    after_small: &mut Option<Vec<bool>>,
) -> bool {
    let (a, b) = token_range(tokens, span);
    if b != a + 1 {
        return false;
    }
    let (w, next) = (token_text(text, tokens, a), token_text(text, tokens, b));
    // The sentence's text before the word, read only for the words the cheap tests below keep.
    let head = || {
        let s = sentences
            .get(ending_by(sentences, span.start))
            .map_or(0, |s| s.start.min(span.start));
        Span::new(s, span.start).slice(text)
    };
    // A function word after a source's tag (`(CNN)She said`) is no name, whatever follows.
    if forms.is_stopword(a) && is_source_tag(head()) {
        return true;
    }
    if !starts_by(next, |ch| ch.is_ascii_lowercase())
        || !starts_by(w, is_upper)
        || !any_char(w, is_lower)
        || (!w.ends_with('s') && SINGULAR_SUBJECT_VERBS.contains(next))
    {
        return false;
    }
    let head = head();
    if any_char(head, is_alpha)
        && !head.ends_with(": ")
        && !is_source_tag(head)
        && !after_bracket(head)
    {
        return false;
    }
    let one = token_run(tokens, a, b);
    let listed = super::tagger::listed(text, one);
    if is_rare_word(w)
        || super::tagger::list_label(text, one).is_some()
        || listed.trained
        || listed.personal_name
        || listed.place
    {
        return false;
    }
    let seen = after_small
        .get_or_insert_with(|| spellings_after(text, tokens, forms, |w| all_char(w, is_lower)));
    !forms.spelling(a).is_some_and(|id| *at(seen, id.index()))
}

/// True for one everyday English word in a title-case headline that no list knows as a name
/// (`Landslide` of `Milei's Party Wins Argentine Midterms in Landslide`, `Party` after the owner):
/// there every word has a capital, and the tagger takes words for names. A word between marks or
/// numbers is an item of a list (`Cech, Paulo Ferreira, Gallas`, `(Job 86)`), no headline's word.
/// `last` keeps the last sentence judged and whether it is a headline, so that the words of one
/// long sentence do not each read it again.
fn is_headline_common_word(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    span: Span,
    last: &mut Option<(usize, bool)>,
) -> bool {
    let (a, b) = token_range(tokens, span);
    let one = token_run(tokens, a, b);
    let w = span.slice(text);
    let word = |t: Option<&Token>| t.is_some_and(|t| t.kind == TokenKind::Word);
    if b != a + 1
        || !starts_by(w, is_upper)
        || !any_char(w, is_lower)
        || !(word(a.checked_sub(1).and_then(|k| tokens.get(k))) || word(tokens.get(b)))
    {
        return false;
    }
    // The sentence first: judged once a sentence, and most are no headline.
    let k = ending_by(sentences, span.start);
    let headline = match *last {
        Some((j, headline)) if j == k => headline,
        _ => {
            let headline = in_headline(text, tokens, sentences, span.start);
            *last = Some((k, headline));
            headline
        }
    };
    headline && !is_rare_word(w) && super::tagger::list_label(text, one).is_none() && {
        let l = super::tagger::listed(text, one);
        !(l.trained || l.personal_name || l.place || l.misc)
    }
}

/// True for a courtesy title before a person's name (`Mr`, `Mrs.`, `Ms`; not `Dr`, which brands
/// take: `Dr Pepper`, `Dr Reddy's`).
fn is_courtesy_title(w: &str) -> bool {
    COURTESY_TITLES.contains(w)
}

/// True when the token at `a` follows a source's tag that opens its line (`(CNN)The U.S.
/// ambassador`): [`is_source_tag`] of the line's text before the token. A tag is 30 bytes at most,
/// so the line's start is looked for in the 64 bytes before the token only, and past them over
/// whitespace alone: no scan back over a long line, at any mention.
fn after_line_source_tag(text: &str, tokens: &[Token], a: usize) -> bool {
    let start = token_at(tokens, a).span.start;
    // A tag ends with `)` right before the token.
    if a == 0 || !token_is(text, tokens, a - 1, ")") || token_at(tokens, a - 1).span.end != start {
        return false;
    }
    let mut lo = start.saturating_sub(64);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let window = Span::new(lo, start).slice(text);
    let line = match rfind_by(window, |c| c == '\n') {
        Some(i) => tail(window, i + 1),
        None if lo == 0 => window,
        None => {
            // The line starts further back: its text before the window must be whitespace (else
            // the tag would be longer than 30 bytes), and then the window tells as the line does.
            if trim_start_by(window, is_space).len() > 30 {
                return false;
            }
            let before = trim_end_by(head(text, lo), |c| is_space(c) && c != '\n');
            if !(before.is_empty() || before.ends_with('\n')) {
                return false;
            }
            window
        }
    };
    is_source_tag(line)
}

/// True when `head`, the text from a sentence's start to a word, ends with a closing bracket, maybe
/// and a dash: a wire's dateline (`REYKJAVIK, Iceland (AP) — `), a list's number (`1) Limits on`)
/// or an aside (`(DRadio Wissen) Stories about`), after which a capital says as little as at a
/// sentence's start.
fn after_bracket(head: &str) -> bool {
    let h = trim_end_by(head, |c| is_space(c) || matches!(c, '—' | '–' | '-'));
    h.ends_with(')')
}

/// True when `head`, the text from a sentence's start to a word, is a source's tag in brackets
/// glued to the word (`(CNN)For the first time`): the word opens the sentence.
fn is_source_tag(head: &str) -> bool {
    let h = trim_start_by(head, is_space);
    h.len() <= 30
        && h.starts_with('(')
        && h.ends_with(')')
        && !any_char(Span::new(1, h.len() - 1).slice(h), |c| {
            matches!(c, '(' | ')')
        })
}

/// Which spellings of the text (indexed by [`Forms`]' spelling ids) follow, at least once, a token
/// that `before` accepts (`the`, a small word): one pass over the tokens.
fn spellings_after(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    before: fn(&str) -> bool,
) -> Vec<bool> {
    let mut seen = crate::vecs::filled(false, forms.spellings());
    for k in 1..tokens.len() {
        if let Some(id) = forms
            .spelling(k)
            .filter(|_| before(token_at(tokens, k - 1).text(text)))
        {
            *at_mut(&mut seen, id.index()) = true;
        }
    }
    seen
}

/// True for a product or model code: a capital and at most three more letters, an optional hyphen,
/// then one to three digits and anything alphanumeric (`A350`, `YU7`, `GLM-4.6`, `MiG-29`, `T-72`),
/// at least three characters. Not a longer word with a number stuck to it (`Brentford3`), a figure
/// of four digits or more, a quarter or a half year (`Q3`, `H1`), a letter and one or two digits
/// (`A1`, `M25`: roads, ratings, paper sizes), a credit rating (`Baa1`, `AA3`), nor any of the
/// prefixes of [`is_model_code`]'s exclusions (formulas, roads, currencies, age groups, fiscal
/// years).
fn is_model_code(w: &str) -> bool {
    let b = w.as_bytes();
    // Most tokens fail here, at their first byte or for want of a digit.
    if b.len() < 3 || !b[0].is_ascii_uppercase() || !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let letters = crate::text::leading_bytes(b, usize::MAX, |c| c.is_ascii_alphabetic());
    let rest = run(b, letters, b.len());
    let rest = rest.strip_prefix(b"-").unwrap_or(rest);
    let prefix = head(w, letters);
    // A rating or a quarter is the letters and one digit (`Baa1`, `Q3`).
    let rating = rest.len() == 1 && RATING_PREFIXES.contains(&prefix);
    // Chemical formulas (`CO2`, `PM2.5`), roads (`I-95`), currency amounts (`USD100`), fiscal years,
    // age groups and price or date codes (`W112.5`, `S23.SEP.96`).
    let excluded = rating || NOT_MODEL_PREFIXES.contains(&prefix);
    // One letter takes digits only, three of them unless a hyphen joins them (`A350`, `F-16`; not
    // `M25`, `H5N1`, `B2B`).
    let hyphen = b.get(letters) == Some(&b'-');
    let one_letter_ok = letters > 1
        || (rest.iter().all(|c| c.is_ascii_digit() || *c == b'-')
            && (hyphen || rest.iter().filter(|c| c.is_ascii_digit()).count() >= 3));
    let digits = crate::text::leading_bytes(rest, usize::MAX, |c| c.is_ascii_digit());
    (1..=4).contains(&letters)
        && b[0].is_ascii_uppercase()
        && b.len() >= 3
        && !excluded
        && one_letter_ok
        && (1..=3).contains(&digits)
        && rest
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
        && !rest.ends_with(b".")
}

/// The end of a road's number after token `k` when `k` is one of [`ROAD_WORDS`]: one space, then a
/// number of one to three digits, perhaps with a letter (`20A`), that no unit or comma follows.
fn road_number_end(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let (road, n) = (tokens.get(k)?, tokens.get(k + 1)?);
    // The cheapest tests first: this is asked of every token, and nearly none has a number after it
    // (the next token's first byte is read from the text before its text is cut out).
    if !text
        .as_bytes()
        .get(n.span.start)
        .is_some_and(u8::is_ascii_digit)
        || n.span.start != road.span.end + 1
    {
        return None;
    }
    let w = n.text(text);
    let digits = crate::text::leading_bytes(w.as_bytes(), usize::MAX, |c| c.is_ascii_digit());
    // Not a duration or a year (`Expressway 2 hours south`, `the Interstate 2024 budget`).
    let unit = DURATION_UNITS.has_token(text, tokens, k + 2);
    let ok = ROAD_WORDS.contains(&road.text(text))
        && n.span.start == road.span.end + 1
        && (1..=3).contains(&digits)
        && !unit
        && w.len() <= digits + 1
        && all_bytes(w, |b| b.is_ascii_alphanumeric())
        && tokens.get(k + 2).is_none_or(|t| {
            t.span.start > n.span.end
                || !matches!(t.text(text).as_bytes(), [b',' | b'%'])
                // A comma, unless a number follows it (`Route 1, 2 and 3`).
                || t.is(text, ",")
                    && (road.is(text, "Proposition")
                        || tokens.get(k + 3).is_none_or(|t| t.kind != TokenKind::Number))
        });
    ok.then_some(n.span.end)
}

/// True for a token's first byte that may open a word of [`PLACE_KINDS`] in lower case: a letter
/// of theirs in either case, or any byte of a char beyond ASCII (whose lower case is never one of
/// theirs, but need not be looked at).
fn may_open_place_kind(b: u8) -> bool {
    !b.is_ascii() || matches!(b | 0x20, b'b' | b'd' | b'p' | b'r')
}

/// Adds the capitalised words right before a kind of place of [`PLACE_KINDS`] that no mention
/// holds, up to three, as a place, or as MISC when one word is a nationality (`Kurdish region`):
/// CoNLL-2003 leaves no such words unlabelled (train and dev: 28 LOC, 6 MISC, none outside a
/// name). Not a word opening the sentence that is a stopword (`The region`). A road and its number
/// are a place too, a ballot's measure MISC ([`road_number_end`]).
fn with_place_kinds(text: &str, tokens: &[Token], forms: &Forms, found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 1..tokens.len() {
        if let Some(end) = road_number_end(text, tokens, k) {
            // A road and its number are one place (`Route 20A`, `Highway 401`, `State Route 17`),
            // with the mention that holds the road's word, if any.
            let label = if token_is(text, tokens, k, "Proposition") {
                Label::Misc
            } else {
                Label::Place
            };
            let j = ending_by(found, token_at(tokens, k).span.start);
            match found.get_mut(j) {
                Some(c) if c.span.start <= token_at(tokens, k).span.start => {
                    if c.span.end == token_at(tokens, k).span.end || c.span.end == end {
                        c.span = Span::new(c.span.start, end);
                        c.label = label;
                    }
                }
                Some(c) if c.span.start < end => {}
                _ => Candidate::push_to(
                    &mut add,
                    Span::new(token_at(tokens, k).span.start, end),
                    label,
                    Source::Name,
                ),
            }
            continue;
        }
        if !(crate::tokens::may_start(text, tokens, k, may_open_place_kind)
            && PLACE_KINDS.has_lower(forms, k))
        {
            continue;
        }
        let capital = |i: usize| {
            token_at(tokens, i).kind == TokenKind::Word
                && capitalised_at(text, tokens, i)
                && !crate::stopwords::is_stopword(forms.lower(i))
                && space_before(text, tokens, i + 1)
        };
        let mut a = k;
        while a > k.saturating_sub(3) && capital(a - 1) {
            a -= 1;
        }
        if a == k {
            continue;
        }
        let span = Span::new(
            token_at(tokens, a).span.start,
            token_at(tokens, k - 1).span.end,
        );
        let j = ending_by(found, span.start);
        if found.get(j).is_some_and(|c| c.span.start < span.end) {
            continue;
        }
        let one = token_run(tokens, a, k);
        let label = if one.len() == 1 && super::tagger::lexicon::is_nationality(one[0].text(text)) {
            Label::Misc
        } else {
            Label::Place
        };
        Candidate::push_to(&mut add, span, label, Source::Name);
    }
    add_sorted(found, add);
}

/// Splits a mention that is a list of one-word names (`Durant, Kosciusko and Louisville`, which the
/// tagger may read as one organisation, as it reads `Goldman, Sachs & Co`) into places when one of
/// them is a place of the lists: a list names things of one kind. A name with words other than the
/// list's (`Ministry of Economy, Trade and Industry`) is no such list.
fn split_place_lists(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let (mut add, mut items) = (Vec::new(), Vec::new());
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        // Two places joined by an en dash are a route or a border, two places (`the
        // Frankfurt–Berlin route`, `the Utah–Arizona line`).
        if let Some(d) = (a + 1..b.saturating_sub(1)).find(|&d| {
            token_is(text, tokens, d, "\u{2013}")
                && token_at(tokens, d - 1).span.end == token_at(tokens, d).span.start
                && token_at(tokens, d).span.end == token_at(tokens, d + 1).span.start
        }) {
            if super::tagger::listed_run(text, tokens, a, d).place
                && super::tagger::listed_run(text, tokens, d + 1, b).place
            {
                c.span = Span::new(c.span.start, token_at(tokens, d - 1).span.end);
                c.label = Label::Place;
                Candidate::push_to(
                    &mut add,
                    Span::new(
                        token_at(tokens, d + 1).span.start,
                        token_at(tokens, b - 1).span.end,
                    ),
                    c.label,
                    c.source,
                );
                continue;
            }
        }
        // Three items at least: `A, B and C`.
        if b < a + 5 {
            continue;
        }
        // The items: capitalised words, each followed by `,`, `and` or `, and` (the last by nothing).
        items.clear();
        let (mut i, mut and) = (a, false);
        while i < b && !(and && i + 1 < b) && capitalised_at(text, tokens, i) {
            crate::vecs::push(&mut items, token_at(tokens, i).span);
            i += 1;
            let comma = i < b && token_is(text, tokens, i, ",");
            i += usize::from(comma);
            if i < b && token_is(text, tokens, i, "and") {
                and = true;
                i += 1;
            } else if !comma {
                break;
            }
        }
        if i == b
            && and
            && items.len() >= 3
            && items.iter().any(|s| {
                let k = starting_before(tokens, s.start);
                super::tagger::listed_run(text, tokens, k, k + 1).place
            })
        {
            c.span = *at(&items, 0);
            c.label = Label::Place;
            for &span in run(&items, 1, items.len()) {
                crate::vecs::push(&mut add, Candidate { span, ..*c });
            }
        }
    }
    add_sorted(found, add);
}

/// Splits a mention where no name goes on: at a spaced dash (`Google I/O – Sundar Pichai`), at a
/// colon before a number (`Mexico City Grand Prix: 1 Norris`, a results line), at `for` before a
/// work after its prize (`Grammys for Not Like Us`), at a verb in the past between two capitalised
/// words (`Saudis launched Operation`), and between the items of a series of names the lists know
/// (`Signal, Fortnite and Ring`; not `Bureau of Alcohol, Tobacco and Firearms`, whose parts they do
/// not). A work splits only where the lists know a piece or an everyday word ends it. The pieces
/// keep their capitalised words only (not a lone everyday word after a break), each with the label
/// the lists give it, else a person's after a rank when the lists have the name as a person's, else
/// the mention's.
/// A verb in the past (`Silksong overwhelmed Steam`), or a verb, noun or adjective of the POS
/// lexicon, in lower case between two capitalised words is no name's (`Rockstar Games delays Grand
/// Theft Auto VI`, `Squad singer Kenzie`); a preposition or a word the English lexicon lacks may be
/// (`Descent into Madness`, `Trou aux Cerfs`). For [`split_at_breaks`]: token `k` of `toks`, a
/// mention's tokens. Inlined natively; one call in the .wasm, where the closure was inlined at both
/// uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_content_break(text: &str, toks: &[Token], k: usize) -> bool {
    let w = token_text(text, toks, k);
    w.len() > 2
        && all_char(w, |c| c.is_ascii_lowercase())
        && capitalised_at(text, toks, k - 1)
        && capitalised_at(text, toks, k + 1)
        && (w.len() > 4 && w.ends_with("ed") || is_content_word(w))
}

/// A preposition after a place of the lists that opens the mention ends the place (`Dublin for St
/// Patrick's Day`): a name of a place goes on with `of` (`Bank of England`), not so. For
/// [`split_at_breaks`], as [`is_content_break`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_break_after_place(text: &str, toks: &[Token], k: usize) -> bool {
    PLACE_BREAKS.has_token(text, toks, k)
        && capitalised_at(text, toks, k + 1)
        && super::tagger::listed_run(text, toks, 0, k).place
}

fn split_at_breaks(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        let toks = token_run(tokens, a, b);
        if toks.len() < 3 {
            continue;
        }
        let word = |k: usize| token_text(text, toks, k);
        let known = |p: &[Token]| super::tagger::lexicon::known_tokens(text, p).is_some();
        let capital = |k: usize| capitalised_at(text, toks, k);
        // `for` that starts a work after its prize: a second `for` (`Women's Prize for Fiction for
        // The Safekeep`) or one after a listed award's plural (`Grammys for Not Like Us`).
        let mut fors = 0;
        for k in 1..toks.len() {
            if token_is(text, toks, k, "for") {
                fors += 1;
            }
        }
        let award_for = |k: usize| {
            token_is(text, toks, k, "for")
                && capital(k + 1)
                && (fors > 1 && (1..k).any(|i| token_is(text, toks, i, "for"))
                    || word(k - 1).ends_with('s')
                        && super::tagger::lexicon::known_tokens_run(text, toks, 0, k)
                            == Some(Label::Misc))
        };
        let content_break = |k: usize| is_content_break(text, toks, k);
        let after_place = |k: usize| is_break_after_place(text, toks, k);
        // A line's label before a colon: one or two everyday words in capitals (`BREAKING:
        // Rockstar Games`, `JUST IN: Jaguar Land Rover`).
        let label_end = (1..3.min(toks.len() - 1))
            .find(|&k| token_is(text, toks, k, ":"))
            .filter(|&k| {
                (0..k).all(|i| {
                    let w = word(i);
                    all_char(w, |c| c.is_ascii_uppercase())
                        && (crate::stopwords::is_stopword(w) || !is_rare_word(w))
                })
            });
        let label_colon = label_end.is_some();
        // A fixture: its competition, a colon and two sides about a lone `v` or `vs`, inside the
        // mention or right after it (`Premier League: Arsenal v Chelsea`; not `Roe v Wade`).
        let is_versus = |w: &str| VERSUS.contains(w);
        let versus = |k: usize| is_versus(word(k));
        let fixture = (1..toks.len() - 1).any(|k| token_is(text, toks, k, ":"))
            && ((2..toks.len() - 1).any(versus) || is_versus(token_text(text, tokens, b)));
        let hard = label_colon
            || fixture
            || (1..toks.len() - 1).any(|k| content_break(k) || after_place(k));
        let mut breaks: Vec<usize> = Vec::new();
        for k in 1..toks.len() - 1 {
            let spaced = token_at(toks, k - 1).span.end < token_at(toks, k).span.start
                && token_at(toks, k).span.end < token_at(toks, k + 1).span.start;
            let w = word(k);
            if (spaced && is_dash_token(w))
                || (w == ":" && starts_by(word(k + 1), |c| c.is_ascii_digit()))
                || award_for(k)
                || content_break(k)
                || after_place(k)
                || label_end == Some(k)
                || fixture && (versus(k) || w == ":")
            {
                crate::vecs::push(&mut breaks, k);
            }
        }
        // Else a series: its items are runs between commas and a final `and` or `&`.
        let series = breaks.is_empty();
        if series {
            for k in 1..toks.len() {
                if is_series_joiner(word(k)) {
                    crate::vecs::push(&mut breaks, k);
                }
            }
            let n = breaks.len();
            if n < 2
                || token_is(text, toks, breaks[n - 1], ",")
                || breaks[..n - 1]
                    .iter()
                    .any(|&k| !token_is(text, toks, k, ","))
            {
                continue;
            }
        }
        // The pieces' ends: the breaks, then the mention's end.
        let last = *at(&breaks, breaks.len() - 1);
        let mut ends = breaks;
        crate::vecs::push(&mut ends, toks.len());
        let mut listed = 0;
        let mut from = 0;
        for &k in &ends {
            listed += usize::from(known(token_run(toks, from, k)));
            from = k + 1;
        }
        // A work's subtitle follows a dash (`Infinity War - Part 1`): a work splits there only
        // when the lists know a piece (`Google I/O – Sundar Pichai`) or an everyday word ends it
        // alone (`the Lyttelton - Best new play`).
        let everyday_end = last + 2 == toks.len()
            && !is_rare_word(word(last + 1))
            && !known(token_run(toks, last + 1, toks.len()));
        // A listing's channel before its programme: the first word a listed organisation's
        // (`22:00 BBC Four - Top of the Pops`).
        let channel = !series
            && !hard
            && c.label == Label::Misc
            && listed == 0
            && !everyday_end
            && super::tagger::lexicon::known_tokens_run(text, toks, 0, 1) == Some(Label::Org);
        let split = if series {
            listed >= 2
        } else {
            hard || c.label != Label::Misc || listed > 0 || everyday_end || channel
        };
        if !split {
            continue;
        }
        let label = c.label;
        let mut pieces = Vec::new();
        let mut from = 0;
        for &k in &ends {
            // The piece's capitalised words (a results line's rank goes), but not a lone everyday
            // word after a dash or a colon (`the Palace - Best new opera`).
            let piece = token_run(toks, from, k);
            let start = piece.iter().position(|t| t.capitalised(text)).filter(|&i| {
                let (w, lone) = (piece[i].text(text), i + 1 == piece.len());
                // Nor a lone pronoun before a verb (`You know Disney`).
                !(lone && hard && crate::stopwords::is_stopword(w) || from == 0 && label_colon)
                    && (series || from == 0 || !lone || is_rare_word(w) || known(&piece[i..]))
            });
            if let Some(i) = start {
                // A name after a rank (`1 Norris`) that the lists have as a person's is one, and
                // so is one of one or two plain words that speaks (`Hendry told Radio Five Live`)
                // that they have as no place's or company's.
                let ranked = i > 0 && starts_by(piece[i - 1].text(text), |c| c.is_ascii_digit());
                let speaks = hard
                    && piece.len() - i <= 2
                    && piece[i..].iter().all(|t| upper_then_lower(t.text(text)))
                    && super::consistency::SPEECH_VERBS.has_token(text, toks, k);
                let person = || {
                    let l = super::tagger::listed(text, &piece[i..]);
                    (l.personal_name || speaks) && !l.place && !l.trained_org
                };
                Candidate::push_to(
                    &mut pieces,
                    Span::new(piece[i].span.start, piece[piece.len() - 1].span.end),
                    super::tagger::lexicon::known_tokens(text, &piece[i..]).unwrap_or(
                        if (ranked || speaks) && person() {
                            Label::Person
                        } else if channel && from == 0 || fixture && from > 0 {
                            Label::Org
                        } else if from == 0 && k < toks.len() && after_place(k) {
                            Label::Place
                        } else {
                            label
                        },
                    ),
                    c.source,
                );
            }
            from = k + 1;
        }
        let mut pieces = pieces.into_iter();
        match pieces.next() {
            Some(first) => *c = first,
            None => c.span = Span::new(c.span.start, c.span.start),
        }
        crate::vecs::extend(&mut add, pieces);
    }
    crate::entities::drop_empty(found);
    add_sorted(found, add);
}

/// True for a word that makes the number before it an amount (`million`, `euros`, `km`).
fn is_amount_word(w: &str) -> bool {
    AMOUNT_WORDS.contains(w)
        || super::values::lexicon::UNITS.contains(&w)
        || super::values::lexicon::CURRENCY_WORDS.contains(&w)
}

/// Leaves out of a name the number that starts an amount after it (`fined Apple 500 million
/// euros`, which the tagger reads as `Apple 500`, as it reads `S&P 500`): the name keeps the
/// lists' label.
fn without_amounts(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b < a + 2
            || token_at(tokens, b - 1).kind != TokenKind::Number
            || !tokens.get(b).is_some_and(|t| is_amount_word(t.text(text)))
        {
            continue;
        }
        c.span = Span::new(c.span.start, token_at(tokens, b - 2).span.end);
        if let Some(label) = super::tagger::list_label_run(text, tokens, a, b - 1) {
            c.label = label;
        }
    }
}

/// Splits a company of the lists off the disease its vaccine is for (`Pfizer COVID-19 vaccine`):
/// ORG and MISC, as the self-written sets mark them (`Pfizer`, `BioNTech` and `COVID-19`), where the
/// tagger reads one name.
fn split_maker_and_disease(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        if b < a + 2 || !DISEASES.has_token(text, tokens, b - 1) {
            continue;
        }
        if super::tagger::list_label_run(text, tokens, a, b - 1) != Some(Label::Org) {
            continue;
        }
        Candidate::push_to(
            &mut add,
            token_at(tokens, b - 1).span,
            Label::Misc,
            c.source,
        );
        c.span = Span::new(c.span.start, token_at(tokens, b - 2).span.end);
        c.label = Label::Org;
    }
    add_sorted(found, add);
}

/// Splits a nationality off the person's name after it (`the young Mexican Isaac del Toro`, `Scot
/// Nick Smith`): MISC and a person, as CoNLL-2003 marks them, when the lists know the rest as a
/// person's name, or its first word as a first name, its last as a personal or a rare word (not
/// `British Royal Family`) and the rest, of two words or more, as nothing else, and the whole as no
/// name (`American Express`, `Indian Wells`). A word alone after it is a person when a person's
/// full name elsewhere in the text ends by it (`American Johnson` beside `Michael Johnson`); a number after
/// it is no part of a name (`American 1984 and 1988 champion`).
/// The token range of mention `c` when it has two tokens or more and the first is a nationality,
/// for [`split_nationality`]. Inlined natively; one call in the .wasm, where the closure was inlined
/// at each of its three uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn nationality_first(text: &str, tokens: &[Token], c: &Candidate) -> Option<(usize, usize)> {
    let (a, b) = token_range(tokens, c.span);
    (b >= a + 2 && super::tagger::lexicon::is_nationality(token_text(text, tokens, a)))
        .then_some((a, b))
}

fn split_nationality(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let nationality_first = |c: &Candidate| nationality_first(text, tokens, c);
    if !found.iter().any(|c| nationality_first(c).is_some()) {
        return;
    }
    // The surnames of the people's full names, sorted: built only for a text with such a mention.
    let mut people: Vec<&str> = Vec::new();
    for c in found.iter() {
        if c.label == Label::Person && nationality_first(c).is_none() {
            if let Some((_, surname)) = rsplit_once_char(c.span.slice(text), ' ') {
                crate::vecs::push(&mut people, surname);
            }
        }
    }
    crate::sort::sort(&mut people);
    let mut add = Vec::new();
    for c in found.iter_mut() {
        let Some((a, b)) = nationality_first(c) else {
            continue;
        };
        let rest = token_run(tokens, a + 1, b);
        let known = |t: &[Token]| super::tagger::lexicon::known_tokens(text, t);
        if rest.len() == 1 && known(token_run(tokens, a, b)).is_none() {
            let l = super::tagger::listed(text, rest);
            let w = rest[0].text(text);
            let person = starts_by(w, is_upper)
                && !l.place
                && !l.trained_org
                && people.binary_search(&w).is_ok();
            if rest[0].kind == TokenKind::Number || person {
                if person {
                    Candidate::push_to(&mut add, rest[0].span, Label::Person, c.source);
                }
                c.span = token_at(tokens, a).span;
                c.label = Label::Misc;
                continue;
            }
        }
        let l = super::tagger::listed_run(text, rest, 0, 1);
        let last = token_run(rest, rest.len() - 1, rest.len());
        let surname = || {
            is_rare_word(token_at(last, 0).text(text))
                || super::tagger::listed(text, last).personal_name
        };
        let person = known(rest) == Some(Label::Person)
            || rest.len() > 1
                && l.first_name
                && !l.place
                && !l.trained_org
                && known(rest).is_none()
                && surname();
        if known(token_run(tokens, a, b)).is_some() || !person {
            continue;
        }
        Candidate::push_to(
            &mut add,
            Span::new(token_at(rest, 0).span.start, c.span.end),
            Label::Person,
            c.source,
        );
        c.span = token_at(tokens, a).span;
        c.label = Label::Misc;
    }
    add_sorted(found, add);
}

/// Splits a person's, organisation's or place's mention at a comma when both sides are runs of
/// capitalised words and nothing after the comma joins them into one name (`Wembley, Stade de
/// France` in `with Wembley, Stade de France and Mexico City dates`; `Dawson, Murphy` in a line-up).
/// A name keeps its comma before `and` or `&` (`Bureau of Alcohol, Tobacco and Firearms`, `Goldman,
/// Sachs & Co`), a legal suffix (`BioVest Research, Inc`), an abbreviation or an initial
/// (`Washington, D.C.`, `Harcourt, D`), after a lower-case word (`University of California,
/// Berkeley`) and before one other than `of` or a name particle (`Tyler, the Creator`). A spaced
/// slash between two names splits them too (`Julien Marchand / Agence France-Presse`, a photo's
/// credit), unless a side is a token of two characters or fewer (`F / A-18`). Each side takes the
/// label the lists give it, else the mention's.
fn split_at_comma(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter_mut() {
        if c.label == Label::Misc {
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        let toks = token_run(tokens, a, b);
        // Names side by side with a slash between them, spaced (`Julien Marchand / Agence
        // France-Presse` of a photo's credit), are two; not short ones (`F / A-18`).
        let slash = toks.iter().position(|t| t.is(text, "/")).filter(|&k| {
            k > 0
                && k + 1 < toks.len()
                && token_at(toks, k - 1).span.end < token_at(toks, k).span.start
                && token_at(toks, k).span.end < token_at(toks, k + 1).span.start
                && token_at(toks, k - 1).span.len() > 2
                && token_at(toks, k + 1).span.len() > 2
        });
        // Else a comma between two runs of capitalised words that nothing after it joins.
        let comma = || {
            let k = toks.iter().position(|t| t.is(text, ","))?;
            let capital = |t: &Token| t.capitalised(text);
            let joined = token_run(toks, k + 1, toks.len()).iter().any(|t| {
                let w = t.text(text);
                is_series_joiner(w)
                    || crate::text::has_char(w, '.')
                    || !(capital(t) || w == "of" || is_particle(w))
                    || super::groups::LEGAL_SUFFIXES.contains(&w)
            });
            let split = k > 0
                && k + 1 < toks.len()
                && !joined
                && token_run(toks, 0, k).iter().all(capital)
                && token_at(toks, k + 1).span.len() >= 2;
            split.then_some(k)
        };
        // Else the end of a quotation inside it (`Bob." Durst told her`, where the sentences were
        // not split): the sentence's end and the quote mark go.
        let quote = || {
            let k = (1..toks.len().saturating_sub(2)).find(|&k| {
                matches!(
                    token_at(toks, k).text(text).as_bytes(),
                    [b'.' | b'?' | b'!']
                ) && crate::word_list::CLOSING_DOUBLE_QUOTES.has_token(text, toks, k + 1)
            })?;
            Some((k, k + 2))
        };
        // Else `and` after a company's legal suffix (`Chevron Corp and Texaco Inc`): two companies.
        let legal_and = || {
            (1..toks.len().saturating_sub(1)).find(|&k| {
                token_at(toks, k).is(text, "and")
                    && super::groups::LEGAL_SUFFIXES.contains(&token_at(toks, k - 1).text(text))
                    && token_at(toks, k + 1).capitalised(text)
            })
        };
        let Some((k, r)) = slash
            .or_else(comma)
            .or_else(legal_and)
            .map(|k| (k, k + 1))
            .or_else(quote)
        else {
            continue;
        };
        let label = c.label;
        let label_of = |span: Span| super::tagger::lexicon::known_span(text, span).unwrap_or(label);
        let right = Span::new(token_at(toks, r).span.start, c.span.end);
        c.span = Span::new(c.span.start, token_at(toks, k - 1).span.end);
        c.label = label_of(c.span);
        Candidate::push_to(&mut add, right, label_of(right), c.source);
    }
    add_sorted(found, add);
}

/// Takes the partners' names before a firm's `&` and legal suffix into the firm (`Kobre & Kim LLP`,
/// `Skadden, Arps, Slate, Meagher & Flom LLP`), where the tagger found the partners as people or
/// places: one capitalised word before the `&`, then one before each comma before that.
fn with_partners(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut changed = false;
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        let firm = c.label == Label::Org
            && b > a + 1
            && super::groups::LEGAL_SUFFIXES.has_token(text, tokens, b - 1);
        if !firm {
            continue;
        }
        let word = |i: usize| {
            token_at(tokens, i).kind == TokenKind::Word
                && capitalised_at(text, tokens, i)
                && !super::groups::is_title(token_text(text, tokens, i))
        };
        let spaced = |i: usize| space_before(text, tokens, i) && space_before(text, tokens, i + 1);
        let mut j = a;
        let mut amp = (a..b).any(|i| token_is(text, tokens, i, "&"));
        if !amp && j >= 2 && token_is(text, tokens, j - 1, "&") && spaced(j - 1) && word(j - 2) {
            j -= 2;
            amp = true;
        }
        while amp
            && j >= 2
            && token_is(text, tokens, j - 1, ",")
            && token_at(tokens, j - 1).span.start == token_at(tokens, j - 2).span.end
            && word(j - 2)
        {
            j -= 2;
        }
        if j < a {
            c.span = Span::new(token_at(tokens, j).span.start, c.span.end);
            changed = true;
        }
    }
    if changed {
        // The partners' own mentions give way to the firm.
        let mut kept: Vec<Candidate> = crate::vecs::with_capacity(found.len());
        for &c in found.iter() {
            while kept.last().is_some_and(|p| p.span.start >= c.span.start) {
                kept.pop();
            }
            crate::vecs::push(&mut kept, c);
        }
        *found = kept;
    }
}

/// Labels PLACE a listed country, or a listed city that is nobody's name and no organisation or MISC
/// name of the lists (of a million people, or else one the training data has only as a place or not
/// at all), of one to three words opening a sentence before a speech verb (`Pyongyang said`, `Burkina Faso said`: a
/// government by its capital, a place as CoNLL-2003 marks it): added where the tagger found nothing,
/// relabelled where it read those words alone as a person or an organisation (`Vilnius said`).
fn speaking_places(text: &str, tokens: &[Token], sentences: &[Span], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for s in sentences {
        let k = starting_before(tokens, s.start);
        let Some(n) = (1..4).rev().find(|&n| {
            let run = token_run(tokens, k, (k + n).min(tokens.len()));
            run.len() == n
                && run.iter().all(|t| t.capitalised(text))
                && run
                    .windows(2)
                    .all(|w| one_space(text, w[0].span.end, w[1].span.start))
                && super::consistency::SPEECH_VERBS.has_token(text, tokens, k + n)
                && {
                    let l = super::tagger::listed(text, run);
                    (l.country || l.city_not_person || l.city && (l.only_place || !l.trained))
                        && !l.personal_name
                        && !l.misc
                        && !l.trained_org
                }
        }) else {
            continue;
        };
        let span = Span::new(
            token_at(tokens, k).span.start,
            token_at(tokens, k + n - 1).span.end,
        );
        let j = ending_by(found, span.start);
        match found.get_mut(j) {
            Some(c) if c.span == span && matches!(c.label, Label::Person | Label::Org) => {
                c.label = Label::Place;
            }
            Some(c) if c.span.start < span.end => {}
            _ => Candidate::push_to(&mut add, span, Label::Place, Source::Name),
        }
    }
    add_sorted(found, add);
}

/// Labels PLACE the one-word person mentions of a list of places (`floods in Veracruz, Puebla and
/// Hidalgo`, `factories in Kumamoto and Phoenix`, `from Glasgow, Sidney and Wolf Point`), and the
/// two-word ones that read as no first name and surname in a list of three items or more (`Paris,
/// London, Palo Alto and Singapore`): its last
/// two items are joined by `and` or `or`, the others by a comma, its first item is a place of the
/// lists, and each item is a place or a one-word person mention that is no person of the lists. A
/// list mixes people and places seldom (`Clinton and Moscow` needs both to be people or both
/// places to read as one list).
/// An item of a list for [`places_in_lists`]: a place, or a person mention of one word, or two that
/// read as no first name and surname (`Palo Alto`), that the lists have as nobody. Inlined natively;
/// one call in the .wasm, where the closure was inlined at each of its three uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_list_item(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    if c.label == Label::Place {
        return true;
    }
    let (a, b) = token_range(tokens, c.span);
    c.label == Label::Person
        && c.source == Source::Name
        && (b == a + 1 || b == a + 2 && !super::consistency::first_and_surname(c.span.slice(text)))
        && super::tagger::lexicon::known_tokens_run(text, tokens, a, b) != Some(Label::Person)
}

fn places_in_lists(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let gap = |found: &[Candidate], k: usize| {
        Span::new(at(found, k - 1).span.end, at(found, k).span.start).slice(text)
    };
    let item = |c: &Candidate| is_list_item(text, tokens, c);
    for m in 1..found.len() {
        if !crate::text::is_one_of(gap(found, m), " and | or ")
            || !item(&found[m])
            || !item(&found[m - 1])
        {
            continue;
        }
        // Back to the first item of the list: items joined by `, `.
        let mut first = m - 1;
        while first > 0 && item(at(found, first - 1)) && gap(found, first) == ", " {
            first -= 1;
        }
        let (fa, fb) = token_range(tokens, at(found, first).span);
        if at(found, first).label == Label::Place
            && super::tagger::listed_run(text, tokens, fa, fb).place
        {
            // A name of two words only in a list of three items or more (`Lagos and Susannah
            // Cullinane wrote` is a place and a person).
            let long = m - first >= 2;
            for c in run_mut(found, first + 1, m + 1) {
                if c.label == Label::Person && (long || !has_char(c.span.slice(text), ' ')) {
                    c.label = Label::Place;
                }
            }
        }
    }
}

/// True when token `k` follows `to` and the part-of-speech lexicon has it as a verb's base form: in
/// a title-case headline it opens no name (`Volkswagen to Cut Another Shift`, three everyday words
/// whose 24-bit key hit a listed name's).
fn verb_after_to(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0
        && token_is(text, tokens, k - 1, "to")
        && crate::pos::known_tags(&lowercase(token_text(text, tokens, k)))
            .is_some_and(|tags| tags & crate::pos::Pos::Verb.bit() != 0)
}

/// Adds to the sorted list matches `listed` the names of the hashed lists
/// ([`super::tagger::news_names`]) that a whole run of capitalised words spells out (`Ursula von der
/// Leyen`, particles inside), the run without its first word (`President Erdogan`, `Yesterday
/// Anthropic`), the run cut before its first particle (`Karsten Warholm` of `Karsten Warholm of
/// Norway`) or the run with a `+` joined to its end (`Canal+`), where no list match overlaps. Only
/// whole runs of up to four words are looked up, and no run of several words in capitals (a
/// headline), so that a 24-bit key of some other phrase seldom collides with a listed one. A run
/// that is a tagger mention of `found` (sorted) exactly is not looked up: [`recover`] keeps the
/// tagger's mention then.
fn with_hashed_runs(
    text: &str,
    tokens: &[Token],
    (sentences, lines): (&[Span], &headline_lines::HeadlineLines),
    found: &[Candidate],
    listed: &mut Vec<Candidate>,
) {
    const MAX_WORDS: usize = 4;
    let capital = |t: &Token| t.capitalised(text);
    // A word of the run: with a capital or a digit first, or a particle joined to a capital
    // (`Asma al-Assad`).
    let inside = |k: usize| {
        let w = token_at(tokens, k).text(text);
        capital(token_at(tokens, k))
            || starts_by(w, |c: char| c.is_ascii_digit())
            || crate::tokens::is_particle_and_name(w)
    };
    // Two tokens of one run: one space apart (a sentence end has a stop or a line break between).
    let joined = |k: usize| space_before(text, tokens, k);
    let mut add = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !capital(token_at(tokens, k)) || (k > 0 && joined(k) && capital(token_at(tokens, k - 1)))
        {
            k += 1;
            continue;
        }
        let a = k;
        let mut b = k + 1;
        while b < tokens.len() && joined(b) {
            if inside(b) {
                b += 1;
                continue;
            }
            // Particles lead on to a capitalised word (`von der Leyen`); `and` ends the run (`Uber
            // and Lyft` are two).
            let mut c = b;
            while c < tokens.len() && joined(c) && PARTICLES.has_token(text, tokens, c) {
                c += 1;
            }
            if c == b
                || token_is(text, tokens, b, "and")
                || c >= tokens.len()
                || !joined(c)
                || !capital(token_at(tokens, c))
            {
                break;
            }
            b = c + 1;
        }
        k = b;
        // An event's name with a possessive inside (`New Year's Eve`, `St Patrick's Day`), whose
        // `'s` ends the run: the run, the `'s` and the capitalised words after it, when the lists
        // know the whole as an event (any kind of name let a 24-bit key's collision make a person
        // of `CNN's Jill Martin`).
        if let Some(e) = possessive_run_end(text, tokens, b) {
            let span = Span::new(
                token_at(tokens, a).span.start,
                token_at(tokens, e - 1).span.end,
            );
            let inside = matches_inside(listed, span);
            let label = super::tagger::list_label(text, token_run(tokens, a, e));
            if let (Some(inside), Some(label @ Label::Misc)) = (inside, label) {
                take_hashed(listed, inside, span, label, &mut add);
                k = e;
                continue;
            }
        }
        // The run cut before its first particle (`Karsten Warholm` of `Karsten Warholm of Norway`).
        let cut = (a + 1..b)
            .find(|&i| PARTICLES.has_token(text, tokens, i))
            .unwrap_or(b);
        // The cut run only when it is shorter than the run (the same key is not looked up twice).
        let cut = (cut < b).then_some((a, cut));
        // And the run after its first `of` (`Benicio del Toro` of `Critics of Benicio del Toro`).
        let after_of = (a + 1..b)
            .find(|&i| token_is(text, tokens, i, "of"))
            .map(|p| (p + 1, b));
        // In a title-case headline, a verb after `to` opens no name ([`verb_after_to`]).
        let verb = verb_after_to(text, tokens, a)
            && lines.title_case(ending_by(sentences, token_at(tokens, a).span.start));
        // And the run with a `+` joined to its end first (`Canal+`, `Apple TV+`), which ends it.
        let plus = tokens
            .get(b)
            .filter(|t| t.text(text) == "+" && !joined(b))
            .map(|_| (a, b + 1));
        for &pair in &[plus, Some((a, b)), Some((a + 1, b)), cut, after_of] {
            let Some((start, b)) = pair.filter(|&(start, _)| !(verb && start == a)) else {
                continue;
            };
            let span = match tokens.get(start..b) {
                Some(run @ [first, .., last]) | Some(run @ [first @ last])
                    if run.len() <= MAX_WORDS && capital(first) =>
                {
                    Span::new(first.span.start, last.span.end)
                }
                _ => continue,
            };
            let word = span.slice(text);
            if b - start > 1 && !any_char(word, is_lower) {
                continue;
            }
            // A stopword in title case is no acronym of the lists (`Who said`; not `WHO`).
            if b - start == 1
                && any_char(word, is_lower)
                && crate::stopwords::is_lowercased_stopword(word)
            {
                continue;
            }
            // A match inside the run gives way to a hashed name that holds it (`American` of
            // `Anglo American`); one that reaches past the run stops it.
            let Some(inside) = matches_inside(listed, span) else {
                break;
            };
            let over = inside.len();
            let k = starting_before(found, span.start);
            if found.get(k).is_some_and(|c| c.span == span) {
                break;
            }
            // A country of several words is a place of the lists too (`Burkina Faso said`, which
            // the tagger splits into a place and a person).
            let run = token_run(tokens, start, b);
            let label = super::tagger::list_label(text, run).or_else(|| {
                (b > start + 1 && super::tagger::listed(text, run).country).then_some(Label::Place)
            });
            if label.is_none() && over > 0 {
                break;
            }
            if let Some(label) = label {
                take_hashed(listed, inside, span, label, &mut add);
                break;
            }
        }
    }
    add_sorted(listed, add);
}

/// The end of the capitalised words after a possessive `'s` at token `b` that ends a run of
/// capitals (`Eve` of `New Year's Eve`): two at most, each one space after the last.
fn possessive_run_end(text: &str, tokens: &[Token], b: usize) -> Option<usize> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.capitalised(text) && space_before(text, tokens, k))
    };
    let possessive = tokens.get(b).is_some_and(|t| {
        crate::tokens::is_possessive_token(t.text(text)) && !space_before(text, tokens, b)
    });
    let mut e = b + 1;
    while possessive && e < b + 3 && word(e).is_some() {
        e += 1;
    }
    (e > b + 1).then_some(e)
}

/// A hashed name found at `span`: the list matches of `listed` inside it (`inside`, from
/// [`matches_inside`]) give way, and it goes to `add`, to be merged into `listed` ([`add_sorted`]).
fn take_hashed(
    listed: &mut Vec<Candidate>,
    inside: std::ops::Range<usize>,
    span: Span,
    label: Label,
    add: &mut Vec<Candidate>,
) {
    // `listed.drain(inside)`, through the one `retain` loop of mentions.
    let mut k = 0;
    crate::vecs::retain(listed, |_| {
        k += 1;
        !inside.contains(&(k - 1))
    });
    Candidate::push_to(add, span, label, Source::Name);
}

/// The index range of the list matches `listed` (sorted and disjoint, as the gazetteer gives them)
/// that overlap `span`, when every one lies inside it; `None` when one reaches past it.
fn matches_inside(listed: &[Candidate], span: Span) -> Option<std::ops::Range<usize>> {
    let a = ending_by(listed, span.start);
    let b = a + starting_before(run(listed, a, listed.len()), span.end);
    run(listed, a, b)
        .iter()
        .all(|m| span.start <= m.span.start && m.span.end <= span.end)
        .then_some(a..b)
}

/// Adds to the sorted list matches `listed` the names of the hashed lists that two to four words of
/// a title-case headline spell out between its small words and verbs (`Carabao Cup` of `Newcastle
/// End 70-Year Wait With Carabao Cup Win at Wembley`), where [`with_hashed_runs`] sees only the
/// whole run of capitals. Each stretch is looked up whole, without its last word and without one or
/// two of its first words, where no list match overlaps: a few keys a headline, so a 24-bit key of
/// some other phrase seldom collides.
fn with_hashed_in_headlines(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    lines: &headline_lines::HeadlineLines,
    listed: &mut Vec<Candidate>,
) {
    let mut add = Vec::new();
    for (a, b) in lines.title_case_runs(tokens, sentences) {
        // Not a speech verb, which a census surname may spell (`Says`): no name holds one. Nor a
        // verb after `to` (see [`verb_after_to`]).
        let part = |k: usize| {
            let w = token_text(text, tokens, k);
            let low = lowercase(w);
            starts_by(w, |c: char| is_upper(c) || c.is_ascii_digit())
                && !HEADLINE_SMALL_WORDS.contains(&low.as_str())
                && !super::consistency::SPEECH_VERBS.contains(&low.as_str())
                && !is_headline_verb(text, token_at(tokens, k), true)
                && !verb_after_to(text, tokens, k)
        };
        let mut k = a;
        while k < b {
            if !part(k) {
                k += 1;
                continue;
            }
            let start = k;
            k += 1;
            // A name's particles join its words (`Fans Mourn Dominique de Villepin`).
            let particle = |k: usize| is_headline_particle(token_text(text, tokens, k));
            while k < b
                && space_before(text, tokens, k)
                && (part(k) || (particle(k) && k + 1 < b && part(k + 1)))
            {
                k += 1;
            }
            // The stretch, without its last word, then without one or two of its first words
            // (`Fans Mourn Courteney Cox`, `Investors Flee Equity Bank`: a verb no list knows).
            for (i, j) in [(start, k), (start, k - 1), (start + 1, k), (start + 2, k)] {
                if j < i + 2 || j - i > 4 {
                    continue;
                }
                let span = Span::new(
                    token_at(tokens, i).span.start,
                    token_at(tokens, j - 1).span.end,
                );
                // A list match inside gives way (`Cup` of `Carabao Cup`); one across stops it.
                let Some(inside) = matches_inside(listed, span) else {
                    break;
                };
                if let Some(label) = super::tagger::list_label_run(text, tokens, i, j) {
                    take_hashed(listed, inside, span, label, &mut add);
                    break;
                }
            }
        }
    }
    add_sorted(listed, add);
}

/// True when `w` starts with a capital or a digit, for [`with_names_in_capitals`]. Inlined natively;
/// one call in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn starts_capital_or_digit(w: &str) -> bool {
    starts_by(w, |c: char| is_upper(c) || c.is_ascii_digit())
}

/// True when `w` is a stopword but for those that open names ([`NAME_STOPWORDS`]), for
/// [`with_names_in_capitals`]. Inlined natively; one call in the .wasm, where the closure was
/// inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_small_word(w: &str) -> bool {
    let low = lowercase(w);
    crate::stopwords::is_stopword(&low) && !NAME_STOPWORDS.contains(&low)
}

/// Adds to the sorted list matches `listed` the people and organisations of the lists
/// ([`super::tagger::list_label`]) that two or three words of a headline in capitals spell out
/// (`SHELL KEEPS BUYBACK AS WAEL SAWAN HOLDS FIRM`), where no list match overlaps: there a name's
/// capitals do not set it apart, so [`with_hashed_runs`] cannot find its run. Three words are tried
/// before two; a headline has a dozen such windows, so a 24-bit key of some other phrase seldom
/// collides with a listed one.
fn with_names_in_capitals(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    lines: &headline_lines::HeadlineLines,
    listed: &mut Vec<Candidate>,
) {
    let word = |t: &Token| t.kind == TokenKind::Word && any_char(t.text(text), is_alpha);
    let mut add = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if !lines.headline(i) {
            continue;
        }
        let (a, b) = token_range(tokens, *s);
        let line = token_run(tokens, a, b);
        if line.iter().filter(|t| word(t)).count() < 3 {
            continue;
        }
        let capitals = !line.iter().any(|t| any_char(t.text(text), is_lower));
        let mut k = 0;
        while k < line.len() {
            let hit = [3, 2, 1].into_iter().find_map(|n| {
                let run = line.get(k..k + n)?;
                let spaced = run
                    .windows(2)
                    .all(|w| one_space(text, w[0].span.end, w[1].span.start));
                let span = Span::new(token_at(run, 0).span.start, token_at(run, n - 1).span.end);
                // `listed` is sorted and disjoint: the first match ending after the window's start
                // is the only one that may overlap it.
                let j = ending_by(listed, span.start);
                let free = listed.get(j).is_none_or(|m| m.span.start >= span.end);
                // One word only when general English does not know it (`Moniepoint`), when it is
                // a country (`CUTS UK GROWTH FORECAST`), or when it acts: a headline's verb or a
                // leader's role follows it (`FED CUTS RATES`, `APPLE AI CHIEF`).
                let acts = n == 1
                    && capitals
                    && acts_in_capitals(text, token_run(line, k + 1, line.len()));
                // A name starts and ends with a capital (not `Slows and` of a title-case headline,
                // whose 24-bit key may meet a listed name's).
                let capital = |t: &Token| starts_capital_or_digit(t.text(text));
                // Nor one that starts or ends with a small word (`MINISTER FOR`), but for the
                // stopwords that open names (`NEW PATRIOTIC PARTY`, `FIRST QUANTUM`, `NEXT`).
                let small = |t: &Token| is_small_word(t.text(text));
                if !(spaced
                    && free
                    && run.iter().all(word)
                    && capital(token_at(run, 0))
                    && capital(token_at(run, n - 1)))
                    || (n > 1 && (small(token_at(run, 0)) || small(token_at(run, n - 1))))
                    || verb_after_to(text, tokens, a + k)
                    || (n == 1
                        && !acts
                        && !is_rare_word(run[0].text(text))
                        && !super::tagger::listed(text, run).country)
                {
                    return None;
                }
                // A place of the lists too (`PAKISTAN BEAT SRI LANKA IN RAWALPINDI`), and a first
                // name and a surname in capitals (`BP NAMES MEG O'NEILL AS CHIEF`).
                let label = super::tagger::list_label(text, run)
                    .or_else(|| {
                        let l = super::tagger::listed(text, run);
                        (l.country || (l.place && !l.misc)).then_some(Label::Place)
                    })
                    .or_else(|| {
                        (n == 2 && capitals && is_first_and_surname(text, run))
                            .then_some(Label::Person)
                    })
                    .or_else(|| {
                        (acts && super::tagger::listed(text, run).only_org).then_some(Label::Org)
                    })
                    .or_else(|| {
                        // A word unknown to general English after a leader's role (`Under New
                        // Chief Fiddelke`).
                        let role =
                            k > 0 && HEADLINE_ROLES.contains_lowercase(line[k - 1].text(text));
                        (n == 1 && role).then_some(Label::Person)
                    })?;
                (label != Label::Misc).then_some((
                    n,
                    Candidate {
                        span,
                        label,
                        source: Source::Name,
                    },
                ))
            });
            match hit {
                Some((n, c)) => {
                    crate::vecs::push(&mut add, c);
                    k += n;
                }
                None => k += 1,
            }
        }
    }
    add_sorted(listed, add);
}

/// True for one of general English's commonest words (`Best`, `Individual`; not `Congress`), by
/// the Zipf frequency of its stem (5 and above: about once in 100,000 words or more often).
pub(crate) fn is_common_word(w: &str) -> bool {
    use crate::keywords::rarity::zipf;
    zipf(&crate::keywords::stem::stem(&crate::case::lowercase(w))) >= 5.0
}

/// True when the words after a name in a headline in capitals, `after`, say the name acts: a
/// headline's verb (`CUTS`), or a leader's role (`CHIEF`), maybe after `AI` (`APPLE AI CHIEF`).
fn acts_in_capitals(text: &str, after: &[Token]) -> bool {
    let role = |t: &Token| HEADLINE_ROLES.contains_lowercase(t.text(text));
    match after {
        [next, ..] if is_headline_verb(text, next, true) || role(next) => true,
        [ai, next, ..] => ai.is(text, "AI") && role(next),
        _ => false,
    }
}

/// True when the two tokens of `run` are a first name and a surname of the lists (`TOM CONRAD`),
/// unless both are everyday words (`MAY DAY`) or the first is a title (`PRINCE NASEEM`).
fn is_first_and_surname(text: &str, run: &[Token]) -> bool {
    let [first, last] = run else {
        return false;
    };
    let listed = |t: &Token| super::tagger::listed(text, std::slice::from_ref(t));
    let (f, l) = (first.text(text), last.text(text));
    listed(first).first_name
        && listed(last).personal_name
        && (is_rare_word(f) || is_rare_word(l))
        && !super::consistency::is_person_title(&crate::case::lowercase(f))
}

/// Cuts a tagger mention of a title-case headline before its first verb after the first word
/// (`Huang Says Its Share of China's Chip Market Has Fallen` is `Huang`, `Wembanyama Scores` is
/// `Wembanyama`): there capitals do not end a name, a headline's verb does. The names after the
/// verb are left to the lists ([`recover`]).
fn cut_at_headline_verbs(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    lines: &headline_lines::HeadlineLines,
    found: &mut Vec<Candidate>,
) {
    let mut places = Vec::new();
    let mut sentence = usize::MAX;
    let mut headline = false;
    for c in found.iter_mut() {
        let k = ending_by(sentences, c.span.start);
        if k != sentence {
            sentence = k;
            headline = lines.title_case(k);
        }
        // A title in quotes keeps its verbs (`- "It Was Just an Accident"` in a list of films).
        if !headline
            || char_before(text, c.span.start).is_some_and(is_quote)
                && char_at(text, c.span.end).is_some_and(is_quote)
        {
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        // A company's legal suffix at the end says the whole run is its name (`Nomura Securities
        // Co Ltd`, `Halden Marine Services Co`).
        let last = token_text(text, tokens, b.saturating_sub(1));
        if super::groups::LEGAL_SUFFIXES.contains(&last) || last == "Co" {
            continue;
        }
        // A plural or a verb with `-s` only right after a word of the name that is no everyday
        // word (`Wembanyama Scores`, `Bungie's Marathon Launches`; not `General Motors`, `Minor
        // Counties`).
        let subject = |i: usize| {
            let w = token_text(text, tokens, i - 1);
            starts_by(w, is_upper) && is_rare_word(w) && !COMPANY_PLURALS.has_token(text, tokens, i)
        };
        // A word with `-s` after a listed name, its last word or the mention's words before it,
        // that the lists do not continue with it (`Trump Threatens`, `Nvidia Overtakes Apple`,
        // `McDonald's Surges`; not `Texas Instruments`, a listed name whole).
        let after_listed = |i: usize| {
            let w = token_text(text, tokens, i);
            let one = std::slice::from_ref(token_at(tokens, i));
            let l = super::tagger::listed(text, one);
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && any_char(w, is_lower)
                && !COMPANY_PLURALS.contains(&w)
                && !(l.trained || l.personal_name || l.place || l.misc)
                && super::tagger::list_label(text, one).is_none()
                && {
                    let prev = token_run(tokens, i - 1, i);
                    super::tagger::list_label(text, prev).is_some()
                        || super::tagger::lexicon::known(token_at(prev, 0).text(text)).is_some()
                        || super::tagger::list_label_run(text, tokens, a, i).is_some()
                }
                && super::tagger::list_label_run(text, tokens, a, i + 1).is_none()
        };
        let verb = (a + 1..b).find(|&i| {
            is_headline_verb(text, token_at(tokens, i), subject(i))
                || after_listed(i)
                || (CUT_VERBS.has_token(text, tokens, i) && !COMPASS.has_token(text, tokens, i - 1))
        });
        // A mention that opens with the verb after its subject's name (`Ireland` + `Joins Boycott
        // of Next Year's Contest`) has no words before it.
        let opening = || {
            a > 0
                && capitalised_at(text, tokens, a - 1)
                && (is_headline_verb(text, token_at(tokens, a), true)
                    || CUT_VERBS.has_token(text, tokens, a))
        };
        let verb = verb.or_else(|| opening().then_some(a));
        if let Some(v) = verb {
            // The words before the verb, without a trailing possessive or hyphen.
            let mut end = v;
            while end > a + 1 && !starts_by(token_at(tokens, end - 1).text(text), is_alnum) {
                end -= 1;
            }
            c.span = if v == a {
                Span::new(c.span.start, c.span.start)
            } else {
                Span::new(c.span.start, token_at(tokens, end - 1).span.end)
            };
            // One word left that the tagger read with the verb as a person, a club or a company
            // of the training data or the lists and no person of theirs, is the organisation
            // (`Chelsea Sign Defender as Rivals Circle`).
            if end == a + 1 && v > a && c.label == Label::Person {
                let one = token_run(tokens, a, end);
                let listed_as = super::tagger::list_label(text, one);
                if (super::tagger::listed(text, one).trained_org || listed_as == Some(Label::Org))
                    && listed_as != Some(Label::Person)
                {
                    c.label = Label::Org;
                }
            }
            // A country or a place the training data knows only as one, after the verb, stays a
            // place (`Takaichi Becomes Japan's First Female Prime Minister`).
            let mut i = v + 1;
            while i < b {
                let n = [2, 1].into_iter().find(|&n| {
                    i + n <= b && {
                        let l = super::tagger::listed_run(text, tokens, i, i + n);
                        (l.country || l.only_place) && !l.misc
                    }
                });
                if let Some(n) = n {
                    Candidate::push_to(
                        &mut places,
                        Span::new(
                            token_at(tokens, i).span.start,
                            token_at(tokens, i + n - 1).span.end,
                        ),
                        Label::Place,
                        Source::Name,
                    );
                }
                i += n.unwrap_or(1);
            }
            // One everyday word left that no list has is no name (`Floods Cut Off Villages`):
            // emptied, and dropped by the caller.
            let one = token_run(tokens, a, end);
            let listed = super::tagger::listed(text, one);
            if end == a + 1
                && v > a
                && c.label != Label::Person
                && !is_rare_word(token_at(one, 0).text(text))
                && super::tagger::list_label(text, one).is_none()
                && !listed.trained
                && !listed.personal_name
            {
                c.span = Span::new(c.span.start, c.span.start);
            } else if v > a && (listed.country || listed.only_place) && !listed.misc {
                // What is left is a country or a place the lists know only as one (`Ireland` of
                // `Ireland Join Boycott of ...`).
                c.label = Label::Place;
            } else if v == end && listed.place && RESIDENT_WORDS.has_token(text, tokens, v) {
                // Or a place of the lists before its voters or residents (`Denver Voters Back
                // ...`): the people of the place, not of a club or a firm.
                c.label = Label::Place;
            }
        }
    }
    add_sorted(found, places);
}

/// A capitalised word, or two, right after an opening bracket and before a number is a player
/// with the score or the minute (`Boston 104 Miami 99 (Brown 29 pts)`, `Nice 1 ( Debbah 39th )`;
/// CoNLL-2003 train and dev and the looked-at sets: 102 of the 130 names so placed PER, the rest
/// months, places and a gold slip), not a month or a place, country or organisation of the lists
/// (`( May 22 )`, `( Hungary 1 )`). `found` is sorted and stays so.
fn scorers_in_brackets(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 0..tokens.len().saturating_sub(2) {
        if !token_is(text, tokens, k, "(") {
            continue;
        }
        // The name's words: capitalised, in lower case after the capital (not `NYSE`).
        let word = |i: usize| {
            let w = token_text(text, tokens, i);
            token_at(tokens, i).kind == TokenKind::Word && upper_with_lower(w)
        };
        let n = (1..3).take_while(|&j| word(k + j)).count();
        // A number as a score or a minute, not a verse's or a date's (`(Acts 11:6)`, `(Matthew
        // 27.3-10)`), nor a year after a word (`(In 1930, ...`).
        let number = token_text(text, tokens, k + 1 + n);
        if n == 0
            || tokens
                .get(k + 1 + n)
                .is_none_or(|t| t.kind != TokenKind::Number)
            || crate::text::has_any(number, &['.', ':'])
            || token_is(text, tokens, k + 2 + n, ":")
            || token_is(text, tokens, k + 2 + n, ".")
                && tokens
                    .get(k + 3 + n)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            || crate::stopwords::is_lowercased_stopword(token_text(text, tokens, k + 1))
        {
            continue;
        }
        let (a, b) = (k + 1, k + 1 + n);
        let span = Span::new(
            token_at(tokens, a).span.start,
            token_at(tokens, b - 1).span.end,
        );
        let l = super::tagger::listed_run(text, tokens, a, b);
        let at = ending_by(found, span.start);
        if is_date_word(&lowercase(token_text(text, tokens, a)))
            || l.place
            || l.country
            || l.trained_org
            || super::tagger::list_label_run(text, tokens, a, b).is_some_and(|x| x != Label::Person)
            || found.get(at).is_some_and(|c| c.span.start < span.end)
        {
            continue;
        }
        Candidate::push_to(&mut add, span, Label::Person, Source::Name);
    }
    add_sorted(found, add);
}

/// A name right before `by` and a person's name is a work (`James by Percival Everett`, `Ordinary
/// by Alex Warren`; CoNLL-2003 train and dev, wikigold and the looked-at sets: 6 MISC of the 9 gold
/// names so placed, the other 3 places, which stay as they are). `found` is sorted.
fn works_by_people(text: &str, found: &mut [Candidate]) {
    for k in 1..found.len() {
        let (work, author) = (found[k - 1], found[k]);
        // The word before the work, read only once the rest holds (a text without spaces would
        // make each reading scan back to its start).
        let before = || after_last_by(trim_end_by(head(text, work.span.start), is_space), is_space);
        if author.label == Label::Person
            && work.label != Label::Place
            && work.source == Source::Name
            && Span::new(work.span.end, author.span.start).slice(text) == " by "
            && !NOT_AFTER.contains(before())
            && !char_at(text, author.span.end).is_some_and(|c| matches!(c, '\'' | '\u{2019}'))
        {
            found[k - 1].label = Label::Misc;
        }
    }
}

/// True for a capitalised word the part-of-speech lexicon knows as a verb and never a noun, an
/// adjective or a name (`Says`, `Flees`), or, when `plural_too`, a common English word with an `-s`
/// that no list has as a name (`Scores`, `Wins`; not `Williams`).
fn is_headline_verb(text: &str, t: &Token, plural_too: bool) -> bool {
    use crate::pos::Pos;
    let w = t.text(text);
    // Not a word of two letters, which may be an acronym (`IT`, `US`), but `Is` in title case.
    if !starts_by(w, is_upper) || (w.len() < 3 && w != "Is") {
        return false;
    }
    // A headline in capitals: the word as title case would write it (`KEEPS` as `Keeps`).
    let title;
    let w = if any_char(w, is_lower) {
        w
    } else {
        // Its first letter is a capital already (see above).
        let first = first_char(w).map_or(0, crate::text::char_len);
        title = crate::vecs::format(format_args!(
            "{}{}",
            head(w, first),
            crate::case::lowercase(tail(w, first))
        ));
        &title
    };
    if plural_too && w.ends_with('s') && !w.ends_with("ss") {
        let low = crate::case::lowercase(w);
        let stem = crate::keywords::stem::stem(&low);
        if crate::keywords::rarity::zipf(&stem) > crate::keywords::rarity::UNKNOWN_ZIPF
            && !super::tagger::listed(text, std::slice::from_ref(t)).personal_name
        {
            return true;
        }
    }
    // The lexicon has most words in lower case only (`Join` as `join`).
    let Some(tags) =
        crate::pos::known_tags(w).or_else(|| crate::pos::known_tags(&crate::case::lowercase(w)))
    else {
        return false;
    };
    let verb = Pos::VerbPresent3rd.bit() | Pos::VerbPast.bit() | Pos::VerbPresent.bit();
    let noun = Pos::Noun.bit()
        | Pos::NounPlural.bit()
        | Pos::ProperNoun.bit()
        | Pos::ProperNounPlural.bit()
        | Pos::Adjective.bit();
    tags & verb != 0 && tags & noun == 0
}

/// True when general English does not know the word `w` (in lower case, nor its stem).
fn is_rare_word(w: &str) -> bool {
    use crate::keywords::rarity::{zipf, UNKNOWN_ZIPF};
    let low = crate::case::lowercase(w);
    zipf(&low).max(zipf(&crate::keywords::stem::stem(&low))) <= UNKNOWN_ZIPF
}

/// True when tokens `from..k`, before a possessive inside a mention, read as a person's first name
/// and surname that the lists do not know (`Emerald Fennell's Wuthering Heights`): two words in
/// title case, the second rare in general English, neither a common word, a noun or adjective of the
/// part-of-speech lexicon (`General People's Congress`, `Senate Veterans' Affairs`), a place of the
/// lists, an abbreviation (`St Enoch's`) nor an organisation's or place's last word (`Acme
/// Robotics's`).
fn unlisted_owner(text: &str, tokens: &[Token], from: usize, k: usize) -> bool {
    let run = token_run(tokens, from, k);
    let title = |t: &Token| upper_then_lower(t.text(text));
    let plain = |t: &Token| {
        let w = t.text(text);
        w.len() > 2
            && !is_common_noun(&crate::case::lowercase(w))
            && !is_common_word(w)
            && label_by_last_word(w).is_none()
    };
    k == from + 2
        && run.iter().all(|t| title(t) && plain(t))
        && is_rare_word(token_at(run, 1).text(text))
        && !run.iter().any(|t| {
            let l = super::tagger::listed(text, std::slice::from_ref(t));
            l.place || l.misc
        })
}

/// True when token `from` (`k == from + 1`), before a possessive inside a mention that ends at token
/// `b`, is a headline's surname owning an everyday word (`Back Johnston's Plan to Redraw Transit
/// Map`, where the tagger ran the owner and the headline's noun into one name): a personal name of
/// the lists that they have as no first name, place, MISC name or trained name (not `Denver's`,
/// `Moody's`), and one common word after the possessive.
fn surname_owner_in_headline(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    from: usize,
    k: usize,
    b: usize,
) -> bool {
    let l = super::tagger::listed_run(text, tokens, from, k);
    k == from + 1
        && b == k + 2
        && l.personal_name
        && !(l.first_name || l.place || l.misc || l.trained)
        && is_common_word(token_text(text, tokens, k + 1))
        && in_headline(text, tokens, sentences, token_at(tokens, from).span.start)
}

/// True when `line` is a headline ([`is_headline`]) in title case, not in capitals: some word has a
/// letter in lower case (`Block Shares Slide as Cash App Growth Slows`).
fn is_title_case_headline(text: &str, line: &[Token]) -> bool {
    line.iter().any(|t| any_char(t.text(text), is_lower)) && is_headline(text, line)
}

/// True when the words of `line` are all in capitals (`SHELL KEEPS BUYBACK`) or in title case, the
/// small words of [`HEADLINE_SMALL_WORDS`] and a name's [`PARTICLES`], joined or not, excepted
/// (`Block Shares Slide as Cash App Growth Slows`, `Ursula von der Leyen Wins`).
fn is_headline(text: &str, line: &[Token]) -> bool {
    // No headline runs to 80 tokens; a longer line is no headline, and is not read (callers ask
    // once a mention: a megabyte on one line of capitalised names would be read at each).
    if line.len() > MAX_HEADLINE_TOKENS {
        return false;
    }
    let lower = |t: &&Token| any_char(t.text(text), is_lower);
    if !line.iter().any(|t| lower(&t)) {
        return true;
    }
    let mut capitals = 0;
    for t in line.iter() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = t.text(text);
        // A brand's word in camel case is written so in any line (`iPhones`).
        if any_char(w, is_upper) {
            capitals += 1;
        } else if starts_by(w, is_lower) {
            // A name's particles stay small in a headline too (`Ursula von der Leyen Wins`).
            if !HEADLINE_SMALL_WORDS.contains(&w) && !is_headline_particle(w) {
                return false;
            }
        }
    }
    capitals >= 4
}

/// The most tokens a headline has ([`is_headline`]).
const MAX_HEADLINE_TOKENS: usize = 80;

/// True for a name's particle that a title-case headline leaves small, alone or joined to a capital
/// (`von`, `de`, `al-Assad`), but not one of its small words (`of`, `the`, `and`).
fn is_headline_particle(w: &str) -> bool {
    (PARTICLES.contains(&w) && !HEADLINE_SMALL_WORDS.contains(&w))
        || crate::tokens::is_particle_and_name(w)
}

/// True when the sentence holding byte `at` of `text` is a headline ([`is_headline`]).
fn in_headline(text: &str, tokens: &[Token], sentences: &[Span], at: usize) -> bool {
    let k = ending_by(sentences, at);
    sentences.get(k).is_some_and(|s| {
        let (a, b) = token_range(tokens, *s);
        is_headline(text, token_run(tokens, a, b))
    })
}

/// Splits a tagger mention that bridges listed names with lower-case words only (`Gemini inside
/// Siri` becomes `Gemini` and `Siri`): names hold no lower-case word besides particles such as `of`
/// or `de`, which never sit between two whole names of the lists. `listed` and `found` are sorted.
fn split_bridged(text: &str, tokens: &[Token], listed: &[Candidate], found: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = crate::vecs::with_capacity(found.len());
    let mut changed = false;
    for c in found.iter() {
        let a = starting_before(listed, c.span.start);
        let mut inner: Vec<&Candidate> = Vec::new();
        for m in run(listed, a, listed.len()) {
            if m.span.start >= c.span.end {
                break;
            }
            if m.span.end <= c.span.end && m.span != c.span {
                crate::vecs::push(&mut inner, m);
            }
        }
        let disjoint = inner.windows(2).all(|w| w[0].span.end <= w[1].span.start);
        let (ta, tb) = token_range(tokens, c.span);
        let mut gap = token_run(tokens, ta, tb)
            .iter()
            .filter(|t| {
                !inner
                    .iter()
                    .any(|m| m.span.start <= t.span.start && t.span.end <= m.span.end)
            })
            .peekable();
        // At least one word between the names, every one of them in lower case.
        let bridges = inner.len() >= 2
            && disjoint
            && inner[0].span.start == c.span.start
            && inner[inner.len() - 1].span.end == c.span.end
            && gap.peek().is_some()
            && gap.all(|t| all_char(t.text(text), is_lower));
        // A listed name, `and`, then an organisation named by its last word (`Silver Lake and
        // Affinity Partners`): two organisations.
        let partner = (!bridges && inner.len() == 1 && inner[0].span.start == c.span.start)
            .then(|| token_range(tokens, inner[0].span).1)
            .filter(|&k| {
                k + 3 <= tb
                    && token_is(text, tokens, k, "and")
                    && token_run(tokens, k + 1, tb)
                        .iter()
                        .all(|t| t.capitalised(text))
                    && ORG_LAST_WORDS.has_token_ignore_case(text, tokens, tb - 1)
            });
        // Capitalised words, `at` or `on`, then a listed name that is no place (`Pyramid Stage at
        // Glastonbury Festival`, `Moon on Artemis II`): a thing and where it stands, two names (a
        // place's name may hold `on`: `Henley on Thames`).
        let at = (!bridges)
            .then(|| inner.last())
            .flatten()
            .filter(|m| m.span.end == c.span.end && m.label != Label::Place)
            .map(|m| token_range(tokens, m.span).0)
            .filter(|&k| {
                k > ta + 1
                    && AT_ON.has_token(text, tokens, k - 1)
                    && token_run(tokens, ta, k - 1)
                        .iter()
                        .all(|t| t.capitalised(text))
            });
        if let Some(k) = at {
            changed = true;
            let left = Span::new(c.span.start, token_at(tokens, k - 2).span.end);
            Candidate::push_to(&mut out, left, c.label, Source::Name);
            let m = *crate::vecs::at(&inner, inner.len() - 1);
            Candidate::push_to(&mut out, m.span, m.label, Source::Name);
        } else if bridges {
            changed = true;
            for m in &inner {
                Candidate::push_to(&mut out, m.span, m.label, Source::Name);
            }
        } else if let Some(k) = partner {
            changed = true;
            let m = *crate::vecs::at(&inner, 0);
            Candidate::push_to(&mut out, m.span, m.label, Source::Name);
            Candidate::push_to(
                &mut out,
                Span::new(token_at(tokens, k + 1).span.start, c.span.end),
                Label::Org,
                Source::Name,
            );
        } else {
            crate::vecs::push(&mut out, *c);
        }
    }
    if changed {
        *found = out;
    }
}

/// Splits a PERSON mention at a lower-case word of three letters or more that is no particle (`Lee
/// meets Xi` in a headline is `Lee` and `Xi`; `Kengo wa Dondo`, `Maarten den Bakker` stay whole): a
/// person's name holds no verb or preposition. The pieces that start with a
/// capital stay PERSON mentions. An organisation's or a place's mention splits at a verb of
/// [`NAME_BREAKING_VERBS`] (`the Union is Europe's border`), each piece taking the label the lists
/// give it, else the mention's. `found` stays sorted.
fn split_people(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = crate::vecs::with_capacity(found.len());
    for c in found.iter() {
        let (a, b) = token_range(tokens, c.span);
        let person = c.label == Label::Person;
        let breaks = |t: &Token| {
            let w = t.text(text);
            if person {
                w.len() >= 3 && all_char(w, is_lower) && !PARTICLES.contains(&w)
            } else {
                NAME_BREAKING_VERBS.contains(&w)
            }
        };
        if c.label == Label::Misc || !token_run(tokens, a, b).iter().any(breaks) {
            crate::vecs::push(&mut out, *c);
            continue;
        }
        let mut k = a;
        while k < b {
            let start = k;
            while k < b && !breaks(token_at(tokens, k)) {
                k += 1;
            }
            if k > start && capitalised_at(text, tokens, start) {
                let span = Span::new(
                    token_at(tokens, start).span.start,
                    token_at(tokens, k - 1).span.end,
                );
                let listed = || {
                    let (i, j) = token_range(tokens, span);
                    super::tagger::listed_run(text, tokens, i, j).place
                };
                let label = if person {
                    Label::Person
                } else if listed() {
                    Label::Place
                } else {
                    super::tagger::lexicon::known_span(text, span).unwrap_or(c.label)
                };
                Candidate::push_to(&mut out, span, label, c.source);
            }
            k += 1;
        }
    }
    *found = out;
}

/// A name that ends its sentence with a one-letter abbreviation (`Serie A.`, `Plan B.`) leaves the
/// period to the sentence: one letter and a period at a sentence end are the letter and a full stop.
/// So does a title in quotes that ends in a word and its sentence's full stop (`"The Daily Show."`),
/// and a person's name whose last word is an abbreviation too (`Lei Jun.`, `Jun.` for June), but for
/// `Jr.` and `Sr.`, which are the name's.
fn without_final_period(text: &str, sentences: &[Span], span: Span, label: Label) -> Span {
    let b = text.as_bytes();
    let one_letter = span.len() >= 3
        && *at(b, span.end - 1) == b'.'
        && at(b, span.end - 2).is_ascii_uppercase()
        && *at(b, span.end - 3) == b' ';
    let k = sentences.partition_point(|s| s.end < span.end);
    let ends_sentence = sentences.get(k).is_some_and(|s| {
        crate::text::all_char(Span::new(span.end, s.end).slice(text), |c| {
            is_space(c) || matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')')
        })
    });
    // A word that is no abbreviation, its sentence's full stop inside a closing quote
    // (`"The Mel Robbins Podcast."`).
    let last_word = span
        .slice(text)
        .strip_suffix('.')
        .map(|s| after_last_by(s, |c| c == ' '))
        .filter(|w| w.len() > 1 && any_char(w, is_lower) && !has_char(w, '.'));
    let plain = last_word.is_some_and(|w| !crate::abbreviations::is_abbreviation(w));
    let person = label == Label::Person && last_word.is_some_and(|w| !JUNIOR_SENIOR.contains(w));
    let quoted = matches!(char_at(text, span.end), Some('"' | '\u{201D}'));
    if (one_letter || plain && quoted || person) && ends_sentence {
        Span::new(span.start, span.end - 1)
    } else {
        span
    }
}

/// A possessive inside a mention ends one name and starts another when the owner is a listed name
/// or a first name and a surname (`Ryan Coogler's Sinners`, `ByteDance's Doubao`); CoNLL-2003 keeps
/// a name with a possessive of its own whole (`Moody 's Investors Service`, `People 's Party`). The
/// owner takes its listed label (else PERSON); what it owns takes its listed label, else MISC after
/// a person (a work, a product), else the mention's label.
fn split_at_possessive(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    use super::tagger::lexicon::known_span;
    let mut out = crate::vecs::with_capacity(found.len());
    for c in found.iter() {
        let (a, b) = token_range(tokens, c.span);
        // The owned name may open with a quotation mark (`Greta Gerwig's "Barbie`).
        let quote_after = |k: usize| {
            let w = token_text(text, tokens, k + 1);
            usize::from(QUOTE_MARKS.contains(w) && k + 2 < b)
        };
        let cut = (a + 1..b.saturating_sub(1)).find(|&k| {
            POSSESSIVE_MARKS.has_token(text, tokens, k)
                && any_char(token_text(text, tokens, k + 1 + quote_after(k)), is_upper)
        });
        // The owner's first name (and particle) just before the mention, which the tagger left out
        // or took as a mention of its own (`Guillermo del Toro's Frankenstein`, `Chloé Zhao's
        // Hamnet`).
        let from = cut.map_or(a, |_| name_before(text, tokens, a));
        let owner = cut.map(|k| {
            Span::new(
                token_at(tokens, from).span.start,
                token_at(tokens, k - 1).span.end,
            )
        });
        let listed = owner.and_then(|o| known_span(text, o));
        let named = owner.is_some_and(|o| super::consistency::first_and_surname(o.slice(text)))
            || cut.is_some_and(|k| {
                k == from + 1
                    && token_at(tokens, from).span.len() > 1
                    && super::tagger::listed_run(text, tokens, from, k).surname_only
            })
            || cut.is_some_and(|k| unlisted_owner(text, tokens, from, k))
            || cut.is_some_and(|k| surname_owner_in_headline(text, tokens, sentences, from, k, b));
        // A country owns what it regulates or makes (`Britain's Competition and Markets Authority`),
        // and a listed place that is no common word nor a first name the places in it (`Moscow's
        // Red Square`; not `Man's Best Friend`), but not in a quoted title (`"India's Daughter"`).
        let quoted = char_before(text, c.span.start).is_some_and(|c| matches!(c, '"' | '\u{201c}'));
        let country = !quoted
            && cut.is_some_and(|k| {
                let l = super::tagger::listed_run(text, tokens, from, k);
                l.country
                    || l.place
                        && !l.personal_name
                        && c.label == Label::Place
                        && !token_run(tokens, from, k)
                            .iter()
                            .any(|t| is_common_word(t.text(text)))
            });
        // What it owns (the words after the possessive), if anything.
        let owned = cut.map(|k| {
            Span::new(
                token_at(tokens, k + 1 + quote_after(k)).span.start,
                c.span.end,
            )
        });
        // What it owns is a listed organisation's account on it (`Paper Harbour's Instagram
        // account`; not `People's Democratic Party page`, an everyday word's): the owner keeps the
        // mention's label, an organisation's for a MISC one.
        let owns_listed = cut.zip(owned).is_some_and(|(k, owned)| {
            known_span(text, owned) == Some(Label::Org)
                && b < tokens.len()
                && ACCOUNT_WORDS.has_token(text, tokens, b)
                && !(k == from + 1 && is_common_noun(&lowercase(token_text(text, tokens, from))))
        });
        // A name that holds a group's possessive is one name (`Children's Hospital of
        // Philadelphia`, `Women's Prize`).
        let group = cut
            .is_some_and(|k| k == from + 1 && GROUP_OWNERS.has_token_lowercase(text, tokens, from));
        let (Some(owned), Some(owner)) = (
            owned.filter(|_| !group),
            owner.filter(|_| listed.is_some() || named || country || from < a || owns_listed),
        ) else {
            crate::vecs::push(&mut out, *c);
            continue;
        };
        // Mentions of the first name give way to the whole owner.
        while out
            .last()
            .is_some_and(|p: &Candidate| p.span.start >= owner.start)
        {
            out.pop();
        }
        let owner_label = listed.unwrap_or(if country {
            Label::Place
        } else if named || from < a {
            Label::Person
        } else if c.label == Label::Misc {
            Label::Org
        } else {
            c.label
        });
        Candidate::push_to(&mut out, owner, owner_label, c.source);
        let label = known_span(text, owned).unwrap_or(match (owner_label, c.label) {
            // `Musk's X`: the social network.
            _ if owned.slice(text) == "X" => Label::Org,
            (Label::Person, _) | (_, Label::Person) => Label::Misc,
            (_, l) => l,
        });
        Candidate::push_to(&mut out, owned, label, c.source);
    }
    *found = out;
}

/// The first token of the capitalised words (and name particles between them) that run on, one
/// space apart, right before token `a` in its sentence: at most two words and a particle
/// (`Guillermo del` before `Toro`); `a` itself when there are none, or when the first of them is a
/// function word (`The`, `In`). An everyday word or a stopword that is no listed first name stops
/// the run: a title-case headline's words are capitalised too (`Denver Voters Back Johnston's
/// Plan`).
fn name_before(text: &str, tokens: &[Token], a: usize) -> usize {
    let mut from = a;
    let mut words = 0;
    while from > 0 && words < 3 {
        let t = token_at(tokens, from - 1);
        let w = t.text(text);
        let joined = one_space(text, t.span.end, token_at(tokens, from).span.start);
        let capital = t.kind == TokenKind::Word
            && starts_by(w, is_upper)
            && !((is_common_word(w) || crate::stopwords::is_lowercased_stopword(w))
                && !super::tagger::listed_run(text, tokens, from - 1, from).first_name);
        if !joined || !(capital || SURNAME_PARTICLES.contains(&w)) {
            break;
        }
        from -= 1;
        words += 1;
    }
    // Never begin on a particle or a function word.
    while from < a
        && (SURNAME_PARTICLES.has_token(text, tokens, from)
            || crate::stopwords::is_lowercased_stopword(token_text(text, tokens, from)))
    {
        from += 1;
    }
    from
}

/// Makes MISC the people of a listed place named by its name and `-ers` (`New Yorkers`,
/// `Hong Kongers`), as CoNLL-2003 marks nationalities and other demonyms.
fn people_of_places(text: &str, found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if c.label == Label::Misc {
            continue;
        }
        let Some(place) = c.span.slice(text).strip_suffix("ers") else {
            continue;
        };
        let tokens = crate::tokens::tokenize(place);
        if tokens.len() > 1 && super::tagger::listed(place, &tokens).place {
            c.label = Label::Misc;
        }
    }
}

/// Mends the bounds of prizes (MISC mentions): `Booker Prize for Flesh` (or `for 'Flesh'`) is two
/// mentions, the prize and the work it went to (`Mercury Prize for People Watching`, `Cannes Film
/// Festival for It Was Just an Accident`), and a prize takes its field (`Nobel Prize in Chemistry`,
/// where the field came out as a place of its own). `found` stays sorted.
fn prize_bounds(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let field = |k: usize| PRIZE_FIELDS.has_token(text, tokens, k);
    let mut out: Vec<Candidate> = crate::vecs::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let c = found[k];
        k += 1;
        // An organisation's label is the tagger's for a prize run on into its work (`Carnegie
        // Prize for 'Driftwood Hours`): split, both are MISC; other organisations stay.
        if !matches!(c.label, Label::Misc | Label::Org) {
            crate::vecs::push(&mut out, c);
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        // A prize `for` a work, its title maybe in quotes (`Booker Prize for 'Flesh'`): two
        // mentions.
        // The title's first token after `for` at token `i`, past an opening quote.
        let title_at = |i: usize| {
            let quoted = i + 2 < b && QUOTE_MARKS.has_token(text, tokens, i + 1);
            if quoted {
                i + 2
            } else {
                i + 1
            }
        };
        let split = (a + 1..b.saturating_sub(1)).find(|&i| {
            token_is(text, tokens, i, "for")
                && (PRIZE_WORDS.has_token(text, tokens, i - 1)
                    || AWARD_NAMES.has_token(text, tokens, i - 1))
                && {
                    let t = title_at(i);
                    capitalised_at(text, tokens, t)
                        && !field(t)
                        && !token_is(text, tokens, t, "Best")
                }
        });
        if let Some(i) = split {
            let title = title_at(i);
            for span in [
                Span::new(c.span.start, token_at(tokens, i - 1).span.end),
                Span::new(token_at(tokens, title).span.start, c.span.end),
            ] {
                Candidate::push_to(&mut out, span, Label::Misc, c.source);
            }
            continue;
        }
        if c.label != Label::Misc {
            crate::vecs::push(&mut out, c);
            continue;
        }
        // A prize followed by `in`/`for` and its field (`or` another): one mention.
        let mut end = b;
        if b > a
            && PRIZES.has_token(text, tokens, b - 1)
            && PRIZE_FIELD_BEFORE.has_token(text, tokens, b)
        {
            while field(end + 1) {
                end += 2;
                if !token_is(text, tokens, end, "or") && !token_is(text, tokens, end, "and") {
                    break;
                }
            }
        }
        if end > b {
            let last = if field(end - 1) { end - 1 } else { end - 2 };
            let span = Span::new(c.span.start, token_at(tokens, last).span.end);
            // The field's own mentions give way.
            while found.get(k).is_some_and(|n| n.span.start < span.end) {
                k += 1;
            }
            Candidate::push_to(&mut out, span, c.label, c.source);
            continue;
        }
        crate::vecs::push(&mut out, c);
    }
    *found = out;
}

/// Runs mention `k` of `found` (sorted) on to byte `end`; the mentions after it that start before
/// `end` give way, emptied for the caller to drop.
fn run_on_to(found: &mut [Candidate], k: usize, end: usize) {
    let c = at_mut(found, k);
    c.span = Span::new(c.span.start, end);
    for o in found.get_mut(k + 1..).unwrap_or_default() {
        if o.span.start >= end {
            break;
        }
        o.span = Span::new(o.span.start, o.span.start);
    }
}

/// An organisation whose last word is a body's head ([`ORG_OF_HEADS`], [`BODY_HEADS`]), then
/// `of the` (or a court's `for the`) and a run of capitalised words, or `of` and a place of the
/// lists (`Public Utilities Commission of Ohio`), is one organisation with them
/// (`Central Bank of the Argentine Republic`, `Communist Party of the Philippines`, `US District
/// Court for the Southern District of Ohio`): CoNLL-2003 train and dev, WikiNEuRal, wikigold and
/// the self-written sets mark 26 of 27 such names whole. A word in lower case joins the run only
/// as `of` between capitals; the run stops at a line's end and at a month or weekday, and no
/// person's mention goes into it. `found` stays sorted; the mentions the run takes in are dropped.
fn joined_over_of_the(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut joined = false;
    for k in 0..found.len() {
        let c = found[k];
        let (_, b) = token_range(tokens, c.span);
        if c.label != Label::Org
            || c.span.is_empty()
            || b == 0
            || !(ORG_OF_HEADS.has_token(text, tokens, b - 1)
                || BODY_HEADS.has_token(text, tokens, b - 1))
            || !(token_is(text, tokens, b, "of")
                || token_is(text, tokens, b, "for") && token_is(text, tokens, b - 1, "Court"))
        {
            continue;
        }
        // `of the` and a run, or `of` and a place of the lists (`Public Utilities Commission of
        // Ohio`: the looked-at sets, CoNLL-2003 and WikiNEuRal mark all 115 bodies with `of` and a
        // capitalised run whole, none apart).
        let the = token_is(text, tokens, b + 1, "the");
        if !the && !token_is(text, tokens, b, "of") {
            continue;
        }
        let first = b + 1 + usize::from(the);
        // A word of the run: capitalised, no month or weekday, on the same line as the one before.
        let word = |i: usize| {
            i < tokens.len()
                && capitalised_at(text, tokens, i)
                && !is_date_word(&lowercase(token_text(text, tokens, i)))
                && !has_char(
                    Span::new(
                        token_at(tokens, i - 1).span.end,
                        token_at(tokens, i).span.start,
                    )
                    .slice(text),
                    '\n',
                )
        };
        if !word(first) {
            continue;
        }
        let mut end = first + 1;
        loop {
            if word(end) {
                end += 1;
            } else if token_is(text, tokens, end, "of") && word(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        let last = token_at(tokens, end - 1).span.end;
        // Not one word that names no place, a nationality before its noun (`Security Council of
        // the Caucasian republic`), nor over a person or a mention that runs on past the run.
        let place = || {
            let l = super::tagger::listed(text, token_run(tokens, first, end));
            l.place || l.country
        };
        if (end == first + 1 || !the) && !place()
            || crate::vecs::run(found, k + 1, found.len())
                .iter()
                .take_while(|o| o.span.start < last)
                .any(|o| o.span.end > last || o.label == Label::Person)
        {
            continue;
        }
        run_on_to(found, k, last);
        joined = true;
    }
    if joined {
        crate::entities::drop_empty(found);
    }
}

/// Takes the words before `and` into a public body's name that the tagger cut there (`Federal
/// Competition and Consumer Protection Commission`, `Trade and Investment Promotion Agency`): an
/// organisation ending in one of [`BODY_HEADS`], right after `and` and one or two capitalised
/// words (without an opening `The`) that hold no person's name and that the lists do not know as a
/// name of their own (not `Apple and Consumer Protection Commission officials`, `Gerhard Schroeder
/// and European Commission President`, `Gervais and The Office`); and, after a body's `X of Y and`,
/// one such word (`Ministry of Economy and Finance`). `found` stays sorted.
fn joined_over_and(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let word = |k: usize| crate::tokens::token_text(text, tokens, k);
    let capital = |k: usize| capitalised_at(text, tokens, k) && !token_is(text, tokens, k, "The");
    // Free words: words of the rarity table's general English (`Finance`, `Federal Competition`;
    // not `Shoigu`, `Westminster`) that the lists know no name of (not `Tesla`, `Texas`).
    let free = |span: Span, toks: &[Token]| {
        let l = super::tagger::listed(text, toks);
        toks.iter().all(|t| {
            let low = crate::case::lowercase(t.text(text));
            crate::keywords::rarity::zipf(&crate::keywords::stem::stem(&low)) > 3.0
        }) && !(l.place || l.country || super::tagger::lexicon::known_span(text, span).is_some())
    };
    for k in 0..found.len() {
        let c = found[k];
        let (a, b) = token_range(tokens, c.span);
        // The field after a body's `of` and its other field (`Ministry of Economy and Finance`):
        // one capitalised word, no acronym, before a word in lower case.
        let second = c.label == Label::Org
            && BODY_HEADS.has_token(text, tokens, a)
            && token_is(text, tokens, a + 1, "of")
            && token_is(text, tokens, b, "and")
            && capital(b + 1)
            && any_char(word(b + 1), is_lower)
            && !capital(b + 2)
            && free(
                token_at(tokens, b + 1).span,
                token_run(tokens, b + 1, b + 2),
            );
        if second {
            run_on_to(found, k, token_at(tokens, b + 1).span.end);
            continue;
        }
        if c.label != Label::Org
            || a < 2
            || !token_is(text, tokens, a - 1, "and")
            || !capital(a)
            || !BODY_HEADS.has_token(text, tokens, b - 1)
        {
            continue;
        }
        // The capitalised words right before the `and`, two at most.
        let mut first = a - 1;
        while first > a.saturating_sub(3) && capital(first - 1) {
            first -= 1;
        }
        if first == a - 1 {
            continue;
        }
        let before = token_run(tokens, first, a - 1);
        let left = Span::new(
            token_at(before, 0).span.start,
            token_at(before, before.len() - 1).span.end,
        );
        let trained = super::tagger::listed(text, before).trained;
        // Nor words the tagger read as a person, or one it read as a place (`Kremlin and Defence
        // Ministry`).
        let mut person = false;
        for o in found[..k].iter().rev() {
            if o.span.end <= left.start {
                break;
            }
            person |= o.label == Label::Person || o.label == Label::Place && before.len() == 1;
        }
        if person || (trained && before.len() > 1) || !free(left, before) {
            continue;
        }
        found[k].span = Span::new(left.start, c.span.end);
        // The words' own mentions give way.
        for o in found[..k].iter_mut().rev() {
            if o.span.end <= left.start {
                break;
            }
            o.span = Span::new(o.span.start, o.span.start);
        }
    }
    crate::entities::drop_empty(found);
}

/// Takes a committee's subject into its name: an organisation ending in one of [`TOPIC_BODIES`], then
/// `on` and capitalised words (`and`, `of`, `the`, `&` or a plural's apostrophe between two of them:
/// `Committee on Veterans' Affairs`), where the tagger cut the
/// name at `on` or read the subject as a name of its own. Not a date (`Commission on Monday`), a listed
/// name (`Commission on Apple`) or a possessive's owner (`Committee on Trump's`). `found` stays sorted.
fn committee_topics(text: &str, tokens: &[Token], forms: &Forms, found: &mut Vec<Candidate>) {
    let word = |k: usize| crate::tokens::token_text(text, tokens, k);
    let capital = |k: usize| capitalised_at(text, tokens, k);
    let mut out: Vec<Candidate> = crate::vecs::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let c = found[k];
        k += 1;
        let (a, whole) = token_range(tokens, c.span);
        // The tagger may have taken part of the subject in already (`House Committee on Oversight`
        // + `Accountability`): its `on` then opens the subject inside the mention.
        let b = if c.label == Label::Org {
            (a + 1..whole)
                .find(|&i| {
                    TOPIC_BODIES.has_token(text, tokens, i - 1) && token_is(text, tokens, i, "on")
                })
                .unwrap_or(whole)
        } else {
            whole
        };
        let body = c.label == Label::Org
            && b > a
            && TOPIC_BODIES.has_token(text, tokens, b - 1)
            && token_is(text, tokens, b, "on")
            && capital(b + 1)
            && !is_date_word(forms.lower(b + 1));
        let mut end = b + 1;
        while body && end < tokens.len() {
            if capital(end) {
                end += 1;
            } else if (NAME_JOINERS.has_token(text, tokens, end)
                || crate::word_list::APOSTROPHES.contains(word(end))
                    && word(end - 1).ends_with('s'))
                && capital(end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        let subject = || {
            Span::new(
                token_at(tokens, b + 1).span.start,
                token_at(tokens, end - 1).span.end,
            )
        };
        // A subject of two words or more in lower case besides their capitals, no place, no
        // listed name and no day (not `Commission on China`, `Committee on Capitol Hill`,
        // `Commission on Election Day`, `Commission on BBC Radio`, `Commission on Brexit Party`).
        let ok = body
            && end >= b + 3
            && end >= whole
            && !crate::tokens::is_possessive_token(word(end))
            && !NAMED_AFTER_SUBJECT.has_token(text, tokens, end - 1)
            && (b + 1..end).all(|i| any_char(word(i), is_lower) || !capital(i))
            && {
                let l = super::tagger::listed_run(text, tokens, b + 1, end);
                let first = super::tagger::listed_run(text, tokens, b + 1, b + 2);
                !(l.place || l.country || first.place || first.country)
            }
            && super::tagger::lexicon::known(subject().slice(text)).is_none();
        if ok {
            let span = Span::new(c.span.start, subject().end);
            // The subject's own mentions give way.
            while found.get(k).is_some_and(|n| n.span.start < span.end) {
                k += 1;
            }
            Candidate::push_to(&mut out, span, c.label, c.source);
            continue;
        }
        crate::vecs::push(&mut out, c);
    }
    *found = out;
}

/// A capitalised word that opens a sentence, in no mention, with an appositive right after it that
/// says what it is ([`super::consistency::appositive`]) is a mention of that label (`Adolescence, the
/// Netflix drama`; `Block, the payments firm run by Jack Dorsey`), and so is one followed by a
/// company's top role and a name ([`company_role_after`]), unless it is a function word, an
/// adverb or a date word (`Meanwhile, the company`); a rare word that no list has as a place is one
/// too before a verb in the past and a possessive that tells its kind ([`owner_by_possessive`]) or
/// before a relative clause ([`relative_after`]). `found` stays sorted.
fn with_appositive_openers(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    for s in sentences {
        let k = starting_before(tokens, s.start);
        let Some(t) = tokens.get(k).filter(|t| t.span.end <= s.end) else {
            continue;
        };
        let at = ending_by(found, t.span.start);
        let low = forms.lower(k);
        if t.kind != TokenKind::Word
            || !t.capitalised(text)
            || found.get(at).is_some_and(|c| c.span.start < t.span.end)
            || forms.is_stopword(k)
            || low.ends_with("ly")
            || is_date_word(low)
        {
            continue;
        }
        // Before a role, only a word rare in general English and no title or participle (`Astronomer`,
        // not `Former`, `Outgoing`).
        let rare = || {
            !(low.ends_with("ing") || low.ends_with("ed") || super::groups::is_title(low))
                && is_rare_word(low)
        };
        let label = super::consistency::appositive(text, tokens, k + 1)
            .or_else(|| company_role_after(text, tokens, k + 1).filter(|_| rare()))
            .or_else(|| {
                // Not a plural (`Protesters stormed its offices`).
                (rare()
                    && !is_common_noun(low)
                    && !low.ends_with('s')
                    && !super::tagger::listed(text, std::slice::from_ref(t)).place)
                    .then(|| {
                        owner_by_possessive(text, tokens, k + 1)
                            .or_else(|| relative_after(text, tokens, k + 1))
                    })
                    .flatten()
            });
        if let Some(label) = label {
            let source = Source::Name;
            found.insert(
                at,
                Candidate {
                    span: t.span,
                    label,
                    source,
                },
            );
        }
    }
}

/// The kind of the word before token `k` when the tokens from `k` are a verb in the past in lower
/// case and, within the clause, a possessive that tells it: `its` a company (`Bumble cut about a
/// third of its staff`, `Mistral released a new version of its chatbot`), `his` or `her` a person
/// (`Demna presented his first collection`); `their` tells nothing.
fn owner_by_possessive(text: &str, tokens: &[Token], k: usize) -> Option<Label> {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    let verb = word(k);
    let past = verb.len() > 4 && verb.ends_with("ed") || PAST_FORMS.contains(&verb);
    if !past || !all_char(verb, |c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut owner = None;
    for j in k + 1..k + 8 {
        let w = word(j);
        if !starts_by(w, is_alnum) {
            break;
        }
        if owned_works::OWNERS.contains(w) {
            owner = Some(w);
            break;
        }
    }
    match owner {
        Some("its") => Some(Label::Org),
        Some("his" | "her") => Some(Label::Person),
        _ => None,
    }
}

/// The kind of the word before token `k` that a relative clause after a comma tells: `, who` a
/// person (`Demna, who took over Gucci`), `, which` an organisation (`Circle, which issues the USDC
/// stablecoin`).
fn relative_after(text: &str, tokens: &[Token], k: usize) -> Option<Label> {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    match (word(k), word(k + 1)) {
        (",", "who") => Some(Label::Person),
        (",", "which") => Some(Label::Org),
        _ => None,
    }
}

/// Drops a one-word mention in title case inside a sentence that no list knows and that the
/// part-of-speech lexicon has as a common noun and never as a proper noun (`Marketing`, `Sales` in
/// a list of a career's fields, `Scorers` before a colon, `Dollar` in a headline), unless the word
/// is part of a longer name of the text (`Lei` after `Lei Jun`).
fn without_everyday_nouns(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let mut longer: Option<Vec<&str>> = None;
    for k in 0..found.len() {
        let c = &found[k];
        let (a, b) = token_range(tokens, c.span);
        if b != a + 1 || c.source != Source::Name {
            continue;
        }
        let w = c.span.slice(text);
        if !(w.len() > 2 && upper_then_lower(w)) {
            continue;
        }
        let first = sentences
            .get(ending_by(sentences, c.span.start))
            .is_some_and(|s| s.start == c.span.start);
        // A capital opening a sentence says nothing; the tagger's reading stands there.
        if first {
            continue;
        }
        let one = token_run(tokens, a, b);
        let l = super::tagger::listed(text, one);
        if l.trained
            || l.place
            || l.misc
            || l.personal_name
            || l.first_name
            || l.country
            || l.city
            || super::tagger::list_label(text, one).is_some()
            || super::tagger::lexicon::known(w).is_some()
        {
            continue;
        }
        let low = lowercase(w);
        let noun = is_only_common_noun(&low);
        // Not a word of a longer name of the text (`Lei` after `Lei Jun`, `Heat` after `Miami Heat`):
        // the words of the names of several words, sorted once a text, when first needed.
        let words = longer.get_or_insert_with(|| {
            let mut words: Vec<&str> = Vec::new();
            for o in found.iter() {
                let name = o.span.slice(text);
                if has_char(name, ' ') {
                    crate::vecs::extend(&mut words, split_char(name, ' '));
                }
            }
            crate::sort::sort(&mut words);
            words
        });
        if noun && words.binary_search(&w).is_err() {
            let start = c.span.start;
            found[k].span = Span::new(start, start);
        }
    }
}

/// True when the part-of-speech lexicon knows the word `w` as a common noun or an adjective
/// (`analysts`, `optimism`): frequent in the news as a word, not a name.
fn is_common_noun(w: &str) -> bool {
    use crate::pos::Pos;
    crate::pos::known_tags(w).is_some_and(|tags| {
        tags & (Pos::Noun.bit() | Pos::NounPlural.bit() | Pos::Adjective.bit()) != 0
    })
}

/// True when the POS lexicon has `w` only as a verb, a noun or an adjective (`delays`, `singer`,
/// `annual`), never as a word that joins a name (`of`, `into`, `than`, `and`).
fn is_content_word(w: &str) -> bool {
    use crate::pos::Pos;
    let content = Pos::mask(|p| {
        p.is_verb() && p != Pos::Modal || matches!(p, Pos::Noun | Pos::NounPlural | Pos::Adjective)
    });
    crate::pos::known_tags(w).is_some_and(|tags| tags & !content == 0)
}

/// ORG when the tokens from `k` are a company's top role and a capitalised name (`Astronomer chief
/// executive Andy Byron`, `Anysphere CEO Michael Truell`): the word before them is the company.
fn company_role_after(text: &str, tokens: &[Token], k: usize) -> Option<Label> {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    let name = match word(k) {
        "chief" if token_is(text, tokens, k + 1, "executive") => k + 2,
        w if COMPANY_ROLES.contains(w) => k + 1,
        _ => return None,
    };
    capitalised_at(text, tokens, name).then_some(Label::Org)
}

/// Leaves the titles before a person's name out of the mention (`Chair Jerome Powell` is `Jerome
/// Powell`, as CoNLL-2003 marks names): leading title words are dropped while a capitalised word
/// remains. A listed name that starts with one (`Lady Gaga`) is put back whole by [`recover`].
fn trim_titles(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    use super::consistency::MORE_PERSON_TITLES;
    let mut add = Vec::new();
    let mut end = 0;
    for c in found.iter_mut() {
        let (a, b) = token_range(tokens, c.span);
        // A place of the lists before a title before a person's name is a mention of its own, which
        // the tagger may leave out (`Texas` of `Texas Governor Greg Abbott`).
        let place = a >= 2
            && c.label == Label::Person
            && token_at(tokens, a - 2).span.start >= end
            && is_title(token_text(text, tokens, a - 1))
            && capitalised_at(text, tokens, a - 2)
            && super::tagger::listed_run(text, tokens, a - 2, a - 1).place;
        if place {
            Candidate::push_to(
                &mut add,
                token_at(tokens, a - 2).span,
                Label::Place,
                c.source,
            );
        }
        end = c.span.end;
        // A county's executive before a name is the county's (`Erie County Executive`).
        if b >= a + 3
            && token_is(text, tokens, b - 1, "Executive")
            && token_is(text, tokens, b - 2, "County")
            && capitalised_at(text, tokens, b)
        {
            c.span = Span::new(c.span.start, token_at(tokens, b - 2).span.end);
            c.label = Label::Place;
            continue;
        }
        // A name run on into a title and a person's name (`Supreme Court Justice Alexandre de
        // Moraes`) is two: the name before the title and the person after it.
        let capital = |k: usize| capitalised_at(text, tokens, k);
        if let Some(k) = (a + 1..b.saturating_sub(2)).find(|&k| {
            let w = token_text(text, tokens, k);
            // A county's executive too (`Erie County Executive Mark Poloncarz`).
            let county_executive =
                w == "Executive" && token_is(text, tokens, k - 1, "County") && k >= a + 2;
            // A title of people only must have a name after it, a first name of the lists or a
            // word rare in English (not `Chief Medical Correspondent`).
            let only_people = || {
                (k + 1..b)
                    .find(|&i| !is_title(token_text(text, tokens, i)))
                    .is_some_and(|i| {
                        is_rare_word(token_text(text, tokens, i))
                            || super::tagger::listed_run(text, tokens, i, i + 1).first_name
                    })
            };
            (is_title(w)
                && INNER_TITLES.contains_ignore_case(w)
                && (!PEOPLE_ONLY_INNER.contains(w) || only_people())
                || county_executive)
                && (a..k).all(capital)
                // Not a longer title (`Chief Executive Officer Jay Rodriguez`).
                && !(a..k).all(|i| is_title(token_text(text, tokens, i)))
                && capital(k + 1)
                && capital(b - 1)
        }) {
            // The person's name without a title after the first (`Officer` of `Los Angeles
            // County Executive Officer Fesia Davenport`).
            let first = (k + 1..b - 1)
                .find(|&i| !is_title(token_text(text, tokens, i)))
                .unwrap_or(b - 1);
            Candidate::push_to(
                &mut add,
                Span::new(token_at(tokens, first).span.start, c.span.end),
                Label::Person,
                c.source,
            );
            // Not the title's own first words (`Assistant` of `Fulton County Assistant Chief`), nor
            // a force or a service alone (`Police`, `Deputy Police`).
            let mut k = k;
            while k > a && TITLE_OPENERS.has_token(text, tokens, k - 1) {
                k -= 1;
            }
            if (a..k).all(|i| {
                let w = token_text(text, tokens, i);
                TITLE_OPENERS.contains(w) || FORCES.contains(w)
            }) {
                c.span = Span::new(c.span.start, c.span.start);
                continue;
            }
            c.span = Span::new(c.span.start, token_at(tokens, k - 1).span.end);
            // A place of the lists is a place, and so is the town of a police officer
            // (`Ferguson Officer Darren Wilson`).
            let officer = token_is(text, tokens, k, "Officer")
                && super::tagger::lexicon::known_span(text, c.span).is_none();
            if officer || super::tagger::listed_run(text, tokens, a, k).place {
                c.label = Label::Place;
            } else if c.label == Label::Person {
                c.label = Label::Org;
            }
            continue;
        }
        // A title of people only before a full name makes the rest a person's, whatever the
        // tagger read (`Sheriff Chad Chronister`, read as an organisation's name), and so does a
        // town's office (`City Attorney Stephanie Karr`).
        let word = |k: usize| token_text(text, tokens, k);
        let lead = if LOCAL_TITLE_PLACES.has_token(text, tokens, a)
            && b > a + 1
            && is_title(word(a + 1))
        {
            a + 2
        } else {
            // The title's words, one of them a title of people only (`Vice Premier He Lifeng`).
            let end = (a..b).find(|&k| !is_title(word(k))).unwrap_or(b);
            if (a..end).any(|k| PEOPLE_ONLY_TITLES.has_token(text, tokens, k)) {
                end
            } else if end == a
                && super::consistency::MORE_PERSON_TITLES.contains_ignore_case(word(a))
            {
                // A role of people before a name (`Actress Ana de Armas`, read as a company's).
                a + 1
            } else {
                a
            }
        };
        // A first name of the lists opens the name, or a word rare in English ends a name of two
        // (`He Lifeng`).
        let named = || {
            super::tagger::listed_run(text, tokens, lead, lead + 1).first_name
                || b == lead + 2 && is_rare_word(word(b - 1))
        };
        // Particles may stand inside the name (`Actress Ana de Armas`, `Rapper Mac de la Cruz`).
        let inside = |k: usize| {
            capital(k)
                || (k > lead
                    && k + 1 < b
                    && (SURNAME_PARTICLES.has_token(text, tokens, k)
                        || SECOND_PARTICLES.has_token(text, tokens, k)))
        };
        if c.label != Label::Person && lead > a && b >= lead + 2 && (lead..b).all(inside) && named()
        {
            c.span = Span::new(token_at(tokens, lead).span.start, c.span.end);
            c.label = Label::Person;
            continue;
        }
        // A courtesy title makes a person of any name (`Mr Ebbers`, which the tagger may read as a
        // company), though not of a listed brand (`Mr Porter`).
        if c.label != Label::Person
            && b > a + 1
            && is_courtesy_title(token_text(text, tokens, a))
            && capital(a + 1)
            && super::tagger::lexicon::known_span(text, c.span).is_none()
        {
            c.label = Label::Person;
        }
        if c.label != Label::Person {
            continue;
        }
        let mut k = a;
        while k + 1 < b && {
            let w = token_text(text, tokens, k);
            // A town's or a county's title too (`City Manager Shelley Dickstein`).
            is_title(w)
                || eq_ignore_case(w.as_bytes(), b"chair")
                || LOCAL_TITLE_PLACES.contains(w) && is_title(token_text(text, tokens, k + 1))
        } {
            k += 1;
        }
        // A role capitalised at a sentence's start, before a full name (`Billionaire Andrej
        // Babiš`, `Rapper Kendrick Lamar`); not before one word (`Son Heung-min` is a name).
        let role = |w: &str| MORE_PERSON_TITLES.contains_ignore_case(w);
        if k == a && b >= a + 3 && role(token_text(text, tokens, a)) {
            k += 1;
        }
        if k > a && capitalised_at(text, tokens, k) {
            c.span = Span::new(token_at(tokens, k).span.start, c.span.end);
        }
    }
    add_sorted(found, add);
}

/// How common in general English (Zipf) the stem of a word in `-ing` must be for the word to read
/// as a verb's form (`saving`: `save`), where a name's stem is rare (`Erling`, `Ringling`).
const GERUND_STEM_ZIPF: f32 = 4.0;

/// True when the name at `span` has two words or more and its first is the `-ing` form of a verb
/// (the part-of-speech lexicon's, or a word whose stem is common: `Finding`, `Saving`) that no list
/// has as a personal name.
fn opens_with_gerund(text: &str, tokens: &[Token], span: Span) -> bool {
    let (a, b) = token_range(tokens, span);
    let w = token_text(text, tokens, a);
    if b < a + 2 || !w.ends_with("ing") {
        return false;
    }
    let low = crate::case::lowercase(w);
    let stem = crate::keywords::stem::stem(&low);
    let verb = crate::pos::known_tags(&low)
        .is_some_and(|tags| tags & crate::pos::Pos::VerbGerund.bit() != 0)
        || stem.len() < low.len() && crate::keywords::rarity::zipf(&stem) >= GERUND_STEM_ZIPF;
    verb && !super::tagger::listed_run(text, tokens, a, a + 1).personal_name
}

/// True when `Amazon` at `span` is the river or its forest, not the company: after `the` and a
/// country's adjective (`the Brazilian Amazon`), before a word such as `rainforest`, or after `the`
/// and before no word in lower case or one that is no noun (`the mouth of the Amazon,`, `in the
/// Amazon with`; not `the Amazon warehouse`).
pub(super) fn is_the_river_amazon(text: &str, tokens: &[Token], span: Span) -> bool {
    let (a, b) = token_range(tokens, span);
    let word = |k: usize| token_text(text, tokens, k);
    let the = |k: usize| eq_ignore_case(word(k).as_bytes(), b"the");
    let next = word(b);
    // A word the part-of-speech lexicon knows as no noun (`the Amazon deserved`, `in the Amazon
    // with`; not `the Amazon warehouse`).
    let no_noun = || {
        let nouns = crate::pos::Pos::Noun.bit() | crate::pos::Pos::NounPlural.bit();
        crate::pos::known_tags(next).is_some_and(|tags| tags & nouns == 0)
    };
    AMAZON_LANDS.contains(next)
        || a >= 2 && the(a - 2) && AMAZON_COUNTRIES.has_token(text, tokens, a - 1)
        || a >= 1 && the(a - 1) && (!starts_by(next, is_lower) || no_noun())
}

/// Last words that tell what a name of two words or more is, whatever the tagger says: laws,
/// agreements, prizes, cups, championships, festivals, opens, rallies, classics, series, grands prix,
/// slams and wars are MISC, as CoNLL-2003 marks them (`Alien Enemies Act`, `Davis Cup`, `US Open`);
/// ministries, councils, parties, agencies, commissions, armies, departments, universities,
/// associations, groups, services, holding companies, drug and technology makers and `Inc`, `Corp`,
/// `Ltd`, `plc` are organisations (`Avidity Biosciences`). Each word was checked against
/// CoNLL-2003 train, where every name of two words or more ending in it has this label, or nearly
/// every one (`open`: 80 of 80, `party`: 46 of 46, `ministry`: 31 of 31, `prix`: 21 of 21, `group`:
/// 11 of 11, `station`: 15 of 16, `trust`: 1 of 2 and 6 of 6 in WikiNEuRal...), and
/// against wikigold (`tournament`, which neither has, names an event like `cup` and `open`;
/// `academy`, which neither has either, names a school, and wikigold's colleges and schools are all
/// ORG). Companies' last words likewise (`airways`: 7 of 7, `records`: 6 of 6, `capital`: 2 of 2 in
/// CoNLL-2003 train, dev and wikigold; none of them anything else).
static LAST_WORDS: [(Label, WordList); 3] = [
    (Label::Misc, MISC_LAST_WORDS),
    (Label::Org, ORG_LAST_WORDS),
    (Label::Place, PLACE_LAST_WORDS),
];

/// The label that a name's last word gives it by [`LAST_WORDS`] (`Act`: MISC; `Inc.` keeps its
/// period as a token, an abbreviation).
pub(crate) fn label_by_last_word(last: &str) -> Option<Label> {
    let last = trim_end_by(last, |c| c == '.');
    LAST_WORDS
        .iter()
        .find(|(_, words)| words.contains_ignore_case(last))
        .map(|&(label, _)| label)
}

/// A motor-racing circuit named `Circuit X` is a place (`Circuit Ricardo Tormo`, `Circuit Park
/// Zandvoort`: all 5 such names of the data), but not a court (`Circuit Court`, `8th Circuit U.S.
/// Court of Appeals`) nor a retailer (`Circuit City`); an Italian football derby named `Derby della
/// ...` or `Derby d'...` is MISC (`Derby della Madonnina`, `Derby d'Italia`: all 4 of the data).
fn track_or_derby(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<Label> {
    if b < a + 2 {
        None
    } else if token_is(text, tokens, a, "Circuit")
        && capitalised_at(text, tokens, a + 1)
        && !(a + 1..b).any(|k| {
            crate::text::is_one_of(token_text(text, tokens, k), "Court|Courts|Appeals|City")
        })
    {
        Some(Label::Place)
    } else {
        is_italian_derby(text, tokens, a).then_some(Label::Misc)
    }
}

/// True when token `a` is `Derby` before an Italian particle (`Derby della Madonnina`, `Derby
/// d'Italia`): a match's name.
fn is_italian_derby(text: &str, tokens: &[Token], a: usize) -> bool {
    token_is(text, tokens, a, "Derby") && {
        let next = token_text(text, tokens, a + 1);
        crate::text::is_one_of(next, "della|del|dei|degli")
            || ["d'", "d\u{2019}"].iter().any(|p| next.starts_with(p))
    }
}

/// Joins a kind's word the tagger split off the name after it into one mention (`Circuit` and
/// `Ricardo Tormo`, `Derby` and `Madonnina` of `Derby della Madonnina`), labelled by
/// [`track_or_derby`]. `found` is sorted and stays so.
fn join_kind_words(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut joined = false;
    for k in 1..found.len() {
        let (c, next) = (*at(found, k - 1), *at(found, k));
        let (a, b) = token_range(tokens, c.span);
        let (n, end) = token_range(tokens, next.span);
        let kind = b == a + 1
            && (token_is(text, tokens, a, "Circuit") && n == b && capitalised_at(text, tokens, n)
                || is_italian_derby(text, tokens, a) && n == b + 1);
        if !kind {
            continue;
        }
        if let Some(label) = track_or_derby(text, tokens, a, end) {
            let first = at_mut(found, k - 1);
            first.span = Span::new(c.span.start, next.span.end);
            first.label = label;
            at_mut(found, k).span = Span::new(next.span.start, next.span.start);
            joined = true;
        }
    }
    if joined {
        crate::entities::drop_empty(found);
    }
}

/// True for a named operation, which is MISC (`Operation Aspides`, `Operation Midnight Hammer`: all
/// 18 such names of CoNLL-2003, wikigold, WikiNEuRal and the looked-at sets but a charity's).
pub(crate) fn is_operation(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    b >= a + 2 && token_is(text, tokens, a, "Operation") && capitalised_at(text, tokens, a + 1)
}

/// The label that the last word of the name `tokens[a..b]` gives it ([`label_by_last_word`]),
/// but a centre of research, care or law is a body, not a venue (`Pew Research Center`, `University
/// of Nebraska Medical Center`); a county and a cape are places whatever their last word; a
/// nationality's `Olympic` before a word in lower case and an operation ([`is_operation`]) are MISC;
/// a track and a derby are as [`track_or_derby`] says.
pub(crate) fn label_of_kind(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<Label> {
    // A county is a place (`residents of Los Angeles County`: every such name of wikigold,
    // WikiNEuRal and the self-written sets), but for the football clubs so named, the only
    // counties of CoNLL-2003 (`Notts County`, `Ross County`).
    if b >= a + 2
        && token_is(text, tokens, b - 1, "County")
        && !COUNTY_CLUBS.has_token(text, tokens, b - 2)
    {
        return Some(Label::Place);
    }
    // So is a cape (`the Cape of Good Hope`, `Cape Canaveral`: all 46 names opened by `Cape` in
    // CoNLL-2003, WikiNEuRal, wikigold and the self-written sets are places).
    // Not a company that names itself after one (`Cape Air`, `Cape Cod Healthcare`).
    if b >= a + 2 && token_is(text, tokens, a, "Cape") {
        let last = token_text(text, tokens, b - 1);
        if last != "Air" && label_by_last_word(last) != Some(Label::Org) {
            return Some(Label::Place);
        }
    }
    // A district that runs schools, parks or water is a body (`Chicago Park District`, `Los Angeles
    // Unified School District`: all 9 such names of the data are organisations).
    if b >= a + 2
        && token_is(text, tokens, b - 1, "District")
        && DISTRICT_BODIES.has_token(text, tokens, b - 2)
    {
        return Some(Label::Org);
    }
    // A nationality's Olympic team or athlete before a lower-case word is MISC, as CoNLL-2003 marks
    // both of its cases (`American Olympic champion Gail Devers`); not a body (`British Olympic
    // Association`).
    if b == a + 2
        && matches!(token_text(text, tokens, a + 1), "Olympic" | "Paralympic")
        && super::tagger::lexicon::is_nationality(token_text(text, tokens, a))
        && tokens
            .get(b)
            .is_some_and(|t| starts_by(t.text(text), is_lower))
    {
        return Some(Label::Misc);
    }
    if is_operation(text, tokens, a, b) {
        return Some(Label::Misc);
    }
    if let Some(label) = track_or_derby(text, tokens, a, b) {
        return Some(label);
    }
    let last = label_by_last_word(token_text(text, tokens, b - 1));
    // So is a land or a water named `X of Y` (`Bay of Fundy`, `Cliffs of Moher`, `Isle of Wight`,
    // `Strait of Hormuz`: all 49 such names of CoNLL-2003, WikiNEuRal, wikigold and the looked-at
    // sets are places); not a port, an authority too (`the Port of Los Angeles said`).
    if last.is_none()
        && b >= a + 3
        && GEO_HEADS.has_token(text, tokens, a)
        && token_is(text, tokens, a + 1, "of")
    {
        return Some(Label::Place);
    }
    let label = last?;
    // A person named `Day` or `Press` is no day and no publisher (`Doris Day`, `Chris Day`,
    // `Natalie Press`): a first name of the lists before it.
    if b == a + 2
        && matches!(token_text(text, tokens, b - 1), "Day" | "Press")
        && super::tagger::listed_run(text, tokens, a, a + 1).first_name
    {
        return None;
    }
    // A street's name holds no word in lower case, as a work's may (`Nightmare on Elm Street`,
    // `Half the Road`), and no work's kind follows it (`Elton John's Farewell Yellow Brick Road
    // tour`).
    if STREET_WORDS.has_token_lowercase(text, tokens, b - 1)
        && ((a..b).any(|k| starts_by(token_text(text, tokens, k), is_lower))
            || b < tokens.len() && STREET_WORKS.has_token(text, tokens, b))
    {
        return None;
    }
    let body = label == Label::Place
        && crate::text::eq_ignore_case(token_text(text, tokens, b - 1).as_bytes(), b"center")
        && (a..b - 1).any(|k| CENTER_BODY_WORDS.has_token_lowercase(text, tokens, k));
    Some(if body { Label::Org } else { label })
}

/// True for a plural's apostrophe or a possessive's `'s` (either apostrophe).
fn is_apostrophe_or_possessive(s: &str) -> bool {
    crate::tokens::is_apostrophe_token(s) || crate::tokens::is_possessive_token(s)
}

/// A magistrates' or a coroner's court is one organisation (`Westminster Magistrates' Court`,
/// `Avon Coroner's Court`), where the tagger cuts the name at the apostrophe: the name before it, the apostrophe and `Court` become one ORG
/// mention. Mentions emptied here are dropped by the caller.
fn magistrates_courts(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for m in 0..found.len() {
        let (a, b) = token_range(tokens, at(found, m).span);
        let kind = token_text(text, tokens, b.wrapping_sub(1));
        if !LOCAL_COURTS.contains(kind)
            || !is_apostrophe_or_possessive(token_text(text, tokens, b))
            || !token_is(text, tokens, b + 1, "Court")
        {
            continue;
        }
        let court = token_at(tokens, b + 1).span;
        // The `Court` the tagger may have read as a name of its own goes into the whole.
        if let Some(next) = found.get_mut(m + 1).filter(|n| n.span == court) {
            next.span = Span::new(court.start, court.start);
        }
        let c = at_mut(found, m);
        c.span = Span::new(token_at(tokens, a).span.start, court.end);
        c.label = Label::Org;
    }
}

/// True when the name of `tokens[a..b]` is a court of law by its kind (`Manchester Crown Court`,
/// `Westminster Magistrates' Court`, `Cook County Circuit Court`): CoNLL-2003, wikigold and the
/// self-written sets mark 91 names ending in `Court` ORG, the 21 places among them tennis courts and
/// estates (`Centre Court`).
pub(super) fn is_court_of_law(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    if b < a + 2 || !token_is(text, tokens, b - 1, "Court") {
        return false;
    }
    // The kind before `Court`, over a possessive's apostrophe (`Magistrates' Court`, `Coroner's
    // Court`).
    let mut kind = b - 2;
    if kind > a && is_apostrophe_or_possessive(token_text(text, tokens, kind)) {
        kind -= 1;
    }
    COURT_KINDS.has_token_lowercase(text, tokens, kind)
}

/// Names whose own words tell what they are, whatever the tagger's label: a storm's name (MISC,
/// with its storm word: `Typhoon Ragasa`, `Storm Amy`, as today's news sets mark them, where
/// CoNLL-2003 marks `Hurricane Edouard` as `Edouard` alone) and one whose last word tells
/// (see [`LAST_WORDS`]). Not a county: `Notts County` is a football club.
fn name_kinds(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let is = |list: &[&str], k: usize| token_in_ignore_case(text, tokens, k, list);
    for c in found.iter_mut() {
        let (mut a, b) = token_range(tokens, c.span);
        // The storm word the tagger left out (`Hurricane Melissa hit ...`), before a name of
        // capitalised words only (a run the tagger took over a verb is split later).
        if a > 0
            && STORM_WORDS.has_token_ignore_case(text, tokens, a - 1)
            && capitalised_at(text, tokens, a - 1)
            && (a..b).all(|k| {
                token_at(tokens, k).kind != TokenKind::Word || capitalised_at(text, tokens, k)
            })
        {
            a -= 1;
        }
        if b < a + 2 {
            continue;
        }
        if STORM_WORDS.has_token_ignore_case(text, tokens, a) && capitalised_at(text, tokens, a + 1)
        {
            // With `Tropical` or `Super` before it (`Tropical Storm Chantal`).
            if a > 0
                && STORM_PREFIXES.has_token_ignore_case(text, tokens, a - 1)
                && capitalised_at(text, tokens, a - 1)
            {
                a -= 1;
            }
            c.span = Span::new(token_at(tokens, a).span.start, c.span.end);
            c.label = Label::Misc;
        } else if let Some(label) = label_of_kind(text, tokens, a, b) {
            c.label = label;
        } else if is_court_of_law(text, tokens, a, b) {
            c.label = Label::Org;
        } else if (SURNAME_PLACE_WORDS.has_token_ignore_case(text, tokens, b - 1)
            || c.label == Label::Person
                && b == a + 2
                && PERSON_PLACE_WORDS.has_token_ignore_case(text, tokens, b - 1))
            && !(b == a + 2 && super::tagger::listed_run(text, tokens, a, a + 1).first_name)
        {
            // `Dunstanburgh Castle`, `John Lewis Bridge`; not `Wayne Bridge`, a first name and a
            // surname. A person's two words that end in a place's word are a place's
            // (`Bethnal Green`, `Hayes Lane`, `Ulm Minster`) unless a first name opens them.
            c.label = Label::Place;
        } else if b > a + 3
            && is(&["the"], a)
            && is(&["of"], a + 2)
            && is_work_head(text, tokens, a + 1)
        {
            // `The Art of Loving`, `The Inheritance of Loss`, `The Sound of Music`: a work's title.
            c.label = Label::Misc;
        } else if b > a + 2
            && a >= 2
            && token_is(text, tokens, a - 1, "The")
            && starts_by(token_text(text, tokens, a - 2), |ch| {
                is_lower(ch) || ch == ','
            })
            && is(&["of"], a + 1)
            && is_work_head(text, tokens, a)
        {
            // The same title with its `The` capitalised in mid-sentence, which the tagger left out
            // (`album of the year for The Shape of Leaving`).
            c.span = Span::new(token_at(tokens, a - 1).span.start, c.span.end);
            c.label = Label::Misc;
        } else if FOREIGN_PLACE_WORDS.has_token_ignore_case(text, tokens, a) {
            // A stadium, a street, a square or a palace named in French, Spanish, Portuguese or
            // Italian (`Stade de France`, `Estadio Banorte`, `Rue Cambon`, `Palazzo Altemps`), as
            // `Wembley Stadium` is by its last word.
            c.label = Label::Place;
        } else if c.label == Label::Person
            && b == a + 2
            && is(
                &["port", "fort", "cape", "lake", "loch", "lough", "mount"],
                a,
            )
        {
            // No one is called `Port` or `Fort`: a first name after it is a town's (`Port
            // Elizabeth`, `Fort Myers`, `Cape Ann`), a lake's or a mountain's (`Lake Taupō`).
            c.label = Label::Place;
        } else if is(&["court"], b - 1)
            && !(a..b - 1).any(|k| JUDICIAL_WORDS.has_token_ignore_case(text, tokens, k))
        {
            // A court that is no court of law is a place: a tennis court, a housing estate
            // (`Centre Court`, `Wang Fuk Court`; CoNLL-2003's `Stadium Court`).
            c.label = Label::Place;
        }
    }
}

/// True when the text of token `k` is one of `list` but for ASCII case (false past the last token).
/// Inlined natively; one call in the .wasm, where each of [`name_kinds`]' tests read the token's
/// text into memory and loaded it back for the search.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn token_in_ignore_case(text: &str, tokens: &[Token], k: usize, list: &[&str]) -> bool {
    crate::text::any_eq_ignore_case(list, token_text(text, tokens, k))
}

/// True when token `k` heads a `The X of Y` name as a work's title does: a word of general
/// English (`Art`, `Night`, `Sound`) that no body, place or person is named for ([`OF_HEADS`]).
fn is_work_head(text: &str, tokens: &[Token], k: usize) -> bool {
    let low = crate::case::lowercase(token_text(text, tokens, k));
    starts_by(token_text(text, tokens, k), is_upper)
        && !OF_HEADS.contains(&low.as_str())
        && crate::keywords::rarity::zipf(&crate::keywords::stem::stem(&low)) > 3.0
}

/// Drops a mention that is one title word right before a person's name (`Justice` in `Justice Amy
/// Coney Barrett`): the title is not part of the name, nor a name of its own.
fn drop_titles(text: &str, found: &mut Vec<Candidate>) {
    let mut keep: Vec<bool> = crate::vecs::with_capacity(found.len());
    for k in 0..found.len() {
        let c = &found[k];
        let before_person = found
            .get(k + 1)
            .is_some_and(|n| n.label == Label::Person && one_space(text, c.span.end, n.span.start));
        crate::vecs::push(&mut keep, !(before_person && is_title(c.span.slice(text))));
    }
    let mut k = 0;
    crate::vecs::retain(found, |_| {
        k += 1;
        *crate::vecs::at(&keep, k - 1)
    });
}

/// Cuts a tagger mention that runs on past a listed name into a lower-case word that is no particle
/// (`Emmys in September` becomes `Emmys`, `Apple on Monday` would become `Apple`), or into a
/// headline's verb (`Google Cuts 200 Jobs`, `Google Strikes Chip Deal`; see [`is_headline_verb`]):
/// the mention keeps the listed name and its label. `listed` and `found` are sorted.
fn cut_after_listed(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    listed: &[Candidate],
    found: &mut Vec<Candidate>,
) {
    let mut rest = Vec::new();
    for c in found.iter_mut() {
        let a = starting_before(listed, c.span.start);
        // The last of the longest listed names that start where it does and end inside it.
        let mut longest: Option<&Candidate> = None;
        for m in run(listed, a, listed.len()) {
            if m.span.start != c.span.start {
                break;
            }
            if m.span.end < c.span.end && longest.is_none_or(|l| m.span.end >= l.span.end) {
                longest = Some(m);
            }
        }
        let Some(m) = longest else {
            continue;
        };
        let k = starting_before(tokens, m.span.end);
        let Some(next) = tokens.get(k).filter(|t| t.span.end <= c.span.end) else {
            continue;
        };
        let w = next.text(text);
        // A company's headline words outside a headline too (`Apple Shares Slide`; not the
        // `American Stock Exchange`); a company's or a person's verb in a headline (not the
        // `AFRICAN NATIONS CUP`, nor a company's plural before its legal suffix, `Nomura
        // Securities Co Ltd`).
        let suffixed = || {
            let last = after_last_by(c.span.slice(text), |c| c == ' ');
            super::groups::LEGAL_SUFFIXES.contains(&last) || last == "Co"
        };
        let verb = (m.label == Label::Org && HEADLINE_VERBS.contains(&w))
            || (matches!(m.label, Label::Org | Label::Person)
                && is_headline_verb(text, next, true)
                && !(COMPANY_PLURALS.contains(&w) || suffixed())
                && in_headline(text, tokens, sentences, c.span.start));
        if verb || (all_char(w, is_lower) && !PARTICLES.contains(&w)) {
            // A place of the lists after `in` or `at` is a name of its own (`Your Party in
            // Liverpool`), also before a small word (`Palme d'Or at Cannes for It Was ...`).
            let after = token_run(tokens, k + 1, starting_before(tokens, c.span.end));
            let mut place = None;
            for n in (1..after.len().min(3) + 1).rev() {
                if after
                    .get(n)
                    .is_none_or(|t| starts_by(t.text(text), is_lower))
                    && super::tagger::listed(text, crate::vecs::run(after, 0, n)).place
                {
                    place = Some(n);
                    break;
                }
            }
            if let (false, "in" | "at", Some(n)) = (verb, w, place) {
                let span = Span::new(
                    token_at(after, 0).span.start,
                    token_at(after, n - 1).span.end,
                );
                Candidate::push_to(&mut rest, span, Label::Place, Source::Name);
            }
            c.span = m.span;
            c.label = m.label;
        }
    }
    add_sorted(found, rest);
}

/// A name in brackets right after a person's (`Carlos Sainz (Williams)`, `Marc Hottiger ( Everton
/// )`) is the person's team or country, not another person (3 of the 1,990 such brackets of
/// CoNLL-2003 train and dev hold one), unless an actor's name or role: a place when the lists have
/// it as one, else an organisation; after a writer's `by`, always (a publisher).
fn no_person_in_brackets_after_one(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for k in 1..found.len() {
        let (p, c) = (found[k - 1], found[k]);
        if p.label != Label::Person
            || c.label != Label::Person
            || !crate::text::is_one_of(Span::new(p.span.end, c.span.start).slice(text), " (| ( ")
            || !trim_start_by(tail(text, c.span.end), |c| c == ' ').starts_with(')')
        {
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        // An actor and a role are people in brackets (`Mindy Lahiri (Mindy Kaling)`, `David
        // Schwimmer (Ross) directed`), a first name and a surname or a first name before a verb;
        // a team in a results list is followed by a time or a comma (`Sainz (Williams) +44.768`).
        let verb_after = starts_by(
            trim_start_by(tail(text, c.span.end), |c| matches!(c, ' ' | ')')),
            is_lower,
        );
        // After a writer's `by`, the brackets hold the publisher (`Flashlight by Susan Choi
        // (Jonathan Cape)`), no actor.
        let pa = token_range(tokens, p.span).0;
        let by = pa > 0 && token_is(text, tokens, pa - 1, "by");
        if !by
            && super::tagger::listed_run(text, tokens, a, a + 1).first_name
            && (b > a + 1 || verb_after)
        {
            continue;
        }
        found[k].label = if super::tagger::listed_run(text, tokens, a, b).place {
            Label::Place
        } else {
            Label::Org
        };
    }
}

/// Ends a tagger mention before a table's cell border (`Tata Consultancy Services | TCS`): a name
/// runs across none.
fn cut_at_cells(text: &str, found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if let Some(cut) = crate::text::find_str(c.span.slice(text), " |") {
            c.span = Span::new(c.span.start, c.span.start + cut);
        }
    }
}

/// In a wire service's press digest (`PRESS DIGEST - Jordan - Aug 29`), a line of one to five
/// words in capitals after the headline and dateline names a newspaper (`JORDAN TIMES`, `AN-NAHAR`,
/// `DIARIO 16`) whose stories follow: an organisation, whatever the tagger made of its words (72
/// of the 93 such lines of CoNLL-2003 train and dev are one; most others are page headings).
fn press_digest_papers(text: &str, sentences: &[Span], found: &mut Vec<Candidate>) {
    if !sentences
        .first()
        .is_some_and(|s| has_str(s.slice(text), "PRESS DIGEST"))
    {
        return;
    }
    let mut add = Vec::new();
    for s in sentences.iter().skip(2) {
        let raw = s.slice(text);
        let line = trim_by(raw, is_space);
        let words = crate::text::words(line).count();
        if !(1..=5).contains(&words)
            || !any_char(line, is_alpha)
            || any_char(line, is_lower)
            || has_str(line, "PAGE")
            || crate::sentences::furniture::dateline_prefix(line) > 0
        {
            continue;
        }
        let start = s.start + (raw.len() - trim_start_by(raw, is_space).len());
        replace_with(
            found,
            Span::new(start, start + line.len()),
            Label::Org,
            &mut add,
        );
    }
    crate::entities::drop_empty(found);
    add_sorted(found, add);
}

/// The place in capitals that opens a dateline (`ABUJA (AFP) -`, `SAN JOSE, Costa Rica (Reuters)
/// -`; [`crate::sentences::furniture::dateline_prefix`]) is a place, whatever the tagger said of a
/// city it never saw. A mention emptied here (the everyday word after the dash) is dropped by the
/// caller.
fn dateline_places(text: &str, tokens: &[Token], sentences: &[Span], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for s in sentences {
        let prefix = crate::sentences::furniture::dateline_prefix(s.slice(text));
        if prefix == 0 {
            continue;
        }
        let (a, b) = token_range(tokens, *s);
        // The word after the dash opens the story as a sentence's first word does: an everyday
        // word that no list has is no name there (`- Farmers blocked a highway`, `— Talks in
        // Cairo broke up`).
        let first = starting_before(tokens, s.start + prefix);
        if let Some(t) = tokens.get(first) {
            let k = starting_before(found, t.span.start);
            let one = token_run(tokens, first, first + 1);
            // Not a person's name, unless a plural (`- Officials said`, `- Talks broke up`). A
            // plural read as a people that no list has is an everyday one, however rare the word
            // (`— Pedestrians crossed`, `— Protesters filled`); a people of the lists stays
            // (`- Ukrainians queued`).
            let plural = t.text(text).ends_with('s');
            if found.get(k).is_some_and(|c| {
                c.span == t.span
                    && (c.label != Label::Person || plural)
                    && (!is_rare_word(t.text(text)) || c.label == Label::Misc && plural)
            }) && super::tagger::list_label(text, one).is_none()
                && super::tagger::listed(text, one) == Default::default()
                && !token_rules::is_people_word(t.text(text))
            {
                found[k].span = Span::new(t.span.start, t.span.start);
            }
            // Nor is a stopword there the start of a longer name (`- When Taiwan Semiconductor...`),
            // unless the lists have the name whole (`SOCCER - NEW ZEALAND WIN`).
            if let (Some(c), Some(next)) = (found.get_mut(k), tokens.get(first + 1)) {
                let whole = || {
                    let run = token_range(tokens, c.span);
                    let run = token_run(tokens, run.0, run.1);
                    super::tagger::listed(text, run).place
                        || super::tagger::list_label(text, run).is_some()
                };
                if c.span.start == t.span.start
                    && c.span.end > t.span.end
                    && crate::stopwords::is_lowercased_stopword(t.text(text))
                    && !whole()
                {
                    c.span = Span::new(next.span.start, c.span.end);
                }
            }
        }
        let caps = |t: &Token| t.kind == TokenKind::Word && crate::text::is_capitals(t.text(text));
        // An apostrophe inside a word of the place goes with it (`CORTINA D'AMPEZZO`).
        let inner_apostrophe = |k: usize| {
            k > a
                && crate::tokens::is_apostrophe_token(token_text(text, tokens, k))
                && token_at(tokens, k - 1).span.end == token_at(tokens, k).span.start
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.span.start == token_at(tokens, k).span.end && caps(n))
        };
        let end = (a..b)
            .find(|&k| !caps(token_at(tokens, k)) && !inner_apostrophe(k))
            .unwrap_or(b);
        // The place ends at the agency's bracket or the comma before a date or region (not
        // `RUGBY UNION - ...`, a wire headline's sport).
        if end == a || !matches!(token_text(text, tokens, end).as_bytes(), [b'(' | b',']) {
            continue;
        }
        let span = Span::new(
            token_at(tokens, a).span.start,
            token_at(tokens, end - 1).span.end,
        );
        // The region after the comma is where the city lies (`BROWNSVILLE, Texas —`, `LINCOLN,
        // Nebraska (AP) —`): a place when the lists have it as one, though the tagger read it as
        // one name with the story's first word.
        let dash = s.start + prefix;
        let region_end = (end + 1..b)
            .find(|&k| {
                let t = token_at(tokens, k);
                t.span.start >= dash || !t.capitalised(text)
            })
            .unwrap_or(b);
        let region_listed = token_is(text, tokens, end, ",")
            && region_end > end + 1
            && super::tagger::listed_run(text, tokens, end + 1, region_end).place;
        if region_listed {
            let region = Span::new(
                token_at(tokens, end + 1).span.start,
                token_at(tokens, region_end - 1).span.end,
            );
            let k = starting_before(found, region.start);
            if let Some(c) = found.get_mut(k).filter(|c| c.span == region) {
                c.label = Label::Place;
            }
        }
        dateline_agency(text, tokens, (end, b), dash, found, &mut add);
        let k = starting_before(found, span.start);
        // The mentions inside it (`CORTINA` of `CORTINA D'AMPEZZO (AFP)`, where the tagger read
        // the place in pieces), up to `inside`.
        let mut inside = k;
        while found.get(inside).is_some_and(|c| c.span.end <= span.end) {
            inside += 1;
        }
        if let Some(c) = found.get_mut(k).filter(|c| c.span == span) {
            c.label = Label::Place;
        } else if inside > k
            && k.checked_sub(1)
                .is_none_or(|j| at(found, j).span.end <= span.start)
            && found.get(inside).is_none_or(|c| c.span.start >= span.end)
        {
            for c in found.get_mut(k + 1..inside).unwrap_or_default() {
                c.span = Span::new(c.span.start, c.span.start);
            }
            let c = at_mut(found, k);
            c.span = span;
            c.label = Label::Place;
        } else if !overlaps_any(found, span) {
            // A place the tagger missed (`THE HAGUE (Reuters) -`) when the lists have it or a
            // listed region follows it (`COX'S BAZAR, Bangladesh (AP) -`), where no mention is
            // (`found` is sorted and disjoint: only those at `k - 1` and `k` may overlap).
            if region_listed || super::tagger::listed_run(text, tokens, a, end).place {
                Candidate::push_to(&mut add, span, Label::Place, Source::Name);
            }
        }
    }
    crate::entities::drop_empty(found);
    add_sorted(found, add);
}

/// True when a mention of `found` (sorted and disjoint) overlaps `span`: only the mentions on
/// either side of where `span` starts may, found by binary search.
fn overlaps_any(found: &[Candidate], span: Span) -> bool {
    let k = starting_before(found, span.start);
    k.checked_sub(1)
        .is_some_and(|j| at(found, j).span.end > span.start)
        || found.get(k).is_some_and(|c| c.span.start < span.end)
}

/// The agency in a dateline's brackets before its dash (`STUTTGART (dpa) -`, `LEEDS, England (PA)
/// -`), among tokens `a..b` after the place, is an organisation whatever the tagger made of a
/// lower-case or unknown name: one to three words, the first a letter's, none a number. A mention
/// that is exactly the agency takes the label; one that overlaps it is left alone.
fn dateline_agency(
    text: &str,
    tokens: &[Token],
    (a, b): (usize, usize),
    dash: usize,
    found: &mut [Candidate],
    add: &mut Vec<Candidate>,
) {
    let Some(open) = (a..b).find(|&k| token_is(text, tokens, k, "(")) else {
        return;
    };
    let Some(close) = (open + 1..b).find(|&k| token_is(text, tokens, k, ")")) else {
        return;
    };
    if close == open + 1 || close - open > 4 || token_at(tokens, close).span.end > dash {
        return;
    }
    let words = token_run(tokens, open + 1, close);
    if !words.iter().all(|t| t.kind == TokenKind::Word)
        || !starts_by(token_at(words, 0).text(text), is_alpha)
    {
        return;
    }
    let span = Span::new(
        token_at(words, 0).span.start,
        token_at(words, words.len() - 1).span.end,
    );
    let k = starting_before(found, span.start);
    if let Some(c) = found.get_mut(k).filter(|c| c.span == span) {
        c.label = Label::Org;
        return;
    }
    if !overlaps_any(found, span) {
        Candidate::push_to(add, span, Label::Org, Source::Name);
    }
}

/// A byline's writers (`By Priya Raman, Markets Correspondent`, `By Ana Ruiz and Tom Hale`) and a
/// photo's credit (`(Photo: Giulia Ferraro)`, `Photo: Inês Carvalho / Atlantic Newswire`, `(AP
/// Photo/Sarah Lindgren)`) are people: each run of two to four capitalised words after `By` (or
/// the credit's colon or slash) up to a comma, a slash, `and` or the line's end, unless its last
/// word is a newsroom role (`Daily Mail Reporter`; `Sports Desk`, which is no person), an
/// organisation's kind (`Getty Images`) or the lists know it as something else (`Associated
/// Press`); a byline's run after its comma or a slash to the line's end is the reporter's outlet
/// (`By Danny Ferraro, Hartford Courant`), an organisation. The run replaces what the tagger made
/// of its words.
fn byline_people(text: &str, tokens: &[Token], sentences: &[Span], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let line = trim_start_by(s.slice(text), |c| matches!(c, '*' | '_'));
        let (a, b) = token_range(tokens, *s);
        if (line.starts_with("By ") || line.starts_with("BY "))
            && crate::sentences::furniture::kind(text, sentences, i)
                == crate::sentences::furniture::Kind::Byline
        {
            let by =
                (a..b).find(|&k| eq_ignore_case(token_text(text, tokens, k).as_bytes(), b"by"));
            people_from(
                text,
                tokens,
                (by.map_or(b, |k| k + 1), b),
                false,
                found,
                &mut add,
            );
        }
        for k in a..b.saturating_sub(2) {
            let mark = token_text(text, tokens, k + 1);
            // `Photo: Ana Ruiz`, `AP Photo/Ana Ruiz`, `(Photo by Ana Ruiz/dpa)`: after `by`, only a
            // credit closed by its agency's slash or a bracket (not a caption's run-on words).
            let by_credit = || {
                let mut run = 0;
                while k + 2 + run < b && capitalised_at(text, tokens, k + 2 + run) {
                    run += 1;
                }
                (2..=4).contains(&run)
                    && (token_is(text, tokens, k + 2 + run, "/")
                        || token_is(text, tokens, k + 2 + run, ")"))
            };
            if (matches!(mark.as_bytes(), [b':' | b'/']) || mark == "by" && by_credit())
                && PHOTO_WORDS.has_token(text, tokens, k)
            {
                // An agency's credit before its photographer (`AP Photo/Sarah Lindgren`) keeps
                // the agency's name without `Photo`.
                if k > 0 {
                    // Also when the tagger ran the agency on into the photographer
                    // (`AP Photo/Théo Bianchi` as one name).
                    let photo = token_at(tokens, k).span;
                    let j = ending_by(found, photo.end - 1);
                    if let Some(c) = found
                        .get_mut(j)
                        .filter(|c| c.span.start <= photo.start && c.span.end >= photo.end)
                    {
                        c.span = Span::new(
                            c.span.start,
                            token_at(tokens, k - 1).span.end.max(c.span.start),
                        );
                    }
                    credit_agency(text, tokens, k - 1, found, &mut add);
                }
                people_from(text, tokens, (k + 2, b), true, found, &mut add);
                photo_agency(text, tokens, (k + 2, b), found, &mut add);
            }
        }
        // A caption's credit in brackets at its end with no `Photo` (`(Kara Lindstrom/Canton
        // Repository)`): the paper after the photographer's slash, when a first name of the
        // lists opens the bracket (not `(Birmingham Live/Jack Morrissey)`).
        if b > a + 4 && token_is(text, tokens, b - 1, ")") {
            if let Some(open) = (a..b - 1).rev().find(|&k| token_is(text, tokens, k, "(")) {
                if super::tagger::listed_run(text, tokens, open + 1, open + 2).first_name {
                    photo_agency(text, tokens, (open + 1, b - 1), found, &mut add);
                }
            }
        }
    }
    crate::entities::drop_empty(found);
    add_sorted(found, add);
}

/// The agency of a credit in brackets (`(AP Photo/Ana Ruiz)`, `(EPA Photo/...)`): token `k`, in
/// capitals and right after the bracket, is an organisation, whether the tagger found it alone
/// under another label or missed it (when no mention covers it).
fn credit_agency(
    text: &str,
    tokens: &[Token],
    k: usize,
    found: &mut [Candidate],
    add: &mut Vec<Candidate>,
) {
    let t = token_at(tokens, k);
    let word = t.text(text);
    let caps = t.kind == TokenKind::Word
        && word.len() >= 2
        && any_char(word, is_alpha)
        && !any_char(word, is_lower);
    if !caps || k == 0 || !token_is(text, tokens, k - 1, "(") {
        return;
    }
    let j = starting_before(found, t.span.start);
    if let Some(c) = found.get_mut(j).filter(|c| c.span == t.span) {
        c.label = Label::Org;
        return;
    }
    if !overlaps_any(found, t.span) {
        Candidate::push_to(add, t.span, Label::Org, Source::Name);
    }
}

/// The people and outlets of [`byline_people`] among tokens `k..b` (only the first run when `once`:
/// a photo's credit names its agency after a slash), into `add`; what `found` had of their words is
/// emptied.
fn people_from(
    text: &str,
    tokens: &[Token],
    (mut k, b): (usize, usize),
    once: bool,
    found: &mut [Candidate],
    add: &mut Vec<Candidate>,
) {
    while k < b {
        let mut run = 0;
        while k + run < b && {
            let j = k + run;
            token_at(tokens, j).kind == TokenKind::Word
                && capitalised_at(text, tokens, j)
                && !eq_ignore_case(token_text(text, tokens, j).as_bytes(), b"and")
        } {
            run += 1;
        }
        // A caption that opens with a person's title (`Photo: Mayor Brandon Johnson speaks`):
        // the person starts after it, as everywhere else. Only after a photo's mark (`once`): a
        // byline's outlet may open with a title's word (`State House News Service`).
        let mut titles = 0;
        while once
            && titles + 2 < run
            && crate::entities::groups::is_title(token_text(text, tokens, k + titles))
        {
            titles += 1;
        }
        k += titles;
        run -= titles;
        let words = token_run(tokens, k, k + run);
        let role = words
            .last()
            .is_some_and(|t| BYLINE_ROLES.contains_lowercase(t.text(text)));
        // A byline's run after its comma or a slash to the line's end or a slash, that opens with
        // no listed first name (not a second author, `By Jane Doe, Mark Smith`), is the reporter's
        // outlet (`By Danny Ferraro, Hartford Courant`, `..., KQED/OregonLive`; the self-written
        // sets mark 13 such outlets ORG), without an opening `The`.
        let the = usize::from(token_is(text, tokens, k, "The"));
        // The outlet may be followed by the reporter's place, a comma before it (`By Jamie
        // Ackroyd, BBC Sport, Sheffield`): a place of the lists to the line's end.
        let place_after = k + run + 1 < b && token_is(text, tokens, k + run, ",") && {
            let l = super::tagger::listed_run(text, tokens, k + run + 1, b);
            l.place || l.country
        };
        let outlet = !once
            && run > the
            && !role
            && k > 0
            && OUTLET_MARKS.has_token(text, tokens, k - 1)
            && (k + run == b || token_is(text, tokens, k + run, "/") || place_after)
            && {
                // Not a place (`By Jane Doe, Kyiv`) nor a second author.
                let l = super::tagger::listed_run(text, tokens, k + the, k + run);
                !(l.place
                    || l.country
                    || super::tagger::listed(text, token_run(tokens, k, k + 1)).first_name)
            };
        let the = if outlet { the } else { 0 };
        let person = !outlet
            && (2..=4).contains(&run)
            && !role
            && !ORG_LAST_WORDS.contains_lowercase(token_at(words, run - 1).text(text))
            && super::tagger::lexicon::known_tokens(text, words).is_none_or(|l| l == Label::Person);
        // A role is no name either (`Sports Desk`), though a name before it stays (`Daily Mail`
        // in `Daily Mail Reporter`).
        if person || role || outlet {
            let span = Span::new(
                token_at(words, the).span.start,
                token_at(words, run - 1).span.end,
            );
            for c in found.iter_mut() {
                if c.span.start < span.end
                    && span.start < c.span.end
                    && (person || outlet || c.label == Label::Person || c.span.end == span.end)
                {
                    c.span = Span::new(c.span.start, c.span.start);
                }
            }
            if person || outlet {
                let label = if outlet { Label::Org } else { Label::Person };
                Candidate::push_to(add, span, label, Source::Name);
            }
            if outlet && place_after {
                let place = Span::new(
                    token_at(tokens, k + run + 1).span.start,
                    token_at(tokens, b - 1).span.end,
                );
                for c in found.iter_mut() {
                    if c.span.start < place.end && place.start < c.span.end {
                        c.span = Span::new(c.span.start, c.span.start);
                    }
                }
                Candidate::push_to(add, place, Label::Place, Source::Name);
                return;
            }
        }
        if once && run > 0 {
            return;
        }
        k += run.max(1);
    }
}

/// The agency or paper of a photo's credit after its photographer, among tokens `k..b`: the words
/// after the photographer's name and a slash (`Photo: Kenji Morimoto/Bloomberg`, `Katrin
/// Vogelsang/dpa`), or after `for` or `for the` (`Ezra Caldwell for the Guardian`), to the line's
/// end or a mark: an organisation, into `add`; what `found` had of their words is emptied.
fn photo_agency(
    text: &str,
    tokens: &[Token],
    (k, b): (usize, usize),
    found: &mut [Candidate],
    add: &mut Vec<Candidate>,
) {
    let mut name = 0;
    while k + name < b
        && token_at(tokens, k + name).kind == TokenKind::Word
        && capitalised_at(text, tokens, k + name)
    {
        name += 1;
    }
    if !(2..=4).contains(&name) {
        return;
    }
    let mut j = k + name;
    if token_is(text, tokens, j, "/") {
        j += 1;
    } else if token_is(text, tokens, j, "for") {
        j += 1 + usize::from(token_is(text, tokens, j + 1, "the"));
        if !capitalised_at(text, tokens, j) {
            return;
        }
    } else {
        return;
    }
    // Its first word may be in lower case (`dpa`), the others have capitals (not `AFP via`).
    let mut run = 0;
    while j + run < b
        && token_at(tokens, j + run).kind == TokenKind::Word
        && (run == 0 || capitalised_at(text, tokens, j + run))
    {
        run += 1;
    }
    // The credit ends the line (`Photo: Ana Ruiz/Reuters`), or a bracket, a mark or `via` closes
    // it (`Andrei Popescu/AFP via Getty Images`).
    let ends = j + run >= b || CREDIT_ENDS.has_token(text, tokens, j + run);
    if !(1..=4).contains(&run) || !ends {
        return;
    }
    let span = Span::new(
        token_at(tokens, j).span.start,
        token_at(tokens, j + run - 1).span.end,
    );
    for c in found.iter_mut() {
        if c.span.overlaps(&span) {
            c.span = Span::new(c.span.start, c.span.start);
        }
    }
    // A photographer's role after the slash (`Name/Staff Photographer`) or an old photo's mark
    // (`AP Photo/Name, File`) is no agency, and no name at all.
    let last = token_text(text, tokens, j + run - 1);
    if BYLINE_ROLES.contains_lowercase(last) || last == "File" {
        return;
    }
    Candidate::push_to(add, span, Label::Org, Source::Name);
}

/// The number of a rank at token `k`: a number with a period glued to it, for
/// [`with_model_number`]. Inlined natively; one call in the .wasm, where the closure was inlined at
/// both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn rank_at(text: &str, tokens: &[Token], k: usize) -> Option<u8> {
    let dot = tokens
        .get(k + 1)
        .is_some_and(|t| t.span.start == token_at(tokens, k).span.end && t.is(text, "."));
    parse_u32(tokens.get(k)?.text(text))
        .and_then(|n| u8::try_from(n).ok())
        .filter(|_| dot)
}

/// A product or event followed by its model number or edition takes it in (`iPhone 16`, `Switch 2`,
/// `Windows 11`, `Falcon 9`, `Claude Opus 4.5`): a number token of one to four characters, digits
/// with at most one decimal point inside, right after one space, not part of a score or a range
/// (`Super Bowl 40-22`), not an amount (`3 million`, `Olympic 100 metres`) and not the next rank of
/// a ranked list (`1. Sora 2. ChatGPT`); a nationality takes none (`American 1984 and 1988
/// champion`).
fn with_model_number(text: &str, tokens: &[Token], span: Span) -> Span {
    if super::tagger::lexicon::is_nationality(span.slice(text)) {
        return span;
    }
    let k = starting_before(tokens, span.end);
    let rank = |k: usize| rank_at(text, tokens, k);
    let a = starting_before(tokens, span.start);
    let ranked = a >= 2 && rank(k).is_some_and(|v| rank(a - 2) == Some(v.wrapping_sub(1)));
    let joined = tokens.get(k + 1).is_some_and(|n| {
        n.span.start == token_at(tokens, k).span.end && !GLUED_PUNCTUATION.contains(n.text(text))
    });
    let amount = tokens
        .get(k + 1)
        .is_some_and(|n| is_amount_word(n.text(text)));
    match tokens.get(k) {
        Some(t)
            if !joined
                && !amount
                && !ranked
                && t.kind == TokenKind::Number
                && t.span.start == span.end + 1
                && *at(text.as_bytes(), span.end) == b' '
                && (1..=4).contains(&t.span.len())
                && is_version(t.text(text)) =>
        {
            Span::new(span.start, t.span.end)
        }
        _ => span,
    }
}

/// A cricket series' name without the match after it (`the first Ashes Test` is `Ashes`): a Test
/// is a kind of match, not part of the series' name.
fn without_test(text: &str, tokens: &[Token], span: Span) -> Span {
    let (a, b) = token_range(tokens, span);
    match token_run(tokens, a, b) {
        [.., ref name, ref test] if TESTS.contains(test.text(text)) && name.capitalised(text) => {
            Span::new(span.start, name.span.end)
        }
        _ => span,
    }
}

/// True for a model number or a version: digits, or digits, one point and digits (`17`, `4.5`).
fn is_version(w: &str) -> bool {
    let mut parts = split_by(w, |c| c == '.');
    let whole =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && all_bytes(p, |b| b.is_ascii_digit()));
    whole(parts.next()) && parts.next().is_none_or(|p| whole(Some(p))) && parts.next().is_none()
}

/// The nearest word within three tokens before token `k` (`back`) or after it, past a mark or a
/// possessive, for [`plausible`]. Inlined natively; one call in the .wasm, where the closure was
/// inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn nearest_word<'t>(
    text: &str,
    tokens: &'t [Token],
    mut k: usize,
    back: bool,
) -> Option<&'t Token> {
    for _ in 0..3 {
        k = if back { k.checked_sub(1)? } else { k + 1 };
        let t = tokens.get(k)?;
        if t.kind == TokenKind::Word && !crate::tokens::is_possessive_token(t.text(text)) {
            return Some(t);
        }
    }
    None
}

/// True unless the list match at `span` is one word, opening a sentence, in capitals (a headline's
/// `TARGET`), in a title-case headline, or anywhere when it is a MISC name (an event: `Open`, `Cup`), that is also an everyday
/// English word or a stopword, and not one of the famous surnames listed by hand (`Trump`), a
/// company that [`acts_as_company`] shows at work, nor a person who speaks or acts (`Lorde said`).
fn plausible(text: &str, tokens: &[Token], sentences: &[Span], span: Span, label: Label) -> bool {
    let (first, end) = token_range(tokens, span);
    if end != first + 1 {
        return true;
    }
    let word = span.slice(text);
    let caps = count_by(word, is_alpha) > 1 && !any_char(word, is_lower);
    let k = ending_by(sentences, span.start);
    // In a title-case headline a capital says nothing either (`Republicans Block Funding Bill`).
    let headline = || in_headline(text, tokens, sentences, span.start);
    // A word in capitals says nothing in a sentence in capitals or beside another word in
    // capitals (`THE STARS WHO LEFT`); elsewhere it is an acronym (`EU` of `Regulators Hit Apple
    // With EU Fine`).
    let in_capitals = |t: Option<&Token>| {
        t.is_some_and(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word && w.len() > 1 && !any_char(w, is_lower)
        })
    };
    // The nearest word on each side, past a mark or a possessive (`THURSDAY 'S GAMES .`).
    let near = |k: usize, back: bool| nearest_word(text, tokens, k, back);
    let shouted = caps && (in_capitals(near(first, true)) || in_capitals(near(end - 1, false)));
    let opens = label == Label::Misc
        || shouted
        || sentences.get(k).is_none_or(|s| {
            // No word before the mention in its sentence.
            for t in token_run(tokens, 0, first).iter().rev() {
                if t.span.start < s.start {
                    break;
                }
                if any_char(t.text(text), is_alnum) {
                    return false;
                }
            }
            true
        })
        || headline();
    if !opens {
        return true;
    }
    let low = crate::case::lowercase(span.slice(text));
    let stem = crate::keywords::stem::stem(&low);
    (caps && !shouted)
        || (!crate::stopwords::is_stopword(&low)
            && crate::keywords::rarity::zipf(&stem) <= crate::keywords::rarity::UNKNOWN_ZIPF)
        || (!caps
            && label == Label::Org
            && (acts_as_company(text, tokens, end)
                || tokens.get(end).is_some_and(|t| {
                    (is_headline_verb(text, t, true) || CUT_VERBS.contains(&t.text(text)))
                        && headline()
                })))
        || (shouted
            && label == Label::Org
            && !crate::stopwords::is_stopword(&low)
            && acts_shouted(text, tokens, sentences, first, end))
        || super::tagger::lexicon::is_hand_listed_surname(&low)
        || (label == Label::Org && !caps && headline() && famous_brand(text, tokens, first, &low))
        || (label == Label::Place && super::tagger::listed_run(text, tokens, first, end).country)
        || (!caps && label == Label::Person && SUBJECT_VERBS.has_token(text, tokens, end))
}

/// True when a listed organisation's word in a headline in capitals, tokens `first..end`, opens its
/// line or a clause and acts (`APPLE CUTS IPHONE AIR PRODUCTION`, `AS CHELSEA RUN RIOT`; not `TRADE
/// GAP WIDENS`): the company, though its name is an everyday word (not a stopword: `WHO SITS IN
/// JUDGEMENT?`, a section's heading).
fn acts_shouted(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    first: usize,
    end: usize,
) -> bool {
    let start = token_at(tokens, first).span.start;
    let s = sentences.get(ending_by(sentences, start));
    let opens = first.checked_sub(1).is_none_or(|j| {
        let prev = token_at(tokens, j);
        CLAUSE_OPENERS.contains(&prev.text(text)) || s.is_some_and(|s| prev.span.end <= s.start)
    });
    let rest = s.map_or(tokens.len(), |s| {
        end + starting_before(token_run(tokens, end, tokens.len()), s.end)
    });
    opens && acts_in_capitals(text, token_run(tokens, end, rest))
}

/// True for a famous organisation of the hand-written list that general English has no word for
/// in lower case (`Google`, `YouTube`; not `Apple`, `Block`): the part-of-speech lexicon knows its
/// lower case as nothing but a proper noun, if at all.
fn famous_brand(text: &str, tokens: &[Token], k: usize, low: &str) -> bool {
    use crate::pos::Pos;
    super::tagger::lexicon::famous_org(text, token_run(tokens, k, k + 1))
        && crate::pos::known_tags(low)
            .is_none_or(|tags| tags & !(Pos::ProperNoun.bit() | Pos::ProperNounPlural.bit()) == 0)
}

/// True when the tokens from `k` show the listed company before them at work, as the subject of
/// what companies do (`Target will cut 1,800 roles`, `Target named a new chief`; not `Target
/// prices rose`), in a headline's words (`Target to Cut 1,800 Jobs`, `Block Shares Slide`), before
/// its leader's role and name (`Signal president Meredith Whittaker`) or an appositive that says
/// it is a company (`Next, the British fashion retailer`).
fn acts_as_company(text: &str, tokens: &[Token], k: usize) -> bool {
    let capital = |i: usize| capitalised_at(text, tokens, i);
    SUBJECT_VERBS.has_token(text, tokens, k)
        || HEADLINE_VERBS.has_token(text, tokens, k)
        || (token_is(text, tokens, k, "to") && capital(k + 1))
        || (LEADER_ROLES.has_token(text, tokens, k) && capital(k + 1))
        || company_role_after(text, tokens, k).is_some()
        || super::consistency::appositive(text, tokens, k) == Some(Label::Org)
}

crate::word_list::word_lists! {
    /// The marks before a byline's outlet (`By Danny Ferraro, Hartford Courant`, `KQED/OregonLive`).
    const OUTLET_MARKS = ", /";
    /// The marks and words that join the names of a series (`Paris, Lyon and Nice`).
    const SERIES_JOINERS = ", and &";
    /// The short month forms that are mostly words (`may`, `mar`, `jun`).
    const WORD_LIKE_MONTHS = "may mar jun";
    /// The courts before `'s Court` (`Westminster Magistrates' Court`).
    const LOCAL_COURTS = "Magistrates Coroner Coroners";
    /// The words of a page's date line (`Updated 9:12 PM GMT`).
    const PAGE_DATE_WORDS = "updated published posted modified";
    /// The people of a place as a headline names them after it (`Denver Voters`).
    const RESIDENT_WORDS = "Voters Residents Taxpayers Homeowners Citizens";
    /// Labels of a telephone or fax number.
    const PHONE_LABELS = "Fax Tel Phone Telephone";
    /// The titles of a company's officers, in capitals.
    const OFFICER_TITLES = "CEO CFO COO CTO CIO CMO";
    /// Web domains that end a company's name.
    const DOMAINS = ".com .co.uk .net .org";
    /// Makers of airliners, as written in a name (`Air India Boeing 787`).
    const AIRCRAFT_MAKERS = "Boeing Airbus Embraer Bombardier Tupolev Ilyushin Antonov Sukhoi Comac COMAC Pilatus \
        Cessna Beechcraft Tecnam ATR Gulfstream";
    /// Words of time that no name holds in lower case (`the Moon before China`).
    const TIME_WORDS = "before after during since until while when because";
    /// A party's member of a parliament after the party's name (`Labour MP`, `SNP MSPs`).
    const PARLIAMENT_MEMBERS = "MP MPs MEP MEPs MSP MSPs";
    /// Letters after a person's name that are no part of it: a barrister's rank or a member of a
    /// parliament (`Marcus Delaney KC`).
    const AFTER_PERSON_RANKS = "KC QC MP MEP MSP";
    /// Kinds of devices and vehicles written in capitals, which follow a name without being part of it
    /// (`Windows PC`, `Lucid Gravity SUVs`, `Mercedes-Benz SUV`).
    const DEVICE_KINDS = "PC PCs SUV SUVs EV EVs GPU GPUs CPU CPUs";
    /// The first words of a place's name before `of` (see [`find`]).
    const PLACE_OF_HEADS = "Sea Gulf Strait Straits";
    /// Kinds of device after a product's name (`Echo devices`, `Vision Pro headset`).
    const PRODUCT_KINDS = "robot robots headset headsets console consoles processor processors chip chips \
        browser chatbot glasses smartphone smartphones device devices rocket rockets drone drones";
    /// The Roman numerals of a trial's phase.
    const PHASE_NUMERALS = "I II III IV";
    /// Last words of papers and broadcasters whose names hold their `The` (`The New York Times`).
    const PAPERS = "times post journal sun herald guardian telegraph mail news economist independent observer \
        star tribune chronicle globe";
    /// Name particles that may open a surname standing alone (`de Silva`, `van Dijk`), as CoNLL-2003
    /// marks them.
    pub(crate) const SURNAME_PARTICLES = "al ap da de del della des di dos du le ter van von";
    /// Planets named after `the` (`the Moon`).
    const THE_PLANETS = "Moon Earth";
    /// `The` and `A` in capitals.
    const CAPITAL_ARTICLES = "The A";
    /// The titles that follow a minister's portfolio (`Finance Minister`, `Trade Secretary`).
    const OFFICE_HOLDERS = "minister secretary commissioner";
    /// `men` and `women` (a results list's heading).
    const MEN_WOMEN = "men women";
    /// Words after a credit line's word (`Editing by`, `Additional reporting`).
    const CREDIT_AFTER = "by reporting";
    /// `at` and `on`.
    const AT_ON = "at on";
    /// `Jr` and `Sr` after a person's name.
    const JUNIOR_SENIOR = "Jr Sr";
    /// A prize's word (`Nobel Prize`).
    const PRIZES = "Prize Prizes";
    /// Words before a prize's field (`Nobel Prize in Physics`, `Prize for Literature`).
    const PRIZE_FIELD_BEFORE = "in for";
    /// A cricket match's word after a series' name (`the first Ashes Test`).
    const TESTS = "Test Tests";
    /// A company's top roles before the holder's name (`Anysphere CEO Michael Truell`).
    const COMPANY_ROLES = "CEO founder co-founder";
    /// `son of` in Arabic names (`Faisal bin Farhan`).
    const SON_OF = "bin ibn bint";
    /// Last words of a name that a subject after `on` does not make a body's (`Commission on Election
    /// Day`, `Committee on Capitol Hill`, `Commission on Brexit Party`).
    const NAMED_AFTER_SUBJECT = "Day Hill Party";
    /// The words of a fixture between two sides (`Leeds v Arsenal`).
    const VERSUS = "v vs vs.";
    /// The particles [`is_germanic_particle`] knows.
    const GERMANIC_PARTICLES = "van von ter ten";
    /// Offices of a state or a country before a person's name (`Attorney`, `Governor`).
    const CIVIL_OFFICES = "Attorney Governor Senator Treasurer Comptroller";
    /// A government's fields, as a ministry's name starts (`Finance`, `Foreign`).
    const DEPARTMENT_FIELDS = "Finance Foreign Interior Defence Defense Health Trade Economy Justice Agriculture Education \
        Energy Environment Transport Treasury Commerce Home Unification";
    /// Particles that follow a first one in a surname (`de la Cruz`, `van der Berg`, `de los Santos`).
    const SECOND_PARTICLES = "den der la las los";
    /// Seasons, which a headline in capitals gives a capital (`TO STEP DOWN IN SPRING`): never a
    /// name there.
    const SEASONS = "spring summer autumn winter";
    /// Sports as wire headlines open with them (`GOLF - PARNEVIK TAKES LEAD`): never a name.
    const SPORTS = "athletics baseball basketball boxing cricket cycling golf hockey rowing rugby soccer \
        swimming tennis volleyball";
    /// Ordinal words, which alone are a rank, never a name (`Fifth test` in a tour list).
    const ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth";
    /// Kinds of music and television named by their country's initial: words, no names
    /// ([`is_no_name`]).
    const GENRES = "k-pop j-pop k-drama k-dramas k-beauty";
    /// Words of a credit line before `by` or `reporting` ([`is_no_name`]).
    const CREDIT_WORDS = "additional editing writing reporting compiled graphics research";
    /// Words of a web page's time stamp, and short weekdays, before a time or a date ([`is_no_name`]).
    const STAMP_WORDS = "updated published posted modified mon tue tues wed thu thur thurs fri sat sun";
    /// Parts of a document or a contest counted by a number ([`is_no_name`]).
    const NUMBERED_PARTS = "page step part chapter figure table slide photo image picture video level stage round day \
        week episode grade year category item game";
    /// Words that open a question.
    const QUESTION_WORDS = "who whom whose what which where when why how";
    /// A weekday's short forms that are no word of their own (not `may`, `mon`, `sat` or `sun`).
    const WEEKDAY_SHORT_FORMS = "tue tues wed thu thur thurs fri";
    /// Words that make a day's name of a weekday after them (`Black Friday`, `Super Tuesday`).
    const DAY_NAMES = "Ash Black Bloody Cyber Easter Giving Good Holy Maundy Palm Remembrance Super Travel Whit";
    /// Acronyms of common nouns, which make no name of a compound (`AI-generated`, `EV-focused`,
    /// `TV-friendly`).
    const COMMON_ACRONYMS = "AI DNA EV GPS IT LED PC TV";
    /// Small words that join a name's parts: articles and `v`, `vs`.
    const ARTICLES_AND_VERSUS = "a an v vs";
    /// Titles of birth, rank or faith that CoNLL-2003 keeps in a name (`Prince Charles`), for
    /// [`recover`].
    const BORN_TITLES = "sir dame lady lord king queen prince princess pope emir sheikh duchess cardinal rabbi imam \
        ayatollah yokozuna";
    /// Words that open a sentence before a name and are no part of it ([`recover`],
    /// [`without_opening_word`]).
    const OPENING_WORDS = "but and or yet so while both even because during despite unlike whatever neither either \
        although though if when whether like unless until since after before once only also still \
        meanwhile perhaps two three four five six seven eight nine ten among amid amidst alongside \
        besides beyond between inside toward towards born add how why what where more most many few \
        fewer several some tonight today yesterday tomorrow overnight earlier later an former";
    /// The question words that open a headline.
    const QUESTION_OPENERS = "how why what where";
    /// Verbs after a singular subject (`Care has`, `Holding was`).
    const SINGULAR_SUBJECT_VERBS = "has had is was said says will would";
    /// The courtesy titles.
    const COURTESY_TITLES = "Mr Mr. Mrs Mrs. Ms Ms. MR MRS MS";
    /// Letters before digits that make no model code: chemical formulas, roads, currencies, fiscal
    /// years, age groups, tornado ratings (`EF3`) and codes (see [`is_model_code`]).
    const NOT_MODEL_PREFIXES = "FY W S U CO NO SO CH PM I US USD EUR GBP EF";
    /// Letters before one digit that make a credit rating or a period (`Baa1`, `Q3`, `H1`) rather than
    /// a model code (see [`is_model_code`]).
    const RATING_PREFIXES = "A AA AAA Aa Aaa B BB BBB Ba Baa C CC CCC Caa Ca Q H";
    /// What a place is, after its name (`Helmand province`, `the Caerphilly by-election`).
    const PLACE_KINDS = "province provinces region regions district by-election";
    /// Roads named by a number after them (`Route 20A`, `Interstate 90`, `U.S. 30`), a metro's lines
    /// (`Line 3`; four of four LOC in the looked-at sets), and a ballot's measures (`Proposition 50`,
    /// MISC as CoNLL-2003 marks `California Proposition 215`).
    const ROAD_WORDS = "Expressway Freeway Highway Interstate Motorway Route U.S. Line Proposition";
    /// Units of time and distance after a number.
    const DURATION_UNITS = "hours minutes miles kilometres kilometers km years days";
    /// Words of an amount after a number.
    const AMOUNT_WORDS = "million billion trillion percent per %";
    /// The pandemic's names as news writes them.
    const DISEASES = "COVID-19 Covid-19 COVID Covid";
    /// The stopwords that open names.
    const NAME_STOPWORDS = "new first next one";
    /// Roles before a person's name in a headline (`New Chief Fiddelke`, `BOSS OKAFOR`).
    const HEADLINE_ROLES = "boss ceo chair chairman chancellor chief coach founder leader manager minister premier \
        president";
    /// Prepositions whose object is no work before `by` (`replaced at Chelsea by Jose Mourinho`,
    /// `the murder of Orlando Letelier by`).
    const NOT_AFTER = "of at in from to for with on";
    /// Verbs of title-case headlines, as written there, that end a name the tagger ran past them
    /// (`Huang Says Its Share...`, `Newcastle End 70-Year Wait`), beyond those the part-of-speech
    /// lexicon knows only as verbs ([`is_headline_verb`]).
    const CUT_VERBS = "Says Say End Ends Cut Sink Sinks Beat Win Sign Signs Warn Face Faces Hit Hits Sees Takes \
        Retain Retains Keep Keeps Reach Reaches Clinch Clinches Rejects Backs Slams Vows Urges Wins \
        Join Joins Leads";
    /// Words before `End` that make it a place's name (`West End`).
    const COMPASS = "North South East West";
    /// The words a title-case headline leaves in lower case.
    const HEADLINE_SMALL_WORDS = "a after amid an and as at by for from in into of on or over the to up vs v with";
    /// Lower-case words that may sit inside a name (`Bank of England`, `Charles de Gaulle`, `Newcastle
    /// upon Tyne`).
    const PARTICLES = "abu al and ap ben bin bint da das de dei del della den der des di do dos du e el for ibn la le \
        les of sur ten ter the upon van von";
    /// Auxiliaries and speech verbs, which no organisation's or place's name holds (a title's may: MISC
    /// mentions keep them).
    const NAME_BREAKING_VERBS = "are had has have is said says was were will would";
    /// A possessive's tokens, straight or curly.
    const POSSESSIVE_MARKS = "'s ' \u{2019}s \u{2019}";
    /// What an owner has on a platform.
    const ACCOUNT_WORDS = "account accounts page channel feed profile post posts handle story";
    /// The groups whose possessive is a part of a name.
    const GROUP_OWNERS = "children women men people veterans girls boys";
    /// Fields of the Nobel prizes and the like, which belong to a prize's name (`Nobel Prize in
    /// Physiology or Medicine`).
    const PRIZE_FIELDS = "Chemistry Economics Fiction Literature Mathematics Medicine Nonfiction Peace Physics \
        Physiology Poetry";
    /// Awards by their own names, which a work may follow after `for` (`Palme d'Or for It Was Just an
    /// Accident`, `Oscar for Anora`); the consistency stage's `oscar for`-style cues label that work.
    pub(super) const AWARD_NAMES = "Oscar Oscars Emmy Emmys Grammy Grammys Globe Bafta Baftas d'Or";
    /// Words that end the name of a prize or a festival.
    const PRIZE_WORDS = "Prize Award Awards Festival Medal Prizes";
    /// Quotation marks, straight or curly.
    const QUOTE_MARKS = "' \" \u{2018} \u{2019} \u{201C} \u{201D}";
    /// The last words of a public body's name (`Authority`, `Commission`, `Federation`, `Services`).
    /// A body's kinds that open an organisation's name before `of` (`University of Oslo`).
    const ORG_OF_HEADS = "Academy Agency Association Bank Board Bureau College Commission Committee Council Court \
        Department Federation Institute Ministry Organisation Organization Party Society University";
    pub(super) const BODY_HEADS = "Administration Agency Association Authority Board Bureau Commission Council Department \
        Federation Institute Ministry Office Regulator Service Services Union";
    /// The last words of a body's name that take its subject after `on` (`House Committee on Oversight
    /// and Accountability`, `Advisory Committee on Immunization Practices`, `Commission on Presidential
    /// Debates`).
    const TOPIC_BODIES = "Commission Committee Subcommittee";
    /// Small words inside a name (`Trade and Industry`).
    const NAME_JOINERS = "and of the &";
    /// Prepositions that end a place's name before another name ([`split_at_breaks`]).
    const PLACE_BREAKS = "for on in at to with from by";
    /// Plurals that end a company's name (`Baby Cow Productions`), never a headline's verb.
    const COMPANY_PLURALS = "Productions Studios Games Holdings Industries Motors Airlines Systems Partners Pictures \
        Records Brands Foods Networks Communications Technologies Solutions Services Resources \
        Securities Investments Properties Estates Enterprises Chemicals Electronics Mills";
    /// Past forms of verbs that do not end in `-ed`, for [`owner_by_possessive`].
    const PAST_FORMS = "cut shut sold bought made took won lost set put hit led paid sent spent struck became began \
        built brought held kept left rose fell grew gave got found chose drove broke";
    /// The words for a town or a county before a title of its own (`City Manager`, `County Clerk`).
    const LOCAL_TITLE_PLACES = "City County Town Borough";
    /// Titles that only people hold, as written before their names ([`trim_titles`]).
    const PEOPLE_ONLY_TITLES = "Sheriff Superintendent Senator Governor Mayor Judge Detective Inspector Sergeant Constable \
        Councilwoman Councilman Councillor Councilor Commissioner Premier President Chancellor \
        Minister";
    /// Titles of [`INNER_TITLES`] that split a name only before a person's name, a first name of the
    /// lists or a word rare in English (`Police Chief Thomas Jackson`; not `CNN Chief Medical
    /// Correspondent`).
    const PEOPLE_ONLY_INNER = "Sheriff Chief Superintendent Commissioner Premier";
    /// Words that open a title before a name, not the organisation's (`Deputy Police Chief`).
    const TITLE_OPENERS = "Deputy Assistant Acting Interim Vice";
    /// A force or a service that is no name alone before its chief's title (`Police Chief`).
    const FORCES = "Police Fire";
    /// Titles that split a name run on into a person's ([`trim_titles`]).
    const INNER_TITLES = "justice judge president governor senator minister secretary chancellor mayor officer pm \
        premier director-general secretary-general attorney-general sheriff chief superintendent \
        commissioner";
    /// What a district that is a body runs, before `District`.
    const DISTRICT_BODIES = "School Park Water Fire Sanitary Sewer Transit Hospital Irrigation Library \
        Utility Conservation Health";
    /// The names of metros' lines before `line`: London's and colours.
    const METRO_LINES = "Bakerloo Central Circle District Elizabeth Jubilee Metropolitan Northern \
        Piccadilly Victoria Lioness Mildmay Windrush Weaver Suffragette Liberty Purple Red Blue Green \
        Orange Yellow Silver";
    /// Lands' and waters' first words before `of` (`Bay of Fundy`, `Isle of Man`).
    const GEO_HEADS = "Bay Gulf Cliffs Isle Isles Strait Straits Sea Firth Island Islands Vale";
    /// Words that name a kind of storm before its name.
    pub(super) const STORM_WORDS = "hurricane typhoon cyclone storm";
    /// Words before a storm's word that belong to its name (`Tropical Storm Chantal`, `Super Typhoon
    /// Ragasa`).
    pub(super) const STORM_PREFIXES = "tropical super";
    /// The adjectives of the countries the Amazon's forest lies in.
    const AMAZON_COUNTRIES = "Brazilian Peruvian Colombian Ecuadorian Bolivian Venezuelan";
    /// Words after `Amazon` that name the river's land.
    const AMAZON_LANDS = "rainforest rainforests river basin region jungle forest delta city";
    /// Planets that a word of [`PLANET_CUES`] before them makes places (`Venus` is too often a person).
    const PLANETS = "Mars Moon Earth Jupiter Saturn";
    /// Words of motion or place before a planet.
    const PLANET_CUES = "to for on past around near orbit orbiting reach reached reaches toward towards";
    /// The kinds of work named after a street.
    const STREET_WORKS = "tour album film single song show movie series";
    /// The first words of the football clubs named a county (see [`label_of_kind`]).
    const COUNTY_CLUBS = "Notts Ross Derby Stockport Newport";
    /// The last words of a street's name among [`PLACE_LAST_WORDS`].
    const STREET_WORDS = "street road avenue boulevard highway";
    /// Words of a centre's name that make it a body, not a venue (`Pew Research Center`, `Death
    /// Penalty Information Center`, `University of Nebraska Medical Center`).
    const CENTER_BODY_WORDS = "research information policy studies prevention control law rights complaint prediction \
        operations data medical cancer health media news science justice legal poverty fire \
        hurricane weather climate emergency intelligence counterterrorism coordination interagency \
        command crisis security";
    /// The places of [`LAST_WORDS`]: venues (`Tottenham Hotspur Stadium`, `Crypto.com Arena`; neither
    /// word ends a name in CoNLL-2003 train or dev), airports, museums and stations (all 33, 24 and 15
    /// of 16 such names in CoNLL-2003 train are places; not `Bridge`, a surname too), squares and
    /// grounds (all 13 and 4 such names in CoNLL-2003 train, WikiNEuRal and wikigold: `Tiananmen
    /// Square`, `Recreation Ground`), spaceports (`Andøya Spaceport`, `Baikonur Cosmodrome`) and venues
    /// named a center (`Wells Fargo Center`; a body of research or care is not one: [`label_of_kind`]),
    /// and streets and roads (`Tottenham Court Road`: 127 of 141 such names of CoNLL-2003, WikiNEuRal,
    /// wikigold and the self-written sets are places); gardens, quarters and reservoirs (all 6, 1 and 2
    /// such names of CoNLL-2003, WikiNEuRal and wikigold: `Kew Gardens`, `French Quarter`);
    /// buildings, theatres and cathedrals (5 of 5, 15 of 17 and 14 of 16 such names there and in
    /// the looked-at sets: `Vehicle Assembly Building`, `Gielgud Theatre`, `Durham Cathedral`);
    /// expressways, freeways, turnpikes, parkways and motorways (all 8 such names there: `New Jersey
    /// Turnpike`, `Blue Ridge Parkway`); townships, parishes, prefectures, oblasts, governorates,
    /// boroughs and villages (all 19 such names there: `Jersey Township`, `Osaka Prefecture`);
    /// canals, tunnels, peninsulas and mountains (all 22, 16, 28 and 29 such names of CoNLL-2003
    /// train, WikiNEuRal, wikigold and the looked-at sets: `Suez Canal`, `Rocky Mountains`; not
    /// `Dam`, `Bridge` or `Island`, surnames and titles of works too).
    const PLACE_LAST_WORDS = "stadium arena airport museum station square ground spaceport cosmodrome center street road \
        building theatre theater cathedral \
        gardens quarter reservoir \
        avenue boulevard highway expressway freeway turnpike parkway motorway township parish prefecture \
        oblast governorate borough village canal tunnel peninsula mountains dock docks wharf quay pier";
    /// The kinds of a court of law before `Court` (lower case).
    const COURT_KINDS = "crown magistrates district circuit supreme high county federal appeals family criminal \
        constitutional youth superior municipal coroner coroners";
    /// Last words of places' names that are surnames too (CoNLL-2003 train and dev, wikigold and the
    /// self-written sets: 29 places, 1 organisation, 2 works): a place's unless a first name opens a
    /// name of two words (`Wayne Bridge`, a footballer).
    const SURNAME_PLACE_WORDS = "castle bridge";
    /// Last words of places' names that are surnames too, taken as a place's only over a person's
    /// two words (not an organisation's: `Port Vale`): of such names without a listed first name
    /// in CoNLL-2003 train, WikiNEuRal and the Broad Twitter Corpus, 41 are places, 2 people and 8
    /// organisations.
    const PERSON_PLACE_WORDS = "lane vale minster green creek valley heights springs falls gap";
    /// The MISC words of [`LAST_WORDS`].
    const MISC_LAST_WORDS = "act tournament olympics accord accords agreement award awards prize trophy medal cup \
        championship championships festival open rally classic series prix slam war bill marathon \
        telescope collider day";
    /// The ORG words of [`LAST_WORDS`] (`constabulary`: both such names of the data, `Lancashire
    /// Constabulary`, are organisations).
    const ORG_LAST_WORDS = "holdings pharmaceuticals biosciences therapeutics technologies robotics university \
        ministry council party agency commission army department group service services inc corp \
        ltd plc association academy brothers airlines airways capital communications \
        entertainment management media motors partners pictures records securities systems \
        institute foundation company co fund club rovers athletic wanderers albion thistle celtic bureau board office police forces movement \
        senate legislature parliament guard authority tribunal exchange \
        alliance coalition assembly school college journal magazine images brands foods roasters \
        studios labs industries software networks resources investments ventures insurance financial \
        bancorp hospital constabulary \
        architects arquitectos associates consultants advisors advisers solicitors automotive logistics mining mines \
        minerals metals lithium uranium energy petroleum chemicals telecom semiconductor \
        semiconductors electronics aerospace pharma biotech shipping trust research health analytics \
        constructions bio biopharma biologics genomics diagnostics oncology medical healthcare sciences \
        dynamics racing interactive productions publishing films books orchestra band brewery \
        harriers patrol pharmacy clinic diner deli outfitters elementary committee bakery \
        coffee hardware solar growers butchers creamery \
        administration organization organisation society corporation navy corps newsroom nation daily \
        press fm tribune tribune-herald dispatch examiner sentinel";
    /// The words of a stadium's, a street's, a square's, a palace's, a hill's or a lake's name in
    /// French, Spanish, Portuguese or Italian (`Cerro Armazones`, `Lago Maggiore`).
    const FOREIGN_PLACE_WORDS = "stade estadio estádio stadio rue piazza palazzo calle avenida praça plaza cerro lago";
    /// The heads of `The X of Y` names that are no work's title: bodies, places and people (`The Bank
    /// of England`, `The Gulf of Mexico`, `The Duke of Edinburgh`).
    const OF_HEADS = "academy administration agency assembly association authority bank bay board bureau cape \
        center centre chamber church city club college commission committee commonwealth \
        confederation conference congress corps council county court department district division \
        duchess duchy duke earl federation foundation friends fund government governor guild gulf \
        horn hospital house houses institute island islands isle journal kingdom lake league library \
        lord ministry mount museum news office order palace parliament party port president prince \
        princess principality province queen republic school sea secretary senate service services \
        society state strait straits times union university valley voice";
    /// Words of a court of law's name (`Supreme Court`, `Sindh High Court`, `U.S. District Court`,
    /// `Court of Appeal`), against a court that is a place (`Centre Court`).
    const JUDICIAL_WORDS = "supreme high district federal constitutional appeals appellate criminal crown magistrates \
        county family superior circuit military revolutionary administrative claims bankruptcy \
        commercial tax sharia juvenile of appeal world labour labor election electoral special \
        sessions youth land trade patent international european national state cassation shariat \
        anti-terrorism terrorism civil municipal provincial regional intermediate people's peoples \
        arbitration disciplinary islamic divisional coroner's coroners";
    /// The words of a minister's portfolio in a title (`Finance Minister`, `Trade and Industry
    /// Secretary`; see [`is_no_name`]).
    const PORTFOLIO_WORDS = "foreign finance defence interior health agriculture trade industry and constitutional \
        affairs culture civil aviation insurance education energy transport housing environment economy \
        communications commerce mines planning technology science tourism business work pensions";
    /// The words of a photo's credit.
    const PHOTO_WORDS = "Photo Photos Photograph Picture";
    /// What closes a credit: a bracket, a mark, a slash before another agency or `via`.
    const CREDIT_ENDS = ") ] . , ; / via";
    /// The roles a byline gives after a writer's name or in place of one (`Markets Correspondent`).
    const BYLINE_ROLES = "correspondent correspondents reporter reporters editor editors writer writers staff \
        columnist contributor desk critic critics bureau producer photographer analyst";
    /// Punctuation glued to a number that does not join a word to it.
    const GLUED_PUNCTUATION = ", . ; ) 's";
    /// Words in capitals that open a headline's second clause (`VIVO STAYS TOP AS APPLE HITS RECORD`).
    const CLAUSE_OPENERS = "AS AND WHILE AFTER BUT WHEN BEFORE";
    /// A company's words after its name in a title-case headline (`Target Names New Chief`, `Block
    /// Shares Slide`).
    const HEADLINE_VERBS = "Agrees Beats Buys Cuts Hires Launches Names Plans Posts Profit Raises Recalls Reports Sales \
        Says Sells Shares Shuts Stock Sues Unveils Warns Wins Axes";
    /// A company's leaders, before their names (`Signal president Meredith Whittaker`).
    const LEADER_ROLES = "president chairman chair boss chief";
    /// Words after a sentence's first word that make it the subject of what a company or a person does
    /// (see [`plausible`]).
    const SUBJECT_VERBS = "raised launched unveiled hired said says will has named names reported reports posted plans \
        announced agreed cut cuts released told wrote denied admitted shares";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Label;

    /// [`with_place_kinds`]' first-byte test holds for the first byte of every word of
    /// [`PLACE_KINDS`], as written and in capitals.
    #[test]
    fn place_kinds_pass_their_first_byte_test() {
        for w in PLACE_KINDS.iter() {
            for b in [w.as_bytes()[0], w.as_bytes()[0].to_ascii_uppercase()] {
                assert!(may_open_place_kind(b), "{w}");
            }
        }
    }

    /// A name mention of the first occurrence of `w` in `text`.
    fn mention(text: &str, w: &str, label: Label) -> Candidate {
        let s = text.find(w).unwrap();
        Candidate {
            span: Span::new(s, s + w.len()),
            label,
            source: Source::Name,
        }
    }

    /// `and` after a legal suffix splits one mention into two companies, as a tagger trained on
    /// less data joins them (`Chevron Corp and Texaco Inc`); `Marks and Spencer` stays whole.
    #[test]
    fn a_legal_suffix_and_another_company() {
        let text = "the joint venture of Chevron Corp and Texaco Inc said";
        let tokens = crate::tokens::tokenize(text);
        let mut found = vec![mention(text, "Chevron Corp and Texaco Inc", Label::Org)];
        split_at_comma(text, &tokens, &mut found);
        let names: Vec<&str> = found.iter().map(|c| c.span.slice(text)).collect();
        assert_eq!(names, ["Chevron Corp", "Texaco Inc"]);
        let text = "shares of Marks and Spencer rose";
        let tokens = crate::tokens::tokenize(text);
        let mut found = vec![mention(text, "Marks and Spencer", Label::Org)];
        split_at_comma(text, &tokens, &mut found);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn the_embedded_model_loads_and_tags() {
        assert!(
            super::super::tagger::available(),
            "data/ner_model.bin must decode"
        );
        let text = "Marco Rubio met officials in Mexico City on Tuesday.";
        let toks = crate::tokens::tokenize(text);
        let sents: Vec<Span> = crate::sentences::sentences(text).collect();
        let forms = crate::tokens::Forms::new(text, &toks);
        let found: Vec<(&str, Label)> = find(text, &toks, &forms, &sents)
            .iter()
            .map(|c| (c.span.slice(text), c.label))
            .collect();
        assert!(found.contains(&("Marco Rubio", Label::Person)), "{found:?}");
        assert!(found.contains(&("Mexico City", Label::Place)), "{found:?}");
    }

    #[test]
    fn two_people_over_a_particle_are_one() {
        let text = "a cross by Joaquin del Prado and Ana de Souza , then Luis de Madrid .";
        let toks = crate::tokens::tokenize(text);
        let at = |w: &str, label: Label| mention(text, w, label);
        let mut found = vec![
            at("Joaquin", Label::Person),
            at("Prado", Label::Person),
            at("Ana", Label::Person),
            at("Souza", Label::Person),
            at("Luis", Label::Person),
            at("Madrid", Label::Place),
        ];
        joined_over_particle(text, &toks, &mut found);
        let got: Vec<&str> = found.iter().map(|c| c.span.slice(text)).collect();
        assert_eq!(got, ["Joaquin del Prado", "Ana de Souza", "Luis", "Madrid"]);
    }

    #[test]
    fn model_codes_but_not_quarters_ratings_roads_or_age_groups() {
        for w in ["A350", "YU7", "GLM-4.6", "MiG-29", "T-72", "Qwen3", "EX30"] {
            assert!(is_model_code(w), "{w}");
        }
        for w in [
            "Q3",
            "H1",
            "A1",
            "M3",
            "Baa1",
            "AA3",
            "FY26",
            "U-21",
            "Brentford3",
            "W112.5",
            "5G",
            "2025",
        ] {
            assert!(!is_model_code(w), "{w}");
        }
        assert_eq!(
            names("The carmaker began deliveries of the YU7 in June."),
            [("YU7", Label::Misc)]
        );
    }

    fn names(text: &str) -> Vec<(&str, Label)> {
        let toks = crate::tokens::tokenize(text);
        let sents: Vec<Span> = crate::sentences::sentences(text).collect();
        let forms = crate::tokens::Forms::new(text, &toks);
        find(text, &toks, &forms, &sents)
            .iter()
            .map(|c| (c.span.slice(text), c.label))
            .collect()
    }

    #[test]
    fn a_listed_product_takes_its_model_number_but_not_a_score() {
        let found = names("She bought the iPhone 16 and a PlayStation 5 for her son.");
        assert!(found.contains(&("iPhone 16", Label::Misc)), "{found:?}");
        assert!(found.contains(&("PlayStation 5", Label::Misc)), "{found:?}");
        let found = names("Philadelphia won the Super Bowl 40-22 on Sunday.");
        assert!(found.contains(&("Super Bowl", Label::Misc)), "{found:?}");
    }

    #[test]
    fn a_listed_persons_surname_alone_is_a_person_but_not_an_everyday_word() {
        assert!(surname_found("Sheinbaum did not comment on the report."));
        assert!(surname_found("Zuckerberg declined to comment."));
        // `Cook` (Tim Cook) is an everyday word: opening a sentence it is not taken for a name.
        let found = names("Cook the pasta for ten minutes.");
        assert!(found.is_empty(), "{found:?}");
    }

    fn surname_found(text: &str) -> bool {
        let first = text.split_whitespace().next().unwrap_or("");
        names(text).contains(&(first, Label::Person))
    }

    #[test]
    fn a_mention_running_past_a_listed_name_into_a_lower_case_word_is_cut() {
        let found = names("At the Emmys in September, \"The Studio\" won best comedy.");
        assert!(found.iter().any(|(s, _)| *s == "Emmys"), "{found:?}");
        assert!(
            !found.iter().any(|(s, _)| s.contains("September")),
            "{found:?}"
        );
        let found = names("She spoke at the Bank of England on Monday.");
        assert!(
            found.contains(&("Bank of England", Label::Org)),
            "{found:?}"
        );
    }

    #[test]
    fn a_person_mention_is_split_at_a_verb() {
        let found = names("Lee meets Xi at APEC\n\nThe two leaders spoke for an hour.");
        assert!(found.contains(&("Lee", Label::Person)), "{found:?}");
        assert!(found.contains(&("Xi", Label::Person)), "{found:?}");
        let found = names("Charles de Gaulle and Ludwig van Beethoven are famous.");
        assert!(
            found.contains(&("Charles de Gaulle", Label::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Ludwig van Beethoven", Label::Person)),
            "{found:?}"
        );
    }

    #[test]
    fn a_one_letter_abbreviation_ending_a_sentence_leaves_the_period() {
        let found = names("Juventus sacked their coach after a run of poor results in Serie A.");
        assert!(found.contains(&("Serie A", Label::Misc)), "{found:?}");
        let found = names("Kennedy met John F. Kennedy Jr. in the morning.");
        assert!(!found.iter().any(|(s, _)| *s == "John F"), "{found:?}");
    }

    #[test]
    fn titles_stay_outside_a_persons_name() {
        let found = names("Fed Chair Jerome Powell said rates would stay on hold.");
        assert!(
            found.contains(&("Jerome Powell", Label::Person)),
            "{found:?}"
        );
        let found = names("Lady Gaga and Queen Latifah sang at the gala in Los Angeles.");
        assert!(found.contains(&("Lady Gaga", Label::Person)), "{found:?}");
    }

    #[test]
    fn a_span_bridging_two_listed_names_with_a_lower_case_word_is_split() {
        let found = names("Apple is testing Gemini inside Siri this year.");
        assert!(
            !found.iter().any(|(s, _)| s.contains("inside")),
            "{found:?}"
        );
        assert!(found.contains(&("Gemini", Label::Misc)), "{found:?}");
        assert!(found.contains(&("Siri", Label::Misc)), "{found:?}");
    }

    #[test]
    fn a_possessive_owner_takes_the_first_name_before_it() {
        // As the tagger cut them: the surname with the work, the first name apart or left out.
        let text = "Marisol de Vega's Lanterns opened. Tomasz Wrona's Glasshouse won. \
                    The film Harlan's Orchard won.";
        let toks = crate::tokens::tokenize(text);
        let cand = |w: &str, label: Label| mention(text, w, label);
        let mut found = vec![
            cand("Marisol", Label::Person),
            cand("Vega's Lanterns", Label::Misc),
            cand("Wrona's Glasshouse", Label::Person),
            cand("Harlan's Orchard", Label::Misc),
        ];
        split_at_possessive(text, &toks, &[], &mut found);
        let got: Vec<(&str, Label)> = found
            .iter()
            .map(|c| (c.span.slice(text), c.label))
            .collect();
        assert_eq!(
            got,
            [
                ("Marisol de Vega", Label::Person),
                ("Lanterns", Label::Misc),
                ("Tomasz Wrona", Label::Person),
                ("Glasshouse", Label::Misc),
                ("Harlan's Orchard", Label::Misc),
            ]
        );
    }
}
