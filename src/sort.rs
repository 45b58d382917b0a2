//! One sort for the whole core.
//!
//! Every `slice::sort_by` with a new element type or comparator is a fresh copy of the standard
//! library's sorts in the `.wasm` (3 to 6 KB each; the core had fourteen). Here one non-generic,
//! stable, bottom-up merge sort orders indices through a comparator behind `&dyn`, and a small generic
//! shell moves the elements. O(n log n) comparisons, O(n) extra memory.
//!
//! Natively, where code size matters little, the standard library's stable sort runs instead, its
//! comparator inlined (no call through `&dyn` per comparison, no index vector for [`sort_by`]). A
//! stable sort's result is the same whatever the algorithm for a comparator that is a total order, as
//! every one of the core's is (`Ord::cmp`, `f64::total_cmp` and their `then`s); the tests check the
//! merge sort against the standard one.

use std::cmp::Ordering;

/// The indices `0..n` in the stable order that `cmp` (comparing two indices, a total order) gives.
pub fn order(n: usize, cmp: impl Fn(usize, usize) -> Ordering) -> Vec<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut idx: Vec<usize> = (0..n).collect();
        idx.sort_by(|&a, &b| cmp(a, b));
        idx
    }
    #[cfg(target_arch = "wasm32")]
    merge_order(n, &cmp)
}

/// A comparison of two indices behind `&dyn`: a trait of one method, so that the trait object's
/// table holds one copy of the closure's body, where a `dyn Fn`'s holds it twice (in `call` and in
/// the `call_once` shim that every `dyn Fn` table carries).
#[cfg(any(target_arch = "wasm32", test))]
trait Compare {
    fn compare(&self, a: usize, b: usize) -> Ordering;
}

#[cfg(any(target_arch = "wasm32", test))]
impl<F: Fn(usize, usize) -> Ordering> Compare for F {
    fn compare(&self, a: usize, b: usize) -> Ordering {
        self(a, b)
    }
}

/// Indices sorted by insertion before the merging starts: the merge passes over runs of one, two
/// and four, with their per-run set-up, are replaced by a pass of fewer comparisons.
#[cfg(any(target_arch = "wasm32", test))]
const RUN: usize = 8;

/// [`order`], for every comparator: the .wasm's sort (natively only in the tests).
#[cfg(any(target_arch = "wasm32", test))]
fn merge_order(n: usize, cmp: &dyn Compare) -> Vec<usize> {
    let mut a: Vec<usize> = crate::vecs::with_capacity(n);
    for i in 0..n {
        crate::vecs::push(&mut a, i);
    }
    // Each run of `RUN` sorted by stable insertion: an element moves left past the greater ones only.
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let x = run[i];
            let mut j = i;
            while j > 0 && cmp.compare(x, run[j - 1]) == Ordering::Less {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = x;
        }
    }
    let mut b = crate::vecs::filled(0usize, n);
    let mut width = RUN;
    while width < n {
        // Each pair of runs of `a`, `left` and `right`, merges into the same places of `b`.
        for (run, out) in a.chunks(2 * width).zip(b.chunks_mut(2 * width)) {
            let (left, right) = run.split_at(width.min(run.len()));
            let (mut i, mut j) = (0, 0);
            for slot in out {
                let r = right.get(j).copied();
                match left.get(i).copied() {
                    // Stable: an equal element from the left run goes first.
                    Some(l) if r.is_none_or(|r| cmp.compare(r, l) != Ordering::Less) => {
                        *slot = l;
                        i += 1;
                    }
                    // `out` is as long as the two runs, so `right` has one left here.
                    _ => {
                        *slot = r.unwrap_or(0);
                        j += 1;
                    }
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Sorts `v` stably by `cmp` (a total order).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
    #[cfg(target_arch = "wasm32")]
    {
        let idx = order(v.len(), |a, b| {
            cmp(crate::vecs::at(v, a), crate::vecs::at(v, b))
        });
        permute(v, idx);
    }
}

/// Moves the elements of `v` into the order `idx` gives: position `k` takes the element at
/// `idx[k]`. Only in the .wasm (natively the standard sort moves them): one copy per element type,
/// where inlined it would be repeated at each sort.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn permute<T>(v: &mut [T], mut idx: Vec<usize>) {
    // Each cycle of the permutation is applied by swaps in place, and a position done is marked
    // `idx[k] = k`.
    for k in 0..v.len() {
        let mut j = k;
        loop {
            let from = std::mem::replace(crate::vecs::at_mut(&mut idx, j), j);
            if from == k {
                break;
            }
            v.swap(j, from);
            j = from;
        }
    }
}

/// Sorts `v` in ascending order (stable).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // A small linear congruential generator: many lengths, many ties.
        let mut x = 12345u64;
        for n in 0..200 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((x >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|a| a.0);
            assert_eq!(ours, std_sorted, "n = {n}");
        }
        // The .wasm's merge sort of indices, natively tested against the standard one.
        for n in 0..300 {
            let keys: Vec<u8> = (0..n)
                .map(|_| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (x >> 60) as u8
                })
                .collect();
            let merged = merge_order(n, &|a: usize, b: usize| keys[a].cmp(&keys[b]));
            let mut std_order: Vec<usize> = (0..n).collect();
            std_order.sort_by_key(|&k| keys[k]);
            assert_eq!(merged, std_order, "n = {n}");
        }
        let mut w = vec![3, 1, 2, 1];
        sort(&mut w);
        assert_eq!(w, [1, 1, 2, 3]);
        assert_eq!(order(0, |a, b| a.cmp(&b)), Vec::<usize>::new());
    }
}
