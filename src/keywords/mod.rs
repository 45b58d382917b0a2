//! Keyphrase extraction: the phrases a reader would pick as the article's topics.
//!
//! **Candidates** ([`units`]) are noun phrases from the part-of-speech stage ([`crate::pos`]) and
//! the runs of content units inside them: words, hyphenated compounds kept whole (`U.S.-Mexico
//! relations`) and whole name mentions from the entity stage. A run never leaves its noun phrase or
//! its sentence (a line break inside a sentence, as in hard-wrapped text, is a space), and holds
//! no verb, stopword, number, clitic or contraction or markup debris ([`markup`]). Every sub-run of
//! one to [`MAX_UNITS`] units that ends on a noun, a name or a compound's gerund (`arc welding`, the
//! one verb let in) is a candidate, and so is a whole run of up to [`MAX_RUN_UNITS`] (`sheet metal
//! arc welding`, not only its pieces), except that a phrase holds at most one name, a person's name
//! only begins one (`Nash equilibrium`), and a name never joins a capitalised word outside it
//! (`State Marco Rubio`). Without tags (an empty [`Document::tags`]) runs come from rules alone.
//! Units are matched by a stemmed key ([`stem`]), so `drug cartel` and `drug cartels` are one
//! phrase, shown in its most frequent written form; the mentions of one entity group (`Marco
//! Rubio`, `Rubio`) are one unit shown by the group's name.
//!
//! **Statistics** of the kind that work on news (as in YAKE: Campos et al. 2020, "YAKE! Keyword
//! extraction from single documents using multiple local features"; and PositionRank: Florescu &
//! Caragea 2017):
//! - frequency as spread over sentences: the number of sentences that hold the phrase (an entity's
//!   is its group's mention count, its salience), plus the frequency of its words;
//! - position of the first occurrence (news states its topic in the headline and lead);
//! - rarity of its words in general English ([`rarity`], from `wordfreq`), the stand-in for an IDF;
//! - casing: a phrase only ever in capitals is a dateline or a shouted headline and ranks lower, and
//!   one capitalised inside sentences counts as a name for the cap below;
//! - length, and whether it fills a whole run (maximal phrases are what annotators mark).
//!
//! **Selection**: roles (`Prime Minister`, `chief executive`) are not topics and are left out; best
//! first, with names capped at [`NAME_SHARE`] of the list so that topics (`drug cartels`,
//! `sovereignty`) stand beside the people and places; names beyond the cap only fill places no topic
//! can take. A single common word that a phrase already chosen holds (`cartels` after `Mexican
//! cartels`) ranks as if its score were [`REDUNDANT`] times lower, so that the list names more
//! things (maximal marginal relevance in spirit: Carbonell & Goldstein 1998).
//!
//! Weights tuned on the shared dev sets (DUC-2001, 500N-KPCrowd, Inspec, SemEval-2010) are marked
//! "dev-tuned" at their constants; the others were set by design.

pub mod markup;
pub mod rarity;
pub mod stem;
pub mod units;

use crate::model::pooled::PooledMap;

use serde::{Deserialize, Serialize};

use crate::entities::{Entity, Group};
use crate::pos::Pos;
use crate::text::{
    after_last_by, any_char, chars, ends_by, has_char, head, is_alpha, is_lower, is_space,
    is_upper, split_by, split_char, starts_by, tail, trim_by, trim_end_by, trim_start_by, words,
    Span,
};
use crate::tokens::{Forms, Token, TokenKind};
use units::{Kind, Unit, Units};

/// One ranked keyphrase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The phrase as written in the text (its most frequent form; an entity's group name), with its
    /// first letter in lower case when that is a common word capitalised only because it opens a
    /// sentence (`teenagers` from `Teenagers who sleep less...`), and a line break inside it shown
    /// as a space.
    pub text: String,
    /// Relevance; higher is better (only the order is meaningful).
    pub score: f64,
    /// How many times the phrase occurs.
    pub count: usize,
}

/// What the keyphrase stage reads: the text and the earlier stages' output.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The tokens' lower-case forms.
    pub forms: &'a Forms,
    /// Its sentences.
    pub sentences: &'a [Span],
    /// The kind of each sentence ([`crate::sentences::furniture::kinds`]).
    pub kinds: &'a [crate::sentences::furniture::Kind],
    /// Entity mentions (byte offsets), sorted.
    pub entities: &'a [Entity],
    /// Entity groups, indexed by [`Entity::group`].
    pub groups: &'a [Group],
    /// Part-of-speech tags, one per token ([`crate::pos::tag`]); empty to use the rules without tags.
    pub tags: &'a [Pos],
}

/// True when the word before byte `at` makes a time noun there an adverbial (`every`, `last`,
/// `this`, `next`, `each`).
fn adverbial(text: &str, at: usize) -> bool {
    let before = trim_end_by(head(text, at), is_space);
    let word = after_last_by(before, is_space);
    ADVERBIAL_DETERMINERS.contains_ignore_case(word)
}

crate::word_list::word_lists! {
    /// The words of [`adverbial`].
    const ADVERBIAL_DETERMINERS = "every last this next each";
    /// Nouns of time, which end a phrase before a name when [`adverbial`] (`Every autumn Google asks`,
    /// `Last week Apple said`): the name is the clause's subject.
    const TIME_NOUNS = "autumn fall spring summer winter week weekend year month day night morning afternoon evening \
        season quarter decade century today yesterday tomorrow time";
    /// Everyday words of news that name no topic alone (`analysts`, `officials`, `study`): never a
    /// keyphrase of one word, though a phrase may hold them (`energy analysts`).
    const GENERIC = "number part place minutes side chance spokesman spokeswoman spokesperson analysts critics \
        officials authorities study experts sources statement maker term result night";
}

/// Longest candidate cut from a run, in units.
pub const MAX_UNITS: usize = 3;
/// Longest candidate, in units: a whole run (a maximal phrase, what annotators mark) of up to this
/// many units is a candidate too, though no piece of it longer than [`MAX_UNITS`] is.
pub const MAX_RUN_UNITS: usize = 5;
/// Largest share of the list that names may take (a design choice, not tuned).
pub const NAME_SHARE: f64 = 0.4;
/// Weight of the words' own frequency against the phrase's (dev-tuned).
const WORD_WEIGHT: f64 = 0.8;
/// How fast the position bonus decays with the first occurrence, as a fraction of the text
/// (dev-tuned).
const POSITION_DECAY: f64 = 10.0;
/// Bonus per extra unit of a phrase (dev-tuned).
const LENGTH_BONUS: f64 = 0.22;
/// Bonus for a phrase that is a whole run of content units (a maximal phrase, as RAKE takes them),
/// scaled by the share of its occurrences that are whole runs (dev-tuned).
const WHOLE_RUN_BONUS: f64 = 1.5;
/// Factor for a phrase of two units or more that is never a whole run, only ever a piece of a longer
/// one (`sheet metal arc` of `sheet metal arc welding`, `intelligent product` of `intelligent
/// product manuals`): a fragment, where the whole run or its head compound names the thing
/// (dev-tuned; 0.3 to 0.5 score the same).
const FRAGMENT: f64 = 0.5;
/// Factor for a phrase only ever written in capitals (datelines, headlines in capitals), or seen
/// only once, in a title-case headline; set by reading the sample articles (and reused, not tuned,
/// for title case).
const SHOUTED: f64 = 0.5;
/// Factor on the score of a single common word that a phrase already chosen holds (`cartels` after
/// `Mexican cartels`, `floods` after `flash floods`), which tells the reader little more; it makes
/// room for other topics (`drug cartels`, `heavy rain`). Dev-tuned: 0.5 scores DUC-2001 / 500N /
/// Inspec / SemEval 0.333 / 0.146 / 0.300 / 0.194, 0.7 0.332 / 0.149 / 0.296 / 0.194, 1 (off)
/// 0.326 / 0.155 / 0.287 / 0.196; crowd-made 500N marks single words beside the phrases that hold
/// them (`sensor`, `image sensors`), the others seldom do. 0.7 keeps 500N above the 0.148.
/// Measured again once wrapped lines joined phrases ([`units`]): 0.6 0.333 / 0.147 / 0.304 / 0.209,
/// 0.7 0.332 / 0.149 / 0.301 / 0.207, 0.8 0.328 / 0.151 / 0.299 / 0.206, 1 0.326 / 0.155 / 0.292 /
/// 0.206.
const REDUNDANT: f64 = 0.7;
/// The general-English Zipf frequency a name's unit counts with.
const NAME_ZIPF: f64 = 3.5;

/// Each word's count, Zipf frequency, and whether it occurs in lower case.
type WordCounts = PooledMap<(usize, f64, bool)>;

struct Stat {
    count: usize,
    /// Token index (in the whole text) of the first occurrence.
    first_token: usize,
    /// Sentence index (in the whole text) of the first occurrence.
    first_sentence: usize,
    n: usize,
    last_sentence: usize,
    sentences: usize,
    whole: usize,
    capital: usize,
    /// Some occurrence is capitalised where a capital means a name (not opening a sentence).
    capital_inside: bool,
    /// The phrase's written forms and how often each occurs: the first in [`Collector::forms`].
    forms: usize,
    name: Option<usize>,
    has_name: bool,
    /// Opens with an evaluative adjective ([`units::Unit::evaluative`]).
    evaluative: bool,
}

/// A phrase's written form: its text's byte range in [`Collector::written`], how often it occurs,
/// and the phrase's next form in [`Collector::forms`] ([`NO_FORM`] for none). Every phrase's forms
/// are a list in one vector, in the order first seen: no allocation per phrase.
struct Form {
    start: usize,
    end: usize,
    count: usize,
    next: usize,
}

/// The end of a phrase's list of forms.
const NO_FORM: usize = usize::MAX;

/// A phrase's written forms as `(text, count)`, in the order first seen.
struct WrittenForms<'a> {
    written: &'a str,
    forms: &'a [Form],
    at: usize,
}

impl<'a> Iterator for WrittenForms<'a> {
    type Item = (&'a str, usize);

    fn next(&mut self) -> Option<(&'a str, usize)> {
        let f = self.forms.get(self.at)?;
        self.at = f.next;
        Some((Span::new(f.start, f.end).slice(self.written), f.count))
    }
}

/// Counts one occurrence of `surface` among the forms listed from `at` on, appending it to the
/// list (and its text to `written`) when new.
fn count_form(forms: &mut Vec<Form>, written: &mut String, mut at: usize, surface: &str) {
    let new = forms.len();
    while let Some(f) = forms.get_mut(at) {
        if written.get(f.start..f.end) == Some(surface) {
            f.count += 1;
            return;
        }
        if f.next == NO_FORM {
            f.next = new;
            break;
        }
        at = f.next;
    }
    let start = written.len();
    crate::vecs::push_str(written, surface);
    crate::vecs::push(
        forms,
        Form {
            start,
            end: written.len(),
            count: 1,
            next: NO_FORM,
        },
    );
}

/// The `limit` best keyphrases of the document, best first.
pub fn extract(doc: &Document, limit: usize) -> Vec<Keyword> {
    if limit == 0 || doc.tokens.is_empty() {
        return Vec::new();
    }
    let mut c = Collector::default();
    c.add(doc, 0, 0);
    c.finish(doc.groups, limit)
}

/// The keyphrase statistics of a text read in consecutive pieces (a long text's blocks, see
/// [`crate::blocks`]): [`Collector::add`] each piece in order, then [`Collector::finish`] ranks the
/// phrases of the whole text. One piece gives exactly [`extract`]'s result. Only the statistics are
/// kept between pieces (one entry per distinct phrase and word), never a piece's tokens.
pub struct Collector {
    /// Per unit key: occurrences, general-English Zipf frequency, and whether it was ever written
    /// in lower case.
    word_tf: WordCounts,
    stats: PooledMap<Stat>,
    /// Every phrase's written forms ([`Form`]), and their texts one after another.
    forms: Vec<Form>,
    written: String,
    /// Tokens read so far.
    tokens: usize,
    /// Whether the first sentence is a title-case headline (read from the first piece).
    headline: Option<bool>,
}

impl Default for Collector {
    /// No piece read yet. One call in the .wasm, where each of the two collectors of a text
    /// inlined it.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn default() -> Self {
        Collector {
            word_tf: WordCounts::default(),
            stats: PooledMap::default(),
            forms: Vec::new(),
            written: String::new(),
            tokens: 0,
            headline: None,
        }
    }
}

impl Collector {
    /// Reads one piece: its tokens are the `token_offset`-th on of the whole text, its sentences the
    /// `sentence_offset`-th on. `doc.entities` carry the whole text's group indices.
    pub fn add(&mut self, doc: &Document, token_offset: usize, sentence_offset: usize) {
        if self.headline.is_none() {
            self.headline = Some(title_case_headline(doc));
        }
        self.tokens += doc.tokens.len();
        let all = units::units(doc);
        let units = &all.list;
        // Room for a word and a phrase or two per unit (fewer are distinct), so that the lists grow
        // seldom.
        self.word_tf.reserve(units.len());
        self.stats.reserve(2 * units.len());
        let mut key = String::new();
        let mut shown = String::new();
        let mut a = 0;
        while a < units.len() {
            if units[a].kind == Kind::Break {
                a += 1;
                continue;
            }
            let mut b = a + 1;
            while b < units.len() && units[b].kind != Kind::Break && !units[b].boundary {
                b += 1;
            }
            let at = (token_offset, sentence_offset);
            add_run(&all, a, b, doc.text, at, self, (&mut key, &mut shown));
            a = b;
        }
    }

    /// The `limit` best keyphrases of everything read, best first; `groups` are the whole text's
    /// entity groups. The statistics stay: another `limit` may be asked for.
    pub fn finish(&self, groups: &[Group], limit: usize) -> Vec<Keyword> {
        if limit == 0 || self.tokens == 0 {
            return Vec::new();
        }
        score(self, groups, limit)
    }
}

fn add_run(
    all: &Units,
    a: usize,
    b: usize,
    text: &str,
    (token_offset, sentence_offset): (usize, usize),
    c: &mut Collector,
    (key, shown): (&mut String, &mut String),
) {
    let (word_tf, stats) = (&mut c.word_tf, &mut c.stats);
    let (forms, written) = (&mut c.forms, &mut c.written);
    let units: &[Unit] = &all.list;
    for u in crate::vecs::run(units, a, b) {
        let k = all.key(u);
        let lower = u.kind == Kind::Word && !u.capital;
        let e = word_tf.get_or_insert_with(k, || {
            let z = match u.kind {
                Kind::Name(..) => NAME_ZIPF,
                _ => f64::from(rarity::zipf(k)),
            };
            (0, z, false)
        });
        e.0 += 1;
        e.2 |= lower;
    }
    for i in a..b {
        key.clear();
        let mut has_name = false;
        for j in i..b.min(i + MAX_RUN_UNITS) {
            let u = &units[j];
            // A person's name ends a phrase (`U.S. envoy Marco Rubio` is two things), though it may
            // begin one (`Nash equilibrium`).
            if j > i && matches!(u.kind, Kind::Name(_, true)) {
                break;
            }
            // A name does not join a capitalised word that is not part of it (`State Marco Rubio`),
            // nor another name.
            let name = matches!(u.kind, Kind::Name(..));
            if j > i
                && ((name && (has_name || units[j - 1].capital))
                    || (has_name && u.capital)
                    || ((name || u.capital)
                        && TIME_NOUNS.contains(&all.key(&units[j - 1]))
                        && adverbial(text, units[j - 1].span.start)))
            {
                break;
            }
            has_name |= name;
            if j > i {
                crate::vecs::push_char(key, ' ');
            }
            crate::vecs::push_str(key, all.key(u));
            // With tags, a phrase ends on a noun (`drug cartels`, not `intelligent optimal`).
            // Longer than a piece may be: only the whole run.
            if !u.head || (j - i >= MAX_UNITS && (i != a || j + 1 != b)) {
                continue;
            }
            let span = Span::new(units[i].span.start, u.span.end);
            let surface = display_form(span.slice(text), units[i].lower_first, shown);
            let st = stats.get_or_insert_with(key, || Stat {
                count: 0,
                first_token: token_offset + units[i].token,
                first_sentence: sentence_offset + units[i].sentence,
                n: j - i + 1,
                last_sentence: sentence_offset + u.sentence,
                sentences: 0,
                whole: 0,
                capital: 0,
                capital_inside: false,
                forms: NO_FORM,
                name: match (i == j, u.kind) {
                    (true, Kind::Name(g, _)) => Some(g),
                    _ => None,
                },
                has_name,
                evaluative: false,
            });
            st.count += 1;
            st.evaluative |= units[i].evaluative && i < j;
            let sentence = sentence_offset + u.sentence;
            if st.sentences == 0 || st.last_sentence != sentence {
                st.sentences += 1;
            }
            st.last_sentence = sentence;
            if i == a && j + 1 == b {
                st.whole += 1;
            }
            if units[i].capital && !units[i].sentence_start {
                st.capital += 1;
            }
            st.capital_inside |= units[i].capital && !units[i].opens;
            if st.forms == NO_FORM {
                st.forms = forms.len();
            }
            count_form(forms, written, st.forms, surface);
        }
    }
}

/// The phrase as shown: `surface`, its first letter in lower case when `lower_first` (a common word
/// that opens a sentence), written into `buf`; not when every later word of it is capitalised as a
/// title is (`Grand Jury Prize` opening a line, not `grand Jury Prize`; but `multiple APFs`).
fn display_form<'a>(surface: &'a str, lower_first: bool, buf: &'a mut String) -> &'a str {
    let title_word = |w: &str| {
        let mut c = chars(w);
        c.next().is_some_and(is_upper) && c.next().is_some_and(is_lower)
    };
    let title_case =
        || crate::text::more_words_than(surface, 1) && words(surface).skip(1).all(title_word);
    let mut chars = chars(surface);
    match chars.next() {
        Some(c) if lower_first && !title_case() => {
            buf.clear();
            crate::case::push_lower(buf, c);
            crate::vecs::push_str(buf, chars.as_str());
            buf
        }
        _ => surface,
    }
}

fn score(c: &Collector, groups: &[Group], limit: usize) -> Vec<Keyword> {
    let total = c.tokens as f64;
    let headline = c.headline.unwrap_or(false);
    let word_tf = &c.word_tf;
    let forms_of = |s: &Stat| WrittenForms {
        written: &c.written,
        forms: &c.forms,
        at: s.forms,
    };
    let mut out: Vec<Ranked> = Vec::new();
    for (key, s) in c.stats.iter() {
        if !(s.name.is_some() || forms_of(s).any(|f| crate::text::more_chars_than(f.0, 2))) {
            continue;
        }
        // A phrase opened by an evaluative adjective (`recent advances`, `important design
        // considerations`) is a term only when the text repeats it (`relevant documents` in a
        // paper on retrieval): technical terms are repeated noun phrases (Justeson & Katz 1995).
        // Once, it is a passing description, and the rest of it (`design considerations`) is the
        // candidate.
        if s.evaluative && s.sentences < 2 {
            continue;
        }
        // A whole run longer than a piece may be is kept only when its head (last unit) is seen
        // again in the text: a run read once around an unrepeated last word is most often a verb the
        // tagger took for a noun (`powerful Atlantic storm swept across`, `Broncos top brass skip`).
        if s.n > MAX_UNITS
            && word_tf
                .get(after_last_by(key, |c| c == ' '))
                .is_none_or(|e| e.0 < 2)
        {
            continue;
        }
        // The most frequent written form, shown unless the phrase is an entity's; a role is no
        // topic.
        let form = s.name.is_none().then(|| best_form(forms_of(s)));
        let generic = |f: &str| s.n == 1 && f.len() <= 12 && is_generic(f);
        if form.is_some_and(|f| is_title(f) || generic(f)) {
            continue;
        }
        // Rarity (an IDF from general English) and frequency of the words: the phrase's key is
        // its units' keys joined by spaces (a unit's key never holds one).
        let (mut idf, mut tf) = (0.0, 0.0);
        // Whether the text also writes the first word in lower case.
        let mut first_lower = None;
        for w in split_char(key, ' ') {
            let (wtf, z, lower) = word_tf.get(w).copied().unwrap_or((1, NAME_ZIPF, false));
            first_lower.get_or_insert(lower);
            idf += ((9.0 - z) / (9.0 - f64::from(rarity::UNKNOWN_ZIPF))).max(0.05);
            tf += wtf as f64;
        }
        let n = s.n as f64;
        let (idf, tf) = (idf / n, tf / n);
        // Frequency: the sentences that hold the phrase; for an entity, its group's mentions.
        let count = match s.name {
            Some(g) => groups.get(g).map_or(s.count, |g| g.mentions.max(s.count)),
            None => s.count,
        };
        let spread = match s.name {
            Some(_) => count,
            None => s.sentences,
        } as f64;
        let freq = spread.sqrt() + WORD_WEIGHT * (tf.sqrt() - 1.0);
        let first = s.first_token as f64;
        let position = 1.0 + 1.0 / (1.0 + POSITION_DECAY * first / total);
        // A whole run longer than a piece may be earns no bonus for its length: it ranks on
        // its statistics alone, against its pieces (dev-tuned).
        let length = if s.n <= MAX_UNITS {
            1.0 + LENGTH_BONUS * (n - 1.0)
        } else {
            1.0
        };
        let whole = if s.n > 1 && s.whole == 0 {
            FRAGMENT
        } else {
            1.0 + WHOLE_RUN_BONUS * s.whole as f64 / s.count as f64
        };
        // Only ever in capitals (and not a short acronym, which a topic repeats): a dateline
        // (`MEXICO CITY -`, `TOKYO (AP) -`) or a headline in capitals. Or a phrase of two units or more seen once, only in a
        // title-case headline: the headline's wording (`F-16 Crashes`, `Engine Problems`),
        // whose capitals are its style, not a name's (YAKE's casing feature, Campos et al.
        // 2020, likewise trusts only capitals inside sentences).
        let shouted = if forms_of(s).all(|f| {
            !any_char(f.0, is_lower) && (f.0.len() > 5 || has_char(f.0, ' ') || s.count == 1)
        }) || (headline && s.count == 1 && s.n > 1 && s.first_sentence == 0)
        {
            SHOUTED
        } else {
            1.0
        };
        let score = freq * position * length * whole * shouted * idf;
        let text = s
            .name
            .and_then(|g| groups.get(g))
            .filter(|g| !crate::text::more_words_than(&g.name, 4))
            .map_or_else(
                || form.unwrap_or_else(|| best_form(forms_of(s))),
                |g| g.name.as_str(),
            );
        // A phrase capitalised only where it opens a sentence, whose first word the text also
        // writes in lower case, is shown in lower case (`Dock workers` after `dock strike`).
        let first_lower = first_lower.unwrap_or(false);
        let lower_first = s.name.is_none() && !s.has_name && !s.capital_inside && first_lower;
        // Casing: capitalised inside sentences at least half the time marks a name.
        let is_name = s.has_name || 2 * s.capital >= s.count;
        crate::vecs::push(
            &mut out,
            Ranked {
                is_name,
                key,
                text,
                lower_first,
                score,
                count,
            },
        );
    }
    // A text has hundreds of candidates, of which `select` reads a few dozen: only those that score
    // at least the `HEAD`-th best score are sorted, and all of them when that proves too few. Every
    // candidate that ties with one in the head (same score) is in it too, so the head sorted is the
    // start of the whole list sorted, ties and all.
    let head = HEAD_PER_KEYPHRASE * limit + HEAD_EXTRA;
    let mut least = (out.len() > head).then(|| head_score(&out, head));
    loop {
        let mut best: Vec<&Ranked> = Vec::new();
        for r in &out {
            if least.is_none_or(|t| r.score.total_cmp(&t).is_ge()) {
                crate::vecs::push(&mut best, r);
            }
        }
        let partial = best.len() < out.len();
        if let Some(chosen) = select(&ranked(best), limit, partial) {
            return chosen;
        }
        // The head was too short: the whole list, for which `select` always answers.
        least = None;
    }
}

/// The `head`-th best score of `ranked` (`1 <= head <= ranked.len()`) by [`f64::total_cmp`]: the best
/// `head` scores are kept in order as the list is read (candidates come in hash order, so few of
/// them ever enter).
fn head_score(ranked: &[Ranked], head: usize) -> f64 {
    let mut best: Vec<f64> = crate::vecs::with_capacity(head + 1);
    for r in ranked {
        if best.len() == head && best.last().is_some_and(|t| r.score.total_cmp(t).is_le()) {
            continue;
        }
        let at = best.partition_point(|t| t.total_cmp(&r.score).is_ge());
        best.insert(at, r.score);
        best.truncate(head);
    }
    best.last().copied().unwrap_or(f64::NEG_INFINITY)
}

/// How many candidates per keyphrase asked for are sorted first ([`score`]); with [`HEAD_EXTRA`]
/// more, enough for [`select`] to skip duplicates, waiting words and names past the cap.
const HEAD_PER_KEYPHRASE: usize = 3;
/// See [`HEAD_PER_KEYPHRASE`].
const HEAD_EXTRA: usize = 10;

/// `candidates` best first: by score, then by text (then as listed: the sort is stable).
fn ranked<'a, 'b>(mut candidates: Vec<&'b Ranked<'a>>) -> Vec<&'b Ranked<'a>> {
    crate::sort::sort_by(&mut candidates, |a, b| {
        b.score.total_cmp(&a.score).then(a.text.cmp(b.text))
    });
    candidates
}

/// A scored phrase before selection, its text borrowed (only the few selected are copied out).
struct Ranked<'a> {
    /// Counts against the cap on names.
    is_name: bool,
    /// The matching key: the units' stems joined by spaces.
    key: &'a str,
    /// The text shown.
    text: &'a str,
    /// Shown with its first letter in lower case.
    lower_first: bool,
    score: f64,
    count: usize,
}

impl Ranked<'_> {
    /// The reported keyphrase.
    fn keyword(&self) -> Keyword {
        let mut buf = String::new();
        // A line break inside the phrase (hard-wrapped text) is shown as a space.
        let mut text = String::new();
        for word in words(display_form(self.text, self.lower_first, &mut buf)) {
            if !text.is_empty() {
                crate::vecs::push_char(&mut text, ' ');
            }
            crate::vecs::push_str(&mut text, word);
        }
        Keyword {
            text,
            score: self.score,
            count: self.count,
        }
    }
}

/// True when the first sentence is a headline: a title-case line, at least two words that are not
/// stopwords, every one of them capitalised (`F-16 Crashes In Germany`), or a line set apart by a
/// blank line that ends without a sentence's final punctuation (`Treasury yields slide as Fed
/// signals pause`, a web page's headline, whose verbs the part-of-speech tagger may read as nouns).
/// A title on the line right above its text (`Utilizing Web-based case studies...` of an
/// abstract) is no such headline: its phrases are its text's topics.
fn title_case_headline(doc: &Document) -> bool {
    let Some(first) = doc.sentences.first() else {
        return false;
    };
    let line = trim_end_by(first.slice(doc.text), is_space);
    let after = tail(doc.text, first.end);
    // The line after the first line break, found by a byte search (a text without one is read
    // once, fast).
    let blank = split_char(after, '\n').nth(1).is_some_and(|l| {
        trim_by(l, is_space).is_empty()
            && trim_start_by(after, |c| matches!(c, ' ' | '\t' | '\r')).starts_with('\n')
    });
    if blank
        && !ends_by(line, |c| {
            matches!(c, '.' | '!' | '?' | '"' | '\u{201d}' | ':')
        })
    {
        return true;
    }
    let mut n = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.span.start >= first.end {
            break;
        }
        let low = doc.forms.lower(i);
        if t.kind != TokenKind::Word || !starts_by(low, is_alpha) || doc.forms.is_stopword(i) {
            continue;
        }
        if !starts_by(t.span.slice(doc.text), is_upper) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// True when `form` lower-cases to one of the [`GENERIC`] words. Natively an ASCII form (nearly all)
/// is compared with the (lower-case ASCII) words without a lower-case copy; another may still
/// lower-case to one (the Kelvin sign to `k`). The .wasm makes the copy: fewer bytes.
fn is_generic(form: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if form.is_ascii() {
        return GENERIC.iter().any(|w| w.eq_ignore_ascii_case(form));
    }
    GENERIC.contains_lowercase(form)
}

/// True for a phrase of two words or more that are all title words (`Prime Minister`, `chief
/// executive`, `Vice President`), or one capitalised title word (`Minister` cut from `Prime
/// Minister`): a role, which the names beside it make a topic, not itself one. A lower-case single
/// word stays (`justice`, `state` can be topics).
fn is_title(phrase: &str) -> bool {
    // One word not capitalised is no title whatever the word (and most candidates are one).
    if !starts_by(phrase, is_upper) && !crate::text::more_words_than(phrase, 1) {
        return false;
    }
    let mut n = 0;
    for w in words(phrase) {
        if !crate::entities::groups::is_title(w) {
            return false;
        }
        n += 1;
    }
    n >= 2 || (n == 1 && starts_by(phrase, is_upper))
}

/// The most frequent written form; on a tie, one not in capitals (a headline), then the first in
/// alphabetical order.
fn best_form(forms: WrittenForms<'_>) -> &str {
    let caps = |s: &str| !any_char(s, is_lower);
    // `max_by`'s choice: the last of the greatest.
    let mut best: Option<(&str, usize)> = None;
    for f in forms {
        let ahead = best.is_none_or(|b| {
            f.1.cmp(&b.1)
                .then(caps(b.0).cmp(&caps(f.0)))
                .then(b.0.cmp(f.0))
                .is_ge()
        });
        if ahead {
            best = Some(f);
        }
    }
    best.map_or("", |f| f.0)
}

/// The best `limit` of the ranked list with names capped at [`NAME_SHARE`]; names past the cap fill
/// what is left. Scores are made non-increasing. When `partial` (`ranked` is only the start of the
/// list) and it runs out before `limit` are chosen, `None`: the rest of the list could change the
/// choice.
fn select(ranked: &[&Ranked], limit: usize, partial: bool) -> Option<Vec<Keyword>> {
    let cap = ((limit as f64 * NAME_SHARE).ceil() as usize).max(1);
    let mut names = 0;
    let mut out: Vec<Keyword> = crate::vecs::with_capacity(limit);
    let mut late = Vec::new();
    // The lower-case texts already in `out` or `late` (a set: a scan of the lists would be quadratic
    // when a text has thousands of names), as the keys of a map of the type the entity linker's
    // maps are (values unused): one hash table type fewer in the .wasm than a set of strings.
    let mut seen: PooledMap<(usize, usize)> = PooledMap::default();
    let mut out_keys: Vec<&str> = crate::vecs::with_capacity(limit);
    let mut waiting: Vec<(f64, &Ranked)> = Vec::new();
    for &r in ranked {
        if out.len() == limit {
            break;
        }
        let low = crate::case::lowercase(r.text);
        if seen.get(&low).is_some() {
            continue;
        }
        seen.get_or_insert_with(&low, || (0, 0));
        // A single common word that a phrase already chosen holds (`cartels` after `Mexican
        // cartels`) says less: it waits until its score times REDUNDANT beats the next phrase's.
        if !r.is_name
            && !has_char(r.key, ' ')
            && out_keys
                .iter()
                .any(|k: &&str| split_by(k, |c| c == ' ').any(|w| w == r.key))
        {
            crate::vecs::push(&mut waiting, (r.score * REDUNDANT, r));
            continue;
        }
        while out.len() < limit && waiting.first().is_some_and(|w| w.0 >= r.score) {
            let w = waiting.remove(0).1;
            crate::vecs::push(&mut out, w.keyword());
            crate::vecs::push(&mut out_keys, w.key);
        }
        if out.len() == limit {
            break;
        }
        if r.is_name {
            if names == cap {
                // Only the first `limit` late names can ever be used.
                if late.len() < limit {
                    crate::vecs::push(&mut late, r.keyword());
                }
                continue;
            }
            names += 1;
        }
        crate::vecs::push(&mut out, r.keyword());
        crate::vecs::push(&mut out_keys, r.key);
    }
    if partial && out.len() < limit {
        return None;
    }
    for (_, w) in waiting {
        if out.len() < limit {
            crate::vecs::push(&mut out, w.keyword());
        }
    }
    late.truncate(limit - out.len());
    out.append(&mut late);
    for i in 1..out.len() {
        if out[i].score > out[i - 1].score {
            out[i].score = out[i - 1].score;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_words_match_in_any_case() {
        for (form, want) in [
            ("officials", true),
            ("Officials", true),
            ("SPOKESMAN", true),
            ("Ma\u{212A}er", true),
            ("makers", false),
            ("Öfficials", false),
            ("", false),
        ] {
            assert_eq!(is_generic(form), want, "{form}");
            let low = crate::case::lowercase(form);
            assert_eq!(is_generic(form), GENERIC.contains(&low.as_str()), "{form}");
        }
    }

    #[test]
    fn head_score_is_the_sorted_one() {
        // A small linear congruential generator: few distinct scores, so many ties, and -0.0.
        let mut x = 987_654_321u64;
        for n in 1..60 {
            let ranked: Vec<Ranked> = (0..n)
                .map(|_| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let score = match x >> 61 {
                        0 => -0.0,
                        1 => 0.0,
                        k => k as f64 + (x >> 63) as f64 * 0.5,
                    };
                    Ranked {
                        is_name: false,
                        key: "",
                        text: "",
                        lower_first: false,
                        score,
                        count: 1,
                    }
                })
                .collect();
            let mut sorted: Vec<f64> = ranked.iter().map(|r| r.score).collect();
            sorted.sort_by(|a, b| b.total_cmp(a));
            for head in 1..=n {
                let got = head_score(&ranked, head);
                assert_eq!(got.to_bits(), sorted[head - 1].to_bits(), "{n} {head}");
            }
        }
    }
}
