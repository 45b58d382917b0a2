//! What an analysis should produce, and the validation of options that arrive as JSON or JS objects.

use serde_json::Value;

use crate::entities::gazetteer::GazetteerEntry;
use crate::entities::Label;
use crate::error::Error;
use crate::text::{is_space, trim_by};

/// Options of an analysis. `Options::default()` gives every label, 10 keywords and a 3-sentence summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Labels to report; entities of other labels are dropped, and a nationality or a place that
    /// a dropped value holds takes its place (`Australian` of `90 million Australian dollars` when
    /// MONEY is not asked for). `None` keeps every label.
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

/// An option value as it arrives from JSON text or from a JavaScript object: what
/// [`Options::from_value`] validates. It keeps only what validation needs, so that the Wasm build
/// reads a JavaScript object without a JSON library.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionValue {
    /// `null`, or an absent (`undefined`) value: the default.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, and how its source writes it (quoted back in error messages).
    Number(f64, String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<OptionValue>),
    /// An object's fields, in any order (they are checked in the order of their names).
    Object(Vec<(String, OptionValue)>),
    /// Any other value (a function, a symbol, or something nested too deep to read), by what it is:
    /// `"a function"`, `"an object"`.
    Other(&'static str),
}

impl OptionValue {
    /// The value that JSON `value` holds.
    pub fn from_json(value: &Value) -> OptionValue {
        match value {
            Value::Null => OptionValue::Null,
            Value::Bool(b) => OptionValue::Bool(*b),
            Value::Number(n) => OptionValue::Number(n.as_f64().unwrap_or(f64::NAN), n.to_string()),
            Value::String(s) => OptionValue::String(s.clone()),
            Value::Array(items) => {
                let mut out = crate::vecs::with_capacity(items.len());
                for v in items {
                    crate::vecs::push(&mut out, Self::from_json(v));
                }
                OptionValue::Array(out)
            }
            Value::Object(m) => {
                let mut out = crate::vecs::with_capacity(m.len());
                for (k, v) in m {
                    crate::vecs::push(&mut out, (k.clone(), Self::from_json(v)));
                }
                OptionValue::Object(out)
            }
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, OptionValue::Null)
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            OptionValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// What the value is, for error messages: "a number", "an object".
    fn kind(&self) -> &'static str {
        match self {
            OptionValue::Null => "null",
            OptionValue::Bool(_) => "a boolean",
            OptionValue::Number(..) => "a number",
            OptionValue::String(_) => "a string",
            OptionValue::Array(_) => "an array",
            OptionValue::Object(_) => "an object",
            OptionValue::Other(kind) => kind,
        }
    }
}

/// An object's fields sorted by name (an insertion sort: options have a handful of fields), so that
/// of several bad fields the same one is reported whatever the order of the keys.
fn by_name(fields: &[(String, OptionValue)]) -> Vec<&(String, OptionValue)> {
    let mut sorted: Vec<&(String, OptionValue)> = crate::vecs::with_capacity(fields.len());
    for f in fields {
        let at = sorted.partition_point(|g| g.0 <= f.0);
        sorted.insert(at, f);
    }
    sorted
}

/// The value of the field `name` (the last one, should a source repeat it).
fn get<'a>(fields: &'a [(String, OptionValue)], name: &str) -> Option<&'a OptionValue> {
    fields.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v)
}

impl Options {
    /// Reads options from a JSON value: `{labels, gazetteer, keywords, summarySentences,
    /// summaryRatio, tokens, nounPhrases}`, every field optional; `null`/absent means the default.
    /// `summarySentences` and `summaryRatio` are two ways to give one length, so at most one of them
    /// may be given. Errors name the offending field.
    pub fn from_json(value: &Value) -> Result<Options, Error> {
        Options::from_value(&OptionValue::from_json(value))
    }

    /// Reads options from an [`OptionValue`], as [`Options::from_json`] does.
    pub fn from_value(value: &OptionValue) -> Result<Options, Error> {
        let mut o = Options::default();
        let map = match value {
            OptionValue::Null => return Ok(o),
            OptionValue::Object(m) => m,
            other => {
                return Err(Error::new(crate::vecs::format(format_args!(
                    "options: expected an object, got {}",
                    other.kind()
                ))))
            }
        };
        for (key, v) in by_name(map) {
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
                    return Err(Error::new(crate::vecs::format(format_args!(
                        "options.{key}: unknown option (known: {FIELDS})"
                    ))))
                }
            }
        }
        let given = |a: &str, b: &str| get(map, a).or(get(map, b)).is_some_and(|v| !v.is_null());
        if given("summaryRatio", "summary_ratio") && given("summarySentences", "summary_sentences")
        {
            return Err(Error::new(crate::vecs::to_string(
                "options.summaryRatio: give either summarySentences or summaryRatio, not both",
            )));
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

fn label(field: &str, v: &OptionValue) -> Result<Label, Error> {
    let name = v.as_str().ok_or_else(|| {
        Error::new(crate::vecs::format(format_args!(
            "{field}: expected a label name, got {}",
            v.kind()
        )))
    })?;
    Label::parse(name).ok_or_else(|| {
        // The names, comma-separated (a loop rather than `join`, one generic copy fewer in the .wasm).
        let mut known = String::new();
        for l in Label::ALL {
            if !known.is_empty() {
                crate::vecs::push_str(&mut known, ", ");
            }
            crate::vecs::push_str(&mut known, l.as_str());
        }
        Error::new(crate::vecs::format(format_args!(
            "{field}: unknown label {name:?} (known: {known})"
        )))
    })
}

fn labels(v: &OptionValue) -> Result<Option<Vec<Label>>, Error> {
    match v {
        OptionValue::Null => Ok(None),
        OptionValue::Array(items) => {
            let mut labels = crate::vecs::with_capacity(items.len());
            for (i, x) in items.iter().enumerate() {
                crate::vecs::push(
                    &mut labels,
                    label(&crate::vecs::format(format_args!("options.labels[{i}]")), x)?,
                );
            }
            Ok(Some(labels))
        }
        other => Err(Error::new(crate::vecs::format(format_args!(
            "options.labels: expected an array of label names, got {}",
            other.kind()
        )))),
    }
}

fn gazetteer(v: &OptionValue) -> Result<Vec<GazetteerEntry>, Error> {
    let items = match v {
        OptionValue::Null => return Ok(Vec::new()),
        OptionValue::Array(items) => items,
        other => {
            return Err(Error::new(crate::vecs::format(format_args!(
                "options.gazetteer: expected an array of {{text, label}}, got {}",
                other.kind()
            ))))
        }
    };
    let mut entries = crate::vecs::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = crate::vecs::format(format_args!("options.gazetteer[{i}]"));
        let OptionValue::Object(obj) = item else {
            return Err(Error::new(crate::vecs::format(format_args!(
                "{field}: expected {{text, label}}, got {}",
                item.kind()
            ))));
        };
        let text = get(obj, "text")
            .and_then(OptionValue::as_str)
            .filter(|t| !trim_by(t, is_space).is_empty())
            .ok_or_else(|| {
                Error::new(crate::vecs::format(format_args!(
                    "{field}.text: expected a non-empty string"
                )))
            })?;
        let l = label(
            &crate::vecs::format(format_args!("{field}.label")),
            get(obj, "label").unwrap_or(&OptionValue::Null),
        )?;
        if let Some((k, _)) = by_name(obj)
            .iter()
            .find(|(k, _)| k != "text" && k != "label")
        {
            return Err(Error::new(crate::vecs::format(format_args!(
                "{field}.{k}: unknown field (known: text, label)"
            ))));
        }
        crate::vecs::push(
            &mut entries,
            GazetteerEntry {
                text: crate::vecs::to_string(text),
                label: l,
            },
        );
    }
    Ok(entries)
}

fn flag(field: &str, v: &OptionValue) -> Result<bool, Error> {
    match v {
        OptionValue::Null => Ok(false),
        OptionValue::Bool(b) => Ok(*b),
        other => Err(Error::new(crate::vecs::format(format_args!(
            "options.{field}: expected true or false, got {}",
            other.kind()
        )))),
    }
}

fn count(field: &str, v: &OptionValue, default: usize) -> Result<usize, Error> {
    match v {
        OptionValue::Null => Ok(default),
        OptionValue::Number(x, written) => match *x {
            x if x >= 0.0 && x.fract() == 0.0 && x <= 10_000.0 => Ok(x as usize),
            _ => Err(Error::new(crate::vecs::format(format_args!(
                "options.{field}: expected a whole number from 0 to 10000, got {written}"
            )))),
        },
        other => Err(Error::new(crate::vecs::format(format_args!(
            "options.{field}: expected a whole number, got {}",
            other.kind()
        )))),
    }
}

fn ratio(field: &str, v: &OptionValue) -> Result<Option<f64>, Error> {
    match v {
        OptionValue::Null => Ok(None),
        OptionValue::Number(x, written) => match *x {
            x if x > 0.0 && x <= 1.0 => Ok(Some(x)),
            _ => Err(Error::new(crate::vecs::format(format_args!(
                "options.{field}: expected a number greater than 0 and at most 1, got {written}"
            )))),
        },
        other => Err(Error::new(crate::vecs::format(format_args!(
            "options.{field}: expected a number greater than 0 and at most 1, got {}",
            other.kind()
        )))),
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

    #[test]
    fn fields_are_checked_in_name_order_whatever_the_key_order() {
        let bad = |k: &str| (k.to_string(), OptionValue::String("x".into()));
        let value = OptionValue::Object(vec![bad("tokens"), bad("keywords"), bad("labels")]);
        let e = Options::from_value(&value).unwrap_err().to_string();
        assert!(e.starts_with("options.keywords:"), "{e}");
        let entry = OptionValue::Object(vec![
            ("zz".into(), OptionValue::Null),
            ("label".into(), OptionValue::String("ORG".into())),
            ("aa".into(), OptionValue::Null),
            ("text".into(), OptionValue::String("ECB".into())),
        ]);
        let value =
            OptionValue::Object(vec![("gazetteer".into(), OptionValue::Array(vec![entry]))]);
        let e = Options::from_value(&value).unwrap_err().to_string();
        assert_eq!(
            e,
            "options.gazetteer[0].aa: unknown field (known: text, label)"
        );
        let value =
            OptionValue::Object(vec![("keywords".into(), OptionValue::Other("a function"))]);
        let e = Options::from_value(&value).unwrap_err().to_string();
        assert_eq!(
            e,
            "options.keywords: expected a whole number, got a function"
        );
        let value = OptionValue::Object(vec![(
            "keywords".into(),
            OptionValue::Number(f64::INFINITY, "Infinity".into()),
        )]);
        let e = Options::from_value(&value).unwrap_err().to_string();
        assert!(e.ends_with("got Infinity"), "{e}");
    }
}
