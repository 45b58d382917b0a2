//! `article-analyzer analyze` over many documents, on every core: JSON lines (`{"id", "text"}` per line,
//! from files or stdin) or many plain files. One JSON line out per document, in input order, with its
//! `id` (a JSON line's `id`, or a file's path) and the analysis, offsets in chars.
//!
//! Input is read in chunks of at most [`CHUNK_LINES`] lines or [`CHUNK_BYTES`] bytes (a longer line is
//! a chunk of its own) by a reader thread one chunk ahead of the analysis, so memory stays bounded
//! whatever the corpus's size; each chunk is analysed in parallel (rayon) and written in order.
//! A line that is not a `{"id", "text"}` object gives an error record
//! (`{"id", "line", "error"}`) and the run goes on; the exit status then says how many there were.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc;

use article_analyzer::{Analyzer, Unit};
use rayon::prelude::*;
use serde_json::Value;

use super::progress::Progress;

/// Most lines in one chunk.
pub const CHUNK_LINES: usize = 256;
/// Most bytes in one chunk (unless one line is longer).
pub const CHUNK_BYTES: usize = 8 << 20;
/// Most plain files read and analysed at once.
const CHUNK_FILES: usize = 64;

/// Where documents come from.
pub enum Source {
    /// JSON lines from this file, or from stdin for `-`.
    JsonLines(String),
    /// One plain-text document per file.
    Files(Vec<String>),
}

/// One document's result line: `{"id": ..., "sentences": ..., ...}`, or an error record.
fn result_line(analyzer: &Analyzer, id: &Value, text: &str) -> String {
    let mut a = analyzer.analyze(text);
    a.convert_offsets(text, Unit::Char);
    // The analysis is a JSON object: the id goes first, then its fields. It is written right after
    // the id, where a string of its own was copied in after it.
    let mut line = format!("{{\"id\":{id}").into_bytes();
    let body = line.len();
    if let Err(e) = serde_json::to_writer(&mut line, &a) {
        return error_line(id, None, &e.to_string());
    }
    join_body(&mut line, body);
    String::from_utf8(line).unwrap_or_else(|e| error_line(id, None, &e.to_string()))
}

/// Joins the JSON object written into `line` from byte `body` on to the fields before it: its `{`
/// becomes the comma after them, or goes when the object is empty (`{}`).
fn join_body(line: &mut Vec<u8>, body: usize) {
    if line.len() - body > 2 {
        line[body] = b',';
    } else {
        line.remove(body);
    }
}

/// `raw` as text, borrowed when it is UTF-8 (the standard library's check, which reads ASCII a word
/// at a time), else with each invalid sequence replaced as `String::from_utf8_lossy` does (whose
/// own check reads a byte at a time).
fn utf8_text(raw: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(raw) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(raw),
    }
}

fn error_line(id: &Value, line: Option<usize>, message: &str) -> String {
    let mut rec = serde_json::json!({"id": id, "error": message});
    if let Some(n) = line {
        rec["line"] = n.into();
    }
    rec.to_string()
}

/// The result line of JSON line number `n` (1-based); `Err` holds an error record.
fn jsonl_record(analyzer: &Analyzer, raw: &[u8], n: usize) -> Result<String, String> {
    let line = utf8_text(raw);
    let v: Value = serde_json::from_str(&line)
        .map_err(|e| error_line(&Value::Null, Some(n), &format!("not JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    match v.get("text").and_then(Value::as_str) {
        Some(text) => Ok(result_line(analyzer, &id, text)),
        None => Err(error_line(
            &id,
            Some(n),
            "expected an object with a string field \"text\"",
        )),
    }
}

/// A chunk of input lines: the first line's number and the lines (without their line ends).
struct Chunk {
    first: usize,
    lines: Vec<Vec<u8>>,
    bytes: u64,
}

/// Reads `input` in chunks and sends them down `tx` (which holds at most one chunk waiting).
fn read_chunks(input: Box<dyn Read + Send>, tx: mpsc::SyncSender<io::Result<Chunk>>) {
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let mut n = 1;
    loop {
        let mut chunk = Chunk {
            first: n,
            lines: Vec::new(),
            bytes: 0,
        };
        let mut size = 0;
        while chunk.lines.len() < CHUNK_LINES && size < CHUNK_BYTES {
            let mut line = Vec::new();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(read) => {
                    chunk.bytes += read as u64;
                    while matches!(line.last(), Some(b'\n' | b'\r')) {
                        line.pop();
                    }
                    size += line.len();
                    chunk.lines.push(line);
                    n += 1;
                }
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
        if chunk.lines.is_empty() || tx.send(Ok(chunk)).is_err() {
            return;
        }
    }
}

/// Analyses every document of `sources` with `analyzer` on `jobs` threads (0: rayon's default, all
/// cores or `RAYON_NUM_THREADS`), writing one line per document to `out`. Returns the number of
/// documents and the number of error records.
pub fn run(
    analyzer: &Analyzer,
    sources: &[Source],
    jobs: usize,
    out: &mut dyn Write,
) -> Result<(usize, usize), String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| format!("starting the worker threads: {e}"))?;
    let total = sources.iter().try_fold(0u64, |sum, s| match s {
        Source::JsonLines(p) if p == "-" => None,
        Source::JsonLines(p) => std::fs::metadata(p).ok().map(|m| sum + m.len()),
        Source::Files(ps) => ps
            .iter()
            .try_fold(sum, |s, p| std::fs::metadata(p).ok().map(|m| s + m.len())),
    });
    let progress = Progress::start(total);
    let (mut docs, mut errors) = (0, 0);
    let mut write = |lines: Vec<Result<String, String>>| -> Result<(), String> {
        for l in lines {
            docs += 1;
            let l = l.unwrap_or_else(|e| {
                errors += 1;
                e
            });
            writeln!(out, "{l}").map_err(|e| format!("writing the output: {e}"))?;
        }
        Ok(())
    };
    for source in sources {
        match source {
            Source::JsonLines(path) => {
                let input: Box<dyn Read + Send> = if path == "-" {
                    Box::new(io::stdin())
                } else {
                    Box::new(File::open(path).map_err(|e| format!("{path}: {e}"))?)
                };
                let (tx, rx) = mpsc::sync_channel(1);
                let reader = std::thread::spawn(move || read_chunks(input, tx));
                for chunk in rx {
                    let chunk = chunk.map_err(|e| format!("reading {path}: {e}"))?;
                    let lines: Vec<Result<String, String>> = pool.install(|| {
                        chunk
                            .lines
                            .par_iter()
                            .enumerate()
                            .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
                            .map(|(i, l)| jsonl_record(analyzer, l, chunk.first + i))
                            .collect()
                    });
                    write(lines)?;
                    progress.add(chunk.bytes, chunk.lines.len() as u64);
                }
                let _ = reader.join();
            }
            Source::Files(paths) => {
                for group in paths.chunks(CHUNK_FILES) {
                    let lines: Vec<Result<String, String>> = pool.install(|| {
                        group
                            .par_iter()
                            .map(|p| {
                                let id = Value::String(p.clone());
                                let bytes = std::fs::read(p)
                                    .map_err(|e| error_line(&id, None, &format!("reading: {e}")))?;
                                let line = result_line(analyzer, &id, &utf8_text(&bytes));
                                progress.add(bytes.len() as u64, 1);
                                Ok(line)
                            })
                            .collect()
                    });
                    write(lines)?;
                }
            }
        }
    }
    progress.finish();
    out.flush()
        .map_err(|e| format!("writing the output: {e}"))?;
    Ok((docs, errors))
}

#[cfg(test)]
mod tests {
    use super::*;
    use article_analyzer::Options;

    fn lines_of(input: &str, jobs: usize) -> Vec<Value> {
        let dir = std::env::temp_dir().join(format!("aa-batch-{}-{jobs}", std::process::id()));
        std::fs::write(&dir, input).unwrap();
        let mut out = Vec::new();
        let analyzer = Analyzer::new(Options::default());
        let path = dir.display().to_string();
        run(&analyzer, &[Source::JsonLines(path)], jobs, &mut out).unwrap();
        let _ = std::fs::remove_file(&dir);
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn the_body_joins_as_the_copied_string_did() {
        for body in ["{}", "{\"a\":1}", "{\"a\":1,\"b\":[]}"] {
            let mut line = b"{\"id\":7".to_vec();
            let at = line.len();
            line.extend_from_slice(body.as_bytes());
            join_body(&mut line, at);
            let want = if body.len() > 2 {
                format!("{{\"id\":7,{}", &body[1..])
            } else {
                format!("{{\"id\":7{}", &body[1..])
            };
            assert_eq!(String::from_utf8(line).unwrap(), want);
        }
    }

    #[test]
    fn text_is_read_as_from_utf8_lossy_reads_it() {
        let cases: [&[u8]; 5] = [
            b"",
            b"plain",
            "caf\u{e9} \u{2014}".as_bytes(),
            b"a\xffb",
            b"\xe2\x80",
        ];
        for raw in cases {
            assert_eq!(utf8_text(raw), String::from_utf8_lossy(raw));
        }
    }

    #[test]
    fn output_keeps_input_order_and_ids() {
        let mut input = String::new();
        for i in 0..(CHUNK_LINES * 2 + 7) {
            input.push_str(
                &serde_json::json!({"id": i, "text": format!("Rubio met {i} people in Paris.")})
                    .to_string(),
            );
            input.push('\n');
        }
        input.push_str("not json\n\n{\"id\": \"x\"}\n");
        let one = lines_of(&input, 1);
        assert_eq!(one, lines_of(&input, 2));
        assert_eq!(one.len(), CHUNK_LINES * 2 + 9);
        for (i, v) in one.iter().take(CHUNK_LINES * 2 + 7).enumerate() {
            assert_eq!(v["id"], i);
            assert_eq!(v["sentences"].as_array().map(Vec::len), Some(1));
        }
        let bad = &one[CHUNK_LINES * 2 + 7];
        assert_eq!(bad["line"], CHUNK_LINES * 2 + 8);
        assert!(bad["error"].as_str().unwrap().starts_with("not JSON"));
        assert_eq!(one.last().unwrap()["id"], "x");
        assert!(one.last().unwrap()["error"].is_string());
    }
}
