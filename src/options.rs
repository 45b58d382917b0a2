//! What an analysis should produce, and the validation of options that arrive as JSON or JS objects.

use serde_json::Value;

use crate::entities::gazetteer::GazetteerEntry;
use crate::entities::Label;
use crate::error::Error;

/// Options of an analysis. `Options::default()` gives every label, 10 keywords and a 3-sentence summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Labels to report; entities of other labels are dropped. `None` keeps every label.
    pub labels: Option<Vec<Label>>,
    /// Phrases that must get a given label, whatever the model says.
    pub gazetteer: Vec<GazetteerEntry>,
    /// How many keyphrases to return.
    pub keywords: usize,
    /// How many sentences the summary holds (unless `summary_ratio` is set).
    pub summary_sentences: usize,
    /// Report every token with its part of speech ([`crate::Analysis::tokens`]); off by default.
    pub tokens: bool,
    /// Report the base noun phrases ([`crate::Analysis::noun_phrases`]); off by default.
    pub noun_phrases: bool,
    /// The summary's length as a share of the text's sentences (0 < r <= 1, rounded up); when set,
    /// it replaces `summary_sentences`.
    pub summary_ratio: Option<f64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            labels: None,
            gazetteer: Vec::new(),
            keywords: 10,
            summary_sentences: 3,
            tokens: false,
            noun_phrases: false,
            summary_ratio: None,
        }
    }
}

const FIELDS: &str =
    "labels, gazetteer, keywords, summarySentences, summaryRatio, tokens, nounPhrases";

impl Options {
    /// Reads options from a JSON-like value: `{labels, gazetteer, keywords, summarySentences,
    /// summaryRatio, tokens, nounPhrases}`, every field optional; `null`/absent means the default.
    /// `summarySentences` and `summaryRatio` are two ways to give one length, so at most one of them
    /// may be given. Errors name the offending field.
    pub fn from_json(value: &Value) -> Result<Options, Error> {
        let mut o = Options::default();
        let map = match value {
            Value::Null => return Ok(o),
            Value::Object(m) => m,
            other => {
                return Err(Error::new(format!(
                    "options: expected an object, got {}",
                    kind(other)
                )))
            }
        };
        for (key, v) in map {
            match key.as_str() {
                "labels" => o.labels = labels(v)?,
                "gazetteer" => o.gazetteer = gazetteer(v)?,
                "keywords" => o.keywords = count("keywords", v, 10)?,
                "summarySentences" | "summary_sentences" => {
                    o.summary_sentences = count("summarySentences", v, 3)?
                }
                "tokens" => o.tokens = flag("tokens", v)?,
                "nounPhrases" | "noun_phrases" => o.noun_phrases = flag("nounPhrases", v)?,
                "summaryRatio" | "summary_ratio" => o.summary_ratio = ratio("summaryRatio", v)?,
                _ => {
                    return Err(Error::new(format!(
                        "options.{key}: unknown option (known: {FIELDS})"
                    )))
                }
            }
        }
        let given = |a: &str, b: &str| map.get(a).or(map.get(b)).is_some_and(|v| !v.is_null());
        if given("summaryRatio", "summary_ratio") && given("summarySentences", "summary_sentences")
        {
            return Err(Error::new(
                "options.summaryRatio: give either summarySentences or summaryRatio, not both",
            ));
        }
        Ok(o)
    }

    /// The summary's length: `summary_ratio` when set, else `summary_sentences`.
    pub fn summary_length(&self) -> crate::summary::Length {
        match self.summary_ratio {
            Some(r) => crate::summary::Length::Ratio(r),
            None => crate::summary::Length::Sentences(self.summary_sentences),
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn label(field: &str, v: &Value) -> Result<Label, Error> {
    let name = v
        .as_str()
        .ok_or_else(|| Error::new(format!("{field}: expected a label name, got {}", kind(v))))?;
    Label::parse(name).ok_or_else(|| {
        let all: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        Error::new(format!(
            "{field}: unknown label {name:?} (known: {})",
            all.join(", ")
        ))
    })
}

fn labels(v: &Value) -> Result<Option<Vec<Label>>, Error> {
    match v {
        Value::Null => Ok(None),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, x)| label(&format!("options.labels[{i}]"), x))
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        other => Err(Error::new(format!(
            "options.labels: expected an array of label names, got {}",
            kind(other)
        ))),
    }
}

fn gazetteer(v: &Value) -> Result<Vec<GazetteerEntry>, Error> {
    let items = match v {
        Value::Null => return Ok(Vec::new()),
        Value::Array(items) => items,
        other => {
            return Err(Error::new(format!(
                "options.gazetteer: expected an array of {{text, label}}, got {}",
                kind(other)
            )))
        }
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let field = format!("options.gazetteer[{i}]");
            let obj = item.as_object().ok_or_else(|| {
                Error::new(format!(
                    "{field}: expected {{text, label}}, got {}",
                    kind(item)
                ))
            })?;
            let text = obj
                .get("text")
                .and_then(Value::as_str)
                .filter(|t| !t.trim().is_empty())
                .ok_or_else(|| Error::new(format!("{field}.text: expected a non-empty string")))?;
            let l = label(
                &format!("{field}.label"),
                obj.get("label").unwrap_or(&Value::Null),
            )?;
            if let Some(k) = obj.keys().find(|k| *k != "text" && *k != "label") {
                return Err(Error::new(format!(
                    "{field}.{k}: unknown field (known: text, label)"
                )));
            }
            Ok(GazetteerEntry {
                text: text.to_string(),
                label: l,
            })
        })
        .collect()
}

fn flag(field: &str, v: &Value) -> Result<bool, Error> {
    match v {
        Value::Null => Ok(false),
        Value::Bool(b) => Ok(*b),
        other => Err(Error::new(format!(
            "options.{field}: expected true or false, got {}",
            kind(other)
        ))),
    }
}

fn count(field: &str, v: &Value, default: usize) -> Result<usize, Error> {
    match v {
        Value::Null => Ok(default),
        Value::Number(n) => match n.as_f64() {
            Some(x) if x >= 0.0 && x.fract() == 0.0 && x <= 10_000.0 => Ok(x as usize),
            _ => Err(Error::new(format!(
                "options.{field}: expected a whole number from 0 to 10000, got {n}"
            ))),
        },
        other => Err(Error::new(format!(
            "options.{field}: expected a whole number, got {}",
            kind(other)
        ))),
    }
}

fn ratio(field: &str, v: &Value) -> Result<Option<f64>, Error> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => match n.as_f64() {
            Some(x) if x > 0.0 && x <= 1.0 => Ok(Some(x)),
            _ => Err(Error::new(format!(
                "options.{field}: expected a number greater than 0 and at most 1, got {n}"
            ))),
        },
        other => Err(Error::new(format!(
            "options.{field}: expected a number greater than 0 and at most 1, got {}",
            kind(other)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_and_validates() {
        let o = Options::from_json(
            &json!({"labels": ["PERSON", "org"], "keywords": 15, "summarySentences": 4,
            "gazetteer": [{"text": "ECB", "label": "ORG"}]}),
        )
        .unwrap();
        assert_eq!(o.labels, Some(vec![Label::Person, Label::Org]));
        assert_eq!(
            (o.keywords, o.summary_sentences, o.gazetteer.len()),
            (15, 4, 1)
        );
        assert_eq!(
            Options::from_json(&Value::Null).unwrap(),
            Options::default()
        );
        let err = |v: Value| Options::from_json(&v).unwrap_err().to_string();
        assert!(err(json!({"keywords": -1})).starts_with("options.keywords:"));
        assert!(err(json!({"labels": ["PLANET"]})).starts_with("options.labels[0]:"));
        assert!(err(json!({"colour": 1})).starts_with("options.colour:"));
        assert!(err(json!({"gazetteer": [{"text": "x", "label": "NOPE"}]}))
            .starts_with("options.gazetteer[0].label:"));
        assert!(err(json!(5)).starts_with("options:"));
        let o = Options::from_json(&json!({"tokens": true, "nounPhrases": true})).unwrap();
        assert!(o.tokens && o.noun_phrases);
        let o = Options::from_json(&json!({"tokens": null})).unwrap();
        assert!(!o.tokens && !o.noun_phrases);
        assert!(err(json!({"tokens": 1})).starts_with("options.tokens:"));
        assert!(err(json!({"nounPhrases": "yes"})).starts_with("options.nounPhrases:"));
        for bad in [json!(0), json!(1.5), json!(-0.2), json!("half")] {
            assert!(err(json!({ "summaryRatio": bad })).starts_with("options.summaryRatio:"));
        }
        assert!(err(json!({"summaryRatio": 0.2, "summarySentences": 2}))
            .starts_with("options.summaryRatio:"));
        let o = Options::from_json(&json!({"summaryRatio": 0.25})).unwrap();
        assert_eq!(o.summary_ratio, Some(0.25));
        assert_eq!(o.summary_length(), crate::summary::Length::Ratio(0.25));
    }
}
