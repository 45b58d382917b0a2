//! Sports results: tables and results as news agencies print them, one to a line (`Leeds 1 Wimbledon 0`,
//! `Israel 2 , Bulgaria 0 ( halftime 0-0 )`, `Sheffield Wednesday 3 3 0 0 6 2 9`), and results in
//! prose ([`label_result_prose`]). The names on such a line are teams: a club is an organisation, and a national side keeps its country's place label,
//! as CoNLL-2003 marks them (in its train and dev sets 1,946 of the 1,965 other names on such lines
//! are ORG, and all 11 countries LOC).

use super::{Candidate, Label, Source};
use crate::text::{
    all_bytes, all_char, any_char, char_at, char_indices, chars, ending_by, find_any, has_any,
    head, is_alnum, is_space, is_upper, rsplit_once_char, split_once_char, starting_before,
    starts_by, tail, trim_by, trim_end_by, trim_start_by, Span,
};
use crate::tokens::{
    capitalised_at, may_start, token_at, token_is, token_run, token_text, Forms, Token, TokenKind,
};
use crate::vecs::{at, at_mut, run};
use crate::word_list::WordList;

crate::word_list::word_lists! {
    /// The words of a club's kind before its name or after its home (`English side Gloucester`, `the
    /// Tampere club`).
    const CLUB_KINDS = "club side outfit";
    /// Verbs that make a team's name plural after it (`Burnley are`).
    const PLURAL_VERBS = "are were have";
    /// `the` and `a`, before a team's kind in an apposition.
    const THE_A = "the a";
    /// The words of a team's kind in an apposition (`Burnley, the club`).
    const TEAM_KINDS = "club side team";
    /// Lower-case words that may join the parts of a team's name (`Queen of the South`).
    const CONNECTORS = "de del la of the and";
    /// Words and marks a list of scorers holds besides their names and numbers.
    const SCORER_WORDS = "pen og minute minutes min , ; ' + ( )";
    /// Name particles inside a player's name.
    const PARTICLES = "van der den de da di del dos le la von";
    /// Verbs in the plural that a team's name takes as a subject in British usage (`Madrid were level`,
    /// `Madrid travel to Bilbao`), where a city takes the singular (not `lost` or `led`, the same in
    /// both).
    const TEAM_VERBS = "are were have host travel face play meet visit need trail";
    /// Prepositions and `the` before a place's name (`in Madrid`).
    const PLACE_BEFORE_WORDS = "in at to from of near into outside the";
    /// Words before a city that keep it a place where the same text names its club (`a hotel in
    /// Newcastle`, `the city of Leicester`).
    const PLACE_BEFORE = "in near of outside into across around city town streets";
    /// The forms of `sign`.
    const SIGN_VERBS = "signed sign signs signing";
    /// The continents' names and `the`, which open no club's name.
    const CONTINENTS_AND_THE = "europe asia africa america oceania the";
    /// Words of [`SPORT_WORDS`] that texts about other things use too (`games` of a console, a
    /// company's `season`).
    const SPORT_TOO = "century final finals forward game games points quarter season";
    /// Words before a city that make it a side in a sentence about sport (`leaders Barcelona`, `French
    /// side Nice`, `Swiss club Sion`: all 4 names after `leaders` and all 16 after `side` or `club` in
    /// CoNLL-2003 train and dev are clubs).
    const CLUB_BEFORE = "against beat beating past swept joined joining leaders face faces facing side club outfit";
    /// Wins over a side.
    const WINS = "win wins victory victories triumph";
    /// Losses to a side.
    const LOSSES = "lost lose loses losing loss losses defeat defeats";
    /// Defeats by a side.
    const BEATEN = "beaten defeated defeat thrashed";
    /// Draws with a side.
    const DRAWS = "draw drew drawn";
    /// Matches with a side (`take on`).
    const TAKE = "take takes taking took";
    /// A player's contract, before `with` and a city that make it a side (`an extension with
    /// Edmonton`).
    const CONTRACTS = "contract deal extension terms";
    /// Words of a player's move between clubs (`a record move from Newcastle to Liverpool`).
    const MOVE_WORDS = "joined loan move sign signed signing switch traded transfer";
    /// The marks attached inside a team's name (`St. Johnstone`, `Jed-Forest`).
    const GLUED_NAME_MARKS = ". & - '";
    /// Teams whose name is one everyday word in the singular (`the Thunder`, `the Heat`, `the Wild`),
    /// which the tagger, reading a common word, passes over.
    const SINGULAR_TEAMS = "Thunder Heat Magic Jazz Wild Lightning Avalanche Kraken Fever Sky Mercury Liberty Dream Lynx";
    /// Labels of lists of scorers, before a colon (`Tries: Dupont, Bielle-Biarrey 2`).
    const SCORER_LABELS = "Scorers Scorer Goals Goalscorers Tries Try Conversions Conversion Cons Penalties Pens \
        Dropped Drop";
    /// Verbs of a result in prose (`Dallas beat Minnesota 112-105`), the second word of two-word ones
    /// after the first (`lost to`, `drew with`, `fell to`).
    const RESULT_VERBS = "beat beats defeated edged thrashed routed downed upset crushed stunned outlasted overcame \
        topped lost drew fell";
    /// Words that make a sentence about sport (in lower case, sorted for a binary search).
    const SPORT_WORDS = "batsman bowler century club coach cornerback cup debut defender derby draft final finals \
        fixture forward game games goal goalkeeper goals hat-trick innings league linebacker loan \
        manager match midfielder mlb nba nfl nhl outfielder pitcher playoff playoffs points \
        quarter-final quarterback rebounds scored season semi-final shortstop squad striker \
        touchdown touchdowns transfer triple-double wickets winger wnba";
    /// Words after which a club's name opens a clause as its whole subject (`because Chelsea have`,
    /// `felt Newcastle were`).
    const CLAUSE_OPENERS = "because but that while when as if so why how felt feel feels said says think thinks \
        believe believes time";
    /// Words before `for` and a city that make it a side (`made his debut for Dallas`, `scored twice
    /// for Atlanta`, `seven blocks for San Antonio`; not `tickets for London`), as a number does (`had
    /// 19 for New York`).
    const FOR_A_SIDE = "appearance assists batsman blocks bowler century cornerback debut defender forward goal \
        goalkeeper goals guard homered linebacker midfielder outfielder pitcher played playing plays \
        points quarterback rebounds receiver scored scores shortstop signed signs starts steals \
        striker twice wickets";
    /// Words after a city that make it a side in a sentence about sport.
    const CLUB_AFTER = "squad side team manager coach boss striker midfielder defender goalkeeper captain beat drew \
        bid signed sacked appointed \
        swept won lost edged thrashed routed clinched youngster prop scrum-half fly-half full-back \
        flanker hooker winger forward fans supporters chairman owner draw win defeat victory game \
        match guard center quarterback pitcher outfielder shortstop catcher receiver cornerback \
        linebacker rookie batsman batter bowler spinner all-rounder wicketkeeper";
    /// A club's players and staff before their names (`Chelsea boss Jose Mourinho`).
    const STAFF = "boss manager coach striker midfielder defender goalkeeper keeper winger captain skipper \
        physio chairman";
}

/// Results and table rows have this many numbers after a team (played, won, drawn, lost, for,
/// against, points; some tables leave one or two out).
const TABLE_COLUMNS: std::ops::RangeInclusive<usize> = 6..=8;

/// Labels the team names of every result or table line of `text` (tokenized as `tokens`): each
/// becomes one mention, ORG or (for a country) PLACE, replacing what overlapped it in `found`
/// (sorted and disjoint, and left so).
pub(super) fn label_teams(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut teams = Vec::new();
    let mut start = 0;
    // Natively the lines' first tokens from the text's line breaks, not a look at every gap.
    #[cfg(not(target_arch = "wasm32"))]
    for k in super::line_openers::LineOpeners::new(text, tokens)
        .chain((!tokens.is_empty()).then_some(tokens.len()))
    {
        teams_on_line(text, token_run(tokens, start, k), &mut teams);
        start = k;
    }
    #[cfg(target_arch = "wasm32")]
    for k in 1..=tokens.len() {
        if k == tokens.len() || super::line_openers::breaks_before(text, tokens, k) {
            teams_on_line(text, token_run(tokens, start, k), &mut teams);
            start = k;
        }
    }
    if teams.is_empty() {
        return;
    }
    // One merge of two sorted lists: each team replaces the mentions it overlaps.
    let old = std::mem::take(found);
    let mut i = 0;
    for (span, toks, role) in teams {
        while i < old.len() && at(&old, i).span.end <= span.start {
            crate::vecs::push(found, *at(&old, i));
            i += 1;
        }
        let j = i + starting_before(run(&old, i, old.len()), span.end);
        let over = run(&old, i, j);
        // The user's own list has the last word.
        if over.iter().any(|c| c.source == Source::Gazetteer) {
            found.extend_from_slice(over);
        } else {
            // A competition's name before the result keeps its words before the colon
            // (`Premier League: Arsenal 2`).
            if let Some(c) = over.first().filter(|c| c.span.start < span.start) {
                let head = trim_end_by(Span::new(c.span.start, span.start).slice(text), |c| {
                    matches!(c, ' ' | ':' | ';' | ',')
                });
                if !head.is_empty() && head.len() < span.start - c.span.start {
                    Candidate::push_to(
                        found,
                        Span::new(c.span.start, c.span.start + head.len()),
                        c.label,
                        c.source,
                    );
                }
            }
            let label = if role == Role::Scorer {
                Label::Person
            } else if super::tagger::listed(text, toks).country {
                Label::Place
            } else {
                Label::Org
            };
            Candidate::push_to(found, span, label, Source::Name);
        }
        i = j;
    }
    found.extend_from_slice(run(&old, i, old.len()));
}

/// What a name on a results line is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A side: a club, or a national side by its country.
    Team,
    /// A player who scored (`Scorers: Andy Townsend (5th)`, `Arsenal 2 (Gyökeres 2)`).
    Scorer,
}

/// A name found on a results line: its bytes, its tokens and its role.
type OnLine<'t> = (Span, &'t [Token], Role);

/// Pushes the names of one line of results, in order: teams and scorers.
fn teams_on_line<'t>(text: &str, line: &'t [Token], out: &mut Vec<OnLine<'t>>) {
    let before = out.len();
    result_line(text, line, out);
    results_between_marks(text, line, out);
    scorer_lists(text, line, out);
    // In order of place; a name that overlaps one found before it goes.
    for name in out.split_off(before) {
        let at =
            before + run(out, before, out.len()).partition_point(|(s, ..)| s.start < name.0.start);
        if run(out, before, at)
            .last()
            .is_none_or(|(s, ..)| s.end <= name.0.start)
            && out.get(at).is_none_or(|(s, ..)| name.0.end <= s.start)
        {
            out.insert(at, name);
        }
    }
}

/// Pushes the results between a line's semicolons, colons and bars (`NBA scores: Orlando 112,
/// Boston 104 | Houston 99, Milwaukee 97`), each with its scorers in brackets
/// after a score (`Premier League: Arsenal 2 (Gyökeres 2) Newcastle 0; Leeds 1 (Calvert-Lewin)
/// Brentford 1 (Thiago)`, `Chelsea 3-1 Spurs (Palmer 12, 45; Son 67)`), a venue after a comma or a
/// sentence after a period.
fn results_between_marks<'t>(text: &str, line: &'t [Token], out: &mut Vec<OnLine<'t>>) {
    let mut depth = 0usize;
    let mut from = 0;
    // A table's row (`| Galaxy S26 Ultra | Snapdragon 8 Elite Gen 5 |`) has no results between bars.
    let table = line.first().is_some_and(|t| t.is(text, "|"));
    let mut after_bar = false;
    for k in 0..=line.len() {
        let w = line.get(k).map_or(";", |t| t.text(text));
        match w {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            ";" | ":" | "|" if depth == 0 && !(table && w == "|") => {
                let bar = w == "|";
                result_with_scorers(text, token_run(line, from, k), after_bar || bar, out);
                after_bar = bar;
                from = k + 1;
            }
            _ => {}
        }
    }
}

/// Pushes the teams and scorers of `seg` when it is one result: `A 2 (scorers) B 1 (scorers)` (a
/// comma after the first score too when `barred`, a bar on either side of the segment), or
/// `A 2-1 B (scorers)`, each bracket optional, ending the segment or before a comma or a period.
fn result_with_scorers<'t>(text: &str, seg: &'t [Token], barred: bool, out: &mut Vec<OnLine<'t>>) {
    let mut names = Vec::new();
    let Some(a) = team(text, seg, 0) else {
        return;
    };
    crate::vecs::push(&mut names, team_at(seg, 0, a));
    let mut i = a;
    let one_score = seg
        .get(i)
        .is_some_and(|t| t.span.len() <= 7 && has_score(t.text(text)));
    if !one_score {
        if scores(text, seg, i) != 1 {
            return;
        }
        i = scorers_in_bracket(text, seg, i + 1, &mut names);
        // A comma after the first score, between bars (`| Orlando 112, Boston 104 |`; not a
        // list of statistics, `Aces: Sinner 14, Alcaraz 7`).
        i += usize::from(barred && token_is(text, seg, i, ","));
    }
    let Some(b) = team(text, seg, i + usize::from(one_score)) else {
        return;
    };
    let start_b = i + usize::from(one_score);
    crate::vecs::push(&mut names, team_at(seg, start_b, b));
    i = b;
    if !one_score {
        if scores(text, seg, i) != 1 {
            return;
        }
        i += 1;
    }
    i = scorers_in_bracket(text, seg, i, &mut names);
    if seg
        .get(i)
        .is_none_or(|t| matches!(t.text(text).as_bytes(), [b',' | b'.']))
    {
        crate::vecs::extend(out, names);
    }
}

/// Pushes the scorers of a bracket at `seg[i]` when it holds nothing but names, numbers and the
/// marks between them; returns the index after the bracket (or `i` when there is none).
fn scorers_in_bracket<'t>(
    text: &str,
    seg: &'t [Token],
    i: usize,
    names: &mut Vec<OnLine<'t>>,
) -> usize {
    if !token_is(text, seg, i, "(") {
        return i;
    }
    let Some(close) = token_run(seg, i, seg.len())
        .iter()
        .position(|t| t.is(text, ")"))
    else {
        return i;
    };
    scorers(text, token_run(seg, i + 1, i + close), names);
    i + close + 1
}

/// Pushes the names of `toks` as scorers when it holds nothing but names, numbers (`12`, `5th`),
/// [`SCORER_WORDS`] and the marks between them; returns how many it pushed.
fn scorers<'t>(text: &str, toks: &'t [Token], names: &mut Vec<OnLine<'t>>) -> usize {
    let before = names.len();
    let mut k = 0;
    while k < toks.len() {
        let w = token_at(toks, k).text(text);
        if starts_by(w, is_upper) {
            let end = scorer_name(text, toks, k);
            crate::vecs::push(
                names,
                (
                    span_of(token_run(toks, k, end)),
                    token_run(toks, k, end),
                    Role::Scorer,
                ),
            );
            k = end;
            continue;
        }
        let number = starts_by(w, |c| c.is_ascii_digit()) && w.len() <= 5;
        if !(number || SCORER_WORDS.contains(&w)) {
            names.truncate(before);
            return 0;
        }
        k += 1;
    }
    names.len() - before
}

/// The end of a player's name from token `k`: capitalised words, name particles between them
/// (`Joost van der Westhuizen`) and marks attached inside (`Calvert-Lewin`, `O'Neill`).
fn scorer_name(text: &str, toks: &[Token], k: usize) -> usize {
    let mut end = k + 1;
    for j in k + 1..toks.len() {
        let w = token_at(toks, j).text(text);
        let attached = token_at(toks, j).span.start == token_at(toks, j - 1).span.end;
        if starts_by(w, is_upper) && !any_char(w, |c| c.is_ascii_digit()) {
            end = j + 1;
        } else if !(PARTICLES.contains(&w) || attached && matches!(w.as_bytes(), [b'-' | b'\''])) {
            break;
        }
    }
    end
}

/// Pushes the players listed after a label of scorers and a colon, to the line's end or a period.
fn scorer_lists<'t>(text: &str, line: &'t [Token], out: &mut Vec<OnLine<'t>>) {
    for k in 1..line.len() {
        if !line[k].is(text, ":") || !SCORER_LABELS.contains(&line[k - 1].text(text)) {
            continue;
        }
        let end = token_run(line, k + 1, line.len())
            .iter()
            .position(|t| t.is(text, "."))
            .map_or(line.len(), |e| k + 1 + e);
        scorers(text, token_run(line, k + 1, end), out);
    }
}

/// Pushes the team names of one line if it is a result (`A 2 B 1`, an optional comma after the first
/// score and a bracket at the end; `A 2-1 B`) or a table row (`A` and six to eight numbers).
fn result_line<'t>(text: &str, line: &'t [Token], out: &mut Vec<OnLine<'t>>) {
    // A result with its score in one (`Brentford 2-1 Bournemouth`, `- Leinster 38-12 Sale Sharks,
    // Aviva Stadium`): after a list's dash, before the line's end, a comma or a bracket.
    let s = usize::from(line.first().is_some_and(|t| t.is(text, "-")));
    let first_team = team(text, line, s);
    if let Some(a) = first_team {
        let scored = line
            .get(a)
            .is_some_and(|t| t.span.len() <= 7 && has_score(t.text(text)));
        let second = if scored {
            team(text, line, a + 1)
        } else {
            None
        };
        if let Some(b) = second {
            if line
                .get(b)
                .is_none_or(|t| matches!(t.text(text).as_bytes(), [b',' | b'(']))
            {
                crate::vecs::push(out, team_at(line, s, a));
                crate::vecs::push(out, team_at(line, a + 1, b));
                return;
            }
        }
    }
    // The other forms start with the team (a dash is no capital, so no team starts there).
    let Some(a) = first_team.filter(|_| s == 0) else {
        return;
    };
    let first = scores(text, line, a);
    let mut k = a + first;
    if first == 1 {
        if token_is(text, line, k, ",") {
            k += 1;
        }
        let Some(b) = team(text, line, k) else {
            return;
        };
        if scores(text, line, b) != 1 {
            return;
        }
        let end = b + 1;
        let bracket =
            token_is(text, line, end, "(") && line.last().is_some_and(|t| t.is(text, ")"));
        if end == line.len() || bracket {
            crate::vecs::push(out, team_at(line, 0, a));
            crate::vecs::push(out, team_at(line, k, b));
        }
    } else if TABLE_COLUMNS.contains(&first) && k == line.len() {
        crate::vecs::push(out, team_at(line, 0, a));
    }
}

/// True when the mention `c` is a listed city, or a listed place of one word but a country, for
/// [`label_result_prose`]. Inlined natively; one call in the .wasm, where the closure was inlined at
/// both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_city_side(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    let (a, b) = super::names::token_range(tokens, c.span);
    let listed = super::tagger::listed_run(text, tokens, a, b);
    listed.city || (listed.place && !listed.country && b == a + 1)
}

/// True when the mention `c`, against the organisation `other`, is a one-word person or place
/// (a place only without a score: with one it is left to the rule that keeps a country's) that the
/// training data has as an organisation too, for [`label_result_prose`]. Inlined natively; one call
/// in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_club_side(
    text: &str,
    tokens: &[Token],
    c: &Candidate,
    other: &Candidate,
    scored: bool,
) -> bool {
    let (a, b) = super::names::token_range(tokens, c.span);
    (c.label == Label::Person || c.label == Label::Place && !scored)
        && other.label == Label::Org
        && b == a + 1
        && super::tagger::listed_run(text, tokens, a, b).trained_org
}

/// True for a byte that opens a word of [`RESULT_VERBS`] ([`crate::tokens::may_start`]).
fn opens_result_verb(b: u8) -> bool {
    matches!(
        b,
        b'b' | b'c' | b'd' | b'e' | b'f' | b'l' | b'o' | b'r' | b's' | b't' | b'u'
    )
}

/// Labels ORG a place name on either side of a result verb in prose, with a score after it
/// (`Dallas rallied to beat Minnesota 112-105`, `lost to Denver 101-99`) or a city on both sides
/// (`Buffalo finally beat Kansas City`): a city or a state that
/// wins or loses is its team, as CoNLL-2003 marks `Baltimore` and `Coventry` there (train, on
/// either side of such a verb before a score: 42 ORG, 216 people, and 21 LOC, all countries but one,
/// which keep their place label as national sides do, as does a name of several words the training
/// data has only as a place, `Republic of Ireland`). `found` is sorted.
pub(super) fn label_result_prose(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for (v, verb) in tokens.iter().enumerate() {
        if !may_start(text, tokens, v, opens_result_verb) {
            continue;
        }
        let low = verb.text(text);
        if !RESULT_VERBS.contains(&low) {
            continue;
        }
        // The object starts after the verb, or after `to` / `with` of a two-word verb, past a score
        // between them (`drew 2-2 with Leipzig`, `lost 24-21 to Houston`).
        let mut o = v + 1;
        let score_between = has_score(token_text(text, tokens, o));
        if score_between {
            o += 1;
        }
        let second = match low {
            _ if crate::text::is_one_of(low, "lost|fell") => Some("to"),
            "drew" => Some("with"),
            _ => None,
        };
        if let Some(second) = second {
            // `lost 5-2 away to Atletico`.
            if token_is(text, tokens, o, "away") {
                o += 1;
            }
            if !token_is(text, tokens, o, second) {
                continue;
            }
            o += 1;
        }
        let Some(object_start) = tokens.get(o).map(|t| t.span.start) else {
            continue;
        };
        let obj = starting_before(found, object_start);
        if found.get(obj).is_none_or(|c| c.span.start != object_start) {
            continue;
        }
        // A score soon after the object, on the same line.
        let after = tail(text, at(found, obj).span.end);
        let near = head(
            after,
            char_indices(after).nth(24).map_or(after.len(), |(i, _)| i),
        );
        let near = head(
            near,
            find_any(near, &['\n', '\r', '.', ';']).unwrap_or(near.len()),
        );
        let scored = score_between || has_score(near);
        // The subject: the mention before the object, when it ends at most three words before the
        // verb with no stop or comma between, and names no club's home (`the Tampere club beat`).
        let subject = obj.checked_sub(1).filter(|&k| {
            let end = at(found, k).span.end;
            let home = CLUB_KINDS.has_token(text, tokens, starting_before(tokens, end));
            !home
                && end <= verb.span.start
                && starting_before(tokens, verb.span.start) <= starting_before(tokens, end) + 3
                && !has_any(
                    Span::new(end, verb.span.start).slice(text),
                    &['\n', '\r', '.', ';', ','],
                )
        });
        // Without a score, only a city or a state beating another is a result (`Buffalo finally
        // beat Kansas City`, `Edmonton lost to Florida`).
        let city = |k: usize| is_city_side(text, tokens, at(found, k));
        // Nor a team beating a club, with a score or without: a one-word person or place the
        // training data has as an organisation too, against an organisation (`Chelsea beat Paris
        // Saint-Germain`, `Chelsea beat Real Betis 4-1`, where
        // `Chelsea` is also a first name; `Bath beat Leicester`), is the other club.
        let club = |k: usize, other: usize| {
            is_club_side(text, tokens, at(found, k), at(found, other), scored)
        };
        // (Without a subject, neither side is one.)
        let clubs = subject.map_or([(0, false); 2], |s| {
            [(s, club(s, obj)), (obj, club(obj, s))]
        });
        let cities = subject.is_some_and(|s| city(s) && city(obj));
        for &(k, is) in &clubs {
            if is && at(found, k).source == Source::Name {
                at_mut(found, k).label = Label::Org;
            }
        }
        // A player beats a player: one word that no list has, read as a place or an organisation,
        // against a person is a person (`Swiatek lost to Anisimova`, `Medvedev lost to Khachanov`).
        let player = |k: usize, other: usize| {
            let (a, b) = super::names::token_range(tokens, at(found, k).span);
            let one = token_run(tokens, a, b);
            let listed = super::tagger::listed(text, one);
            matches!(at(found, k).label, Label::Place | Label::Org)
                && at(found, other).label == Label::Person
                && at(found, k).source == Source::Name
                && b == a + 1
                && !(listed.trained || listed.place || listed.misc)
                && super::tagger::list_label(text, one).is_none()
        };
        let players = subject.map_or([(0, false); 2], |s| {
            [(s, player(s, obj)), (obj, player(obj, s))]
        });
        for &(k, is) in &players {
            if is {
                at_mut(found, k).label = Label::Person;
            }
        }
        if !scored && !cities {
            continue;
        }
        for &k in &[Some(obj), subject] {
            let Some(k) = k else {
                continue;
            };
            let c = *at(found, k);
            if !matches!(c.label, Label::Place | Label::Person) || c.source != Source::Name {
                continue;
            }
            let (a, b) = super::names::token_range(tokens, c.span);
            let listed = super::tagger::listed_run(text, tokens, a, b);
            // A city taken for a person (`Denver beat Phoenix 118-111`: `John Denver`) is its
            // team too; a person's name is left alone.
            if c.label == Label::Person && !listed.city {
                continue;
            }
            // A one-word city the training data has only as a place (datelines: `DALLAS`) is
            // still a team here.
            let long_place = listed.only_place && b - a > 1;
            if !listed.country && !long_place {
                at_mut(found, k).label = Label::Org;
            }
        }
    }
}

/// Labels ORG a one-word city of the lists that is the last word of a club's name in the same text,
/// as the subject of a team's verb (`But Madrid were level` beside `Real Madrid`; `Madrid travel to
/// Bilbao`); not after a preposition (`not in Madrid`). `found` is sorted.
pub(super) fn label_clubs_by_name(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    found: &mut [Candidate],
) {
    // The last words of the organisations' names of two words or more, by hash, with the mention
    // that ends in each: made once, when a first mention asks (a pass over every mention per city
    // would be quadratic).
    let key = |w: &str| crate::model::hash::Hash::new(0).str(w).finish_wide();
    let last_word = |o: &Candidate| rsplit_once_char(o.span.slice(text), ' ').map(|(_, w)| w);
    let mut clubs: Option<crate::model::table::KeyTable> = None;
    for m in 0..found.len() {
        let c = *at(found, m);
        // The label first: most mentions go no further, without a search for their tokens.
        if c.source != Source::Name || c.label != Label::Place {
            continue;
        }
        let (i, j) = super::names::token_range(tokens, c.span);
        if j != i + 1
            || !TEAM_VERBS.has_lower(forms, j)
            || (i > 0 && PLACE_BEFORE_WORDS.has_lower(forms, i - 1))
        {
            continue;
        }
        let listed = super::tagger::listed_run(text, tokens, i, j);
        if !listed.city || listed.country {
            continue;
        }
        let clubs = clubs.get_or_insert_with(|| {
            let mut t = crate::model::table::KeyTable::with_capacity(found.len());
            for (k, o) in found
                .iter()
                .enumerate()
                .filter(|(_, o)| o.label == Label::Org)
            {
                if let Some(w) = last_word(o) {
                    t.insert(key(w), k as u32);
                }
            }
            t
        });
        let word = c.span.slice(text);
        let club = clubs
            .get(key(word))
            .is_some_and(|k| last_word(at(found, k as usize)) == Some(word));
        if club {
            at_mut(found, m).label = Label::Org;
        }
    }
}

/// Labels ORG every mention of a city that the same text also names as a side: where a mention of
/// it is an organisation in a sentence about sport (a result, a club's verb or role, the tagger's
/// own reading), the city's other mentions are the club too (`Newcastle, who have been short of a
/// striker` beside `Newcastle's draw at Brentford`), but not after a word of place (`a hotel in
/// Newcastle`) nor before its country (`Leicester, England`). Runs after the other rules for clubs;
/// `found` is sorted.
pub(super) fn label_clubs_throughout(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let one_city = |c: &Candidate| {
        let (a, b) = super::names::token_range(tokens, c.span);
        b <= a + 2 && {
            let listed = super::tagger::listed_run(text, tokens, a, b);
            listed.city && !listed.country
        }
    };
    let sport = |c: &Candidate| in_sport_sentence(tokens, forms, sentences, c.span.start);
    let mut clubs: Vec<&str> = Vec::new();
    for c in found.iter() {
        if c.label == Label::Org
            && c.source == Source::Name
            && !clubs.contains(&c.span.slice(text))
            && one_city(c)
            && sport(c)
        {
            crate::vecs::push(&mut clubs, c.span.slice(text));
        }
    }
    if clubs.is_empty() {
        return;
    }
    for c in found.iter_mut() {
        if !matches!(c.label, Label::Place | Label::Person)
            || c.source != Source::Name
            || !clubs.contains(&c.span.slice(text))
        {
            continue;
        }
        let i = starting_before(tokens, c.span.start);
        if i > 0 && PLACE_BEFORE.has_lower(forms, i - 1) {
            continue;
        }
        // A place with its country or state after a comma (`Leicester, England`) is the city.
        let j = starting_before(tokens, c.span.end);
        if token_is(text, tokens, j, ",")
            && tokens.get(j + 1).is_some_and(|t| {
                let listed = super::tagger::listed(text, std::slice::from_ref(t));
                listed.place && !listed.city
            })
        {
            continue;
        }
        c.label = Label::Org;
    }
}

/// Labels ORG a city or a US state named as a side in a sentence about sport (one with a word of
/// [`SPORT_WORDS`]): after `for`, `against`, `beat`, `past`, `swept` or `joined` (`made his debut
/// for Dallas`, `the match against Valencia`), after a contract `with` (`an extension with
/// Edmonton`), before a result verb, a player's or a manager's role or the squad (`Denver beat`,
/// `Coventry manager`, `the Liverpool squad`), before its player's name (`Atlanta's Tom Glavine`)
/// and in a player's move (`from Newcastle to Liverpool`, `signed him from Newcastle`; there an
/// unlisted place too, `from Dallas to Green Bay`). CoNLL-2003 marks a city there as its club, a name
/// of several words too (`Oklahoma City beat Indiana`); a country keeps its place label (national
/// sides), and so does a continent (`Europe` in golf's Ryder Cup). `found` is sorted.
pub(super) fn label_clubs_in_sport(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let lower = |k: usize| forms.lower(k);
    // Whether the sentence about token `k` is about sport, and whether it tells of a move, are
    // asked only for a mention with a cue, and answered once per sentence.
    let mut sentence = 0;
    let mut about: Option<(bool, bool)> = None;
    let mut doc_sport: Option<bool> = None;
    let mut other_sport: Option<(usize, bool)> = None;
    for m in 0..found.len() {
        let c = *at(found, m);
        if c.source != Source::Name
            || !matches!(c.label, Label::Place | Label::Person | Label::Misc)
        {
            continue;
        }
        let (i, j) = super::names::token_range(tokens, c.span);
        let before = if i > 0 { lower(i - 1) } else { "" };
        let after = lower(j);
        let mut sport = |moves_too: bool| {
            let k = ending_by(sentences, c.span.start);
            if k != sentence || about.is_none() {
                sentence = k;
                about = sentences.get(k).map(|s| {
                    let (a, b) = super::names::token_range(tokens, *s);
                    // Not a `money transfer` (a payments firm's).
                    let sport = has_sport_word(tokens, forms, *s, true)
                        || ((a..b).any(|k| has_score(lower(k)))
                            && (a..b).any(|k| {
                                RESULT_VERBS.has_lower(forms, k) || forms.lower_is(k, "won")
                            }));
                    // Only asked of a sentence about sport.
                    let moves = sport && (a..b).any(|k| MOVE_WORDS.has_lower(forms, k));
                    (sport, moves)
                });
            }
            about.is_some_and(|(sport, moves)| sport && (moves || !moves_too))
        };
        // A team by its nickname (`the Mavericks`, `the Spurs`): a plural name after `the`
        // that no list has as a place, a nationality or an event (`the Americans`).
        if matches!(c.label, Label::Misc | Label::Place)
            && j == i + 1
            && before == "the"
            && is_nickname(text, token_at(tokens, i))
            && sport(false)
            && {
                let listed = super::tagger::listed_run(text, tokens, i, j);
                !listed.place && !listed.misc
            }
        {
            at_mut(found, m).label = Label::Org;
            continue;
        }
        if c.label == Label::Misc {
            continue;
        }
        let next_is = |label: Label| {
            found.get(m + 1).is_some_and(|n| {
                n.label == label
                    && tokens
                        .get(j + 1)
                        .is_some_and(|t| t.span.start == n.span.start)
            })
        };
        // `from Newcastle to Liverpool`: both cities; `signed Isak from Newcastle`.
        // In a sentence whose only word of sport is a move's, the move's word a few words before
        // (`signed Isak from`, `his £50m move from`), not anywhere in it (`The transfer comes as
        // the government faces pressure from Washington`, of prisoners).
        // Whether the sentence has a word of sport that is no move's is asked once per sentence
        // (`other_sport` caches it), so that a sentence of many `from`s is read once.
        let moved_from = before == "from" && {
            let k = ending_by(sentences, c.span.start);
            let s = sentences.get(k).copied().unwrap_or_default();
            let (first, _) = super::names::token_range(tokens, s);
            let other = match other_sport {
                Some((at, v)) if at == k => v,
                _ => {
                    let (a, b) = super::names::token_range(tokens, s);
                    let v = (a..b).any(|k| {
                        SPORT_WORDS.contains_sorted(lower(k)) && !MOVE_WORDS.has_lower(forms, k)
                    });
                    other_sport = Some((k, v));
                    v
                }
            };
            other
                || (i.saturating_sub(7).max(first)..i.saturating_sub(1))
                    .any(|k| MOVE_WORDS.has_lower(forms, k))
        };
        // A player signed from a side (`signed Jamie Gittens from Dortmund`) tells of a transfer
        // without a word of sport; the signing side before the verb is a club too (`Chelsea`).
        let signed = moved_from && m > 0 && i >= 2 && {
            let p = *at(found, m - 1);
            let k = starting_before(tokens, p.span.start);
            p.label == Label::Person
                && p.span.end == token_at(tokens, i - 2).span.end
                && k > 0
                && SIGN_VERBS.has_lower(forms, k - 1)
        };
        let moved_to = before == "to"
            && i >= 3
            && forms.lower_is(i - 3, "from")
            && m > 0
            && at(found, m - 1).span.end == token_at(tokens, i - 2).span.end;
        let for_side = before == "for"
            && i >= 2
            && (FOR_A_SIDE.has_lower(forms, i - 2)
                || all_char(lower(i - 2), |c| c.is_ascii_digit()));
        // A contract with a side (`a two-year extension with Edmonton`).
        let with_side = before == "with" && i >= 2 && CONTRACTS.has_lower(forms, i - 2);
        // A result against a side (`a 2-1 win over Leeds`, `losses to Newcastle and Barcelona`,
        // `a draw with Everton`, `beaten by Burnley`) or a match with one (`take on Wolves`).
        let result = i >= 2
            && RESULTS_BEFORE
                .iter()
                .any(|(p, words)| before == *p && words.contains(lower(i - 2)));
        let possessive = crate::tokens::is_possessive_token(after);
        let cue = for_side
            || with_side
            || result
            || CLUB_BEFORE.contains(&before)
            || CLUB_AFTER.contains(&after)
            || (possessive && next_is(Label::Person));
        // Cues a club shares with other things, asked of a text about sport only: a plural verb
        // (`Chelsea are`, `Newcastle, who have`), a role or a result after the possessive
        // (`Newcastle's 18-year-old centre`, `Newcastle's draw`), an apposition (`Strasbourg, the
        // French club`), or an organisation joined by `and` (`Burnley and Sunderland`).
        let word = |k: usize| if k < tokens.len() { lower(k) } else { "" };
        // The verb's whole subject: nothing but a clause's opening word before it (not `mayors
        // of San Francisco and Seattle have`, `his wife Victoria have`).
        let subject = !any_char(before, is_alnum) || CLAUSE_OPENERS.contains(&before);
        let are = |w: &str| PLURAL_VERBS.contains(w);
        let plural =
            subject && are(after) || (after == "," && word(j + 1) == "who" && are(word(j + 2)));
        let role = possessive && (j + 1..j + 4).any(|k| CLUB_AFTER.contains(&word(k)));
        let apposition = after == ","
            && THE_A.contains(word(j + 1))
            && (j + 2..j + 6).any(|k| TEAM_KINDS.contains(word(k)));
        // The other side of `and` is a club the training data knows (`Burnley`), not any
        // organisation (`customers in Bristol and NTL viewers`).
        let club = |o: &Candidate| {
            let (a, b) = super::names::token_range(tokens, o.span);
            o.label == Label::Org && super::tagger::listed_run(text, tokens, a, b).trained_org
        };
        let joined = (after == "and" && next_is(Label::Org) && club(at(found, m + 1)))
            || (before == "and"
                && i >= 2
                && m > 0
                && club(at(found, m - 1))
                && at(found, m - 1).span.end == token_at(tokens, i - 2).span.end);
        // Not a place after a preposition (`hawks in Tehran are`) or `the` (`the Republic have`,
        // a national side).
        let weak = !cue
            && (plural || role || apposition || joined)
            && !(i > 0 && (PLACE_BEFORE.contains(&before) || before == "the"));
        if weak && !*doc_sport.get_or_insert_with(|| about_sport(tokens, forms, sentences)) {
            continue;
        }
        let cue = cue || weak;
        if !cue && !moved_from && !moved_to {
            continue;
        }
        let listed = super::tagger::listed_run(text, tokens, i, j);
        // A US state stands for its team as a city does (`beat Indiana`, `for New York`): one or
        // two words of the lists' places that are neither a country, a city nor a continent
        // (`Europe` in golf's Ryder Cup is a place, as CoNLL-2003 marks it), nor start with `The`
        // (`The Netherlands drew`).
        let state =
            listed.place && !listed.city && j <= i + 2 && !CONTINENTS_AND_THE.contains(lower(i));
        // A side a player moves to or from need not be a listed city (`traded from Dallas to Green
        // Bay`), as long as no list has it as a country.
        let unlisted =
            (moved_to || moved_from && after == "to") && c.label == Label::Place && !listed.place;
        // A name the training data has as an organisation too (`Chelsea`, read as a person) is a
        // club after a cue in a text about sport.
        let trained = weak && listed.trained_org && j == i + 1;
        // So is one read as a person before a player's or a manager's role and a name (`Chelsea
        // boss Jose Mourinho`, `Bolton keeper Jussi Jaaskelainen`) or its player's name (`Chelsea's
        // Damien Duff`), in a text about sport: a person is not named so.
        let staff = c.label == Label::Person
            && listed.trained_org
            && j == i + 1
            && (STAFF.contains(&after) && capitalised_at(text, tokens, j + 1)
                || possessive && next_is(Label::Person))
            && *doc_sport.get_or_insert_with(|| about_sport(tokens, forms, sentences));
        // So is a name no list has, read as a place for its last word (`Calderby Town`), before a
        // player's or a manager's role and a name (`Calderby Town manager Steve Ormerod`) or in an
        // apposition with a club (`Calderby Town, the seventh-tier club`); not a national side
        // (`Republic of Ireland manager Brian Kerr`).
        let unlisted_club = c.label == Label::Place
            && !listed.place
            && !(i..j).any(|k| super::tagger::listed_run(text, tokens, k, k + 1).country)
            && (STAFF.contains(&after) && capitalised_at(text, tokens, j + 1) || apposition)
            && *doc_sport.get_or_insert_with(|| about_sport(tokens, forms, sentences));
        if staff || unlisted_club {
            at_mut(found, m).label = Label::Org;
            continue;
        }
        // A side by its kind (`English side Gloucester`, `French club side Narbonne`) is a club
        // whatever the sentence is about, a city or a name no list has.
        let kind = CLUB_KINDS.contains(before) && (listed.city || !listed.place);
        if !(listed.city || state || unlisted || trained || kind) || listed.country {
            continue;
        }
        if weak || signed || kind || sport(!cue) {
            at_mut(found, m).label = Label::Org;
        }
        if signed && m > 1 {
            let k = starting_before(tokens, at(found, m - 1).span.start);
            let side = *at(found, m - 2);
            let (a, b) = super::names::token_range(tokens, side.span);
            let listed = super::tagger::listed_run(text, tokens, a, b);
            if b + 1 == k
                && side.source == Source::Name
                && matches!(side.label, Label::Person | Label::Place)
                && (listed.trained_org || listed.city)
                && !listed.country
            {
                at_mut(found, m - 2).label = Label::Org;
            }
        }
    }
}

/// True for a capitalised plural that is no nationality (`Mavericks`; not `Americans`, nor `the
/// States`, a country's national side).
fn is_nickname(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    w != "States"
        && w.len() > 3
        && starts_by(w, |c| c.is_ascii_uppercase())
        && w.ends_with('s')
        && !w.ends_with("ss")
        && all_bytes(tail(w, 1), |b| b.is_ascii_lowercase())
        && !super::tagger::lexicon::is_nationality(head(w, w.len() - 1))
}

/// True when at least two sentences of the text hold a word of [`SPORT_WORDS`] that is not one of
/// [`SPORT_TOO`]: a text about sport.
fn about_sport(tokens: &[Token], forms: &Forms, sentences: &[Span]) -> bool {
    // A count that stops at two, where `filter` and `nth` brought the adapters' loops.
    let mut seen = 0;
    for &s in sentences {
        if has_sport_word(tokens, forms, s, false) {
            seen += 1;
            if seen == 2 {
                return true;
            }
        }
    }
    false
}

/// Labels a place a one-word town of the lists that the tagger or the consistency stage took for
/// its club, after a word of place (`Police in Leeds` beside `Leeds United`, `flats in Bury,
/// Rochdale and Oldham`) in a sentence with no word of sport, with the towns listed after it:
/// CoNLL-2003 knows `Bury` and `Bolton` only as clubs, from its results. Not after `from` or `to`
/// (`sign Isak from Newcastle`, `buy TSB from Sabadell`). `found` is sorted.
pub(super) fn label_towns_outside_sport(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    crate::word_list::word_lists! {
        /// Words of place before a town.
        const TOWN_CUES = "in near around across outside through via";
    }
    let mut town = false;
    for m in 0..found.len() {
        let c = *at(found, m);
        let (i, j) = super::names::token_range(tokens, c.span);
        let before = if i > 0 { forms.lower(i - 1) } else { "" };
        // The mention after a town, in its list (`Rochdale` of `in Bury, Rochdale`).
        let listed_after = town
            && m > 0
            && crate::text::is_one_of(
                super::text_between(text, at(found, m - 1), &c),
                ", | and |, and ",
            );
        // A town in a list ends there or goes on to the next (not `In London, Brent crude`).
        let after = crate::text::tail(text, c.span.end);
        let cued = listed_after
            && (starts_by(after, |c| matches!(c, ',' | '.')) || after.starts_with(" and "))
            || TOWN_CUES.contains(&before);
        // A place opens the list (`in Ashton, Bury`).
        town = cued && c.label == Label::Place;
        if c.label != Label::Org
            || j != i + 1
            || !cued
            || !super::tagger::listed_run(text, tokens, i, j).city
        {
            continue;
        }
        let k = ending_by(sentences, c.span.start);
        if sentences
            .get(k)
            .is_some_and(|s| has_sport_word(tokens, forms, *s, true))
        {
            continue;
        }
        at_mut(found, m).label = Label::Place;
        town = true;
    }
}

/// Labels a place a one-word "person" that the lists have as a city, after `in`, `near` or
/// `outside` and a lower-case word (`election workers near Houston`), not before a possessive; not
/// after `from` (`takes heart from Hamilton`, the driver).
pub(super) fn label_towns_named_like_people(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    found: &mut [Candidate],
) {
    crate::word_list::word_lists! {
        /// Words of place before a town that may read as a person.
        const PLACE_CUES = "in near outside";
    }
    for c in found.iter_mut() {
        let (i, j) = super::names::token_range(tokens, c.span);
        if c.label != Label::Person
            || j != i + 1
            || i < 2
            || !PLACE_CUES.contains(&forms.lower(i - 1))
            || !starts_by(at(tokens, i - 2).text(text), crate::text::is_lower)
            || starts_by(crate::text::tail(text, c.span.end), |c| {
                matches!(c, '\'' | '\u{2019}')
            })
            || !super::tagger::listed_run(text, tokens, i, j).city
        {
            continue;
        }
        c.label = Label::Place;
    }
}

/// Labels a place a one-word organisation after `at the` in a sentence about sport: a ground named
/// for its sponsor or its club (`Arsenal lead 4-0 at the Emirates`, `a hundred at the SCG`); the
/// looked-at sets have three such grounds, and nine organisations after `at the` in sentences of
/// other kinds (`at the Pentagon`, `at the Fed`). `found` is sorted.
pub(super) fn label_grounds_in_sport(
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    for c in found.iter_mut() {
        let (i, j) = super::names::token_range(tokens, c.span);
        if c.label != Label::Org
            || j != i + 1
            || i < 2
            || !forms.lower_is(i - 1, "the")
            || !forms.lower_is(i - 2, "at")
        {
            continue;
        }
        // The ground ends the phrase (not `at the Rolls-Royce site`).
        if tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) {
            continue;
        }
        let k = ending_by(sentences, c.span.start);
        // A word of sport or a score in the sentence (`lead Atletico Madrid 4-0 at the Emirates`).
        if sentences.get(k).is_some_and(|s| {
            let (a, b) = super::names::token_range(tokens, *s);
            has_sport_word(tokens, forms, *s, false) || (a..b).any(|k| has_score(forms.lower(k)))
        }) {
            c.label = Label::Place;
        }
    }
}

/// True when the sentence `s` holds a word of [`SPORT_WORDS`] (one of [`SPORT_TOO`] only when
/// `everyday_too`), not a `money transfer` (a payments firm's).
pub(super) fn has_sport_word(tokens: &[Token], forms: &Forms, s: Span, everyday_too: bool) -> bool {
    let (a, b) = super::names::token_range(tokens, s);
    (a..b).any(|k| {
        let w = forms.lower(k);
        SPORT_WORDS.contains_sorted(w)
            && (everyday_too || !SPORT_TOO.contains(&w))
            && !(k > a && forms.lower_is(k - 1, "money"))
    })
}

/// True when the sentence (of `sentences`) that holds byte `at` has a word of [`SPORT_WORDS`],
/// everyday ones too.
fn in_sport_sentence(tokens: &[Token], forms: &Forms, sentences: &[Span], at: usize) -> bool {
    sentences
        .get(ending_by(sentences, at))
        .is_some_and(|s| has_sport_word(tokens, forms, *s, true))
}

/// A preposition and the words before it that make the city after them a side in a sentence
/// about sport: a result against it or a match with it.
static RESULTS_BEFORE: [(&str, WordList); 5] = [
    ("over", WINS),
    ("to", LOSSES),
    ("by", BEATEN),
    ("with", DRAWS),
    ("on", TAKE),
];

/// True when `s` holds a score: digits, a hyphen or an en dash, digits (`112-105`, `2–1`).
fn has_score(s: &str) -> bool {
    let b = s.as_bytes();
    (1..b.len()).any(|i| {
        crate::vecs::at(b, i - 1).is_ascii_digit()
            && char_at(s, i).is_some_and(|c| matches!(c, '-' | '–'))
            && chars(tail(s, i)).nth(1).is_some_and(|c| c.is_ascii_digit())
    })
}

/// True when `t` is a word with an ASCII capital first and no digit, for [`team`]. Inlined
/// natively; one call in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_team_word(text: &str, t: &Token) -> bool {
    let w = t.text(text).as_bytes();
    t.kind == TokenKind::Word
        && w.first().is_some_and(u8::is_ascii_uppercase)
        && !w.iter().any(u8::is_ascii_digit)
}

/// The end of a team's name starting at token `i`: words with an ASCII capital first and no digit,
/// with connectors and attached marks between them (`St. Johnstone`, `Jed-Forest`); `None` unless it
/// starts with such a word, or when a headline's words make it up ([`headline_words`]).
fn team(text: &str, line: &[Token], i: usize) -> Option<usize> {
    let capital = |t: &Token| is_team_word(text, t);
    if !line.get(i).is_some_and(capital) {
        return None;
    }
    let mut end = i + 1;
    for k in i + 1..line.len() {
        let t = &line[k];
        let w = t.text(text);
        let attached = t.span.start == token_at(line, k - 1).span.end;
        if capital(t) {
            end = k + 1;
        } else if !(CONNECTORS.contains(&w) || (attached && GLUED_NAME_MARKS.contains(w))) {
            break;
        }
    }
    (!headline_words(text, token_run(line, i, end))).then_some(end)
}

/// True when `team` holds a result verb or opens with a stopword (`ENGLAND BEAT ITALY` and `IN
/// TWICKENHAM` of a headline in capitals, `ENGLAND BEAT ITALY 54-21 IN TWICKENHAM`), which no team's
/// name does.
fn headline_words(text: &str, team: &[Token]) -> bool {
    let low = |t: &Token| crate::case::lowercase(t.text(text));
    team.iter().any(|t| RESULT_VERBS.contains(&low(t).as_str()))
        || team
            .first()
            .is_some_and(|t| crate::stopwords::is_stopword(&low(t)))
}

/// How many plain scores (one to three digits) follow from token `i`.
fn scores(text: &str, line: &[Token], i: usize) -> usize {
    token_run(line, i.min(line.len()), line.len())
        .iter()
        .take_while(|t| {
            t.kind == TokenKind::Number
                && t.span.len() <= 3
                && all_bytes(t.text(text), |b| b.is_ascii_digit())
        })
        .count()
}

/// The team named by the tokens `line[a..b]` (not empty), as a line's names list it. Inlined
/// natively; one call in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn team_at(line: &[Token], a: usize, b: usize) -> OnLine<'_> {
    let toks = token_run(line, a, b);
    (span_of(toks), toks, Role::Team)
}

/// The bytes from the first to the last of `toks` (not empty). Inlined natively; one call in the
/// .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn span_of(toks: &[Token]) -> Span {
    Span::new(
        token_at(toks, 0).span.start,
        token_at(toks, toks.len() - 1).span.end,
    )
}

/// Labels ORG the name right after an entrant's country in brackets on a numbered results line of a
/// race, before a time or a score (`3. Bobby Rahal ( U.S. ) , Reynard Mercedes-Benz , 54.507`,
/// `1. Damon Hill ( Britain ) Williams 1:53:52`): the entrant's team or car maker, which CoNLL-2003
/// marks ORG (in its train set 107 of the 131 names there; the other 24 are car models, MISC, which
/// stay). Only a place or a person is relabelled. `found` is sorted.
pub(super) fn label_entrant_teams(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let is = |k: usize, word: &str| token_is(text, tokens, k, word);
    for c in found.iter_mut() {
        if !matches!(c.label, Label::Place | Label::Person) || c.source != Source::Name {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        // `) ,` or `)` before the name; a number, maybe after a comma, after it.
        let Some(mut close) = a.checked_sub(1) else {
            continue;
        };
        if is(close, ",") {
            close = close.wrapping_sub(1);
        }
        let next = if is(b, ",") { b + 1 } else { b };
        let timed = tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Number);
        if !is(close, ")") || !timed {
            continue;
        }
        // The country in brackets: one to three words the lists have as a place.
        let Some(open) = (close.saturating_sub(4)..close).rev().find(|&k| is(k, "(")) else {
            continue;
        };
        if open + 1 == close || !super::tagger::listed_run(text, tokens, open + 1, close).place {
            continue;
        }
        // The line opens with a rank (`3.`, `10 .`) at most a dozen tokens before the bracket and
        // holds no break before the name.
        let breaks = |k: usize| {
            k == 0 || {
                let gap = Span::new(
                    token_at(tokens, k - 1).span.end,
                    token_at(tokens, k).span.start,
                );
                has_any(gap.slice(text), &['\n', '\r'])
            }
        };
        let Some(first) = (open.saturating_sub(12)..open + 1)
            .rev()
            .find(|&k| breaks(k))
        else {
            continue;
        };
        let line = Span::new(token_at(tokens, first).span.start, c.span.start).slice(text);
        let rank = split_once_char(trim_start_by(line, is_space), '.').is_some_and(|(n, _)| {
            let n = trim_by(n, is_space);
            !n.is_empty() && all_char(n, |ch| ch.is_ascii_digit())
        });
        if rank {
            c.label = Label::Org;
        }
    }
}

/// [`super::tagger::listed`] of the tokens of `span`, for [`label_fixture_sides`]. Inlined natively;
/// one call in the .wasm, where the closure was inlined at both uses.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn listed_span(text: &str, tokens: &[Token], span: Span) -> super::tagger::Listed {
    let (a, b) = super::names::token_range(tokens, span);
    super::tagger::listed_run(text, tokens, a, b)
}

/// Labels the two sides of a fixture, two names about a lone `v` or `vs` (`Newcastle v Tottenham`,
/// `ENGLAND V PAKISTAN`), as one kind: two countries are national sides and keep the place label,
/// and a city or a town beside a club or another city is a club (ORG), as CoNLL-2003 marks them
/// (train and dev: all 59 pairs of other names ORG, all 12 pairs of countries LOC). Two people are
/// a court case (`Roe v Wade`) and are left alone, and so is a country against a club. The fixture
/// fills its line (`Newcastle v Chelsea` of a draw, maybe `or` another side after it) or its
/// sentence is about sport (a word of [`SPORT_WORDS`]): not a company's fight with a government
/// (`Apple vs Brussels: a timeline`). `found` is sorted.
pub(super) fn label_fixture_sides(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let bytes = text.as_bytes();
    let alone = |x: Span, y: Span| {
        (x.start == 0 || matches!(*crate::vecs::at(bytes, x.start - 1), b'\n' | b'\r'))
            && (matches!(bytes.get(y.end), None | Some(b'\n' | b'\r'))
                || tail(text, y.end).starts_with(" or "))
    };
    let sport = |x: Span| in_sport_sentence(tokens, forms, sentences, x.start);
    for i in 1..found.len() {
        let (x, y) = (*at(found, i - 1), *at(found, i));
        let gap = Span::new(x.span.end, y.span.start).slice(text);
        let versus = gap
            .strip_prefix(' ')
            .and_then(|g| g.strip_suffix(' '))
            .is_some_and(|w| crate::text::any_eq_ignore_case(&["v", "vs", "v.", "vs."], w));
        if !versus
            || x.source != Source::Name
            || y.source != Source::Name
            || !(alone(x.span, y.span) || sport(x.span))
        {
            continue;
        }
        let listed = |c: &Candidate| listed_span(text, tokens, c.span);
        let (lx, ly) = (listed(&x), listed(&y));
        let sides = [(i - 1, x, lx), (i, y, ly)];
        if lx.country && ly.country {
            for (k, c, _) in sides {
                if c.label == Label::Org {
                    at_mut(found, k).label = Label::Place;
                }
            }
        } else if !lx.country && !ly.country {
            let club = |c: &Candidate| matches!(c.label, Label::Org | Label::Place);
            if !club(&x) && !club(&y) {
                continue;
            }
            for (k, c, l) in sides {
                if c.label == Label::Place || c.label == Label::Person && l.place {
                    at_mut(found, k).label = Label::Org;
                }
            }
        }
    }
}

/// Adds an ORG mention for a team of [`SINGULAR_TEAMS`] after `the` or before its score or a result's
/// verb in a sentence about sport (a word of [`SPORT_WORDS`], or a score: `as the Thunder beat the
/// Spurs 118-104`, `Thunder 108, Spurs 104`) where no mention
/// is, or labels ORG a mention of that word alone; drops the tagger's organisation of that word
/// alone opening a sentence elsewhere (see below). `found` is sorted and stays so.
pub(super) fn add_singular_teams(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut Vec<Candidate>,
) {
    let mut add = Vec::new();
    let mut dropped = false;
    for k in 0..tokens.len() {
        let t = token_at(tokens, k);
        // After `the`, or before its score or a result's verb (`Thunder 108, Spurs 104`, `as
        // Thunder beat Spurs`).
        let acts = || {
            tokens.get(k + 1).is_some_and(|n| {
                n.kind == crate::tokens::TokenKind::Number
                    || RESULT_VERBS.contains(forms.lower(k + 1))
            })
        };
        if !(may_start(text, tokens, k, |b| b.is_ascii_uppercase())
            && SINGULAR_TEAMS.contains(t.text(text)))
        {
            continue;
        }
        let i = found.partition_point(|c| c.span.end <= t.span.start);
        let over = found.get(i).filter(|c| c.span.start < t.span.end).copied();
        // Free, or a name of that word alone (the tagger's `Wild` of `The Wild signed`).
        let alone = over.is_none_or(|c| c.span == t.span && c.source == Source::Name);
        let sport = || {
            in_sport_sentence(tokens, forms, sentences, t.span.start)
                || sentences
                    .get(ending_by(sentences, t.span.start))
                    .is_some_and(|s| has_score(s.slice(text)))
        };
        if k == 0 || !(forms.lower_is(k - 1, "the") || acts()) {
            // Elsewhere the tagger's organisation of that word alone, opening a sentence that is
            // not about sport (where the capital says nothing) and joined by `and` or `or` to what
            // follows, is the everyday word, unless a list has it (`Thunder and rain swept over the
            // town`, the tagger reading the team of the sentences before; not `group Liberty
            // said`).
            if over.is_some_and(|c| alone && c.label == Label::Org)
                && sentences
                    .get(ending_by(sentences, t.span.start))
                    .is_some_and(|s| {
                        !crate::text::any_char(
                            Span::new(s.start.min(t.span.start), t.span.start).slice(text),
                            crate::text::is_alnum,
                        )
                    })
                && !sport()
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| crate::text::is_one_of(n.text(text), "and|or"))
                && crate::entities::tagger::list_label(text, token_run(tokens, k, k + 1)).is_none()
            {
                at_mut(found, i).span = Span::new(t.span.start, t.span.start);
                dropped = true;
            }
            continue;
        }
        if !alone || !sport() {
            continue;
        }
        match over {
            Some(_) => at_mut(found, i).label = Label::Org,
            None => Candidate::push_to(&mut add, t.span, Label::Org, Source::Name),
        }
    }
    if dropped {
        crate::entities::drop_empty(found);
    }
    if !add.is_empty() {
        crate::vecs::extend(found, add);
        super::sort_by_start(found);
    }
}

/// Labels ORG a city, or a name no list has, read as a place in brackets right after a person's
/// name in a text about sport: the player's club, as a squad lists it (`Bellamy (Newcastle)`,
/// `Dimitri Yachvili (Biarritz)`, `Andy Craig (Glasgow Rugby)`), as CoNLL-2003
/// marks it (train: 63 such names ORG, among them `Sion`, `Lens` and `Monaco`, against two cities
/// LOC); a country stays a place (a national side, or a player's country: 1,360 LOC there), and so
/// does a county or a state (a referee's, `H Webb (S Yorkshire)`). `found` is sorted.
pub(super) fn label_clubs_in_brackets(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    sentences: &[Span],
    found: &mut [Candidate],
) {
    let mut doc_sport: Option<bool> = None;
    for i in 1..found.len() {
        let (p, c) = (*at(found, i - 1), *at(found, i));
        if p.label != Label::Person
            || c.label != Label::Place
            || c.source != Source::Name
            || !crate::text::is_one_of(Span::new(p.span.end, c.span.start).slice(text), " (| ( ")
            || !(tail(text, c.span.end).starts_with(')')
                || tail(text, c.span.end).starts_with(" )"))
        {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        let listed = super::tagger::listed_run(text, tokens, a, b);
        // A name no list has is a club too (`Calvisano`, `Stade Francais`), unless it reads as a
        // county (`Staffordshire`), a short form (`Aus`) or opens with a compass point's letter
        // (`S Yorkshire`, `S Africa`).
        let name = c.span.slice(text);
        let unlisted = !listed.place
            && name.len() > 3
            && !name.ends_with("shire")
            && !matches!(head(name, 2), "N " | "S " | "E " | "W ");
        if (listed.city || unlisted)
            && !listed.country
            && *doc_sport.get_or_insert_with(|| about_sport(tokens, forms, sentences))
        {
            at_mut(found, i).label = Label::Org;
        }
    }
}

/// Labels a person the one-word organisation between a rank and a bracketed team in a results list
/// (`1 Norris (McLaren), 2 Leclerc (Ferrari)`): the driver or player the team is in brackets after,
/// as [`label_clubs_in_brackets`] reads it; the tagger took an unknown surname in a line of
/// teams for one more team. The rank opens the line or follows a comma or a colon. `found` is
/// sorted.
pub(super) fn label_ranked_people(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for i in 0..found.len().saturating_sub(1) {
        let (p, c) = (*at(found, i), *at(found, i + 1));
        if p.label != Label::Org
            || !matches!(c.label, Label::Org | Label::Place)
            || Span::new(p.span.end, c.span.start).slice(text) != " ("
            || !tail(text, c.span.end).starts_with(')')
        {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, p.span);
        let ranked = b == a + 1
            && a > 0
            && token_at(tokens, a - 1).kind == TokenKind::Number
            && crate::text::one_space(text, token_at(tokens, a - 1).span.end, p.span.start)
            && (a == 1 || {
                let before = head(text, token_at(tokens, a - 1).span.start);
                before.ends_with('\n') || before.ends_with(", ") || before.ends_with(": ")
            });
        if ranked && super::tagger::lexicon::known_span(text, p.span).is_none() {
            at_mut(found, i).label = Label::Person;
        }
    }
}

/// Labels PLACE the ground before a colon that opens a line of cricket or rugby scores, maybe
/// after `At` (`At Colchester : Gloucestershire 280`, `Chesterfield : Worcestershire 238`): where
/// the match is played, as CoNLL-2003 marks it (train and dev: all 45 such grounds after `At`),
/// though the ground's name is a club's too. The team after the colon must have a score. `found`
/// is sorted.
pub(super) fn label_grounds(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for i in 0..found.len() {
        let c = *at(found, i);
        if c.source != Source::Name {
            continue;
        }
        let (a, b) = super::names::token_range(tokens, c.span);
        // The line opens with the ground, or with `At` and the ground.
        let opener = if a > 0 && token_is(text, tokens, a - 1, "At") {
            a - 1
        } else {
            a
        };
        let line_start = opener == 0 || {
            let prev = token_at(tokens, opener - 1);
            has_any(
                Span::new(prev.span.end, token_at(tokens, opener).span.start).slice(text),
                &['\n', '\r'],
            )
        };
        if !line_start || !token_is(text, tokens, b, ":") {
            continue;
        }
        // A team right after the colon, then its score.
        let Some(team) = found.get(i + 1) else {
            continue;
        };
        let (ta, tb) = super::names::token_range(tokens, team.span);
        let scored = ta == b + 1 && tokens.get(tb).is_some_and(|t| t.kind == TokenKind::Number);
        // A ground the lists have as a place, read as a club or a person (not `Premier League`).
        let ground = matches!(c.label, Label::Org | Label::Person)
            && super::tagger::listed_run(text, tokens, a, b).place;
        if scored && ground && team.label == Label::Org {
            at_mut(found, i).label = Label::Place;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-byte tests before the per-token look-ups ([`crate::tokens::may_start`]) hold for
    /// every word of their lists.
    #[test]
    fn first_byte_tests_hold_for_their_lists() {
        let first = |w: &str| w.as_bytes()[0];
        assert!(SINGULAR_TEAMS.iter().all(|w| first(w).is_ascii_uppercase()));
        assert!(RESULT_VERBS.iter().all(|w| opens_result_verb(first(w))));
    }

    /// [`label_clubs_in_sport`] finds a sport word by binary search.
    #[test]
    fn sport_words_are_sorted_and_lower_case() {
        assert!(SPORT_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(SPORT_WORDS
            .iter()
            .all(|w| all_bytes(w, |b| b.is_ascii_lowercase() || b == b'-')));
    }

    /// A listed place opening a line of scores before a colon and a team with a score is the
    /// ground (PLACE), though read as a club; a competition there is left alone, and so is a
    /// ground before a line without a score.
    #[test]
    fn a_ground_before_the_scores_is_a_place() {
        let text = "Results on Thursday :\nDerby : Worcestershire 238 ; Derbyshire 166-1\n\
                    At Portsmouth : Middlesex 199\nPremier League : Arsenal 2 Chelsea 1\n\
                    Bristol : Gloucestershire batting\n";
        let tokens = crate::tokens::tokenize(text);
        let mut found = crate::entities::candidates_in(
            text,
            &[
                ("Derby", Label::Org),
                ("Worcestershire", Label::Org),
                ("Derbyshire", Label::Org),
                ("Portsmouth", Label::Org),
                ("Middlesex", Label::Org),
                ("Premier League", Label::Misc),
                ("Arsenal", Label::Org),
                ("Chelsea", Label::Org),
                ("Bristol", Label::Org),
                ("Gloucestershire", Label::Org),
            ],
        );
        label_grounds(text, &tokens, &mut found);
        let label = |name: &str| {
            found
                .iter()
                .find(|c| c.span.slice(text) == name)
                .map(|c| c.label)
        };
        assert_eq!(label("Derby"), Some(Label::Place));
        assert_eq!(label("Portsmouth"), Some(Label::Place));
        assert_eq!(label("Worcestershire"), Some(Label::Org));
        assert_eq!(label("Premier League"), Some(Label::Misc));
        assert_eq!(label("Bristol"), Some(Label::Org));
    }
}
