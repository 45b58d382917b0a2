//! Mention linking: mentions of one thing share a group (`Marco Rubio` ... `Rubio`).
//!
//! A name mention joins an earlier, longer group of the same kind when its words are the last word or a
//! contiguous run of words of that group's name (`Rubio`, `Marco Rubio`); when several groups fit, the
//! link is ambiguous and the mention starts a group of its own. Aliases (`U.S.` / `United States`) come
//! from a short list. Values group by their exact text.

use std::collections::HashMap;

use super::{Candidate, Group, Label};

const ALIASES: [(&str, &str); 6] = [
    ("u.s.", "united states"),
    ("us", "united states"),
    ("u.k.", "united kingdom"),
    ("uk", "united kingdom"),
    ("u.n.", "united nations"),
    ("eu", "european union"),
];

fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.trim_end_matches(['\'', '’']).to_lowercase())
        .collect()
}

fn normal(s: &str) -> String {
    let l = words(s).join(" ");
    ALIASES
        .iter()
        .find(|(a, _)| *a == l)
        .map(|(_, full)| full.to_string())
        .unwrap_or(l)
}

/// True when `short`'s words occur as a contiguous run inside `long`'s words.
fn is_part(short: &[String], long: &[String]) -> bool {
    short.len() < long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Links resolved mentions into groups; returns each mention's group index and the groups.
pub fn link(text: &str, mentions: &[Candidate]) -> (Vec<usize>, Vec<Group>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut keys: Vec<(Label, Vec<String>)> = Vec::new();
    let mut exact: HashMap<(Label, String), usize> = HashMap::new();
    let mut of_mention = Vec::with_capacity(mentions.len());
    // Longest mentions first, so that a short form finds its full form wherever that appears.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| {
        (
            std::cmp::Reverse(words(mentions[k].span.slice(text)).len()),
            mentions[k].span.start,
        )
    });
    let mut assigned = vec![usize::MAX; mentions.len()];
    for k in order {
        let m = &mentions[k];
        let surface = m.span.slice(text);
        let key = normal(surface);
        let g = if let Some(&g) = exact.get(&(m.label, key.clone())) {
            g
        } else {
            let w: Vec<String> = key.split(' ').map(str::to_string).collect();
            let fits: Vec<usize> = if m.label.is_name() {
                (0..groups.len())
                    .filter(|&g| keys[g].0 == m.label && is_part(&w, &keys[g].1))
                    .collect()
            } else {
                Vec::new()
            };
            if fits.len() == 1 {
                fits[0]
            } else {
                groups.push(Group {
                    id: groups.len(),
                    label: m.label,
                    name: surface.to_string(),
                    mentions: 0,
                });
                keys.push((m.label, w));
                groups.len() - 1
            }
        };
        exact.insert((m.label, key), g);
        groups[g].mentions += 1;
        if surface.chars().count() > groups[g].name.chars().count() {
            groups[g].name = surface.to_string();
        }
        assigned[k] = g;
    }
    // Renumber groups in order of first mention.
    let mut renumber = vec![usize::MAX; groups.len()];
    let mut new_groups = Vec::with_capacity(groups.len());
    for &g in &assigned {
        if renumber[g] == usize::MAX {
            renumber[g] = new_groups.len();
            let mut grp = groups[g].clone();
            grp.id = new_groups.len();
            new_groups.push(grp);
        }
        of_mention.push(renumber[g]);
    }
    (of_mention, new_groups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Source;
    use crate::text::Span;

    #[test]
    fn links_short_forms_and_aliases() {
        let text = "Rubio met Marco Rubio in the United States; the U.S. and Rubio.";
        let find = |s: &str, from: usize| text[from..].find(s).unwrap() + from;
        let m = |s: &str, from: usize, label| {
            let st = find(s, from);
            Candidate {
                span: Span::new(st, st + s.len()),
                label,
                source: Source::Name,
            }
        };
        let ms = vec![
            m("Rubio", 0, Label::Person),
            m("Marco Rubio", 0, Label::Person),
            m("United States", 0, Label::Place),
            m("U.S.", 0, Label::Place),
            m("Rubio", 50, Label::Person),
        ];
        let (of, groups) = link(text, &ms);
        assert_eq!(of, [0, 0, 1, 1, 0]);
        assert_eq!(groups[0].name, "Marco Rubio");
        assert_eq!(groups[0].mentions, 3);
        assert_eq!(groups[1].name, "United States");
    }
}
