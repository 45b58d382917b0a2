//! Acronyms of common nouns are no names: `gross domestic product (GDP)`, `an initial public
//! offering (IPO)`, `the purchasing managers' index (PMI)`. CoNLL-2003 marks `GDP` in none of its
//! 11 uses in train and dev; OntoNotes leaves such acronyms out too. Nor is a funding round
//! (`Series B`).

use super::Candidate;
use crate::text::all_bytes;
use crate::tokens::{token_is, token_text, Token};

crate::word_list::word_lists! {
    /// Words that end a disease's name before its acronym in brackets.
    const DISEASE_WORDS = "disease encephalopathy syndrome";
    /// Acronyms that name no one, wherever they stand: gross domestic or national product, initial
    /// public offering, value added tax, identity (`ID cards`, `photo ID`: CoNLL-2003 and the
    /// self-written sets leave it unmarked 3 times of 3), members of parliament and television
    /// (CoNLL-2003 leaves `MPs` and `TV` alone unmarked 5 times of 5), and the everyday things of
    /// technology, medicine and business (`SMS`, `GPU`, `DVD`, `SUV`, `IVF`, `CFO`; wikigold leaves
    /// `CD` and `SUV` unmarked 6 times of 6, the self-written sets `SUV` and `MPs` 11 times of 11),
    /// and sport's knockouts, earned run averages and runs batted in and a police unit's `SWAT`
    /// (wikigold and the sets leave `KO`, `KOs`, `RBIs` and `SWAT` unmarked 18 times of 18, `ERA`
    /// 18 times of 24, the others MISC).
    const ALWAYS_COMMON = "GDP GNP IPO IPOs VAT ID MP MPs TV HD CD CDs DVD DVDs HDTV SMS MMS RSS RFID GPU GPUs CPU CPUs \
        LLM LLMs VPN VPNs PDF SIM IP P2P SUV SUVs IVF MRI ICU CPR CFO COO AGM FDI KO KOs ERA RBIs SWAT \
        ICBM ICBMs";
    /// Acronyms of a field or a trade that follow a nationality before a common noun (`a European
    /// AI company`, `the Indian IT giant`).
    const FIELD_ACRONYMS = "AI IT EV EVs TV VR";
}

/// Drops the name mentions that are only an acronym of common nouns: one of [`ALWAYS_COMMON`], or
/// one that the text spells out in lower case right before it in brackets (`producer price index
/// (PPI)`), wherever it stands in the text (`The PPI rose`). An acronym spelt out in capitals stays
/// (`Pensions Policy Institute (PPI)`), and so does a disease's (`BSE`).
pub(super) fn drop(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    without_field_acronyms(text, found);
    let (defined, diseases) = lower_case_definitions(text, tokens);
    crate::vecs::retain(found, |c| {
        let s = c.span.slice(text);
        !(c.label.is_name()
            && (ALWAYS_COMMON.contains(&s) || defined.contains(&s) || is_funding_round(s)))
    });
    // A disease's acronym is MISC wherever it stands (`bovine spongiform encephalopathy (BSE)`,
    // `BSE was first found`), as CoNLL-2003 marks `BSE` 11 times of 11 in train, where the tagger
    // may read the capitals as an organisation's.
    for c in found.iter_mut() {
        if c.label.is_name() && diseases.contains(&c.span.slice(text)) {
            c.label = super::Label::Misc;
        }
    }
}

/// True for a start-up's funding round by its letter (`Series B`, `Series F`): no name, as the
/// self-written sets leave all 4 unmarked.
fn is_funding_round(s: &str) -> bool {
    s.strip_prefix("Series ")
        .is_some_and(|l| l.len() == 1 && l.as_bytes()[0].is_ascii_uppercase())
}

/// Ends a name mention of a nationality and a field's acronym before a lower-case word at the
/// nationality, a MISC name (`a European AI company`, `the Indian IT giant`: the self-written sets
/// mark the nationality alone 7 times of 7); `Mistral AI said`, which opens with no nationality,
/// stays whole.
fn without_field_acronyms(text: &str, found: &mut [Candidate]) {
    for c in found.iter_mut() {
        let s = c.span.slice(text);
        let Some((nationality, acronym)) = crate::text::split_once_char(s, ' ') else {
            continue;
        };
        let lower_after = crate::text::tail(text, c.span.end)
            .strip_prefix(' ')
            .is_some_and(|r| crate::text::starts_by(r, crate::text::is_lower));
        if c.label.is_name()
            && lower_after
            && FIELD_ACRONYMS.contains(&acronym)
            && super::tagger::lexicon::is_nationality(nationality)
        {
            c.span = crate::text::Span::new(c.span.start, c.span.start + nationality.len());
            c.label = super::Label::Misc;
        }
    }
}

/// The acronyms written in brackets right after lower-case words whose first letters spell them:
/// those of common nouns, then those of diseases (the words end in one of [`DISEASE_WORDS`]).
fn lower_case_definitions<'a>(text: &'a str, tokens: &[Token]) -> (Vec<&'a str>, Vec<&'a str>) {
    let (mut out, mut diseases): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for k in 1..tokens.len() {
        // Natively its first byte before its text is cut out (an acronym is in capitals).
        if !crate::tokens::may_start(text, tokens, k, |b| b.is_ascii_uppercase()) {
            continue;
        }
        let acr = token_text(text, tokens, k);
        // The acronym's own tests first: most tokens fail them at their first byte.
        if !(2..=6).contains(&acr.len())
            || !all_bytes(acr, |b| b.is_ascii_uppercase())
            || !token_is(text, tokens, k - 1, "(")
            || !token_is(text, tokens, k + 1, ")")
            || out.contains(&acr)
        {
            continue;
        }
        let n = acr.len();
        let Some(first) = (k - 1).checked_sub(n) else {
            continue;
        };
        let spelt = (first..k - 1).zip(acr.bytes()).all(|(i, letter)| {
            let w = token_text(text, tokens, i);
            w.bytes().next() == Some(letter.to_ascii_lowercase())
                && all_bytes(w, |b| b.is_ascii_lowercase() || b == b'\'' || b == b'-')
        });
        // A disease's acronym is a name (`bovine spongiform encephalopathy (BSE)`: CoNLL-2003
        // marks `BSE` MISC 11 times of 11 in train, `AIDS` and `CJD` too).
        let disease = DISEASE_WORDS.has_token(text, tokens, k - 2);
        if spelt && !disease {
            crate::vecs::push(&mut out, acr);
        } else if spelt && !diseases.contains(&acr) {
            crate::vecs::push(&mut diseases, acr);
        }
    }
    (out, diseases)
}
