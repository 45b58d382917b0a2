//! Upper and lower case as the standard library maps them ([`char::to_uppercase`],
//! [`char::to_lowercase`], [`str::to_lowercase`]), from tables of about 3 KB gzipped, where the
//! standard library's own tables and code for them take about 13 KB of the gzipped `.wasm`.
//!
//! The one-char mappings are runs of chars that move by the same amount (`À`..`Ö` up by 32 to lower
//! case; `Ā`, `Ă`, `Ą`, ... every other char up by 1), the mappings to two or three chars (`ß` to `SS`,
//! `İ` to `i̇`) are listed, and the one context-dependent mapping, `Σ` to `ς` at the end of a word,
//! reads a list of the case-ignorable chars (Unicode's `Case_Ignorable`) as spans. Each table keeps
//! its fields in arrays apart, which compress better. The tests check every char against the standard
//! library; when a new Rust release brings a new Unicode version, the failing test prints the new
//! tables.

use crate::text::{char_indices, chars, head, tail};
use crate::vecs;

/// Runs of chars that move by the same amount: run `i` is `count` chars from `first[i]`, `stride`
/// apart, each moving by `delta[i]`, with `step[i]` = `count | (stride - 1) << 7`.
struct Runs<const N: usize> {
    first: [u32; N],
    step: [u8; N],
    delta: [i32; N],
}

impl<const N: usize> Runs<N> {
    /// The runs `(first, count, stride, delta)`, sorted by `first`.
    const fn new(runs: [(u32, u8, u8, i32); N]) -> Self {
        let mut out = Runs {
            first: [0; N],
            step: [0; N],
            delta: [0; N],
        };
        let mut i = 0;
        while i < N {
            let (first, count, stride, delta) = runs[i];
            assert!(count < 128 && (stride == 1 || stride == 2));
            out.first[i] = first;
            out.step[i] = count | (stride - 1) << 7;
            out.delta[i] = delta;
            i += 1;
        }
        out
    }

    /// The char that `c` moves to, if a run holds it.
    fn get(&self, c: char) -> Option<char> {
        in_runs(&self.first, &self.step, &self.delta, c)
    }
}

/// Spans of chars: span `i` is `first[i]..=first[i] + len[i]`.
struct Spans<const N: usize> {
    first: [u32; N],
    len: [u8; N],
}

impl<const N: usize> Spans<N> {
    /// The spans `(first, last)`, sorted.
    const fn new(spans: [(u32, u32); N]) -> Self {
        let mut out = Spans {
            first: [0; N],
            len: [0; N],
        };
        let mut i = 0;
        while i < N {
            let (first, last) = spans[i];
            assert!(first <= last && last - first < 256);
            out.first[i] = first;
            out.len[i] = (last - first) as u8;
            i += 1;
        }
        out
    }
}

/// The non-ASCII chars whose upper case is one other char, as runs sorted by `first`.
static UPPER_RUNS: Runs<197> = Runs::new([
    (0x00B5, 1, 1, 743),
    (0x00E0, 23, 1, -32),
    (0x00F8, 7, 1, -32),
    (0x00FF, 1, 1, 121),
    (0x0101, 24, 2, -1),
    (0x0131, 1, 1, -232),
    (0x0133, 3, 2, -1),
    (0x013A, 8, 2, -1),
    (0x014B, 23, 2, -1),
    (0x017A, 3, 2, -1),
    (0x017F, 1, 1, -300),
    (0x0180, 1, 1, 195),
    (0x0183, 2, 2, -1),
    (0x0188, 1, 1, -1),
    (0x018C, 1, 1, -1),
    (0x0192, 1, 1, -1),
    (0x0195, 1, 1, 97),
    (0x0199, 1, 1, -1),
    (0x019A, 1, 1, 163),
    (0x019B, 1, 1, 42561),
    (0x019E, 1, 1, 130),
    (0x01A1, 3, 2, -1),
    (0x01A8, 1, 1, -1),
    (0x01AD, 1, 1, -1),
    (0x01B0, 1, 1, -1),
    (0x01B4, 2, 2, -1),
    (0x01B9, 1, 1, -1),
    (0x01BD, 1, 1, -1),
    (0x01BF, 1, 1, 56),
    (0x01C5, 1, 1, -1),
    (0x01C6, 1, 1, -2),
    (0x01C8, 1, 1, -1),
    (0x01C9, 1, 1, -2),
    (0x01CB, 1, 1, -1),
    (0x01CC, 1, 1, -2),
    (0x01CE, 8, 2, -1),
    (0x01DD, 1, 1, -79),
    (0x01DF, 9, 2, -1),
    (0x01F2, 1, 1, -1),
    (0x01F3, 1, 1, -2),
    (0x01F5, 1, 1, -1),
    (0x01F9, 20, 2, -1),
    (0x0223, 9, 2, -1),
    (0x023C, 1, 1, -1),
    (0x023F, 2, 1, 10815),
    (0x0242, 1, 1, -1),
    (0x0247, 5, 2, -1),
    (0x0250, 1, 1, 10783),
    (0x0251, 1, 1, 10780),
    (0x0252, 1, 1, 10782),
    (0x0253, 1, 1, -210),
    (0x0254, 1, 1, -206),
    (0x0256, 2, 1, -205),
    (0x0259, 1, 1, -202),
    (0x025B, 1, 1, -203),
    (0x025C, 1, 1, 42319),
    (0x0260, 1, 1, -205),
    (0x0261, 1, 1, 42315),
    (0x0263, 1, 1, -207),
    (0x0264, 1, 1, 42343),
    (0x0265, 1, 1, 42280),
    (0x0266, 1, 1, 42308),
    (0x0268, 1, 1, -209),
    (0x0269, 1, 1, -211),
    (0x026A, 1, 1, 42308),
    (0x026B, 1, 1, 10743),
    (0x026C, 1, 1, 42305),
    (0x026F, 1, 1, -211),
    (0x0271, 1, 1, 10749),
    (0x0272, 1, 1, -213),
    (0x0275, 1, 1, -214),
    (0x027D, 1, 1, 10727),
    (0x0280, 1, 1, -218),
    (0x0282, 1, 1, 42307),
    (0x0283, 1, 1, -218),
    (0x0287, 1, 1, 42282),
    (0x0288, 1, 1, -218),
    (0x0289, 1, 1, -69),
    (0x028A, 2, 1, -217),
    (0x028C, 1, 1, -71),
    (0x0292, 1, 1, -219),
    (0x029D, 1, 1, 42261),
    (0x029E, 1, 1, 42258),
    (0x0345, 1, 1, 84),
    (0x0371, 2, 2, -1),
    (0x0377, 1, 1, -1),
    (0x037B, 3, 1, 130),
    (0x03AC, 1, 1, -38),
    (0x03AD, 3, 1, -37),
    (0x03B1, 17, 1, -32),
    (0x03C2, 1, 1, -31),
    (0x03C3, 9, 1, -32),
    (0x03CC, 1, 1, -64),
    (0x03CD, 2, 1, -63),
    (0x03D0, 1, 1, -62),
    (0x03D1, 1, 1, -57),
    (0x03D5, 1, 1, -47),
    (0x03D6, 1, 1, -54),
    (0x03D7, 1, 1, -8),
    (0x03D9, 12, 2, -1),
    (0x03F0, 1, 1, -86),
    (0x03F1, 1, 1, -80),
    (0x03F2, 1, 1, 7),
    (0x03F3, 1, 1, -116),
    (0x03F5, 1, 1, -96),
    (0x03F8, 1, 1, -1),
    (0x03FB, 1, 1, -1),
    (0x0430, 32, 1, -32),
    (0x0450, 16, 1, -80),
    (0x0461, 17, 2, -1),
    (0x048B, 27, 2, -1),
    (0x04C2, 7, 2, -1),
    (0x04CF, 1, 1, -15),
    (0x04D1, 48, 2, -1),
    (0x0561, 38, 1, -48),
    (0x10D0, 43, 1, 3008),
    (0x10FD, 3, 1, 3008),
    (0x13F8, 6, 1, -8),
    (0x1C80, 1, 1, -6254),
    (0x1C81, 1, 1, -6253),
    (0x1C82, 1, 1, -6244),
    (0x1C83, 2, 1, -6242),
    (0x1C85, 1, 1, -6243),
    (0x1C86, 1, 1, -6236),
    (0x1C87, 1, 1, -6181),
    (0x1C88, 1, 1, 35266),
    (0x1C8A, 1, 1, -1),
    (0x1D79, 1, 1, 35332),
    (0x1D7D, 1, 1, 3814),
    (0x1D8E, 1, 1, 35384),
    (0x1E01, 75, 2, -1),
    (0x1E9B, 1, 1, -59),
    (0x1EA1, 48, 2, -1),
    (0x1F00, 8, 1, 8),
    (0x1F10, 6, 1, 8),
    (0x1F20, 8, 1, 8),
    (0x1F30, 8, 1, 8),
    (0x1F40, 6, 1, 8),
    (0x1F51, 4, 2, 8),
    (0x1F60, 8, 1, 8),
    (0x1F70, 2, 1, 74),
    (0x1F72, 4, 1, 86),
    (0x1F76, 2, 1, 100),
    (0x1F78, 2, 1, 128),
    (0x1F7A, 2, 1, 112),
    (0x1F7C, 2, 1, 126),
    (0x1FB0, 2, 1, 8),
    (0x1FBE, 1, 1, -7205),
    (0x1FD0, 2, 1, 8),
    (0x1FE0, 2, 1, 8),
    (0x1FE5, 1, 1, 7),
    (0x214E, 1, 1, -28),
    (0x2170, 16, 1, -16),
    (0x2184, 1, 1, -1),
    (0x24D0, 26, 1, -26),
    (0x2C30, 48, 1, -48),
    (0x2C61, 1, 1, -1),
    (0x2C65, 1, 1, -10795),
    (0x2C66, 1, 1, -10792),
    (0x2C68, 3, 2, -1),
    (0x2C73, 1, 1, -1),
    (0x2C76, 1, 1, -1),
    (0x2C81, 50, 2, -1),
    (0x2CEC, 2, 2, -1),
    (0x2CF3, 1, 1, -1),
    (0x2D00, 38, 1, -7264),
    (0x2D27, 1, 1, -7264),
    (0x2D2D, 1, 1, -7264),
    (0xA641, 23, 2, -1),
    (0xA681, 14, 2, -1),
    (0xA723, 7, 2, -1),
    (0xA733, 31, 2, -1),
    (0xA77A, 2, 2, -1),
    (0xA77F, 5, 2, -1),
    (0xA78C, 1, 1, -1),
    (0xA791, 2, 2, -1),
    (0xA794, 1, 1, 48),
    (0xA797, 10, 2, -1),
    (0xA7B5, 8, 2, -1),
    (0xA7C8, 2, 2, -1),
    (0xA7CD, 8, 2, -1),
    (0xA7F6, 1, 1, -1),
    (0xAB53, 1, 1, -928),
    (0xAB70, 80, 1, -38864),
    (0xFF41, 26, 1, -32),
    (0x10428, 40, 1, -40),
    (0x104D8, 36, 1, -40),
    (0x10597, 11, 1, -39),
    (0x105A3, 15, 1, -39),
    (0x105B3, 7, 1, -39),
    (0x105BB, 2, 1, -39),
    (0x10CC0, 51, 1, -64),
    (0x10D70, 22, 1, -32),
    (0x118C0, 32, 1, -32),
    (0x16E60, 32, 1, -32),
    (0x16EBB, 25, 1, -27),
    (0x1E922, 34, 1, -34),
]);

/// The chars whose upper case is two or three chars (all in the Basic Multilingual Plane), sorted;
/// a 0 ends a shorter one.
static UPPER_MULTI: [(u16, [u16; 3]); 102] = [
    (0x00DF, [0x0053, 0x0053, 0]),
    (0x0149, [0x02BC, 0x004E, 0]),
    (0x01F0, [0x004A, 0x030C, 0]),
    (0x0390, [0x0399, 0x0308, 0x0301]),
    (0x03B0, [0x03A5, 0x0308, 0x0301]),
    (0x0587, [0x0535, 0x0552, 0]),
    (0x1E96, [0x0048, 0x0331, 0]),
    (0x1E97, [0x0054, 0x0308, 0]),
    (0x1E98, [0x0057, 0x030A, 0]),
    (0x1E99, [0x0059, 0x030A, 0]),
    (0x1E9A, [0x0041, 0x02BE, 0]),
    (0x1F50, [0x03A5, 0x0313, 0]),
    (0x1F52, [0x03A5, 0x0313, 0x0300]),
    (0x1F54, [0x03A5, 0x0313, 0x0301]),
    (0x1F56, [0x03A5, 0x0313, 0x0342]),
    (0x1F80, [0x1F08, 0x0399, 0]),
    (0x1F81, [0x1F09, 0x0399, 0]),
    (0x1F82, [0x1F0A, 0x0399, 0]),
    (0x1F83, [0x1F0B, 0x0399, 0]),
    (0x1F84, [0x1F0C, 0x0399, 0]),
    (0x1F85, [0x1F0D, 0x0399, 0]),
    (0x1F86, [0x1F0E, 0x0399, 0]),
    (0x1F87, [0x1F0F, 0x0399, 0]),
    (0x1F88, [0x1F08, 0x0399, 0]),
    (0x1F89, [0x1F09, 0x0399, 0]),
    (0x1F8A, [0x1F0A, 0x0399, 0]),
    (0x1F8B, [0x1F0B, 0x0399, 0]),
    (0x1F8C, [0x1F0C, 0x0399, 0]),
    (0x1F8D, [0x1F0D, 0x0399, 0]),
    (0x1F8E, [0x1F0E, 0x0399, 0]),
    (0x1F8F, [0x1F0F, 0x0399, 0]),
    (0x1F90, [0x1F28, 0x0399, 0]),
    (0x1F91, [0x1F29, 0x0399, 0]),
    (0x1F92, [0x1F2A, 0x0399, 0]),
    (0x1F93, [0x1F2B, 0x0399, 0]),
    (0x1F94, [0x1F2C, 0x0399, 0]),
    (0x1F95, [0x1F2D, 0x0399, 0]),
    (0x1F96, [0x1F2E, 0x0399, 0]),
    (0x1F97, [0x1F2F, 0x0399, 0]),
    (0x1F98, [0x1F28, 0x0399, 0]),
    (0x1F99, [0x1F29, 0x0399, 0]),
    (0x1F9A, [0x1F2A, 0x0399, 0]),
    (0x1F9B, [0x1F2B, 0x0399, 0]),
    (0x1F9C, [0x1F2C, 0x0399, 0]),
    (0x1F9D, [0x1F2D, 0x0399, 0]),
    (0x1F9E, [0x1F2E, 0x0399, 0]),
    (0x1F9F, [0x1F2F, 0x0399, 0]),
    (0x1FA0, [0x1F68, 0x0399, 0]),
    (0x1FA1, [0x1F69, 0x0399, 0]),
    (0x1FA2, [0x1F6A, 0x0399, 0]),
    (0x1FA3, [0x1F6B, 0x0399, 0]),
    (0x1FA4, [0x1F6C, 0x0399, 0]),
    (0x1FA5, [0x1F6D, 0x0399, 0]),
    (0x1FA6, [0x1F6E, 0x0399, 0]),
    (0x1FA7, [0x1F6F, 0x0399, 0]),
    (0x1FA8, [0x1F68, 0x0399, 0]),
    (0x1FA9, [0x1F69, 0x0399, 0]),
    (0x1FAA, [0x1F6A, 0x0399, 0]),
    (0x1FAB, [0x1F6B, 0x0399, 0]),
    (0x1FAC, [0x1F6C, 0x0399, 0]),
    (0x1FAD, [0x1F6D, 0x0399, 0]),
    (0x1FAE, [0x1F6E, 0x0399, 0]),
    (0x1FAF, [0x1F6F, 0x0399, 0]),
    (0x1FB2, [0x1FBA, 0x0399, 0]),
    (0x1FB3, [0x0391, 0x0399, 0]),
    (0x1FB4, [0x0386, 0x0399, 0]),
    (0x1FB6, [0x0391, 0x0342, 0]),
    (0x1FB7, [0x0391, 0x0342, 0x0399]),
    (0x1FBC, [0x0391, 0x0399, 0]),
    (0x1FC2, [0x1FCA, 0x0399, 0]),
    (0x1FC3, [0x0397, 0x0399, 0]),
    (0x1FC4, [0x0389, 0x0399, 0]),
    (0x1FC6, [0x0397, 0x0342, 0]),
    (0x1FC7, [0x0397, 0x0342, 0x0399]),
    (0x1FCC, [0x0397, 0x0399, 0]),
    (0x1FD2, [0x0399, 0x0308, 0x0300]),
    (0x1FD3, [0x0399, 0x0308, 0x0301]),
    (0x1FD6, [0x0399, 0x0342, 0]),
    (0x1FD7, [0x0399, 0x0308, 0x0342]),
    (0x1FE2, [0x03A5, 0x0308, 0x0300]),
    (0x1FE3, [0x03A5, 0x0308, 0x0301]),
    (0x1FE4, [0x03A1, 0x0313, 0]),
    (0x1FE6, [0x03A5, 0x0342, 0]),
    (0x1FE7, [0x03A5, 0x0308, 0x0342]),
    (0x1FF2, [0x1FFA, 0x0399, 0]),
    (0x1FF3, [0x03A9, 0x0399, 0]),
    (0x1FF4, [0x038F, 0x0399, 0]),
    (0x1FF6, [0x03A9, 0x0342, 0]),
    (0x1FF7, [0x03A9, 0x0342, 0x0399]),
    (0x1FFC, [0x03A9, 0x0399, 0]),
    (0xFB00, [0x0046, 0x0046, 0]),
    (0xFB01, [0x0046, 0x0049, 0]),
    (0xFB02, [0x0046, 0x004C, 0]),
    (0xFB03, [0x0046, 0x0046, 0x0049]),
    (0xFB04, [0x0046, 0x0046, 0x004C]),
    (0xFB05, [0x0053, 0x0054, 0]),
    (0xFB06, [0x0053, 0x0054, 0]),
    (0xFB13, [0x0544, 0x0546, 0]),
    (0xFB14, [0x0544, 0x0535, 0]),
    (0xFB15, [0x0544, 0x053B, 0]),
    (0xFB16, [0x054E, 0x0546, 0]),
    (0xFB17, [0x0544, 0x053D, 0]),
];

/// The non-ASCII chars whose lower case is one other char, as runs sorted by `first` (`İ`, the one
/// char whose lower case is two, is left to [`to_lower`]).
static LOWER_RUNS: Runs<184> = Runs::new([
    (0x00C0, 23, 1, 32),
    (0x00D8, 7, 1, 32),
    (0x0100, 24, 2, 1),
    (0x0132, 3, 2, 1),
    (0x0139, 8, 2, 1),
    (0x014A, 23, 2, 1),
    (0x0178, 1, 1, -121),
    (0x0179, 3, 2, 1),
    (0x0181, 1, 1, 210),
    (0x0182, 2, 2, 1),
    (0x0186, 1, 1, 206),
    (0x0187, 1, 1, 1),
    (0x0189, 2, 1, 205),
    (0x018B, 1, 1, 1),
    (0x018E, 1, 1, 79),
    (0x018F, 1, 1, 202),
    (0x0190, 1, 1, 203),
    (0x0191, 1, 1, 1),
    (0x0193, 1, 1, 205),
    (0x0194, 1, 1, 207),
    (0x0196, 1, 1, 211),
    (0x0197, 1, 1, 209),
    (0x0198, 1, 1, 1),
    (0x019C, 1, 1, 211),
    (0x019D, 1, 1, 213),
    (0x019F, 1, 1, 214),
    (0x01A0, 3, 2, 1),
    (0x01A6, 1, 1, 218),
    (0x01A7, 1, 1, 1),
    (0x01A9, 1, 1, 218),
    (0x01AC, 1, 1, 1),
    (0x01AE, 1, 1, 218),
    (0x01AF, 1, 1, 1),
    (0x01B1, 2, 1, 217),
    (0x01B3, 2, 2, 1),
    (0x01B7, 1, 1, 219),
    (0x01B8, 1, 1, 1),
    (0x01BC, 1, 1, 1),
    (0x01C4, 1, 1, 2),
    (0x01C5, 1, 1, 1),
    (0x01C7, 1, 1, 2),
    (0x01C8, 1, 1, 1),
    (0x01CA, 1, 1, 2),
    (0x01CB, 9, 2, 1),
    (0x01DE, 9, 2, 1),
    (0x01F1, 1, 1, 2),
    (0x01F2, 2, 2, 1),
    (0x01F6, 1, 1, -97),
    (0x01F7, 1, 1, -56),
    (0x01F8, 20, 2, 1),
    (0x0220, 1, 1, -130),
    (0x0222, 9, 2, 1),
    (0x023A, 1, 1, 10795),
    (0x023B, 1, 1, 1),
    (0x023D, 1, 1, -163),
    (0x023E, 1, 1, 10792),
    (0x0241, 1, 1, 1),
    (0x0243, 1, 1, -195),
    (0x0244, 1, 1, 69),
    (0x0245, 1, 1, 71),
    (0x0246, 5, 2, 1),
    (0x0370, 2, 2, 1),
    (0x0376, 1, 1, 1),
    (0x037F, 1, 1, 116),
    (0x0386, 1, 1, 38),
    (0x0388, 3, 1, 37),
    (0x038C, 1, 1, 64),
    (0x038E, 2, 1, 63),
    (0x0391, 17, 1, 32),
    (0x03A3, 9, 1, 32),
    (0x03CF, 1, 1, 8),
    (0x03D8, 12, 2, 1),
    (0x03F4, 1, 1, -60),
    (0x03F7, 1, 1, 1),
    (0x03F9, 1, 1, -7),
    (0x03FA, 1, 1, 1),
    (0x03FD, 3, 1, -130),
    (0x0400, 16, 1, 80),
    (0x0410, 32, 1, 32),
    (0x0460, 17, 2, 1),
    (0x048A, 27, 2, 1),
    (0x04C0, 1, 1, 15),
    (0x04C1, 7, 2, 1),
    (0x04D0, 48, 2, 1),
    (0x0531, 38, 1, 48),
    (0x10A0, 38, 1, 7264),
    (0x10C7, 1, 1, 7264),
    (0x10CD, 1, 1, 7264),
    (0x13A0, 80, 1, 38864),
    (0x13F0, 6, 1, 8),
    (0x1C89, 1, 1, 1),
    (0x1C90, 43, 1, -3008),
    (0x1CBD, 3, 1, -3008),
    (0x1E00, 75, 2, 1),
    (0x1E9E, 1, 1, -7615),
    (0x1EA0, 48, 2, 1),
    (0x1F08, 8, 1, -8),
    (0x1F18, 6, 1, -8),
    (0x1F28, 8, 1, -8),
    (0x1F38, 8, 1, -8),
    (0x1F48, 6, 1, -8),
    (0x1F59, 4, 2, -8),
    (0x1F68, 8, 1, -8),
    (0x1F88, 8, 1, -8),
    (0x1F98, 8, 1, -8),
    (0x1FA8, 8, 1, -8),
    (0x1FB8, 2, 1, -8),
    (0x1FBA, 2, 1, -74),
    (0x1FBC, 1, 1, -9),
    (0x1FC8, 4, 1, -86),
    (0x1FCC, 1, 1, -9),
    (0x1FD8, 2, 1, -8),
    (0x1FDA, 2, 1, -100),
    (0x1FE8, 2, 1, -8),
    (0x1FEA, 2, 1, -112),
    (0x1FEC, 1, 1, -7),
    (0x1FF8, 2, 1, -128),
    (0x1FFA, 2, 1, -126),
    (0x1FFC, 1, 1, -9),
    (0x2126, 1, 1, -7517),
    (0x212A, 1, 1, -8383),
    (0x212B, 1, 1, -8262),
    (0x2132, 1, 1, 28),
    (0x2160, 16, 1, 16),
    (0x2183, 1, 1, 1),
    (0x24B6, 26, 1, 26),
    (0x2C00, 48, 1, 48),
    (0x2C60, 1, 1, 1),
    (0x2C62, 1, 1, -10743),
    (0x2C63, 1, 1, -3814),
    (0x2C64, 1, 1, -10727),
    (0x2C67, 3, 2, 1),
    (0x2C6D, 1, 1, -10780),
    (0x2C6E, 1, 1, -10749),
    (0x2C6F, 1, 1, -10783),
    (0x2C70, 1, 1, -10782),
    (0x2C72, 1, 1, 1),
    (0x2C75, 1, 1, 1),
    (0x2C7E, 2, 1, -10815),
    (0x2C80, 50, 2, 1),
    (0x2CEB, 2, 2, 1),
    (0x2CF2, 1, 1, 1),
    (0xA640, 23, 2, 1),
    (0xA680, 14, 2, 1),
    (0xA722, 7, 2, 1),
    (0xA732, 31, 2, 1),
    (0xA779, 2, 2, 1),
    (0xA77D, 1, 1, -35332),
    (0xA77E, 5, 2, 1),
    (0xA78B, 1, 1, 1),
    (0xA78D, 1, 1, -42280),
    (0xA790, 2, 2, 1),
    (0xA796, 10, 2, 1),
    (0xA7AA, 1, 1, -42308),
    (0xA7AB, 1, 1, -42319),
    (0xA7AC, 1, 1, -42315),
    (0xA7AD, 1, 1, -42305),
    (0xA7AE, 1, 1, -42308),
    (0xA7B0, 1, 1, -42258),
    (0xA7B1, 1, 1, -42282),
    (0xA7B2, 1, 1, -42261),
    (0xA7B3, 1, 1, 928),
    (0xA7B4, 8, 2, 1),
    (0xA7C4, 1, 1, -48),
    (0xA7C5, 1, 1, -42307),
    (0xA7C6, 1, 1, -35384),
    (0xA7C7, 2, 2, 1),
    (0xA7CB, 1, 1, -42343),
    (0xA7CC, 8, 2, 1),
    (0xA7DC, 1, 1, -42561),
    (0xA7F5, 1, 1, 1),
    (0xFF21, 26, 1, 32),
    (0x10400, 40, 1, 40),
    (0x104B0, 36, 1, 40),
    (0x10570, 11, 1, 39),
    (0x1057C, 15, 1, 39),
    (0x1058C, 7, 1, 39),
    (0x10594, 2, 1, 39),
    (0x10C80, 51, 1, 64),
    (0x10D50, 22, 1, 32),
    (0x118A0, 32, 1, 32),
    (0x16E40, 32, 1, 32),
    (0x16EA0, 25, 1, 27),
    (0x1E900, 34, 1, 34),
]);

/// The case-ignorable chars (apostrophes, combining marks, modifier letters, ...), as sorted spans.
static CASE_IGNORABLE: Spans<464> = Spans::new([
    (0x0027, 0x0027),
    (0x002E, 0x002E),
    (0x003A, 0x003A),
    (0x005E, 0x005E),
    (0x0060, 0x0060),
    (0x00A8, 0x00A8),
    (0x00AD, 0x00AD),
    (0x00AF, 0x00AF),
    (0x00B4, 0x00B4),
    (0x00B7, 0x00B8),
    (0x02B0, 0x036F),
    (0x0374, 0x0375),
    (0x037A, 0x037A),
    (0x0384, 0x0385),
    (0x0387, 0x0387),
    (0x0483, 0x0489),
    (0x0559, 0x0559),
    (0x055F, 0x055F),
    (0x0591, 0x05BD),
    (0x05BF, 0x05BF),
    (0x05C1, 0x05C2),
    (0x05C4, 0x05C5),
    (0x05C7, 0x05C7),
    (0x05F4, 0x05F4),
    (0x0600, 0x0605),
    (0x0610, 0x061A),
    (0x061C, 0x061C),
    (0x0640, 0x0640),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06DD),
    (0x06DF, 0x06E8),
    (0x06EA, 0x06ED),
    (0x070F, 0x070F),
    (0x0711, 0x0711),
    (0x0730, 0x074A),
    (0x07A6, 0x07B0),
    (0x07EB, 0x07F5),
    (0x07FA, 0x07FA),
    (0x07FD, 0x07FD),
    (0x0816, 0x082D),
    (0x0859, 0x085B),
    (0x0888, 0x0888),
    (0x0890, 0x0891),
    (0x0897, 0x089F),
    (0x08C9, 0x0902),
    (0x093A, 0x093A),
    (0x093C, 0x093C),
    (0x0941, 0x0948),
    (0x094D, 0x094D),
    (0x0951, 0x0957),
    (0x0962, 0x0963),
    (0x0971, 0x0971),
    (0x0981, 0x0981),
    (0x09BC, 0x09BC),
    (0x09C1, 0x09C4),
    (0x09CD, 0x09CD),
    (0x09E2, 0x09E3),
    (0x09FE, 0x09FE),
    (0x0A01, 0x0A02),
    (0x0A3C, 0x0A3C),
    (0x0A41, 0x0A42),
    (0x0A47, 0x0A48),
    (0x0A4B, 0x0A4D),
    (0x0A51, 0x0A51),
    (0x0A70, 0x0A71),
    (0x0A75, 0x0A75),
    (0x0A81, 0x0A82),
    (0x0ABC, 0x0ABC),
    (0x0AC1, 0x0AC5),
    (0x0AC7, 0x0AC8),
    (0x0ACD, 0x0ACD),
    (0x0AE2, 0x0AE3),
    (0x0AFA, 0x0AFF),
    (0x0B01, 0x0B01),
    (0x0B3C, 0x0B3C),
    (0x0B3F, 0x0B3F),
    (0x0B41, 0x0B44),
    (0x0B4D, 0x0B4D),
    (0x0B55, 0x0B56),
    (0x0B62, 0x0B63),
    (0x0B82, 0x0B82),
    (0x0BC0, 0x0BC0),
    (0x0BCD, 0x0BCD),
    (0x0C00, 0x0C00),
    (0x0C04, 0x0C04),
    (0x0C3C, 0x0C3C),
    (0x0C3E, 0x0C40),
    (0x0C46, 0x0C48),
    (0x0C4A, 0x0C4D),
    (0x0C55, 0x0C56),
    (0x0C62, 0x0C63),
    (0x0C81, 0x0C81),
    (0x0CBC, 0x0CBC),
    (0x0CBF, 0x0CBF),
    (0x0CC6, 0x0CC6),
    (0x0CCC, 0x0CCD),
    (0x0CE2, 0x0CE3),
    (0x0D00, 0x0D01),
    (0x0D3B, 0x0D3C),
    (0x0D41, 0x0D44),
    (0x0D4D, 0x0D4D),
    (0x0D62, 0x0D63),
    (0x0D81, 0x0D81),
    (0x0DCA, 0x0DCA),
    (0x0DD2, 0x0DD4),
    (0x0DD6, 0x0DD6),
    (0x0E31, 0x0E31),
    (0x0E34, 0x0E3A),
    (0x0E46, 0x0E4E),
    (0x0EB1, 0x0EB1),
    (0x0EB4, 0x0EBC),
    (0x0EC6, 0x0EC6),
    (0x0EC8, 0x0ECE),
    (0x0F18, 0x0F19),
    (0x0F35, 0x0F35),
    (0x0F37, 0x0F37),
    (0x0F39, 0x0F39),
    (0x0F71, 0x0F7E),
    (0x0F80, 0x0F84),
    (0x0F86, 0x0F87),
    (0x0F8D, 0x0F97),
    (0x0F99, 0x0FBC),
    (0x0FC6, 0x0FC6),
    (0x102D, 0x1030),
    (0x1032, 0x1037),
    (0x1039, 0x103A),
    (0x103D, 0x103E),
    (0x1058, 0x1059),
    (0x105E, 0x1060),
    (0x1071, 0x1074),
    (0x1082, 0x1082),
    (0x1085, 0x1086),
    (0x108D, 0x108D),
    (0x109D, 0x109D),
    (0x10FC, 0x10FC),
    (0x135D, 0x135F),
    (0x1712, 0x1714),
    (0x1732, 0x1733),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17B4, 0x17B5),
    (0x17B7, 0x17BD),
    (0x17C6, 0x17C6),
    (0x17C9, 0x17D3),
    (0x17D7, 0x17D7),
    (0x17DD, 0x17DD),
    (0x180B, 0x180F),
    (0x1843, 0x1843),
    (0x1885, 0x1886),
    (0x18A9, 0x18A9),
    (0x1920, 0x1922),
    (0x1927, 0x1928),
    (0x1932, 0x1932),
    (0x1939, 0x193B),
    (0x1A17, 0x1A18),
    (0x1A1B, 0x1A1B),
    (0x1A56, 0x1A56),
    (0x1A58, 0x1A5E),
    (0x1A60, 0x1A60),
    (0x1A62, 0x1A62),
    (0x1A65, 0x1A6C),
    (0x1A73, 0x1A7C),
    (0x1A7F, 0x1A7F),
    (0x1AA7, 0x1AA7),
    (0x1AB0, 0x1ADD),
    (0x1AE0, 0x1AEB),
    (0x1B00, 0x1B03),
    (0x1B34, 0x1B34),
    (0x1B36, 0x1B3A),
    (0x1B3C, 0x1B3C),
    (0x1B42, 0x1B42),
    (0x1B6B, 0x1B73),
    (0x1B80, 0x1B81),
    (0x1BA2, 0x1BA5),
    (0x1BA8, 0x1BA9),
    (0x1BAB, 0x1BAD),
    (0x1BE6, 0x1BE6),
    (0x1BE8, 0x1BE9),
    (0x1BED, 0x1BED),
    (0x1BEF, 0x1BF1),
    (0x1C2C, 0x1C33),
    (0x1C36, 0x1C37),
    (0x1C78, 0x1C7D),
    (0x1CD0, 0x1CD2),
    (0x1CD4, 0x1CE0),
    (0x1CE2, 0x1CE8),
    (0x1CED, 0x1CED),
    (0x1CF4, 0x1CF4),
    (0x1CF8, 0x1CF9),
    (0x1D2C, 0x1D6A),
    (0x1D78, 0x1D78),
    (0x1D9B, 0x1DFF),
    (0x1FBD, 0x1FBD),
    (0x1FBF, 0x1FC1),
    (0x1FCD, 0x1FCF),
    (0x1FDD, 0x1FDF),
    (0x1FED, 0x1FEF),
    (0x1FFD, 0x1FFE),
    (0x200B, 0x200F),
    (0x2018, 0x2019),
    (0x2024, 0x2024),
    (0x2027, 0x2027),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0x2071, 0x2071),
    (0x207F, 0x207F),
    (0x2090, 0x209C),
    (0x20D0, 0x20F0),
    (0x2C7C, 0x2C7D),
    (0x2CEF, 0x2CF1),
    (0x2D6F, 0x2D6F),
    (0x2D7F, 0x2D7F),
    (0x2DE0, 0x2DFF),
    (0x2E2F, 0x2E2F),
    (0x3005, 0x3005),
    (0x302A, 0x302D),
    (0x3031, 0x3035),
    (0x303B, 0x303B),
    (0x3099, 0x309E),
    (0x30FC, 0x30FE),
    (0xA015, 0xA015),
    (0xA4F8, 0xA4FD),
    (0xA60C, 0xA60C),
    (0xA66F, 0xA672),
    (0xA674, 0xA67D),
    (0xA67F, 0xA67F),
    (0xA69C, 0xA69F),
    (0xA6F0, 0xA6F1),
    (0xA700, 0xA721),
    (0xA770, 0xA770),
    (0xA788, 0xA78A),
    (0xA7F1, 0xA7F4),
    (0xA7F8, 0xA7F9),
    (0xA802, 0xA802),
    (0xA806, 0xA806),
    (0xA80B, 0xA80B),
    (0xA825, 0xA826),
    (0xA82C, 0xA82C),
    (0xA8C4, 0xA8C5),
    (0xA8E0, 0xA8F1),
    (0xA8FF, 0xA8FF),
    (0xA926, 0xA92D),
    (0xA947, 0xA951),
    (0xA980, 0xA982),
    (0xA9B3, 0xA9B3),
    (0xA9B6, 0xA9B9),
    (0xA9BC, 0xA9BD),
    (0xA9CF, 0xA9CF),
    (0xA9E5, 0xA9E6),
    (0xAA29, 0xAA2E),
    (0xAA31, 0xAA32),
    (0xAA35, 0xAA36),
    (0xAA43, 0xAA43),
    (0xAA4C, 0xAA4C),
    (0xAA70, 0xAA70),
    (0xAA7C, 0xAA7C),
    (0xAAB0, 0xAAB0),
    (0xAAB2, 0xAAB4),
    (0xAAB7, 0xAAB8),
    (0xAABE, 0xAABF),
    (0xAAC1, 0xAAC1),
    (0xAADD, 0xAADD),
    (0xAAEC, 0xAAED),
    (0xAAF3, 0xAAF4),
    (0xAAF6, 0xAAF6),
    (0xAB5B, 0xAB5F),
    (0xAB69, 0xAB6B),
    (0xABE5, 0xABE5),
    (0xABE8, 0xABE8),
    (0xABED, 0xABED),
    (0xFB1E, 0xFB1E),
    (0xFBB2, 0xFBC2),
    (0xFE00, 0xFE0F),
    (0xFE13, 0xFE13),
    (0xFE20, 0xFE2F),
    (0xFE52, 0xFE52),
    (0xFE55, 0xFE55),
    (0xFEFF, 0xFEFF),
    (0xFF07, 0xFF07),
    (0xFF0E, 0xFF0E),
    (0xFF1A, 0xFF1A),
    (0xFF3E, 0xFF3E),
    (0xFF40, 0xFF40),
    (0xFF70, 0xFF70),
    (0xFF9E, 0xFF9F),
    (0xFFE3, 0xFFE3),
    (0xFFF9, 0xFFFB),
    (0x101FD, 0x101FD),
    (0x102E0, 0x102E0),
    (0x10376, 0x1037A),
    (0x10780, 0x10785),
    (0x10787, 0x107B0),
    (0x107B2, 0x107BA),
    (0x10A01, 0x10A03),
    (0x10A05, 0x10A06),
    (0x10A0C, 0x10A0F),
    (0x10A38, 0x10A3A),
    (0x10A3F, 0x10A3F),
    (0x10AE5, 0x10AE6),
    (0x10D24, 0x10D27),
    (0x10D4E, 0x10D4E),
    (0x10D69, 0x10D6D),
    (0x10D6F, 0x10D6F),
    (0x10EAB, 0x10EAC),
    (0x10EC5, 0x10EC5),
    (0x10EFA, 0x10EFF),
    (0x10F46, 0x10F50),
    (0x10F82, 0x10F85),
    (0x11001, 0x11001),
    (0x11038, 0x11046),
    (0x11070, 0x11070),
    (0x11073, 0x11074),
    (0x1107F, 0x11081),
    (0x110B3, 0x110B6),
    (0x110B9, 0x110BA),
    (0x110BD, 0x110BD),
    (0x110C2, 0x110C2),
    (0x110CD, 0x110CD),
    (0x11100, 0x11102),
    (0x11127, 0x1112B),
    (0x1112D, 0x11134),
    (0x11173, 0x11173),
    (0x11180, 0x11181),
    (0x111B6, 0x111BE),
    (0x111C9, 0x111CC),
    (0x111CF, 0x111CF),
    (0x1122F, 0x11231),
    (0x11234, 0x11234),
    (0x11236, 0x11237),
    (0x1123E, 0x1123E),
    (0x11241, 0x11241),
    (0x112DF, 0x112DF),
    (0x112E3, 0x112EA),
    (0x11300, 0x11301),
    (0x1133B, 0x1133C),
    (0x11340, 0x11340),
    (0x11366, 0x1136C),
    (0x11370, 0x11374),
    (0x113BB, 0x113C0),
    (0x113CE, 0x113CE),
    (0x113D0, 0x113D0),
    (0x113D2, 0x113D2),
    (0x113E1, 0x113E2),
    (0x11438, 0x1143F),
    (0x11442, 0x11444),
    (0x11446, 0x11446),
    (0x1145E, 0x1145E),
    (0x114B3, 0x114B8),
    (0x114BA, 0x114BA),
    (0x114BF, 0x114C0),
    (0x114C2, 0x114C3),
    (0x115B2, 0x115B5),
    (0x115BC, 0x115BD),
    (0x115BF, 0x115C0),
    (0x115DC, 0x115DD),
    (0x11633, 0x1163A),
    (0x1163D, 0x1163D),
    (0x1163F, 0x11640),
    (0x116AB, 0x116AB),
    (0x116AD, 0x116AD),
    (0x116B0, 0x116B5),
    (0x116B7, 0x116B7),
    (0x1171D, 0x1171D),
    (0x1171F, 0x1171F),
    (0x11722, 0x11725),
    (0x11727, 0x1172B),
    (0x1182F, 0x11837),
    (0x11839, 0x1183A),
    (0x1193B, 0x1193C),
    (0x1193E, 0x1193E),
    (0x11943, 0x11943),
    (0x119D4, 0x119D7),
    (0x119DA, 0x119DB),
    (0x119E0, 0x119E0),
    (0x11A01, 0x11A0A),
    (0x11A33, 0x11A38),
    (0x11A3B, 0x11A3E),
    (0x11A47, 0x11A47),
    (0x11A51, 0x11A56),
    (0x11A59, 0x11A5B),
    (0x11A8A, 0x11A96),
    (0x11A98, 0x11A99),
    (0x11B60, 0x11B60),
    (0x11B62, 0x11B64),
    (0x11B66, 0x11B66),
    (0x11C30, 0x11C36),
    (0x11C38, 0x11C3D),
    (0x11C3F, 0x11C3F),
    (0x11C92, 0x11CA7),
    (0x11CAA, 0x11CB0),
    (0x11CB2, 0x11CB3),
    (0x11CB5, 0x11CB6),
    (0x11D31, 0x11D36),
    (0x11D3A, 0x11D3A),
    (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D45),
    (0x11D47, 0x11D47),
    (0x11D90, 0x11D91),
    (0x11D95, 0x11D95),
    (0x11D97, 0x11D97),
    (0x11DD9, 0x11DD9),
    (0x11EF3, 0x11EF4),
    (0x11F00, 0x11F01),
    (0x11F36, 0x11F3A),
    (0x11F40, 0x11F40),
    (0x11F42, 0x11F42),
    (0x11F5A, 0x11F5A),
    (0x13430, 0x13440),
    (0x13447, 0x13455),
    (0x1611E, 0x16129),
    (0x1612D, 0x1612F),
    (0x16AF0, 0x16AF4),
    (0x16B30, 0x16B36),
    (0x16B40, 0x16B43),
    (0x16D40, 0x16D42),
    (0x16D6B, 0x16D6C),
    (0x16F4F, 0x16F4F),
    (0x16F8F, 0x16F9F),
    (0x16FE0, 0x16FE1),
    (0x16FE3, 0x16FE4),
    (0x16FF2, 0x16FF3),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1BC9D, 0x1BC9E),
    (0x1BCA0, 0x1BCA3),
    (0x1CF00, 0x1CF2D),
    (0x1CF30, 0x1CF46),
    (0x1D167, 0x1D169),
    (0x1D173, 0x1D182),
    (0x1D185, 0x1D18B),
    (0x1D1AA, 0x1D1AD),
    (0x1D242, 0x1D244),
    (0x1DA00, 0x1DA36),
    (0x1DA3B, 0x1DA6C),
    (0x1DA75, 0x1DA75),
    (0x1DA84, 0x1DA84),
    (0x1DA9B, 0x1DA9F),
    (0x1DAA1, 0x1DAAF),
    (0x1E000, 0x1E006),
    (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021),
    (0x1E023, 0x1E024),
    (0x1E026, 0x1E02A),
    (0x1E030, 0x1E06D),
    (0x1E08F, 0x1E08F),
    (0x1E130, 0x1E13D),
    (0x1E2AE, 0x1E2AE),
    (0x1E2EC, 0x1E2EF),
    (0x1E4EB, 0x1E4EF),
    (0x1E5EE, 0x1E5EF),
    (0x1E6E3, 0x1E6E3),
    (0x1E6E6, 0x1E6E6),
    (0x1E6EE, 0x1E6EF),
    (0x1E6F5, 0x1E6F5),
    (0x1E6FF, 0x1E6FF),
    (0x1E8D0, 0x1E8D6),
    (0x1E944, 0x1E94B),
    (0x1F3FB, 0x1F3FF),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    (0xE0100, 0xE01EF),
]);

/// The char that `c` moves to in the runs of [`Runs`] (fields apart).
fn in_runs(first: &[u32], step: &[u8], delta: &[i32], c: char) -> Option<char> {
    let c = c as u32;
    let i = first.partition_point(|&f| f <= c).checked_sub(1)?;
    let (at, step) = (c - *vecs::at(first, i), u32::from(*vecs::at(step, i)));
    let stride = 1 + (step >> 7);
    (at % stride == 0 && at / stride < step & 0x7F)
        .then(|| char::from_u32(c.wrapping_add_signed(*vecs::at(delta, i))))
        .flatten()
}

/// The upper case of `c`: the same chars as `c.to_uppercase()`.
pub(crate) fn to_upper(c: char) -> impl Iterator<Item = char> {
    let mut out = [c, '\0', '\0'];
    let mut len = 1;
    if c.is_ascii() {
        out[0] = c.to_ascii_uppercase();
    } else if let Ok(i) = UPPER_MULTI.binary_search_by_key(&(c as u32), |&(k, _)| u32::from(k)) {
        let chars = crate::vecs::at(&UPPER_MULTI, i)
            .1
            .iter()
            .take_while(|&&u| u != 0);
        len = 0;
        for (slot, &u) in out.iter_mut().zip(chars) {
            *slot = char::from_u32(u32::from(u)).unwrap_or(c);
            len += 1;
        }
    } else if let Some(u) = UPPER_RUNS.get(c) {
        out[0] = u;
    }
    out.into_iter().take(len)
}

/// The lower case of `c`: the same chars as `c.to_lowercase()`.
pub(crate) fn to_lower(c: char) -> impl Iterator<Item = char> {
    let (first, second) = if c.is_ascii() {
        (c.to_ascii_lowercase(), None)
    } else if c == '\u{130}' {
        ('i', Some('\u{307}'))
    } else {
        (LOWER_RUNS.get(c).unwrap_or(c), None)
    };
    std::iter::once(first).chain(second)
}

/// Appends the lower case of `c` to `out` (`out.extend(to_lower(c))`). Inlined natively; one call
/// in the .wasm, where each `extend` with its own iterator type brought its own copy of the loop.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn push_lower(out: &mut String, c: char) {
    for l in to_lower(c) {
        crate::vecs::push_char(out, l);
    }
}

/// `s` in lower case: the same string as `s.to_lowercase()`.
pub(crate) fn lowercase(s: &str) -> String {
    // The ASCII start in one go (all of most words).
    let ascii = s.bytes().position(|b| !b.is_ascii()).unwrap_or(s.len());
    let mut out = crate::vecs::string_with_capacity(s.len());
    crate::text::push_ascii_lower(&mut out, head(s, ascii));
    for (i, c) in char_indices(tail(s, ascii)) {
        let i = ascii + i;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == 'Σ' {
            // `ς` at the end of a word: after a cased letter and not before one, case-ignorable
            // chars skipped on either side (Unicode's Final_Sigma).
            let at_end = ignorable_then_cased(chars(head(s, i)).rev())
                && !ignorable_then_cased(chars(tail(s, i + 'Σ'.len_utf8())));
            out.push(if at_end { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// True when the first char of `chars` that is not case-ignorable is cased.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(cased)
}

/// Unicode's `Case_Ignorable`. One call in the .wasm, where each of the two iterators' searches
/// inlined it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn case_ignorable(c: char) -> bool {
    let (first, len) = (&CASE_IGNORABLE.first, &CASE_IGNORABLE.len);
    let c = c as u32;
    let i = first.partition_point(|&f| f <= c);
    i.checked_sub(1)
        .is_some_and(|i| c - first[i] <= u32::from(len[i]))
}

/// Unicode's `Cased`: lower case, upper case or title case (`ǅ`, `ᾈ`). One call in the .wasm, as
/// [`case_ignorable`].
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn cased(c: char) -> bool {
    crate::text::is_lower(c)
        || crate::text::is_upper(c)
        || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾈ'..='ᾏ' | 'ᾘ'..='ᾟ' | 'ᾨ'..='ᾯ' | 'ᾼ' | 'ῌ' | 'ῼ')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `map`'s tables in the source's form: the runs and the mappings to more than one char.
    fn tables(map: fn(char) -> Vec<char>) -> (Vec<String>, Vec<String>) {
        let mut single: Vec<(u32, i32)> = Vec::new();
        let mut multi = Vec::new();
        for c in (0x80..=0x10_FFFF).filter_map(char::from_u32) {
            let u: Vec<u32> = map(c).into_iter().map(u32::from).collect();
            if u.len() > 1 {
                let mut v: Vec<String> = u.iter().map(|x| format!("0x{x:04X}")).collect();
                v.resize(3, "0".into());
                multi.push(format!("(0x{:04X}, [{}]),", u32::from(c), v.join(", ")));
            } else if u[0] != u32::from(c) {
                single.push((u32::from(c), u[0] as i32 - u32::from(c) as i32));
            }
        }
        let mut runs = Vec::new();
        let mut i = 0;
        while i < single.len() {
            let (first, delta) = single[i];
            let (mut count, mut stride) = (1, 1);
            for s in [1, 2] {
                let mut j = i + 1;
                while single.get(j) == Some(&(first + s * (j - i) as u32, delta)) {
                    j += 1;
                }
                if j - i > count {
                    (count, stride) = (j - i, s);
                }
            }
            runs.push(format!("(0x{first:04X}, {count}, {stride}, {delta}),"));
            i += count;
        }
        (runs, multi)
    }

    /// The case-ignorable chars as the standard library's `str::to_lowercase` sees them: `c` is one
    /// when `Σ` after `Ac` is word-final but after `c` alone is not.
    fn ignorable_spans() -> Vec<String> {
        let ignorable = |c: char| {
            !format!("{c}Σ").to_lowercase().ends_with('ς')
                && format!("A{c}Σ").to_lowercase().ends_with('ς')
        };
        let mut spans = Vec::new();
        let mut chars = (0..=0x10_FFFF).filter_map(char::from_u32).peekable();
        while let Some(c) = chars.next() {
            if ignorable(c) {
                let mut last = c;
                while let Some(&n) = chars
                    .peek()
                    .filter(|&&n| n as u32 == last as u32 + 1 && ignorable(n))
                {
                    last = n;
                    chars.next();
                }
                spans.push(format!("(0x{:04X}, 0x{:04X}),", c as u32, last as u32));
            }
        }
        spans
    }

    #[test]
    fn every_char_as_the_standard_library_says() {
        let upper = (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .find(|&c| !to_upper(c).eq(c.to_uppercase()));
        if let Some(c) = upper {
            let (runs, multi) = tables(|c| c.to_uppercase().collect());
            panic!(
                "{c:?}: the upper-case tables differ from this Rust's; replace them with:\n{}\n\n{}",
                runs.join("\n"),
                multi.join("\n")
            );
        }
        // Each char alone, and around a `Σ` (`A{c}Σ{c}` is word-final exactly when `c` is
        // case-ignorable; `{c}Σ` exactly when `c` is cased and not case-ignorable).
        let lower = (0..=0x10_FFFF).filter_map(char::from_u32).find(|&c| {
            !to_lower(c).eq(c.to_lowercase())
                || [format!("A{c}Σ{c}"), format!("{c}Σ")]
                    .iter()
                    .any(|s| lowercase(s) != s.to_lowercase())
        });
        if let Some(c) = lower {
            let (runs, multi) = tables(|c| c.to_lowercase().collect());
            panic!(
                "{c:?}: the lower-case tables differ from this Rust's; replace them with:\n{}\n\n\
                 {} (to_lower's one mapping to two chars)\n\n{}",
                runs.join("\n"),
                multi.join("\n"),
                ignorable_spans().join("\n")
            );
        }
    }

    #[test]
    fn strings_lower_as_the_standard_library_says() {
        for s in [
            "",
            "ΣΑΣ",
            "ΌΣΟΣ",
            "Σ",
            "AΣ",
            "ΣA",
            "A'Σ",
            "AΣ'",
            "AΣ'A",
            "A.Σ.",
            "ǅΣ",
            "ΑΣ\u{301}Ω",
            "İSTANBUL",
            "ÀÉÎ ŌǄ",
            "ΑΣ Σ ΑΣ.",
            "x😀Σ",
            "ΣΣ",
            "AΣΣ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }
}
