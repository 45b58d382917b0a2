//! Scientific journals where a study is said to be published: `Writing in Nature`, `published in
//! Science`, `(Okafor et al., Nature, 2025)` name organisations, as CoNLL-2003 (`the Lancet`, `the
//! scientific journal Nature`) and the self-written sets mark all of them; the tagger read `Nature`
//! and `Science` as places and missed `PNAS`.

use super::{Candidate, Label, Source};
use crate::text::Span;
use crate::tokens::{token_at, token_is, token_text, Token, TokenKind};

crate::word_list::word_lists! {
    /// The `al` of `et al.`, with and without its full stop.
    pub(super) const ET_AL = "al. al";
    /// Journals whose name may stand alone, and open a longer one (`Nature Medicine`, `Science
    /// Advances`, `Lancet Public Health`, `JAMA Pediatrics`, `Cell Reports`).
    const JOURNALS = "Nature Science Cell Lancet BMJ JAMA PNAS NEJM";
    /// Words before `in` that say a journal follows (`published in`, `a study in`, `writing in`).
    const PUBLISHED = "publish published publishes writing wrote reported reports appeared appears appear study studies \
        paper papers article letter research findings commentary editorial review";
}

/// Words a cue may put between its verb and `in` (`publish the proofs in`).
const MAX_CUE_GAP: usize = 3;

/// True when the words before token `k` say a journal is named there: `published in`, `study
/// in`, with `the` between (`in the Lancet`) and up to [`MAX_CUE_GAP`] words in lower case before
/// `in` (`publish the proofs in Nature`), or a citation's `et al.,`.
fn journal_cue(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut i = k;
    if i > 0 && crate::text::eq_ignore_case(token_text(text, tokens, i - 1).as_bytes(), b"the") {
        i -= 1;
    }
    if i < 2 {
        return false;
    }
    if token_is(text, tokens, i - 1, ",") {
        return ET_AL.has_token(text, tokens, i - 2);
    }
    if !token_is(text, tokens, i - 1, "in") {
        return false;
    }
    // The cue, right before `in` or past a few words in lower case.
    let lower = |j: usize| {
        let t = token_at(tokens, j);
        t.kind == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_ascii_lowercase())
    };
    let mut j = i - 2;
    for _ in 0..=MAX_CUE_GAP {
        if PUBLISHED.has_token_lowercase(text, tokens, j) {
            return true;
        }
        if j == 0 || !lower(j) {
            return false;
        }
        j -= 1;
    }
    false
}

/// Labels a journal named after a cue an organisation: the listed word and the capitalised words
/// right after it, one space apart (`Nature Climate Change`), through [`super::put_names`] (`The
/// Lancet` gives way to `Lancet`). `found` is sorted and disjoint, and stays so.
pub(crate) fn label_journals(text: &str, tokens: &[Token], found: &mut Vec<Candidate>) {
    let mut add = Vec::new();
    for k in 2..tokens.len() {
        let t = token_at(tokens, k);
        // A capital first: most words are turned away before the list is read.
        if t.kind != TokenKind::Word
            || !crate::vecs::at(text.as_bytes(), t.span.start).is_ascii_uppercase()
            || !JOURNALS.contains(t.text(text))
            || !journal_cue(text, tokens, k)
        {
            continue;
        }
        let end = super::names::run_end(text, tokens, k, 4, |i| {
            let n = token_at(tokens, i);
            n.kind == TokenKind::Word && n.capitalised(text)
        });
        let span = Span::new(t.span.start, token_at(tokens, end - 1).span.end);
        Candidate::push_to(&mut add, span, Label::Org, Source::Name);
    }
    super::put_names(text, found, add);
}
