//! The structural invariants of an [`Analysis`], as one function that returns the first broken one.
//!
//! - sentences are in order, non-empty, trimmed, inside the text, on char boundaries and together hold
//!   every non-whitespace character (no lost text);
//! - entities are in bounds, on char boundaries, sorted, disjoint, inside their sentence, `text` the
//!   slice, `group` a valid index, of an asked-for label;
//! - groups: ids are indices and the mention counts add up;
//! - summary indices valid, ascending, no more than asked for; keywords no more than asked for;
//! - tokens and noun phrases (when asked for) in order, disjoint, on char boundaries;
//! - stats agree with the lists.

use article_analyzer::{Analysis, Options};

/// `Err` names the first invariant of `a` (the analysis of `text` with `opts`) that does not hold.
pub fn check(text: &str, opts: &Options, a: &Analysis) -> Result<(), String> {
    let ok = |cond: bool, what: &dyn Fn() -> String| if cond { Ok(()) } else { Err(what()) };
    let boundary = |i: usize| i <= text.len() && text.is_char_boundary(i);
    let mut prev = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        ok(s.start < s.end && s.end <= text.len(), &|| {
            format!("sentence {i} empty or out of bounds: {s:?}")
        })?;
        ok(s.start >= prev, &|| format!("sentence {i} out of order"))?;
        ok(boundary(s.start) && boundary(s.end), &|| {
            format!("sentence {i} not on char boundaries")
        })?;
        ok(
            text[prev..s.start].chars().all(char::is_whitespace),
            &|| format!("lost text before sentence {i}: {:?}", &text[prev..s.start]),
        )?;
        let body = &text[s.start..s.end];
        ok(body.trim() == body, &|| format!("sentence {i} not trimmed"))?;
        prev = s.end;
    }
    ok(text[prev..].chars().all(char::is_whitespace), &|| {
        format!("lost text after the last sentence: {:?}", &text[prev..])
    })?;
    let mut last = 0;
    for (i, e) in a.entities.iter().enumerate() {
        ok(e.start < e.end && e.end <= text.len(), &|| {
            format!("entity {i} empty or out of bounds")
        })?;
        ok(boundary(e.start) && boundary(e.end), &|| {
            format!("entity {i} not on char boundaries")
        })?;
        ok(e.start >= last, &|| {
            format!("entity {i} overlaps or is out of order")
        })?;
        last = e.end;
        ok(e.text == text[e.start..e.end], &|| {
            format!("entity {i} text is not its slice")
        })?;
        ok(e.sentence < a.sentences.len(), &|| {
            format!("entity {i} sentence index")
        })?;
        let s = a.sentences[e.sentence];
        ok(s.start <= e.start && e.end <= s.end, &|| {
            format!("entity {i} {:?} not inside its sentence", e.text)
        })?;
        ok(e.group < a.groups.len(), &|| {
            format!("entity {i} group index")
        })?;
        if let Some(labels) = &opts.labels {
            ok(labels.contains(&e.label), &|| {
                format!("entity {i} has a label not asked for")
            })?;
        }
    }
    let mut counts = vec![0usize; a.groups.len()];
    for e in &a.entities {
        counts[e.group] += 1;
    }
    for (i, g) in a.groups.iter().enumerate() {
        ok(
            g.id == i && g.mentions > 0 && counts[i] == g.mentions,
            &|| {
                format!(
                    "group {i}: id {} mentions {} counted {}",
                    g.id, g.mentions, counts[i]
                )
            },
        )?;
    }
    let most = match opts.summary_ratio {
        Some(r) if r > 0.0 && r.is_finite() => (r * a.sentences.len() as f64).ceil() as usize,
        Some(_) => 0,
        None => opts.summary_sentences,
    };
    ok(a.summary.len() <= most, &|| "summary too long".into())?;
    ok(a.summary.windows(2).all(|w| w[0] < w[1]), &|| {
        "summary not ascending".into()
    })?;
    ok(a.summary.iter().all(|&i| i < a.sentences.len()), &|| {
        "summary index out of range".into()
    })?;
    ok(a.keywords.len() <= opts.keywords, &|| {
        "too many keywords".into()
    })?;
    for k in &a.keywords {
        ok(
            !k.text.is_empty() && k.count > 0 && k.score.is_finite(),
            &|| format!("bad keyword {k:?}"),
        )?;
    }
    ok(a.tokens.is_some() == opts.tokens, &|| {
        "tokens asked for or not".into()
    })?;
    ok(a.noun_phrases.is_some() == opts.noun_phrases, &|| {
        "noun phrases asked for or not".into()
    })?;
    let mut last = 0;
    for t in a.tokens.iter().flatten() {
        ok(
            t.start < t.end && t.end <= text.len() && t.start >= last,
            &|| format!("token {t:?} out of order or bounds"),
        )?;
        ok(boundary(t.start) && boundary(t.end), &|| {
            format!("token {t:?} not on char boundaries")
        })?;
        last = t.end;
    }
    let mut last = 0;
    for p in a.noun_phrases.iter().flatten() {
        ok(
            p.start < p.end && p.end <= text.len() && p.start >= last,
            &|| format!("noun phrase {p:?} out of order or bounds"),
        )?;
        ok(
            boundary(p.start) && boundary(p.end) && p.text == text[p.start..p.end],
            &|| format!("noun phrase {p:?} not its slice"),
        )?;
        last = p.end;
    }
    ok(a.stats.sentences == a.sentences.len(), &|| {
        "stats.sentences".into()
    })?;
    ok(a.stats.characters == text.chars().count(), &|| {
        "stats.characters".into()
    })?;
    Ok(())
}
