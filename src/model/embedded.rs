//! Binary files embedded in the program as writable data rather than as constants.
//!
//! The model files are compressed already, so gzip cannot shrink them; placed among the constants
//! (strings and word lists), as `include_bytes!` would place them, they split the text into pieces
//! too far apart (more than gzip's 32 KB window) to share repeats. A static that can change is
//! linked after every constant instead, so a file held in a [`Mutex`] ends up behind all the text,
//! which then compresses as one run: the gzipped `.wasm` is about 3 KB smaller. The lock is taken
//! only to read the bytes, once per file, when its model is decoded.

use std::sync::{Mutex, MutexGuard, PoisonError};

/// The `N` bytes of an embedded file: `Embedded::new(include_bytes!(PATH))`.
pub(crate) struct Embedded<const N: usize>(Mutex<[u8; N]>);

impl<const N: usize> Embedded<N> {
    /// The file `bytes`, copied at compile time.
    pub(crate) const fn new(bytes: &[u8; N]) -> Self {
        Embedded(Mutex::new(*bytes))
    }

    /// The bytes, for as long as the guard lives (nothing ever writes them).
    pub(crate) fn bytes(&self) -> MutexGuard<'_, [u8; N]> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
