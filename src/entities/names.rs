//! The name recogniser: PERSON, ORG, PLACE and MISC mentions.
//!
//! Names come from the learned tagger ([`super::tagger`]: an averaged perceptron over BILOU tags with
//! Viterbi decoding, trained on CoNLL-2003). This module is the stage's entry point, so that the rest of
//! the pipeline does not depend on how names are found.

use super::Candidate;
use crate::text::Span;
use crate::tokens::{Forms, Token};

/// Every name mention in the text (`tokens` and `sentences` are the text's own).
pub fn find(text: &str, tokens: &[Token], forms: &Forms, sentences: &[Span]) -> Vec<Candidate> {
    super::tagger::find(text, tokens, forms, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Label;

    #[test]
    fn the_embedded_model_loads_and_tags() {
        assert!(
            super::super::tagger::available(),
            "data/ner_model.bin must decode"
        );
        let text = "Marco Rubio met officials in Mexico City on Tuesday.";
        let toks = crate::tokens::tokenize(text);
        let sents: Vec<Span> = crate::sentences::sentences(text).collect();
        let forms = crate::tokens::Forms::new(text, &toks);
        let found: Vec<(&str, Label)> = find(text, &toks, &forms, &sents)
            .iter()
            .map(|c| (c.span.slice(text), c.label))
            .collect();
        assert!(found.contains(&("Marco Rubio", Label::Person)), "{found:?}");
        assert!(found.contains(&("Mexico City", Label::Place)), "{found:?}");
    }
}
