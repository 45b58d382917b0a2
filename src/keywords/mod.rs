//! Keyphrase extraction: the phrases a reader would pick as the article's topics.
//!
//! **Candidates** ([`units`]) are runs of content units inside one sentence: words, hyphenated
//! compounds kept whole (`U.S.-Mexico relations`) and whole name mentions from the entity stage. A run
//! ends at a stopword, punctuation, a number, a clitic or contraction, a line break, a sentence end,
//! markup debris ([`markup`]) or a verb. Every sub-run of one to [`MAX_UNITS`] units is a candidate,
//! except that a person's name stands alone. Units are matched by a stemmed key ([`stem`]), so
//! `drug cartel` and `drug cartels` are one phrase, shown in its most frequent written form; the
//! mentions of one entity group (`Marco Rubio`, `Rubio`) are one unit shown by the group's name.
//!
//! **Statistics** of the kind that work on news (as in YAKE: Campos et al. 2020, "YAKE! Keyword
//! extraction from single documents using multiple local features"; and PositionRank: Florescu &
//! Caragea 2017):
//! - frequency of the phrase and of its words (an entity's frequency is its group's mention count);
//! - position of the first occurrence (news states its topic in the headline and lead);
//! - spread: how far apart in the article its first and last occurrences are;
//! - rarity of its words in general English ([`rarity`], from `wordfreq`), the stand-in for an IDF;
//! - casing: capitalised inside sentences marks a name the entity stage did not find;
//! - length, and whether it fills a whole run (maximal phrases are what annotators mark).
//!
//! **Selection**: best first, with names capped at [`NAME_SHARE`] of the list so that topics
//! (`drug cartels`, `sovereignty`) stand beside the people and places; names beyond the cap only fill
//! places no topic can take.
//!
//! Weights tuned on the shared dev sets (DUC-2001, 500N-KPCrowd, Inspec, SemEval-2010): listed at each
//! constant marked "dev-tuned".

pub mod markup;
pub mod rarity;
pub mod stem;
pub mod units;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::entities::{Entity, Group};
use crate::text::Span;
use crate::tokens::{Forms, Token};
use units::{Kind, Unit};

/// One ranked keyphrase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The phrase as written in the text (its most frequent form; an entity's group name).
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
    /// Entity mentions (byte offsets), sorted.
    pub entities: &'a [Entity],
    /// Entity groups, indexed by [`Entity::group`].
    pub groups: &'a [Group],
}

/// Longest candidate, in units.
pub const MAX_UNITS: usize = 3;
/// Largest share of the list that names may take.
pub const NAME_SHARE: f64 = 0.4;

#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn p(name: &str, default: f64) -> f64 {
    static P: std::sync::OnceLock<HashMap<String, f64>> = std::sync::OnceLock::new();
    let m = P.get_or_init(|| {
        std::env::vars()
            .filter_map(|(k, v)| Some((k.strip_prefix("KW_")?.to_string(), v.parse().ok()?)))
            .collect()
    });
    m.get(name).copied().unwrap_or(default)
}
#[cfg(target_arch = "wasm32")]
pub(crate) fn p(_: &str, default: f64) -> f64 {
    default
}

struct Stat<'a> {
    count: usize,
    /// Unit index of the first occurrence.
    first: usize,
    n: usize,
    first_sentence: usize,
    last_sentence: usize,
    sentences: usize,
    whole: usize,
    capital: usize,
    forms: Vec<(&'a str, usize)>,
    name: Option<usize>,
    has_name: bool,
}

/// The `limit` best keyphrases of the document, best first.
pub fn extract(doc: &Document, limit: usize) -> Vec<Keyword> {
    if limit == 0 || doc.tokens.is_empty() {
        return Vec::new();
    }
    let text = doc.text;
    let units = units::units(text, doc.tokens, doc.forms, doc.sentences, doc.entities);
    let mut word_tf: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut stats: HashMap<String, Stat> = HashMap::new();
    let mut key = String::new();
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
        add_run(&units, a, b, text, &mut word_tf, &mut stats, &mut key);
        a = b;
    }
    score(doc, &units, &word_tf, stats, limit)
}

fn add_run<'a>(
    units: &'a [Unit],
    a: usize,
    b: usize,
    text: &'a str,
    word_tf: &mut HashMap<&'a str, (usize, usize)>,
    stats: &mut HashMap<String, Stat<'a>>,
    key: &mut String,
) {
    for u in &units[a..b] {
        word_tf.entry(u.key.as_str()).or_insert((0, u.token)).0 += 1;
    }
    for i in a..b {
        key.clear();
        let mut has_name = false;
        for j in i..b.min(i + MAX_UNITS) {
            let u = &units[j];
            let person = matches!(u.kind, Kind::Name(_, true));
            if j > i && (person || matches!(units[i].kind, Kind::Name(_, true))) {
                break;
            }
            // A name does not join a capitalised word that is not part of it (`State Marco Rubio`),
            // nor another name.
            let name = matches!(u.kind, Kind::Name(..));
            if j > i && ((name && (has_name || units[j - 1].capital)) || (has_name && u.capital)) {
                break;
            }
            has_name |= name;
            if j > i {
                key.push(' ');
            }
            key.push_str(&u.key);
            let span = Span::new(units[i].span.start, u.span.end);
            let surface = span.slice(text);
            let st = match stats.get_mut(key.as_str()) {
                Some(s) => s,
                None => stats.entry(key.clone()).or_insert(Stat {
                    count: 0,
                    first: i,
                    n: j - i + 1,
                    first_sentence: u.sentence,
                    last_sentence: u.sentence,
                    sentences: 0,
                    whole: 0,
                    capital: 0,
                    forms: Vec::new(),
                    name: match (i == j, u.kind) {
                        (true, Kind::Name(g, _)) => Some(g),
                        _ => None,
                    },
                    has_name,
                }),
            };
            st.count += 1;
            if st.sentences == 0 || st.last_sentence != u.sentence {
                st.sentences += 1;
            }
            st.last_sentence = u.sentence;
            if i == a && j + 1 == b {
                st.whole += 1;
            }
            if units[i].capital && !units[i].sentence_start {
                st.capital += 1;
            }
            match st.forms.iter_mut().find(|f| f.0 == surface) {
                Some(f) => f.1 += 1,
                None => st.forms.push((surface, 1)),
            }
        }
    }
}

fn score(
    doc: &Document,
    units: &[Unit],
    word_tf: &HashMap<&str, (usize, usize)>,
    stats: HashMap<String, Stat>,
    limit: usize,
) -> Vec<Keyword> {
    let total = doc.tokens.len() as f64;
    let n_sent = doc.sentences.len().max(1) as f64;
    let mut zipf_cache: HashMap<&str, f64> = HashMap::new();
    let (tf_exp, word_w, pos_w, pos_decay) = (
        p("TF_EXP", 0.5),
        p("WORD_W", 0.5),
        p("POS_W", 1.0),
        p("POS_DECAY", 10.0),
    );
    let (len_bonus, whole_w, name_w, idf_exp) = (
        p("LEN", 0.35),
        p("WHOLE", 1.5),
        p("NAME", 1.2),
        p("IDF", 1.0),
    );
    let (spread_w, case_w, unknown) = (
        p("SPREAD", 0.0),
        p("CASE", 0.0),
        p("UNKNOWN", f64::from(rarity::UNKNOWN_ZIPF)),
    );
    let mut out: Vec<(bool, String, Keyword)> = stats
        .into_iter()
        .filter(|(_, s)| {
            s.forms
                .iter()
                .map(|f| f.0.chars().count())
                .max()
                .unwrap_or(0)
                >= 3
                || s.name.is_some()
        })
        .map(|(key, s)| {
            let words = &units[s.first..s.first + s.n];
            let mut idf = 0.0;
            let mut tf = 0.0;
            let mut sum = 0.0;
            for u in words {
                let z = match u.kind {
                    Kind::Name(..) => p("NAME_ZIPF", 3.5),
                    _ => *zipf_cache.entry(u.key.as_str()).or_insert_with(|| {
                        let z = f64::from(rarity::zipf(&u.key));
                        if z <= f64::from(rarity::UNKNOWN_ZIPF) {
                            unknown
                        } else {
                            z
                        }
                    }),
                };
                let wi = ((9.0 - z) / (9.0 - unknown)).max(0.05);
                idf += wi;
                let (wtf, wfirst) = word_tf.get(u.key.as_str()).copied().unwrap_or((1, 0));
                tf += wtf as f64;
                sum += (wtf as f64).powf(p("WTF", 0.5))
                    * wi.powf(idf_exp)
                    * (1.0 + pos_w / (1.0 + pos_decay * wfirst as f64 / total));
            }
            let n = s.n as f64;
            let (idf, tf) = (idf / n, tf / n);
            let count = match s.name {
                Some(g) => doc
                    .groups
                    .get(g)
                    .map_or(s.count, |g| g.mentions.max(s.count)),
                None => s.count,
            } as f64;
            let first = doc.tokens.len().min(units[s.first].token) as f64;
            let freq = count.powf(tf_exp) + word_w * (tf.sqrt() - 1.0);
            let position = 1.0 + pos_w / (1.0 + pos_decay * first / total);
            let length = 1.0 + len_bonus * (n - 1.0);
            let whole = 1.0 + whole_w * s.whole as f64 / s.count as f64;
            let spread = 1.0 + spread_w * (s.last_sentence - s.first_sentence) as f64 / n_sent;
            let capital = s.capital as f64 / s.count as f64;
            let case = 1.0 + case_w * capital;
            let name = if s.has_name { name_w } else { 1.0 };
            // Only ever in capitals: a dateline (`MEXICO CITY -`) or a headline in capitals.
            // (Acronyms, short and in one word, are not shouted.)
            let shouted = if s.forms.iter().all(|f| {
                !f.0.chars().any(char::is_lowercase) && (f.0.len() > 5 || f.0.contains(' '))
            }) {
                p("SHOUT", 0.5)
            } else {
                1.0
            };
            let score = if p("MODE", 0.0) == 1.0 {
                sum / n.powf(p("NORM", 0.5))
                    * count.powf(p("PTF", 0.3))
                    * whole
                    * position.powf(p("PP", 0.5))
                    * name
                    * spread
                    * case
            } else {
                freq * position
                    * length
                    * whole
                    * spread
                    * case
                    * name
                    * shouted
                    * idf.powf(idf_exp)
            };
            let text = match s.name {
                Some(g) => doc
                    .groups
                    .get(g)
                    .filter(|g| g.name.split_whitespace().count() <= 4)
                    .map(|g| g.name.clone()),
                None => None,
            }
            .unwrap_or_else(|| best_form(&s.forms).to_string());
            let is_name = s.has_name || capital >= 0.5;
            (
                is_name,
                key,
                Keyword {
                    text,
                    score,
                    count: count as usize,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| {
        b.2.score
            .total_cmp(&a.2.score)
            .then(a.2.text.cmp(&b.2.text))
    });
    select(out, limit)
}

/// The most frequent written form; on a tie, one not in capitals (a headline), then the first in
/// alphabetical order.
fn best_form<'a>(forms: &[(&'a str, usize)]) -> &'a str {
    let caps = |s: &str| !s.chars().any(char::is_lowercase);
    forms
        .iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(caps(b.0).cmp(&caps(a.0)))
                .then(b.0.cmp(a.0))
        })
        .map_or("", |f| f.0)
}

/// The best `limit` of the ranked list with names capped at [`NAME_SHARE`]; names past the cap fill
/// what is left. Scores are made non-increasing.
fn select(ranked: Vec<(bool, String, Keyword)>, limit: usize) -> Vec<Keyword> {
    let sub = p("SUB", 0.0) as u32;
    let mut keys: Vec<String> = Vec::new();
    let cap = ((limit as f64 * p("SHARE", NAME_SHARE)).ceil() as usize).max(1);
    let mut names = 0;
    let mut out = Vec::with_capacity(limit);
    let mut late = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (is_name, key, k) in ranked {
        if out.len() == limit {
            break;
        }
        let padded = format!(" {key} ");
        if (sub & 1 != 0 && keys.iter().any(|x| x.contains(&padded)))
            || (sub & 2 != 0 && keys.iter().any(|x| padded.contains(x.as_str())))
        {
            continue;
        }
        if !seen.insert(k.text.to_lowercase()) {
            continue;
        }
        if is_name {
            if names == cap {
                late.push(k);
                continue;
            }
            names += 1;
        }
        keys.push(padded);
        out.push(k);
    }
    let room = limit - out.len();
    out.extend(late.into_iter().take(room));
    for i in 1..out.len() {
        if out[i].score > out[i - 1].score {
            out[i].score = out[i - 1].score;
        }
    }
    out
}
