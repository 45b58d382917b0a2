//! The learned name tagger: PERSON, ORG, PLACE and MISC mentions.
//!
//! A first-order sequence model over BILOU tags, trained as an averaged structured perceptron
//! (Collins 2002, "Discriminative training methods for hidden Markov models") and decoded with Viterbi,
//! sentence by sentence through the document. Each sentence's features include the labels earlier
//! sentences gave the same words (Ratinov & Roth 2009), so "Rubio" after "Marco Rubio" leans PERSON.
//!
//! The weights (`data/ner_model.bin`, trained on CoNLL-2003, Reuters text, research use; see
//! `data/ner_model.md`) are an ensemble of four perceptrons summed, quantised to `i8`; they are embedded
//! with `include_bytes!` and decoded once, lazily. An empty or unreadable model tags nothing (and
//! [`super::names`] falls back to its rule). Retrain with `./build.sh train` (see `train.rs`, native only).

pub(crate) mod famous;
pub(crate) mod features;
mod lanes;
pub(crate) mod lexicon;
pub(crate) mod model;
pub mod news_names;
pub mod public_lists;
pub(crate) mod tags;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use std::sync::OnceLock;

use super::{Candidate, Label, Source};
use crate::model::embedded::Embedded;
use crate::model::table::FilteredTable;
use crate::text::{ending_by, starting_before, Span};
use crate::tokens::{token_at, token_run, Forms, Token, TokenKind};
use crate::vecs::{run, run_mut};
use features::{DocCtx, History};
use model::{Model, Scorer};
use tags::{spans, Tag, NT};

/// The shipped weights.
static MODEL_BYTES: Embedded<{ include_bytes!("../../../data/ner_model.bin").len() }> =
    Embedded::new(include_bytes!("../../../data/ner_model.bin"));

/// The decoded model and the gazetteer (training-data names plus the self-written lists): phrase key
/// -> category bits, in a flat table since every token looks up several n-grams, behind a filter
/// since most n-grams name nothing.
struct Loaded {
    model: Model,
    gazetteer: FilteredTable,
}

fn loaded() -> Option<&'static Loaded> {
    static CELL: OnceLock<Option<Loaded>> = OnceLock::new();
    CELL.get_or_init(|| {
        let model = model::decode(&*MODEL_BYTES.bytes())?;
        // One table for the lists and the training names, sized for all their keys at once (some
        // are shared), so it never grows nor needs copying.
        let mut gazetteer = lexicon::lexicon(model.gazetteer.len());
        for (k, v) in model.gazetteer.iter() {
            gazetteer.or_bits(k, v);
        }
        Some(Loaded {
            model,
            gazetteer: FilteredTable::new(gazetteer),
        })
    })
    .as_ref()
}

/// What the tagger's gazetteer says of a whole phrase: whether the training data has it as a name
/// (of any type), and whether a list has it as a country, US state or continent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Listed {
    /// A name of CoNLL-2003 train (`Sheffield Wednesday`).
    pub trained: bool,
    /// A country of the self-written lexicon (`Togo`; not a US state, as the public lists have them).
    pub country: bool,
    /// A place and never an organisation in the training data (`Republic of Ireland`, not `Dallas`).
    pub only_place: bool,
    /// An organisation and nothing else in the training data (`Congress`, `Fed`).
    pub only_org: bool,
    /// An organisation, maybe among other things, in the training data (`Chelsea`).
    pub trained_org: bool,
    /// A city of the self-written lexicon or of GeoNames' lists (`Denver`, `Phoenix`).
    pub city: bool,
    /// Any place of the lists: a country, region, city, US state or continent (`Balkans`).
    pub place: bool,
    /// A nationality or an event of the lists, or a MISC name of the training data (`Americans`,
    /// `Ashes`).
    pub misc: bool,
    /// A first name or a surname of the lists (`Williams`, `Rogers`).
    pub personal_name: bool,
    /// A first name of the lists (`Meg`, `Tom`).
    pub first_name: bool,
    /// A city of the self-written lexicon or a city of a million people or more that is no listed
    /// person's surname (`Phoenix`; not `Denver`, `Chandler`).
    pub city_not_person: bool,
    /// The surname of a listed person and nothing else the lists or the training names know
    /// (`Boluarte`; not `Ford`, a company, nor `Jordan`, a country).
    pub surname_only: bool,
}

/// Looks up the phrase made of `tokens` (of `text`) in the tagger's gazetteer.
#[inline]
pub(crate) fn listed(text: &str, tokens: &[Token]) -> Listed {
    Listed::of_bits(phrase_bits(text, tokens))
}

/// The gazetteer's category bits ([`gazetteer_bits`]) of the phrase made of `tokens` (of `text`).
/// Inlined natively; one call in the .wasm, which gives [`listed`]'s callers the bits in one
/// integer, where a [`Listed`] was written to memory and read back field by field.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn phrase_bits(text: &str, tokens: &[Token]) -> u32 {
    gazetteer_bits(features::tokens_key(text, tokens))
}

impl Listed {
    /// What the gazetteer's category `bits` of a phrase say (no bits: nothing, the default).
    #[inline]
    fn of_bits(bits: u32) -> Listed {
        // The training names' type bits: PER, ORG, LOC, MISC.
        Listed {
            trained: bits & 0b1111 != 0,
            country: bits & lexicon::COUNTRY_BIT != 0,
            only_place: bits & 0b0110 == 0b0100,
            only_org: bits & 0b1111 == 0b0010,
            trained_org: bits & 0b0010 != 0,
            city: bits & lexicon::CITY_BITS != 0,
            place: bits & lexicon::PLACE_BITS != 0,
            misc: bits & lexicon::MISC_BITS != 0,
            personal_name: bits & lexicon::PERSONAL_NAME_BITS != 0,
            first_name: bits & lexicon::FIRST_NAME_BITS != 0,
            city_not_person: bits & lexicon::LARGE_CITY_BITS != 0
                && bits & lexicon::SURNAME_BIT == 0,
            surname_only: bits & lexicon::SURNAME_BIT != 0
                && bits & lexicon::NOT_ONLY_A_SURNAME == 0
                && (bits & 0b0110 == 0 || bits & 0b0001 != 0),
        }
    }
}

/// What the self-written lists say the phrase made of `tokens` (of `text`) is, from the gazetteer's
/// category bits: a person, an organisation or a MISC name (the hashed lists of [`news_names`] are
/// only there); `None` when no list has it or no model is embedded. Inlined natively; one call in
/// the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn list_label(text: &str, tokens: &[Token]) -> Option<crate::entities::Label> {
    label_of_key(features::tokens_key(text, tokens))
}

/// [`listed`] of the tokens `tokens[a..b]` (`listed(text, token_run(tokens, a, b))`).
#[inline]
pub(crate) fn listed_run(text: &str, tokens: &[Token], a: usize, b: usize) -> Listed {
    Listed::of_bits(phrase_bits_run(text, tokens, a, b))
}

/// [`phrase_bits`] of the tokens `tokens[a..b]`. One call in the .wasm, where each rule that asks
/// passed the run through memory.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn phrase_bits_run(text: &str, tokens: &[Token], a: usize, b: usize) -> u32 {
    phrase_bits(text, token_run(tokens, a, b))
}

/// [`list_label`] of the tokens `tokens[a..b]`, one call in the .wasm as [`listed_run`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn list_label_run(
    text: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
) -> Option<crate::entities::Label> {
    list_label(text, token_run(tokens, a, b))
}

/// [`list_label`] of `tokens` and a possessive `'s` after them, for the spaced `Lloyd 's` of
/// tokenised text, whose `'` and `s` are two tokens.
pub(crate) fn list_label_with_s(text: &str, tokens: &[Token]) -> Option<crate::entities::Label> {
    let mut buf = String::new();
    let s = features::low_hash_of("'s", &mut buf);
    let words = tokens
        .iter()
        .map(|t| features::low_hash_of(t.text(text), &mut buf));
    label_of_key(features::phrase_key(words.chain([s])))
}

/// The label the lists give the phrase of gazetteer key `key`.
fn label_of_key(key: u32) -> Option<crate::entities::Label> {
    lexicon::label_of_bits(loaded()?.gazetteer.get(key)?)
}

/// The category bits of the gazetteer key `key` (0 when no list has it or no model is embedded).
pub(crate) fn gazetteer_bits(key: u32) -> u32 {
    loaded().and_then(|l| l.gazetteer.get(key)).unwrap_or(0)
}

/// True when a model is embedded and readable.
pub fn available() -> bool {
    loaded().is_some()
}

/// Tags the document: one BILOU tag per token.
pub(crate) fn tag_doc<S: Scorer>(doc: &DocCtx, scorer: &S) -> Vec<Tag> {
    let mut tags = crate::vecs::filled(Tag::O, doc.toks.len());
    let mut hist = History::default();
    let mut feats = crate::vecs::with_capacity(64);
    let mut emis: Vec<[f32; NT]> = Vec::new();
    let mut outside: Vec<bool> = Vec::new();
    let mut lattice = model::Lattice::new(scorer.transitions(), scorer.starts());
    for &(a, b) in &doc.sents {
        emis.clear();
        outside.clear();
        for i in a..b {
            let mut e = [0f32; NT];
            let o = doc.surely_outside(a, b, i);
            if !o {
                feats.clear();
                doc.features(a, b, i, &hist, &mut feats);
                scorer.emission(&feats, &mut e);
            }
            emis.push(e);
            outside.push(o);
        }
        lattice.decode(&emis, &outside, run_mut(&mut tags, a, b));
        hist.record(doc, a, run(&tags, a, b));
    }
    tags
}

/// Longest stretch of text, in tokens, tagged as one document. Longer texts are tagged in pieces of
/// whole sentences, so memory stays bounded (document-level features then see one piece at a time).
const CHUNK_TOKENS: usize = 20_000;

/// Every name mention the tagger finds in `text` (tokenized as `tokens`, split into `sentences`).
/// Empty when no model is embedded.
pub fn find(text: &str, tokens: &[Token], forms: &Forms, sentences: &[Span]) -> Vec<Candidate> {
    let Some(l) = loaded() else {
        return Vec::new();
    };
    let gaz = |k: u32| l.gazetteer.get(k).unwrap_or(0);
    let mut out = Vec::new();
    let n = tokens.len();
    let mut t0 = 0;
    while t0 < n {
        // Up to CHUNK_TOKENS tokens, cut after the last sentence that ends inside them if there is one.
        let mut t1 = (t0 + CHUNK_TOKENS).min(n);
        if t1 < n {
            let limit = token_at(tokens, t1).span.start;
            let k = ending_by(sentences, limit);
            if k > 0 {
                let cut = starting_before(tokens, crate::vecs::at(sentences, k - 1).end);
                if cut > t0 && cut <= t1 {
                    t1 = cut;
                }
            }
        }
        let piece = token_run(tokens, t0, t1);
        let (first, last) = (
            token_at(piece, 0).span.start,
            token_at(piece, piece.len() - 1).span.end,
        );
        let sa = ending_by(sentences, first);
        let sb = starting_before(sentences, last).max(sa);
        let doc = DocCtx::new(text, piece, (forms, t0), run(sentences, sa, sb), &gaz);
        let tags = tag_doc(&doc, &l.model);
        for (a, b, ty) in spans(&tags) {
            within_sentences(
                text,
                token_run(piece, a, b),
                sentences,
                ty.label(),
                &mut out,
            );
        }
        t0 = t1;
    }
    out
}

/// Pushes the mention made of `toks`, cut at every sentence end and semicolon it crosses: a name
/// never spans two sentences, nor holds a semicolon. Each piece keeps the whole tokens that lie
/// inside one sentence. Punctuation and symbols that cannot belong to a name are dropped from either
/// end (quotes, commas, dashes, U+FFFD...), while brackets, `$`, `.` and `&` stay, as in `Zeleznik
/// ( B )`, `C$` and `Salomon Bros .`. Called from three places: one copy in the .wasm.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn within_sentences(
    text: &str,
    toks: &[Token],
    sentences: &[Span],
    label: Label,
    out: &mut Vec<Candidate>,
) {
    let inner = |t: &Token| {
        matches!(t.kind, TokenKind::Word | TokenKind::Number)
            || matches!(t.text(text).as_bytes(), [b'(' | b')' | b'$' | b'.' | b'&'])
    };
    let Some(first) = toks.iter().position(inner) else {
        return;
    };
    let mut last = toks.iter().rposition(inner).unwrap_or(first);
    // `Austin` `-` `based`: the modifier suffix hyphenated to a name stays outside it.
    while last >= first + 2
        && crate::tokens::is_modifier_suffix(token_at(toks, last).text(text))
        && crate::tokens::is_hyphen_token(token_at(toks, last - 1).text(text))
        && token_at(toks, last - 1).span.end == token_at(toks, last).span.start
        && token_at(toks, last - 2).span.end == token_at(toks, last - 1).span.start
    {
        last -= 2;
    }
    let toks = token_run(toks, first, last + 1);
    let mut i = 0;
    while i < toks.len() {
        let k = ending_by(sentences, token_at(toks, i).span.start);
        let end = sentences.get(k).map_or(usize::MAX, |s| s.end);
        let mut j = i;
        while j < toks.len()
            && token_at(toks, j).span.end <= end
            && !token_at(toks, j).is(text, ";")
        {
            j += 1;
        }
        if j == i {
            // A token straddles the sentence end, or a semicolon, which no name holds (`Kerkez;
            // Gravenberch` in a line-up): it belongs to no piece.
            i += 1;
            continue;
        }
        Candidate::push_to(
            out,
            Span::new(token_at(toks, i).span.start, token_at(toks, j - 1).span.end),
            label,
            Source::Name,
        );
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_cut_at_sentence_ends() {
        let text = "Paris\nLondon Bridge";
        let toks = crate::tokens::tokenize(text);
        let sents = [Span::new(0, 5), Span::new(6, 19)];
        let mut out = Vec::new();
        within_sentences(text, &toks, &sents, Label::Place, &mut out);
        let got: Vec<&str> = out.iter().map(|c| c.span.slice(text)).collect();
        assert_eq!(got, ["Paris", "London Bridge"]);
        let text = "\u{FFFD} \u{201C}Rubio ,";
        let toks = crate::tokens::tokenize(text);
        let mut out = Vec::new();
        within_sentences(
            text,
            &toks,
            &[Span::new(0, text.len())],
            Label::Person,
            &mut out,
        );
        assert_eq!(
            out.iter().map(|c| c.span.slice(text)).collect::<Vec<_>>(),
            ["Rubio"]
        );
    }

    #[test]
    fn random_text_gives_sorted_in_bounds_spans() {
        // Deterministic fuzzing over a palette of awkward characters (xorshift, no dependency).
        let palette: Vec<char> = "aZ É.'’\"“”-—\n\t0 9US$%&()😀\u{0301}中ß İ"
            .chars()
            .collect();
        let mut rng = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..300 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let len = (rng % 120) as usize;
            let s: String = (0..len)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    palette[(rng % palette.len() as u64) as usize]
                })
                .collect();
            let toks = crate::tokens::tokenize(&s);
            let sents: Vec<Span> = crate::sentences::sentences(&s).collect();
            let found = find(&s, &toks, &crate::tokens::Forms::new(&s, &toks), &sents);
            for w in found.windows(2) {
                assert!(w[0].span.end <= w[1].span.start, "{s:?}");
            }
            for c in found {
                assert!(s.get(c.span.start..c.span.end).is_some(), "{s:?}");
            }
        }
    }

    #[test]
    fn long_texts_are_tagged_in_pieces() {
        // Far more tokens than one piece, with and without sentence ends.
        let one = "Marco Rubio met Claudia Sheinbaum in Mexico City on Monday. ";
        for text in [one.repeat(2_000), one.replace('.', ",").repeat(2_000)] {
            let toks = crate::tokens::tokenize(&text);
            assert!(toks.len() > CHUNK_TOKENS);
            let sents: Vec<Span> = crate::sentences::sentences(&text).collect();
            let found = find(
                &text,
                &toks,
                &crate::tokens::Forms::new(&text, &toks),
                &sents,
            );
            assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
            if available() {
                let people = found.iter().filter(|c| c.label == Label::Person).count();
                assert!(people >= 3_000, "{people}");
            }
        }
    }

    #[test]
    fn odd_inputs_never_panic() {
        for s in [
            "",
            " ",
            "\u{FFFD}",
            "A",
            "Ünïcödé NAMES 😀 in CAPS",
            "a\n\nB C D",
        ] {
            let toks = crate::tokens::tokenize(s);
            let sents: Vec<Span> = crate::sentences::sentences(s).collect();
            for c in find(s, &toks, &crate::tokens::Forms::new(s, &toks), &sents) {
                assert!(s.get(c.span.start..c.span.end).is_some());
            }
        }
    }
}
