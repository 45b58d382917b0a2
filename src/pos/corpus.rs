//! Reading the part-of-speech corpora (native only): JSON lines
//! `{"id", "sentences": [{"tokens", "pos", "chunk"}]}` with pre-tokenised, Penn Treebank-style tokens
//! (`Japan 's`, `do n't`), as in `../shared/train/pos`.
//!
//! Each document becomes a text the way a reader would paste it: a sentence's tokens joined with
//! spaces, except that clitics rejoin their word (`Japan's`, `don't`: the project's tokenizer splits
//! them off again, as the Treebank does, while a clitic after a space would be a quote and a word), and
//! the sentences joined with newlines. That text is tokenized and split into sentences by the
//! project's own code, exactly as at tagging time, and the gold tags are carried over by byte span: a
//! project token that covers exactly one corpus token gets its tag; tokens that do not line up one to
//! one (the tokenizers disagree) get none and are skipped in training and scoring. Noun-phrase chunks
//! (`B-NP` / `I-NP` runs of the `chunk` column) are kept as byte spans, so that they are scored
//! whatever the tokenizers do.

use serde_json::Value;

use super::tags::Pos;
use crate::text::Span;
use crate::tokens::{tokenize, Token};

/// One document of a corpus, re-tokenized.
#[derive(Clone)]
pub(crate) struct Doc {
    /// The document's text (tokens joined with spaces, sentences with newlines).
    pub(crate) text: String,
    /// The project's tokens of `text`.
    pub(crate) tokens: Vec<Token>,
    /// The project's sentences of `text`.
    pub(crate) sentences: Vec<Span>,
    /// The gold tag of each project token that lines up with a corpus token.
    pub(crate) gold: Vec<Option<Pos>>,
    /// The gold noun-phrase chunks, as byte spans of `text`.
    pub(crate) noun_phrases: Vec<Span>,
}

/// Counts of how the corpus tokens lined up with the project's.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Alignment {
    /// Corpus tokens.
    pub(crate) corpus: usize,
    /// Corpus tokens that are exactly one project token (with a known tag).
    pub(crate) aligned: usize,
}

impl Alignment {
    /// Percentage of corpus tokens aligned.
    pub(crate) fn percent(&self) -> f64 {
        100.0 * self.aligned as f64 / self.corpus.max(1) as f64
    }
}

/// Reads a corpus file.
pub(crate) fn read_file(path: &str) -> Result<(Vec<Doc>, Alignment), String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?;
    read(&raw).map_err(|e| format!("{path}: {e}"))
}

/// Reads corpus JSON lines.
pub(crate) fn read(raw: &str) -> Result<(Vec<Doc>, Alignment), String> {
    let mut docs = Vec::new();
    let mut al = Alignment::default();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        docs.push(doc(&v, &mut al).map_err(|e| format!("line {}: {e}", n + 1))?);
    }
    Ok((docs, al))
}

fn strings(v: &Value, key: &str) -> Result<Vec<String>, String> {
    v.get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("a sentence without {key:?}"))?
        .iter()
        .map(|x| {
            x.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{key:?} holds a non-string"))
        })
        .collect()
}

/// True for the Treebank's clitic tokens, written joined to the word before them.
fn is_clitic(tok: &str) -> bool {
    matches!(
        tok.to_ascii_lowercase().as_str(),
        "'s" | "'re" | "'ve" | "'ll" | "'d" | "'m" | "n't" | "'"
    )
}

fn doc(v: &Value, al: &mut Alignment) -> Result<Doc, String> {
    let sents = v
        .get("sentences")
        .and_then(Value::as_array)
        .ok_or("no \"sentences\" array")?;
    let mut text = String::new();
    // (byte span, tag) of every corpus token.
    let mut gold_toks: Vec<(Span, Option<Pos>)> = Vec::new();
    let mut noun_phrases = Vec::new();
    for (k, s) in sents.iter().enumerate() {
        let (toks, pos) = (strings(s, "tokens")?, strings(s, "pos")?);
        let chunk = strings(s, "chunk").unwrap_or_default();
        if pos.len() != toks.len() {
            return Err("\"tokens\" and \"pos\" differ in length".into());
        }
        if k > 0 {
            text.push('\n');
        }
        let mut np: Option<Span> = None;
        for (i, (tok, tag)) in toks.iter().zip(&pos).enumerate() {
            if i > 0 && !(is_clitic(tok) && text.ends_with(crate::tokens::is_word_char)) {
                text.push(' ');
            }
            let span = Span::new(text.len(), text.len() + tok.len());
            text.push_str(tok);
            gold_toks.push((span, Pos::parse(tag)));
            match chunk.get(i).map(String::as_str) {
                Some("I-NP") if np.is_some() => np = np.map(|s| Span::new(s.start, span.end)),
                Some("B-NP" | "I-NP") => {
                    noun_phrases.extend(np.take());
                    np = Some(span);
                }
                _ => noun_phrases.extend(np.take()),
            }
        }
        noun_phrases.extend(np);
    }
    let tokens = tokenize(&text);
    let sentences: Vec<Span> = crate::sentences::sentences(&text).collect();
    let mut gold = vec![None; tokens.len()];
    for (span, tag) in gold_toks {
        al.corpus += 1;
        let i = tokens.partition_point(|t| t.span.start < span.start);
        if let (Some(t), Some(tag)) = (tokens.get(i), tag) {
            if t.span == span {
                gold[i] = Some(tag);
                al.aligned += 1;
            }
        }
    }
    Ok(Doc {
        text,
        tokens,
        sentences,
        gold,
        noun_phrases,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_align_by_span_and_chunks_become_spans() {
        let line = r#"{"id": "x", "sentences": [
            {"tokens": ["The", "dog", "'s", "bone", "."], "pos": ["DT", "NN", "POS", "NN", "."],
             "chunk": ["B-NP", "I-NP", "B-NP", "I-NP", "O"]},
            {"tokens": ["It", "was", "Austin-based", "."], "pos": ["PRP", "VBD", "JJ", "."],
             "chunk": ["B-NP", "B-VP", "B-ADJP", "O"]}]}"#
            .replace('\n', " ");
        let (docs, al) = read(&line).unwrap();
        let d = &docs[0];
        assert_eq!(d.text, "The dog's bone .\nIt was Austin-based .");
        let nps: Vec<&str> = d.noun_phrases.iter().map(|s| s.slice(&d.text)).collect();
        assert_eq!(nps, ["The dog", "'s bone", "It"]);
        // `Austin-based` is three project tokens: it stays untagged.
        assert_eq!((al.corpus, al.aligned), (9, 8));
        let tagged: Vec<(&str, Pos)> = d
            .tokens
            .iter()
            .zip(&d.gold)
            .filter_map(|(t, g)| Some((t.text(&d.text), (*g)?)))
            .collect();
        assert_eq!(tagged[2], ("'s", Pos::Possessive));
        assert!(!tagged.iter().any(|t| t.0 == "based"));
    }
}
