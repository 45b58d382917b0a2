//! The `article-analyzer` command line.
//!
//! ```text
//! article-analyzer analyze [FILE] [--options JSON]     analyse a file (or stdin); JSON out, char offsets
//! article-analyzer analyze --jsonl|FILE... [--jobs N]  JSON lines or many files, every core, JSONL out
//! article-analyzer eval sbd|ner|keywords|summary       JSONL in (stdin), predictions out (stdout)
//! article-analyzer eval pos                            POS corpus JSONL in (stdin), scores out
//! article-analyzer bench [FILE...]                     native speed on the given (or built-in) texts
//! article-analyzer stress [--size BYTES] | memory [MB]   pathological inputs' linearity; peak memory
//! article-analyzer train TRAIN DEV [options]            retrain the entity tagger into data/
//! article-analyzer train-pos TRAIN... --dev DEV        retrain the part-of-speech tagger into data/
//! article-analyzer rekey-pos [MODEL]                   a tagger model's 24-bit keys cut to 20 bits
//! article-analyzer lexicons DIR [OUT]                  compile public name lists for the tagger
//! article-analyzer news-names [DIR] [OUT]              compile the hashed lists of names in the news
//! article-analyzer rarity WORDS.tsv [OUT]              build the keyphrase rarity table
//! article-analyzer train-summary --abstractive F --extractive F [options]
//!                                                      retrain the summary's sentence scorer
//! ```

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use article_analyzer::{analyze, sentences, summary, tokens, Analyzer, Label, Options, Unit};
use serde_json::{json, Value};

#[cfg(not(target_arch = "wasm32"))]
mod cli;

const USAGE: &str = "usage:
  article-analyzer analyze [FILE] [--options JSON]   analyse FILE (or stdin); JSON with char offsets
  article-analyzer analyze [--jsonl] [--jobs N] [--options JSON] FILE...
                                                     JSON lines {\"id\",\"text\"} (--jsonl, or files
                                                     named *.jsonl; - for stdin) or many files, on every
                                                     core (or N); one JSON line out per document, in order
  article-analyzer eval sbd|ner|keywords|summary     JSONL gold on stdin -> predictions on stdout
  article-analyzer bench [FILE...]                   native throughput (default: tests/fixtures/news/*.txt)
  article-analyzer stress [--size BYTES] [NAME...]   pathological inputs: time ratio of 4x to 1x input
  article-analyzer stress memory [MB]                peak memory analysing MB (50) of news text
  article-analyzer eval pos [--model PATH] [--errors] < corpus.pos.jsonl
                                                     part-of-speech accuracy and noun-phrase F1
  article-analyzer train TRAIN DEV [--epochs N]      retrain the entity tagger into data/ner_model.bin
  article-analyzer train-pos TRAIN... --dev DEV      retrain the part-of-speech tagger into
                                                     data/pos_model.bin
  article-analyzer rekey-pos [MODEL]                 cut the 24-bit feature keys of a part-of-speech
                                                     model (default data/pos_model.bin) to 20 bits,
                                                     weights unchanged
  article-analyzer prune-ner ROWS [NER_MODEL] [--lone-names TRAIN] [--without-listed]
                                                     keep the ROWS strongest rows of the entity model
                                                     (default data/ner_model.bin), weights unchanged;
                                                     with TRAIN, drop its one-document people and
                                                     MISC names from the model's gazetteer; with
                                                     --without-listed, the names the news lists have
                                                     with the same type
  article-analyzer lexicons DIR [OUT]                compile the public name lists in DIR into
                                                     data/ner/public_lists.bin
  article-analyzer news-names [DIR] [OUT]            compile the names in the news of DIR (default
                                                     data/ner/news_names) into data/ner/news_names.bin
  article-analyzer rarity WORDS.tsv [OUT]            build the word rarity table (data/word_rarity.bin)
                                                     from data/gen/wordfreq_words.py output
  article-analyzer train-summary --abstractive FILE [--extractive FILE] [--loss listwise|logistic]
                                 [--epochs N] [--l2 X] [--folds K] [--out PATH] [--dump PATH]
                                                     retrain the summary's sentence scorer into
                                                     data/summary_model.txt";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") | Some("analyse") => cmd_analyze(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("bench") => cmd_bench(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("stress") => cli::stress::run(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("train") => article_analyzer::entities::tagger::train::run(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("train-pos") => article_analyzer::pos::train::run(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("rekey-pos") => article_analyzer::pos::train::rekey_file(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("prune-ner") => cmd_prune_ner(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("lexicons") => cmd_lexicons(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("news-names") => cmd_news_names(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("rarity") => cmd_rarity(&args[1..]),
        #[cfg(not(target_arch = "wasm32"))]
        Some("train-summary") => article_analyzer::summary::train::run(&args[1..]),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("article-analyzer: {e}");
            ExitCode::from(2)
        }
    }
}

fn read_input(path: Option<&str>) -> Result<String, String> {
    let bytes = match path {
        None | Some("-") => {
            let mut b = Vec::new();
            io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| format!("reading stdin: {e}"))?;
            b
        }
        Some(p) => std::fs::read(p).map_err(|e| format!("reading {p}: {e}"))?,
    };
    // Invalid UTF-8 becomes U+FFFD rather than an error: every input gets an analysis.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn cmd_analyze(args: &[String]) -> Result<(), String> {
    let mut paths = Vec::new();
    let mut options = Options::default();
    let (mut jsonl, mut jobs) = (false, None);
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--options" {
            let raw = args.get(i + 1).ok_or("--options needs a JSON object")?;
            let v: Value = serde_json::from_str(raw).map_err(|e| format!("--options: {e}"))?;
            options = Options::from_json(&v).map_err(|e| e.to_string())?;
            i += 2;
        } else if args[i] == "--jobs" {
            let raw = args.get(i + 1).ok_or("--jobs needs a number of threads")?;
            jobs = Some(
                raw.parse::<usize>()
                    .map_err(|_| format!("--jobs: expected a whole number, got {raw:?}"))?,
            );
            i += 2;
        } else if args[i] == "--jsonl" {
            jsonl = true;
            i += 1;
        } else {
            paths.push(args[i].clone());
            i += 1;
        }
    }
    let is_jsonl = |p: &str| jsonl || p.ends_with(".jsonl") || p.ends_with(".ndjson");
    // One plain document (a file or stdin) gives one pretty JSON analysis, as it always has; JSON
    // lines or several files go through the batch path, on every core.
    if jsonl || paths.len() > 1 || paths.iter().any(|p| is_jsonl(p)) || jobs.is_some() {
        return analyze_batch(paths, jsonl, jobs.unwrap_or(0), options);
    }
    let text = read_input(paths.first().map(String::as_str))?;
    let mut a = analyze(&text, &options);
    a.convert_offsets(&text, Unit::Char);
    let out = serde_json::to_string_pretty(&a).map_err(|e| e.to_string())?;
    println!("{out}");
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn analyze_batch(
    paths: Vec<String>,
    jsonl: bool,
    jobs: usize,
    options: Options,
) -> Result<(), String> {
    use cli::batch::Source;
    let mut sources = Vec::new();
    let mut plain = Vec::new();
    let paths = if paths.is_empty() {
        vec!["-".to_string()]
    } else {
        paths
    };
    for p in paths {
        if jsonl || p.ends_with(".jsonl") || p.ends_with(".ndjson") {
            if !plain.is_empty() {
                sources.push(Source::Files(std::mem::take(&mut plain)));
            }
            sources.push(Source::JsonLines(p));
        } else if p == "-" {
            return Err(
                "a plain document on stdin is analysed alone: drop --jobs, or give --jsonl".into(),
            );
        } else {
            plain.push(p);
        }
    }
    if !plain.is_empty() {
        sources.push(Source::Files(plain));
    }
    let analyzer = Analyzer::new(options);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let (docs, errors) = cli::batch::run(&analyzer, &sources, jobs, &mut out)?;
    if errors > 0 {
        return Err(format!(
            "{errors} of {docs} records could not be analysed (see their \"error\" lines)"
        ));
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn analyze_batch(_: Vec<String>, _: bool, _: usize, _: Options) -> Result<(), String> {
    Err("batch analysis needs the native build".into())
}

fn cmd_eval(args: &[String]) -> Result<(), String> {
    let task = args
        .first()
        .map(String::as_str)
        .ok_or("eval needs a task: sbd, ner, keywords, summary or pos")?;
    #[cfg(not(target_arch = "wasm32"))]
    if task == "pos" {
        let input = read_input(None)?;
        println!(
            "{}",
            article_analyzer::pos::score::eval(&input, &args[1..])?
        );
        return Ok(());
    }
    if !matches!(task, "sbd" | "ner" | "keywords" | "summary") {
        return Err(format!(
            "unknown eval task {task:?} (sbd, ner, keywords, summary, pos)"
        ));
    }
    // The entity benchmarks ask for the four name types only, so the analyzer reports those (and a
    // name inside an amount, as CoNLL-2003 marks `C$` and `Australian dollars`).
    let options = match task {
        "ner" => Options {
            labels: Some(vec![Label::Person, Label::Org, Label::Place, Label::Misc]),
            ..Options::default()
        },
        _ => Options::default(),
    };
    let analyzer = Analyzer::new(options);
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let id = v.get("id").cloned().unwrap_or(Value::Null);
        let body = v.get("text").and_then(Value::as_str).unwrap_or("");
        let text = match v.get("title").and_then(Value::as_str) {
            Some(t) if !t.is_empty() => format!("{t}\n{body}"),
            _ => body.to_string(),
        };
        let record = match task {
            "sbd" => {
                let s: Vec<&str> = sentences::sentences(&text)
                    .map(|s| s.slice(&text))
                    .collect();
                json!({"id": id, "sentences": s})
            }
            "ner" => {
                let mut a = analyzer.analyze(&text);
                a.convert_offsets(&text, Unit::Char);
                let ents: Vec<Value> = a
                    .entities
                    .iter()
                    .filter_map(|e| {
                        e.label
                            .conll()
                            .map(|t| json!({"start": e.start, "end": e.end, "type": t}))
                    })
                    .collect();
                json!({"id": id, "entities": ents})
            }
            "keywords" => {
                let a = analyzer.analyze(&text);
                let k: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
                json!({"id": id, "keyphrases": k})
            }
            _ => {
                // Summary sentences as a page shows them: without a leading list marker.
                let a = analyzer.analyze(&text);
                let s: Vec<&str> = a
                    .summary
                    .iter()
                    .map(|&i| summary::display_span(&text, a.sentences[i]).slice(&text))
                    .collect();
                json!({"id": id, "summary": s})
            }
        };
        writeln!(out, "{record}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn corpus(args: &[String]) -> Result<Vec<String>, String> {
    let mut paths: Vec<String> = args.to_vec();
    if paths.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/news");
        let mut found: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| format!("{dir}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| p.display().to_string())
            .collect();
        found.sort();
        paths = found;
    }
    paths.iter().map(|p| read_input(Some(p))).collect()
}

/// Runs `f` over the corpus repeatedly for about `secs` seconds; returns (MB/s, tokens/s).
fn measure(texts: &[String], secs: f64, mut f: impl FnMut(&str)) -> (f64, f64) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let toks: usize = texts.iter().map(|t| tokens::tokenize(t).len()).sum();
    for t in texts {
        f(t); // warm-up
    }
    let start = Instant::now();
    let mut rounds = 0usize;
    while start.elapsed().as_secs_f64() < secs || rounds == 0 {
        for t in texts {
            f(t);
        }
        rounds += 1;
    }
    let el = start.elapsed().as_secs_f64();
    (
        (bytes * rounds) as f64 / el / 1e6,
        (toks * rounds) as f64 / el,
    )
}

fn cmd_bench(args: &[String]) -> Result<(), String> {
    let texts = corpus(args)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "native corpus: {} texts, {:.1} KB",
        texts.len(),
        bytes as f64 / 1e3
    );
    let analyzer = Analyzer::new(Options::default());
    let (mb, tps) = measure(&texts, 2.0, |t| {
        std::hint::black_box(analyzer.analyze(t));
    });
    println!("native analyze:   {mb:8.2} MB/s  {:10.0} tokens/s", tps);
    let (mb, _) = measure(&texts, 1.0, |t| {
        std::hint::black_box(sentences::sentences(t).count());
    });
    println!("native sentences: {mb:8.2} MB/s");
    let (mb, tps) = measure(&texts, 1.0, |t| {
        std::hint::black_box(tokens::tokenize(t).len());
    });
    println!("native tokenize:  {mb:8.2} MB/s  {:10.0} tokens/s", tps);
    let prepared: Vec<_> = texts
        .iter()
        .map(|t| {
            let toks = tokens::tokenize(t);
            let forms = tokens::Forms::new(t, &toks);
            (toks, forms, sentences::sentences(t).collect::<Vec<_>>())
        })
        .collect();
    let mut k = 0;
    let (_, tps) = measure(&texts, 1.0, |t| {
        let (toks, forms, sents) = &prepared[k % prepared.len()];
        k += 1;
        std::hint::black_box(article_analyzer::entities::tagger::find(
            t, toks, forms, sents,
        ));
    });
    println!("native entities:  {:.0} tokens/s (the tagger alone)", tps);
    let gazetteer = article_analyzer::entities::gazetteer::Gazetteer::new(&[]);
    let mut k = 0;
    let (mb, tps) = measure(&texts, 1.0, |t| {
        let (toks, forms, sents) = &prepared[k % prepared.len()];
        k += 1;
        std::hint::black_box(article_analyzer::entities::recognize(
            t, toks, forms, sents, &gazetteer,
        ));
    });
    println!(
        "native mentions:  {mb:8.2} MB/s  {tps:10.0} tokens/s (the tagger, values and every rule)"
    );
    let mut k = 0;
    let (_, tps) = measure(&texts, 1.0, |t| {
        let (toks, forms, sents) = &prepared[k % prepared.len()];
        k += 1;
        std::hint::black_box(article_analyzer::pos::tag(t, toks, forms, sents));
    });
    println!("native pos tags:  {:.0} tokens/s", tps);
    let mut k = 0;
    let (_, tps) = measure(&texts, 1.0, |t| {
        let (toks, forms, sents) = &prepared[k % prepared.len()];
        k += 1;
        let tags = article_analyzer::pos::tag(t, toks, forms, sents);
        std::hint::black_box(article_analyzer::pos::noun_phrases(toks, &tags, sents));
    });
    println!("native pos + NPs: {:.0} tokens/s", tps);
    let analyses: Vec<_> = texts
        .iter()
        .zip(&prepared)
        .map(|(t, (toks, forms, sents))| {
            (
                analyzer.analyze(t),
                article_analyzer::pos::tag(t, toks, forms, sents),
            )
        })
        .collect();
    let mut k = 0;
    let (mb, _) = measure(&texts, 1.0, |t| {
        let i = k % prepared.len();
        k += 1;
        let (toks, forms, sents) = &prepared[i];
        let (a, tags) = &analyses[i];
        let kinds = article_analyzer::sentences::furniture::kinds(t, sents);
        let doc = article_analyzer::keywords::Document {
            text: t,
            tokens: toks,
            forms,
            sentences: sents,
            kinds: &kinds,
            entities: &a.entities,
            groups: &a.groups,
            tags,
        };
        std::hint::black_box(article_analyzer::keywords::extract(&doc, 10));
    });
    println!("native keyphrases: {mb:7.2} MB/s");
    let mut k = 0;
    let (mb, _) = measure(&texts, 1.0, |t| {
        let i = k % prepared.len();
        k += 1;
        let (toks, forms, sents) = &prepared[i];
        let (a, _) = &analyses[i];
        let kinds = summary::lines::kinds(t, sents);
        let input = summary::Inputs {
            text: t,
            tokens: toks,
            forms,
            sentences: sents,
            kinds: &kinds,
            entities: &a.entities,
            keywords: &a.keywords,
        };
        std::hint::black_box(summary::summarize(&input, summary::Length::Sentences(3)));
    });
    println!("native summary:   {mb:8.2} MB/s");
    Ok(())
}

/// `lexicons DIR [OUT]`: compiles the public name and place lists (see
/// `article_analyzer::entities::tagger::public_lists`) into `OUT` (default `data/ner/public_lists.bin`).
#[cfg(not(target_arch = "wasm32"))]
fn cmd_lexicons(args: &[String]) -> Result<(), String> {
    let dir = args.first().ok_or("lexicons DIR [OUT]")?;
    let out = args.get(1).cloned().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/ner/public_lists.bin").to_string()
    });
    let bytes = article_analyzer::entities::tagger::public_lists::build(dir)?;
    std::fs::write(&out, &bytes).map_err(|e| format!("writing {out}: {e}"))?;
    eprintln!("wrote {out}: {} bytes", bytes.len());
    Ok(())
}

/// `news-names [DIR] [OUT]`: compiles the hashed lists of names in the news (see
/// `article_analyzer::entities::tagger::news_names`) from `DIR` (default `data/ner/news_names`) into
/// `OUT` (default `data/ner/news_names.bin`).
#[cfg(not(target_arch = "wasm32"))]
fn cmd_news_names(args: &[String]) -> Result<(), String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = args
        .first()
        .cloned()
        .unwrap_or_else(|| format!("{root}/data/ner/news_names"));
    let out = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| format!("{root}/data/ner/news_names.bin"));
    let bytes = article_analyzer::entities::tagger::news_names::build(&dir)?;
    std::fs::write(&out, &bytes).map_err(|e| format!("writing {out}: {e}"))?;
    eprintln!("wrote {out}: {} bytes", bytes.len());
    Ok(())
}

/// `rarity WORDS.tsv [OUT]`: builds the keyphrase stage's word rarity table (see
/// `article_analyzer::keywords::rarity`) from `data/gen/wordfreq_words.py` output into `OUT` (default
/// `data/word_rarity.bin`).
#[cfg(not(target_arch = "wasm32"))]
fn cmd_rarity(args: &[String]) -> Result<(), String> {
    let input = args.first().ok_or("rarity WORDS.tsv [OUT]")?;
    let out = args.get(1).cloned().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/word_rarity.bin").to_string()
    });
    let tsv = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let num = |name: &str, default: f64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let bytes = article_analyzer::keywords::rarity::build(
        &tsv,
        num("RARITY_MAX", 2000.0) as usize,
        num("RARITY_MIN_ZIPF", 3.5),
        &[5.0, 4.5, 4.0, num("RARITY_MIN_ZIPF", 3.5)],
    )?;
    std::fs::write(&out, &bytes).map_err(|e| format!("writing {out}: {e}"))?;
    eprintln!("wrote {out}: {} bytes", bytes.len());
    Ok(())
}

/// `prune-ner ROWS [NER_MODEL] [--lone-names TRAIN.jsonl] [--without-listed]`: keeps the ROWS
/// strongest feature rows of the entity model (default `data/ner_model.bin`), in place; with
/// `--lone-names`, drops from its gazetteer the people and MISC names that TRAIN has in one document
/// only, with `--without-listed` those the hashed news lists carry with the same type
/// (`entities::tagger::train::prune`).
#[cfg(not(target_arch = "wasm32"))]
fn cmd_prune_ner(args: &[String]) -> Result<(), String> {
    let rows: usize = args
        .first()
        .ok_or("prune-ner ROWS [NER_MODEL] [--lone-names TRAIN.jsonl] [--without-listed]")?
        .parse()
        .map_err(|e| format!("ROWS: {e}"))?;
    let mut path = "data/ner_model.bin";
    let mut lone_from = None;
    let mut without_listed = false;
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        if a == "--without-listed" {
            without_listed = true;
        } else if a == "--lone-names" {
            lone_from = Some(rest.next().ok_or("--lone-names TRAIN.jsonl")?.as_str());
        } else {
            path = a;
        }
    }
    let old = std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?;
    let new =
        article_analyzer::entities::tagger::train::prune(&old, rows, lone_from, without_listed)?;
    std::fs::write(path, &new).map_err(|e| format!("writing {path}: {e}"))?;
    eprintln!("{path}: {} -> {} bytes", old.len(), new.len());
    Ok(())
}
