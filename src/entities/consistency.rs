//! One label per thing: the mentions of one name share the label the document's strongest evidence
//! gives it.
//!
//! The tagger labels each mention from a few words around it, so one name can come out as a PERSON in
//! the body and an ORG in a headline (`Trump widens tariffs ...`). This stage runs on the resolved
//! name mentions (PERSON, ORG, PLACE, MISC found by the name recogniser; gazetteer and value mentions
//! are never changed and never vote) before [`super::groups::link`]:
//!
//! 1. **Clusters.** Mentions are clustered the way [`super::groups`] links them, across labels
//!    ([`super::groups::clusters`]): `President Donald Trump`, `Trump`, `Trump's` and a headline
//!    `Trump` are one cluster whatever their labels. A short form joins a longer name of another label
//!    only when one of the two is a PERSON, so `Paris` stays apart from `Paris Saint-Germain`.
//! 2. **Votes.** Each label gets a score over the cluster:
//!    - every mention votes for its tagger label: **1**;
//!    - a **strong cue** (**3**) in the words around a mention votes for the label it points to: a title
//!      or role right before (`President`, `striker`, `Dr.`: PERSON) or `, who` right after (PERSON);
//!      `Inc`, `Corp`, `Ltd`, `shares`, `stock`, `app`, `platform`, `spokesperson`, `'s chief
//!      executive`, `'s CEO` right after or `shares of`, `chief executive of`, `CEO of`, `a stake in`,
//!      `the company`, `chipmaker` ... right before (ORG); `-based` right after, a kind of place
//!      and `of` right before (`the town of`, `the suburb of`; not before a nationality), or an
//!      all-capital dateline (`OSLAVIK, March 3`) (PLACE); `maker of` right before (MISC: a product); an
//!      appositive right after that names a work, a company or a place (`, an album`, `, the
//!      payments firm`, `, a village`);
//!    - a **first name + surname** shape (`Maja Lindqvist`: a first name from the tagger's word list
//!      followed by one or two capitalised words that are not organisation or place words) votes
//!      PERSON **3**, once per cluster, so that a tagger consistent over many mentions can outvote it
//!      (`Morgan Stanley`);
//!    - a name the project's lists of organisations and people in the news hold whole
//!      (`data/ner/companies.txt`, `data/ner/people.txt`: `Instagram`, `Donald Trump`) is a strong cue
//!      for ORG or PERSON;
//!    - a **weak cue** (**1**) only breaks ties: a speech verb right after (`said`, `told`: PERSON —
//!      companies and ministries speak too, `Apple said`), a preposition right before
//!      (`in`, `from`, `to`, `near`, `outside`: PLACE — `a change to` or `a letter from` come before
//!      other names too) and `rival` (ORG — rivals are also people).
//!
//!    So one strong cue outvotes two tagger votes of another label (3 > 2) and ties with three.
//!    A mention takes at most one cue before it (the longest that matches: `a stake in` over `in`) and
//!    one after it. A person pronoun later in the text is too weak a cue and is not used.
//! 3. **Relabel.** Every mention of the cluster takes the winning label, except one whose own strong cue
//!    points to another ORG, PLACE or MISC reading (metonymy: `NEW YORK 1996-08-22` is a place in a
//!    dateline although `New York` names a team in the scores below it); a tie keeps the label of the
//!    longest mention. In a cluster with no person, only a mention's own strong cue changes its
//!    label, but cues that agree on ORG or MISC relabel the cluster's mentions read as places when
//!    they outvote the words of place before its mentions (`in Tikrit`) and neither the lists nor
//!    the training data have the name as a place (`budget airline Virgin Blue` ... `Virgin Blue
//!    said`). A name once seen as a person stays a person: when a full (multi-word) form of the
//!    cluster is tagged PERSON at a mention with a PERSON cue (`President Donald Trump`,
//!    `Maja Lindqvist, who`), the whole cluster is PERSON.
//!
//! Limitation: a place or organisation named by a part of a person's name in the same text
//! (`Washington` after `President George Washington`) joins the person's cluster.
//!
//! Cost: clustering is near-linear (see [`super::groups`]); each mention looks at a few tokens around
//! it, found by binary search.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::cue_table::{cues, Cues};
use super::groups::{clusters, key_len, TITLE_WORDS};
use super::{Candidate, Label, Source};
use crate::model::hash::{word_set, WordSet};
use crate::text::{
    after_last_by, all_char, any_bytes, ascii_lowercase, chars, count_by, ending_by, has_char,
    head, is_alnum, is_ascii, is_capitals, is_lower, is_space, is_upper, last_char,
    rsplit_once_char, split_by, starting_before, starts_by, trim_end_by, Span,
};
use crate::tokens::{
    capitalised_at, is_apostrophe, is_hyphen_token, token_at, token_is, token_run, Token, TokenKind,
};
use crate::vecs::{at, CollectVec};
use crate::word_list::WordList;

/// The vote of each mention's tagger label.
const TAGGER: u32 = 1;
/// A strong cue: outvotes two tagger votes.
const STRONG: u32 = 3;
/// A weak cue: breaks ties.
const WEAK: u32 = 1;

/// True for the indefinite article, `a` or `an`. Inlined natively; one call in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_a_or_an(w: &str) -> bool {
    A_AN.contains(w)
}

/// Token sequences (lower case, `’` as `'`; the tokens separated by spaces) right before a mention,
/// with the label and weight they vote for. Titles are [`is_person_title`]'s.
static BEFORE: Cues = cues![
    // A place by its kind (`the suburb of Sand Springs`, `the Tunisian city of Sfax`).
    ("city of", Label::Place, STRONG),
    ("town of", Label::Place, STRONG),
    ("village of", Label::Place, STRONG),
    ("suburb of", Label::Place, STRONG),
    ("province of", Label::Place, STRONG),
    ("district of", Label::Place, STRONG),
    ("island of", Label::Place, STRONG),
    // A place by where it lies or who was born there (`born in Wrexham`, `north of Kupiansk`,
    // `the coast of Gotland`, `near Pokrovsk`, `the capital Kyiv`: 97% to 100% of the names after
    // each in CoNLL-2003 train, WikiNEuRal, wikigold and the self-written sets are places).
    ("born in", Label::Place, STRONG),
    ("north of", Label::Place, STRONG),
    ("south of", Label::Place, STRONG),
    ("east of", Label::Place, STRONG),
    ("west of", Label::Place, STRONG),
    ("coast of", Label::Place, STRONG),
    ("border with", Label::Place, STRONG),
    ("mayor of", Label::Place, STRONG),
    ("located in", Label::Place, STRONG),
    ("near", Label::Place, STRONG),
    // A place by the part of it (`in east Charlotte`, `in northern Iraq`: all 142 names after
    // these in CoNLL-2003 train and dev, WikiNEuRal, wikigold and the self-written sets).
    ("in northern", Label::Place, STRONG),
    ("in southern", Label::Place, STRONG),
    ("in eastern", Label::Place, STRONG),
    ("in western", Label::Place, STRONG),
    ("in central", Label::Place, STRONG),
    ("in north", Label::Place, STRONG),
    ("in south", Label::Place, STRONG),
    ("in east", Label::Place, STRONG),
    ("in west", Label::Place, STRONG),
    // A place by a flight to or from it or a life in it (`a flight from Khartoum`, `lives in
    // Tribeca`, `a city like Bath`: 62 of 63 names after these in CoNLL-2003, WikiNEuRal, wikigold
    // and the self-written sets are places, the other a year), which keeps a city a place where its
    // club plays in the same text. Not `a trip to`, `a visit to` or `at home in`, which come before
    // a competition's name in the sports pages (`a trip to Six Nations leaders Ireland`).
    ("flight from", Label::Place, STRONG),
    ("flights from", Label::Place, STRONG),
    ("flight to", Label::Place, STRONG),
    ("flew to", Label::Place, STRONG),
    ("flew into", Label::Place, STRONG),
    ("travelled to", Label::Place, STRONG),
    ("traveled to", Label::Place, STRONG),
    ("lives in", Label::Place, STRONG),
    ("living in", Label::Place, STRONG),
    ("grew up in", Label::Place, STRONG),
    ("city like", Label::Place, STRONG),
    // A person by a dismissal or a succession (`Nottingham Forest sack Postecoglou`, `sacked Erik
    // ten Hag`, `succeeded Rinus Michels`: all 14 names after these in CoNLL-2003, WikiNEuRal,
    // wikigold and the self-written sets are people). Not `fired` (`fired Iskander missiles`).
    ("sacked", Label::Person, STRONG),
    ("sack", Label::Person, STRONG),
    ("succeeded", Label::Person, STRONG),
    // A place by what stands or happens in it (`the High Court in Christchurch`, `a plant in
    // Tianjin`, `homes in Brisbane`, `protests in Nairobi`: 206 of 213 names after these in
    // CoNLL-2003, WikiNEuRal, wikigold and the self-written sets are places, the others dates and
    // a word of a longer name).
    ("court in", Label::Place, STRONG),
    ("plant in", Label::Place, STRONG),
    ("factory in", Label::Place, STRONG),
    ("school in", Label::Place, STRONG),
    ("homes in", Label::Place, STRONG),
    ("people in", Label::Place, STRONG),
    ("residents of", Label::Place, STRONG),
    ("residents in", Label::Place, STRONG),
    ("streets of", Label::Place, STRONG),
    ("protests in", Label::Place, STRONG),
    ("rally in", Label::Place, STRONG),
    ("based in", Label::Place, STRONG),
    ("headquartered in", Label::Place, STRONG),
    ("shop in", Label::Place, STRONG),
    ("store in", Label::Place, STRONG),
    ("bar in", Label::Place, STRONG),
    ("hospital in", Label::Place, STRONG),
    // A place by what is outside it (`rallied outside Parliament House`, `outside Moscow`: 31 of 35
    // names after it in CoNLL-2003, WikiNEuRal, wikigold and the self-written sets).
    ("outside", Label::Place, STRONG),
    ("capital", Label::Place, STRONG),
    // A body in space by its kind (`the asteroid Apophis`, `Saturn's moon Titan`, `the asteroid
    // pair Didymos and Dimorphos`: 11 of the 12 names after these in CoNLL-2003, WikiNEuRal,
    // wikigold and the self-written sets are places, the other an asteroid's designation, MISC).
    ("asteroid", Label::Place, STRONG),
    ("asteroids", Label::Place, STRONG),
    ("asteroid pair", Label::Place, STRONG),
    ("moon", Label::Place, STRONG),
    // A river's or a sea's banks, mouth and shores (`the far bank of the Dnipro`: all 34 names
    // after these in CoNLL-2003, WikiNEuRal, wikigold and the self-written sets are places). Not
    // an edge (`the edge of the Chelsea area`).
    ("bank of the", Label::Place, STRONG),
    ("banks of the", Label::Place, STRONG),
    ("mouth of the", Label::Place, STRONG),
    ("shore of the", Label::Place, STRONG),
    ("shores of the", Label::Place, STRONG),
    ("shares of", Label::Org, STRONG),
    ("stock of", Label::Org, STRONG),
    ("shares in", Label::Org, STRONG),
    ("chief executive of", Label::Org, STRONG),
    ("ceo of", Label::Org, STRONG),
    ("officer of", Label::Org, STRONG),
    ("founder of", Label::Org, STRONG),
    ("owner of", Label::Org, STRONG),
    ("co-founder of", Label::Org, STRONG),
    ("stake in", Label::Org, STRONG),
    // A company by its sale (`the takeover of Deliveroo`, `a bid for Warner Bros. Discovery`:
    // CoNLL-2003 and the self-written sets mark 41 of 45 names there ORG, the others places and a
    // nationality, which [`is_paper_cue`] leaves out).
    ("takeover of", Label::Org, STRONG),
    ("bid for", Label::Org, STRONG),
    ("purchase of", Label::Org, STRONG),
    ("acquisition of", Label::Org, STRONG),
    // A company by its buyer, parent or partner in a merger (`acquired by Halvorsen`, `a unit of
    // Alphabet`, `a lawsuit against Binance`: 38 of 40 names after these in CoNLL-2003, WikiNEuRal,
    // wikigold and the self-written sets are organisations, the others nationalities).
    ("acquired by", Label::Org, STRONG),
    ("bought by", Label::Org, STRONG),
    ("subsidiary of", Label::Org, STRONG),
    ("unit of", Label::Org, STRONG),
    ("merger with", Label::Org, STRONG),
    ("merged with", Label::Org, STRONG),
    ("lawsuit against", Label::Org, STRONG),
    // An investor leading a funding round (`a Series F round led by Iconiq`: 8 of 8 ORG in the
    // self-written sets).
    ("round led by", Label::Org, STRONG),
    ("the company", Label::Org, STRONG),
    ("company", Label::Org, STRONG),
    ("firm", Label::Org, STRONG),
    ("startup", Label::Org, STRONG),
    ("start - up", Label::Org, STRONG),
    // As running text spells it, one token (`the solar start-up Jua Tele`).
    ("start-up", Label::Org, STRONG),
    // A business by who runs or owns it (`who runs Tres Lunas`, `its owner Electronic Arts`: all 10
    // names after these in CoNLL-2003, WikiNEuRal, wikigold and the self-written sets).
    ("who runs", Label::Org, STRONG),
    ("its owner", Label::Org, STRONG),
    ("grocer", Label::Org, STRONG),
    ("studio", Label::Org, STRONG),
    ("shipbuilder", Label::Org, STRONG),
    ("carmaker", Label::Org, STRONG),
    ("automaker", Label::Org, STRONG),
    ("chipmaker", Label::Org, STRONG),
    ("drugmaker", Label::Org, STRONG),
    ("fintech", Label::Org, STRONG),
    // A maker of a kind of goods (`browser maker Opera`; not `film maker`, a person).
    ("browser maker", Label::Org, STRONG),
    ("phone maker", Label::Org, STRONG),
    ("smartphone maker", Label::Org, STRONG),
    ("toy maker", Label::Org, STRONG),
    ("drug maker", Label::Org, STRONG),
    ("game maker", Label::Org, STRONG),
    ("car maker", Label::Org, STRONG),
    ("chip maker", Label::Org, STRONG),
    ("software maker", Label::Org, STRONG),
    ("device maker", Label::Org, STRONG),
    ("battery maker", Label::Org, STRONG),
    ("plane maker", Label::Org, STRONG),
    ("steel maker", Label::Org, STRONG),
    ("robot maker", Label::Org, STRONG),
    ("truck maker", Label::Org, STRONG),
    ("retailer", Label::Org, STRONG),
    ("airline", Label::Org, STRONG),
    ("lender", Label::Org, STRONG),
    ("insurer", Label::Org, STRONG),
    ("conglomerate", Label::Org, STRONG),
    ("supplier", Label::Org, STRONG),
    ("manufacturer", Label::Org, STRONG),
    ("brewer", Label::Org, STRONG),
    ("exchange", Label::Org, STRONG),
    ("operator", Label::Org, STRONG),
    ("publication", Label::Org, STRONG),
    // A paper or an agency named right after what it is (`the daily Le Monde`, `news agency
    // Tanjug`, `the journal Nature`; CoNLL-2003 train and dev: 14 of 15 after `daily`, all 15
    // after `agency`).
    ("daily", Label::Org, STRONG),
    ("weekly", Label::Org, STRONG),
    ("tabloid", Label::Org, STRONG),
    ("journal", Label::Org, STRONG),
    ("agency", Label::Org, STRONG),
    ("news agency", Label::Org, STRONG),
    ("consultancy", Label::Org, STRONG),
    ("newspaper", Label::Org, STRONG),
    ("magazine", Label::Org, STRONG),
    ("broadcaster", Label::Org, STRONG),
    ("chain", Label::Org, STRONG),
    ("giant", Label::Org, STRONG),
    ("app", Label::Org, STRONG),
    ("platform", Label::Org, STRONG),
    ("network", Label::Org, STRONG),
    ("service", Label::Org, STRONG),
    ("regulator", Label::Org, STRONG),
    ("watchdog", Label::Org, STRONG),
    ("bank", Label::Org, STRONG),
    // A group named right after what it is (`the militant group Hamas`, `the pressure group
    // Greenpeace`: all 54 such names in the data are organisations).
    ("group", Label::Org, STRONG),
    // A trade named right before (`the online bookmaker Tollgate Bet`, `the miner Glencore`): in
    // CoNLL-2003 and the self-written sets, all 15 names after these four words are organisations.
    ("bookmaker", Label::Org, STRONG),
    ("distributor", Label::Org, STRONG),
    ("miner", Label::Org, STRONG),
    ("utility", Label::Org, STRONG),
    // A band, a paper, a broadcaster named right after what it is (`rock band Killing Joke`, wikigold).
    ("band", Label::Org, STRONG),
    ("newspaper", Label::Org, STRONG),
    ("magazine", Label::Org, STRONG),
    ("broadcaster", Label::Org, STRONG),
    // A house or a label that trades (`the perfume house Creed`, `the record label Island`).
    ("fashion house", Label::Org, STRONG),
    ("perfume house", Label::Org, STRONG),
    ("auction house", Label::Org, STRONG),
    ("publishing house", Label::Org, STRONG),
    ("design house", Label::Org, STRONG),
    ("record label", Label::Org, STRONG),
    // A label named right after its kind, with an adjective or none (`the French label Disques
    // Étoile`): 12 of the 13 names after `label` in CoNLL-2003, WikiNEuRal, wikigold and the
    // looked-at sets are organisations.
    ("label", Label::Org, STRONG),
    // A body that studies, campaigns or gives (`the think tank Ember`, `the charity Oxfam`, `the
    // hedge fund Elliott`, `the trade body UKHospitality`).
    ("think tank", Label::Org, STRONG),
    ("thinktank", Label::Org, STRONG),
    ("charity", Label::Org, STRONG),
    ("hedge fund", Label::Org, STRONG),
    ("trade body", Label::Org, STRONG),
    ("rival", Label::Org, WEAK),
    ("rivals", Label::Org, WEAK),
    ("maker of", Label::Misc, STRONG),
    // A ship named right after its kind (`the tanker Boracay`, `the container ship Dali`: all 10
    // after these in CoNLL-2003, WikiNEuRal, wikigold and the self-written sets are MISC; not
    // `carrier` alone, an airline too, but `bulk carrier` and `aircraft carrier`).
    ("tanker", Label::Misc, STRONG),
    ("tankers", Label::Misc, STRONG),
    ("ship", Label::Misc, STRONG),
    ("vessel", Label::Misc, STRONG),
    ("ferry", Label::Misc, STRONG),
    ("freighter", Label::Misc, STRONG),
    ("frigate", Label::Misc, STRONG),
    ("destroyer", Label::Misc, STRONG),
    ("bulk carrier", Label::Misc, STRONG),
    ("aircraft carrier", Label::Misc, STRONG),
    ("warship", Label::Misc, STRONG),
    ("submarine", Label::Misc, STRONG),
    // A storm's name (`Hurricane Melissa`).
    ("hurricane", Label::Misc, STRONG),
    ("typhoon", Label::Misc, STRONG),
    ("cyclone", Label::Misc, STRONG),
    ("storm", Label::Misc, STRONG),
    ("makers of", Label::Misc, STRONG),
    // A work named right after what it is (`the film Sinners`, `the series Adolescence`), as
    // wikigold marks `film The Last Emperor` and `album A Beautiful Lie`; and a chatbot (`Grok`).
    ("film", Label::Misc, STRONG),
    ("drama", Label::Misc, STRONG),
    ("thriller", Label::Misc, STRONG),
    ("comedy", Label::Misc, STRONG),
    ("sequel", Label::Misc, STRONG),
    ("movie", Label::Misc, STRONG),
    ("biopic", Label::Misc, STRONG),
    ("documentary", Label::Misc, STRONG),
    ("series", Label::Misc, STRONG),
    ("miniseries", Label::Misc, STRONG),
    ("sitcom", Label::Misc, STRONG),
    ("telenovela", Label::Misc, STRONG),
    ("anime", Label::Misc, STRONG),
    ("fantasy", Label::Misc, STRONG),
    ("musical", Label::Misc, STRONG),
    ("album", Label::Misc, STRONG),
    ("song", Label::Misc, STRONG),
    ("novel", Label::Misc, STRONG),
    ("memoir", Label::Misc, STRONG),
    ("chatbot", Label::Misc, STRONG),
    ("podcast", Label::Misc, STRONG),
    ("show", Label::Misc, STRONG),
    ("console", Label::Misc, STRONG),
    ("smartphone", Label::Misc, STRONG),
    ("drug", Label::Misc, STRONG),
    ("vaccine", Label::Misc, STRONG),
    // A work an award went to (`won an Oscar for Annie Hall`, `the Booker Prize for Flesh`).
    ("oscar for", Label::Misc, STRONG),
    ("emmy for", Label::Misc, STRONG),
    ("grammy for", Label::Misc, STRONG),
    ("globe for", Label::Misc, STRONG),
    ("bafta for", Label::Misc, STRONG),
    ("prize for", Label::Misc, STRONG),
    // A book by its author, a first work (`author of Satantango`, `her debut The Safekeep`).
    ("author of", Label::Misc, STRONG),
    ("debut", Label::Misc, STRONG),
    // A release or a tool by its kind (`the single Manchild`, `the coding agent Devin`).
    ("single", Label::Misc, STRONG),
    ("game", Label::Misc, STRONG),
    ("browser", Label::Misc, STRONG),
    ("coding agent", Label::Misc, STRONG),
    ("coding assistant", Label::Misc, STRONG),
    ("coding tool", Label::Misc, STRONG),
    // A work by what is done in it or with it (`starred in Severance`, `the second season of
    // Wednesday`, `a sequel to Wicked`).
    ("starred in", Label::Misc, STRONG),
    ("stars in", Label::Misc, STRONG),
    ("starring in", Label::Misc, STRONG),
    ("season of", Label::Misc, STRONG),
    // A film at its first showing (`the premiere of Hamnet`: all 10 names after it in CoNLL-2003,
    // WikiNEuRal, wikigold and the self-written sets that no possessive follows are MISC).
    ("premiere of", Label::Misc, STRONG),
    // A work by its title's verb (`a toilet titled America`, `an album entitled Safahat`: all 9
    // names after these in CoNLL-2003, WikiNEuRal, wikigold and the self-written sets are MISC).
    ("titled", Label::Misc, STRONG),
    ("entitled", Label::Misc, STRONG),
    ("episode of", Label::Misc, STRONG),
    ("sequel to", Label::Misc, STRONG),
    ("prequel to", Label::Misc, STRONG),
    ("remake of", Label::Misc, STRONG),
    ("trailer for", Label::Misc, STRONG),
    ("cast of", Label::Misc, STRONG),
    // A work by who made it or starred in it (`star of The Bear`, `playwright of Arcadia`: all six
    // names after these in CoNLL-2003, WikiNEuRal, wikigold and the looked-at sets are MISC), works
    // by their kind in the plural (`the albums Brown Sugar and Voodoo`), and a product unveiled
    // (`unveiled the Galaxy Z TriFold`: all five).
    ("star of", Label::Misc, STRONG),
    ("playwright of", Label::Misc, STRONG),
    ("albums", Label::Misc, STRONG),
    ("films", Label::Misc, STRONG),
    ("novels", Label::Misc, STRONG),
    ("songs", Label::Misc, STRONG),
    ("unveiled the", Label::Misc, STRONG),
    // A language by the verbs of speaking and writing it (`to write in Gikuyu`, `speaks Tagalog`,
    // `translated into Hebrew`: all 35 names after these in CoNLL-2003, WikiNEuRal, wikigold and
    // the self-written sets are MISC). Not `written in`, where a place may stand (`a letter
    // written in Paris`).
    ("write in", Label::Misc, STRONG),
    ("speak", Label::Misc, STRONG),
    ("speaks", Label::Misc, STRONG),
    ("spoke", Label::Misc, STRONG),
    ("speaking", Label::Misc, STRONG),
    ("fluent in", Label::Misc, STRONG),
    ("translated into", Label::Misc, STRONG),
];

/// Words of a transfer or a match before a club's name ([`evidence`]).
const CLUB_CUES: [&str; 8] = [
    "joined",
    "signed for",
    "signed with",
    "loan from",
    "win over",
    "victory over",
    "defeat to",
    "traded to",
];

/// True when no list or training name knows the name at tokens `first..end`.
pub(super) fn unlisted(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let l = super::tagger::listed_run(text, tokens, first, end);
    !(l.trained || l.place || l.misc || l.personal_name)
        && crate::entities::tagger::lexicon::known_tokens_run(text, tokens, first, end).is_none()
}

/// True when the words before a mention (lower case, the last one next to it) say that it is an
/// organisation one works at or whose figures are quoted (`analysts at`, `data from`).
fn works_at(before: &[Cow<str>]) -> bool {
    match before {
        [.., who, at] if at == "at" => STAFF_AT.contains(&who.as_ref()),
        [.., what, from] if from == "from" => DATA_FROM.contains(&what.as_ref()),
        _ => false,
    }
}

/// What a thing named right after `called` or `named` is, by the kind of thing before those words
/// (`a fine-tuning tool called Tinker`, `a humanoid robot named Vyommitra`, `a village called
/// Mousehole`, `a start-up called Lantern`).
static CALLED_KINDS: [(Label, WordList); 4] = [
    (Label::Misc, CALLED_THINGS),
    (Label::Org, CALLED_BODIES),
    (Label::Place, CALLED_PLACES),
    (Label::Person, CALLED_PEOPLE),
];

/// The label the words before a mention (lower case, the last one next to it) give it when they
/// end with a kind of thing and `called` or `named` ([`CALLED_KINDS`]).
fn called_kind(before: &[Cow<str>]) -> Option<Label> {
    let [.., kind, called] = before else {
        return None;
    };
    if called != "called" && called != "named" {
        return None;
    }
    CALLED_KINDS
        .iter()
        .find(|(_, kinds)| kinds.contains(&kind.as_ref()))
        .map(|&(label, _)| label)
}

/// True when the mention at tokens `first..end` names a maker or an agency, by the lists or the
/// training data or its last word (`SpaceX`, `NASA`, `Rocket Lab`, `Isar Aerospace`), not a craft.
fn maker_before_craft(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let listed = super::tagger::listed_run(text, tokens, first, end);
    listed.trained_org
        || listed.place
        || listed.country
        || crate::entities::tagger::lexicon::known_tokens_run(text, tokens, first, end)
            .is_some_and(|l| l != Label::Misc)
        || super::names::label_by_last_word(crate::tokens::token_text(text, tokens, end - 1))
            == Some(Label::Org)
}

/// Token sequences (the tokens separated by spaces) right after a mention, with the label and weight
/// they vote for. Speech verbs are [`SPEECH_VERBS`].
static AFTER: Cues = cues![
    (", who", Label::Person, STRONG),
    // A site named before what it is (`Heathrow airport`, `the Zaporizhzhia nuclear plant`, `the
    // Carrow Bank offshore wind farm`: 55 of 57 names before these in CoNLL-2003, WikiNEuRal,
    // wikigold and the self-written sets are places).
    ("airport", Label::Place, STRONG),
    ("nuclear plant", Label::Place, STRONG),
    ("power station", Label::Place, STRONG),
    ("depot", Label::Place, STRONG),
    ("oilfield", Label::Place, STRONG),
    ("oil field", Label::Place, STRONG),
    ("wind farm", Label::Place, STRONG),
    ("offshore wind farm", Label::Place, STRONG),
    ("inc", Label::Org, STRONG),
    ("inc.", Label::Org, STRONG),
    ("corp", Label::Org, STRONG),
    ("corp.", Label::Org, STRONG),
    ("ltd", Label::Org, STRONG),
    ("ltd.", Label::Org, STRONG),
    ("llc", Label::Org, STRONG),
    ("plc", Label::Org, STRONG),
    ("shares", Label::Org, STRONG),
    ("stock", Label::Org, STRONG),
    ("app", Label::Org, STRONG),
    ("platform", Label::Org, STRONG),
    ("spokesperson", Label::Org, STRONG),
    ("spokesman", Label::Org, STRONG),
    ("spokeswoman", Label::Org, STRONG),
    ("'s chief executive", Label::Org, STRONG),
    // The people who run or own a company named before them (`Yukos chief executive Steven
    // Theede`, `Barrick chairman`, `Tesla shareholders`, `Ryanair boss`: CoNLL-2003 and the
    // self-written sets mark 13 of 13 names before `boss` ORG); see [`after_places_too`].
    ("chief executive", Label::Org, STRONG),
    ("ceo", Label::Org, STRONG),
    ("chairman", Label::Org, STRONG),
    ("shareholders", Label::Org, STRONG),
    ("executives", Label::Org, STRONG),
    ("boss", Label::Org, STRONG),
    ("bosses", Label::Org, STRONG),
    // A club's manager, head coach or co-owner (`Wrexham manager Phil Parkinson`: 36 of 46 names
    // before these in CoNLL-2003, WikiNEuRal, wikigold and the looked-at sets are organisations,
    // the rest countries, which [`after_places_too`] leaves alone).
    ("manager", Label::Org, STRONG),
    ("head coach", Label::Org, STRONG),
    ("co-owner", Label::Org, STRONG),
    ("co - owner", Label::Org, STRONG),
    // A company's part named before what it is (`its Yugansk division`, `its PMC-Sierra unit`).
    ("unit", Label::Org, STRONG),
    ("subsidiary", Label::Org, STRONG),
    // A company by its people and its depots (`Amazon employees`, `an Askul distribution centre`:
    // the 4 names before `employees` in CoNLL-2003, WikiNEuRal and the Broad Twitter Corpus are
    // organisations).
    ("employees", Label::Org, STRONG),
    ("distribution centre", Label::Org, STRONG),
    ("distribution center", Label::Org, STRONG),
    ("division", Label::Org, STRONG),
    // A paper or an agency named before what it is (`Liberte newspaper said`, `Petra news agency`).
    ("newspaper", Label::Org, STRONG),
    ("news agency", Label::Org, STRONG),
    // A product or a work named before its maker or creator (`Ozempic maker Novo Nordisk`,
    // `Spider-Man creator Stan Lee`).
    ("maker", Label::Misc, STRONG),
    ("creator", Label::Misc, STRONG),
    // A craft named before its kind (`the first Neutron rocket`, `the twin ESCAPADE probes`, the
    // `Orion capsule`), not its maker's or its agency's name (`a SpaceX rocket`; see
    // [`maker_before_craft`]).
    ("rocket", Label::Misc, STRONG),
    ("rockets", Label::Misc, STRONG),
    ("capsule", Label::Misc, STRONG),
    ("probe", Label::Misc, STRONG),
    ("probes", Label::Misc, STRONG),
    ("spacecraft", Label::Misc, STRONG),
    ("lander", Label::Misc, STRONG),
    // And a weapon (`Storm Shadow missiles`, `Patriot systems`, `F-35 jets`: 63 of 66 names before
    // these words in the data are MISC, the others makers).
    ("missile", Label::Misc, STRONG),
    ("missiles", Label::Misc, STRONG),
    ("systems", Label::Misc, STRONG),
    ("jets", Label::Misc, STRONG),
    ("tanks", Label::Misc, STRONG),
    ("bombers", Label::Misc, STRONG),
    ("drones", Label::Misc, STRONG),
    ("'s ceo", Label::Org, STRONG),
    ("'s shares", Label::Org, STRONG),
    ("'s stock", Label::Org, STRONG),
    // A country's market (`Sri Lanka's stock market`), as a city's `stock exchange` below.
    ("'s stock market", Label::Place, STRONG),
    ("'s stock exchange", Label::Place, STRONG),
    ("'s board", Label::Org, STRONG),
    ("general manager", Label::Org, STRONG),
    ("- based", Label::Place, STRONG),
    // A city's market, not a company's stock (`the Warsaw stock exchange`, `the Milan stock market`).
    ("stock exchange", Label::Place, STRONG),
    ("stock market", Label::Place, STRONG),
    ("bourse", Label::Place, STRONG),
    // A place named with what it is (`Khyber Pakhtunkhwa province`, `Buner district`, `Afar region`,
    // `Hayli Gubbi volcano`, `Cebu island`, `Swat valley`, `Indus river`: all 41 names but
    // nationality words before `island`, `valley` or `river` in CoNLL-2003, WikiNEuRal, the Broad
    // Twitter Corpus and the self-written sets).
    ("province", Label::Place, STRONG),
    ("district", Label::Place, STRONG),
    ("region", Label::Place, STRONG),
    // And the last of several (`the Ouaddai and Wadi Fira provinces`, `Kent and Sussex counties`).
    // The last of several stations (`between Tunney's Pasture and Blair stations`: all 4 such names
    // of the data are places). Not `station`, which names a broadcaster's or a space station too
    // (`Cincinnati TV station`, `China's Tiangong station`).
    ("stations", Label::Place, STRONG),
    ("provinces", Label::Place, STRONG),
    ("districts", Label::Place, STRONG),
    ("regions", Label::Place, STRONG),
    ("counties", Label::Place, STRONG),
    ("volcano", Label::Place, STRONG),
    ("island", Label::Place, STRONG),
    ("valley", Label::Place, STRONG),
    ("river", Label::Place, STRONG),
    // A town by its mayor (`Flin Flon mayor George Fontaine`), not a party's (`Labour mayor`);
    // not by its `residents`, who may be a group's (`LGBT residents`).
    ("mayor", Label::Place, STRONG),
    // The forest, though a company has the name (`the Amazon rainforest`): outvotes the lists.
    ("rainforest", Label::Place, 2 * STRONG),
    ("power station", Label::Place, STRONG),
    ("by - election", Label::Place, STRONG),
    ("by-election", Label::Place, STRONG),
];

/// What a cue of [`AFTER`] names when a place's name or a nationality comes before it too (`UK
/// chief executive`, `Iranian news agency`, `Swiss maker`, `its Kursk unit`): a company by its
/// people or its parts, a paper, or a product.
fn after_places_too(cue: &str) -> Option<Named> {
    match cue {
        "chief executive" | "head coach" | "co-owner" | "co - owner" => Some(Named::Company),
        _ if COMPANY_PEOPLE.contains(cue) => Some(Named::Company),
        _ if crate::text::is_one_of(cue, "newspaper|news agency") => Some(Named::Paper),
        _ if crate::text::is_one_of(cue, "maker|creator") => Some(Named::Product),
        _ if crate::text::is_one_of(cue, "unit|subsidiary|division") => Some(Named::Part),
        _ => None,
    }
}

/// What a cue of [`after_places_too`] or [`is_paper_cue`] can name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    /// A company, by its people (`chief executive`, `boss`): a club named like its city too
    /// (`Chelsea`), not a country (`the former France boss`, a national side's).
    Company,
    /// A paper or an agency (`newspaper`, `the daily`): never a place (`a London newspaper`).
    Paper,
    /// A product or a work by its maker or creator (`ChatGPT maker OpenAI`, `Spider-Man creator
    /// Stan Lee`): neither a place nor a company of the lists (`Google owner`).
    Product,
    /// A company's part (`its Yugansk division`): never a place (`the London subsidiary`).
    Part,
}

/// True unless the name of `tokens[first..end]` is a nationality, an event or a party of the lists
/// (but for a product), or a place of the lists (for a company, one the training data never has as
/// an organisation, as a club is; for a product, an organisation of the lists or of the training
/// data too), or opens in lower case (`pro-Netanyahu`).
fn may_be_named(text: &str, tokens: &[Token], first: usize, end: usize, what: Named) -> bool {
    let run = token_run(tokens, first, end);
    let listed = super::tagger::listed(text, run);
    let span = Span::new(
        token_at(tokens, first).span.start,
        token_at(tokens, end - 1).span.end,
    );
    let (place, misc) = match what {
        // A small town of the lists says nothing against a company (`Mango chief executive`).
        Named::Company => (
            (is_region(&listed) || listed.city_not_person) && !listed.trained_org || listed.country,
            listed.misc,
        ),
        Named::Paper | Named::Part => (listed.place, listed.misc),
        Named::Product => (
            listed.place
                || listed.trained_org
                || super::tagger::list_label(text, run) == Some(Label::Org),
            false,
        ),
    };
    !(misc
        || place
        || starts_by(span.slice(text), is_lower)
        || super::tagger::lexicon::is_nationality(span.slice(text)))
}

/// True for a cue of [`BEFORE`] naming a paper, an agency or a company by its shares, its sale or its parent,
/// which a place's name or a nationality follows too (`a daily Amsterdam newspaper`, `shares in
/// Hungary`, `a bid for Australian assets`).
fn is_paper_cue(cue: &str) -> bool {
    /// The cues of more than one word ([`crate::text::is_one_of`]).
    const PAPER_PHRASES: &str = "news agency|shares in|takeover of|bid for|purchase of|\
        acquisition of|acquired by|bought by|subsidiary of|unit of|merger with|merged with|\
        lawsuit against";
    crate::text::is_one_of(cue, PAPER_PHRASES) || PAPER_CUES.contains(cue)
}

/// True when the lists have the name of `tokens[first..end]` as a country and never as a first
/// name or surname (`Belgium`, not `Georgia`; a city may be a rapper's name, `MC Kano`).
fn nobody_s_place(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let l = super::tagger::listed_run(text, tokens, first, end);
    l.country && !l.personal_name
}

/// The label and length of a strong [`BEFORE`] cue ending in a preposition before the owner when
/// the name at `first` follows an owner's one to three capitalised words and `'s` (`founder of
/// Peru's` before `Andes Solar`).
fn owned_after(text: &str, tokens: &[Token], first: usize) -> Option<(Label, usize)> {
    let s = first
        .checked_sub(1)
        .filter(|&s| norm(text, token_at(tokens, s)) == "'s")?;
    let mut o = s;
    while o > 0 && s - o < 3 && capitalised_at(text, tokens, o - 1) {
        o -= 1;
    }
    if o == s {
        return None;
    }
    let before: Vec<Cow<str>> = norms(text, token_run(tokens, o.saturating_sub(3), o));
    if !before.last().is_some_and(|w| is_preposition(w)) {
        return None;
    }
    longest_strong_cue(BEFORE.rows(), &before)
}

/// The label and the length in words of the longest strong cue of `cues` that the words `before`
/// end with; the last of the longest, as `max_by_key` would choose.
fn longest_strong_cue(cues: &[(&str, Label, u8)], before: &[Cow<str>]) -> Option<(Label, usize)> {
    let mut best: Option<(Label, usize)> = None;
    for &(cue, label, weight) in cues {
        if u32::from(weight) == STRONG && ends_with(before, cue) {
            let len = cue_len(cue);
            if best.is_none_or(|(_, longest)| len >= longest) {
                best = Some((label, len));
            }
        }
    }
    best
}

/// True for a preposition that ends a cue of [`BEFORE`] (`founder of`, `stake in`).
fn is_preposition(w: &str) -> bool {
    CUE_PREPOSITIONS.contains(w)
}

/// The label a strong cue of [`BEFORE`] right before token `k` says a name there has (`the Netflix
/// drama` before `Adolescence`, `the coffee chain` before `Pret`); the longest cue wins.
pub(super) fn strong_cue_before(text: &str, tokens: &[Token], k: usize) -> Option<Label> {
    // The pronoun `I` is no name after any cue (`in my films I cast`).
    if token_at(tokens, k).is(text, "I")
        || !k
            .checked_sub(1)
            .is_some_and(|j| may_cue(&norm(text, token_at(tokens, j))))
    {
        return None;
    }
    let before: Vec<Cow<str>> = norms(text, token_run(tokens, k.saturating_sub(3), k));
    #[cfg(target_arch = "wasm32")]
    let cues = BEFORE.rows();
    // Natively only the cues that end with the word before token `k` (no other can match).
    #[cfg(not(target_arch = "wasm32"))]
    let cues = before
        .last()
        .map_or(&[][..], |w| BEFORE.rows_keyed(w, last_word));
    longest_strong_cue(cues, &before).map(|(label, _)| label)
}

/// The first token of the capitalised name (at most four tokens) that ends two tokens before token
/// `k`: the first of two names joined by `and` when the token before `k` is `and` (which the
/// caller checks).
fn coordinated_start(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let last = k.checked_sub(2)?;
    if !capitalised_at(text, tokens, last) {
        return None;
    }
    let mut s = last;
    while s > 0 && last - s < 3 && capitalised_at(text, tokens, s - 1) {
        s -= 1;
    }
    Some(s)
}

/// True for a title or role word that, right before a name, marks a person.
pub(super) fn is_person_title(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, || {
        let mut set = WordSet::default();
        for &w in TITLE_WORDS.iter() {
            if !NOT_PERSON_TITLES.contains(&w) {
                set.insert(w);
            }
        }
        for &w in MORE_PERSON_TITLES.iter() {
            set.insert(w);
        }
        set
    })
    .contains(word)
}

/// True for an owner's title and a comma before a name (`his wife, Camilla`, `Canepa's brother,
/// Andres`, `their coach, Dorival`): an appositive naming that person.
fn owned_title_comma(before: &[Cow<str>]) -> bool {
    matches!(before, [owner, title, comma]
        if comma == ","
            && OWNERS.contains(owner)
            && is_person_title(title))
}

/// True when `w` ends a cue of [`BEFORE`] or of [`works_at`], or opens one of [`AFTER`]: next to a
/// mention, any other word matches no cue of these lists, which need not be read.
fn may_cue(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, || {
        let mut set = WordSet::default();
        for (cue, ..) in BEFORE.rows() {
            set.insert(after_last_by(cue, |c| c == ' '));
        }
        for (cue, ..) in AFTER.rows() {
            if let Some(w) = split_by(cue, |c| c == ' ').next() {
                set.insert(w);
            }
        }
        for &w in ["at", "from", "called", "named"]
            .iter()
            .chain(KINDS_AFTER.words().iter())
        {
            set.insert(w);
        }
        for cue in CLUB_CUES {
            set.insert(after_last_by(cue, |c| c == ' '));
        }
        set
    })
    .contains(w)
}

/// A token's text as the cue lists spell it: lower case, curly apostrophes and hyphens plain
/// (borrowed when it already is).
/// [`norm`] of each of `tokens`, in order: one loop in the .wasm for the four runs of words that
/// the cues are read in, where each map behind collect_vec brought its adapter's step.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn norms<'a>(text: &'a str, tokens: &[Token]) -> Vec<Cow<'a, str>> {
    let mut out = crate::vecs::with_capacity(tokens.len());
    for t in tokens {
        crate::vecs::push(&mut out, norm(text, t));
    }
    out
}

fn norm<'a>(text: &'a str, t: &Token) -> Cow<'a, str> {
    let s = t.text(text);
    if is_ascii(s) {
        return if any_bytes(s, |b| b.is_ascii_uppercase()) {
            Cow::Owned(ascii_lowercase(s))
        } else {
            Cow::Borrowed(s)
        };
    }
    if is_hyphen_token(s) {
        return Cow::Borrowed("-");
    }
    let mut out = String::new();
    for c in chars(s) {
        crate::case::push_lower(&mut out, if is_apostrophe(c) { '\'' } else { c });
    }
    Cow::Owned(out)
}

/// The evidence around one mention.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Evidence {
    /// Votes per name label, in [`LABELS`] order.
    votes: [u32; 4],
    /// A cue marks the mention as a person (for "once a person, always a person").
    person_cue: bool,
    /// A lone word tagged as a person, with no cue for one, that the lists have as a well-known city
    /// and as no listed person's surname (`its Phoenix campus`), with no capitalised word beside it
    /// (not the `George` cut from `George Panayiotopoulos`).
    lone_city: bool,
    /// A name of two words or more that the lists have as a person's (`Paris Hilton`).
    listed_person: bool,
    /// A one-word mention the lists have as a first name or a surname (`Williams`, `Jackie`).
    personal_name: bool,
    /// A one-word mention that no list and no training name knows (`Dimorphos`): the tagger reads
    /// it by its shape alone, so its votes over many mentions count as two at most.
    unknown_word: bool,
    /// A strong cue right before the mention says it is a place (`the asteroid Dimorphos`), not
    /// a word after it, where a company's name stands too (`the PULPEX bourse`).
    place_before: bool,
    /// A name right after a storm's word (`Hurricane Helene`): the storm throughout the text.
    storm: bool,
    /// A name of two words or more ending in a company's legal suffix (`Lenzing AG`, `Stagecoach
    /// Holdings Plc`) or in the famous organisations' list (`Al Jazeera`, `Goldman Sachs`): the
    /// organisation, whatever its verbs say (`Al Jazeera said it`).
    legal_suffix: bool,
    /// A name of two words or more whose last word says what it is
    /// ([`super::names::label_by_last_word`]): that, though a person shares its first words (`the
    /// Jane Goodall Institute` beside `Jane Goodall`).
    kind_word: bool,
}

/// The four name labels, in vote order.
const LABELS: [Label; 4] = [Label::Person, Label::Org, Label::Place, Label::Misc];

/// The slot of PLACE in [`LABELS`].
const PLACE_SLOT: usize = 2;
const _: () = assert!(matches!(LABELS[PLACE_SLOT], Label::Place));

fn slot(label: Label) -> Option<usize> {
    LABELS.iter().position(|l| *l == label)
}

impl Evidence {
    /// Counts `weight` votes for `label`. Inlined natively; one call in the .wasm, where each cue's
    /// vote would inline it.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn add(&mut self, label: Label, weight: u32) {
        if let Some(k) = slot(label) {
            self.votes[k] += weight;
            if label == Label::Person && weight > 0 {
                self.person_cue = true;
            }
        }
    }
}

/// True when the tokens `tokens[first..end]` are a nationality, for [`evidence`]. Inlined natively;
/// one call in the .wasm, where the closure was inlined at each of its three uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_nationality_run(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let span = Span::new(
        token_at(tokens, first).span.start,
        token_at(tokens, end - 1).span.end,
    );
    super::tagger::lexicon::is_nationality(span.slice(text))
}

/// True when `list` holds token `i` in lower case. Inlined natively; one call in the .wasm, where
/// [`apply`]'s closure was inlined at each of its three uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn list_has_token(list: WordList, text: &str, tokens: &[Token], i: usize) -> bool {
    list.contains_lowercase(token_at(tokens, i).text(text))
}

/// Looks at the tokens around one mention; `first` and `end` delimit the mention's tokens.
fn evidence(text: &str, tokens: &[Token], first: usize, end: usize) -> Evidence {
    let mut ev = Evidence::default();
    // The few tokens the cues look at, normalised once: up to 3 before the mention, 4 after it.
    let before: Vec<Cow<str>> = norms(text, token_run(tokens, first.saturating_sub(3), first));
    let after: Vec<Cow<str>> = norms(text, token_run(tokens, end, (end + 4).min(tokens.len())));
    // Right before: the longest matching cue.
    let mut best: Option<(usize, Label, u32)> = None;
    let mut consider = |len: usize, label: Label, weight: u32| {
        if best.is_none_or(|(l, _, _)| len > l) {
            best = Some((len, label, weight));
        }
    };
    // A place naming where the company after it is (`founder of Eldoret water start-up Maji Bora`):
    // the cues before it are the company's.
    let home = home_of_company(text, tokens, first, end)
        && !super::tagger::listed_run(text, tokens, first, end).misc;
    if home {
        consider(usize::MAX, Label::Place, STRONG);
    }
    let cued = |w: Option<&Cow<str>>| w.is_some_and(|w| may_cue(w));
    let cue_before = !home && cued(before.last());
    // Whether the mention is a nationality, which some cues leave as it is.
    let nationality = || is_nationality_run(text, tokens, first, end);
    // An owner before `'s`: a preposition's relation holds with what it owns (`the founder of
    // India's Percept Films`, `firms such as France's Dassault Aviation`), not with the owner.
    let owner = after.first().is_some_and(|w| w == "'s");
    // Natively only the cues that end with the word before the mention (no other can match).
    let before_cues = BEFORE.candidates(
        before.last().filter(|_| cue_before).map(|w| w.as_ref()),
        last_word,
    );
    for &(cue, label, weight) in before_cues {
        let weight = u32::from(weight);
        // A paper's kind in lower case, before no place or nationality (not `Child Support Agency
        // Doug Smith`, `a daily Amsterdam newspaper`).
        let paper_ok = || {
            first > 0
                && starts_by(token_at(tokens, first - 1).text(text), is_lower)
                && may_be_named(text, tokens, first, end, Named::Paper)
        };
        // Not the people of a place by their nationality (`a city of Italian immigrants`).
        if ends_with(&before, cue)
            && (!is_paper_cue(cue) || paper_ok())
            && !(owner && is_preposition(after_last_by(cue, |c| c == ' ')))
            && !(label == Label::Place && nationality())
            // A country is no work (`the first Oscar for Latvia`, `former star of US TV drama
            // Baretta`).
            && !(label == Label::Misc && super::tagger::listed_run(text, tokens, first, end).country)
        {
            consider(cue_len(cue), label, weight);
        }
    }
    // A city's club after a transfer's or a match's words (`Thomas Müller joined Vancouver`, `a
    // win over Seattle`): CoNLL-2003 train and WikiNEuRal have 79 of 91 names after `joined` and
    // 43 of 67 after `win over` as organisations, and the places among them are countries, whose
    // national sides CoNLL-2003 marks as places.
    if cue_before
        && !owner
        && !after.first().is_some_and(|w| SIDE_WORDS.contains(w))
        && CLUB_CUES.iter().any(|cue| ends_with(&before, cue))
        && {
            let l = super::tagger::listed_run(text, tokens, first, end);
            l.city && !l.country
        }
    {
        consider(2, Label::Org, STRONG);
    }
    // What an owner owns takes the preposition's cue before the owner (`a founder of Peru's Andes
    // Solar`: the founder's company).
    if let Some((label, len)) = owned_after(text, tokens, first) {
        consider(len, label, STRONG);
    }
    if cue_before
        && !owner
        && works_at(&before)
        && !super::tagger::listed_run(text, tokens, first, end).place
    {
        consider(2, Label::Org, STRONG);
    }
    // A company by where it is based (`Toronto-based Barrick`; CoNLL-2003 train and dev: 14 ORG of
    // the 19 names right after such a word), unless a place, nationality or party of the lists
    // (`London-based Islamist`).
    if ends_with(&before, "- based")
        && first >= 3
        && capitalised_at(text, tokens, first - 3)
        && may_be_named(text, tokens, first, end, Named::Company)
    {
        consider(1, Label::Org, STRONG);
    }
    if let Some(label) = called_kind(&before).filter(|_| cue_before) {
        consider(2, label, STRONG);
    }
    if let Some(prev) = before.last() {
        let bare = trim_end_by(prev, |c| c == '.');
        // Not a listed country that names nobody: the title is a verb or the country's role there
        // (`storms batter Belgium`, `the best chancellor Britain has had`).
        let titled = is_person_title(prev)
            || (bare.len() < prev.len() && is_person_title(bare))
            || owned_title_comma(&before);
        if titled && !nobody_s_place(text, tokens, first, end) {
            consider(1, Label::Person, STRONG);
        } else if PLACE_PREPOSITIONS.contains(&prev.as_ref()) && ends_phrase(text, tokens, end) {
            consider(1, Label::Place, WEAK);
        }
    }
    // The second of two names joined by `and` takes the strong cue before the first (`stores in
    // Wrexham and Barnsley`, `the star of Top Gun and Tombstone`, `the asteroid pair Didymos and
    // Dimorphos`).
    // Not an owner (`mayor of Istanbul and Erdoğan's challenger`), a nationality, nor a listed
    // place or work for a company or a work (`shares in Milan and Madrid`). The cue may belong to
    // the first name alone (`the star of Top Gun and Kilmer said`): in the data it seldom does,
    // and a guard for the names the tagger read as people lost more than it mended.
    if before.last().is_some_and(|w| w == "and") && !owner {
        let label = coordinated_start(text, tokens, first)
            .and_then(|s| strong_cue_before(text, tokens, s))
            .filter(|&label| {
                if label == Label::Place {
                    !nationality()
                } else {
                    may_be_named(text, tokens, first, end, Named::Paper)
                }
            });
        if let Some(label) = label {
            consider(1, label, STRONG);
        }
    }
    // A thing, not a person, after `a` or `an` (`won an Oscar`); one award of a listed award's
    // plural surely so (`Oscars`, `Tonys`), though its name is a first name too, and so after a
    // word that makes it the award (`best picture Oscar`, `last year's Oscar winners`).
    let a_an = best.is_none() && before.last().is_some_and(|w| is_a_or_an(w));
    let award_cue = before.last().is_some_and(|w| AWARD_BEFORE.contains(w))
        || after.first().is_some_and(|w| AWARD_AFTER.contains(w))
        // An award by its own name after an article, an ordinal or a possessive (`the Oscar for
        // international feature`, `the first Oscar for Latvia`, `her Oscar`).
        || before.last().is_some_and(|w| AWARD_DETERMINERS.contains(w))
            && super::names::AWARD_NAMES.contains(token_at(tokens, first).text(text));
    if end == first + 1 && (a_an || award_cue) {
        let plural = crate::vecs::format(format_args!("{}s", token_at(tokens, first).text(text)));
        let award = crate::entities::tagger::lexicon::known(&plural) == Some(Label::Misc);
        if award {
            // Twice strong: it outweighs a list of people around it (`stars including Spike Lee,
            // Burt Reynolds and Oscar nominee Alan Alda`).
            best = Some((usize::MAX, Label::Misc, 2 * STRONG));
        } else if a_an {
            best = Some((1, Label::Misc, WEAK));
        }
    }
    if let Some((_, label, weight)) = best {
        ev.place_before = label == Label::Place && weight >= STRONG;
        ev.add(label, weight);
    }
    // Right after: the longest matching cue.
    let mut best: Option<(usize, Label, u32)> = None;
    // A nationality says nothing of what follows it (`Irish shares`, `the Italian stock exchange`,
    // `the Irish province`): CoNLL-2003 marks it MISC there too.
    let cue_after = cued(after.first()) && !nationality();
    // Natively only the cues that open with the word after the mention (no other can match).
    let after_cues = AFTER.candidates(
        after.first().filter(|_| cue_after).map(|w| w.as_ref()),
        first_word,
    );
    for &(cue, label, weight) in after_cues {
        let weight = u32::from(weight);
        if !starts_with(&after, cue) {
            continue;
        }
        let len = cue_len(cue);
        // `shares` / `stock` followed by an object is a verb (`Brandvik shares a flat`).
        let verb = SHARES.contains(after_last_by(cue, |c| c == ' '))
            && after
                .get(len)
                .is_some_and(|w| VERB_OBJECTS.contains(&w.as_ref()));
        // A listed product's app is the product (`the Gemini app`), not a company's service.
        let product_app = cue == "app"
            && crate::entities::tagger::lexicon::known_tokens_run(text, tokens, first, end)
                == Some(Label::Misc);
        // `, who` after a place's preposition is a person named before it (`a team in Oslo, who`).
        // So is one after a name and `of` (`Rep. Tom Cole of Oklahoma, who chairs`). A country's
        // side takes it too (`head coach of Wales, who had lost 18 Tests`).
        let placed = cue == ", who"
            && (before.last().is_some_and(|w| {
                PLACE_PREPOSITIONS.contains(&w.as_ref())
                    || (w == "of" && first >= 2 && capitalised_at(text, tokens, first - 2))
            }) || super::tagger::listed_run(text, tokens, first, end).country
                // So does a state after its town (`in Portland, Oregon, who deleted her data`).
                || region_after_town(text, tokens, first, end));
        // A company's people, a paper or a maker after a place, a nationality or a party (`UK
        // chief executive`, `American executives`, `Tory chairman`, `a London newspaper`, `a Swiss
        // maker`) say nothing of the place.
        let not_a_company =
            after_places_too(cue).is_some_and(|what| !may_be_named(text, tokens, first, end, what));
        let maker = CRAFTS.contains(cue) && maker_before_craft(text, tokens, first, end);
        // A person named to a company's office (`Deutsche Bahn named Evelyn Palla chief
        // executive`): the title after the name is the one given to it.
        let appointed = label == Label::Org
            && crate::text::is_one_of(cue, "chief executive|ceo|chairman")
            && before.last().is_some_and(|w| APPOINTING.contains(w));
        if appointed {
            best = Some((usize::MAX, Label::Person, weight));
            break;
        }
        let party_mayor = cue == "mayor"
            && (crate::entities::tagger::lexicon::known_tokens_run(text, tokens, first, end)
                .is_some_and(|l| l != Label::Place)
                || super::tagger::listed_run(text, tokens, first, end).trained_org);
        if !verb
            && !product_app
            && !placed
            && !not_a_company
            && !party_mayor
            && !maker
            && best.is_none_or(|(l, _, _)| len > l)
        {
            best = Some((len, label, weight));
        }
    }
    // A thing's kind right after a name that no list knows (`the Arirang tour`, `at Green Man
    // festival`, `its Flamingo cruise missile`): CoNLL-2003 train and dev, WikiNEuRal, wikigold
    // and the self-written sets mark 21 of 27 names before `tour`, 19 of 23 before `model`, 18 of 25
    // before `game` MISC, and the rest are listed places and companies (`US tour`, `NFL game`) and
    // a team (`British Lions tour`).
    if best.is_none()
        && cue_after
        && after.first().is_some_and(|w| KINDS_AFTER.contains(w))
        && !owner
        // Not a plural, as teams and bands are named (`the British Lions tour`).
        && !token_at(tokens, end - 1).text(text).ends_with('s')
        && unlisted(text, tokens, first, end)
    {
        best = Some((1, Label::Misc, STRONG));
    }
    if best.is_none()
        && after
            .first()
            .is_some_and(|w| SPEECH_VERBS.contains(&w.as_ref()))
    {
        best = Some((1, Label::Person, WEAK));
    }
    if best.is_none() && !region_after_town(text, tokens, first, end) {
        // An appositive says what the name is in the text's own words: it outweighs a list's
        // reading of the same spelling (`Bolt, the Estonian ride-hailing company`).
        // Not a person's of a name whose last word says it is a place or a body (`Melbourne's
        // Marvel Stadium, the first Punjabi singer to...`, where the appositive is the subject's).
        let kind = || {
            super::names::label_of_kind(text, tokens, first, end)
                .filter(|_| end > first + 1)
                .is_some_and(|l| l != Label::Person)
        };
        // After a sentence's opening preposition, only a place's: the comma closes the phrase
        // there, and what follows is the sentence's subject (`In London, the group played`; but
        // `In Chao Hu, a village in Anhui`).
        best = appositive(text, tokens, end)
            .filter(|&l| l == Label::Place || !after_opening_preposition(text, tokens, first))
            .or_else(|| appositive_before(text, tokens, first, end))
            .filter(|&label| label != Label::Person || !kind())
            // A named operation says what it is (`the region, Operation Aspides`).
            .filter(|&label| {
                label == Label::Misc || !super::names::is_operation(text, tokens, first, end)
            })
            .map(|label| (2, label, 2 * STRONG))
            .or_else(|| {
                example_of(text, tokens, first)
                    .filter(|_| !owner)
                    .map(|label| (2, label, STRONG))
            });
    }
    // A company's site named by its place (`its Solihull plant`), and its product named by itself
    // (`its Neutron rocket`, `Gucci's Jackie bag`): the owner comes before, so the name is where
    // the site is, or what the product is.
    let owner = |w: &str| OWNER_WORDS.contains(w);
    let owned = match &before[..] {
        // Its own (`its own Kirin chips`).
        [.., o, own] if own == "own" => owner(o),
        [.., o] => owner(o),
        [] => false,
    };
    // A company's own app is its product (`its Qwen app`), where a lone `X app` is the service.
    let own_app = owned && after.first().is_some_and(|w| w == "app");
    if (best.is_none() || own_app) && owned {
        best = after.first().and_then(|w| {
            let w = w.as_ref();
            if SITES.contains(&w) {
                Some((1, Label::Place, STRONG))
            } else {
                (own_app || PRODUCTS.contains(&w)).then_some((1, Label::Misc, STRONG))
            }
        });
    }
    if let Some((_, label, weight)) = best {
        ev.add(label, weight);
    }
    // A county named with the word first (`County Mayo`, Irish and British style) is a place.
    if end > first + 1 && token_at(tokens, first).is(text, "County") {
        ev.add(Label::Place, STRONG);
    }
    if is_dateline(text, tokens, first, end) {
        ev.add(Label::Place, STRONG);
    }
    // The river, not the company the lists have (`the mouth of the Amazon`).
    if end == first + 1
        && token_at(tokens, first).is(text, "Amazon")
        && super::names::is_the_river_amazon(text, tokens, token_at(tokens, first).span)
    {
        ev.add(Label::Place, 2 * STRONG);
    }
    // World knowledge: the project's lists of organisations and people in the news; a court of
    // law is a body whatever a list's hashed key says (`Utah Supreme Court`).
    if let Some(label) =
        crate::entities::tagger::lexicon::known_tokens_run(text, tokens, first, end)
            .filter(|_| !super::names::is_court_of_law(text, tokens, first, end))
    {
        ev.add(label, STRONG);
    } else if end == first + 1
        && token_at(tokens, first).span.len() > 1
        && crate::entities::tagger::listed_run(text, tokens, first, end).surname_only
    {
        // A listed person's surname alone (`Boluarte`, `Haaland`), which no list has as anything
        // else; not a letter (the `X` of `Malcolm X`).
        ev.add(Label::Person, STRONG);
    } else if let Some(label) = super::names::label_of_kind(text, tokens, first, end)
        .filter(|_| end > first + 1)
        .or_else(|| super::names::is_court_of_law(text, tokens, first, end).then_some(Label::Org))
    {
        // A name whose last word says what it is (`Essex Police`, `Michael Foods`, `Davis Cup`).
        ev.add(label, STRONG);
        ev.kind_word = true;
    } else if end > first + 1 {
        // A place of several words that the lists have and the training data has as nothing else
        // (`Khan Younis`, `Chasiv Yar`: two words that read as a first name and a surname).
        let listed = crate::entities::tagger::listed_run(text, tokens, first, end);
        if listed.place && !listed.misc && (!listed.trained || listed.only_place) {
            ev.add(Label::Place, STRONG);
        }
    }
    ev
}

/// True when the token before `first` is a preposition that opens its sentence (`In London, ...`,
/// `From Toulouse, ...`).
fn after_opening_preposition(text: &str, tokens: &[Token], first: usize) -> bool {
    first >= 1
        && OPENING_PREPOSITIONS.has_token(text, tokens, first - 1)
        && (first == 1 || {
            let gap = Span::new(
                token_at(tokens, first - 2).span.end,
                token_at(tokens, first - 1).span.start,
            );
            has_char(gap.slice(text), '\n') || SENTENCE_END_MARKS.has_token(text, tokens, first - 2)
        })
}

/// Heads of an appositive that say what a name is: a work (`Lux, an album sung in...`, `James, his
/// retelling of...`), an organisation (`Block, the payments firm run by...`) or a place (`Fenit, a
/// village in Kerry`).
static APPOSITIVE_HEADS: [(Label, WordList); 5] = [
    (Label::Misc, MISC_APPOSITIVE_HEADS),
    (Label::Org, ORG_APPOSITIVE_HEADS),
    (Label::Place, PLACE_APPOSITIVE_HEADS),
    (Label::Person, PERSON_APPOSITIVE_HEADS),
    (Label::Person, PROFESSION_HEADS),
];

/// The label an appositive at token `k` (right after a mention) gives it: a comma, a determiner (or a
/// name's possessive), at most four words with no preposition, article or verb among them and a
/// head of [`APPOSITIVE_HEADS`] in lower case that ends the noun phrase (`, the payments firm`, `,
/// an album`, `, Ryan Coogler's vampire thriller`; not the `Bank` of `, a 27-year-old West Bank
/// labourer`, nor the `group` of `, a spokesman for the militant group`); or the same after `is a`
/// or `was an` (`Chiang Mai is a city`).
pub(super) fn appositive(text: &str, tokens: &[Token], k: usize) -> Option<Label> {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    // Or a definition's `is a` (`Chiang Mai is a city in northern Thailand`).
    let copula = IS_WAS.has_token(text, tokens, k) && is_a_or_an(word(k + 1));
    if !token_is(text, tokens, k, ",") && !copula {
        return None;
    }
    // A quoted title's comma inside the quotation (`"Nachtfalter," a quiet drama`), not speech's
    // (`between Paris and Lyon," the singer said`).
    let k = if !copula
        && crate::word_list::CLOSING_QUOTES.contains(word(k + 1))
        && quoted_title_before(text, tokens, k)
    {
        k + 1
    } else {
        k
    };
    // What a work or a company is known by (`Superman, directed by James Gunn`, `Wrexham, owned
    // by Ryan Reynolds`).
    let (verb, by) = (word(k + 1), token_is(text, tokens, k + 2, "by"));
    if by && WORK_CREDITS.contains(verb) || verb == "starring" {
        return Some(Label::Misc);
    }
    if by && OWNERS_BY.contains(verb) {
        return Some(Label::Org);
    }
    // The determiner: an article, a possessive pronoun, or a name's possessive (`, Ryan Coogler's
    // vampire thriller`: up to four capitalised words and `'s`).
    let head_from = if HEAD_DETERMINERS.has_token(text, tokens, k + 1) {
        k + 2
    } else {
        let names = (k + 1..k + 5)
            .take_while(|&i| capitalised_at(text, tokens, i))
            .count();
        if names == 0 || !crate::tokens::is_possessive_token(word(k + 1 + names)) {
            return None;
        }
        k + 2 + names
    };
    // At most four words before the head; the hyphens of a compound (`Chinese-owned`) do not
    // count, a run of capitalised words counts as one (`San Francisco`), and `start-up` is one word.
    let mut i = head_from;
    let mut words = 0;
    while words < 5 {
        let w = word(i);
        if is_hyphen_token(w) {
            i += 1;
            continue;
        }
        // The head comes before any preposition, conjunction or verb (not the `group` of `, a
        // spokesman for the militant group`).
        if !starts_by(w, is_alnum) || NOT_BEFORE_HEAD.contains(&w) {
            return None;
        }
        let head = if w == "start-up"
            || w == "start" && is_hyphen_token(word(i + 1)) && token_is(text, tokens, i + 2, "up")
        {
            "startup"
        } else {
            w
        };
        // Not a head that owns the next word (`, the company's largest`) nor the subject of a new
        // clause (`, the Alphabet unit said`).
        // Nor a head that modifies a person's noun after it (`, a documentary filmmaker`), nor
        // the subject of the sentence's verb (`Directed by Ghai, the film is set in`).
        let not_the_head = crate::tokens::is_possessive_token(word(i + 1))
            || SPEECH_VERBS.has_token(text, tokens, i + 1)
            || PEOPLE_AFTER_HEAD.has_token(text, tokens, i + 1)
            || SUBJECT_VERBS.has_token(text, tokens, i + 1);
        let phrase_ends = || {
            let next = word(i + 1);
            !starts_by(next, is_alnum) || AFTER_LAST_HEAD.contains(next)
        };
        if MISC_LAST_HEADS.contains(&head) && phrase_ends() {
            return (!not_the_head).then_some(Label::Misc);
        }
        if let Some(&(label, heads)) = APPOSITIVE_HEADS
            .iter()
            .find(|(_, heads)| heads.contains(&head))
        {
            // A person's work after `is a` may describe the sentence's subject, not the name
            // before it (`born in Danvers, Massachusetts is an American rapper`).
            // Nor a person's work after `its` or `their`: the name is the employer (`Nordhaven,
            // its chief economist, said`).
            let employer = label == Label::Person && EMPLOYER_PRONOUNS.contains(word(k + 1));
            // A profession ends the phrase (`, a senior researcher at`; not `, a St.
            // Louis-based activist group`, nor the new clause of `in Eastern Europe, a Kremlin
            // spokesman described`).
            let profession_ends = || {
                let next = word(i + 1);
                !starts_by(next, is_alnum)
                    || AFTER_LAST_HEAD.contains(next)
                    || AFTER_PROFESSION.contains(next)
            };
            if heads == PROFESSION_HEADS && !profession_ends() {
                return None;
            }
            return (!(not_the_head || employer || copula && label == Label::Person))
                .then_some(label);
        }
        i += 1;
        if starts_by(w, is_upper) {
            while capitalised_at(text, tokens, i) {
                i += 1;
            }
        }
        // The second half of a compound (`Bristol-based`) does not count.
        if !(i >= 2 + head_from && is_hyphen_token(word(i - 2))) {
            words += 1;
        }
    }
    None
}

/// True when the words right before token `k` are a title a quotation mark opens: capitalised
/// words and the small words of titles, at most eight, joined to an opening mark before them.
fn quoted_title_before(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < 8 {
        j -= 1;
        let t = token_at(tokens, j);
        let w = t.text(text);
        if crate::word_list::OPENING_QUOTES.contains(w) {
            return j + 1 < k && token_at(tokens, j + 1).span.start == t.span.end;
        }
        if t.kind != TokenKind::Word
            || !(capitalised_at(text, tokens, j) || TITLE_SMALL_WORDS.contains(w))
        {
            return false;
        }
    }
    false
}

/// The label a noun phrase before a mention at tokens `first..end` gives it as the mention's
/// appositive: a determiner, at most three words and a head of [`APPOSITIVE_HEADS`] in lower case,
/// a comma, and the mention closed by a comma, a period or a bracket (`its Chinese owner, Jingye,
/// moved`, `its lead single, Manchild, topped`; not `In his new film, Cruise plays`, whose
/// name no comma closes).
fn appositive_before(text: &str, tokens: &[Token], first: usize, end: usize) -> Option<Label> {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    if first < 3 || !token_is(text, tokens, first - 1, ",") || !NAME_END_MARKS.contains(word(end)) {
        return None;
    }
    let head = word(first - 2);
    let &(label, _) = APPOSITIVE_HEADS
        .iter()
        .find(|(_, heads)| heads.contains(&head))?;
    // Back from the head over at most three words to the determiner. Not the object of `of the`
    // (`the publisher of the song, Larkin Music,`; but `the strength of their fourth album, The
    // Clearing,`).
    for i in (first.saturating_sub(6)..first - 2).rev() {
        let w = word(i);
        if !(starts_by(w, is_alnum) || is_hyphen_token(w)) {
            break;
        }
        // The determiner may open the sentence (`Her fourth album, Melodrama,`), or be a name's
        // possessive (`Lorde's fourth album, Virgin,`).
        let low = crate::case::lowercase(w);
        // An indefinite article too (`a consumer group, Haki Mtaani,`).
        if DETERMINERS.contains(&low.as_str())
            || A_AN.contains(&low.as_str())
            || crate::tokens::is_possessive_token(w)
        {
            return (i == 0 || low != "the" || !token_is(text, tokens, i - 1, "of"))
                .then_some(label);
        }
    }
    None
}

/// The label of the kind of thing a mention starting at token `first` is named as an example of,
/// in a list after `such as` or `including` (`crypto firms such as Circle and Ripple`, `films
/// including Sinners`): the plural before it says what each name of the list is. The names after
/// `maker of` are its products (`the maker of Tylenol and Band-Aid`).
fn example_of(text: &str, tokens: &[Token], first: usize) -> Option<Label> {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    // Back over the list's earlier names and their separators, to `as` or `including`.
    let mut i = first;
    for _ in 0..16 {
        i = i.checked_sub(1)?;
        let w = word(i);
        let head = match w {
            "as" if i >= 2 && token_is(text, tokens, i - 1, "such") => i - 2,
            "including" => {
                let comma = i > 0 && token_is(text, tokens, i - 1, ",");
                i.checked_sub(1 + usize::from(comma))?
            }
            // The products of a maker (`maker of Tylenol and Band-Aid`).
            "of" if i >= 1 && MAKERS.has_token(text, tokens, i - 1) => return Some(Label::Misc),
            _ if EXAMPLE_JOINERS.contains(w) => continue,
            _ if starts_by(w, is_upper) => continue,
            _ => return None,
        };
        let h = word(head);
        return EXAMPLE_HEADS
            .iter()
            .find(|(words, _)| words.contains(&h))
            .map(|&(_, label)| label);
    }
    None
}

/// Plurals before `such as` or `including` and the label of the names listed after them.
static EXAMPLE_HEADS: [(WordList, Label); 4] = [
    (ORG_EXAMPLE_HEADS, Label::Org),
    (MISC_EXAMPLE_HEADS, Label::Misc),
    (PLACE_EXAMPLE_HEADS, Label::Place),
    (PERSON_EXAMPLE_HEADS, Label::Person),
];

/// True when the tokens from `end` are at most two lower-case words, a kind of company and a
/// capitalised name (`water start-up Maji Bora`, `grocer Fenwick Foods`), or the mention follows
/// `a` or `an` (`a Perth studio`): the mention before them says where that company is, unless it
/// is a nationality (`German sports car maker Porsche`).
fn home_of_company(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let word = |i: usize| crate::tokens::token_text(text, tokens, i);
    let lower = |w: &str| !w.is_empty() && all_char(w, |c| is_lower(c) || c == '-');
    // After an article the company is the phrase itself (`Tarnwick Games, a Perth studio`).
    let article = first > 0 && is_a_or_an(word(first - 1));
    (end..end + 3).take_while(|&i| lower(word(i))).any(|i| {
        COMPANY_KINDS.has_token(text, tokens, i) && (article || capitalised_at(text, tokens, i + 1))
    })
}

/// True when the normalised tokens `have` end with the words of `cue`.
fn ends_with(have: &[Cow<str>], cue: &str) -> bool {
    // Most cues fail on their last byte, compared before any string is (the lists are read whole
    // for every mention).
    if have.last().and_then(|h| h.as_bytes().last()) != cue.as_bytes().last() {
        return false;
    }
    // Each token, from the last, must end what is left of the cue, after a space unless it opens
    // the cue (a token holds no space); most cues fail at the first, unsplit.
    let mut rest = cue;
    for h in have.iter().rev() {
        match rest.strip_suffix(h.as_ref()) {
            Some("") => return true,
            Some(before) => match before.strip_suffix(' ') {
                Some(before) => rest = before,
                None => return false,
            },
            None => return false,
        }
    }
    false
}

/// True when the normalised tokens `have` start with the words of `cue`.
fn starts_with(have: &[Cow<str>], cue: &str) -> bool {
    // Most cues fail on their text's start, before they are split.
    if !have.first().is_some_and(|h| cue.starts_with(h.as_ref())) {
        return false;
    }
    let mut have = have.iter();
    split_by(cue, |c| c == ' ').all(|w| have.next().is_some_and(|h| h == w))
}

/// The last word of a cue of [`BEFORE`]: the word before a mention that [`ends_with`] needs.
fn last_word(cue: &str) -> &str {
    after_last_by(cue, |c| c == ' ')
}

/// The first word of a cue of [`AFTER`]: the word after a mention that [`starts_with`] needs.
fn first_word(cue: &str) -> &str {
    split_by(cue, |c| c == ' ').next().unwrap_or_default()
}

/// The number of words of a cue of [`BEFORE`] or [`AFTER`].
fn cue_len(cue: &str) -> usize {
    split_by(cue, |c| c == ' ').count()
}

/// True when the mention ending before token `end` ends its phrase: no possessive, hyphen or
/// capitalised word follows it (`in Washington for` but not `in Trump's`).
fn ends_phrase(text: &str, tokens: &[Token], end: usize) -> bool {
    let Some(next) = tokens.get(end) else {
        return true;
    };
    let s = norm(text, next);
    let capital = next.capitalised(text);
    !(s == "'s" || s == "'" || s == "-" || capital)
}

/// True for an all-capital mention opening its line and followed by a comma and a date
/// (`OSLAVIK, March 3`), or straight by a month or a written date (`OSLAVIK 2026-03-03`).
fn is_dateline(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let start = token_at(tokens, first).span.start;
    // Only whitespace between the line's start and the mention. (Look back only as far as the first
    // non-space character: searching for the line's start would be quadratic on a long line.)
    let opens_line = matches!(
        last_char(trim_end_by(head(text, start), |c| c != '\n' && is_space(c))),
        None | Some('\n')
    );
    if !opens_line {
        return false;
    }
    let caps = token_run(tokens, first, end)
        .iter()
        .all(|t| is_capitals(t.text(text)));
    let comma = token_is(text, tokens, end, ",");
    caps && ((comma && dateline_date(text, tokens, end + 1, true))
        || dateline_date(text, tokens, end, false))
}

/// True when token `k` is a dateline's date after its place: a month, or with `loose` (after a
/// comma) any word that opens with a digit, else a written date (`1996-08-22`, `2026/03/03`).
/// Inlined natively; one call in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn dateline_date(text: &str, tokens: &[Token], k: usize, loose: bool) -> bool {
    tokens.get(k).is_some_and(|t| {
        let s = norm(text, t);
        let s = trim_end_by(&s, |c| c == '.');
        MONTHS.contains(&s)
            || if loose {
                starts_by(s, |c| c.is_ascii_digit())
            } else {
                // A written date straight after the place: `1996-08-22`, `2026/03/03`.
                s.len() >= 8
                    && crate::text::all_char(s, |c| c.is_ascii_digit() || c == '-' || c == '/')
                    && count_by(s, |c| !c.is_ascii_digit()) == 2
            }
    })
}

/// True when a mention reads as a first name and a surname (`Maja Lindqvist`, `Ana Lucía Ortega`,
/// `Laurence des Cars`: name particles inside do not count), not a name whose last word says what
/// else it is (`Essex Police`).
pub(crate) fn first_and_surname(surface: &str) -> bool {
    let mut words: Vec<&str> = crate::text::words(surface).collect_vec();
    let n = words.len();
    if n > 2 {
        crate::vecs::retain(&mut words, |w| !super::names::is_particle(w));
    }
    if !(2..=3).contains(&words.len()) || words.len() + 2 < n {
        return false;
    }
    let capital = |w: &&str| starts_by(w, is_upper);
    words.iter().all(capital)
        && !words.iter().any(|w| all_char(w, |c| !is_lower(c)))
        && super::tagger::lexicon::is_listed_first_name(at::<&str>(&words, 0))
        && !NOT_SURNAMES.contains_lowercase(at::<&str>(&words, words.len() - 1))
        && super::names::label_by_last_word(at::<&str>(&words, words.len() - 1)).is_none()
}

/// True for a first name and a surname ([`first_and_surname`]) that the lists know as nobody else
/// (`Maja Lindqvist`; not `Eli Lilly`, a company).
fn unlisted_full_name(surface: &str) -> bool {
    first_and_surname(surface)
        && crate::entities::tagger::lexicon::known(surface).is_none_or(|l| l == Label::Person)
}

/// Gives the name mentions of each cluster one label (see the module docs). `mentions` are the
/// resolved, sorted mentions of `text`, `tokens` its tokens; only name-recogniser mentions with a name
/// label change.
pub fn apply(text: &str, tokens: &[Token], sentences: &[Span], mentions: &mut [Candidate]) {
    let mut names: Vec<usize> = Vec::new();
    let mut subset: Vec<Candidate> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.source == Source::Name
            && m.label.is_name()
            && !super::names::is_modifier_compound(m.span.slice(text))
        {
            crate::vecs::push(&mut names, k);
            crate::vecs::push(&mut subset, *m);
        }
    }
    if names.is_empty() {
        return;
    }
    let cluster_of = clusters(text, &subset);
    let n_clusters = cluster_of.iter().max().map_or(0, |m| m + 1);
    // An empty list per cluster pushed in a loop, where `filled` cloned one (a vector's clone and
    // its filling loop for this type in the .wasm).
    let mut members: Vec<Vec<usize>> = crate::vecs::with_capacity(n_clusters);
    for _ in 0..n_clusters {
        crate::vecs::push(&mut members, Vec::new());
    }
    for (k, &c) in cluster_of.iter().enumerate() {
        crate::vecs::push(crate::vecs::at_mut(&mut members, c), k);
    }
    let mut evidence_of: Vec<Evidence> = crate::vecs::with_capacity(subset.len());
    for m in &subset {
        let first = starting_before(tokens, m.span.start);
        let end = starting_before(tokens, m.span.end);
        let surface = m.span.slice(text);
        let listed_person = has_char(surface, ' ')
            && crate::entities::tagger::lexicon::known(surface) == Some(Label::Person);
        if first >= end {
            crate::vecs::push(
                &mut evidence_of,
                Evidence {
                    listed_person,
                    ..Evidence::default()
                },
            );
            continue;
        }
        // The cues are read in the mention's sentence only: a headline's last words
        // (`... NEW CHIEF EXECUTIVE`) say nothing of the dateline's first (`LONDON`).
        let s = sentences
            .get(ending_by(sentences, m.span.start))
            .map_or(Span::new(0, text.len()), |s| *s);
        let lo = starting_before(token_run(tokens, 0, first), s.start);
        let hi = end + ending_by(token_run(tokens, end, tokens.len()), s.end);
        let mut ev = evidence(text, token_run(tokens, lo, hi), first - lo, end - lo);
        // A person's name right after a full name's possessive is what that person made
        // (`Guillermo del Toro's Frankenstein`, `James Gunn's Superman`): a work, not a person.
        let owned = first >= 2
            && crate::tokens::is_possessive_token(token_at(tokens, first - 1).text(text));
        // `subset` is sorted and disjoint, so its mentions' ends are sorted too: the owner is
        // found by binary search, not by a scan per mention.
        let owner = || {
            let owner_end = token_at(tokens, first - 2).span.end;
            let j = subset.partition_point(|o| o.span.end < owner_end);
            subset.get(j).filter(|o| o.span.end == owner_end)
        };
        // A token is never empty, so its first byte is inside the text.
        let capital = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                crate::vecs::at(text.as_bytes(), t.span.start).is_ascii_uppercase()
            })
        };
        ev.personal_name = end == first + 1
            && crate::entities::tagger::listed_run(text, tokens, first, end).personal_name;
        ev.unknown_word = end == first + 1 && unlisted(text, tokens, first, end);
        // Before the name or its first word, or second after `Tropical` (`Tropical Storm
        // Chantal`).
        let listed = |list: WordList, i: usize| list_has_token(list, text, tokens, i);
        let storm_word = |i: usize| listed(super::names::STORM_WORDS, i);
        ev.storm = first > 0 && storm_word(first - 1)
            || end > first + 1 && storm_word(first)
            || end > first + 2
                && storm_word(first + 1)
                && listed(super::names::STORM_PREFIXES, first);
        if m.label == Label::Person
            && end == first + 1
            && !ev.person_cue
            && !capital(end)
            && (first == 0 || !capital(first - 1))
            && crate::entities::tagger::listed_run(text, tokens, first, end).city_not_person
        {
            ev.lone_city = true;
        }
        if owned
            && m.label == Label::Person
            && owner()
                .is_some_and(|o| o.label == Label::Person && has_char(o.span.slice(text), ' '))
        {
            ev.add(Label::Misc, STRONG);
        }
        ev.listed_person = listed_person;
        ev.legal_suffix = end > first + 1
            && (m.label == Label::Org
                && super::groups::LEGAL_SUFFIXES.contains(token_at(tokens, end - 1).text(text))
                || crate::entities::tagger::lexicon::famous_org(
                    text,
                    token_run(tokens, first, end),
                ));
        crate::vecs::push(&mut evidence_of, ev);
    }
    for list in &members {
        // A storm named once (`Hurricane Helene`) is the storm at every mention.
        if list.iter().any(|&k| crate::vecs::at(&evidence_of, k).storm) {
            // Not a person who shares the storm's name (`Hurricane Michael` beside `Michael
            // Brennan, director of the hurricane center`): a name of two words or more is the
            // storm only with its storm's word.
            for &k in list {
                let m = crate::vecs::at(&subset, k);
                if crate::vecs::at(&evidence_of, k).storm || !has_char(m.span.slice(text), ' ') {
                    crate::vecs::at_mut(mentions, *crate::vecs::at(&names, k)).label = Label::Misc;
                }
            }
            continue;
        }
        let person = list.iter().any(|&k| {
            crate::vecs::at(&subset, k).label == Label::Person
                || crate::vecs::at(&evidence_of, k).person_cue
                || crate::vecs::at(&evidence_of, k).listed_person
                || unlisted_full_name(crate::vecs::at(&subset, k).span.slice(text))
        });
        if !person {
            // Organisations, places and other names share a spelling for good reasons (a city and
            // its team in one sports report): only a mention's own strong cue changes its label,
            // and an acronym takes the label of the name it abbreviates when that name's last
            // word tells its kind (`DMA` beside `Digital Markets Act`).
            // The last of the longest keys (as `max_by_key` chooses).
            let mut longest: Option<(usize, usize)> = None;
            for &k in list {
                let m = crate::vecs::at(&subset, k);
                let len = key_len(m.span.slice(text), m.label);
                if longest.is_none_or(|(_, best)| len >= best) {
                    longest = Some((k, len));
                }
            }
            let longest = longest.map(|(k, _)| k).filter(|&g| {
                let name = crate::vecs::at(&subset, g).span.slice(text);
                rsplit_once_char(name, ' ')
                    .and_then(|(_, last)| super::names::label_by_last_word(last))
                    == Some(crate::vecs::at(&subset, g).label)
            });
            // The cues of the cluster agree on an organisation or a work and outvote the words of
            // place before its mentions (`in Tikrit` three times against `in Tikrit, the Sunni
            // extremist group`), and neither the lists nor the training data have its names as
            // places (`the Kremlin spokesman`): the mentions read as places without a cue of their
            // own take that label too (`budget airline Virgin Blue` ... `Virgin Blue said`).
            // The mentions' own cues (the first, whether all are the same, how many) and their
            // place votes, read in one plain loop, where a filter_map read three times and a map
            // behind sum brought the adapters' loops.
            let (mut first_cue, mut one_cue, mut cues) = (None, true, 0u32);
            let mut place_votes = 0u32;
            for &k in list {
                let e = crate::vecs::at(&evidence_of, k);
                if let Some(l) = own_cue(e) {
                    one_cue &= first_cue.is_none_or(|f| f == l);
                    first_cue = first_cue.or(Some(l));
                    cues += 1;
                }
                place_votes += e.votes[PLACE_SLOT];
            }
            // A word no list knows takes a place's cues before it too (`the asteroid Dimorphos`
            // ... `Dimorphos now takes 11 hours`), as [`winner`] caps its tagger votes.
            let unknown = list.iter().all(|&k| {
                let e = crate::vecs::at(&evidence_of, k);
                e.unknown_word && (e.place_before || own_cue(e) != Some(Label::Place))
            });
            let shared = first_cue.filter(|&l| {
                (l != Label::Place || unknown)
                    && one_cue
                    && (l == Label::Place || cues * STRONG > place_votes)
                    && !list.iter().any(|&k| {
                        let (a, b) =
                            super::names::token_range(tokens, crate::vecs::at(&subset, k).span);
                        let listed = crate::entities::tagger::listed_run(text, tokens, a, b);
                        listed.place || listed.only_place
                    })
            });
            // A town named once with its state or country (`Ferguson, Missouri,`): its
            // mentions read as organisations without a cue of their own are the town too
            // (`Ferguson officials`).
            let town = list.iter().any(|&k| {
                let n = *crate::vecs::at(&names, k);
                crate::vecs::at(mentions, n).label == Label::Place
                    && before_region(text, tokens, mentions, n)
            });
            for &k in list {
                if town
                    && crate::vecs::at(&subset, k).label == Label::Org
                    && own_cue(crate::vecs::at(&evidence_of, k)).is_none()
                {
                    crate::vecs::at_mut(mentions, *crate::vecs::at(&names, k)).label = Label::Place;
                    continue;
                }
                // A work's mentions read as organisations take its cue too (`the film The
                // Aviator` ... `The Aviator leads`).
                let takes = |l: &Label| {
                    crate::vecs::at(&subset, k).label == Label::Place
                        || *l == Label::Misc && crate::vecs::at(&subset, k).label == Label::Org
                        || *l == Label::Place
                };
                if let Some(l) = own_cue(crate::vecs::at(&evidence_of, k)).or(shared.filter(takes))
                {
                    crate::vecs::at_mut(mentions, *crate::vecs::at(&names, k)).label = l;
                } else if let Some(g) = longest.filter(|_| {
                    super::groups::acronym(crate::vecs::at(&subset, k).span.slice(text)).is_some()
                }) {
                    crate::vecs::at_mut(mentions, *crate::vecs::at(&names, k)).label =
                        crate::vecs::at(&subset, g).label;
                }
            }
            continue;
        }
        // A cluster of lone city words only (see [`Evidence::lone_city`]): news names a city by its
        // name alone far more often than a person by a first name alone.
        let label = if list
            .iter()
            .all(|&k| crate::vecs::at(&evidence_of, k).lone_city)
        {
            Label::Place
        } else {
            winner(text, &subset, &evidence_of, list)
        };
        for &k in list {
            // A mention whose own words point strongly elsewhere keeps that reading: a city in a
            // dateline stays a place when its name also names a team in the scores below.
            crate::vecs::at_mut(mentions, *crate::vecs::at(&names, k)).label =
                if crate::vecs::at(&evidence_of, k).legal_suffix {
                    Label::Org
                } else {
                    let ev = crate::vecs::at(&evidence_of, k);
                    own_cue(ev)
                        .filter(|&l| l != Label::Person && (label != Label::Person || ev.kind_word))
                        .unwrap_or(label)
                };
            // A country's name alone after a place's preposition is the country, though a person
            // in the group shares it (`in Jordan` beside `Michael B. Jordan`).
            let span = crate::vecs::at(&subset, k).span;
            if label == Label::Person
                && crate::vecs::at(&evidence_of, k).votes[2] > 0
                && !has_char(span.slice(text), ' ')
                && {
                    let (first, end) = super::names::token_range(tokens, span);
                    crate::entities::tagger::listed_run(text, tokens, first, end).country
                }
            {
                crate::vecs::at_mut(mentions, *crate::vecs::at(&names, k)).label = Label::Place;
            }
            // A name right before a comma and a state or a country that ends its clause is a place
            // in it (`lives in Laurel, Miss.,` beside `Laurel Simmons`; `Hays, Kansas,`), not a
            // person beside a country's (`Moya, Spain's hero`; `Henson, Wales did`).
            let m = *crate::vecs::at(&names, k);
            // Two words too when the first is no first name of the lists (`leave Flin Flon,
            // Manitoba`).
            let town_like = || {
                let (first, end) = super::names::token_range(tokens, span);
                end == first + 2
                    && !crate::entities::tagger::listed_run(text, tokens, first, first + 1)
                        .first_name
            };
            if label == Label::Person
                && (!has_char(span.slice(text), ' ') || town_like())
                && before_region(text, tokens, mentions, m)
            {
                crate::vecs::at_mut(mentions, m).label = Label::Place;
            }
        }
    }
}

/// True when the name mention `mentions[m]` comes right before a comma and a state or a country
/// that ends its clause (`Laurel, Miss.,`, `Hays, Kansas,`, `Ferguson, Missouri.`).
fn before_region(text: &str, tokens: &[Token], mentions: &[Candidate], m: usize) -> bool {
    let span = crate::vecs::at(mentions, m).span;
    crate::text::tail(text, span.end).starts_with(", ")
        && mentions.get(m + 1).is_some_and(|n| {
            let (first, end) = super::names::token_range(tokens, n.span);
            let l = crate::entities::tagger::listed_run(text, tokens, first, end);
            n.label == Label::Place
                && n.span.start == span.end + 2
                && (is_region(&l) || n.span.slice(text).ends_with('.'))
                && chars(crate::text::tail(text, n.span.end))
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ')' | ';' | '\n'))
        })
}

/// Whether `tokens[first..end]` is a listed country or region right after a town and its comma
/// (`its plant in Normal, Illinois, the cheaper model ...`): an appositive after it tells what the
/// sentence's subject or the whole place is, not the region.
fn region_after_town(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    first >= 2
        && token_at(tokens, first - 1).is(text, ",")
        && capitalised_at(text, tokens, first - 2)
        && is_region(&crate::entities::tagger::listed_run(
            text, tokens, first, end,
        ))
}

/// True when the lists have a name as a country or a region, not a city (`Illinois`, `Ghana`).
fn is_region(l: &super::tagger::Listed) -> bool {
    l.country || l.place && !l.city
}

/// The label a strong cue of one mention points to, if one does.
fn own_cue(e: &Evidence) -> Option<Label> {
    let top = e.votes.iter().copied().max().unwrap_or(0);
    (top >= STRONG)
        .then(|| slot_label(e.votes.iter().position(|&v| v == top).unwrap_or(0)))
        .flatten()
}

fn slot_label(s: usize) -> Option<Label> {
    LABELS.get(s).copied()
}

/// The label a cluster's mentions (`list`, indices into `mentions`) share.
fn winner(text: &str, mentions: &[Candidate], evidence: &[Evidence], list: &[usize]) -> Label {
    let words = |k: usize| {
        key_len(
            crate::vecs::at(mentions, k).span.slice(text),
            crate::vecs::at(mentions, k).label,
        )
    };
    let mut longest_key = 0;
    for &k in list {
        longest_key = longest_key.max(words(k));
    }
    // A company's legal name decides for its short forms (`Lenzing AG` ... `Lenzing said`), unless
    // the group names a person in full (`Jim Henson` beside `The Henson Co.`).
    let full_person = |k: usize| {
        crate::vecs::at(evidence, k).listed_person
            || unlisted_full_name(crate::vecs::at(mentions, k).span.slice(text))
    };
    if list
        .iter()
        .any(|&k| crate::vecs::at(evidence, k).legal_suffix)
        && !list.iter().any(|&k| full_person(k))
    {
        return Label::Org;
    }
    // Once a person, always a person: unless the mention's own cues say organisation more loudly
    // (`Carter Center said`: the lists' organisation outweighs the verb, which firms use too). A
    // full name read as a person decides without a cue of its own too (a first name of the lists
    // and a surname, or a person of the lists: `Christopher Cornell` ... `Cornell said`, which the
    // tagger read as the university), unless its own strong cue says otherwise (`Johan Castberg,
    // an oil field`).
    if longest_key >= 2
        && list.iter().any(|&k| {
            words(k) == longest_key
                && crate::vecs::at(mentions, k).label == Label::Person
                && (crate::vecs::at(evidence, k).person_cue
                    || full_person(k) && own_cue(crate::vecs::at(evidence, k)).is_none())
                && crate::vecs::at(evidence, k).votes[0] >= crate::vecs::at(evidence, k).votes[1]
        })
    {
        return Label::Person;
    }
    // A one-word name the tagger read as a person at every mention, that no list has as a first
    // name or surname and that has no strong cue for a person (`said` after it is weak: firms speak
    // too), is an organisation or a place when one of its mentions is strongly cued as one (`oil
    // firm Yukos`, `the world's biggest retailer Wal-Mart`, `the asteroid Dimorphos`): the tagger
    // reads an unknown word before a verb as a person, mention after mention.
    // So is a thing that an appositive defines (`Hera, the European Space Agency spacecraft`:
    // MISC at each of its eight mentions).
    if longest_key == 1
        && list.iter().all(|&k| {
            crate::vecs::at(mentions, k).label == Label::Person
                && !crate::vecs::at(evidence, k).personal_name
                && crate::vecs::at(evidence, k).votes[0] < STRONG
        })
    {
        // A vote of `2 * STRONG` or more, which an appositive gives (and a few cues that outvote
        // the lists: `rainforest`), or a cue's for an organisation.
        if let Some(l) = list.iter().find_map(|&k| {
            let e = crate::vecs::at(evidence, k);
            own_cue(e).filter(|&l| {
                matches!(l, Label::Org | Label::Place)
                    || l != Label::Person && e.votes.iter().any(|&v| v >= 2 * STRONG)
            })
        }) {
            return l;
        }
    }
    let mut votes = [0u32; 4];
    for &k in list {
        if let Some(s) = slot(crate::vecs::at(mentions, k).label) {
            votes[s] += TAGGER;
        }
    }
    // The tagger's reading of a word no list knows is its shape's, however often it comes: a
    // strong cue at one of its mentions outweighs it (`the asteroid Dimorphos` ... `Dimorphos now takes 11 hours`).
    if list
        .iter()
        .all(|&k| crate::vecs::at(evidence, k).unknown_word)
        && list
            .iter()
            .any(|&k| own_cue(crate::vecs::at(evidence, k)).is_some())
    {
        for v in &mut votes {
            *v = (*v).min(2 * TAGGER);
        }
    }
    for &k in list {
        for (v, e) in votes.iter_mut().zip(crate::vecs::at(evidence, k).votes) {
            *v += e;
        }
    }
    if list
        .iter()
        .any(|&k| unlisted_full_name(crate::vecs::at(mentions, k).span.slice(text)))
    {
        votes[0] += STRONG;
    }
    // Each mention that names a listed person in full votes for a person too (`Paris Hilton`,
    // which the tagger may read as a hotel).
    for &k in list {
        if crate::vecs::at(evidence, k).listed_person {
            votes[0] += STRONG;
        }
    }
    let top = votes.iter().copied().max().unwrap_or(0);
    let mut tied: Vec<Label> = Vec::new();
    for (&label, v) in LABELS.iter().zip(votes) {
        if v == top {
            crate::vecs::push(&mut tied, label);
        }
    }
    if tied.len() == 1 {
        return tied[0];
    }
    // A tie keeps the label of the longest mention (earliest first) that holds a tied label.
    let mut by_length: Vec<usize> = list.to_vec();
    crate::sort::sort_by(&mut by_length, |&a, &b| {
        (crate::vecs::at(mentions, b)
            .span
            .len()
            .cmp(&crate::vecs::at(mentions, a).span.len()))
        .then(
            crate::vecs::at(mentions, a)
                .span
                .start
                .cmp(&crate::vecs::at(mentions, b).span.start),
        )
    });
    // A plain loop, where a find behind a map brought the adapters' search into the .wasm.
    for &k in &by_length {
        let l = crate::vecs::at(mentions, k).label;
        if tied.contains(&l) {
            return l;
        }
    }
    *at(&tied, 0)
}

crate::word_list::word_lists! {
    /// The marks that end a sentence before an appositive's name (`. "`, `)`).
    const SENTENCE_END_MARKS = ". ! ? \" “ ” )";
    /// The marks after an appositive's name (`, the chief executive of Acme,`).
    const NAME_END_MARKS = ", . )";
    /// The indefinite article.
    const A_AN = "a an";
    /// The pronouns of an employer after a profession (`its chief economist`).
    const EMPLOYER_PRONOUNS = "its their";
    /// The words after a profession's head that end its phrase (`a senior researcher at`).
    const AFTER_PROFESSION = "at of who whose and";
    /// Small words inside a quoted title (`"Harry Potter and the Deathly Hallows,"`).
    const TITLE_SMALL_WORDS = "of the a an and to in on at for with";
    /// Words of [`TITLE_WORDS`] that modify a title rather than name one, and come before organisations
    /// too (`former Google engineer`, `state broadcaster`, `market leader Nvidia`).
    const NOT_PERSON_TITLES = "vice prime state former acting deputy chief leader general lady lord justice";
    /// Roles before a person's name beyond [`TITLE_WORDS`] (lower case), and the relatives of news
    /// (`his son Hunter`, `his widow Yulia Navalnaya`).
    pub(crate) const MORE_PERSON_TITLES = "son daughter wife husband brother sister father mother widow widower grandson granddaughter \
        nephew niece cousin fiancée fiancee girlfriend boyfriend forward quarterback pitcher batter \
        bowler teenager billionaire comedian presenter striker midfielder defender goalkeeper winger \
        singer actor actress rapper musician songwriter founder co-founder spokesperson economist \
        novelist author manager sen gov educator humorist poet painter sculptor playwright composer \
        filmmaker philanthropist astronaut astronomer physicist chemist journalist historian inventor";
    /// Speech verbs right after a person's name (weak: organisations speak too).
    pub(super) const SPEECH_VERBS = "said says told added wrote tweeted";
    /// Words before an award's name that make it the award (`best picture Oscar`, `year's Oscar`).
    const AWARD_BEFORE = "picture actor actress director song album feature 's";
    /// Words before an award's own name ([`super::names::AWARD_NAMES`]) that make it the award, not a
    /// person so named (`the Oscar for international feature`, `the first Oscar for Latvia`).
    const AWARD_DETERMINERS = "the first second third fourth fifth sixth only another his her their its";
    /// Words after an award's name that make it the award (`Oscar winners`, `Emmy nomination`).
    const AWARD_AFTER = "winner winners winning nomination nominations nominee nominees race campaign voters glory \
        hopeful hopefuls contender contenders night ceremony best-picture";
    /// The last word of a cue naming a company by its shares (`shares in`, `stock`).
    const SHARES = "shares stock";
    /// A definition's verb (`Chiang Mai is a city`).
    const IS_WAS = "is was";
    /// `maker` and `makers` (`maker of`).
    const MAKERS = "maker makers";
    /// The credits of a work before `by` (`directed by James Gunn`).
    const WORK_CREDITS = "directed written produced";
    /// The verbs of a company's owner before `by` (`owned by Ryan Reynolds`).
    const OWNERS_BY = "owned backed";
    /// The words of an owner before what it owns (`its`, `their`, a possessive `'s`).
    pub(crate) const OWNER_WORDS = "its their 's";
    /// Prepositions before a place (weak: other names follow them too).
    const PLACE_PREPOSITIONS = "in from to near outside";
    /// Prepositions that open a sentence with a place (`In London, the group played`).
    const OPENING_PREPOSITIONS = "In At From Across Outside Inside Near Throughout Beyond Around";
    /// People who work at an organisation, before `at` and its name (`analysts at Counterpoint
    /// Research`, `administrators at Interpath`, `a fund manager at Aberdeen`: CoNLL-2003 and the
    /// self-written sets mark all 12 names after `economist`, `strategist`, `manager`, `banker` or
    /// `lawyer at` ORG); workers and staff are left out, as they work at sites too (`workers at
    /// Grangemouth`).
    const STAFF_AT = "administrators analysts auditors bankers consultants economists executives lawyers \
        researchers scientists strategists analyst economist strategist banker lawyer manager \
        managers researcher research professor professors specialist specialists executive editor \
        editors scientist lecturer coach broker brokers director directors partner partners fellow";
    /// Words after a city that make it the place its sides are from (`joined Madrid sides Real and
    /// Atletico`).
    const SIDE_WORDS = "side sides team teams club clubs rivals fans";
    /// Kinds of things after a name no list knows that make it a MISC name ([`evidence`]).
    const KINDS_AFTER = "tour festival console edition cruise chip chips model models game missile missiles \
        interceptor interceptors program";
    /// Figures an organisation publishes, before `from` and its name (`data from Kantar`).
    const DATA_FROM = "data figures estimates forecasts research";
    /// Works, products and schemes of [`CALLED_KINDS`].
    const CALLED_THINGS = "tool robot model chatbot assistant product drink device feature rocket satellite probe \
        mission programme program scheme operation album film movie series show game song book novel \
        drug vaccine pill spacecraft lander rover ship vessel yacht festival exercise campaign";
    /// Organisations of [`CALLED_KINDS`].
    const CALLED_BODIES = "company firm startup group band party charity agency organisation organization club team \
        outfit business network movement coalition alliance";
    /// Places of [`CALLED_KINDS`].
    const CALLED_PLACES = "town village city island region area district neighbourhood neighborhood suburb county \
        province township settlement";
    /// People of [`CALLED_KINDS`].
    const CALLED_PEOPLE = "man woman boy girl teenager";
    /// What a company's site is called after the place's name (`its Solihull plant`).
    const SITES = "plant factory refinery mine smelter facility shipyard works";
    /// What a company's product is called after its name (`its Neutron rocket`, `Coach's Tabby handbag`).
    pub(super) const PRODUCTS = "rocket bag handbag chip chips phone smartphone robot drone car truck pickup jet satellite \
        browser headset model models probe probes lander glasses console processor processors rover \
        telescope capsule spacecraft";
    /// The craft of [`AFTER`], whose makers' and agencies' names come before them too.
    const CRAFTS = "rocket rockets capsule probe probes spacecraft lander missile missiles systems jets tanks \
        bombers drones";
    /// Verbs that give a person an office named after the person's name (`named Evelyn Palla chief
    /// executive`).
    const APPOINTING = "named names appointed appoints elected";
    /// One-word cues of a company's people (`ceo`, `shareholders`).
    const COMPANY_PEOPLE = "ceo chairman shareholders executives boss bosses manager";
    /// One-word cues of a paper or an agency.
    const PAPER_CUES = "daily weekly tabloid journal agency";
    /// The prepositions that end a cue.
    const CUE_PREPOSITIONS = "of in at to from for";
    /// Words after `shares` / `stock` that make it a verb (`Lindqvist shares a view`), not a company's stock.
    const VERB_OBJECTS = "a an the his her its their our my your this that these those some with";
    /// Last words of a two- or three-word name that make it an organisation, place or event rather than a
    /// person (`George Washington University`, `Charles River`).
    const NOT_SURNAMES = "department ministry bank university college school institute group city street avenue square \
        park river lake island islands county airport airlines airways hospital museum center centre \
        foundation stadium arena bridge hall house palace cup prize award awards motors company \
        partners capital";
    /// Month names and abbreviations that start a dateline's date (lower case, without a final dot).
    const MONTHS = "january february march april may june july august september october november december jan \
        feb mar apr jun jul aug sep sept oct nov dec";
    /// An owner before a title: a possessive pronoun or `'s`.
    const OWNERS = "his her their my our your its 's";
    /// The PERSON words of [`APPOSITIVE_HEADS`]: what people are by their work (`Kestrel, a Twitch
    /// streamer`, `Orla Byrne, the singer`).
    const PERSON_APPOSITIVE_HEADS = "singer rapper actor actress streamer comedian musician songwriter chef presenter influencer \
        novelist author poet painter drummer guitarist frontman frontwoman candidate nominee educator \
        humorist sculptor playwright composer filmmaker philanthropist astronaut astronomer inventor";
    /// The PERSON words of [`APPOSITIVE_HEADS`] that must end their noun phrase, as they also
    /// qualify other nouns (`Pia Lund, a senior researcher at`; not `, a St. Louis-based activist
    /// group`).
    const PROFESSION_HEADS = "researcher analyst economist professor lawyer scientist spokesman spokeswoman \
        spokesperson teacher doctor nurse engineer strategist lecturer historian consultant adviser \
        advisor activist entrepreneur businessman businesswoman banker surgeon physician \
        psychologist photographer";
    /// The MISC words of [`APPOSITIVE_HEADS`].
    const MISC_APPOSITIVE_HEADS = "album chatbot console game headset model tool book documentary drama film memoir novel \
        retelling series single song thriller browser smartphone processor laptop robot stablecoin \
        ballad mixtape podcast sitcom sequel romance whisky comedy fantasy telenovela anime";
    /// Heads of MISC appositives that are often a modifier before the head (`a satellite radio
    /// employer`, `the drug maker`): the head only when the phrase ends after it, at punctuation or a
    /// preposition (`Veltrana, a once-monthly migraine injection from ...`, `Kite, a handheld DNA
    /// sequencer for ...`).
    const MISC_LAST_HEADS = "drug vaccine pill injection jab rocket satellite telescope spacecraft lander rover sequencer \
        implant wearable";
    /// Words that may follow the last word of an appositive's noun phrase ([`MISC_LAST_HEADS`]).
    const AFTER_LAST_HEAD = "for from by with in on to that which";
    /// The ORG words of [`APPOSITIVE_HEADS`].
    const ORG_APPOSITIVE_HEADS = "agency airline broadcaster chain group insurer issuer publisher bank charity foundry \
        manufacturer operator supplier carmaker chipmaker company designer firm fintech lender \
        maker retailer startup studio subsidiary unit platform consultancy publication brand band \
        label duo restaurant magazine watchdog regulator nonprofit non-profit organisation";
    /// The PLACE words of [`APPOSITIVE_HEADS`].
    const PLACE_APPOSITIVE_HEADS = "city island province region suburb town village district venue arena stadium field oilfield \
        mine";
    /// Words that end an appositive's noun phrase before its head (see [`appositive`]).
    /// A second determiner opens another phrase (`For Google, the deal puts its model`).
    const NOT_BEFORE_HEAD = "a an the its their his her of for in at on with to from by and or who which that said \
        says is was are were be been has had have will would";
    /// People named by what they work on (`documentary filmmaker`, `game designer`): after a head of
    /// [`APPOSITIVE_HEADS`], the appositive is a person's.
    const PEOPLE_AFTER_HEAD = "filmmaker maker director producer critic founder executive member designer developer \
        manager writer star actor actress singer boss chief owner employee worker analyst \
        spokesman spokeswoman spokesperson veteran player fan columnist editor reporter journalist \
        correspondent official officer resident leader elder chairman";
    /// The determiners that open an appositive's head: articles and possessive pronouns.
    const HEAD_DETERMINERS = "a an the his her their its";
    /// Verbs after a subject (`the film is set in`).
    const SUBJECT_VERBS = "is was are were has had will";
    /// The determiners that open the noun phrase.
    const DETERMINERS = "the its his her their";
    /// The separators between the names of a list (`Circle and Ripple`).
    const EXAMPLE_JOINERS = ", and or & 's";
    /// The ORG plurals of [`EXAMPLE_HEADS`].
    const ORG_EXAMPLE_HEADS = "airlines banks brands broadcasters carmakers chains chipmakers clubs companies firms groups \
        insurers lenders parties retailers start-ups startups";
    /// The MISC plurals of [`EXAMPLE_HEADS`].
    const MISC_EXAMPLE_HEADS = "albums films games movies novels series shows songs";
    /// The PLACE plurals of [`EXAMPLE_HEADS`].
    const PLACE_EXAMPLE_HEADS = "cities countries nations states towns";
    /// The PERSON plurals of [`EXAMPLE_HEADS`].
    const PERSON_EXAMPLE_HEADS = "actors artists players rappers singers stars";
    /// Kinds of company named before a company's name (`grocer Fenwick Foods`).
    const COMPANY_KINDS = "airline bank carmaker chipmaker company fintech firm grocer insurer lender maker retailer \
        start-up startup studio";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::candidates_in as cands;
    use crate::entities::groups::link;
    use crate::text::Span;
    use crate::tokens::tokenize;
    use Label::*;

    /// The labels after the stage.
    fn run(text: &str, mentions: &mut [Candidate]) -> Vec<Label> {
        let sentences: Vec<Span> = crate::sentences::sentences(text).collect();
        apply(text, &tokenize(text), &sentences, mentions);
        mentions.iter().map(|m| m.label).collect()
    }

    #[test]
    fn a_strong_company_cue_outweighs_many_person_votes_for_an_unlisted_word() {
        let text = "Russian oil firm Vostrax has sued four lenders. Vostrax said the sale was \
                    illegal. Vostrax claims damages, and Vostrax has asked a court in Houston to \
                    rule. Vostrax owes taxes.";
        let mut m = cands(text, &[("Vostrax", Person); 5]);
        assert_eq!(run(text, &mut m), [Org; 5]);
        // A listed surname keeps its person votes.
        let text = "Russian oil firm Williams has sued four lenders. Williams said the sale was \
                    illegal. Williams claims damages, and Williams has asked a court in Houston to \
                    rule. Williams owes taxes.";
        let mut m = cands(text, &[("Williams", Person); 5]);
        assert_eq!(run(text, &mut m), [Person; 5]);
    }

    /// Six mentions of `name`: the first read as a place, the five others as people.
    fn place_then_people(name: &str) -> [(&str, Label); 6] {
        let mut rows = [(name, Person); 6];
        rows[0].1 = Place;
        rows
    }

    #[test]
    fn one_strong_cue_outweighs_the_tagger_on_a_word_no_list_knows() {
        // Mixed tagger readings (so not the one-word all-person rule): four person votes, capped
        // at two, lose to the place cue and the place's own vote.
        let text = "The probe reached the asteroid Kelvaros on Monday. Kelvaros now spins faster. \
                    Kelvaros is older than thought. Kelvaros has a moon, and Kelvaros has dust. \
                    Kelvaros is dark.";
        let mut m = cands(text, &place_then_people("Kelvaros"));
        assert_eq!(run(text, &mut m), [Place; 6]);
        // A listed surname keeps its person votes.
        let text = "The probe reached the asteroid Williams on Monday. Williams now spins faster. \
                    Williams is older than thought. Williams has a moon, and Williams has dust. \
                    Williams is dark.";
        let mut m = cands(text, &place_then_people("Williams"));
        assert_eq!(run(text, &mut m), [Person; 6]);
        // With no person in the cluster, the place's cue relabels the word's other readings.
        let text = "The probe reached the asteroid Kelvaros on Monday. Kelvaros now spins faster.";
        let mut m = cands(text, &[("Kelvaros", Place), ("Kelvaros", Org)]);
        assert_eq!(run(text, &mut m), [Place; 2]);
    }

    #[test]
    fn a_headline_surname_follows_the_titled_full_name() {
        let text = "Lindqvist opens the harbour\n\nMayor Maja Lindqvist on Monday opened the new \
                    harbour. \"It took ten years,\" Lindqvist said. Critics of Lindqvist's plan \
                    stayed away, and the Lindqvist office declined to comment.";
        let mut m = cands(
            text,
            &[
                ("Lindqvist", Org),
                ("Maja Lindqvist", Person),
                ("Lindqvist", Person),
                ("Lindqvist", Place),
                ("Lindqvist", Person),
            ],
        );
        assert_eq!(run(text, &mut m), [Person; 5]);
        // groups.rs now puts them in one group.
        let (of, groups) = link(text, &m);
        assert!(of.iter().all(|&g| g == of[0]), "{of:?}");
        assert_eq!(groups[of[0]].name, "Maja Lindqvist");
    }

    #[test]
    fn a_surname_follows_its_full_name_across_labels() {
        let text = "Laura Brandt sang first. Later Brandt thanked the crowd.";
        let mut m = cands(text, &[("Laura Brandt", Org), ("Brandt", Person)]);
        // One tagger vote each, and the first name + surname shape: PERSON.
        assert_eq!(run(text, &mut m), [Person, Person]);
    }

    #[test]
    fn an_org_cue_outvotes_two_tagger_votes() {
        let text = "Quillmark shares rose 4 percent. Analysts like Quillmark. \
                    Quillmark will report in May.";
        let mut m = cands(
            text,
            &[
                ("Quillmark", Org),
                ("Quillmark", Place),
                ("Quillmark", Person),
            ],
        );
        assert_eq!(run(text, &mut m), [Org; 3]);

        let text = "Quillmark's chief executive spoke. Quillmark opened. Quillmark grew.";
        let mut m = cands(
            text,
            &[
                ("Quillmark", Person),
                ("Quillmark", Person),
                ("Quillmark", Org),
            ],
        );
        assert_eq!(run(text, &mut m), [Org; 3]);
    }

    #[test]
    fn a_stake_in_is_a_company_not_a_place() {
        let text = "Ferrovia bought a stake in Lumenta. Lumenta makes lamps.";
        let mut m = cands(
            text,
            &[("Ferrovia", Org), ("Lumenta", Place), ("Lumenta", Place)],
        );
        // Not a person: the mention with its own cue changes, and so does the other, read as a
        // place, as no list has the name as one.
        assert_eq!(run(text, &mut m), [Org, Org, Org]);

        // One word of place before a mention does not outvote the cue; three do, and keep the
        // others as they were.
        let text =
            "Ferrovia bought a stake in Lumenta. Lumenta makes lamps. Crowds in Lumenta grew.";
        let lumenta = [
            ("Ferrovia", Org),
            ("Lumenta", Place),
            ("Lumenta", Place),
            ("Lumenta", Place),
            ("Lumenta", Place),
            ("Lumenta", Place),
        ];
        let mut m = cands(text, &lumenta[..4]);
        assert_eq!(run(text, &mut m), [Org; 4]);
        let text =
            "Ferrovia bought a stake in Lumenta. Lumenta makes lamps. Crowds in Lumenta grew. \
                    Floods near Lumenta rose. Roads outside Lumenta closed.";
        let mut m = cands(text, &lumenta);
        assert_eq!(run(text, &mut m), [Org, Org, Place, Place, Place, Place]);
    }

    #[test]
    fn shares_as_a_verb_is_no_company_cue() {
        let text = "Brandvik shares a flat with friends.";
        let mut m = cands(text, &[("Brandvik", Person)]);
        assert_eq!(run(text, &mut m), [Person]);
    }

    #[test]
    fn datelines_and_based_mark_places() {
        let text = "OSLAVIK, March 3 — Fishers met here.\nThe Oslavik-based union and \
                    Oslavik traders agreed.";
        let mut m = cands(
            text,
            &[("OSLAVIK", Place), ("Oslavik", Org), ("Oslavik", Org)],
        );
        // The dateline and the "-based" mention are places by their own cues; the third keeps the
        // tagger's reading (a city and a company or team may share a name; neither cue comes
        // before the name).
        assert_eq!(run(text, &mut m), [Place, Place, Org]);
    }

    #[test]
    fn weak_cues_only_break_ties() {
        // A speech verb is weak: organisations speak too.
        let text = "Corvane said profits rose. Corvane expanded.";
        let mut m = cands(text, &[("Corvane", Org), ("Corvane", Org)]);
        assert_eq!(run(text, &mut m), [Org, Org]);
        // Without a person in the cluster, a weak cue changes nothing.
        let text = "Traders in Velmora waited. Velmora opened.";
        let mut m = cands(text, &[("Velmora", Place), ("Velmora", Org)]);
        assert_eq!(run(text, &mut m), [Place, Org]);
        // In a person cluster one tagger vote each way: the speech verb decides.
        let text = "Reports on Halvard Quist waited. Quist said no.";
        let mut m = cands(text, &[("Halvard Quist", Org), ("Quist", Person)]);
        assert_eq!(run(text, &mut m), [Person, Person]);
    }

    #[test]
    fn ties_keep_the_longest_mention_label() {
        let text = "Harbin Tide won. Tide lost.";
        let mut m = cands(text, &[("Harbin Tide", Org), ("Tide", Person)]);
        assert_eq!(run(text, &mut m), [Org, Org]);
    }

    #[test]
    fn once_a_person_always_a_person() {
        let text = "Judge Petra Holm ruled. Holm left. Holm rested. Holm ate. Holm slept. \
                    Holm woke. Holm ran.";
        let mut list = vec![("Petra Holm", Person)];
        list.extend([("Holm", Place); 6]);
        let mut m = cands(text, &list);
        // Six PLACE votes against 1 + 3 + 3 for PERSON, but the titled full name wins.
        assert_eq!(run(text, &mut m), [Person; 7]);
    }

    #[test]
    fn a_place_inside_an_organisation_name_stays_apart() {
        let text = "Fjordby Athletic beat the visitors from Kessel. Fans in Fjordby cheered.";
        let mut m = cands(
            text,
            &[
                ("Fjordby Athletic", Org),
                ("Kessel", Place),
                ("Fjordby", Place),
            ],
        );
        assert_eq!(run(text, &mut m), [Org, Place, Place]);
    }

    #[test]
    fn gazetteer_and_value_mentions_never_change() {
        let text = "Dr. Selvig met Selvig Labs. Selvig said 2026 was good.";
        let mut m = cands(
            text,
            &[
                ("Selvig", Org),
                ("Selvig Labs", Org),
                ("Selvig", Org),
                ("2026", Date),
            ],
        );
        m[0].source = Source::Gazetteer;
        m[3].source = Source::Value;
        let labels = run(text, &mut m);
        assert_eq!(labels[0], Org, "gazetteer");
        assert_eq!(labels[3], Date, "value");
    }

    #[test]
    fn first_name_shape_needs_a_first_name_and_no_place_word() {
        assert!(first_and_surname("Maria Lindqvist"));
        assert!(!first_and_surname("Lindqvist Maria"));
        assert!(!first_and_surname("George Washington University"));
        assert!(!first_and_surname("MARIA LINDQVIST"));
        assert!(!first_and_surname("Maria"));
        assert!(first_and_surname("Maria des Cars"), "des");
        assert!(first_and_surname("Maria de la Vega"), "de la");
        assert!(!first_and_surname("Maria de"));
    }
}
