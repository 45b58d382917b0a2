//! The tag scheme: BILOU over four entity types (Ratinov & Roth 2009 found BILOU beats BIO).
//!
//! A [`Tag`] is `O` or a [`Part`] (begin, inside, last, unit-length) of an [`EntityType`]; its
//! [`Tag::index`] (0 for `O`, then `1 + 4 * part + type`) numbers the rows of the weight tables.

use crate::entities::Label;

/// Number of tags: `O` and four parts of four types.
pub(crate) const NT: usize = 17;

/// Where a token sits in an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// First token of a longer entity.
    Begin = 0,
    /// A middle token.
    Inside = 1,
    /// The last token of a longer entity.
    Last = 2,
    /// A one-token entity.
    Unit = 3,
}

/// The CoNLL-2003 entity types the tagger learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum EntityType {
    /// A person.
    Per = 0,
    /// An organisation.
    Org = 1,
    /// A place.
    Loc = 2,
    /// Other names.
    Misc = 3,
}

impl EntityType {
    /// The four types, in index order.
    pub(crate) const ALL: [EntityType; 4] = [
        EntityType::Per,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Misc,
    ];

    /// 0..=3.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The CoNLL name (`PER`, `ORG`, `LOC`, `MISC`).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn conll(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    /// The type of a CoNLL name.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn from_conll(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.conll() == name)
    }

    /// The analysis label for this type.
    pub(crate) fn label(self) -> Label {
        match self {
            EntityType::Per => Label::Person,
            EntityType::Org => Label::Org,
            EntityType::Loc => Label::Place,
            EntityType::Misc => Label::Misc,
        }
    }
}

/// One BILOU tag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tag(u8);

impl Tag {
    /// Outside any entity.
    pub(crate) const O: Tag = Tag(0);

    /// The tag for `part` of an entity of type `ty`.
    pub(crate) fn new(part: Part, ty: EntityType) -> Tag {
        Tag(1 + 4 * part as u8 + ty as u8)
    }

    /// The tag with this index (`index < NT`).
    pub(crate) fn from_index(index: usize) -> Tag {
        debug_assert!(index < NT);
        Tag(index.min(NT - 1) as u8)
    }

    /// Every tag, in index order.
    pub(crate) fn all() -> impl Iterator<Item = Tag> {
        (0..NT).map(Tag::from_index)
    }

    /// Row of this tag in the weight tables.
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The part, or `None` for `O`.
    pub(crate) fn part(self) -> Option<Part> {
        match self.0 {
            0 => None,
            t => Some(match (t - 1) / 4 {
                0 => Part::Begin,
                1 => Part::Inside,
                2 => Part::Last,
                _ => Part::Unit,
            }),
        }
    }

    /// The entity type, or `None` for `O`.
    pub(crate) fn ty(self) -> Option<EntityType> {
        match self.0 {
            0 => None,
            t => Some(EntityType::ALL[usize::from(t - 1) % 4]),
        }
    }

    /// True when the tag leaves no entity open (`O`, `L-`, `U-`).
    pub(crate) fn closed(self) -> bool {
        matches!(self.part(), None | Some(Part::Last | Part::Unit))
    }

    /// True when `next` may follow `prev` (`None`: the sentence start): after an open entity only `I-`
    /// or `L-` of its type; otherwise only `O`, `B-` or `U-`.
    pub(crate) fn may_follow(prev: Option<Tag>, next: Tag) -> bool {
        match prev {
            Some(p) if !p.closed() => {
                matches!(next.part(), Some(Part::Inside | Part::Last)) && next.ty() == p.ty()
            }
            _ => matches!(next.part(), None | Some(Part::Begin | Part::Unit)),
        }
    }

    /// The tags of an entity of `len` tokens.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by training
    pub(crate) fn for_entity(ty: EntityType, len: usize) -> impl Iterator<Item = Tag> {
        (0..len).map(move |k| {
            let part = match k {
                _ if len == 1 => Part::Unit,
                0 => Part::Begin,
                k if k + 1 == len => Part::Last,
                _ => Part::Inside,
            };
            Tag::new(part, ty)
        })
    }
}

/// Entity spans of a tag sequence: (first token, one past the last token, type). A malformed
/// sequence (which Viterbi never produces) still gives disjoint spans.
pub(crate) fn spans(tags: &[Tag]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(ty) = tags[i].ty() else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        if matches!(tags[i].part(), Some(Part::Begin | Part::Inside)) {
            while j < tags.len()
                && tags[j].ty() == Some(ty)
                && matches!(tags[j].part(), Some(Part::Inside | Part::Last))
            {
                j += 1;
                if tags[j - 1].part() == Some(Part::Last) {
                    break;
                }
            }
        }
        crate::vecs::push(&mut out, (i, j, ty));
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_their_parts_and_types() {
        assert_eq!(Tag::all().count(), NT);
        for t in Tag::all().skip(1) {
            let (p, ty) = (t.part().unwrap(), t.ty().unwrap());
            assert_eq!(Tag::new(p, ty), t);
        }
        assert_eq!(Tag::O.ty(), None);
        assert_eq!(EntityType::from_conll("LOC"), Some(EntityType::Loc));
    }

    #[test]
    fn bilou_transitions() {
        let b_per = Tag::new(Part::Begin, EntityType::Per);
        let l_per = Tag::new(Part::Last, EntityType::Per);
        let l_org = Tag::new(Part::Last, EntityType::Org);
        assert!(Tag::may_follow(Some(b_per), l_per));
        assert!(!Tag::may_follow(Some(b_per), l_org));
        assert!(!Tag::may_follow(Some(b_per), Tag::O));
        assert!(!Tag::may_follow(None, l_per));
        assert!(Tag::may_follow(Some(l_per), Tag::O));
    }

    #[test]
    fn spans_follow_bilou() {
        let per = |p| Tag::new(p, EntityType::Per);
        let tags = [
            Tag::O,
            per(Part::Begin),
            per(Part::Last),
            Tag::new(Part::Unit, EntityType::Loc),
            Tag::O,
        ];
        assert_eq!(
            spans(&tags),
            vec![(1, 3, EntityType::Per), (3, 4, EntityType::Loc)]
        );
        let tags: Vec<Tag> = Tag::for_entity(EntityType::Org, 3).collect();
        assert_eq!(spans(&tags), vec![(0, 3, EntityType::Org)]);
    }
}
