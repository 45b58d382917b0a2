//! A name between an owner's possessive and the kind of thing it names is a work or a product, MISC
//! as CoNLL-2003 marks them (`her Mayhem tour`, `its Agentforce platform`, `its own Kirin chips`,
//! `his Harry Potter film`), where the tagger read a company, a place or a person.

use super::token_range;
use crate::entities::{Candidate, Label};
use crate::tokens::Token;

crate::word_list::word_lists! {
    /// Possessive determiners before a work's or a product's name.
    pub(super) const OWNERS = "its his her their";
    /// Words between the possessive and the name (`its own Kirin chips`, `her new Mayhem tour`).
    const OWNER_MODIFIERS = "own new latest";
    /// Kinds of works and products after their names (`tour`, `album`, `platform`, `chips`).
    const WORK_KINDS = "album app book chip chips console drug film game handset novel phone phones platform range \
        series show single smartphone software tour vaccine";
}

/// Labels MISC each mention that [`OWNERS`] (and maybe one of [`OWNER_MODIFIERS`]) precede and one
/// of [`WORK_KINDS`] follows, unless the lists have it as a person, an organisation (`his BBC One
/// show`: the channel) or a place (`his U.S. tour`).
pub(super) fn owned_works(text: &str, tokens: &[Token], found: &mut [Candidate]) {
    for c in found.iter_mut() {
        if c.label == Label::Misc {
            continue;
        }
        let (a, b) = token_range(tokens, c.span);
        if a == 0 || !WORK_KINDS.has_token(text, tokens, b) {
            continue;
        }
        let mut k = a - 1;
        if OWNER_MODIFIERS.has_token(text, tokens, k) && k > 0 {
            k -= 1;
        }
        let run = crate::tokens::token_run(tokens, a, b);
        let listed = crate::entities::tagger::list_label(text, run);
        if OWNERS.has_token(text, tokens, k)
            && !matches!(listed, Some(Label::Person | Label::Org))
            && !crate::entities::tagger::listed(text, run).place
        {
            c.label = Label::Misc;
        }
    }
}
