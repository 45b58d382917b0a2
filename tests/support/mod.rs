//! Shared by the integration tests and the fuzz target (`tests/fuzz/fuzz_targets/analyze.rs` includes this
//! module by path): the well-formedness check of an analysis and the decoding of a fuzz input into
//! options and text.

#![allow(dead_code)] // each includer uses its own part

pub mod fuzz_input;
pub mod well_formed;
