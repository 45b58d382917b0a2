//! A US lawmaker's party and state in brackets after the name, as US news writes them (`Sen. Mark
//! Kelly (D-Ariz.)`, `Rep. Chip Roy (R-Texas)`, `Sen. Bernie Sanders (I-Vt.)`): the state is a place,
//! with its abbreviation's full stop, and the party's letter is no name. The tagger read the pair
//! as one name of any label (`R-Iowa` ORG, `D-Calif` MISC).

use super::{Candidate, Label, Source};
use crate::text::{all_char, is_alpha, is_upper, starts_by, tail, Span};

/// The place inside a `(D-State)` label right after `person`'s name: the span of the state, and
/// the span of the label's inside (the party's letter, its hyphen and the state).
fn party_state(text: &str, person: Span) -> Option<(Span, Span)> {
    let inner = tail(text, person.end).strip_prefix(" (")?;
    let b = inner.as_bytes();
    if b.len() < 4 || !matches!(b[0], b'D' | b'R' | b'I') || b[1] != b'-' {
        return None;
    }
    // The bracket closes within the few bytes a state takes (a text of open brackets costs no
    // scan to its end at each).
    let close = inner.bytes().take(24).position(|c| c == b')')?;
    let state = inner.get(2..close)?;
    let ok = starts_by(state, is_upper)
        && state.len() <= 16
        && all_char(state, |c| {
            is_alpha(c) || c == '.' || c == ' ' || c.is_ascii_digit()
        });
    // A council's seat for the whole county is no place (`Phyllis J. Randall (D-At Large)`): an
    // empty state.
    let at_large = crate::text::eq_ignore_case(state.as_bytes(), b"at large");
    let open = person.end + 2;
    let start = if at_large { open + close } else { open + 2 };
    ok.then(|| {
        (
            Span::new(start, open + close),
            Span::new(open, open + close),
        )
    })
}

crate::word_list::word_lists! {
    /// Parties' short forms in a British or Irish councillor's bracket (`Cllr Gareth Pryce (Lab,
    /// Splott)`).
    const COUNCIL_PARTIES = "Lab Con LD SNP SF FF FG Green Greens Ind DUP UUP SDLP PC Reform Alliance";
}

/// A councillor's party and ward in brackets right after `person`'s name (`(Lab, Splott)`, `(SF,
/// Ballymun-Finglas)`): the party's short form and the ward.
fn council_party(text: &str, person: Span) -> Option<(Span, Span)> {
    let inner = tail(text, person.end).strip_prefix(" (")?;
    let comma = inner.bytes().take(8).position(|c| c == b',')?;
    let party = inner.get(..comma)?;
    let ward = inner.get(comma + 1..)?.strip_prefix(' ')?;
    let close = ward.bytes().take(40).position(|c| c == b')')?;
    let ward = ward.get(..close)?;
    let ok = COUNCIL_PARTIES.contains(party)
        && starts_by(ward, is_upper)
        && all_char(ward, |c| {
            is_alpha(c) || matches!(c, ' ' | '-' | '\'' | '\u{2019}')
        });
    let open = person.end + 2;
    let ward_start = open + comma + 2;
    ok.then(|| {
        (
            Span::new(open, open + comma),
            Span::new(ward_start, ward_start + close),
        )
    })
}

/// Labels the state of each `(D-State)` after a person a place, in place of the mention the label
/// held (none for an at-large seat), and the party (ORG) and the ward (a place) of each
/// councillor's `(Lab, Splott)`. `found` is sorted and disjoint, and stays so.
pub(crate) fn label_party_states(text: &str, found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for i in 0..found.len() {
        let c = *crate::vecs::at(found, i);
        if c.label != Label::Person {
            continue;
        }
        if let Some((party, ward)) = council_party(text, c.span) {
            // The mentions inside the bracket give way to the party and the ward.
            let inside = Span::new(party.start, ward.end);
            let len = found.len();
            for n in crate::vecs::run_mut(found, i + 1, len) {
                if !n.span.overlaps(&inside) {
                    break;
                }
                n.span = Span::new(n.span.start, n.span.start);
            }
            Candidate::push_to(&mut add, party, Label::Org, Source::Name);
            Candidate::push_to(&mut add, ward, Label::Place, Source::Name);
            continue;
        }
        let Some((state, inside)) = party_state(text, c.span) else {
            continue;
        };
        // The mentions the label held: the first becomes the state, any other goes.
        let mut j = i + 1;
        let mut put = false;
        while let Some(n) = found.get_mut(j).filter(|n| n.span.overlaps(&inside)) {
            n.span = if put {
                Span::new(state.start, state.start)
            } else {
                state
            };
            n.label = Label::Place;
            put = true;
            j += 1;
        }
        if !put && !state.is_empty() {
            Candidate::push_to(&mut add, state, Label::Place, Source::Name);
        }
    }
    crate::entities::drop_empty(found);
    super::put_names(text, found, add);
}

#[cfg(test)]
mod tests {
    use super::party_state;
    use crate::text::Span;

    #[test]
    fn a_party_and_a_state_in_brackets() {
        let text = "Sen. Mark Kelly (D-Ariz.) and Rep. Chip Roy (R-Texas) spoke.";
        let kelly = Span::new(5, 15);
        let (state, inside) = party_state(text, kelly).unwrap();
        assert_eq!(state.slice(text), "Ariz.");
        assert_eq!(inside.slice(text), "D-Ariz.");
        let roy = Span::new(35, 43);
        assert_eq!(party_state(text, roy).unwrap().0.slice(text), "Texas");
        // A bracket that closes near the text's end.
        let text = "Sen. Rand Paul (R-Ky.)";
        assert_eq!(
            party_state(text, Span::new(5, 14)).unwrap().0.slice(text),
            "Ky."
        );
        for t in [
            "Ann Lee (Reuters) said",
            "Ann Lee (D-5th) said",
            "Ann Lee (X-Vt.) said",
        ] {
            assert!(party_state(t, Span::new(0, 7)).is_none(), "{t}");
        }
    }
}
