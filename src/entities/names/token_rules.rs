//! Names the tagger left out, proposed one token at a time: product codes, the social network
//! `X`, storms, organisations opening a sentence, names right after what they are, products between
//! their owner and their kind, events in headlines in capitals, peoples by their plural
//! (`Americans`), organisations before their spokesman (`Energex spokesman`) and pairs of companies
//! (`Pfizer-BioNTech`). Each rule proposes a mention starting at a token with a capital letter that
//! no mention holds; [`add`] runs them all in one pass over the tokens, the first proposal that
//! overlaps no mention winning.

use super::*;
use crate::text::{
    any_bytes, char_count, ending_by, find_any, head, is_ascii, is_lower, is_upper,
    starting_before, starts_by, tail,
};
use crate::tokens::{capitalised_at, token_at, token_run};

/// Adds the mentions the token rules of this module propose (see the module docs) to `found`
/// (sorted, and left so).
pub(super) fn add(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    let lines = Headlines::new(text, tokens, sentences);
    add_outside(text, tokens, found, |k, free| {
        let free = |m: &(Span, Label)| free(m.0);
        model_code_at(text, tokens, k)
            .filter(free)
            .or_else(|| platform_x_at(text, tokens, &lines, k).filter(free))
            .or_else(|| storm_name_at(text, tokens, forms, k).filter(free))
            .or_else(|| trained_opener_at(text, tokens, forms, sentences, k).filter(free))
            .or_else(|| cued_name_at(text, tokens, forms, &lines, k).filter(free))
            .or_else(|| owned_product_at(text, tokens, forms, &lines, k).filter(free))
            .or_else(|| event_in_capitals_at(text, tokens, forms, &lines, k).filter(free))
            .or_else(|| people_at(text, tokens, k).filter(free))
            .or_else(|| lords_at(text, tokens, k).filter(free))
            .or_else(|| speaking_company_at(text, tokens, forms, &lines, k).filter(free))
            .or_else(|| company_pair_at(text, tokens, k).filter(free))
    });
    platform_x_throughout(text, tokens, &lines, found);
    // The tagger's own `Lord` of `at Lord's` (in a title-case headline) takes the ground's
    // possessive as [`lords_at`] gives it, which the consistency stage would otherwise spread.
    // Its own `X.` at a sentence's end (`posted on X.`) is the platform without the full stop.
    for c in found.iter_mut() {
        let first = || token_range(tokens, c.span).0;
        let mended = match c.span.slice(text) {
            "Lord" => lords_at(text, tokens, first()),
            "X." => platform_x_at(text, tokens, &lines, first()),
            _ => None,
        };
        if let Some((span, label)) = mended {
            (c.span, c.label) = (span, label);
        }
    }
}

/// Once a lone `X` of the text reads as the social network ([`is_platform_x`]), every lone `X`
/// ([`is_lone_x`]) is that organisation: the tagger's mention of it takes the label (it read some
/// as a person: `whether X had failed`, `X's head of product`), and one it left out is added. In a
/// text that names a variable `X`, no lone `X` is the organisation, though the tagger read it so.
/// `found` is sorted and stays so.
fn platform_x_throughout(
    text: &str,
    tokens: &[Token],
    lines: &Headlines,
    found: &mut Vec<Candidate>,
) {
    let xs = || (0..tokens.len()).filter(|&k| token_at(tokens, k).is(text, "X"));
    // A text that names a variable `X` (`an m*n matrix X`, `the random variable X`) is mathematics.
    let variable = || {
        xs().any(|k| {
            k.checked_sub(1)
                .is_some_and(|j| X_AS_VARIABLE.has_token(text, tokens, j))
        })
    };
    if variable() {
        // Its lone `X`s are the variable too: the tagger's organisations of them go.
        for k in xs().filter(|&k| is_lone_x(text, tokens, lines, k)) {
            let span = token_at(tokens, k).span;
            let j = ending_by(found, span.start);
            if let Some(c) = found
                .get_mut(j)
                .filter(|c| c.span == span && c.label == Label::Org)
            {
                c.span = Span::new(span.start, span.start);
            }
        }
        crate::entities::drop_empty(found);
        return;
    }
    if !xs().any(|k| is_platform_x(text, tokens, lines, k)) {
        return;
    }
    let mut add = Vec::new();
    for k in xs() {
        if !is_lone_x(text, tokens, lines, k) {
            continue;
        }
        let span = token_at(tokens, k).span;
        let j = ending_by(found, span.start);
        match found.get_mut(j) {
            Some(c) if c.span == span => c.label = Label::Org,
            Some(c) if c.span.start < span.end => {}
            _ => Candidate::push_to(&mut add, span, Label::Org, Source::Name),
        }
    }
    add_sorted(found, add);
}

/// True when the capital `X` at token `k` stands alone: no capitalised word joins it on either
/// side but a headline's small words (`Malcolm X`, `X Factor`, `Model X` stay out), nothing is
/// joined to it but a slash before it (`Twitter/X`; not `X-ray`, `HUNTR/X`), no number follows it,
/// and no word that makes it a letter ([`X_AS_LETTER`]).
fn is_lone_x(text: &str, tokens: &[Token], lines: &Headlines, k: usize) -> bool {
    let t = token_at(tokens, k);
    let headline = || lines.headline(t.span.start);
    let before_ok = opens_sentence(lines.sentences, t.span.start)
        || k.checked_sub(1).is_none_or(|j| {
            let p = token_at(tokens, j);
            let w = p.text(text);
            if p.span.end == t.span.start {
                return w == "/"
                    && j.checked_sub(1).is_none_or(|i| {
                        token_at(tokens, i).span.end < p.span.start
                            || !token_at(tokens, i).is(text, "HUNTR")
                    });
            }
            !(p.kind == TokenKind::Word && starts_by(w, is_upper))
                || HEADLINE_SMALL_WORDS.contains_lowercase(w) && headline()
        });
    let after_ok = tokens.get(k + 1).is_none_or(|n| {
        let w = n.text(text);
        if n.span.start == t.span.end {
            return n.kind == TokenKind::Punct && w != "-" && w != "/";
        }
        match n.kind {
            TokenKind::Number => false,
            TokenKind::Word if starts_by(w, is_upper) => {
                HEADLINE_SMALL_WORDS.contains_lowercase(w) && headline()
            }
            TokenKind::Word => !X_AS_LETTER.contains(&w),
            _ => true,
        }
    });
    before_ok && after_ok
}

/// The cricket ground at token `k` after `at` (`at Lord's`), which the possessive hides from the
/// tagger; not `the Lord's Prayer`.
fn lords_at(text: &str, tokens: &[Token], k: usize) -> Option<(Span, Label)> {
    let (lord, s) = (token_at(tokens, k), tokens.get(k + 1)?);
    (k > 0
        && lord.is(text, "Lord")
        && token_is(text, tokens, k - 1, "at")
        && s.span.start == lord.span.end
        && crate::tokens::is_possessive_token(s.text(text))
        && (!capitalised_at(text, tokens, k + 2)
            || tokens.get(k + 2).is_some_and(|n| {
                // The next word on a line of its own (`Wobble at Lord's` ending a headline).
                crate::text::has_str(Span::new(s.span.end, n.span.start).slice(text), "\n")
            })))
    .then_some((Span::new(lord.span.start, s.span.end), Label::Place))
}

/// A people by the plural of a listed nationality, faith or city-dweller's word is a MISC mention
/// wherever it stands (`"Americans have been waiting`, `Israelis have voted`, `Londoners lived`),
/// as CoNLL-2003 marks all 26 such plurals of train and dev; the tagger leaves out some that open a
/// sentence.
fn people_at(text: &str, tokens: &[Token], k: usize) -> Option<(Span, Label)> {
    let w = token_text(text, tokens, k);
    is_people_word(w).then_some((token_at(tokens, k).span, Label::Misc))
}

/// True for a capitalised word that names a people by the plural of a listed nationality, faith or
/// city-dweller's word (`Americans`), or by its adjective and `man` or `men` (`Englishmen`, `a
/// Frenchman`; CoNLL-2003 marks them MISC).
pub(super) fn is_people_word(w: &str) -> bool {
    let listed = |one: &str| {
        one.len() > 2
            && any_char(one, is_lower)
            && crate::entities::tagger::lexicon::is_nationality(one)
    };
    let people = [
        w.strip_suffix('s'),
        w.strip_suffix("men"),
        w.strip_suffix("man"),
    ]
    .into_iter()
    .any(|one| one.is_some_and(listed));
    starts_by(w, is_upper) && people
}

/// A product or model code at token `k` ([`is_model_code`]) is a MISC mention, as CoNLL-2003
/// marks `MiG-29`, `T-72` and `Airbus A310` and wikigold `P-51` and `F-86` (train: 34 such MISC
/// against 5 of other types, once quarters and ratings are left out).
fn model_code_at(text: &str, tokens: &[Token], k: usize) -> Option<(Span, Label)> {
    is_model_code(token_text(text, tokens, k)).then_some((token_at(tokens, k).span, Label::Misc))
}

/// Adds, at each token `k` with a capital letter (every name these rules add starts at one) that no
/// mention of `found` (sorted) holds, the mention `propose(k, free)` makes there, in one pass over
/// the tokens; `free(span)` tells `propose` whether a span overlaps no mention. Keeps `found`
/// sorted.
fn add_outside(
    text: &str,
    tokens: &[Token],
    found: &mut Vec<Candidate>,
    propose: impl Fn(usize, &dyn Fn(Span) -> bool) -> Option<(Span, Label)>,
) {
    let mut add: Vec<Candidate> = Vec::new();
    let mut j = 0;
    for (k, t) in tokens.iter().enumerate() {
        let w = t.text(text);
        let capital = if is_ascii(w) {
            any_bytes(w, |b| b.is_ascii_uppercase())
        } else {
            any_char(w, is_upper)
        };
        if !capital || add.last().is_some_and(|a| a.span.end > t.span.start) {
            continue;
        }
        while j < found.len() && found[j].span.end <= t.span.start {
            j += 1;
        }
        let free = |span: Span| found.get(j).is_none_or(|c| c.span.start >= span.end);
        if !free(t.span) {
            continue;
        }
        if let Some((span, label)) = propose(k, &free) {
            Candidate::push_to(&mut add, span, label, Source::Name);
        }
    }
    add_sorted(found, add);
}

crate::word_list::word_lists! {
    /// Verbs of a fine before its amount (`fined X 120 million euros`).
    const FINE_VERBS = "fined paid charged";
    /// Lower-case words after which a capital `X` is a letter, not a name (`the X factor`).
    const X_AS_LETTER = "axis chromosome factor ray rays";
    /// Words before a capital `X` that make it a variable (`matrix X`, `variable X`).
    const X_AS_VARIABLE = "matrix vector variable variables graph sample";
    /// Words after an organisation's name that speak for it or run it (`Energex spokesman`).
    const SPEAKERS = "spokesman spokeswoman spokesperson";
    /// Last words of an event's name that a headline in capitals may hold (`LEAGUE CUP`, `RUGBY
    /// CHAMPIONSHIP`, `GAME AWARDS`, `WINTER OLYMPICS`).
    const CAPITAL_EVENTS = "cup championship championships awards olympics";
    /// Words after which a lone capital `X` is the social network once called Twitter (`posted on X`,
    /// `quit X`, `fined X`, `X and Meta`).
    const X_BEFORE = "on to from at by and or with of against across onto via like than into over down owns quit \
        left joined banned fined sued blocked bought renamed rebranded";
}

/// True when token `k` is a lone capital `X` that reads as the social network: it opens its
/// sentence or follows a comma, a slash (`Twitter/X`), an owner's `'s` (`Musk's X`) or a word of
/// [`X_BEFORE`], and what follows
/// is no capitalised word, number (but a fine's amount) or joined hyphen (`Malcolm X`, `X Factor`, `X-ray`, `Model X`
/// and `Generation X` stay out); or the token `X.` with its sentence's full stop after a word of
/// [`X_BEFORE`] (`posted on X.`). In a headline the words around it may be capitals or title case
/// (`Outage Takes Down X and ChatGPT`).
fn is_platform_x(text: &str, tokens: &[Token], lines: &Headlines, k: usize) -> bool {
    let t = token_at(tokens, k);
    // `X.` with its sentence's full stop, one token (`She wrote on X. The post was deleted.`),
    // after a word of [`X_BEFORE`] (not `HUNTR/X.`).
    let closes = t.is(text, "X.")
        && k.checked_sub(1)
            .is_some_and(|j| X_BEFORE.contains(token_text(text, tokens, j)))
        && tokens
            .get(k + 1)
            .is_none_or(|n| opens_sentence(lines.sentences, n.span.start));
    if !t.is(text, "X") && !closes {
        return false;
    }
    let headline = || lines.headline(t.span.start);
    let before_ok = opens_sentence(lines.sentences, t.span.start)
        || k.checked_sub(1).is_some_and(|j| {
            let w = token_text(text, tokens, j);
            matches!(w.as_bytes(), [b',' | b'/']) || crate::tokens::is_possessive_token(w) || {
                let low = lowercase(w);
                X_BEFORE.contains(&low.as_str()) && (!starts_by(w, is_upper) || headline())
            }
        });
    // An amount may follow a fine (`fined X 120 million euros`).
    let fined = k
        .checked_sub(1)
        .is_some_and(|j| FINE_VERBS.has_token(text, tokens, j));
    let after_ok = tokens.get(k + 1).is_none_or(|n| {
        let w = n.text(text);
        let joined = n.span.start == t.span.end;
        match n.kind {
            TokenKind::Number => fined && !joined,
            TokenKind::Word if starts_by(w, is_upper) => {
                !joined && HEADLINE_SMALL_WORDS.contains_lowercase(w) && headline()
            }
            TokenKind::Word => !joined && !X_AS_LETTER.contains(&w),
            _ => !(joined && w == "-"),
        }
    });
    before_ok && (after_ok || closes)
}

/// A lone capital `X` at token `k` that [`is_platform_x`] reads as the social network, as an
/// organisation.
fn platform_x_at(
    text: &str,
    tokens: &[Token],
    lines: &Headlines,
    k: usize,
) -> Option<(Span, Label)> {
    let t = token_at(tokens, k);
    is_platform_x(text, tokens, lines, k)
        .then_some((Span::new(t.span.start, t.span.start + 1), Label::Org))
}

/// A capitalised word at token `k` that opens a sentence, that the training data has as an
/// organisation and the lists as no place and no personal name (`Congress passed the bill`, `Fed
/// officials said`, where the tagger reads a sentence's capital as saying nothing), as an
/// organisation, when a lower-case word follows it.
fn trained_opener_at(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    k: usize,
) -> Option<(Span, Label)> {
    let t = token_at(tokens, k);
    let w = t.text(text);
    let opener = starts_by(w, is_upper)
        && any_char(w, is_lower)
        && opens_sentence(sentences, t.span.start)
        && !crate::stopwords::is_stopword(forms.lower(k))
        && !is_common_word(w)
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && starts_by(n.text(text), is_lower))
        && {
            let l = crate::entities::tagger::listed(text, std::slice::from_ref(t));
            l.trained_org && !l.place && !l.personal_name
        };
    opener.then_some((t.span, Label::Org))
}

/// A word rare in English at token `k`, with a capital and no capitalised word before it, right
/// before a word of [`SPEAKERS`] or `chief executive` (`Energex spokesman Danny Lawrence`, `TTC
/// chief executive Mandeep Lali`), as an organisation: CoNLL-2003 and the self-written sets mark 103
/// of 111 names there ORG, 4 places (`Nairobi`, which the lists know). Not a place or a
/// personal name of the lists, a stopword, a participle (`Outgoing`) or a word of the part-of-speech
/// lexicon, nor in a headline.
fn speaking_company_at(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    lines: &Headlines,
    k: usize,
) -> Option<(Span, Label)> {
    let t = token_at(tokens, k);
    let w = t.text(text);
    // The cue's end: not a role `for` a field (`Shadow spokesman for sport`).
    let end = if SPEAKERS.has_lower(forms, k + 1) {
        k + 2
    } else if forms.lower_is(k + 1, "chief") && forms.lower_is(k + 2, "executive") {
        k + 3
    } else {
        0
    };
    let cue = end > 0 && !forms.lower_is(end, "for");
    let lone = k == 0 || !capitalised_at(text, tokens, k - 1);
    (cue && lone
        && t.kind == TokenKind::Word
        && starts_by(w, is_upper)
        && is_rare_word(w)
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !crate::stopwords::is_stopword(forms.lower(k))
        && crate::pos::known_tags(forms.lower(k)).is_none()
        && !lines.headline(t.span.start)
        && {
            let l = crate::entities::tagger::listed(text, std::slice::from_ref(t));
            !l.place && !l.personal_name
        })
    .then_some((t.span, Label::Org))
}

/// Two companies of the lists joined by a hyphen or a slash in one word at token `k` (`the
/// Pfizer-BioNTech vaccine`, `Renault-Nissan`), as an organisation: two names of one kind joined so
/// are one name of that kind, as CoNLL-2003 marks places (`Amsterdam-Rotterdam`) and peoples
/// (`Russian-Chechen`).
fn company_pair_at(text: &str, tokens: &[Token], k: usize) -> Option<(Span, Label)> {
    let t = token_at(tokens, k);
    // Not the end of a longer name (`UAE Team Emirates-XRG`).
    let alone = k == 0 || !capitalised_at(text, tokens, k - 1);
    (alone && is_company_pair(t.text(text))).then_some((t.span, Label::Org))
}

/// True for one word that joins two companies of the lists with a hyphen or a slash
/// (`Pfizer-BioNTech`, `Pfizer/BioNTech`).
pub(super) fn is_company_pair(word: &str) -> bool {
    let company = |s: &str| crate::entities::tagger::lexicon::known(s) == Some(Label::Org);
    find_any(word, &['-', '/'])
        .is_some_and(|i| company(head(word, i)) && company(tail(word, i + 1)))
}

/// True when token `i` may be a word of [`cued_name_at`]'s name: a word with a capital that is no
/// month, weekday or person's title. Inlined natively; one call in the .wasm, where each of its
/// three uses inlined it.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn cued_word(text: &str, tokens: &[Token], forms: &Forms, i: usize) -> bool {
    token_at(tokens, i).kind == TokenKind::Word
        && capitalised_at(text, tokens, i)
        && !is_date_word(forms.lower(i))
        && !crate::entities::consistency::is_person_title(forms.lower(i))
}

/// True when token `i` may be a word of [`owned_product_at`]'s product: no punctuation, a capital
/// letter in it, no month or weekday. Inlined natively; one call in the .wasm, as [`cued_word`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn product_word(text: &str, tokens: &[Token], forms: &Forms, i: usize) -> bool {
    token_at(tokens, i).kind != TokenKind::Punct
        && any_char(token_text(text, tokens, i), is_upper)
        && !is_date_word(forms.lower(i))
}

/// True when token `i` may be a word of [`event_in_capitals_at`]'s event: a word in capitals of
/// more than one letter, neither a small word of headlines nor a headline verb. Inlined natively;
/// one call in the .wasm, as [`cued_word`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn capital_event_word(text: &str, tokens: &[Token], forms: &Forms, i: usize) -> bool {
    let (t, w) = (token_at(tokens, i), token_text(text, tokens, i));
    t.kind == TokenKind::Word
        && !any_char(w, is_lower)
        && char_count(w) > 1
        && !HEADLINE_SMALL_WORDS.has_lower(forms, i)
        && !is_headline_verb(text, t, false)
}

/// The capitalised words from token `k`, up to four one space apart, right after a strong cue of
/// the consistency stage ([`crate::entities::consistency::strong_cue_before`]: `the Netflix drama
/// Adolescence`, `the coffee chain Pret`), with the cue's label, or after a person's role in lower
/// case (`the singer JJ`), as a person: a capital after such a word starts a name. Not in a
/// headline, where every word has a capital, nor a person's title, a month or a weekday (`the
/// company Chief Executive`, `the film Friday`).
fn cued_name_at(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    lines: &Headlines,
    k: usize,
) -> Option<(Span, Label)> {
    let capital = |i: usize| cued_word(text, tokens, forms, i);
    let t = token_at(tokens, k);
    if k == 0 || !capital(k) || capital(k - 1) {
        return None;
    }
    // A person after a role written in lower case (`the Austrian singer JJ`, `founder Carl
    // Pei`).
    let role = || {
        let w = token_text(text, tokens, k - 1);
        crate::entities::consistency::MORE_PERSON_TITLES
            .contains(&w)
            .then_some(Label::Person)
    };
    let label = crate::entities::consistency::strong_cue_before(text, tokens, k).or_else(role)?;
    if lines.headline(t.span.start) {
        return None;
    }
    let end = run_end(text, tokens, k, 4, capital);
    Some((
        Span::new(t.span.start, token_at(tokens, end - 1).span.end),
        label,
    ))
}

/// A product from token `k` between its owner and what it is (`its R1 model`, `NASA's
/// twin ESCAPADE probes`, `its Instinct chips`), as MISC: up to three words with a capital, one
/// space apart, after `its`, `their` or an owner's `'s` (and maybe one lower-case word such as
/// `twin`), before a word of the consistency stage's products. Not in a headline.
fn owned_product_at(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    lines: &Headlines,
    k: usize,
) -> Option<(Span, Label)> {
    let named = |i: usize| product_word(text, tokens, forms, i);
    let owner = |i: usize| crate::entities::consistency::OWNER_WORDS.has_lower(forms, i);
    let t = token_at(tokens, k);
    let owned = k > 0
        && (owner(k - 1)
            || (k > 1 && owner(k - 2) && starts_by(token_text(text, tokens, k - 1), is_lower)));
    if !owned || !named(k) || named(k - 1) {
        return None;
    }
    let end = run_end(text, tokens, k, 3, named);
    let product =
        end < tokens.len() && crate::entities::consistency::PRODUCTS.has_lower(forms, end);
    (product && !lines.headline(t.span.start)).then(|| {
        (
            Span::new(t.span.start, token_at(tokens, end - 1).span.end),
            Label::Misc,
        )
    })
}

/// In a headline in capitals, the words from token `k` to a last word of [`CAPITAL_EVENTS`], as
/// MISC: one or two words before it that are no small word of headlines and no headline verb (`WITH
/// LEAGUE CUP WIN` holds `LEAGUE CUP`). The tagger finds such names in running text, where only
/// names have capitals.
fn event_in_capitals_at(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    lines: &Headlines,
    k: usize,
) -> Option<(Span, Label)> {
    let part = |i: usize| capital_event_word(text, tokens, forms, i);
    if !part(k) || (k > 0 && part(k - 1)) {
        return None;
    }
    let last = (k + 1..tokens.len().min(k + 3))
        .take_while(|&e| part(e))
        .find(|&e| CAPITAL_EVENTS.has_lower(forms, e))?;
    lines.capitals(token_at(tokens, k).span.start).then_some((
        Span::new(
            token_at(tokens, k).span.start,
            token_at(tokens, last).span.end,
        ),
        Label::Misc,
    ))
}

/// A storm's name after a capitalised storm word of [`STORM_WORDS`] at token `k`, as MISC with its
/// storm word as in [`name_kinds`] (`TYPHOON WIPHA SHUTS HONG KONG`, where the tagger finds
/// nothing): the next word, capitalised, that is neither a headline's verb nor one of its small
/// words.
fn storm_name_at(text: &str, tokens: &[Token], forms: &Forms, k: usize) -> Option<(Span, Label)> {
    let (kind, name) = (token_at(tokens, k), tokens.get(k + 1)?);
    let w = name.text(text);
    let storm = kind.capitalised(text)
        && STORM_WORDS.has_lower(forms, k)
        && name.kind == TokenKind::Word
        && starts_by(w, is_upper)
        && !HEADLINE_SMALL_WORDS.has_lower(forms, k + 1)
        && !is_headline_verb(text, name, true);
    storm.then_some((Span::new(kind.span.start, name.span.end), Label::Misc))
}

/// True when a sentence of `sentences` (sorted) starts at byte `at`.
fn opens_sentence(sentences: &[Span], at: usize) -> bool {
    let k = starting_before(sentences, at);
    sentences.get(k).is_some_and(|s| s.start == at)
}

/// What each sentence of a text is as a line, worked out once per sentence when first asked, so
/// that rules asking at every token stay linear: a headline ([`is_headline`]), and a line without
/// a lower-case letter.
struct Headlines<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Span],
    /// Per sentence: 0 not yet known, else `1 | HEADLINE | CAPITALS`.
    known: Vec<std::cell::Cell<u8>>,
}

impl<'a> Headlines<'a> {
    const HEADLINE: u8 = 2;
    const CAPITALS: u8 = 4;

    fn new(text: &'a str, tokens: &'a [Token], sentences: &'a [Span]) -> Self {
        Headlines {
            text,
            tokens,
            sentences,
            known: crate::vecs::filled(std::cell::Cell::new(0), sentences.len()),
        }
    }

    /// The flags of the sentence holding byte `at` (0 outside every sentence).
    fn flags(&self, at: usize) -> u8 {
        let k = ending_by(self.sentences, at);
        let (Some(s), Some(cell)) = (self.sentences.get(k), self.known.get(k)) else {
            return 0;
        };
        if cell.get() == 0 {
            let (a, b) = token_range(self.tokens, *s);
            let mut f = 1;
            if is_headline(self.text, token_run(self.tokens, a, b)) {
                f |= Self::HEADLINE;
            }
            if !any_char(s.slice(self.text), is_lower) {
                f |= Self::CAPITALS;
            }
            cell.set(f);
        }
        cell.get()
    }

    /// True when the sentence holding byte `at` is a headline.
    fn headline(&self, at: usize) -> bool {
        self.flags(at) & Self::HEADLINE != 0
    }

    /// True when the sentence holding byte `at` has no lower-case letter.
    fn capitals(&self, at: usize) -> bool {
        self.flags(at) & Self::CAPITALS != 0
    }
}
