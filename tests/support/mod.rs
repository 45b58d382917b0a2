//! Shared by the integration tests and the fuzz target (`tests/fuzz/fuzz_targets/analyze.rs` includes this
//! module by path): the well-formedness check of an analysis, the decoding of a fuzz input into
//! options and text, and hard-wrapped text.

#![allow(dead_code)] // each includer uses its own part

pub mod fuzz_input;
pub mod hard_wrap;
pub mod well_formed;
