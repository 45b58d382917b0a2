//! Sentence features for the summary's scorer.
//!
//! Every sentence that may stand in a summary (see [`super::lines`]) gets a sparse vector of about
//! thirty active features, grouped as in [`GROUPS`]:
//!
//! - position among the summary-eligible sentences, bucketed, separately for short (at most 12
//!   eligible sentences) and long documents; relative position; the last sentence;
//! - length in words, bucketed;
//! - keyphrase coverage: how many of the analysis's top keyphrases the sentence holds, whether it holds
//!   the first, and their share of the keyphrase scores;
//! - entity coverage: name and value mentions, the salient things (the three name groups with the
//!   most mentions, at least two each) the sentence names, whether it names the most salient one or
//!   introduces one (holds its first mention), and which name labels it holds;
//! - centrality: the cosine between the sentence's content words and the text's content-word
//!   frequencies (the centroid idea of Radev et al. 2004), its rank in the text, the cosine with the
//!   first eligible sentence, and the shares of its content words that occur
//!   before and after it;
//! - the lead's quality: length, salient names, centrality and keyphrase share of each of the first
//!   three eligible sentences (a lead that only sets a scene is not a summary);
//! - the first word's class (pronoun, connective, article, preposition, name, number, other);
//! - quotations (opens with a quote, holds one, is mostly quoted, has a speech verb), numbers;
//! - "not a sentence" cues: no final punctuation, a question, an exclamation, ends in a colon, starts
//!   in lower case, mostly capitals, web furniture (`http`, `@`, `www.`), a `|`, an opening bracket, a
//!   short label before a colon (`Pictured: ...`).
//!
//! One set of weights serves every text, flat wire copy and a pasted page with a headline and
//! paragraphs alike: the same article scores the same either way.
//!
//! Words are compared by a hash of their lower-case Porter stem ([`super::stem`], for ASCII words of
//! four or more letters) or of their lower-case form with a plural `s` dropped; content words are
//! words of two or more letters that are not stopwords.

use std::sync::OnceLock;

use super::lines::{self, Kind};
use super::Inputs;
use crate::entities::Label;
use crate::model::hash::IdMap;
use crate::text::{
    chars, ends_by, find_char, first_char, has_any, has_char, has_str, is_alpha, is_ascii,
    is_lower, is_upper, parse_u32, split_once_char, starts_by, tail, upper_with_lower, Span,
};
use crate::tokens::{self, token_at, TokenKind};
use crate::vecs::{at, at_mut, run};
use crate::word_list::WordList;

/// One group of features: a name and how many features (buckets) it has.
pub struct Group {
    /// The name used in the model file (`name.k` for bucket `k`; `name` when there is one).
    pub name: &'static str,
    /// Number of features.
    pub size: usize,
}

const fn g(name: &'static str, size: usize) -> Group {
    Group { name, size }
}

/// Every feature group, in order; a feature's index is its group's offset plus its bucket.
pub const GROUPS: &[Group] = &[
    g("bias", 1),
    g("pos_short", 11), // 0 1 2 3 4 5 6-7 8-10 11-15 16-25 26+
    g("pos_long", 11),
    g("relpos", 5), // fifths of the eligible sentences
    g("last", 1),
    g("words", 10),     // 1-4 5-8 9-12 13-16 17-20 21-25 26-30 31-40 41-55 56+
    g("keyphrases", 4), // 0 1 2 3+
    g("top_keyphrase", 1),
    g("keyphrase_share", 1),
    g("names", 4),   // 0 1 2 3+
    g("values", 3),  // 0 1 2+
    g("salient", 3), // 0 1 2+
    g("top_group", 1),
    g("introduces", 1),
    g("labels", 3), // PERSON ORG PLACE
    g("centrality", 1),
    g("central_rank", 6), // 0 1 2 3-4 5-9 10+
    g("lead_sim", 1),
    g("quote", 4),   // opens, holds, mostly quoted, speech verb
    g("numbers", 4), // 0 1 2 3+
    g("cue", 10),    // no final, ?, :, lower start, capitals, web, |, (, label:, !
    // The first word: a pronoun (he, it, this...), a connective (but, and, however...), an article,
    // a preposition or subordinator (in, after, when...), a capitalised name-like word, a number,
    // anything else.
    g("opener", 7),
    // The lead's quality: for each of the first three eligible sentences, its length (up to 10,
    // 11-20, 21-30, 31+ words), whether it names a salient thing, its centrality and its share of
    // the keyphrase scores.
    g("lead_words", 12),
    g("lead_salient", 3),
    g("lead_centrality", 3),
    g("lead_keyphrases", 3),
    // Shares of the sentence's content words that occur in earlier / later eligible sentences.
    g("seen_before", 1),
    g("seen_after", 1),
];

const fn offsets() -> [usize; GROUPS.len()] {
    let mut o = [0; GROUPS.len()];
    let mut i = 1;
    while i < GROUPS.len() {
        o[i] = o[i - 1] + GROUPS[i - 1].size;
        i += 1;
    }
    o
}

const OFFSETS: [usize; GROUPS.len()] = offsets();

/// How many features there are.
pub const N_FEATURES: usize = OFFSETS[GROUPS.len() - 1] + GROUPS[GROUPS.len() - 1].size;

// Group indices (positions in GROUPS).
const BIAS: usize = 0;
const POS_SHORT: usize = 1;
const POS_LONG: usize = 2;
const RELPOS: usize = 3;
const LAST: usize = 4;
const WORDS: usize = 5;
const KEYPHRASES: usize = 6;
const TOP_KEYPHRASE: usize = 7;
const KEYPHRASE_SHARE: usize = 8;
const NAMES: usize = 9;
const VALUES: usize = 10;
const SALIENT: usize = 11;
const TOP_GROUP: usize = 12;
const INTRODUCES: usize = 13;
const LABELS: usize = 14;
const CENTRALITY: usize = 15;
const CENTRAL_RANK: usize = 16;
const LEAD_SIM: usize = 17;
const QUOTE: usize = 18;
const NUMBERS: usize = 19;
const CUE: usize = 20;
const OPENER: usize = 21;
const LEAD_WORDS: usize = 22;
const LEAD_SALIENT: usize = 23;
const LEAD_CENTRALITY: usize = 24;
const LEAD_KEYPHRASES: usize = 25;
const SEEN_BEFORE: usize = 26;
const SEEN_AFTER: usize = 27;

/// The word classes of [`opener_class`] 0 to 3: pronouns and demonstratives, connectives,
/// articles, prepositions and time words.
static OPENERS: [WordList; 4] = [
    PRONOUNS,
    CONNECTIVES,
    crate::word_list::ARTICLES,
    PREPOSITIONS,
];

crate::word_list::word_lists! {
    /// Pronouns and demonstratives (opener class 0).
    const PRONOUNS = "he she it they we i you his her its their this that these those there him them our my";
    /// Connectives (opener class 1).
    const CONNECTIVES = "but and so yet or however also still meanwhile instead then now nevertheless moreover \
        furthermore indeed although though even nor";
    /// Prepositions and time words (opener class 3).
    const PREPOSITIONS = "in on at after before when while as for with during since if by from according despite \
        under over to of until because last earlier later";
    /// The speech verbs (and `according`) of the quote feature.
    const SPEECH_WORDS = "said says told added according asked insisted explained";
}

/// The class of a sentence's first word (see the `opener` group).
fn opener_class(word: &str) -> usize {
    let mut buf = [0u8; 16];
    let lower = crate::text::ascii_lower_in(word, &mut buf).unwrap_or("");
    if let Some(class) = OPENERS.iter().position(|list| list.contains(&lower)) {
        class
    } else if starts_by(word, |c| c.is_ascii_digit()) {
        5
    } else if upper_with_lower(word) {
        4
    } else {
        6
    }
}

/// The group (its name) of feature `i`.
pub fn group_name(i: usize) -> &'static str {
    GROUPS[OFFSETS.partition_point(|&o| o <= i) - 1].name
}

/// Every group, in feature order, as the model file names it (`pos_short`, `words`), with the
/// indices of its features.
pub fn model_groups() -> impl Iterator<Item = (&'static str, std::ops::Range<usize>)> {
    GROUPS
        .iter()
        .zip(OFFSETS)
        .map(|(grp, start)| (grp.name, start..start + grp.size))
}

/// The name of feature `i` as the model file writes it: `group.bucket` (or `group` for a group of
/// one).
pub fn name(i: usize) -> String {
    let gi = OFFSETS.partition_point(|&o| o <= i) - 1;
    let grp = &GROUPS[gi];
    if grp.size == 1 {
        crate::vecs::to_string(grp.name)
    } else {
        crate::vecs::format(format_args!("{}.{}", grp.name, i - OFFSETS[gi]))
    }
}

/// The index of the feature named `name`, if there is one.
pub fn index(name: &str) -> Option<usize> {
    let (grp, k) = match split_once_char(name, '.') {
        Some((g, k)) => (g, parse_u32(k)? as usize),
        None => (name, 0),
    };
    let gi = GROUPS.iter().position(|g| g.name == grp)?;
    (k < GROUPS[gi].size).then(|| OFFSETS[gi] + k)
}

/// How many top keyphrases the features look at.
pub const KEYPHRASES_USED: usize = 10;
/// How many salient name groups the features look at.
const SALIENT_GROUPS: usize = 3;

/// Lower-cases `word` into `buf` (ASCII fast path).
fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    if is_ascii(word) {
        crate::text::push_ascii_lower(buf, word);
    } else {
        for c in chars(word) {
            crate::case::push_lower(buf, c);
        }
    }
}

/// FNV-1a of a lower-case word's Porter stem ([`super::stem`]; words of four or more ASCII letters,
/// as ROUGE stems them) or, for other words, of the word after a light plural fold. `scratch` holds
/// the stem.
fn folded_hash(lower: &str, scratch: &mut Vec<u8>) -> u64 {
    let b = lower.as_bytes();
    // The bytes hashed, then one loop over them (where a loop per case inlined it three times).
    let bytes: &[u8] = if b.len() > 3 && crate::text::all_bytes(lower, |c| c.is_ascii_lowercase()) {
        super::stem::stem_into(lower, scratch);
        scratch
    } else if b.len() > 3 && b.ends_with(b"s") && !b.ends_with(b"ss") {
        &b[..b.len() - 1]
    } else {
        b
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in bytes {
        h = (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// The hash [`prepare`] gives a word (lower case, stemmed).
pub(crate) fn word_hash(word: &str) -> u64 {
    let mut buf = String::new();
    lower_into(word, &mut buf);
    folded_hash(&buf, &mut Vec::new())
}

/// Everything the scorer and the selection need about one text.
pub(crate) struct Prepared {
    /// Indices of the eligible sentences, ascending.
    pub eligible: Vec<usize>,
    /// Sparse features of each eligible sentence: `feats[offsets[k]..offsets[k + 1]]`.
    pub feats: Vec<(u16, f32)>,
    pub offsets: Vec<usize>,
    /// Hashes of the word and number tokens of each eligible sentence, in order:
    /// `words[word_offsets[k]..word_offsets[k + 1]]`.
    pub words: Vec<u64>,
    pub word_offsets: Vec<usize>,
}

impl Prepared {
    /// Features of eligible sentence `k`.
    pub fn features(&self, k: usize) -> &[(u16, f32)] {
        run(
            &self.feats,
            *at(&self.offsets, k),
            *at(&self.offsets, k + 1),
        )
    }

    /// Word and number hashes of eligible sentence `k`.
    pub fn words(&self, k: usize) -> &[u64] {
        run(
            &self.words,
            *at(&self.word_offsets, k),
            *at(&self.word_offsets, k + 1),
        )
    }
}

/// Cosine between two sorted sets of hashes (as binary vectors).
pub(crate) fn set_cosine(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut n) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n as f32 / ((a.len() * b.len()) as f32).sqrt()
}

fn bucket(x: usize, upper: &[usize]) -> usize {
    upper.iter().position(|&u| x <= u).unwrap_or(upper.len())
}

fn has_line_break(s: &str) -> bool {
    has_any(s, &['\n', '\r', '\u{2029}'])
}

/// What one pass over a sentence's characters counts.
struct Chars {
    /// Bytes inside quotation marks.
    quoted: usize,
    /// Quotation marks.
    marks: usize,
    /// Letters.
    letters: usize,
    /// Capital letters.
    upper: usize,
}

fn count_chars(st: &str) -> Chars {
    if is_ascii(st) {
        return count_ascii(st);
    }
    let (mut quoted, mut inside, mut marks, mut letters, mut upper) = (0, false, 0, 0, 0);
    for c in chars(st) {
        match c {
            '"' => {
                inside = !inside;
                marks += 1;
            }
            '“' | '«' => {
                inside = true;
                marks += 1;
            }
            '”' | '»' => {
                inside = false;
                marks += 1;
            }
            _ if inside => quoted += crate::text::char_len(c),
            _ => {}
        }
        if is_alpha(c) {
            letters += 1;
            upper += usize::from(is_upper(c));
        }
    }
    Chars {
        quoted,
        marks,
        letters,
        upper,
    }
}

/// [`count_chars`] of an ASCII sentence (the straight quote is its only mark): letters and capitals
/// counted in separate passes the compiler vectorises, then the quotes from one to the next.
fn count_ascii(st: &str) -> Chars {
    let bytes = st.as_bytes();
    #[cfg(not(target_arch = "wasm32"))]
    let (letters, upper) = (
        count_bytes(bytes, u8::is_ascii_alphabetic),
        count_bytes(bytes, u8::is_ascii_uppercase),
    );
    // In the .wasm (no SIMD), the plain counts: fewer bytes.
    #[cfg(target_arch = "wasm32")]
    let (letters, upper) = (
        bytes.iter().filter(|b| b.is_ascii_alphabetic()).count(),
        bytes.iter().filter(|b| b.is_ascii_uppercase()).count(),
    );
    // Every other stretch between quotes is inside a quotation, as is the rest after an odd one.
    let (mut quoted, mut marks, mut inside) = (0, 0, false);
    let mut rest = st;
    loop {
        // std's search for an ASCII char, a word at a time (the straight quote is one byte, so
        // the text after it starts on a char boundary).
        let next = find_char(rest, '"');
        if inside {
            quoted += next.unwrap_or(rest.len());
        }
        let Some(at) = next else { break };
        marks += 1;
        inside = !inside;
        rest = tail(rest, at + 1);
    }
    Chars {
        quoted,
        marks,
        letters,
        upper,
    }
}

/// How many bytes of `bytes` are `test`'s: counted in blocks of 255 bytes at most, whose counts fit
/// a `u8`, so that the compiler sums sixteen bytes at a time.
#[cfg(not(target_arch = "wasm32"))]
fn count_bytes(bytes: &[u8], test: impl Fn(&u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| usize::from(block.iter().fold(0u8, |n, b| n + u8::from(test(b)))))
        .sum()
}

/// A filter over the first word hashes of the keyphrases: one bit per hash's low six bits, so most
/// tokens are ruled out as a keyphrase's start with one test (false positives only, never a miss).
struct FirstHashes(u64);

impl FirstHashes {
    /// The filter of the first hashes of `seqs` (an empty sequence adds nothing).
    fn of(seqs: &[Vec<u64>]) -> FirstHashes {
        let mut bits = 0;
        for s in seqs {
            if let Some(&h) = s.first() {
                bits |= FirstHashes::bit(h);
            }
        }
        FirstHashes(bits)
    }

    fn bit(h: u64) -> u64 {
        1 << (h & 63)
    }

    /// False when no keyphrase starts with the word hash `h`.
    fn may_hold(&self, h: u64) -> bool {
        self.0 & FirstHashes::bit(h) != 0
    }
}

/// Prepares the eligible sentences of a text and their features.
/// The distinct hashes `hashes[k]` of the content words (`content[k]`) among tokens `a..b`, ascending,
/// into `out`: gathered, then sorted once through the core's sort (in the .wasm one way for every
/// sentence, where inserting in place in a short sentence brought a binary search and a vector
/// insert of their own); natively sorted and deduplicated in place, without an index vector.
fn content_set(hashes: &[u64], content: &[bool], (a, b): (usize, usize), out: &mut Vec<u64>) {
    out.clear();
    for k in a..b {
        if *at(content, k) {
            out.push(*at(hashes, k));
        }
    }
    // Natively sorted and deduplicated in place (the same set: equal hashes are one).
    #[cfg(not(target_arch = "wasm32"))]
    {
        out.sort_unstable();
        out.dedup();
    }
    #[cfg(target_arch = "wasm32")]
    {
        let order = crate::sort::order(out.len(), |x, y| {
            crate::vecs::at(&out, x).cmp(crate::vecs::at(&out, y))
        });
        let mut set: Vec<u64> = crate::vecs::with_capacity(out.len());
        for k in order {
            let h = *at(out, k);
            if set.last() != Some(&h) {
                set.push(h);
            }
        }
        *out = set;
    }
}

/// True when the second word of the line at byte `at` (the name of `About Acme`) is a spelling
/// used before it (`Acme` in the story), or is no word in capitals after `About` at all (`Media
/// contact`).
#[inline]
fn named_before(input: &Inputs, at: usize) -> bool {
    let k = crate::text::starting_before(input.tokens, at) + 1;
    let about = input.forms.lower_is(k - 1, "about");
    let name = input.tokens.get(k).map_or("", |t| t.text(input.text));
    let id = input.forms.spelling(k);
    !about || starts_by(name, is_upper) && (0..k).any(|j| input.forms.spelling(j) == id)
}

/// Adds feature `bucket` of group `grp` with value `v` to a sentence's features. One call in the
/// .wasm, where it would be inlined at each of the features.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn put(feats: &mut Vec<(u16, f32)>, grp: usize, bucket: usize, v: f32) {
    debug_assert!(bucket < GROUPS[grp].size);
    feats.push(((*crate::vecs::at(&OFFSETS, grp) + bucket) as u16, v));
}

/// What a sentence's keyphrases and mentions say, gathered for its features.
#[derive(Clone, Copy, Default)]
struct Counts {
    /// Bit `k`: keyphrase `k` occurs in the sentence.
    keyphrases: u16,
    /// Its name mentions.
    names: u16,
    /// Its value mentions other than cardinals and ordinals.
    values: u16,
    /// Bits 0, 1 and 2: it names a person, an organisation, a place.
    labels: u8,
    /// Bit `r`: it mentions the `r`-th salient group.
    salient: u8,
    /// It holds the first mention of a salient group.
    introduces: bool,
}

pub(crate) fn prepare(input: &Inputs) -> Prepared {
    let text = input.text;
    let sentences = input.sentences;
    let toks = input.tokens;
    let n = sentences.len();

    // A transcript's speaker label (`Q: `, `OKONJO-WHITFIELD: `) is no part of what its sentence
    // says: every feature reads the sentence after it.
    let mut speaker: Vec<usize> = crate::vecs::with_capacity(sentences.len());
    for s in sentences {
        crate::vecs::push(&mut speaker, lines::speaker_len(s.slice(text)));
    }
    // An interviewer's turn (from `Q: ` to the next speaker or line break) is never chosen.
    let mut asking = false;
    // Eligible sentences and the headline.
    let mut eligible = Vec::new();
    let mut title: Option<usize> = None;
    // Nothing after a press release's boilerplate heading (`About Acme Robotics`) is chosen.
    let mut boilerplate = false;
    for (i, s) in sentences.iter().enumerate() {
        let kind = *at(input.kinds, i);
        boilerplate |= kind == Kind::Headline
            && !eligible.is_empty()
            && lines::opens_boilerplate(s.slice(text))
            && named_before(input, s.start);
        // A deck: a line without final punctuation between the headline and the story, however
        // long (`Financing led by Atlas Venture ...; trial to start in 2026`).
        let deck = title.is_some() && eligible.is_empty() && !lines::is_punctuated(s.slice(text));
        if *at(&speaker, i) > 0 {
            asking = s.slice(text).starts_with("Q:");
        } else if asking
            && i > 0
            && has_line_break(Span::new(at(sentences, i - 1).end, s.start).slice(text))
        {
            asking = false;
        }
        match kind {
            Kind::Sentence if !boilerplate && !deck && !asking => eligible.push(i),
            Kind::Headline if title.is_none() && eligible.is_empty() => title = Some(i),
            _ => {}
        }
    }

    // Token hashes; the sentence each token starts in.
    let mut buf = String::new();
    let mut hashes = crate::vecs::with_capacity(toks.len());
    let mut content_mask = crate::vecs::with_capacity(toks.len());
    // Stems and stopword checks are worked out once per distinct spelling (a token's kind is a
    // function of its text): `memo[spelling]` is the word's hash and whether it is a content word.
    let mut memo: Vec<Option<(u64, bool)>> = crate::vecs::filled(None, input.forms.spellings());
    let mut scratch = Vec::new();
    for (ti, t) in toks.iter().enumerate() {
        let lower = input.forms.lower(ti);
        let compute = || {
            let content = t.kind == TokenKind::Word
                && !starts_by(lower, tokens::is_apostrophe)
                && crate::text::more_chars_than(lower, 1)
                && !input.forms.is_stopword(ti);
            (folded_hash(lower, &mut scratch), content)
        };
        let slot = input
            .forms
            .spelling(ti)
            .and_then(|id| memo.get_mut(id.index()));
        let (h, content) = crate::vecs::memo(slot, compute);
        hashes.push(h);
        content_mask.push(content);
    }
    // Token range of every sentence (after its speaker label).
    let mut tok_range = crate::vecs::with_capacity(n);
    let mut t = 0;
    for (s, &label) in sentences.iter().zip(&speaker) {
        while t < toks.len() && token_at(toks, t).span.start < s.start + label {
            t += 1;
        }
        let a = t;
        while t < toks.len() && token_at(toks, t).span.start < s.end {
            t += 1;
        }
        tok_range.push((a, t));
    }

    // Content words over the eligible sentences: [frequency, first and last eligible sentence].
    let mut tf: IdMap<[u32; 3]> = IdMap::default();
    // At most a hash per token each.
    let mut content = crate::vecs::with_capacity(toks.len());
    let mut content_offsets = vec![0];
    let mut words = crate::vecs::with_capacity(toks.len());
    let mut word_offsets = vec![0];
    let mut tmp: Vec<u64> = Vec::new();
    let set_of =
        |i: usize, tmp: &mut Vec<u64>| content_set(&hashes, &content_mask, *at(&tok_range, i), tmp);
    for (e, &i) in eligible.iter().enumerate() {
        let (a, b) = *at(&tok_range, i);
        for k in a..b {
            if *at(&content_mask, k) {
                let v = tf.get_or_insert_with(at(&hashes, k), || [0, e as u32, e as u32]);
                v[0] += 1;
                v[2] = e as u32;
            }
            if matches!(token_at(toks, k).kind, TokenKind::Word | TokenKind::Number) {
                words.push(*at(&hashes, k));
            }
        }
        word_offsets.push(words.len());
        set_of(i, &mut tmp);
        content.extend_from_slice(&tmp);
        content_offsets.push(content.len());
    }
    // The sums below are plain loops from -0.0, the start of `sum` (the same result, to the sign
    // of zero), where each map behind `sum` brought the adapter's `fold` into the .wasm.
    let mut tf_squares = -0.0f64;
    for v in tf.values() {
        tf_squares += f64::from(v[0]) * f64::from(v[0]);
    }
    let tf_norm = tf_squares.sqrt();
    let m = eligible.len();
    let content_of = |k: usize| {
        run(
            &content,
            *at(&content_offsets, k),
            *at(&content_offsets, k + 1),
        )
    };
    let mut centrality: Vec<f32> = crate::vecs::with_capacity(m);
    for k in 0..m {
        let set = content_of(k);
        if set.is_empty() || tf_norm == 0.0 {
            centrality.push(0.0);
            continue;
        }
        // A plain loop from -0.0, as the sums above.
        let mut dot = -0.0f64;
        for h in set {
            dot += f64::from(tf.get(h).map_or(0, |v| v[0]));
        }
        centrality.push((dot / ((set.len() as f64).sqrt() * tf_norm)) as f32);
    }
    let order = crate::sort::order(m, |a, b| {
        crate::vecs::at(&centrality, b).total_cmp(crate::vecs::at(&centrality, a))
    });
    let mut central_rank = crate::vecs::filled(0usize, m);
    for (r, &k) in order.iter().enumerate() {
        *at_mut(&mut central_rank, k) = r;
    }

    // Keyphrases: token-hash sequences matched against the text.
    let kws = &input.keywords[..input.keywords.len().min(KEYPHRASES_USED)];
    let mut total_score = -0.0f64;
    for k in kws {
        total_score += k.score.max(0.0);
    }
    let mut kw_seqs: Vec<Vec<u64>> = crate::vecs::with_capacity(kws.len());
    for kw in kws {
        let words = tokens::tokenize(&kw.text);
        let mut seq = crate::vecs::with_capacity(words.len());
        for t in &words {
            lower_into(t.span.slice(&kw.text), &mut buf);
            seq.push(folded_hash(&buf, &mut scratch));
        }
        kw_seqs.push(seq);
    }
    let mut counts = crate::vecs::filled(Counts::default(), n);
    let firsts = FirstHashes::of(&kw_seqs);
    for (si, &(a, b)) in tok_range.iter().enumerate() {
        for k in a..b {
            if !firsts.may_hold(*at(&hashes, k)) {
                continue;
            }
            for (ki, seq) in kw_seqs.iter().enumerate() {
                if seq.first() == Some(at(&hashes, k))
                    && k + seq.len() <= b
                    && run(&hashes, k, k + seq.len()) == seq.as_slice()
                {
                    at_mut(&mut counts, si).keyphrases |= 1 << ki;
                }
            }
        }
    }

    // Entities: salient name groups; per-sentence mention counts.
    let mentions = input.entities;
    // For each group: (mentions, first mention).
    let mut n_groups = 0;
    for e in mentions {
        n_groups = n_groups.max(e.group + 1);
    }
    let mut group_count = crate::vecs::filled((0usize, usize::MAX), n_groups);
    for (mi, mtn) in mentions.iter().enumerate() {
        if mtn.label.is_name() {
            let e = at_mut(&mut group_count, mtn.group);
            e.0 += 1;
            e.1 = e.1.min(mi);
        }
    }
    let mut ranked: Vec<(usize, (usize, usize))> = Vec::new();
    for (g, &(c, first)) in group_count.iter().enumerate() {
        if c >= 2 {
            crate::vecs::push(&mut ranked, (g, (c, first)));
        }
    }
    crate::sort::sort_by(&mut ranked, |a, b| {
        b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1))
    });
    ranked.truncate(SALIENT_GROUPS);
    let mut s = 0;
    for (mi, mtn) in mentions.iter().enumerate() {
        while s < n && at(sentences, s).end <= mtn.start {
            s += 1;
        }
        if s >= n {
            break;
        }
        if mtn.start < at(sentences, s).start + *at(&speaker, s) {
            continue;
        }
        if mtn.label.is_name() {
            let c = at_mut(&mut counts, s);
            c.names = c.names.saturating_add(1);
            c.labels |= match mtn.label {
                Label::Person => 1,
                Label::Org => 2,
                Label::Place => 4,
                _ => 0,
            };
            if let Some(r) = ranked.iter().position(|(g, _)| *g == mtn.group) {
                c.salient |= 1 << r;
                if at(&ranked, r).1 .1 == mi {
                    c.introduces = true;
                }
            }
        } else if !matches!(mtn.label, Label::Cardinal | Label::Ordinal) {
            let c = at_mut(&mut counts, s);
            c.values = c.values.saturating_add(1);
        }
    }

    static SPEECH: OnceLock<[u64; 8]> = OnceLock::new();
    let speech = SPEECH.get_or_init(|| {
        let mut hashes = [0; 8];
        for (h, w) in hashes.iter_mut().zip(SPEECH_WORDS.iter()) {
            *h = word_hash(w);
        }
        hashes
    });

    // The features.
    let mut feats = crate::vecs::with_capacity(m * 32);
    let mut offsets = crate::vecs::with_capacity(m + 1);
    offsets.push(0);
    for (k, &i) in eligible.iter().enumerate() {
        let mut put = |grp: usize, bucket: usize, v: f32| put(&mut feats, grp, bucket, v);
        let st = crate::text::tail(at(sentences, i).slice(text), *at(&speaker, i));
        put(BIAS, 0, 1.0);
        let posb = bucket(k, &[0, 1, 2, 3, 4, 5, 7, 10, 15, 25]);
        put(if m <= 12 { POS_SHORT } else { POS_LONG }, posb, 1.0);
        put(RELPOS, (k * 5 / m.max(1)).min(4), 1.0);
        if k + 1 == m && m > 1 {
            put(LAST, 0, 1.0);
        }
        let (a, b) = *at(&tok_range, i);
        let nwords = (a..b)
            .filter(|&t| token_at(toks, t).kind == TokenKind::Word)
            .count();
        put(
            WORDS,
            bucket(nwords, &[4, 8, 12, 16, 20, 25, 30, 40, 55]),
            1.0,
        );
        let c = *at(&counts, i);
        let mask = c.keyphrases;
        put(KEYPHRASES, (mask.count_ones() as usize).min(3), 1.0);
        if mask & 1 != 0 {
            put(TOP_KEYPHRASE, 0, 1.0);
        }
        let mut share = 0.0f32;
        if total_score > 0.0 && mask != 0 {
            let mut held = -0.0f64;
            for b in 0..kws.len() {
                if mask & (1 << b) != 0 {
                    held += at(kws, b).score.max(0.0);
                }
            }
            share = (held / total_score) as f32;
            put(KEYPHRASE_SHARE, 0, share);
        }
        if k < 3 {
            put(LEAD_WORDS, k * 4 + bucket(nwords, &[10, 20, 30]), 1.0);
            if c.salient != 0 {
                put(LEAD_SALIENT, k, 1.0);
            }
            put(LEAD_CENTRALITY, k, *at(&centrality, k));
            if share > 0.0 {
                put(LEAD_KEYPHRASES, k, share);
            }
        }
        put(NAMES, (c.names as usize).min(3), 1.0);
        put(VALUES, (c.values as usize).min(2), 1.0);
        put(SALIENT, (c.salient.count_ones() as usize).min(2), 1.0);
        if c.salient & 1 != 0 {
            put(TOP_GROUP, 0, 1.0);
        }
        if c.introduces {
            put(INTRODUCES, 0, 1.0);
        }
        for l in 0..3 {
            if c.labels & (1 << l) != 0 {
                put(LABELS, l, 1.0);
            }
        }
        put(CENTRALITY, 0, *at(&centrality, k));
        put(
            CENTRAL_RANK,
            bucket(*at(&central_rank, k), &[0, 1, 2, 4, 9]),
            1.0,
        );
        if k > 0 {
            put(LEAD_SIM, 0, set_cosine(content_of(k), content_of(0)));
        }
        let opener = (a..b)
            .find(|&t| matches!(token_at(toks, t).kind, TokenKind::Word | TokenKind::Number))
            .map_or(6, |t| opener_class(token_at(toks, t).span.slice(text)));
        put(OPENER, opener, 1.0);
        let set = content_of(k);
        if !set.is_empty() {
            let (mut before, mut after) = (0usize, 0usize);
            for h in set {
                if let Some(&[_, f, l]) = tf.get(h) {
                    before += usize::from((f as usize) < k);
                    after += usize::from((l as usize) > k);
                }
            }
            put(SEEN_BEFORE, 0, before as f32 / set.len() as f32);
            put(SEEN_AFTER, 0, after as f32 / set.len() as f32);
        }
        // Quotations.
        let first = first_char(st).unwrap_or(' ');
        if matches!(first, '"' | '“' | '‘' | '\'' | '«') {
            put(QUOTE, 0, 1.0);
        }
        let Chars {
            quoted,
            marks,
            letters,
            upper,
        } = count_chars(st);
        if marks > 0 {
            put(QUOTE, 1, 1.0);
        }
        if quoted * 2 > st.len() {
            put(QUOTE, 2, 1.0);
        }
        if (a..b).any(|t| speech.contains(at(&hashes, t))) {
            put(QUOTE, 3, 1.0);
        }
        let nums = (a..b)
            .filter(|&t| token_at(toks, t).kind == TokenKind::Number)
            .count();
        put(NUMBERS, nums.min(3), 1.0);
        // Cues that the sentence is not running prose.
        let last = chars(st)
            .rev()
            .find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']'));
        if !matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？')) {
            put(CUE, 0, 1.0);
        }
        match last {
            Some('?') => put(CUE, 1, 1.0),
            Some(':') => put(CUE, 2, 1.0),
            Some('!') => put(CUE, 9, 1.0),
            _ => {}
        }
        if chars(st).find(|&c| is_alpha(c)).is_some_and(is_lower) {
            put(CUE, 3, 1.0);
        }
        if letters >= 8 && upper * 10 > letters * 6 {
            put(CUE, 4, 1.0);
        }
        if has_str(st, "http") || has_str(st, "www.") || has_char(st, '@') || has_str(st, ".com") {
            put(CUE, 5, 1.0);
        }
        if has_char(st, '|') {
            put(CUE, 6, 1.0);
        }
        if first == '(' || first == '[' {
            put(CUE, 7, 1.0);
        }
        if let Some(c) = st.get(..st.len().min(40)).and_then(|h| find_char(h, ':')) {
            let head = crate::text::head(st, c);
            if !crate::text::more_words_than(head, 4)
                && ends_by(head, is_alpha)
                && !has_char(head, '"')
            {
                put(CUE, 8, 1.0);
            }
        }
        offsets.push(feats.len());
    }
    Prepared {
        eligible,
        feats,
        offsets,
        words,
        word_offsets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_counts_match_the_byte_loop() {
        for st in [
            "",
            "No quotes at all.",
            "He said \"yes\" and \"no\".",
            "\"Open to the end",
            "\"\"",
            "A \"B\" C \"D",
        ] {
            let (mut quoted, mut inside, mut marks) = (0, false, 0);
            for b in st.bytes() {
                if b == b'"' {
                    inside = !inside;
                    marks += 1;
                } else if inside {
                    quoted += 1;
                }
            }
            let c = count_ascii(st);
            assert_eq!((c.quoted, c.marks), (quoted, marks), "{st}");
            let letters = st.bytes().filter(u8::is_ascii_alphabetic).count();
            let upper = st.bytes().filter(u8::is_ascii_uppercase).count();
            assert_eq!((c.letters, c.upper), (letters, upper), "{st}");
        }
    }

    #[test]
    fn names_round_trip() {
        for i in 0..N_FEATURES {
            assert_eq!(index(&name(i)), Some(i), "{}", name(i));
        }
        assert_eq!(index("bias"), Some(0));
        assert_eq!(index("pos_short.11"), None);
        assert_eq!(index("structured:bias"), None);
        assert_eq!(index("nope"), None);
        assert!(N_FEATURES < u16::MAX as usize);
    }

    #[test]
    fn words_fold_by_stem() {
        assert_eq!(word_hash("Talks"), word_hash("talk"));
        assert_eq!(word_hash("cities"), word_hash("city"));
        assert_eq!(word_hash("arrested"), word_hash("arrests"));
        assert_ne!(word_hash("bus"), word_hash("bu"));
        assert_ne!(word_hash("class"), word_hash("clas"));
    }
}
