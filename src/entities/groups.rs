//! Mention linking: mentions of one thing share a group (`Marco Rubio` ... `Rubio`).
//!
//! Each name mention is reduced to a key: lower case, possessive `'s` and a leading `the` dropped, and
//! for people any title before the name (`U.S. Secretary of State Marco Rubio`, `President Sheinbaum`
//! key as `marco rubio`, `sheinbaum`) and a company's legal suffix (`Northwind Robotics Inc.` keys as
//! `northwind robotics`). Mentions are then taken longest first, so that a short form finds
//! its full form wherever that appears in the text. A mention joins a group of the same label when
//! - its key equals the group's key, or both are spellings of one name in a short alias list
//!   (`U.S.`, `US`, `United States`); or
//! - its words are a contiguous run of the group's words (`Rubio` in `Marco Rubio`); or
//! - it is an all-capital acronym of the group's capitalised words (`ECB`, `European Central Bank`).
//!
//! When a short form fits more than one group (`Smith` after `John Smith` and `Jane Smith`) the link is
//! ambiguous and the mention starts a group of its own. Values group by their exact (lower-case) text.
//! A group's name is its longest key form as written, without titles (`Marco Rubio`). Groups are
//! numbered in order of first mention.
//!
//! [`clusters`] runs the same linking across the four name labels, for the consistency stage
//! ([`super::consistency`]), which gives the mentions of one thing one label before [`link`] groups
//! them. There equal keys always join, whatever their labels, while a short form may join a longer name of another label only when one of the two is a
//! PERSON (`Trump` tagged ORG in a headline joins `Donald Trump`), because a place or organisation often
//! appears inside another name (`Paris` in `Paris Saint-Germain`) while a person is written by a part of
//! their own name.
//!
//! Cost: each lookup goes through hash maps keyed by a word or an acronym, so linking stays near-linear
//! in the number of mentions.

use crate::model::hash::FastMap as HashMap;

use super::{Candidate, Group, Label};

/// Alternative spellings of one name, folded to the first spelling's key.
const ALIASES: [(&str, &str); 14] = [
    ("u.s.", "united states"),
    ("us", "united states"),
    ("usa", "united states"),
    ("u.s.a.", "united states"),
    ("united states of america", "united states"),
    ("u.k.", "united kingdom"),
    ("uk", "united kingdom"),
    ("britain", "united kingdom"),
    ("great britain", "united kingdom"),
    ("u.n.", "united nations"),
    ("un", "united nations"),
    ("eu", "european union"),
    ("e.u.", "european union"),
    ("uae", "united arab emirates"),
];

/// Words that form a person's title or role before the name (lower case).
pub(crate) const TITLE_WORDS: [&str; 58] = [
    "mr.",
    "mrs.",
    "ms.",
    "mr",
    "mrs",
    "ms",
    "dr.",
    "dr",
    "prof.",
    "sir",
    "dame",
    "lady",
    "lord",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "state",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "chancellor",
    "judge",
    "justice",
    "gen.",
    "general",
    "col.",
    "colonel",
    "lt.",
    "capt.",
    "captain",
    "admiral",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "ceo",
    "chairman",
    "chairwoman",
    "chief",
    "executive",
    "director",
    "ambassador",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "leader",
    "deputy",
    "former",
    "acting",
    "premier",
    "coach",
];

/// Legal suffixes of company names (lower case).
const CORPORATE: [&str; 16] = [
    "inc.", "inc", "corp.", "corp", "co.", "ltd.", "ltd", "llc", "plc", "ag", "sa", "s.a.", "gmbh",
    "n.v.", "nv", "l.p.",
];

/// Words skipped when taking initials for an acronym.
const ACRONYM_SKIP: [&str; 6] = ["of", "the", "and", "for", "de", "&"];

/// A mention's key: its words, normalised (lower case, without titles, possessive, a leading `the`
/// and a legal suffix), as [`link`] compares them.
pub(crate) fn key(surface: &str, label: Label) -> Vec<String> {
    key_words(surface, label).0
}

/// A mention's key words and how many leading surface words the key skips.
fn key_words(surface: &str, label: Label) -> (Vec<String>, usize) {
    let mut words: Vec<&str> = surface.split_whitespace().collect();
    // Strip a possessive and trailing punctuation from the last word.
    if let Some(last) = words.last_mut() {
        let t = last
            .trim_end_matches(['\'', '’'])
            .trim_end_matches(['"', '”', ',', ';', ':']);
        let t = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .filter(|s| !s.is_empty())
            .unwrap_or(t);
        *last = t;
    }
    let mut skip = 0;
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        skip = 1;
    }
    if label == Label::Person {
        // Drop everything up to the last title word, if a name remains after it.
        if let Some(p) = words.iter().rposition(|w| in_list(&TITLE_WORDS, w)) {
            if p + 1 < words.len() {
                skip = skip.max(p + 1);
            }
        }
    }
    let mut key: Vec<String> = words[skip..].iter().map(|w| w.to_lowercase()).collect();
    // A company's legal suffix is not part of its name (`Northwind Robotics Inc.`).
    if key.len() > 1 && key.last().is_some_and(|w| CORPORATE.contains(&w.as_str())) {
        key.pop();
        if let Some(w) = key.last_mut() {
            *w = w.trim_end_matches(',').to_string();
        }
    }
    (key, skip)
}

/// True when `word` in lower case is one of `list` (lower-case words). ASCII words are compared
/// without building their lower case.
fn in_list(list: &[&str], word: &str) -> bool {
    if word.is_ascii() {
        list.iter()
            .any(|t| t.len() == word.len() && t.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// The alias-folded key string.
fn fold(words: &[String]) -> String {
    let joined = words.join(" ");
    ALIASES
        .iter()
        .find(|(a, _)| *a == joined)
        .map_or(joined, |(_, full)| full.to_string())
}

/// The written form of the key: the surface without its skipped leading words and possessive.
fn display(surface: &str, skip: usize, key_len: usize) -> String {
    let words: Vec<&str> = surface.split_whitespace().collect();
    let mut out: Vec<&str> = words.iter().skip(skip).take(key_len).copied().collect();
    if let Some(last) = out.last_mut() {
        let t = last
            .trim_end_matches(['\'', '’'])
            .trim_end_matches(['"', '”', ',', ';', ':']);
        *last = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .filter(|s| !s.is_empty())
            .unwrap_or(t);
    }
    out.join(" ")
}

/// Initials of the capitalised words of a key (`European Central Bank` -> `ecb`); `None` when fewer
/// than two words count.
fn initials(surface_words: &[&str]) -> Option<String> {
    let letters: String = surface_words
        .iter()
        .filter(|w| !in_list(&ACRONYM_SKIP, w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    (letters.chars().count() >= 2).then_some(letters)
}

/// True for an all-capital acronym (`ECB`, `NATO`, `U.N.`), returning its lower-case letters.
fn acronym(surface: &str) -> Option<String> {
    let letters: String = surface.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_uppercase()))
        .then(|| letters.to_lowercase())
}

/// Which mentions may share a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Linking {
    /// Only mentions of one label: the groups of an analysis ([`link`]).
    SameLabel,
    /// Name mentions of any label: the consistency stage's clusters ([`clusters`]).
    AcrossNames,
}

impl Linking {
    /// The class a label is looked up under: its own label, or `None` for every name label when
    /// linking across names.
    fn class(self, label: Label) -> Option<Label> {
        match self {
            Linking::AcrossNames if label.is_name() => None,
            _ => Some(label),
        }
    }

    /// True when a mention of label `short` may join, as a part or acronym, a group whose longest form
    /// has label `long`.
    fn joins(self, short: Label, long: Label) -> bool {
        short == long
            || (self == Linking::AcrossNames && (short == Label::Person || long == Label::Person))
    }
}

struct Linker {
    mode: Linking,
    groups: Vec<Group>,
    /// The key words of each group's longest form.
    keys: Vec<Vec<String>>,
    exact: HashMap<(Option<Label>, String), usize>,
    by_word: HashMap<(Option<Label>, String), Vec<usize>>,
    by_initials: HashMap<(Option<Label>, String), Vec<usize>>,
}

impl Linker {
    fn new_group(
        &mut self,
        label: Label,
        name: String,
        key: Vec<String>,
        surface: &str,
        skip: usize,
    ) -> usize {
        let g = self.groups.len();
        self.groups.push(Group {
            id: g,
            label,
            name,
            mentions: 0,
        });
        if label.is_name() {
            let class = self.mode.class(label);
            for w in &key {
                let list = self.by_word.entry((class, w.clone())).or_default();
                if list.last() != Some(&g) {
                    list.push(g);
                }
            }
            let surface_words: Vec<&str> = surface.split_whitespace().collect();
            let end = (skip + key.len()).min(surface_words.len());
            if let Some(ini) = initials(&surface_words[skip.min(end)..end]) {
                self.by_initials.entry((class, ini)).or_default().push(g);
            }
        }
        self.keys.push(key);
        g
    }

    /// Groups the short key could be a part or acronym of.
    fn fits(&self, label: Label, key: &[String], surface: &str) -> Vec<usize> {
        let class = self.mode.class(label);
        let mut out: Vec<usize> = Vec::new();
        if let Some(first) = key.first() {
            if let Some(list) = self.by_word.get(&(class, first.clone())) {
                out.extend(
                    list.iter()
                        .copied()
                        .filter(|&g| is_part(key, &self.keys[g])),
                );
            }
        }
        if let Some(a) = acronym(surface) {
            if let Some(list) = self.by_initials.get(&(class, a)) {
                for &g in list {
                    if !out.contains(&g) {
                        out.push(g);
                    }
                }
            }
        }
        out.retain(|&g| self.mode.joins(label, self.groups[g].label));
        out
    }
}

/// True when `short`'s words occur as a contiguous run inside `long`'s words.
fn is_part(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && short.len() < long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Links resolved mentions into groups; returns each mention's group index and the groups.
pub fn link(text: &str, mentions: &[Candidate]) -> (Vec<usize>, Vec<Group>) {
    link_with(text, mentions, Linking::SameLabel)
}

/// Clusters mentions the way [`link`] groups them, but across the four name labels (see the module
/// docs); returns each mention's cluster index, numbered in order of first mention. Values still
/// cluster only with their own label.
pub fn clusters(text: &str, mentions: &[Candidate]) -> Vec<usize> {
    link_with(text, mentions, Linking::AcrossNames).0
}

fn link_with(text: &str, mentions: &[Candidate], mode: Linking) -> (Vec<usize>, Vec<Group>) {
    let mut linker = Linker {
        mode,
        groups: Vec::new(),
        keys: Vec::new(),
        exact: HashMap::default(),
        by_word: HashMap::default(),
        by_initials: HashMap::default(),
    };
    let keyed: Vec<(Vec<String>, usize)> = mentions
        .iter()
        .map(|m| key_words(m.span.slice(text), m.label))
        .collect();
    // Longest keys first, so that a short form finds its full form wherever that appears.
    let order = crate::sort::order(mentions.len(), &|a, b| {
        (keyed[b].0.len().cmp(&keyed[a].0.len()))
            .then(mentions[a].span.start.cmp(&mentions[b].span.start))
    });
    let mut assigned = vec![0usize; mentions.len()];
    for k in order {
        let m = &mentions[k];
        let surface = m.span.slice(text);
        let (key, skip) = &keyed[k];
        let folded = fold(key);
        let name = display(surface, *skip, key.len());
        let class = mode.class(m.label);
        let g = if let Some(&g) = linker.exact.get(&(class, folded.clone())) {
            g
        } else {
            let fits = if m.label.is_name() {
                linker.fits(m.label, key, surface)
            } else {
                Vec::new()
            };
            if fits.len() == 1 {
                fits[0]
            } else {
                linker.new_group(m.label, name.clone(), key.clone(), surface, *skip)
            }
        };
        linker.exact.insert((class, folded), g);
        let grp = &mut linker.groups[g];
        grp.mentions += 1;
        if name.chars().count() > grp.name.chars().count() {
            grp.name = name;
        }
        assigned[k] = g;
    }
    // Renumber groups in order of first mention.
    let mut renumber = vec![usize::MAX; linker.groups.len()];
    let mut groups = Vec::with_capacity(linker.groups.len());
    let mut of_mention = Vec::with_capacity(mentions.len());
    for &g in &assigned {
        if renumber[g] == usize::MAX {
            renumber[g] = groups.len();
            let mut grp = linker.groups[g].clone();
            grp.id = groups.len();
            groups.push(grp);
        }
        of_mention.push(renumber[g]);
    }
    (of_mention, groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_titles_possessives_and_the() {
        let k = |s: &str, l| key_words(s, l).0.join(" ");
        assert_eq!(
            k("U.S. Secretary of State Marco Rubio", Label::Person),
            "marco rubio"
        );
        assert_eq!(k("President Sheinbaum’s", Label::Person), "sheinbaum");
        assert_eq!(k("the United States", Label::Place), "united states");
        assert_eq!(k("Martin Luther King", Label::Person), "martin luther king");
        assert_eq!(k("State Department", Label::Org), "state department");
        assert_eq!(
            k("Northwind Robotics, Inc.", Label::Org),
            "northwind robotics"
        );
        assert_eq!(k("Inc.", Label::Org), "inc.");
        assert_eq!(fold(&["us".to_string()]), "united states");
        assert_eq!(acronym("U.N."), Some("un".into()));
        assert_eq!(
            initials(&["European", "Central", "Bank"]),
            Some("ecb".into())
        );
    }

    #[test]
    fn clusters_cross_labels_only_through_people() {
        use super::super::Source;
        use crate::text::Span;
        let text = "Lindqvist wins. Maja Lindqvist spoke. Fjordby Athletic lost in Fjordby.";
        let at = |s: &str, from: usize, label| {
            let start = text[from..].find(s).unwrap() + from;
            Candidate {
                span: Span::new(start, start + s.len()),
                label,
                source: Source::Name,
            }
        };
        let m = [
            at("Lindqvist", 0, Label::Org),
            at("Maja Lindqvist", 0, Label::Person),
            at("Fjordby Athletic", 0, Label::Org),
            at("Fjordby", 60, Label::Place),
        ];
        assert_eq!(clusters(text, &m), [0, 0, 1, 2]);
        // Linking proper still keeps labels apart.
        let (of, _) = link(text, &m);
        assert_ne!(of[0], of[1]);
    }
}
