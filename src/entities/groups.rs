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
//! their own name, or when it is the name's acronym (`DMA` tagged ORG joins `Digital Markets Act`).
//!
//! Cost: each lookup goes through hash maps keyed by a word or an acronym, so linking stays near-linear
//! in the number of mentions.

use std::sync::OnceLock;

use crate::model::hash::{word_set, WordSet};
use crate::model::pooled::PooledMap;

use super::{Candidate, Group, Label};
use crate::text::{
    any_char, char_count, chars, eq_ignore_case, first_char, has_str, is_ascii, is_lower, is_space,
    is_upper, split_char, split_once_char, trim_by, trim_end_by, Span,
};
use crate::vecs::{run, CollectVec};
use crate::word_list::WordList;

/// Alternative spellings of one name, folded to the first spelling's key: groups separated by `;`,
/// each the spellings (separated by `|`), `=` and the key they fold to. One string rather than a
/// `(&str, &str)` (sixteen bytes of pointers and lengths in the .wasm) a spelling.
static ALIASES: &str = "u.s.|us|usa|u.s.a.|united states of america=united states;\
                        u.k.|uk|britain|great britain=united kingdom;\
                        u.n.|un=united nations;\
                        eu|e.u.=european union;\
                        uae=united arab emirates";

crate::word_list::word_lists! {
    /// Words skipped when taking initials for an acronym.
    const ACRONYM_SKIP = "of the and for de &";
    /// Words that form a person's title or role before the name (lower case).
    pub(crate) const TITLE_WORDS = "mr. mrs. ms. mr mrs ms dr. dr prof. prof sir dame lady lord president vice prime minister pm \
        secretary state senator sen. rep. representative gov. governor mayor chancellor judge \
        justice gen. general col. colonel cardinal archbishop bishop rabbi imam ayatollah detective inspector sheriff \
        emir sheikh duchess reverend yokozuna officer sergeant sgt. trooper constable corporal \
        lieutenant lt. capt. captain admiral king queen prince princess pope ceo major-general \
        lieutenant-general brigadier \
        chairman chairwoman chief executive director ambassador commissioner spokesman spokeswoman \
        leader deputy former acting premier coach director-general secretary-general \
        attorney-general surgeon-general superintendent councilwoman councilman councillor councilor \
        manager commander attorney taoiseach tánaiste emperor empress cllr baroness \
        vice-chancellor vice-president vice-premier president-elect ald. alderman alderwoman shri datuk \
        seri barrister sgt rev revd det dci insp";
    /// Legal suffixes of company names, as companies write them (`SE` and `AG`, not `se` and `ag`): a
    /// mention's key leaves them out in any case, and the name recogniser takes one written so after a
    /// name into it.
    pub(crate) const LEGAL_SUFFIXES = "Inc Inc. Corp Corp. Co. Ltd Ltd. LLC LLP plc PLC Plc p.l.c. AG SA S.A. SE ASA AB Oyj NV N.V. \
        GmbH SpA S.p.A. BV B.V. Pty KK L.P. Oy Bhd Berhad Tbk";
    /// Words that add a kind of place to a place's name without making it another place (`Gaza
    /// Strip`, `Lake Tahoe`, `Mount Everest`).
    const PLACE_KINDS = "strip lake mount mt river island islands strait valley desert peninsula province region \
        canyon";
}

/// How many words a mention's key has: its words, normalised (lower case, without titles,
/// possessive, a leading `the` and a legal suffix), as [`link`] compares them.
pub(crate) fn key_len(surface: &str, label: Label) -> usize {
    let words: Vec<&str> = crate::text::words(surface).collect_vec();
    key_shape(&words, label).len
}

/// Which of a mention's surface words (`split_whitespace`) its key is made of.
struct Shape<'s> {
    /// Leading words skipped (titles, `the`, a storm's word).
    skip: usize,
    /// How many of the skipped words the written name keeps (a storm's word).
    shown: usize,
    /// Key words after them.
    len: usize,
    /// A legal suffix after the key words was dropped.
    suffix: bool,
    /// The last surface word without possessive and trailing punctuation.
    last: &'s str,
}

/// The surface word `w` without a possessive and trailing punctuation.
fn trim_end(w: &str) -> &str {
    let t = trim_end_by(trim_end_by(w, |c| matches!(c, '\'' | '’')), |c| {
        matches!(c, '"' | '”' | ',' | ';' | ':')
    });
    t.strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .filter(|s| !s.is_empty())
        .unwrap_or(t)
}

/// The key of a mention with surface words `words`: the last word stripped of a possessive and
/// trailing punctuation, without a leading `the`, for people without the titles before the name,
/// and without a company's legal suffix.
fn key_shape<'s>(words: &[&'s str], label: Label) -> Shape<'s> {
    let last = words.last().map_or("", |w| trim_end(w));
    let at = |i: usize| if i + 1 == words.len() { last } else { words[i] };
    let mut skip = 0;
    if words.len() > 1 && eq_ignore_case(words[0].as_bytes(), b"the") {
        skip = 1;
    }
    // A storm's word, after `Tropical` or `Super`: `Hurricane Helene` is `Helene`, written whole.
    let storm = |i: usize| words.len() > i + 1 && in_list(super::names::STORM_WORDS, words[i]);
    let shown = if storm(skip + 1) && in_list(super::names::STORM_PREFIXES, words[skip]) {
        2
    } else {
        usize::from(storm(skip))
    };
    skip += shown;
    if label == Label::Person {
        // Drop everything up to the last title word, if a name remains after it.
        if let Some(p) = (0..words.len()).rposition(|i| is_title(at(i))) {
            if p + 1 < words.len() {
                skip = skip.max(p + 1);
            }
        }
    }
    let mut len = words.len() - skip;
    // A company's legal suffix is not part of its name (`Northwind Robotics Inc.`).
    let suffix = len > 1 && in_list(LEGAL_SUFFIXES, last);
    if suffix {
        len -= 1;
    }
    Shape {
        skip,
        shown,
        len,
        suffix,
        last,
    }
}

/// Appends the lower-case key words of a mention with surface words `words` to `buf`, one space
/// apart, and their byte ranges in `buf` to `ranges`; returns the key's shape.
fn push_key<'s>(
    words: &[&'s str],
    label: Label,
    buf: &mut String,
    ranges: &mut Vec<(usize, usize)>,
) -> Shape<'s> {
    let shape = key_shape(words, label);
    for i in shape.skip..shape.skip + shape.len {
        let w = if i + 1 == words.len() {
            shape.last
        } else {
            *crate::vecs::at(words, i)
        };
        if i > shape.skip {
            crate::vecs::push_char(buf, ' ');
        }
        let start = buf.len();
        if is_ascii(w) {
            crate::text::push_ascii_lower(buf, w);
        } else {
            crate::vecs::push_str(buf, &crate::case::lowercase(w));
        }
        crate::vecs::push(ranges, (start, buf.len()));
    }
    // The word before a dropped legal suffix loses its comma (`Northwind Robotics, Inc.`).
    if shape.suffix {
        if let Some(r) = ranges.last_mut() {
            while buf.len() > r.0 && buf.ends_with(',') {
                crate::text::pop_char(buf);
            }
            r.1 = buf.len();
        }
    }
    shape
}

/// True when `word` in lower case is one of [`TITLE_WORDS`] (a set lookup; an ASCII word is
/// lower-cased on the stack).
pub(crate) fn is_title(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = word_set(&SET, || {
        let mut set = WordSet::default();
        for &w in TITLE_WORDS.iter() {
            set.insert(w);
        }
        set
    });
    let mut buf = [0u8; 16];
    match crate::text::ascii_lower_in(word, &mut buf) {
        Some(w) => set.contains(w),
        None => in_list(TITLE_WORDS, word),
    }
}

/// True when `word` in lower case is one of `list` (lower-case words). ASCII words are compared
/// without building their lower case.
fn in_list(list: WordList, word: &str) -> bool {
    if is_ascii(word) {
        list.contains_ignore_case(word)
    } else {
        list.contains_lowercase(word)
    }
}

/// The alias-folded key string (`joined`: the key words joined by spaces).
fn fold(joined: &str) -> &str {
    // Most keys are no alias: one that the aliases' text does not hold is none of its spellings,
    // found by one search instead of splitting the text at every mention.
    if !has_str(ALIASES, joined) {
        return joined;
    }
    for group in split_char(ALIASES, ';') {
        if let Some((spellings, full)) = split_once_char(group, '=') {
            if split_char(spellings, '|').any(|a| a == joined) {
                return full;
            }
        }
    }
    joined
}

/// The written key words: surface words `words[skip..skip + len]`, the last one without
/// possessive and trailing punctuation.
fn display_words<'w, 's>(
    words: &'w [&'s str],
    skip: usize,
    len: usize,
) -> impl Iterator<Item = &'s str> + 'w {
    let end = skip + len;
    crate::vecs::run(words, skip, end)
        .iter()
        .enumerate()
        .map(move |(i, w)| if skip + i + 1 == end { trim_end(w) } else { w })
}

/// The written form of the key: the surface words without the skipped leading words and the
/// possessive, one space apart.
fn display(words: &[&str], skip: usize, len: usize) -> String {
    let mut room = 0;
    for w in crate::vecs::run(words, skip, skip + len) {
        room += w.len() + 1;
    }
    let mut out = crate::vecs::string_with_capacity(room);
    for (i, w) in display_words(words, skip, len).enumerate() {
        if i > 0 {
            crate::vecs::push_char(&mut out, ' ');
        }
        crate::vecs::push_str(&mut out, w);
    }
    out
}

/// How many characters [`display`] has.
fn display_chars(words: &[&str], skip: usize, len: usize) -> usize {
    let mut n = len.saturating_sub(1);
    for w in display_words(words, skip, len) {
        n += char_count(w);
    }
    n
}

/// Initials of the capitalised words of a key (`European Central Bank` -> `ecb`), and when an
/// acronym is among them, the same with all its letters (`UK Independence Party` -> `ukip` beside
/// `uip`). Two letters taken from an acronym and a word are no initials (`BNP Paribas` gives only
/// `bnpp`, so `BP` is none of its short forms). Nothing when fewer than two words count.
fn initials(surface_words: &[&str]) -> [Option<String>; 2] {
    let (mut first, mut all, mut words, mut acronyms) = (String::new(), String::new(), 0, 0);
    for w in surface_words.iter().filter(|w| !in_list(ACRONYM_SKIP, w)) {
        let Some(c) = first_char(w).filter(|&c| is_upper(c)) else {
            continue;
        };
        words += 1;
        crate::case::push_lower(&mut first, c);
        match acronym(w) {
            Some(a) => {
                acronyms += 1;
                crate::vecs::push_str(&mut all, &a);
            }
            None => crate::case::push_lower(&mut all, c),
        }
    }
    if words < 2 {
        return [None, None];
    }
    let plain = (acronyms == 0 || words > 2).then_some(first);
    [plain, (acronyms > 0).then_some(all)]
}

/// True for an all-capital acronym (`ECB`, `NATO`, `U.N.`), returning its lower-case letters.
pub(super) fn acronym(surface: &str) -> Option<String> {
    let mut letters = chars(surface).filter(|c| *c != '.');
    let n = letters.clone().count();
    if !(2..=6).contains(&n) || !letters.all(is_upper) {
        return None;
    }
    let mut letters = String::new();
    for c in chars(surface).filter(|c| *c != '.') {
        crate::vecs::push_char(&mut letters, c);
    }
    Some(crate::case::lowercase(&letters))
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

    /// True when the groups' names are wanted ([`link`]'s groups); [`clusters`] reads only which
    /// cluster each mention is in.
    fn names_groups(self) -> bool {
        self == Linking::SameLabel
    }

    /// True when a mention of label `short` may join, as a part or acronym, a group whose longest form
    /// has label `long`.
    fn joins(self, short: Label, long: Label) -> bool {
        short == long
            || (self == Linking::AcrossNames && (short == Label::Person || long == Label::Person))
    }
}

struct Linker<'k> {
    mode: Linking,
    groups: Vec<Group>,
    /// How many characters each group's name has.
    name_chars: Vec<usize>,
    /// Every mention's lower-case key words, back to back.
    words: &'k [&'k str],
    /// The key words of each group's longest form, as a range of `words`.
    keys: Vec<(usize, usize)>,
    /// A mention's class and folded text ([`map_key`]) -> its group and 0: the value type of the
    /// lists below, so that the three maps are one type. Maps from strings kept in one buffer,
    /// whose index is the hash table type of the keyphrase stage's maps, where maps from (class,
    /// text) pairs were a hash table type of their own in the `.wasm` (its probing, growth and entry
    /// code).
    exact: PooledMap<(usize, usize)>,
    /// The groups whose key holds a word, and those with given initials, as lists in `lists`.
    by_word: PooledMap<List>,
    by_initials: PooledMap<List>,
    lists: Lists,
    /// The buffer of [`map_key`].
    key: String,
}

/// The value of a new key of [`Linker::by_word`] or [`Linker::by_initials`], before its list.
const NEW_LIST: List = (usize::MAX, usize::MAX);

/// The key of `text` for mentions of `class` in the [`Linker`]'s maps, written into `buf`: a letter
/// for the class, then the text.
fn map_key<'b>(buf: &'b mut String, class: Option<Label>, text: &str) -> &'b str {
    buf.clear();
    let tag = match class {
        None => '-',
        Some(l) => char::from(b'A' + l as u8),
    };
    crate::vecs::push_char(buf, tag);
    crate::vecs::push_str(buf, text);
    buf
}

/// A list in [`Lists`]: its first and last node.
type List = (usize, usize);

/// Lists of group indices in one arena (no allocation per list): each node holds a group and the
/// index of the next node.
#[derive(Default)]
struct Lists {
    nodes: Vec<(usize, usize)>,
}

impl Lists {
    /// Appends group `g` to `list` (`None`: a new list); returns the list.
    fn push(&mut self, list: Option<List>, g: usize) -> List {
        let n = self.nodes.len();
        crate::vecs::push(&mut self.nodes, (g, usize::MAX));
        match list {
            Some((first, last)) => {
                if let Some(node) = self.nodes.get_mut(last) {
                    node.1 = n;
                }
                (first, n)
            }
            None => (n, n),
        }
    }

    /// The last group of `list`.
    fn last(&self, list: List) -> Option<usize> {
        self.nodes.get(list.1).map(|n| n.0)
    }

    /// The groups of `list`, in the order they were pushed.
    fn iter(&self, list: List) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.nodes.get(list.0), |n| self.nodes.get(n.1)).map(|n| n.0)
    }
}

impl<'k> Linker<'k> {
    /// A new group for a mention of `label` with key words `words[key.0..key.1]` and surface
    /// words `surface`, whose key skips `skip.0` of them and whose written name keeps the last
    /// `skip.1` of those.
    fn new_group(
        &mut self,
        label: Label,
        key: (usize, usize),
        surface: &[&str],
        (skip, shown): (usize, usize),
    ) -> usize {
        let g = self.groups.len();
        let len = key.1 - key.0;
        // The consistency stage's clusters never read a group's name: none is written for them.
        let named = self.mode.names_groups();
        crate::vecs::push(
            &mut self.groups,
            Group {
                id: g,
                label,
                name: if named {
                    display(surface, skip - shown, len + shown)
                } else {
                    String::new()
                },
                mentions: 0,
            },
        );
        crate::vecs::push(
            &mut self.name_chars,
            if named {
                display_chars(surface, skip - shown, len + shown)
            } else {
                0
            },
        );
        if label.is_name() {
            let class = self.mode.class(label);
            for &w in crate::vecs::run(self.words, key.0, key.1) {
                let list = self
                    .by_word
                    .get_or_insert_with(map_key(&mut self.key, class, w), || NEW_LIST);
                if *list == NEW_LIST {
                    *list = self.lists.push(None, g);
                } else if self.lists.last(*list) != Some(g) {
                    *list = self.lists.push(Some(*list), g);
                }
            }
            let end = (skip + len).min(surface.len());
            for ini in initials(&surface[skip.min(end)..end]) {
                let Some(ini) = ini else {
                    continue;
                };
                let list = self
                    .by_initials
                    .get_or_insert_with(map_key(&mut self.key, class, &ini), || NEW_LIST);
                *list = self.lists.push((*list != NEW_LIST).then_some(*list), g);
            }
        }
        crate::vecs::push(&mut self.keys, key);
        g
    }

    /// Puts into `out` the groups the short key could be a part or acronym of.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn fits(&mut self, label: Label, key: &[&str], surface: &str, out: &mut Vec<usize>) {
        let class = self.mode.class(label);
        out.clear();
        // A lone letter is no short form of a longer name (`X` and `Malcolm X`), nor is a
        // nationality of the name it opens (`French` and `French Open`, `American League`).
        let no_short_form = key.len() == 1
            && (!crate::text::more_chars_than(key[0], 1)
                || (label == Label::Misc
                    && super::tagger::lexicon::is_nationality(trim_by(surface, is_space))));
        if let Some(&first) = key.first().filter(|_| !no_short_form) {
            if let Some(&list) = self.by_word.get(map_key(&mut self.key, class, first)) {
                // A plain loop that pushes, where a filter behind vecs::extend brought the
                // adapters' search into the .wasm.
                for g in self.lists.iter(list) {
                    let (a, b) = *crate::vecs::at(&self.keys, g);
                    let long = crate::vecs::run(self.words, a, b);
                    // A person's full name inside a body's or a place's name is its namesake, not a
                    // short form of it (`Booker T. Washington` and `Booker T. Washington High
                    // School`).
                    let namesake = label == Label::Person
                        && key.len() > 1
                        && crate::vecs::at(&self.groups, g).label != Label::Person
                        && long
                            .last()
                            .is_some_and(|w| super::names::label_by_last_word(w).is_some());
                    // Nor is a city or a country of the lists a person's first name (`in Paris`
                    // beside `Paris Hilton`): a person's short form is the surname.
                    let first_name = label == Label::Place
                        && crate::vecs::at(&self.groups, g).label == Label::Person
                        && long.len() > key.len()
                        && long.starts_with(key)
                        && {
                            let name = trim_by(surface, is_space);
                            let l = super::tagger::listed(name, &crate::tokens::tokenize(name));
                            l.city || l.country
                        };
                    if is_part(key, long)
                        && !namesake
                        && !first_name
                        && (label != Label::Place
                            || crate::vecs::at(&self.groups, g).label != Label::Place
                            || same_place(key, long)
                            || particle_tail(key, long))
                    {
                        crate::vecs::push(out, g);
                    }
                }
            }
        }
        crate::vecs::retain(out, |&mut g| {
            self.mode
                .joins(label, crate::vecs::at(&self.groups, g).label)
        });
        // An acronym of a name's capitalised words is that name whatever the two were tagged
        // (`DMA` beside `Digital Markets Act`) when linking across names.
        let any_label = self.mode == Linking::AcrossNames;
        if let Some(a) = acronym(surface) {
            if let Some(&list) = self.by_initials.get(map_key(&mut self.key, class, &a)) {
                for g in self.lists.iter(list) {
                    if !out.contains(&g)
                        && (any_label
                            || self
                                .mode
                                .joins(label, crate::vecs::at(&self.groups, g).label))
                    {
                        crate::vecs::push(out, g);
                    }
                }
            }
        }
    }
}

/// True when the place `short`, a part of the place `long`, is the same place: every other word of
/// `long` names a kind of place. Otherwise the longer name is another place (`Mexico` and `Mexico
/// City`, `Korea` and `South Korea`, `Kansas` and `Kansas City`).
fn same_place(short: &[&str], long: &[&str]) -> bool {
    let extra = long.len() - short.len();
    let fits = |w: &[&str]| w.iter().all(|x| in_list(PLACE_KINDS, x) || x == &"of");
    (0..extra + 1).any(|k| {
        let (a, b) = (k, k + short.len());
        run(long, a, b) == short && fits(run(long, 0, a)) && fits(run(long, b, long.len()))
    })
}

/// True when `short` opens with a name particle and ends `long` (`de la Espriella` of `Abelardo de
/// la Espriella`, which the tagger may read as places): a person's surname, whatever the label.
fn particle_tail(short: &[&str], long: &[&str]) -> bool {
    short.first().is_some_and(|w| super::names::is_particle(w)) && long.ends_with(short)
}

/// True when `short`'s words occur as a contiguous run inside `long`'s words.
fn is_part(short: &[&str], long: &[&str]) -> bool {
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

/// A mention's key: its key words (a range of the key words of all mentions), the byte range of
/// those words joined by spaces, how many leading surface words it skips, and how many of those
/// its written name keeps.
struct Keyed {
    words: (usize, usize),
    joined: (usize, usize),
    skip: usize,
    shown: usize,
}

fn link_with(text: &str, mentions: &[Candidate], mode: Linking) -> (Vec<usize>, Vec<Group>) {
    // Every key, lower case, in one buffer.
    let mut room = 0;
    for m in mentions {
        room += m.span.end.saturating_sub(m.span.start);
    }
    let mut buf = crate::vecs::string_with_capacity(room);
    let mut ranges: Vec<(usize, usize)> = crate::vecs::with_capacity(mentions.len());
    let mut surface_words: Vec<&str> = Vec::new();
    let mut keyed: Vec<Keyed> = crate::vecs::with_capacity(mentions.len());
    for m in mentions {
        surface_words.clear();
        crate::vecs::extend(&mut surface_words, crate::text::words(m.span.slice(text)));
        let first = ranges.len();
        let shape = push_key(&surface_words, m.label, &mut buf, &mut ranges);
        let joined = match (ranges.get(first), ranges.last()) {
            (Some(a), Some(b)) => (a.0, b.1),
            _ => (buf.len(), buf.len()),
        };
        crate::vecs::push(
            &mut keyed,
            Keyed {
                words: (first, ranges.len()),
                joined,
                skip: shape.skip,
                shown: shape.shown,
            },
        );
    }
    let mut words: Vec<&str> = crate::vecs::with_capacity(ranges.len());
    for &(a, b) in &ranges {
        crate::vecs::push(&mut words, Span::new(a, b).slice(&buf));
    }
    // At most a group a mention: room for them all, so that the vectors never grow.
    let mut linker = Linker {
        mode,
        groups: crate::vecs::with_capacity(mentions.len()),
        name_chars: crate::vecs::with_capacity(mentions.len()),
        words: &words,
        keys: crate::vecs::with_capacity(mentions.len()),
        exact: PooledMap::default(),
        by_word: PooledMap::default(),
        by_initials: PooledMap::default(),
        lists: Lists::default(),
        key: String::new(),
    };
    let key_len = |k: usize| {
        let kd = crate::vecs::at(&keyed, k);
        kd.words.1 - kd.words.0
    };
    // Longest keys first, so that a short form finds its full form wherever that appears.
    let order = crate::sort::order(mentions.len(), |a, b| {
        (key_len(b).cmp(&key_len(a))).then(
            crate::vecs::at(mentions, a)
                .span
                .start
                .cmp(&crate::vecs::at(mentions, b).span.start),
        )
    });
    let mut assigned = crate::vecs::filled(0usize, mentions.len());
    let mut fits = Vec::new();
    for k in order {
        let m = crate::vecs::at(mentions, k);
        let surface = m.span.slice(text);
        surface_words.clear();
        crate::vecs::extend(&mut surface_words, crate::text::words(surface));
        let kd = crate::vecs::at(&keyed, k);
        let key = crate::vecs::run(&words, kd.words.0, kd.words.1);
        let folded = fold(Span::new(kd.joined.0, kd.joined.1).slice(&buf));
        let class = mode.class(m.label);
        let g = if let Some(&(g, _)) = linker.exact.get(map_key(&mut linker.key, class, folded)) {
            g
        } else {
            fits.clear();
            if m.label.is_name() {
                linker.fits(m.label, key, surface, &mut fits);
            }
            if fits.len() == 1 {
                fits[0]
            } else {
                linker.new_group(m.label, kd.words, &surface_words, (kd.skip, kd.shown))
            }
        };
        // A new key's entry (a known one already holds `(g, 0)`).
        linker
            .exact
            .get_or_insert_with(map_key(&mut linker.key, class, folded), || (g, 0));
        crate::vecs::at_mut(&mut linker.groups, g).mentions += 1;
        *crate::vecs::at_mut(&mut assigned, k) = g;
        if !mode.names_groups() {
            continue;
        }
        let (from, len) = (kd.skip - kd.shown, key.len() + kd.shown);
        let chars = display_chars(&surface_words, from, len);
        // The longest form names the group; at equal length one in mixed case beats one in
        // capitals (`Porto` after a dateline's `PORTO`).
        let shouted = |s: &str| !any_char(s, is_lower);
        if chars > *crate::vecs::at(&linker.name_chars, g)
            || (chars == *crate::vecs::at(&linker.name_chars, g)
                && shouted(&crate::vecs::at(&linker.groups, g).name)
                && !crate::vecs::run(&surface_words, from, from + len)
                    .iter()
                    .all(|w| shouted(w)))
        {
            crate::vecs::at_mut(&mut linker.groups, g).name = display(&surface_words, from, len);
            *crate::vecs::at_mut(&mut linker.name_chars, g) = chars;
        }
    }
    // Renumber groups in order of first mention.
    let mut renumber = crate::vecs::filled(usize::MAX, linker.groups.len());
    let mut groups = crate::vecs::with_capacity(linker.groups.len());
    let mut of_mention = crate::vecs::with_capacity(mentions.len());
    for &g in &assigned {
        let id = crate::vecs::at_mut(&mut renumber, g);
        if *id == usize::MAX {
            *id = groups.len();
            let grp = crate::vecs::at_mut(&mut linker.groups, g);
            crate::vecs::push(
                &mut groups,
                Group {
                    id: *id,
                    label: grp.label,
                    name: std::mem::take(&mut grp.name),
                    mentions: grp.mentions,
                },
            );
        }
        crate::vecs::push(&mut of_mention, *crate::vecs::at(&renumber, g));
    }
    (of_mention, groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_titles_possessives_and_the() {
        let k = |s: &str, l| {
            let words: Vec<&str> = s.split_whitespace().collect();
            let (mut buf, mut ranges) = (String::new(), Vec::new());
            push_key(&words, l, &mut buf, &mut ranges);
            assert_eq!(key_len(s, l), ranges.len());
            buf
        };
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
        assert_eq!(fold("us"), "united states");
        assert_eq!(acronym("U.N."), Some("un".into()));
        assert_eq!(
            initials(&["European", "Central", "Bank"]),
            [Some("ecb".into()), None]
        );
        assert_eq!(
            initials(&["UK", "Independence", "Party"]),
            [Some("uip".into()), Some("ukip".into())]
        );
        assert_eq!(initials(&["BNP", "Paribas"]), [None, Some("bnpp".into())]);
        assert_eq!(initials(&["Apple"]), [None, None]);
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
