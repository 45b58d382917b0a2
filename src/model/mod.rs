//! Machinery shared by the learned models (the entity tagger in [`crate::entities::tagger`] and the
//! part-of-speech tagger in [`crate::pos`]): hashing features to 24-bit keys ([`hash`]), bit-level coding
//! of sorted keys and weight codes ([`bits`]), reading the little-endian fields of a model file
//! ([`bytes`]), adaptive binary range coding ([`range`]) with a context model of weight rows
//! ([`rows`]), a flat key -> row table ([`table`]), the embedding of model files ([`embedded`]) and, for training only, fitting a weight codebook ([`codebook`]).
//!
//! Nothing here knows about tags or features; each model defines its own templates and file format.

pub(crate) mod bits;
pub(crate) mod bytes;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod codebook;
pub(crate) mod embedded;
pub(crate) mod hash;
pub(crate) mod pooled;
pub(crate) mod range;
pub(crate) mod rows;
pub(crate) mod table;

/// Each code of `codebook` as a multiple of `scale`, rounded and held to `i16` (±32767): the integer
/// weights of both taggers, one loop in the .wasm, where each tagger's map behind collect_vec
/// brought its adapter's step.
pub(crate) fn scaled_levels(codebook: &[f32], scale: f32) -> Vec<i16> {
    let mut out = crate::vecs::with_capacity(codebook.len());
    for v in codebook {
        crate::vecs::push(
            &mut out,
            (v / scale).round().clamp(-32767.0, 32767.0) as i16,
        );
    }
    out
}
