//! The entity tagger's weight rows, summed two tags per 64-bit addition ("SIMD within a register").
//!
//! A row holds one 16-bit weight per tag. Stored as unsigned lanes (the weight plus 2^15), four to a
//! word, a row splits into the even and the odd lanes of each word, each lane widened to a 32-bit
//! half of its own, and a token's rows are summed half by half: a half never carries into the next
//! one (65,536 lanes of at most 65,535 fit in 32 bits), so each sum, less 2^15 per row summed, is
//! exactly the integer sum of that tag's weights, in any order.

use super::tags::NT;

/// 16-bit lanes in a 64-bit word.
const LANES: usize = 4;

/// Words in a row.
const WORDS: usize = NT.div_ceil(LANES);

/// What is added to a weight to store it as an unsigned lane.
const BIAS: i64 = 1 << 15;

/// The lanes 0 and 2 of a word, each in a 32-bit half (shifted right by 16 first: lanes 1 and 3).
const HALVES: u64 = 0x0000_FFFF_0000_FFFF;

/// Rows summed before the halves are read out: 2^16 lanes of at most 2^16 - 1 stay below 2^32.
const MAX_ROWS: u32 = 1 << 16;

/// One row of weights, one per tag: tag `t` in lane `t % 4` of word `t / 4`, as its weight plus
/// 2^15 (lanes past the last tag are never read).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Row([u64; WORDS]);

impl Row {
    /// The row of `weights`, one per tag.
    pub(crate) fn new(weights: &[i16; NT]) -> Row {
        let mut words = [0u64; WORDS];
        for (t, &w) in weights.iter().enumerate() {
            // The weight plus 2^15, in 0..=65535.
            let lane = u64::from(w as u16 ^ 0x8000);
            words[t / LANES] |= lane << (16 * (t % LANES));
        }
        Row(words)
    }
}

/// Running sums of rows: the even and the odd lanes of each word, in 32-bit halves.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sums {
    even: [u64; WORDS],
    odd: [u64; WORDS],
    /// Rows added.
    rows: u32,
}

impl Sums {
    fn add(&mut self, row: &Row) {
        for ((e, o), &w) in self.even.iter_mut().zip(&mut self.odd).zip(&row.0) {
            *e += w & HALVES;
            *o += (w >> 16) & HALVES;
        }
        self.rows += 1;
    }

    /// Adds `row`, first reading the sums out into `acc` when a half could fill.
    #[inline]
    pub(crate) fn push(&mut self, row: &Row, acc: &mut [i32; NT]) {
        if self.rows == MAX_ROWS {
            self.drain_into(acc);
        }
        self.add(row);
    }

    /// Adds each tag's sum of weights into `acc`, and starts again from no row.
    pub(crate) fn drain_into(&mut self, acc: &mut [i32; NT]) {
        let bias = BIAS * i64::from(self.rows);
        let mut tags = acc.iter_mut();
        for (&e, &o) in self.even.iter().zip(&self.odd) {
            // Lanes 0 to 3 of the word.
            for half in [e & 0xFFFF_FFFF, o & 0xFFFF_FFFF, e >> 32, o >> 32] {
                if let Some(a) = tags.next() {
                    // At most 2^16 rows of 16-bit weights: the sum fits an `i32`.
                    *a += (half as i64 - bias) as i32;
                }
            }
        }
        *self = Sums::default();
    }
}

/// Adds the weights of `rows` into `acc`, tag by tag: what adding each row's weights one by one
/// gives. (Natively the entity model adds its rows to a [`Sums`] one by one.)
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn sum_rows<'a>(rows: impl Iterator<Item = &'a Row>, acc: &mut [i32; NT]) {
    let mut sums = Sums::default();
    for row in rows {
        sums.push(row, acc);
    }
    sums.drain_into(acc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_the_integer_sums() {
        let rows: Vec<[i16; NT]> = (0..40)
            .map(|k: i32| {
                std::array::from_fn(|t| match (k + t as i32) % 5 {
                    0 => i16::MIN,
                    1 => i16::MAX,
                    2 => 0,
                    3 => -1,
                    _ => (k * 977 - t as i32 * 131) as i16,
                })
            })
            .collect();
        let mut want = [0i32; NT];
        for r in &rows {
            for (a, &w) in want.iter_mut().zip(r) {
                *a += i32::from(w);
            }
        }
        let packed: Vec<Row> = rows.iter().map(Row::new).collect();
        let mut got = [5i32; NT];
        sum_rows(packed.iter(), &mut got);
        assert_eq!(got, want.map(|w| w + 5));
        let mut none = [0i32; NT];
        sum_rows([].iter(), &mut none);
        assert_eq!(none, [0; NT]);
    }

    #[test]
    fn many_rows_are_read_out_before_a_half_fills() {
        // Lanes of 62,768: 2^16 of them nearly fill a half.
        let row = Row::new(&[30_000; NT]);
        let n = MAX_ROWS as usize + 3;
        let mut got = [0i32; NT];
        sum_rows(std::iter::repeat_n(&row, n), &mut got);
        assert_eq!(got, [30_000 * n as i32; NT]);
    }
}
