//! `article-analyzer stress`: robustness benchmarks, figures only (nothing here fails on a time).
//!
//! - `stress [--size BYTES] [NAME...]`: each pathological input ([`super::pathological`]) analysed at
//!   1x and 4x BYTES (default 1,000,000); prints the time ratio 4x / 1x (about 4 is linear; above 6 is
//!   flagged as super-linear).
//! - `stress memory [MB]`: MB (default 50) of news text (the fixtures repeated) analysed in this
//!   process; prints the peak resident memory (`VmHWM` of `/proc/self/status`) against the input.

use std::time::Instant;

use article_analyzer::{Analyzer, Options, Unit};

use super::pathological::CASES;

/// Runs the `stress` subcommand.
pub fn run(args: &[String]) -> Result<(), String> {
    if args.first().map(String::as_str) == Some("memory") {
        let mb: f64 = match args.get(1) {
            Some(v) => v
                .parse()
                .map_err(|_| format!("stress memory: bad size {v:?}"))?,
            None => 50.0,
        };
        return memory(mb);
    }
    let mut size = 1_000_000usize;
    let mut only = Vec::new();
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--size" {
            let v = args.get(i + 1).ok_or("--size needs a number of bytes")?;
            size = v.parse().map_err(|_| format!("--size: bad number {v:?}"))?;
            i += 2;
        } else {
            only.push(args[i].as_str());
            i += 1;
        }
    }
    let analyzer = Analyzer::new(Options::default());
    let time = |text: &str| {
        let start = Instant::now();
        std::hint::black_box(analyzer.analyze(text));
        start.elapsed().as_secs_f64()
    };
    println!(
        "pathological inputs, 1x = {:.2} MB, 4x = {:.2} MB (ratio about 4 is linear; > 6 flagged)",
        size as f64 / 1e6,
        4.0 * size as f64 / 1e6
    );
    println!(
        "{:<34} {:>9} {:>9} {:>7} {:>9}",
        "input", "1x s", "4x s", "ratio", "4x MB/s"
    );
    let mut worst: f64 = 0.0;
    for case in CASES {
        if !only.is_empty() && !only.iter().any(|o| case.name.contains(o)) {
            continue;
        }
        let small = (case.make)(size);
        let big = (case.make)(4 * size);
        // The smaller input twice (the first run also warms the models up), the better time counts.
        let t1 = time(&small).min(time(&small));
        let t4 = time(&big);
        let ratio = t4 / t1.max(1e-9);
        worst = worst.max(ratio);
        println!(
            "{:<34} {:>9.3} {:>9.3} {:>7.2} {:>9.2}{}",
            case.name,
            t1,
            t4,
            ratio,
            big.len() as f64 / t4 / 1e6,
            if ratio > 6.0 { "  SUPER-LINEAR" } else { "" }
        );
    }
    println!("worst ratio: {worst:.2}");
    Ok(())
}

/// Peak resident memory of this process so far, in bytes (Linux; `None` elsewhere).
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// About `mb` megabytes of news text: the fixtures, repeated, separated by blank lines.
fn news_text(mb: f64) -> Result<String, String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts: Vec<String> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        texts.push(std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    if texts.is_empty() {
        return Err(format!("no fixtures in {dir}"));
    }
    let want = (mb * 1e6) as usize;
    let mut out = String::with_capacity(want + 100_000);
    let mut k = 0;
    while out.len() < want {
        out.push_str(&texts[k % texts.len()]);
        out.push_str("\n\n");
        k += 1;
    }
    Ok(out)
}

fn memory(mb: f64) -> Result<(), String> {
    let text = news_text(mb)?;
    let input = text.len() as f64;
    let before = peak_rss().unwrap_or(0) as f64;
    let start = Instant::now();
    let mut a = Analyzer::new(Options::default()).analyze(&text);
    let secs = start.elapsed().as_secs_f64();
    let after_analysis = peak_rss().unwrap_or(0) as f64;
    // The CLI goes on to convert offsets and write JSON: count that too.
    a.convert_offsets(&text, Unit::Char);
    let json = serde_json::to_string(&a).map_err(|e| e.to_string())?;
    let after_json = peak_rss().unwrap_or(0) as f64;
    println!(
        "native {:.1} MB: {:.1} s ({:.2} MB/s), {} sentences, {} entities, JSON {:.1} MB",
        input / 1e6,
        secs,
        input / secs / 1e6,
        a.sentences.len(),
        a.entities.len(),
        json.len() as f64 / 1e6
    );
    println!(
        "native peak RSS: {:.0} MB before, {:.0} MB after analysis ({:.2}x input), {:.0} MB with JSON out ({:.2}x input)",
        before / 1e6,
        after_analysis / 1e6,
        after_analysis / input,
        after_json / 1e6,
        after_json / input
    );
    Ok(())
}
