//! Vector and string allocation: one call per element type in the .wasm.

/// `Vec::with_capacity(n)`. Inlined natively; one call per element type in the .wasm, where each
/// use inlined the allocation and its error path.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn with_capacity<T>(n: usize) -> Vec<T> {
    Vec::with_capacity(n)
}

/// `vec![x; n]`. Inlined natively (the standard library's, which allocates zeroed memory for a zero
/// `x`); one call per element type in the .wasm, through [`with_capacity`] and [`resize`], where
/// each `vec!` brought its own copy of the standard library's two ways to fill.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub(crate) fn filled<T: Clone>(x: T, n: usize) -> Vec<T> {
    vec![x; n]
}

/// `vec![x; n]`: see the native version.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub(crate) fn filled<T: Clone>(x: T, n: usize) -> Vec<T> {
    let mut v = with_capacity(n);
    resize(&mut v, n, x);
    v
}

/// `v.resize(n, x)`: `v` cut to `n` elements or filled up to `n` with copies of `x`. Inlined
/// natively; one call per element type in the .wasm, a loop of [`push`] (the one growth check and
/// store per element type), where `Vec::resize` brought its fill loop (`extend_with`) once more for
/// each element type.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn resize<T: Clone>(v: &mut Vec<T>, n: usize, x: T) {
    #[cfg(not(target_arch = "wasm32"))]
    v.resize(n, x);
    #[cfg(target_arch = "wasm32")]
    {
        v.truncate(n);
        while v.len() < n {
            push(v, x.clone());
        }
    }
}

/// `v.push(x)`. Inlined natively; one call per element type in the .wasm, where each push inlined
/// the vector's growth check and the element's stores. The loops over every token or character
/// (the tokens and their spellings, the tagger's and the part-of-speech tagger's features, the
/// keyphrase units, the summary's features, the hashed tables) keep `Vec::push`: there the call
/// would cost the .wasm time (about 1% in Node).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn push<T>(v: &mut Vec<T>, x: T) {
    v.push(x);
}

/// `String::with_capacity(n)`, one call in the .wasm as [`with_capacity`] is.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn string_with_capacity(n: usize) -> String {
    String::with_capacity(n)
}

/// `s.push(c)`, one call in the .wasm, where each push of a char not known at compile time inlined
/// its UTF-8 encoding.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn push_char(s: &mut String, c: char) {
    s.push(c);
}

/// `s.push_str(t)`, one call in the .wasm, where each use inlined the string's growth and the copy.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn push_str(s: &mut String, t: &str) {
    s.push_str(t);
}

/// `s.to_string()`, one call in the .wasm, where each use inlined the allocation and the copy.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn to_string(s: &str) -> String {
    s.to_string()
}

/// `format!`'s body (`std::fmt::format`), one call in the .wasm, where each `format!` inlined its
/// test for a message without arguments, with that case's allocation and copy. Write
/// `crate::vecs::format(format_args!(...))` where `format!(...)` would do.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn format(args: std::fmt::Arguments<'_>) -> String {
    std::fmt::format(args)
}

/// `*slot.get_or_insert_with(make)` for a memo's slot, or `make()` when there is no slot: the
/// value, made and kept at the first use of the slot. `make` is called from one place, where a
/// match of the two cases inlined it twice.
pub(crate) fn memo<T: Copy>(slot: Option<&mut Option<T>>, make: impl FnOnce() -> T) -> T {
    if let Some(Some(v)) = slot.as_deref() {
        return *v;
    }
    let v = make();
    if let Some(s) = slot {
        *s = Some(v);
    }
    v
}

/// `dst.copy_from_slice(src)` for bytes, panicking as it does when the lengths differ. Inlined
/// natively; one call in the .wasm, where each copy brought its length test and panic location.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn copy_bytes(dst: &mut [u8], src: &[u8]) {
    dst.copy_from_slice(src);
}

/// `&v[i]`, panicking as indexing does past the end. Inlined natively; one call per element type in
/// the .wasm, where each index's bounds check and the location its panic reports would be repeated
/// at each rule that reads an element (as [`crate::tokens::token_at`] does for tokens).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn at<T>(v: &[T], i: usize) -> &T {
    &v[i]
}

/// `&mut v[i]`, panicking as indexing does past the end: [`at`] for a place written to.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn at_mut<T>(v: &mut [T], i: usize) -> &mut T {
    &mut v[i]
}

/// `&v[a..b]`, panicking as slicing does when the range does not fit: [`at`] for a run of elements
/// (as [`crate::tokens::token_run`] is for tokens).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn run<T>(v: &[T], a: usize, b: usize) -> &[T] {
    &v[a..b]
}

/// `&mut v[a..b]`, panicking as slicing does when the range does not fit: [`run`] for a run of
/// elements written to.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn run_mut<T>(v: &mut [T], a: usize, b: usize) -> &mut [T] {
    &mut v[a..b]
}

/// `v.retain_mut(keep)`: keeps the elements `keep` holds to. In the .wasm one copy of the standard
/// library's loop per element type, with the test called through `&mut dyn`, where each closure
/// brought its own copy of the loop (seventeen copies; nine of the calls drop the empty spans of
/// the mentions).
pub(crate) fn retain<T>(v: &mut Vec<T>, mut keep: impl FnMut(&mut T) -> bool) {
    retain_dyn(v, &mut keep);
}

/// A test of an element behind `&mut dyn`: a trait of one method, so that the trait object's table
/// holds one copy of the closure's body, where a `dyn FnMut`'s holds it twice (in `call_mut` and in
/// the `call_once` shim that every `dyn FnMut` table carries).
trait Keep<T> {
    fn keep(&mut self, x: &mut T) -> bool;
}

impl<T, F: FnMut(&mut T) -> bool> Keep<T> for F {
    fn keep(&mut self, x: &mut T) -> bool {
        self(x)
    }
}

/// [`retain`], for every test. Inlined natively, where the test is then called directly.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn retain_dyn<T>(v: &mut Vec<T>, keep: &mut dyn Keep<T>) {
    v.retain_mut(|x| keep.keep(x));
}

/// `iter.collect::<Vec<_>>()` as a method, for the iterators of the core: see [`collect`].
pub(crate) trait CollectVec: Iterator + Sized {
    /// The items, in order, in a new vector.
    fn collect_vec(self) -> Vec<Self::Item> {
        collect(self)
    }
}

impl<I: Iterator> CollectVec for I {}

/// `iter.collect::<Vec<_>>()`. In the .wasm one loop per element type, stepping the iterator through
/// a trait object of one method, where each iterator type brought its own copies of the standard
/// library's collecting loops (`from_iter`, `extend_trusted` or `extend_desugared`, and the adapters'
/// `fold`). Inlined natively, where the steps are then called directly.
pub(crate) fn collect<T>(iter: impl IntoIterator<Item = T>) -> Vec<T> {
    collect_dyn(&mut iter.into_iter())
}

/// An iterator behind `&mut dyn` with only the methods that [`collect_dyn`] calls, where a
/// `dyn Iterator`'s table would bring every method of the trait for each iterator type. In the
/// .wasm only `step`: a collected vector grows as it is filled, where the size hint (`lower`) was
/// one more function per iterator type and one more slot in each table, for no time that Node
/// measures.
trait Step<T> {
    fn step(&mut self) -> Option<T>;
    #[cfg(not(target_arch = "wasm32"))]
    fn lower(&self) -> usize;
}

impl<T, I: Iterator<Item = T>> Step<T> for I {
    fn step(&mut self) -> Option<T> {
        self.next()
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn lower(&self) -> usize {
        self.size_hint().0
    }
}

/// `v.extend(iter)`: the items, in order, pushed onto `v`. Inlined natively (the standard library's,
/// which copies a vector's or a slice's items at once); in the .wasm one loop per element type
/// through [`push`], stepping the iterator through the trait object [`collect`] uses, where each
/// iterator type brought its own copies of the standard library's extending loops
/// (`extend_trusted` or `extend_desugared`, and the adapters' `fold`).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn extend<T>(v: &mut Vec<T>, iter: impl IntoIterator<Item = T>) {
    #[cfg(not(target_arch = "wasm32"))]
    v.extend(iter);
    #[cfg(target_arch = "wasm32")]
    extend_dyn(v, &mut iter.into_iter());
}

/// [`extend`] in the .wasm, for every iterator of `T`.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn extend_dyn<T>(v: &mut Vec<T>, iter: &mut dyn Step<T>) {
    while let Some(x) = iter.step() {
        push(v, x);
    }
}

/// [`collect`], for every iterator of `T`; each item goes in through [`push`], the one copy of the
/// growth check and the stores for `T` in the .wasm.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn collect_dyn<T>(iter: &mut dyn Step<T>) -> Vec<T> {
    #[cfg(not(target_arch = "wasm32"))]
    let mut out = with_capacity(iter.lower());
    #[cfg(target_arch = "wasm32")]
    let mut out = Vec::new();
    while let Some(x) = iter.step() {
        push(&mut out, x);
    }
    out
}
