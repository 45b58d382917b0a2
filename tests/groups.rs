//! Mention groups, built from candidate lists so that they do not depend on the name tagger.

use article_analyzer::entities::groups::{clusters, link};
use article_analyzer::entities::{Candidate, Label, Source};
use article_analyzer::text::Span;
use Label::*;

/// Builds candidates for `(mention, label)` pairs, each found in `text` after the previous one.
fn mentions(text: &str, list: &[(&str, Label)]) -> Vec<Candidate> {
    let mut from = 0;
    list.iter()
        .map(|&(s, label)| {
            let start = text[from..]
                .find(s)
                .unwrap_or_else(|| panic!("{s:?} not in text"))
                + from;
            from = start + s.len();
            Candidate {
                span: Span::new(start, start + s.len()),
                label,
                source: Source::Name,
            }
        })
        .collect()
}

/// The group index of each mention and the group names.
fn groups(text: &str, list: &[(&str, Label)]) -> (Vec<usize>, Vec<(String, usize)>) {
    let (of, gs) = link(text, &mentions(text, list));
    for (i, g) in gs.iter().enumerate() {
        assert_eq!(g.id, i);
    }
    let total: usize = gs.iter().map(|g| g.mentions).sum();
    assert_eq!(total, list.len());
    (of, gs.into_iter().map(|g| (g.name, g.mentions)).collect())
}

#[test]
fn surname_joins_full_name() {
    let text =
        "Marco Rubio flew in. Rubio spoke. Later Claudia Sheinbaum and Sheinbaum's aides met.";
    let (of, gs) = groups(
        text,
        &[
            ("Marco Rubio", Person),
            ("Rubio", Person),
            ("Claudia Sheinbaum", Person),
            ("Sheinbaum's", Person),
        ],
    );
    assert_eq!(of, [0, 0, 1, 1]);
    assert_eq!(
        gs,
        [("Marco Rubio".into(), 2), ("Claudia Sheinbaum".into(), 2)]
    );
}

#[test]
fn short_form_before_full_form() {
    let text = "Rubio said so. Marco Rubio later agreed.";
    let (of, gs) = groups(text, &[("Rubio", Person), ("Marco Rubio", Person)]);
    assert_eq!(of, [0, 0]);
    assert_eq!(gs[0].0, "Marco Rubio");
}

/// A storm's name joins its short form, also across labels (as the consistency stage clusters
/// them, `Helene` having been taken for a place), and the group is named with its storm word.
#[test]
fn a_storm_joins_its_name_alone() {
    let text = "Helene weakened. Tropical Storm Helene hit Asheville. Storm Bram, then Bram again.";
    let list = [
        ("Helene", Misc),
        ("Tropical Storm Helene", Misc),
        ("Storm Bram", Misc),
        ("Bram", Misc),
    ];
    let (of, gs) = groups(text, &list);
    assert_eq!(of, [0, 0, 1, 1]);
    let mut across = list;
    across[0].1 = Place;
    across[3].1 = Person;
    assert_eq!(clusters(text, &mentions(text, &across)), [0, 0, 1, 1]);
    assert_eq!(gs[0], ("Tropical Storm Helene".into(), 2));
    assert_eq!(gs[1], ("Storm Bram".into(), 2));
}

#[test]
fn titles_are_not_part_of_the_name() {
    let text = "U.S. Secretary of State Marco Rubio met Mexican President Claudia Sheinbaum. \
                President Sheinbaum thanked Secretary Rubio. Rubio left.";
    let (of, gs) = groups(
        text,
        &[
            ("U.S. Secretary of State Marco Rubio", Person),
            ("Mexican President Claudia Sheinbaum", Person),
            ("President Sheinbaum", Person),
            ("Secretary Rubio", Person),
            ("Rubio", Person),
        ],
    );
    assert_eq!(of, [0, 1, 1, 0, 0]);
    assert_eq!(gs[0], ("Marco Rubio".into(), 3));
    assert_eq!(gs[1], ("Claudia Sheinbaum".into(), 2));
}

#[test]
fn aliases_of_the_united_states() {
    let text = "The United States and the U.S. Treasury; US officials said the U.S. would act.";
    let (of, gs) = groups(
        text,
        &[
            ("United States", Place),
            ("U.S.", Place),
            ("US", Place),
            ("U.S.", Place),
        ],
    );
    assert_eq!(of, [0, 0, 0, 0]);
    assert_eq!(gs, [("United States".into(), 4)]);
}

#[test]
fn acronyms_join_their_expansion() {
    let text = "The European Central Bank held rates. The ECB's chief spoke.";
    let (of, gs) = groups(text, &[("European Central Bank", Org), ("ECB", Org)]);
    assert_eq!(of, [0, 0]);
    assert_eq!(gs[0].0, "European Central Bank");
}

/// An acronym inside a name gives all its letters to the name's initials (`UKIP` is `UK
/// Independence Party`), and two letters of an acronym and a word make no initials (`BP` is no
/// short form of `BNP Paribas`).
#[test]
fn acronyms_inside_names_spell_out() {
    let text = "The UK Independence Party won a seat. UKIP said so. The bank BNP Paribas lent to \
                BP, and BP repaid it.";
    let (of, _) = groups(
        text,
        &[
            ("UK Independence Party", Org),
            ("UKIP", Org),
            ("BNP Paribas", Org),
            ("BP", Org),
            ("BP", Org),
        ],
    );
    assert_eq!(of, [0, 0, 1, 2, 2]);
}

#[test]
fn ambiguous_short_forms_stay_apart() {
    let text = "John Smith met Jane Smith. Smith said no.";
    let (of, gs) = groups(
        text,
        &[
            ("John Smith", Person),
            ("Jane Smith", Person),
            ("Smith", Person),
        ],
    );
    assert_eq!(of, [0, 1, 2]);
    assert_eq!(gs.len(), 3);
}

#[test]
fn labels_keep_things_apart() {
    // Washington the place and Washington the person are different things.
    let text = "Washington met George Washington. Washington is a city.";
    let (of, _) = groups(
        text,
        &[
            ("Washington", Person),
            ("George Washington", Person),
            ("Washington", Place),
        ],
    );
    assert_eq!(of[0], of[1]);
    assert_ne!(of[1], of[2]);
}

#[test]
fn case_differences_are_one_thing() {
    let text = "MEXICO CITY — In Mexico City, officials met.";
    let (of, gs) = groups(text, &[("MEXICO CITY", Place), ("Mexico City", Place)]);
    assert_eq!(of, [0, 0]);
    assert_eq!(gs[0].1, 2);
}

#[test]
fn values_group_by_text() {
    let text = "On Tuesday, 12% rose; on Tuesday, 12% fell and 3% held.";
    let (of, gs) = groups(
        text,
        &[
            ("Tuesday", Date),
            ("12%", Percent),
            ("Tuesday", Date),
            ("12%", Percent),
            ("3%", Percent),
        ],
    );
    assert_eq!(of, [0, 1, 0, 1, 2]);
    assert_eq!(gs.len(), 3);
}

#[test]
fn empty_and_odd_mentions_do_not_panic() {
    let text = "’s 's . — ECB";
    let list = [
        ("’s", Person),
        ("'s", Person),
        (".", Org),
        ("—", Misc),
        ("ECB", Org),
    ];
    let (of, _) = groups(text, &list);
    assert_eq!(of.len(), 5);
}

#[test]
fn company_suffixes_are_not_part_of_the_name() {
    let text =
        "Northwind Robotics Inc. reported results. Northwind Robotics said Northwind would grow.";
    let (of, gs) = groups(
        text,
        &[
            ("Northwind Robotics Inc.", Org),
            ("Northwind Robotics", Org),
            ("Northwind", Org),
        ],
    );
    assert_eq!(of, [0, 0, 0]);
    assert_eq!(gs[0].1, 3);
}

#[test]
fn acronym_of_a_company_with_a_suffix() {
    let text = "Northwind Robotics Inc. grew. NR said so.";
    let (of, _) = groups(text, &[("Northwind Robotics Inc.", Org), ("NR", Org)]);
    assert_eq!(of, [0, 0]);
}

#[test]
fn a_place_inside_a_longer_place_name_is_another_place() {
    let text = "Mexico City hosted the talks. Mexico sent envoys. Kansas City won. Kansas voted. \
                The Gaza Strip was shelled; Gaza had no power.";
    let (of, _) = groups(
        text,
        &[
            ("Mexico City", Place),
            ("Mexico", Place),
            ("Kansas City", Place),
            ("Kansas", Place),
            ("Gaza Strip", Place),
            ("Gaza", Place),
        ],
    );
    assert_eq!(of, [0, 1, 2, 3, 4, 4]);
}

#[test]
fn a_group_is_named_in_mixed_case_over_capitals() {
    let text = "PORTO, Portugal - Rain fell. Porto flooded.";
    let (of, gs) = groups(text, &[("PORTO", Place), ("Porto", Place)]);
    assert_eq!(of, [0, 0]);
    assert_eq!(gs, [("Porto".into(), 2)]);
}

#[test]
fn an_officer_s_surname_joins_the_full_name() {
    let text =
        "Officer Sean Collier was sitting in his cruiser. Collier, 26, was shot minutes later. \
                A colleague parked near Officer Collier's car. Collier did not respond.";
    let a = article_analyzer::analyze(text, &article_analyzer::Options::default());
    let groups: Vec<usize> = a
        .entities
        .iter()
        .filter(|e| e.text.contains("Collier"))
        .map(|e| e.group)
        .collect();
    assert_eq!(groups.len(), 4, "{:?}", a.entities);
    assert!(groups.iter().all(|&g| g == groups[0]), "{:?}", a.entities);
}

#[test]
fn a_nationality_is_no_short_form_of_the_name_it_opens() {
    let text = "Gauff won the French Open. The French crowd cheered, and the French Open ended.";
    let (of, gs) = groups(
        text,
        &[
            ("French Open", Misc),
            ("French", Misc),
            ("French Open", Misc),
        ],
    );
    assert_eq!(of, [0, 1, 0]);
    assert_eq!(gs, [("French Open".into(), 2), ("French".into(), 1)]);
}
