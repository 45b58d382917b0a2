//! Weight quantisation for the model files (training only): a codebook of `2^wbits` values fitted to
//! the magnitudes of trained weights by Lloyd's algorithm, and the nearest code for a weight.
//!
//! Code 0 always stands for the weight 0, and the levels are symmetric (`+v` and `-v`), so a
//! `wbits`-bit code holds `2^(wbits-1) - 1` magnitudes and a sign.

use crate::vecs::CollectVec;

/// The codebook for `wbits`-bit codes: 0, then `2^(wbits-1) - 1` symmetric levels fitted to the
/// weight magnitudes `mags` (sorted ascending) by Lloyd's algorithm (Lloyd 1982, "Least squares
/// quantization in PCM"); magnitudes nearer 0 than to the smallest level become 0.
pub(crate) fn codebook(mags: &[f32], wbits: u32, floor: f64) -> Vec<f32> {
    let levels = (1usize << (wbits - 1)) - 1;
    if mags.is_empty() || levels == 0 {
        return vec![0.0];
    }
    let q = |f: f64| f64::from(mags[((mags.len() - 1) as f64 * f) as usize]);
    let (lo, hi) = (q(floor).max(1e-9), q(0.9999).max(1e-9));
    let mut lv: Vec<f64> = (0..levels)
        .map(|j| lo * (hi / lo).powf(j as f64 / (levels - 1).max(1) as f64))
        .collect_vec();
    // Prefix sums make each Lloyd step a few binary searches.
    let mut prefix = crate::vecs::with_capacity(mags.len() + 1);
    prefix.push(0f64);
    for &m in mags {
        prefix.push(prefix.last().copied().unwrap_or(0.0) + f64::from(m));
    }
    for _ in 0..40 {
        // Boundaries: midpoints between 0, the levels, and +inf.
        let mut bounds = vec![lv[0] / 2.0];
        for j in 0..levels - 1 {
            bounds.push((lv[j] + lv[j + 1]) / 2.0);
        }
        bounds.push(f64::INFINITY);
        for j in 0..levels {
            let a = mags.partition_point(|&m| f64::from(m) < bounds[j]);
            let b = mags.partition_point(|&m| f64::from(m) < bounds[j + 1]);
            if b > a {
                lv[j] = (prefix[b] - prefix[a]) / (b - a) as f64;
            }
        }
        lv.sort_by(f64::total_cmp);
    }
    let mut book = vec![0f32];
    crate::vecs::extend(&mut book, lv.iter().map(|&v| v as f32));
    crate::vecs::extend(&mut book, lv.iter().map(|&v| -v as f32));
    book
}

/// The code of the codebook value nearest to `v`.
pub(crate) fn nearest(book: &[f32], v: f32) -> u8 {
    let mut best = 0usize;
    for (k, &b) in book.iter().enumerate() {
        if (b - v).abs() < (book[best] - v).abs() {
            best = k;
        }
    }
    best as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codebook_is_symmetric_and_nearest_rounds() {
        let mags: Vec<f32> = (1..=1000).map(|i| i as f32 / 100.0).collect();
        let book = codebook(&mags, 3, 0.2);
        assert_eq!(book.len(), 7);
        assert_eq!(book[0], 0.0);
        for j in 1..=3 {
            assert_eq!(book[j], -book[j + 3]);
            assert!(book[j] > 0.0);
        }
        assert_eq!(nearest(&book, 0.0), 0);
        assert_eq!(nearest(&book, book[2] + 1e-3), 2);
        assert_eq!(nearest(&book, -book[3]), 6);
        assert_eq!(codebook(&[], 4, 0.5), vec![0.0]);
    }
}
