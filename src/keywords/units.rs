//! The words a keyphrase is made of. A unit is one word token, a hyphenated compound written
//! without spaces (`U.S.-Mexico`, `in-flight`, `F-16`; never cut), or a whole name mention from the
//! entity stage (`Marco Rubio`, keyed by its group so that `Rubio` and `Marco Rubio` count as one
//! thing). Units that cannot be in a keyphrase are marked as breaks: value mentions (dates,
//! amounts, counts, addresses), the words of bylines, datelines, credit lines and captions
//! ([`furniture`]), stopwords, clitics and contractions (`'s`, `n't` and the verb
//! before it), punctuation, numbers, one-dot abbreviations, `-ly` adverbs and markup debris. With
//! part-of-speech tags, so is every word outside a noun phrase (save a gerund that ends a compound:
//! `arc welding`) and every finite verb or modal, and a new noun phrase starts a new run; without
//! tags, a past-tense `-ed` word after a noun is taken for a verb (`Sheinbaum emphasized Mexico`).

use std::fmt::Write;

use crate::entities::Label;
use crate::pos::{self, Pos};
use crate::sentences::furniture;
use crate::text::{
    all_bytes, all_char, any_char, char_count, chars, has_char, is_alnum, is_alpha, is_lower,
    is_upper, starts_by, tail, Span,
};
use crate::tokens::{is_hyphen, token_at, token_run, Token, TokenKind};

use super::markup;
use super::stem::stem_into;
use super::Document;
use crate::vecs::{at, run};

/// What a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Never part of a keyphrase.
    Break,
    /// A word or compound.
    Word,
    /// A whole name mention of the entity group with this index; `true` for a person.
    Name(usize, bool),
}

/// One unit of the text.
#[derive(Clone, Debug)]
pub struct Unit {
    /// Bytes of the unit.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// The sentence that holds it.
    pub sentence: usize,
    /// Its first token.
    pub token: usize,
    /// Written with a capital letter first.
    pub capital: bool,
    /// First content unit of its sentence (its capital says nothing).
    pub sentence_start: bool,
    /// A common word capitalised only because it opens its sentence or line (not tagged a proper
    /// noun): shown in lower case (`Teenagers who sleep less` gives `teenagers`).
    pub lower_first: bool,
    /// A capitalised word (no name) that opens its sentence or line, where a capital says nothing.
    pub opens: bool,
    /// A sentence end or the start of a new noun phrase separates it from the unit before (a line
    /// break inside a sentence does not: the sentence stage ends a heading's or a list item's line).
    pub boundary: bool,
    /// It may end a phrase: a noun or a name (always true without tags).
    pub head: bool,
    /// An evaluative, relational or time adjective (`recent`, `important`, `typical`;
    /// [`is_evaluative`]), tagged as an adjective or participle (never without tags).
    pub evaluative: bool,
    /// Matching key: the stem of a word, `#` and the group of a name; empty for a break. Bytes of
    /// the key in [`Units`]'s shared buffer (read it with [`Units::key`]).
    pub key: Span,
}

/// A text's units, in order, and the buffer that holds their keys one after another (no string
/// of its own per unit).
#[derive(Clone, Debug, Default)]
pub struct Units {
    /// The units.
    pub list: Vec<Unit>,
    keys: String,
}

impl Units {
    /// The matching key of `unit` (one of [`Units::list`]).
    pub fn key(&self, unit: &Unit) -> &str {
        unit.key.slice(&self.keys)
    }
}

/// The text's units, in order.
pub fn units(doc: &Document) -> Units {
    let (text, tokens, forms, sentences, entities) =
        (doc.text, doc.tokens, doc.forms, doc.sentences, doc.entities);
    let tags = (doc.tags.len() == tokens.len()).then_some(doc.tags);
    // With tags, keyphrase words come from noun phrases only, and a phrase never leaves its noun
    // phrase.
    let nps = tags.map_or_else(Vec::new, |t| pos::noun_phrases(tokens, t, sentences));
    let mut np = 0; // next noun phrase
    let mut np_of_prev = usize::MAX;
    let mask = markup::mask(text);
    // Value mentions (their words are not keyphrase words) and addresses (markup).
    let mut values: Vec<Span> = Vec::new();
    for x in entities {
        if !is_name(x.label) {
            crate::vecs::push(&mut values, x.span());
        }
    }
    let mut v = 0; // next value mention
    let mut m = 0; // next mask span
    let mut e = 0; // next entity
    let mut s = 0; // current sentence
                   // Where the words of each sentence may start: past its end for a byline, dateline, credit or
                   // caption line; past an opening dateline (`FRANKFURT, March 12 (Meridian Wire) —`).
    let mut topic_from: Vec<usize> = crate::vecs::with_capacity(sentences.len());
    for k in 0..sentences.len() {
        let sp = *crate::vecs::at(sentences, k);
        let from = if at(doc.kinds, k).is_credit_or_label() {
            sp.end
        } else {
            sp.start + furniture::dateline_prefix(sp.slice(text))
        };
        crate::vecs::push(&mut topic_from, from);
    }
    let mut out: Vec<Unit> = crate::vecs::with_capacity(tokens.len());
    // About a stem per token: room for the text's bytes.
    let mut keys = crate::vecs::string_with_capacity(text.len());
    let mut i = 0;
    let mut buf = String::new();
    while i < tokens.len() {
        let t = token_at(tokens, i);
        while e < entities.len() && entities[e].start < t.span.start {
            e += 1;
        }
        // A name mention that starts here and does not cut a compound.
        let mut j = i;
        let mut kind = Kind::Word;
        if let Some(ent) = entities
            .get(e)
            .filter(|x| x.start == t.span.start && is_name(x.label))
        {
            let mut k = i;
            while k + 1 < tokens.len() && token_at(tokens, k + 1).span.end <= ent.end {
                k += 1;
            }
            if token_at(tokens, k).span.end == ent.end
                && !joined(text, tokens, i)
                && !joins_next(text, tokens, k)
                && k - i < MAX_NAME_TOKENS
                && (name_edge(forms.lower(i), t.kind, || forms.is_stopword(i))
                    || name_stopword(forms.lower(i), i, k, ent.label)
                    || (tags.is_some_and(|g| *at(g, i) == Pos::ProperNoun)
                        && capitalised_inside(text, tokens, i, k, ent.label)))
                // A number may end a name of two tokens or more (`S&P 500`, `iPhone 18`).
                && (name_edge(forms.lower(k), token_at(tokens, k).kind, || forms.is_stopword(k))
                    || name_stopword(forms.lower(k), i, k, ent.label)
                    || k > i && token_at(tokens, k).kind == TokenKind::Number)
            {
                j = k;
                kind = Kind::Name(ent.group, ent.label == Label::Person);
            }
        }
        if kind == Kind::Word {
            while joins_next(text, tokens, j) {
                j += 2;
            }
        }
        let span = Span::new(t.span.start, token_at(tokens, j).span.end);
        while s + 1 < sentences.len() && crate::vecs::at(sentences, s).end <= span.start {
            s += 1;
        }
        while m < mask.len() && mask[m].end <= span.start {
            m += 1;
        }
        let masked = mask.get(m).is_some_and(|x| x.start < span.end);
        while v < values.len() && values[v].end <= span.start {
            v += 1;
        }
        let value = values.get(v).is_some_and(|x| x.start < span.end);
        let number_led = t.kind == TokenKind::Number;
        // The unit's lower-case form: a single token's straight from `forms`, a compound's (or a
        // name's) joined in `buf`.
        let low: &str = if i == j {
            forms.lower(i)
        } else {
            buf.clear();
            for k in i..=j {
                buf.push_str(forms.lower(k));
            }
            &buf
        };
        // Markup and tickers break names too (`NASDAQ` of `(NASDAQ: NVDA)`).
        if masked
            || kind == Kind::Word
                && (value
                    || number_led
                    || !is_content(low, token_run(tokens, i, j + 1), text, || forms.is_stopword(i))
                    // `worth` after a noun prices it (`a contract worth`), except `net worth`.
                    || (low == "worth" && (i == 0 || !forms.lower_is(i - 1, "net"))))
        {
            kind = Kind::Break;
        }
        if topic_from.get(s).is_some_and(|&f| span.start < f) {
            kind = Kind::Break;
        }
        // A contraction's verb (`do` in `don't`, `ca` in `can't`).
        if tokens.get(j + 1).is_some_and(|n| n.span.start == span.end)
            && forms.lower_is(j + 1, "n't")
        {
            kind = Kind::Break;
        }
        let mut np_break = false;
        let mut head = true;
        let mut evaluative = false;
        if let Some(tags) = tags {
            while np < nps.len() && nps[np].end <= span.start {
                np += 1;
            }
            let mut inside = nps
                .get(np)
                .is_some_and(|x| x.start <= span.start && span.end <= x.end);
            // A gerund right after a singular common noun that ends a noun phrase, and with no
            // object after it (punctuation, a conjunction, a finite verb or the end follows), heads a
            // compound with it (`arc welding`, `image denoising`, `knowledge sharing`); not a
            // participle that starts a clause (`claims arising from`, `party operating in`).
            let gerund = !inside
                && i == j
                && np_of_prev != usize::MAX
                && tags[i] == Pos::VerbGerund
                && *at(tags, i - 1) == Pos::Noun
                && tags
                    .get(i + 1)
                    .is_none_or(|&t| t.is_punctuation() || t == Pos::CoordConj || is_finite(t))
                && at(&nps, np_of_prev).end == token_at(tokens, i - 1).span.end
                && Span::new(token_at(tokens, i - 1).span.end, span.start).slice(text) == " ";
            if gerund {
                inside = true;
                np = np_of_prev;
            }
            np_break = inside && np != np_of_prev;
            np_of_prev = if inside { np } else { usize::MAX };
            // A finite verb, a participle after a verb (`has caused`, `were flooding`), or a past
            // participle after a noun, which a noun phrase's modifiers never put there: the verb
            // of a clause the tagger read as a participle (`auction secured contracts`).
            let verb = run(tags, i, j + 1).iter().any(|&t| is_finite(t))
                || (matches!(tags[i], Pos::VerbPastParticiple | Pos::VerbGerund)
                    && i > 0
                    && tags[i - 1].is_verb())
                // A gerund after a plural noun starts a clause (`agreements covering defence`): a
                // compound's gerund follows a singular noun (`arc welding`).
                || (tags[i] == Pos::VerbGerund && i > 0 && tags[i - 1] == Pos::NounPlural)
                || (tags[i] == Pos::VerbPastParticiple && i > 0 && tags[i - 1].is_noun())
                // An `-ed` word the tagger read as an adjective right before a proper noun is the
                // clause's verb (`That raised Exxon's income`): names take no such modifier.
                || (i == j
                    && matches!(tags[i], Pos::Adjective | Pos::VerbPastParticiple)
                    && low.ends_with("ed")
                    && tags.get(i + 1) == Some(&Pos::ProperNoun))
                // An `-ed` word the tagger read as a noun right after a proper noun, or as an
                // adjective right after a person's, organisation's or place's name, is the
                // clause's verb too (`Nvidia guided revenue to ...`, `Australia kicked teenagers
                // off`; not `Chinese mummified monk`).
                || (i == j
                    && i > 0
                    && !has_char(low, '-')
                    && low.len() > 5
                    && low.ends_with("ed")
                    && match tags[i] {
                        Pos::Noun => *at(tags, i - 1) == Pos::ProperNoun,
                        Pos::Adjective => run(entities, 0, e).last().is_some_and(|x| {
                            x.end == token_at(tokens, i - 1).span.end
                                && matches!(x.label, Label::Person | Label::Org | Label::Place)
                        }),
                        _ => false,
                    })
                // A noun between `be` and `to` is a participle (`is understood to`, `was thought
                // to`).
                || (i == j
                    && i > 0
                    && tags[i] == Pos::Noun
                    && tags.get(i + 1) == Some(&Pos::To)
                    && BE_FORMS.has_lower(forms, i - 1)
                    // Shaped like a participle (not `is access to water`).
                    && (low.ends_with("ed")
                        || low.ends_with("en")
                        || low.ends_with("wn")
                        || PARTICIPLES_BEFORE_TO.contains(low)));
            // A plural noun after a plural noun of the same noun phrase, with a preposition,
            // `to` or a determiner after it: a noun compound's modifier is singular (`process
            // dimension`, not `processes dimension`), so the second is the clause's verb in `-s`
            // that the tagger read as a plural (`nonsquare processes depends on the ...`). Not
            // after a modifier that is plural in form ([`PLURAL_MODIFIERS`]: `human rights groups
            // in`, `data centers in`).
            let verb = verb
                || (i == j
                    && i > 0
                    && tags[i] == Pos::NounPlural
                    && *at(tags, i - 1) == Pos::NounPlural
                    && !PLURAL_MODIFIERS.has_lower(forms, i - 1)
                    && nps
                        .get(np)
                        .is_some_and(|x| x.start <= token_at(tokens, i - 1).span.start)
                    && tags.get(i + 1).is_some_and(|&t| {
                        matches!(
                            t,
                            Pos::Preposition | Pos::To | Pos::Determiner | Pos::PossessivePronoun
                        )
                    }));
            // Comparatives and superlatives grade, they do not name (`largest oil spill`).
            let graded = run(tags, i, j + 1)
                .iter()
                .any(|t| matches!(t, Pos::AdjectiveComparative | Pos::AdjectiveSuperlative));
            if kind == Kind::Word && (verb || graded || !inside) {
                kind = Kind::Break;
            }
            head = matches!(kind, Kind::Name(..)) || crate::vecs::at(tags, j).is_noun() || gerund;
            evaluative = i == j
                && matches!(
                    tags[i],
                    Pos::Adjective | Pos::VerbPastParticiple | Pos::VerbGerund
                )
                && is_evaluative(low);
        }
        let prev = out.last();
        let boundary = np_break || prev.is_none_or(|p| p.sentence != s);
        let sentence_start =
            boundary || prev.is_some_and(|p| p.sentence_start && p.kind == Kind::Break);
        // Without tags: a past-tense verb after a noun of the same run.
        if kind == Kind::Word
            && tags.is_none()
            && !boundary
            && prev.is_some_and(|p| p.kind != Kind::Break)
            && i == j
            && is_past_tense(low)
        {
            kind = Kind::Break;
        }
        let key_start = keys.len();
        match kind {
            Kind::Word => stem_into(low, &mut keys),
            Kind::Name(g, _) => {
                // Writing to a `String` cannot fail.
                let _ = write!(keys, "#{g}");
            }
            Kind::Break => {}
        }
        let key = Span::new(key_start, keys.len());
        let capital = starts_by(span.slice(text), is_upper);
        // A word the tagger takes for a proper noun, though no name mention holds it, counts as
        // common when general English uses it often (`Record rainfall`, `Offshore wind`).
        let opens = capital
            && kind == Kind::Word
            && chars(t.span.slice(text)).skip(1).any(is_lower)
            && opens_line(text, topic_from.get(s).copied().unwrap_or(0), span.start);
        // A title that opens a sentence before a capitalised word stays capitalised (`Prime` of
        // `Prime Minister Keir Starmer said`), so that the selection knows it for a role.
        // Asked only of a word that opens a line (the title list is not read for every word).
        let role = || {
            crate::entities::groups::is_title(t.span.slice(text))
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| starts_by(n.span.slice(text), is_upper))
        };
        let lower_first = opens
            && !role()
            && (tags.is_some_and(|t| !matches!(t[i], Pos::ProperNoun | Pos::ProperNounPlural))
                || f64::from(super::rarity::zipf(tail(&keys, key_start))) >= COMMON_ZIPF);
        out.push(Unit {
            span,
            kind,
            sentence: s,
            token: i,
            capital,
            sentence_start,
            lower_first,
            opens,
            boundary,
            head,
            evaluative,
            key,
        });
        i = j + 1;
    }
    Units { list: out, keys }
}

/// The general-English Zipf frequency (`wordfreq`'s scale) from which a capitalised word that opens
/// a sentence and is no name is shown in lower case: about once per 300,000 words.
const COMMON_ZIPF: f64 = 3.5;

/// True when nothing but punctuation, list markers and spaces stands between the start of the
/// sentence's words (past a dateline; or of the line, if later) at `sentence_start` and byte `at`.
fn opens_line(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = Span::new(sentence_start.min(at), at).slice(text);
    // Read back from `at` to the first letter or digit or line break, whichever comes first: a few
    // bytes for nearly every candidate. (A search for the line break first read the whole of a
    // sentence of a megabyte without one once per candidate: quadratic.)
    chars(before)
        .rev()
        .find(|&c| c == '\n' || is_alnum(c))
        .is_none_or(|c| c == '\n')
}

/// Longest name mention taken as one unit, in tokens; a longer one is a tagger's error (a headline
/// taken for a name) and its words are read one by one.
const MAX_NAME_TOKENS: usize = 6;

/// True for a token that may begin or end a name unit: a word, not a clitic or a stopword.
/// `stop` tells whether the token is a stopword.
fn name_edge(low: &str, kind: TokenKind, stop: impl FnOnce() -> bool) -> bool {
    kind == TokenKind::Word && !low.starts_with('\'') && !stop()
}

/// True when a name of tokens `i..=k`, two or more, begins or ends with one of [`NAME_STOPWORDS`]
/// (`New York`, `People Power Party`, `Cyber Monday`): a stopword, but without it the rest of the
/// name would stand alone as another name or a fragment (`York City Marathon`, `Power Party`,
/// `Cyber`). Not a person's (`Joe Biden Tuesday` of `President Joe Biden Tuesday signed`, a date
/// the tagger took in), save `New`.
fn name_stopword(low: &str, i: usize, k: usize, label: Label) -> bool {
    k > i && NAME_STOPWORDS.contains(&low) && (label != Label::Person || low == "new")
}

/// True when a name of tokens `i..=k`, two or more and not a person's, begins with a word
/// capitalised after a lower-case word or an article (`the Left Bank jazz scene`, `at Whole Foods`,
/// `The Left Bank clubs`): the capital says the word belongs to the name, though it is a stopword
/// elsewhere, and without it the rest would make a fragment (`Bank jazz scene`).
fn capitalised_inside(text: &str, tokens: &[Token], i: usize, k: usize, label: Label) -> bool {
    k > i
        && i > 0
        && label != Label::Person
        && starts_by(token_at(tokens, i).span.slice(text), is_upper)
        && {
            let prev = token_at(tokens, i - 1).span.slice(text);
            starts_by(prev, is_lower) || crate::text::is_one_of(prev, "The|A|An")
        }
}

/// A finite verb or a modal (`VB`, `VBD`, `VBP`, `VBZ`, `MD`).
pub fn is_finite(t: Pos) -> bool {
    matches!(
        t,
        Pos::Verb | Pos::VerbPast | Pos::VerbPresent | Pos::VerbPresent3rd | Pos::Modal
    )
}

fn is_name(l: Label) -> bool {
    matches!(l, Label::Person | Label::Org | Label::Place | Label::Misc)
}

/// True when token `i` is followed, with no space, by a hyphen and, with no space, by a word or number.
fn joins_next(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(h), Some(n)) = (tokens.get(i + 1), tokens.get(i + 2)) else {
        return false;
    };
    h.span.start == token_at(tokens, i).span.end
        && n.span.start == h.span.end
        && all_char(h.span.slice(text), is_hyphen)
        && h.span.len() <= 3
        && matches!(n.kind, TokenKind::Word | TokenKind::Number)
        && matches!(
            token_at(tokens, i).kind,
            TokenKind::Word | TokenKind::Number
        )
}

/// True when token `i` continues a compound begun before it.
fn joined(text: &str, tokens: &[Token], i: usize) -> bool {
    i >= 2 && joins_next(text, tokens, i - 2)
}

/// True for a unit that may be in a keyphrase (`low`: its lower-case form). Abbreviations with one
/// dot (`Ark.`, `Dec.`, `Inc.`) are not, initialisms (`U.S.`) are.
/// `stop` tells whether a single token is a stopword.
fn is_content(low: &str, toks: &[Token], text: &str, stop: impl FnOnce() -> bool) -> bool {
    if toks.len() > 1 {
        return any_char(low, is_alpha);
    }
    token_at(toks, 0).kind == TokenKind::Word
        && crate::text::more_chars_than(low, 1)
        && !low.starts_with('\'')
        && low != "n't"
        && !(low.ends_with('.') && crate::text::count_char(low, '.') == 1)
        && any_char(low, is_alpha)
        && !stop()
        && !markup::is_debris(low)
        && !is_adverb(low, token_at(toks, 0).span.slice(text))
}

/// A lower-case `-ed` word that is not a noun in `-eed` or a short word (`bed`, `red`).
fn is_past_tense(low: &str) -> bool {
    low.len() > 4
        && low.ends_with("ed")
        && !low.ends_with("eed")
        && all_bytes(low, |b| b.is_ascii_lowercase())
        && !NOT_PAST_TENSES.contains(low)
}

crate::word_list::word_lists! {
    /// The forms of `be` before a participle.
    const BE_FORMS = "is was are were be been";
    /// Past participles not in `-ed`, `-en` or `-wn` that `to` follows (`was thought to`).
    const PARTICIPLES_BEFORE_TO = "thought understood said held told";
    /// Words in `-ed` that are no past tense.
    const NOT_PAST_TENSES = "hundred hatred kindred sacred naked wicked beloved";
    /// Stopwords that are words of names too (`New`, `People`, `First`, the weekdays).
    const NAME_STOPWORDS = "day first friday monday new one people saturday second sunday third thursday time times \
        today tuesday wednesday year";
    /// Words in `-ly` that are no adverbs.
    const NOT_ADVERBS = "supply apply reply comply multiply imply family assembly monopoly anomaly rally ally belly \
        jelly bully holly lily homily butterfly melancholy daily weekly monthly quarterly yearly \
        elderly only early friendly likely oily";
    /// Plural-form nouns that modify other nouns as they are (`human rights groups`, `data centers`,
    /// `financial services firms`, `arms sales`), so a plural after them is no verb. A list written for
    /// this project.
    const PLURAL_MODIFIERS = "arms communications customs data earnings goods media news operations rights sales savings \
        securities services sports weapons";
    /// The words of [`is_evaluative`], sorted for a binary search.
    const EVALUATIVE = "actual additional appropriate available considerable conventional corresponding crucial \
        current desirable effective efficient essential excellent existing following good great \
        important initial interesting latter major necessary notable novel powerful practical \
        present previous prior promising reasonable recent related relevant remarkable respective \
        resulting satisfactory significant similar specific subsequent substantial successful \
        suitable traditional typical unique useful usual";
}

/// Words in `-ly` that are adverbs (`recently`, `sharply`), not nouns such as `family` or `Italy`.
pub fn is_adverb(low: &str, written: &str) -> bool {
    char_count(low) > 4
        && low.ends_with("ly")
        && !starts_by(written, is_upper)
        && !NOT_ADVERBS.contains(&low)
}

/// Adjectives that judge, relate or date a thing rather than name a kind of it (`recent advances`,
/// `important design considerations`, `typical lamps`; not `neural network`, `nuclear power`):
/// technical terms are repeated noun phrases whose modifiers classify (Justeson & Katz 1995,
/// "Technical terminology: some linguistic properties and an algorithm for identification in
/// text"), and these adjectives are the qualitative and time ones of descriptive grammars (Biber et
/// al. 1999, "Longman Grammar of Spoken and Written English", 7.4). A list written for this
/// project; the stopwords already hold `various`, `certain`, `different`, `main` and the like.
fn is_evaluative(low: &str) -> bool {
    EVALUATIVE.contains_sorted(low)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_evaluative_adjectives_are_sorted() {
        assert!(super::EVALUATIVE.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_evaluative("recent") && !super::is_evaluative("neural"));
    }
}
