//! The user's gazetteer: phrases that must be tagged with a given label, whatever the model says.
//!
//! Entries are split with the same tokenizer as the text and match whole tokens (`ECB` never matches
//! inside `ECBX`; `ECB's` matches `ECB`, since the possessive is a token of its own). Where entries
//! match at one place the longest wins, and a gazetteer mention beats any model mention it overlaps
//! (see [`super::resolve`]).
//!
//! Case follows what the user wrote, as a reader would expect:
//! - a word written in lower case matches in any case (`ecb` matches `ECB`, `Ecb`, `ecb`);
//! - a word with a capital matches as written, or in full capitals as in a headline
//!   (`European Central Bank` matches `EUROPEAN CENTRAL BANK` but not `european central bank`);
//! - so an acronym (`ECB`, `US`) matches only itself in capitals, and `US` never tags the pronoun `us`,
//!   nor `Apple` the fruit `apple`.
//!
//! When two entries have the same text, the later one's label counts.

use crate::model::pooled::PooledMap;

use serde::{Deserialize, Serialize};

use super::{Candidate, Label, Source};
use crate::case::{lowercase, to_upper};
use crate::text::{
    any_char, chars, ending_by, is_alpha, is_lower, is_upper, starting_before, Span,
};
use crate::tokens::{token_at, token_run, tokenize, Forms, Token};

/// One user entry: a phrase and the label it gets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GazetteerEntry {
    /// The phrase, as it is written (`"European Central Bank"`).
    pub text: String,
    /// The label every occurrence gets.
    pub label: Label,
}

/// One compiled entry: its tokens as written and the label.
#[derive(Clone, Debug)]
struct Entry {
    words: Vec<String>,
    label: Label,
}

/// A compiled gazetteer: entries indexed by their first token in lower case.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    by_first: PooledMap<Vec<Entry>>,
}

/// True when the text token `got` matches the entry word `want` (see the module docs on case).
fn word_matches(want: &str, got: &str) -> bool {
    if want == got {
        return true;
    }
    if !any_char(want, is_upper) {
        return want == lowercase(got);
    }
    // A headline in capitals: every letter of the text token is upper case.
    any_char(got, is_alpha)
        && !any_char(got, is_lower)
        // `want.to_uppercase()` (str::to_uppercase maps each char alone), built into a string and
        // compared, where comparing it as it is produced brought the iterator's `eq` loop.
        && {
            let mut upper = String::new();
            for c in chars(want) {
                for u in to_upper(c) {
                    crate::vecs::push_char(&mut upper, u);
                }
            }
            upper == got
        }
}

impl Gazetteer {
    /// Compiles `entries`; entries whose text holds no token are skipped.
    pub fn new(entries: &[GazetteerEntry]) -> Self {
        let mut by_first: PooledMap<Vec<Entry>> = PooledMap::default();
        for e in entries {
            let entry_tokens = tokenize(&e.text);
            let mut words: Vec<String> = crate::vecs::with_capacity(entry_tokens.len());
            for t in &entry_tokens {
                crate::vecs::push(&mut words, crate::vecs::to_string(t.text(&e.text)));
            }
            let Some(first) = words.first().map(|w| lowercase(w)) else {
                continue;
            };
            let list = by_first.get_or_insert_with(&first, Vec::new);
            crate::vecs::retain(list, |old| old.words != words);
            crate::vecs::push(
                list,
                Entry {
                    words,
                    label: e.label,
                },
            );
        }
        for list in by_first.values_mut() {
            // Longest first; the sort is stable, so among equals the later entry stays later.
            crate::sort::sort_by(list, |a, b| b.words.len().cmp(&a.words.len()));
        }
        Gazetteer { by_first }
    }

    /// True when the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every match in `text` (longest at each place; matches do not overlap, and never cross the end
    /// of one of `sentences`, so that a mention lies inside its sentence); `forms` are the tokens'.
    pub fn find(
        &self,
        text: &str,
        tokens: &[Token],
        forms: &Forms,
        sentences: &[Span],
    ) -> Vec<Candidate> {
        if self.is_empty() {
            return Vec::new();
        }
        self.find_with(text, tokens, forms, sentences, |_, _| None)
    }

    /// [`Gazetteer::find`] with more entries that `extra` matches: given a token's index and the end
    /// (a byte offset) its match must not pass, the number of tokens and the label of its longest
    /// match there. The longer match wins; a tie goes to `extra`, as to a later entry.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub(crate) fn find_with(
        &self,
        text: &str,
        tokens: &[Token],
        forms: &Forms,
        sentences: &[Span],
        extra: impl FnMut(usize, usize) -> Option<(usize, Label)>,
    ) -> Vec<Candidate> {
        #[cfg(target_arch = "wasm32")]
        let mut extra = extra;
        #[cfg(target_arch = "wasm32")]
        let extra: &mut dyn FnMut(usize, usize) -> Option<(usize, Label)> = &mut extra;
        self.find_extra(text, tokens, forms, sentences, extra)
    }

    /// [`Gazetteer::find_with`]; in the .wasm one copy, `extra` behind `&mut dyn`.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn find_extra(
        &self,
        text: &str,
        tokens: &[Token],
        forms: &Forms,
        sentences: &[Span],
        mut extra: impl FnMut(usize, usize) -> Option<(usize, Label)>,
    ) -> Vec<Candidate> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut sentence = 0;
        // The entries that open with each spelling's lower-case form, looked up once per spelling
        // (`None`: not yet).
        let mut by_spelling: Vec<Option<Option<&Vec<Entry>>>> =
            crate::vecs::filled(None, forms.spellings());
        while i < tokens.len() {
            let start = token_at(tokens, i).span.start;
            while sentences.get(sentence).is_some_and(|s| s.end <= start) {
                sentence += 1;
            }
            // The match must end by the end of the sentence that holds its first token.
            let limit = sentences.get(sentence).map_or(text.len(), |s| s.end);
            // The first token in lower case: an ASCII one without a backtick (nearly every one)
            // has it in `forms`, which fold only quotes and backticks beyond lower-casing.
            let lookup = || {
                let word = token_at(tokens, i).text(text);
                let owned;
                let first = if crate::tokens::plain_ascii(word) {
                    forms.lower(i)
                } else {
                    owned = lowercase(word);
                    owned.as_str()
                };
                self.by_first.get(first)
            };
            // A spelling is one text, so its entries are the same at each of its tokens.
            let entries = crate::vecs::memo(
                forms
                    .spelling(i)
                    .and_then(|id| by_spelling.get_mut(id.index())),
                lookup,
            );
            let mut matched = None;
            if let Some(list) = entries {
                for entry in list {
                    let n = entry.words.len();
                    if i + n <= tokens.len()
                        && token_at(tokens, i + n - 1).span.end <= limit
                        && entry
                            .words
                            .iter()
                            .zip(token_run(tokens, i, i + n))
                            .all(|(w, t)| word_matches(w, t.text(text)))
                    {
                        matched = Some((n, entry.label));
                        break;
                    }
                }
            }
            if let Some((n, label)) = extra(i, limit) {
                if n > 0 && matched.is_none_or(|(m, _)| n >= m) {
                    matched = Some((n, label));
                }
            }
            if let Some((n, label)) = matched {
                let span = Span::new(
                    token_at(tokens, i).span.start,
                    token_at(tokens, i + n - 1).span.end,
                );
                Candidate::push_to(&mut out, span, label, Source::Gazetteer);
            }
            i += matched.map_or(1, |(n, _)| n);
        }
        out
    }
}

/// The parts of model mentions left outside the gazetteer's matches.
///
/// A gazetteer match beats any model mention it overlaps; so that the rest of that mention is not lost
/// (`ECB President Christine Lagarde` with the entry `ECB`), each overlapped name mention is cut into
/// the runs of its tokens outside every match, each trimmed to start and end on a word that starts
/// with a capital letter or a digit (so `'s` and `of` fall away). The pieces keep the mention's label
/// and source. `gazetteer` holds the matches, sorted and disjoint (as [`Gazetteer::find`] returns them).
pub fn remainders(
    text: &str,
    tokens: &[Token],
    gazetteer: &[Candidate],
    mentions: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    if gazetteer.is_empty() {
        return out;
    }
    let inside = |span: Span| {
        let k = ending_by(gazetteer, span.start);
        gazetteer.get(k).is_some_and(|g| g.span.overlaps(&span))
    };
    let good = |t: &Token| {
        chars(t.text(text))
            .next()
            .is_some_and(|c| is_upper(c) || c.is_ascii_digit())
    };
    for m in mentions {
        if !m.label.is_name() || !inside(m.span) {
            continue;
        }
        let first = starting_before(tokens, m.span.start);
        let last = ending_by(tokens, m.span.end);
        let mut piece: Vec<&Token> = Vec::new();
        let mut flush = |piece: &mut Vec<&Token>| {
            while piece.first().is_some_and(|t| !good(t)) {
                piece.remove(0);
            }
            while piece.last().is_some_and(|t| !good(t)) {
                piece.pop();
            }
            if let (Some(a), Some(b)) = (piece.first(), piece.last()) {
                Candidate::push_to(
                    &mut out,
                    Span::new(a.span.start, b.span.end),
                    m.label,
                    m.source,
                );
            }
            piece.clear();
        };
        for t in token_run(tokens, first, last.max(first)) {
            if inside(t.span) {
                flush(&mut piece);
            } else {
                crate::vecs::push(&mut piece, t);
            }
        }
        flush(&mut piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_match_as_str_to_uppercase_says() {
        let words = [
            "Straße",
            "ﬁnance",
            "Ǆemal",
            "Ωmega",
            "İstanbul",
            "Müller",
            "ŉ",
            "ABC",
            "x",
        ];
        for want in words {
            for got in words
                .iter()
                .map(|w| w.to_uppercase())
                .chain(words.map(String::from))
            {
                let by_str = want == got
                    || (got.chars().any(char::is_alphabetic)
                        && !got.chars().any(char::is_lowercase)
                        && got == want.to_uppercase());
                if want.chars().any(char::is_uppercase) {
                    assert_eq!(word_matches(want, &got), by_str, "{want} {got}");
                }
            }
        }
    }

    #[test]
    fn matches_stay_inside_a_sentence() {
        let g = Gazetteer::new(&[GazetteerEntry {
            text: "good. Northwind".into(),
            label: Label::Org,
        }]);
        let text = "It was good. Northwind grew. Said good. Northwind";
        let tokens = tokenize(text);
        let forms = Forms::new(text, &tokens);
        let sentences: Vec<Span> = crate::sentences::sentences(text).collect();
        assert!(g.find(text, &tokens, &forms, &sentences).is_empty());
        // One sentence: the phrase matches.
        let whole = [Span::new(0, text.len())];
        assert_eq!(g.find(text, &tokens, &forms, &whole).len(), 2);
    }

    #[test]
    fn case_rule() {
        assert!(word_matches("ECB", "ECB"));
        assert!(!word_matches("ECB", "ecb") && !word_matches("ECB", "Ecb"));
        assert!(word_matches("ecb", "ECB") && word_matches("ecb", "Ecb"));
        assert!(word_matches("Bank", "BANK") && !word_matches("Bank", "bank"));
        assert!(!word_matches("US", "us") && !word_matches("Apple", "apple"));
    }

    fn entry(text: &str, label: Label) -> GazetteerEntry {
        GazetteerEntry {
            text: text.into(),
            label,
        }
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<(String, Label)> {
        let tokens = tokenize(text);
        g.find(
            text,
            &tokens,
            &Forms::new(text, &tokens),
            &[Span::new(0, text.len())],
        )
        .iter()
        .map(|c| (crate::vecs::to_string(c.span.slice(text)), c.label))
        .collect()
    }

    #[test]
    fn whole_tokens_longest_first_possessives() {
        let g = Gazetteer::new(&[
            entry("ECB", Label::Org),
            entry("European Central Bank", Label::Org),
            entry("European", Label::Misc),
        ]);
        let text =
            "The ECB's chief, not ECBX or ecb: the European Central Bank and European banks.";
        let got = found(&g, text);
        let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["ECB", "European Central Bank", "European"]);
        assert_eq!(
            found(&g, "EUROPEAN CENTRAL BANK RAISES RATES")[0].0,
            "EUROPEAN CENTRAL BANK"
        );
    }

    #[test]
    fn later_entries_override_earlier_ones() {
        let g = Gazetteer::new(&[entry("Apple", Label::Misc), entry("Apple", Label::Org)]);
        assert_eq!(
            found(&g, "Apple rose."),
            [("Apple".to_string(), Label::Org)]
        );
        assert!(found(&g, "an apple a day").is_empty());
        assert!(Gazetteer::new(&[entry("  ", Label::Org)]).is_empty());
    }

    #[test]
    fn the_rest_of_an_overridden_mention_survives() {
        let g = Gazetteer::new(&[entry("ECB", Label::Org)]);
        let text = "ECB President Christine Lagarde met the ECB's Lagarde of Paris.";
        let toks = tokenize(text);
        let forms = Forms::new(text, &toks);
        let gaz = g.find(text, &toks, &forms, &[Span::new(0, text.len())]);
        let name = |s: &str| {
            let start = text.find(s).unwrap();
            Candidate {
                span: Span::new(start, start + s.len()),
                label: Label::Person,
                source: Source::Name,
            }
        };
        let got: Vec<&str> = remainders(
            text,
            &toks,
            &gaz,
            &[
                name("ECB President Christine Lagarde"),
                name("ECB's Lagarde of Paris"),
                name("Christine"),
            ],
        )
        .iter()
        .map(|c| c.span.slice(text))
        .collect();
        assert_eq!(got, ["President Christine Lagarde", "Lagarde of Paris"]);
    }

    #[test]
    fn overrides_the_model_in_an_analysis() {
        let opts = crate::Options {
            gazetteer: vec![
                entry("Rio Grande", Label::Place),
                entry("tuesday", Label::Misc),
                entry("water deal", Label::Misc),
            ],
            ..crate::Options::default()
        };
        let text = "Farmers along the Rio Grande signed the water deal on Tuesday. The Rio Grande's flow fell.";
        let a = crate::Analyzer::new(opts).analyze(text);
        let get = |s: &str| {
            a.entities
                .iter()
                .filter(|e| e.text == s)
                .map(|e| e.label)
                .collect::<Vec<_>>()
        };
        assert_eq!(get("Rio Grande"), [Label::Place, Label::Place]);
        assert_eq!(get("Tuesday"), [Label::Misc]);
        assert_eq!(get("water deal"), [Label::Misc]);
        let g = &a.groups[a
            .entities
            .iter()
            .find(|e| e.text == "Rio Grande")
            .unwrap()
            .group];
        assert_eq!(g.mentions, 2);
    }
}
