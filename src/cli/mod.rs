//! The CLI's own modules (native only): batch analysis on every core, its progress bar, and the
//! robustness benchmarks.

pub mod batch;
pub mod pathological;
pub mod progress;
pub mod stress;
