//! A progress line on stderr for long batch runs: bytes and documents done, speed, and (when the total
//! is known) a bar and the time left. A thread of its own redraws it four times a second; nothing is
//! drawn unless stderr is a terminal, so logs and pipes stay clean.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

#[derive(Default)]
struct Counters {
    bytes: AtomicU64,
    docs: AtomicU64,
    stop: AtomicBool,
}

/// A running progress line; [`Progress::finish`] clears it.
pub struct Progress {
    counters: Arc<Counters>,
    drawer: Option<JoinHandle<()>>,
}

impl Progress {
    /// Starts drawing, if stderr is a terminal. `total` is the input's size in bytes, when known.
    pub fn start(total: Option<u64>) -> Progress {
        let counters = Arc::new(Counters::default());
        let drawer = std::io::stderr().is_terminal().then(|| {
            let c = Arc::clone(&counters);
            std::thread::spawn(move || {
                let start = Instant::now();
                while !c.stop.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(250));
                    let line = render(
                        c.bytes.load(Ordering::Relaxed),
                        c.docs.load(Ordering::Relaxed),
                        total,
                        start.elapsed().as_secs_f64(),
                    );
                    let mut err = std::io::stderr().lock();
                    let _ = write!(err, "\r{line}\x1b[K");
                    let _ = err.flush();
                }
                let _ = write!(std::io::stderr().lock(), "\r\x1b[K");
            })
        });
        Progress { counters, drawer }
    }

    /// Counts `docs` more documents and `bytes` more input bytes as done.
    pub fn add(&self, bytes: u64, docs: u64) {
        self.counters.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.counters.docs.fetch_add(docs, Ordering::Relaxed);
    }

    /// Stops drawing and clears the line.
    pub fn finish(mut self) {
        self.counters.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.drawer.take() {
            let _ = h.join();
        }
    }
}

/// The progress line: `[#####-----]  50%  12.3/24.6 MB  1,234 docs  2.10 MB/s  ETA 0:06`.
fn render(bytes: u64, docs: u64, total: Option<u64>, secs: f64) -> String {
    let mb = bytes as f64 / 1e6;
    let rate = if secs > 0.0 { mb / secs } else { 0.0 };
    let tail = format!("{docs} docs  {rate:.2} MB/s");
    match total {
        Some(t) if t > 0 => {
            let share = (bytes as f64 / t as f64).min(1.0);
            let filled = (share * 30.0).round() as usize;
            let left = if rate > 0.0 {
                ((t as f64 / 1e6 - mb) / rate).max(0.0) as u64
            } else {
                0
            };
            format!(
                "[{}{}] {:3.0}%  {mb:.1}/{:.1} MB  {tail}  ETA {}:{:02}",
                "#".repeat(filled),
                "-".repeat(30 - filled),
                share * 100.0,
                t as f64 / 1e6,
                left / 60,
                left % 60
            )
        }
        _ => format!("{mb:.1} MB  {tail}"),
    }
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn renders_a_bar_or_a_count() {
        let line = render(5_000_000, 10, Some(10_000_000), 2.0);
        assert!(
            line.starts_with("[###############---------------]  50%"),
            "{line}"
        );
        assert!(line.contains("ETA 0:02"), "{line}");
        assert_eq!(render(1_000_000, 3, None, 1.0), "1.0 MB  3 docs  1.00 MB/s");
    }
}
