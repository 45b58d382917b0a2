//! The part-of-speech tag set: the Penn Treebank's 45 tags (Marcus, Santorini & Marcinkiewicz 1993,
//! "Building a large annotated corpus of English: the Penn Treebank"), as an enum.
//!
//! The training corpora write a few tags their own way; [`Pos::parse`] folds them in: CoNLL-2003's
//! `"` (either quote) and `NN|SYM`, and the bracket and hyphen tags of later Treebank releases
//! (`-LRB-`, `-RRB-`, `HYPH`, `NFP`). The tagger predicts one class for both quotes (the corpora do not
//! agree on them, and whether a quote opens or closes is a matter of spacing, not of grammar); the
//! tagger then picks ``` `` ``` or `''` by the quote's position ([`Pos::OpenQuote`]).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Penn Treebank part-of-speech tag. [`Pos::as_str`] gives the Treebank's name (`NN`, `VBD`, `PRP$`);
/// that name is also how a tag serialises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Pos {
    /// `CC` coordinating conjunction: and, but, or.
    CoordConj,
    /// `CD` cardinal number: 3, 1996, million.
    Cardinal,
    /// `DT` determiner: the, a, this, no.
    Determiner,
    /// `EX` existential there.
    Existential,
    /// `FW` foreign word.
    Foreign,
    /// `IN` preposition or subordinating conjunction: of, in, that, because.
    Preposition,
    /// `JJ` adjective.
    Adjective,
    /// `JJR` comparative adjective: bigger.
    AdjectiveComparative,
    /// `JJS` superlative adjective: biggest.
    AdjectiveSuperlative,
    /// `LS` list item marker.
    ListMarker,
    /// `MD` modal: can, will, would.
    Modal,
    /// `NN` singular or mass noun.
    Noun,
    /// `NNS` plural noun.
    NounPlural,
    /// `NNP` singular proper noun.
    ProperNoun,
    /// `NNPS` plural proper noun.
    ProperNounPlural,
    /// `PDT` predeterminer: all (the), both, half.
    Predeterminer,
    /// `POS` possessive ending: 's.
    Possessive,
    /// `PRP` personal pronoun: he, they, it.
    Pronoun,
    /// `PRP$` possessive pronoun: his, their.
    PossessivePronoun,
    /// `RB` adverb.
    Adverb,
    /// `RBR` comparative adverb.
    AdverbComparative,
    /// `RBS` superlative adverb.
    AdverbSuperlative,
    /// `RP` particle: (give) up.
    Particle,
    /// `SYM` symbol.
    Symbol,
    /// `TO` to.
    To,
    /// `UH` interjection.
    Interjection,
    /// `VB` verb, base form.
    Verb,
    /// `VBD` verb, past tense.
    VerbPast,
    /// `VBG` verb, gerund or present participle.
    VerbGerund,
    /// `VBN` verb, past participle.
    VerbPastParticiple,
    /// `VBP` verb, present tense, not third person singular.
    VerbPresent,
    /// `VBZ` verb, present tense, third person singular.
    VerbPresent3rd,
    /// `WDT` wh-determiner: which, that.
    WhDeterminer,
    /// `WP` wh-pronoun: who, what.
    WhPronoun,
    /// `WP$` possessive wh-pronoun: whose.
    WhPossessive,
    /// `WRB` wh-adverb: when, where, how.
    WhAdverb,
    /// `$` currency sign.
    Currency,
    /// `#` pound sign.
    Pound,
    /// `''` closing quote (and the tagger's class for every quote).
    CloseQuote,
    /// `(` opening bracket.
    OpenBracket,
    /// `)` closing bracket.
    CloseBracket,
    /// `,` comma.
    Comma,
    /// `.` sentence-final punctuation: . ! ?
    Final,
    /// `:` colon, semicolon, dash, ellipsis.
    Colon,
    /// ``` `` ``` opening quote (chosen after tagging, by the quote's position).
    OpenQuote,
}

/// Classes the tagger predicts: every tag but [`Pos::OpenQuote`] (see the module docs).
pub(crate) const NT: usize = 44;

crate::word_list::word_lists! {
    const NAMES = "CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH \
        VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB $ # '' ( ) , . : ``";
}

impl Pos {
    /// Every tag, in index order.
    pub const ALL: [Pos; 45] = [
        Pos::CoordConj,
        Pos::Cardinal,
        Pos::Determiner,
        Pos::Existential,
        Pos::Foreign,
        Pos::Preposition,
        Pos::Adjective,
        Pos::AdjectiveComparative,
        Pos::AdjectiveSuperlative,
        Pos::ListMarker,
        Pos::Modal,
        Pos::Noun,
        Pos::NounPlural,
        Pos::ProperNoun,
        Pos::ProperNounPlural,
        Pos::Predeterminer,
        Pos::Possessive,
        Pos::Pronoun,
        Pos::PossessivePronoun,
        Pos::Adverb,
        Pos::AdverbComparative,
        Pos::AdverbSuperlative,
        Pos::Particle,
        Pos::Symbol,
        Pos::To,
        Pos::Interjection,
        Pos::Verb,
        Pos::VerbPast,
        Pos::VerbGerund,
        Pos::VerbPastParticiple,
        Pos::VerbPresent,
        Pos::VerbPresent3rd,
        Pos::WhDeterminer,
        Pos::WhPronoun,
        Pos::WhPossessive,
        Pos::WhAdverb,
        Pos::Currency,
        Pos::Pound,
        Pos::CloseQuote,
        Pos::OpenBracket,
        Pos::CloseBracket,
        Pos::Comma,
        Pos::Final,
        Pos::Colon,
        Pos::OpenQuote,
    ];

    /// The Penn Treebank name: `NN`, `VBD`, `PRP$`, `''`.
    pub fn as_str(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Reads a Penn Treebank tag, or one of the corpora's variants (`"`, `NN|SYM`, `-LRB-`, `HYPH`);
    /// `None` for anything else.
    pub fn parse(s: &str) -> Option<Pos> {
        if let Some(i) = NAMES.position(s) {
            return Some(Pos::ALL[i]);
        }
        Some(match s {
            "\"" => Pos::CloseQuote,
            "-LRB-" | "-LCB-" | "-LSB-" => Pos::OpenBracket,
            "-RRB-" | "-RCB-" | "-RSB-" => Pos::CloseBracket,
            "HYPH" | "NFP" => Pos::Colon,
            "ADD" | "AFX" | "XX" => Pos::Symbol,
            s if s.contains('|') => return s.split('|').next().and_then(Pos::parse),
            _ => return None,
        })
    }

    /// The tag's position in [`Pos::ALL`].
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training and scoring
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The tag of a tagger class (`0..NT`).
    pub(crate) fn from_class(k: usize) -> Pos {
        Pos::ALL[k.min(NT - 1)]
    }

    /// The tagger class of a tag: both quotes are one class.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training and scoring
    pub(crate) fn class(self) -> usize {
        match self {
            Pos::OpenQuote => Pos::CloseQuote.index(),
            p => p.index(),
        }
    }

    /// `NN`, `NNS`, `NNP` or `NNPS`.
    pub fn is_noun(self) -> bool {
        matches!(
            self,
            Pos::Noun | Pos::NounPlural | Pos::ProperNoun | Pos::ProperNounPlural
        )
    }

    /// `NNP` or `NNPS`.
    pub fn is_proper_noun(self) -> bool {
        matches!(self, Pos::ProperNoun | Pos::ProperNounPlural)
    }

    /// `JJ`, `JJR` or `JJS`.
    pub fn is_adjective(self) -> bool {
        matches!(
            self,
            Pos::Adjective | Pos::AdjectiveComparative | Pos::AdjectiveSuperlative
        )
    }

    /// This tag's bit in a set of tags, as [`crate::pos::known_tags`] gives a word's.
    pub(crate) const fn bit(self) -> u64 {
        1 << self as u32
    }

    /// The set of the tags that `test` accepts, as [`Pos::bit`]s.
    pub(crate) fn mask(test: impl Fn(Pos) -> bool) -> u64 {
        Pos::ALL
            .iter()
            .filter(|&&p| test(p))
            .fold(0, |m, &p| m | p.bit())
    }

    /// A verb form (`VB`, `VBD`, `VBG`, `VBN`, `VBP`, `VBZ`) or a modal (`MD`).
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Pos::Verb
                | Pos::VerbPast
                | Pos::VerbGerund
                | Pos::VerbPastParticiple
                | Pos::VerbPresent
                | Pos::VerbPresent3rd
                | Pos::Modal
        )
    }

    /// Punctuation tags (quotes, brackets, `,`, `.`, `:`).
    pub fn is_punctuation(self) -> bool {
        matches!(
            self,
            Pos::CloseQuote
                | Pos::OpenQuote
                | Pos::OpenBracket
                | Pos::CloseBracket
                | Pos::Comma
                | Pos::Final
                | Pos::Colon
        )
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Pos {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Pos {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pos, D::Error> {
        let s = String::deserialize(d)?;
        Pos::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown part-of-speech tag {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_class_mask_names_the_open_classes() {
        let open = [
            "CD", "FW", "JJ", "JJR", "JJS", "LS", "NN", "NNS", "NNP", "NNPS", "RB", "RBR", "RBS",
            "SYM", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
        ];
        let mask = open.iter().fold(0u64, |m, n| {
            let k = NAMES.iter().position(|x| x == n).expect("a tag name");
            m | 1 << k
        });
        assert_eq!(mask, super::super::lexicon::OPEN);
    }

    #[test]
    fn names_round_trip_and_variants_fold() {
        for (i, p) in Pos::ALL.iter().enumerate() {
            assert_eq!(p.index(), i);
            assert_eq!(Pos::parse(p.as_str()), Some(*p));
        }
        assert_eq!(Pos::parse("\""), Some(Pos::CloseQuote));
        assert_eq!(Pos::parse("NN|SYM"), Some(Pos::Noun));
        assert_eq!(Pos::parse("-LRB-"), Some(Pos::OpenBracket));
        assert_eq!(Pos::parse("nn"), None);
        assert_eq!(Pos::OpenQuote.class(), Pos::CloseQuote.class());
        assert!(Pos::ALL.iter().all(|p| p.class() < NT));
        assert_eq!(Pos::from_class(Pos::Verb.class()), Pos::Verb);
        assert_eq!(
            serde_json::to_string(&Pos::PossessivePronoun).unwrap(),
            "\"PRP$\""
        );
        assert_eq!(
            serde_json::from_str::<Pos>("\"VBD\"").unwrap(),
            Pos::VerbPast
        );
    }
}
