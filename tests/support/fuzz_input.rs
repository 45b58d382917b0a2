//! How the fuzz target turns raw bytes into [`Options`] and a text, shared with the regression replay
//! (`tests/fuzz_regressions.rs`) so that a saved `.bin` input is analysed exactly as the fuzzer did.
//!
//! Layout: byte 0 is flags (tokens, noun phrases, labels, gazetteer, ratio, large keyword count, an
//! out-of-range ratio); bytes 1-4 give the keyword count, the summary length and a label bit mask;
//! byte 5 the number of gazetteer entries (0-7), each three bytes (start, length, label) selecting a
//! run of the text's chars; the rest, decoded lossily as UTF-8, is the text. Inputs shorter than the
//! header are the text alone, with the default options.

use article_analyzer::{GazetteerEntry, Label, Options};

const HEADER: usize = 6;

/// The options and text that `data` stands for.
pub fn decode(data: &[u8]) -> (Options, String) {
    if data.len() < HEADER {
        return (
            Options::default(),
            String::from_utf8_lossy(data).into_owned(),
        );
    }
    let flags = data[0];
    let entries = usize::from(data[5] & 7);
    let body = (HEADER + 3 * entries).min(data.len());
    let text = String::from_utf8_lossy(&data[body..]).into_owned();
    let label = |b: u8| Label::ALL[usize::from(b) % Label::ALL.len()];
    let mut o = Options {
        tokens: flags & 1 != 0,
        noun_phrases: flags & 2 != 0,
        keywords: if flags & 32 != 0 {
            usize::from(data[1]) * 40
        } else {
            usize::from(data[1] % 32)
        },
        summary_sentences: usize::from(data[2] % 16),
        ..Options::default()
    };
    if flags & 4 != 0 {
        let mask = u16::from_le_bytes([data[3], data[4]]);
        o.labels = Some(
            (0..Label::ALL.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| Label::ALL[i])
                .collect(),
        );
    }
    if flags & 16 != 0 {
        o.summary_ratio = Some(if flags & 64 != 0 {
            // Out of the range that `Options::from_json` accepts: the Rust API lets it through.
            [0.0, -1.0, 2.5, f64::NAN, f64::INFINITY][usize::from(data[2]) % 5]
        } else {
            f64::from(data[2]) / 255.0 + 1.0 / 512.0
        });
    }
    if flags & 8 != 0 {
        let chars: Vec<char> = text.chars().collect();
        for e in data[HEADER..body].chunks_exact(3) {
            let start = usize::from(e[0]).min(chars.len());
            let end = (start + usize::from(e[1] % 24)).min(chars.len());
            let mut phrase: String = chars[start..end].iter().collect();
            if e[2] & 128 != 0 {
                phrase = phrase.to_lowercase();
            }
            o.gazetteer.push(GazetteerEntry {
                text: phrase,
                label: label(e[2]),
            });
        }
    }
    (o, text)
}
