//! A US state or Canadian province abbreviated after a town, as US and Canadian news write it
//! (`MONTPELIER, Vt. (AP)`, `in Bend, Ore., on Monday`, `Prince Rupert, B.C.`): the abbreviation is a
//! place. The tagger reads most of them so, but a document's other evidence could turn the
//! abbreviation's mentions into a person (`Vt.` read as an initial), which no town's state is.

use super::{Candidate, Label, Source};
use crate::text::{find_any, tail, Span};

crate::word_list::word_lists! {
    /// The Associated Press's abbreviations of US states (its stylebook's list; the eight states it
    /// writes in full are no abbreviation) and Canadian Press's of Canadian provinces.
    const STATE_ABBREVIATIONS = "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. \
        Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. \
        R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. B.C. Alta. Sask. Man. Ont. Que. N.B. \
        N.S. P.E.I. Nfld.";
}

/// The abbreviation that follows the place `place` after a comma and a space, if one does and ends
/// a word there (`, Vt.` and a space, a comma or a bracket; not `, Mass.-based`).
fn state_after(text: &str, place: Span) -> Option<Span> {
    let rest = tail(text, place.end).strip_prefix(", ")?;
    let len = find_any(rest, &[' ', ',', ')', ';', '\n']).unwrap_or(rest.len());
    let word = rest.get(..len)?;
    STATE_ABBREVIATIONS.contains(word).then(|| {
        let start = place.end + 2;
        Span::new(start, start + len)
    })
}

/// Labels each state or province abbreviated after a place a place, through
/// [`super::put_names`] (a mention of the abbreviation alone gives way; one that runs on past it,
/// `Mass.-based`, is not touched). `found` is sorted and disjoint, and stays so.
pub(crate) fn label_state_abbreviations(text: &str, found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for c in found.iter().filter(|c| c.label == Label::Place) {
        if let Some(state) = state_after(text, c.span) {
            Candidate::push_to(&mut add, state, Label::Place, Source::Name);
        }
    }
    // Only where the abbreviation is not a place already (`found` is sorted: the first mention
    // ending past the abbreviation's start is the one that could be it).
    crate::vecs::retain(&mut add, |n| {
        !found
            .get(crate::text::ending_by(found, n.span.start))
            .is_some_and(|c| c.span == n.span && c.label == Label::Place)
    });
    super::put_names(text, found, add);
}

#[cfg(test)]
mod tests {
    use super::state_after;
    use crate::text::Span;

    #[test]
    fn a_state_after_a_town() {
        let text =
            "MONTPELIER, Vt. (AP) and Bend, Ore., and Victoria, B.C. and Canton, Mass.-based";
        let at = |s: &str| {
            let start = text.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        let slice = |p: &str| state_after(text, at(p)).map(|s| s.slice(text).to_string());
        assert_eq!(slice("MONTPELIER").as_deref(), Some("Vt."));
        assert_eq!(slice("Bend").as_deref(), Some("Ore."));
        assert_eq!(slice("Victoria").as_deref(), Some("B.C."));
        assert_eq!(slice("Canton"), None);
        // At the text's end.
        let text = "They met in Salem, Ore.";
        assert_eq!(
            state_after(text, Span::new(12, 17)).map(|s| s.slice(text)),
            Some("Ore.")
        );
        assert_eq!(state_after("Salem, Oregon", Span::new(0, 5)), None);
    }
}
