//! The sentence scorer's weights: `data/summary_model.txt`, written by `article-analyzer
//! train-summary` (see [`super::train`] and `data/summary_model.md`), embedded at compile time and
//! parsed once.
//!
//! The file is plain text: one line a feature group, `group weight weight ...`, the group named as
//! [`super::features::model_groups`] names it (`pos_short`, `words`) and followed by the
//! weights of its buckets in order, each a whole number in units of 1/10000 (fixed point: parsing
//! decimals would bring the float parser and its tables, about 25 KB, into the .wasm); `#` comments
//! are allowed (the trainer writes none, as every byte is in the .wasm). A feature the file does not
//! list (a group it leaves out, the buckets after a line's last weight) weighs 0; a group the code
//! does not know is ignored (a unit test keeps the two in step).

use std::sync::OnceLock;

use super::features::{model_groups, N_FEATURES};
use crate::text::{is_space, split_by, split_char, trim_by, words};

const MODEL: &str = include_str!("../../data/summary_model.txt");

/// Weights are written in units of `1 / SCALE`.
pub const SCALE: f32 = 10_000.0;

/// Parses a model file into one weight per feature; errors name the line.
pub fn parse(src: &str) -> Result<Vec<f32>, String> {
    parse_lines(src).map_err(|(n, bad)| {
        let n = n + 1;
        match bad {
            Bad::Number(value) => {
                crate::vecs::format(format_args!("line {n}: {value:?} is not a whole number"))
            }
            Bad::TooMany(name, features) => {
                crate::vecs::format(format_args!("line {n}: {name} has {features} features"))
            }
            Bad::NoWeights => {
                crate::vecs::format(format_args!("line {n}: expected `group weight ...`"))
            }
        }
    })
}

/// What is wrong with a line of a model file.
enum Bad<'a> {
    /// A weight that is no whole number.
    Number(&'a str),
    /// More weights than the group (named) has features (how many).
    TooMany(&'a str, usize),
    /// A group without weights.
    NoWeights,
}

/// [`parse`], with the error as the line's index and what is wrong with it: the embedded weights
/// are read through this, so that the .wasm holds no error message.
fn parse_lines(src: &str) -> Result<Vec<f32>, (usize, Bad<'_>)> {
    let mut w = crate::vecs::filled(0.0f32, N_FEATURES);
    for (n, line) in split_char(src, '\n').enumerate() {
        let line = trim_by(split_by(line, |c| c == '#').next().unwrap_or(""), is_space);
        let mut parts = words(line);
        let Some(name) = parts.next() else {
            continue;
        };
        let mut features = None;
        for (group, range) in model_groups() {
            if group == name {
                features = Some(range);
                break;
            }
        }
        let mut weights = 0;
        for value in parts {
            let value = crate::text::parse_i32(value).ok_or((n, Bad::Number(value)))?;
            if let Some(features) = &features {
                let Some(i) = features.clone().nth(weights) else {
                    return Err((n, Bad::TooMany(name, features.len())));
                };
                *crate::vecs::at_mut(&mut w, i) = value as f32 / SCALE;
            }
            weights += 1;
        }
        if weights == 0 {
            return Err((n, Bad::NoWeights));
        }
    }
    Ok(w)
}

/// The embedded weights.
pub fn weights() -> &'static [f32] {
    static W: OnceLock<Vec<f32>> = OnceLock::new();
    W.get_or_init(|| parse_lines(MODEL).unwrap_or_else(|_| crate::vecs::filled(0.0, N_FEATURES)))
}

/// The score of a sparse feature vector.
pub fn score(w: &[f32], feats: &[(u16, f32)]) -> f32 {
    feats
        .iter()
        .map(|&(i, v)| w.get(usize::from(i)).copied().unwrap_or(0.0) * v)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_parses_and_names_known_features() {
        parse(MODEL).unwrap();
        for line in MODEL.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(name) = words(line).next() {
                assert!(
                    model_groups().any(|(group, _)| group == name),
                    "unknown feature group {name:?} in the model"
                );
            }
        }
        assert!(weights().iter().any(|&w| w != 0.0));
    }

    #[test]
    fn bad_lines_are_reported() {
        assert!(parse("bias x").unwrap_err().starts_with("line 1:"));
        assert!(parse("# c\nbias 1 2").unwrap_err().starts_with("line 2:"));
        assert!(parse("bias 0.5").unwrap_err().starts_with("line 1:"));
        assert!(parse("bias").unwrap_err().starts_with("line 1:"));
        assert!(parse("relpos 1 2 3 4 5 6")
            .unwrap_err()
            .starts_with("line 1:"));
        assert_eq!(parse("bias 5000\n").unwrap()[0], 0.5);
        let w = parse("pos_short 0 -5000\nstructured:bias 10000").unwrap();
        let pos_short = super::super::features::index("pos_short").unwrap();
        assert_eq!(w[pos_short..pos_short + 3], [0.0, -0.5, 0.0]);
        assert_eq!(w.iter().filter(|&&x| x != 0.0).count(), 1);
        assert_eq!(parse("unknown 1 2 3").unwrap(), vec![0.0; N_FEATURES]);
    }
}
