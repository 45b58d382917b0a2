//! The tokens of a span, found in a table of the text's byte offsets instead of by binary search.
//!
//! The rules after the tagger ask for the tokens of a mention thousands of times per text
//! ([`super::names::token_range`]), each time a binary search of every token. Natively,
//! [`super::recognize`] first writes, for each byte offset `x` of its text, how many tokens start
//! before `x` ([`with_index`]); while it runs, a look-up among those same tokens reads that table.
//!
//! The table sits in a thread-local slot, with the address and length of the token slice it was
//! made for. It answers only for that very slice, which `recognize` borrows shared for the whole
//! time the table is set, so the tokens cannot change under it; any other slice (a run of the
//! tokens, another text's) is searched as before. The slot is cleared when `recognize` returns or
//! unwinds, before the tokens can be freed and their memory reused. The answers are exactly the
//! binary search's. Not in the .wasm, where the binary search stays (fewer bytes).

use std::cell::RefCell;

use crate::tokens::Token;

/// The table of the tokens being recognised, as [`with_index`] sets it.
#[derive(Default)]
struct Index {
    /// Address and length of the token slice the table was made for (0 and 0: none).
    tokens: (usize, usize),
    /// For each byte offset `x` of the text (`0..=len`), how many tokens start before `x`.
    before: Vec<u32>,
}

thread_local! {
    static INDEX: RefCell<Index> = RefCell::new(Index::default());
}

/// The identity of a token slice: its address and length.
fn identity(tokens: &[Token]) -> (usize, usize) {
    (tokens.as_ptr() as usize, tokens.len())
}

/// Clears the slot when dropped, so that an unwinding `f` of [`with_index`] leaves no table set.
/// The table's memory stays for the next text: made again for each, a table of a long text (four
/// bytes a byte) left the allocator's heap more fragmented (a higher peak memory).
struct Clear;

impl Drop for Clear {
    fn drop(&mut self) {
        // `try_with`: the slot may be gone already while the thread exits.
        let _ = INDEX.try_with(|index| index.borrow_mut().tokens = (0, 0));
    }
}

/// Runs `f` with the table of `tokens` (of a text of `len` bytes) set, for [`token_bounds`] to
/// read.
pub(crate) fn with_index<R>(len: usize, tokens: &[Token], f: impl FnOnce() -> R) -> R {
    // A text (a block of one) is far shorter than 4 GB: token counts fit in a `u32`.
    if u32::try_from(tokens.len()).is_err() {
        return f();
    }
    INDEX.with(|index| {
        let mut index = index.borrow_mut();
        let before = &mut index.before;
        before.clear();
        // Grown to the exact size at once, not step by step (each step a copy and a free).
        before.reserve_exact(len + 1);
        // Offsets up to token `k`'s start have `k` tokens before them (tokens are sorted and
        // start inside the text); those after the last token's start have them all.
        for (k, t) in tokens.iter().enumerate() {
            let upto = t.span.start.min(len) + 1;
            if upto > before.len() {
                before.resize(upto, k as u32);
            }
        }
        before.resize(len + 1, tokens.len() as u32);
        index.tokens = identity(tokens);
    });
    let _clear = Clear;
    f()
}

/// How many of `tokens` start before `start`, and how many before `end` (at least the first
/// count): read from the table when it was made for `tokens` and holds both offsets.
pub(crate) fn token_bounds(tokens: &[Token], start: usize, end: usize) -> Option<(usize, usize)> {
    INDEX.with(|index| {
        let index = index.borrow();
        if index.tokens != identity(tokens) || tokens.is_empty() {
            return None;
        }
        let a = *index.before.get(start)? as usize;
        let b = *index.before.get(end)? as usize;
        Some((a, b.max(a)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::starting_before;

    #[test]
    fn answers_as_the_binary_search_for_its_own_tokens_only() {
        let text = "Ms  Ada Lovelace, of London , wrote.\n";
        let tokens = crate::tokens::tokenize(text);
        let run = &tokens[1..];
        with_index(text.len(), &tokens, || {
            for a in 0..=text.len() {
                for b in 0..=text.len() {
                    let want = (
                        starting_before(&tokens, a),
                        starting_before(&tokens, b).max(starting_before(&tokens, a)),
                    );
                    assert_eq!(token_bounds(&tokens, a, b), Some(want), "{a} {b}");
                }
            }
            assert_eq!(token_bounds(&tokens, 0, text.len() + 1), None);
            assert_eq!(token_bounds(run, 0, 3), None);
        });
        assert_eq!(token_bounds(&tokens, 0, 3), None);
    }
}
