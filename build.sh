#!/usr/bin/env bash
# article-analyzer: one entry point for set-up, build, serve, test, bench, eval and train.
#
#   ./build.sh serve [PORT]   build the Wasm module and serve www/ on http://127.0.0.1:PORT (8000)
#   ./build.sh test           every test: native cargo test, wasm-bindgen-test (Node + headless Chromium),
#                             end-to-end tests of the page and the npm package in Chromium
#   ./build.sh build          build the Wasm module into www/pkg/
#   ./build.sh package        the npm package: dist/article-analyzer-<version>.tgz (npm pack)
#   ./build.sh eval           score every dev set in ../shared/eval
#   ./build.sh bench          speed (native and Wasm, against npm's compromise) and .wasm size;
#                             pathological inputs (time ratio of 4x to 1x input), peak memory on 50 MB,
#                             the CLI's throughput on 1 and 2 cores, the page's responsiveness on 1 MB
#                             and 5 MB pastes
#   ./build.sh fuzz [SECONDS] fuzz `analyze` (cargo-fuzz, libFuzzer) for SECONDS (300); crashes and slow
#                             inputs are copied to tests/fuzz_regressions/, which `cargo test` replays
#   ./build.sh train          recompile the name lists and retrain the entity model, the part-of-speech
#                             model and the summary's sentence scorer into data/
#
# Each command installs what it lacks (the wasm32 target, the wasm-bindgen CLI matching Cargo.lock,
# Chromium and ChromeDriver, npm packages, a nightly toolchain and cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
SHARED=${SHARED:-$ROOT/../shared}
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

ensure_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
ensure_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$want" != "$have" ]; then
    log "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes about 3 minutes"
    cargo install wasm-bindgen-cli --version "=$want"
  fi
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y chromium chromium-driver >/dev/null 2>&1 \
      || { sleep 5; apt-get update >/dev/null 2>&1 || true; apt-get install -y chromium chromium-driver >/dev/null; }
  else
    die "browser tests need Debian's packages chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver"
  fi
}

ensure_npm() {
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "the browser tests and the benchmark need Node.js 20 or later with npm (https://nodejs.org)"
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || die "Node.js $(node --version) is too old: playwright-core needs Node.js 20 or later"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund >/dev/null || { sleep 5; npm ci --no-audit --no-fund >/dev/null; }
  fi
}

# The panic locations of the dependencies name their files from the crate's directory
# (`regex-automata-0.4.19/src/util/pool.rs`), not from Cargo's registry on the building machine: a
# module's text does not depend on where it was built, and some forty paths lose 70 bytes each.
# Given as Cargo configuration, whose flags for the target join those of .cargo/config.toml (the
# stack size), where RUSTFLAGS would replace them.
registry_remap() {
  local d flags=""
  for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    [ -d "$d" ] && flags="$flags${flags:+, }'--remap-path-prefix=$d='"
  done
  printf 'target.wasm32-unknown-unknown.rustflags=[%s]' "$flags"
}

build_wasm() {
  ensure_target
  ensure_bindgen
  log "building the Wasm module"
  cargo build --lib --release --target wasm32-unknown-unknown --config "$(registry_remap)"
  wasm-bindgen --target web --out-dir www/pkg --remove-name-section --remove-producers-section \
    target/wasm32-unknown-unknown/release/article_analyzer.wasm
  local raw gz
  raw=$(stat -c %s www/pkg/article_analyzer_bg.wasm)
  gz=$(gzip -9 -c www/pkg/article_analyzer_bg.wasm | wc -c)
  log "www/pkg/article_analyzer_bg.wasm: $raw bytes raw, $gz bytes gzipped"
}

# The same module with the benchmark's stage hooks (`_benchStage`, cargo feature `bench-hooks`) in
# target/bench-pkg, for tests/bench/bench.mjs; the shipped module in www/pkg has no hooks.
build_bench_wasm() {
  ensure_target
  ensure_bindgen
  log "building the Wasm module with the benchmark's stage hooks"
  cargo build --lib --release --target wasm32-unknown-unknown --features bench-hooks
  wasm-bindgen --target web --out-dir target/bench-pkg --remove-name-section \
    --remove-producers-section target/wasm32-unknown-unknown/release/article_analyzer.wasm
}

# The CLI, built for speed (the `native` profile).
cli() {
  cargo build --quiet --profile native --bin article-analyzer >&2
  "$ROOT/target/native/article-analyzer" "$@"
}

cmd_serve() {
  local port=${1:-${PORT:-8000}}
  build_wasm
  log "serving www/ on http://127.0.0.1:$port (Ctrl-C to stop)"
  cd www && exec python3 -m http.server "$port" --bind 127.0.0.1
}

cmd_eval() {
  if [ ! -d "$SHARED/eval" ]; then
    echo "eval: $SHARED/eval is absent; nothing to score"
    return 0
  fi
  cargo build --quiet --profile native --bin article-analyzer
  local bin="$ROOT/target/native/article-analyzer" e="$SHARED/eval" tmp
  tmp=$(mktemp -d)
  run() { # task gold name [scorer]
    "$bin" eval "$1" < "$2" > "$tmp/p.jsonl"
    printf '%-28s %s\n' "$3" "$(python3 "${4:-$(dirname "$2")/score.py}" "$2" "$tmp/p.jsonl" | tail -n 1)"
  }
  run sbd "$e/sbd/golden_rules_en.jsonl" "sbd golden rules"
  run sbd "$e/sbd/golden_rules_en_ps_extra.jsonl" "sbd golden rules (extra 4)"
  run sbd "$e/sbd/ud_ewt_dev.jsonl" "sbd UD EWT dev"
  run sbd "$e/sbd/ud_gum_dev.jsonl" "sbd UD GUM dev"
  run sbd "$e/sbd/ud_pud_dev.jsonl" "sbd UD PUD dev"
  run ner "$e/ner/conll2003_dev.jsonl" "ner CoNLL-2003 dev"
  if [ -f "$SHARED/train/ner/wikigold.jsonl" ]; then
    run ner "$SHARED/train/ner/wikigold.jsonl" "ner wikigold (held out)" "$e/ner/score.py"
  fi
  # The sets marked "looked at" below are listed in data/ner/looked_sets.txt and, from the
  # fifty-ninth session on, train the entity tagger (./build.sh train): their figures are those of
  # training data. The blind sets are neither read nor trained on.
  # Self-written present-day news sentences (tests/fixtures/present_day_ner.jsonl), scored whole and
  # in halves: the odd lines are looked at while fixing errors, the even lines only check that a fix
  # generalises.
  local own="$ROOT/tests/fixtures/present_day_ner.jsonl"
  sed -n '1~2p' "$own" > "$tmp/own_odd.jsonl"
  sed -n '2~2p' "$own" > "$tmp/own_even.jsonl"
  run ner "$own" "ner present-day (own)" "$e/ner/score.py"
  run ner "$tmp/own_odd.jsonl" "  odd lines (looked at)" "$e/ner/score.py"
  run ner "$tmp/own_even.jsonl" "  even lines (held out)" "$e/ner/score.py"
  # A second self-written set (tests/fixtures/present_day_ner_2.md): 94.27 before any fix looked at it.
  run ner "$ROOT/tests/fixtures/present_day_ner_2.jsonl" "ner present-day 2 (own)" "$e/ner/score.py"
  # A third (tests/fixtures/present_day_ner_3.md): 81.43 before any fix looked at it.
  run ner "$ROOT/tests/fixtures/present_day_ner_3.jsonl" "ner present-day 3 (own)" "$e/ner/score.py"
  # A fourth (tests/fixtures/present_day_ner_4.md): 82.12 at 7593d29, 85.65 before its errors were read.
  run ner "$ROOT/tests/fixtures/present_day_ner_4.jsonl" "ner present-day 4 (own)" "$e/ner/score.py"
  # A fifth (tests/fixtures/present_day_ner_5.md), never looked at: 82.79 at 7593d29.
  run ner "$ROOT/tests/fixtures/present_day_ner_5.jsonl" "ner present-day 5 (own)" "$e/ner/score.py"
  # A sixth (tests/fixtures/present_day_ner_6.md), never looked at: 84.11 at 7593d29.
  run ner "$ROOT/tests/fixtures/present_day_ner_6.jsonl" "ner present-day 6 (own)" "$e/ner/score.py"
  # A seventh (tests/fixtures/present_day_ner_7.md), never looked at: 87.25 at c6957da.
  run ner "$ROOT/tests/fixtures/present_day_ner_7.jsonl" "ner present-day 7 (own)" "$e/ner/score.py"
  # An eighth (tests/fixtures/present_day_ner_8.md), never looked at: 89.76 at 759c68c.
  run ner "$ROOT/tests/fixtures/present_day_ner_8.jsonl" "ner present-day 8 (own)" "$e/ner/score.py"
  # A tenth (tests/fixtures/present_day_ner_10.md), looked at while fixing: 90.76 at 759c68c.
  run ner "$ROOT/tests/fixtures/present_day_ner_10.jsonl" "ner present-day 10 (own)" "$e/ner/score.py"
  # An eleventh (tests/fixtures/present_day_ner_11.md), never looked at, companies, brands, apps and
  # sport first: 85.65 at e3bc751 (the sixth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_11.jsonl" "ner present-day 11 (own)" "$e/ner/score.py"
  # A twelfth and a thirteenth (tests/fixtures/present_day_ner_12.md, _13.md), looked at while
  # fixing: 90.57 and 87.01 at e3bc751.
  run ner "$ROOT/tests/fixtures/present_day_ner_12.jsonl" "ner present-day 12 (own)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_13.jsonl" "ner present-day 13 (own)" "$e/ner/score.py"
  # A fourteenth (looked at while fixing) and a fifteenth (not looked at until 7e5e984, the
  # twenty-fourth session's start, when its errors were read), written 2026-12-01 in the seventh
  # session, both leaning to brands, apps, sport and headlines (their .md files): 88.08 and 85.62 at
  # dd82aac (the seventh session's start), 15: 90.60 at 7e5e984.
  run ner "$ROOT/tests/fixtures/present_day_ner_14.jsonl" "ner present-day 14 (own)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_15.jsonl" "ner present-day 15 (own)" "$e/ner/score.py"
  # A sixteenth (looked at while fixing) and a seventeenth (not looked at until 7e5e984, when its
  # errors were read), written 2026-12-02 in the seventh session with the same lean: 86.37 and
  # 85.93 at dd82aac, 17: 90.67 at 7e5e984.
  run ner "$ROOT/tests/fixtures/present_day_ner_16.jsonl" "ner present-day 16 (own)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_17.jsonl" "ner present-day 17 (own)" "$e/ner/score.py"
  # An eighteenth and nineteenth (a general wire mix, written blind by a helper on 2026-12-02): 18
  # looked at while fixing (92.84 at e37ddd4), 19 scored only as a total (91.86 at e37ddd4).
  run ner "$ROOT/tests/fixtures/present_day_ner_18.jsonl" "ner present-day 18 (own)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_19.jsonl" "ner present-day 19 (own)" "$e/ner/score.py"
  # A twentieth (a general wire mix) and a twenty-first (brands, apps, athletes, headlines), written
  # blind by a helper in the ninth session and scored only as totals: 95.90 and 88.24 at 48a4d43.
  run ner "$ROOT/tests/fixtures/present_day_ner_20.jsonl" "ner present-day 20 (own)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_21.jsonl" "ner present-day 21 (own)" "$e/ner/score.py"
  # Short news items (tests/fixtures/present_day_ner_{22,23}.md): the 22nd looked at (93.66 at
  # b415800), the 23rd (brands and sport first) not looked at until 73045bb (90.00 at b415800, 90.75
  # at 73045bb, when its errors were read).
  run ner "$ROOT/tests/fixtures/present_day_ner_22.jsonl" "ner present-day 22 (own)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_23.jsonl" "ner present-day 23 (own)" "$e/ner/score.py"
  # The 24th (a general mix of short items, 510 mentions) never looked at (93.47 at 4e8dff6).
  run ner "$ROOT/tests/fixtures/present_day_ner_24.jsonl" "ner present-day 24 (own)" "$e/ner/score.py"
  # A twenty-fifth (tests/fixtures/present_day_ner_25.md), not looked at until 73045bb: 90.23 at
  # c8763b4, 90.32 at 73045bb, when its errors were read.
  run ner "$ROOT/tests/fixtures/present_day_ner_25.jsonl" "ner present-day 25 (own)" "$e/ner/score.py"
  # A twenty-sixth (tests/fixtures/present_day_ner_26.md), never looked at: 92.07 at 1b4bffb.
  run ner "$ROOT/tests/fixtures/present_day_ner_26.jsonl" "ner present-day 26 (own)" "$e/ner/score.py"
  # A twenty-seventh (tests/fixtures/present_day_ner_27.md; national sides ORG), not looked at
  # until 1614f27 (the twenty-fifth session's start), when its errors were read: 86.04 at 73045bb,
  # 86.23 at 1614f27.
  run ner "$ROOT/tests/fixtures/present_day_ner_27.jsonl" "ner present-day 27 (own)" "$e/ner/score.py"
  # A twenty-eighth (tests/fixtures/present_day_ner_28.md; CoNLL-2003's conventions): 89.11 at
  # 7e5e984; never looked at until the twenty-seventh session read its errors (no rule came of them).
  run ner "$ROOT/tests/fixtures/present_day_ner_28.jsonl" "ner present-day 28 (own)" "$e/ner/score.py"
  # A twenty-ninth (tests/fixtures/present_day_ner_29.md; CoNLL-2003's conventions, written blind by
  # a helper on 2026-12-03), never looked at: 91.84 at 1614f27.
  run ner "$ROOT/tests/fixtures/present_day_ner_29.jsonl" "ner present-day 29 (own)" "$e/ner/score.py"
  # A thirtieth (tests/fixtures/present_day_ner_30.md; CoNLL-2003's conventions, written blind by a
  # helper on 2026-12-04), never looked at: 93.10 at ee8f00d.
  run ner "$ROOT/tests/fixtures/present_day_ner_30.jsonl" "ner present-day 30 (own)" "$e/ner/score.py"
  # A thirty-first (tests/fixtures/present_day_ner_31.md; CoNLL-2003's conventions, written blind by a
  # helper): 94.19 at 612f054 (the twenty-seventh session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_31.jsonl" "ner present-day 31 (own)" "$e/ner/score.py"
  # A thirty-second (tests/fixtures/present_day_ner_32.md; CoNLL-2003's conventions, written blind
  # by a helper): 91.01 at cf2a330 (the twenty-eighth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_32.jsonl" "ner present-day 32 (own)" "$e/ner/score.py"
  # A thirty-third (tests/fixtures/present_day_ner_33.md; CoNLL-2003's conventions, written blind
  # by a helper): 93.99 at 5c1a6e5 (the twenty-ninth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_33.jsonl" "ner present-day 33 (own)" "$e/ner/score.py"
  # A thirty-fourth (tests/fixtures/present_day_ner_34.md; CoNLL-2003's conventions, written blind
  # by a helper): 92.55 at a3b36bc (the thirtieth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_34.jsonl" "ner present-day 34 (own)" "$e/ner/score.py"
  # A thirty-sixth (tests/fixtures/present_day_ner_36.md; CoNLL-2003's conventions, written blind
  # by a helper): 92.34 at a3b36bc (the thirtieth session's start), 92.63 at 9a78af4, never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_36.jsonl" "ner present-day 36 (own)" "$e/ner/score.py"
  # A thirty-seventh (tests/fixtures/present_day_ner_37.md; written blind by a helper, storms with
  # their kind): 94.88 at e7ebd25 (the thirty-first session's start), 95.09 at 249f138, never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_37.jsonl" "ner present-day 37 (own)" "$e/ner/score.py"
  # A thirty-eighth (tests/fixtures/present_day_ner_38.md; written blind by a helper, a wire
  # service's back half: sport with results lines, markets, politics): 93.49 at d1d1d32 (the
  # thirty-second session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_38.jsonl" "ner present-day 38 (own)" "$e/ner/score.py"
  # A thirty-ninth (tests/fixtures/present_day_ner_39.md; written blind by a helper, the consumer
  # and celebrity pages: brands, apps, stars, works): 92.34 at c2aecd6 (the thirty-third session's
  # start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_39.jsonl" "ner present-day 39 (own)" "$e/ner/score.py"
  # A fortieth (tests/fixtures/present_day_ner_40.md; written blind by a helper, world news beyond
  # the English-speaking countries): 95.34 at 811a4a7 (the thirty-fourth session's start), never
  # looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_40.jsonl" "ner present-day 40 (own)" "$e/ner/score.py"
  # A forty-first (tests/fixtures/present_day_ner_41.md; written blind by a helper, short briefs
  # and alerts of every section of a day's news): 93.84 at 811a4a7 and at 9c8e10b (the thirty-fourth
  # session's start and last rule), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_41.jsonl" "ner present-day 41 (own)" "$e/ner/score.py"
  # A forty-third (tests/fixtures/present_day_ner_43.md; written blind by a helper, news as the web
  # and phones show it: live blogs, alerts, bullets, captions, results lines, listings): 88.67 at
  # 6dde35a (the thirty-fifth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_43.jsonl" "ner present-day 43 (own)" "$e/ner/score.py"
  # Wire copy of 2024-2025 in CoNLL-2003's form (tests/fixtures/wire2025_ner.md; written blind by a
  # helper, 30 documents, sports tables and general news): 96.25 at 5e5f340 (the thirty-seventh
  # session's start), never looked at.
  run ner "$ROOT/tests/fixtures/wire2025_ner.jsonl" "ner wire 2025 (own)" "$e/ner/score.py"
  # A forty-fifth (tests/fixtures/present_day_ner_45.md; written blind by a helper, the sports
  # pages, where cities and countries stand for teams, beside the same names as places): 90.99 at
  # 5e5f340 (the thirty-seventh session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_45.jsonl" "ner present-day 45 (own)" "$e/ner/score.py"
  # A forty-seventh (tests/fixtures/present_day_ner_47.md; written blind by a helper, world news
  # beyond the English-speaking countries with its names as the wires spell them): 95.49 at 971148a
  # (the thirty-eighth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_47.jsonl" "ner present-day 47 (own)" "$e/ner/score.py"
  # A forty-ninth (tests/fixtures/present_day_ner_49.md; written blind by a helper, courts, crime and
  # elections): 90.25 at 971148a (the thirty-eighth session's start) and at its end, never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_49.jsonl" "ner present-day 49 (own)" "$e/ner/score.py"
  # A fifty-first (tests/fixtures/present_day_ner_51.md; written blind by a helper, politics and
  # government): 92.32 at 1ebe0ae (the thirty-ninth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_51.jsonl" "ner present-day 51 (own)" "$e/ner/score.py"
  # A fifty-third (tests/fixtures/present_day_ner_53.md; written blind by a helper, a general mix of
  # short news sentences): 96.07 at 1ebe0ae (the thirty-ninth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_53.jsonl" "ner present-day 53 (own)" "$e/ner/score.py"
  # A fifty-fifth (tests/fixtures/present_day_ner_55.md; written blind by a helper, Reuters-style
  # wire copy on markets, economics and companies): 95.57 at de08f37 (the fortieth session's start),
  # never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_55.jsonl" "ner present-day 55 (own)" "$e/ner/score.py"
  # A fifty-sixth (tests/fixtures/present_day_ner_56.md; written blind by a helper, science, health,
  # climate and space): 88.17 at de08f37 (the fortieth session's start), never looked at.
  run ner "$ROOT/tests/fixtures/present_day_ner_56.jsonl" "ner present-day 56 (own)" "$e/ner/score.py"
  # A fifty-eighth (tests/fixtures/present_day_ner_58.md; written blind by a helper, sports news in
  # prose): 91.95 at acfe2fe (the forty-first session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_58.jsonl" "ner present-day 58 (own)" "$e/ner/score.py"
  # A sixtieth (tests/fixtures/present_day_ner_60.md; written blind by a helper, conflict, security,
  # defence and humanitarian news): 92.71 at acfe2fe (the forty-first session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_60.jsonl" "ner present-day 60 (own)" "$e/ner/score.py"
  # A sixty-second (tests/fixtures/present_day_ner_62.md; written blind by a helper, transport,
  # travel, energy and infrastructure): 86.49 at acfe2fe (the forty-first session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_62.jsonl" "ner present-day 62 (own)" "$e/ner/score.py"
  # A sixty-fourth (tests/fixtures/present_day_ner_64.md; written blind by a helper, health, medicine,
  # science, space and climate): 89.80 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_64.jsonl" "ner present-day 64 (own)" "$e/ner/score.py"
  # A sixty-sixth (tests/fixtures/present_day_ner_66.md; written blind by a helper, arts,
  # entertainment and culture): 83.61 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_66.jsonl" "ner present-day 66 (own)" "$e/ner/score.py"
  # A sixty-eighth (tests/fixtures/present_day_ner_68.md; written blind by a helper, business,
  # markets, finance and technology): 94.54 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_68.jsonl" "ner present-day 68 (own)" "$e/ner/score.py"
  # A seventieth (tests/fixtures/present_day_ner_70.md; written blind by a helper, politics,
  # elections, government, courts and crime): 93.45 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_70.jsonl" "ner present-day 70 (own)" "$e/ner/score.py"
  # A seventy-second (tests/fixtures/present_day_ner_72.md; written blind by a helper, news of
  # Africa, South and South-East Asia, Latin America and the Middle East): 95.49 at 54b850a (the
  # forty-third session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_72.jsonl" "ner present-day 72 (own)" "$e/ner/score.py"
  # A seventy-fourth (tests/fixtures/present_day_ner_74.md; written blind by a helper, technology,
  # AI, social media, games, streaming, telecoms and gadgets): 93.68 at 54b850a (the forty-third
  # session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_74.jsonl" "ner present-day 74 (own)" "$e/ner/score.py"
  # A forty-second (tests/fixtures/present_day_ner_42.md; written by a helper to be looked at,
  # paragraphs of longer stories where names come back short): 94.67 at 6dde35a (the thirty-fifth
  # session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_42.jsonl" "ner present-day 42 (own, looked at)" "$e/ner/score.py"
  # A forty-fourth (tests/fixtures/present_day_ner_44.md; written by a helper to be looked at, the
  # forty-third's forms with other stories): 89.70 at b3619cc (the thirty-sixth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_44.jsonl" "ner present-day 44 (own, looked at)" "$e/ner/score.py"
  # A forty-eighth (tests/fixtures/present_day_ner_48.md; written by a helper to be looked at, local
  # and regional news, science, health and space): 86.23 at 971148a (the thirty-eighth session's
  # start).
  run ner "$ROOT/tests/fixtures/present_day_ner_48.jsonl" "ner present-day 48 (own, looked at)" "$e/ner/score.py"
  # A fiftieth (tests/fixtures/present_day_ner_50.md; written by a helper to be looked at, business,
  # markets and technology): 95.37 at 971148a (the thirty-eighth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_50.jsonl" "ner present-day 50 (own, looked at)" "$e/ner/score.py"
  # A fifty-second (tests/fixtures/present_day_ner_52.md; written by a helper to be looked at,
  # entertainment, culture and lifestyle): 80.87 at 1ebe0ae (the thirty-ninth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_52.jsonl" "ner present-day 52 (own, looked at)" "$e/ner/score.py"
  # A fifty-fourth (tests/fixtures/present_day_ner_54.md; written by a helper to be looked at,
  # politics, government and diplomacy): 94.27 at 1ebe0ae (the thirty-ninth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_54.jsonl" "ner present-day 54 (own, looked at)" "$e/ner/score.py"
  # A fifty-seventh (tests/fixtures/present_day_ner_57.md; written by a helper to be looked at,
  # science, health, climate and space): 87.15 at de08f37 (the fortieth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_57.jsonl" "ner present-day 57 (own, looked at)" "$e/ner/score.py"
  # A fifty-ninth (tests/fixtures/present_day_ner_59.md; written by a helper to be looked at,
  # sports as general news readers meet it): 90.26 at acfe2fe (the forty-first session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_59.jsonl" "ner present-day 59 (own, looked at)" "$e/ner/score.py"
  # A sixty-first (tests/fixtures/present_day_ner_61.md; written by a helper to be looked at, wars,
  # security, defence and humanitarian crises): 92.12 at acfe2fe (the forty-first session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_61.jsonl" "ner present-day 61 (own, looked at)" "$e/ner/score.py"
  # A sixty-third (tests/fixtures/present_day_ner_63.md; written by a helper to be looked at,
  # transport, travel, cars, aviation, shipping and energy): 87.83 at acfe2fe (the forty-first
  # session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_63.jsonl" "ner present-day 63 (own, looked at)" "$e/ner/score.py"
  # A sixty-fifth (tests/fixtures/present_day_ner_65.md; written by a helper to be looked at,
  # health, medicine, science, space and climate): 88.16 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_65.jsonl" "ner present-day 65 (own, looked at)" "$e/ner/score.py"
  # A sixty-seventh (tests/fixtures/present_day_ner_67.md; written by a helper to be looked at,
  # arts, entertainment and culture): 83.04 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_67.jsonl" "ner present-day 67 (own, looked at)" "$e/ner/score.py"
  # A sixty-ninth (tests/fixtures/present_day_ner_69.md; written by a helper to be looked at,
  # business, markets, finance and technology): 94.37 at 86714cf (the forty-second session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_69.jsonl" "ner present-day 69 (own, looked at)" "$e/ner/score.py"
  # A seventy-first (tests/fixtures/present_day_ner_71.md; written by a helper to be looked at,
  # politics, elections, government, courts and crime): 92.17 at 86714cf (the forty-second session's
  # start).
  run ner "$ROOT/tests/fixtures/present_day_ner_71.jsonl" "ner present-day 71 (own, looked at)" "$e/ner/score.py"
  # A seventy-third (tests/fixtures/present_day_ner_73.md; written by a helper to be looked at,
  # the same regions as 72): 96.54 at 54b850a (the forty-third session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_73.jsonl" "ner present-day 73 (own, looked at)" "$e/ner/score.py"
  # A seventy-fifth (tests/fixtures/present_day_ner_75.md; written by a helper to be looked at,
  # the same themes as 74): 92.34 at 54b850a (the forty-third session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_75.jsonl" "ner present-day 75 (own, looked at)" "$e/ner/score.py"
  # A seventy-sixth and a seventy-eighth, never looked at, and a seventy-seventh and a seventy-ninth,
  # looked at (tests/fixtures/present_day_ner_76.md to _79.md; written by helpers in the
  # forty-fifth session: sports news, and domestic and local news): 95.58, 91.50, 94.69 and 89.54
  # at c7d9a42 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_76.jsonl" "ner present-day 76 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_78.jsonl" "ner present-day 78 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_77.jsonl" "ner present-day 77 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_79.jsonl" "ner present-day 79 (own, looked at)" "$e/ner/score.py"
  # An eightieth and an eighty-second, never looked at, and an eighty-first and an eighty-third,
  # looked at (tests/fixtures/present_day_ner_80.md to _83.md; written by helpers in the
  # forty-fifth session: European news, and Asia-Pacific news): 95.64, 96.81, 96.26 and 96.46 at
  # c7d9a42 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_80.jsonl" "ner present-day 80 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_82.jsonl" "ner present-day 82 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_81.jsonl" "ner present-day 81 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_83.jsonl" "ner present-day 83 (own, looked at)" "$e/ner/score.py"
  # An eighty-fourth, an eighty-sixth and an eighty-eighth, never looked at, and an eighty-fifth,
  # an eighty-seventh and an eighty-ninth, looked at (tests/fixtures/present_day_ner_84.md to
  # _89.md; written by helpers in the forty-sixth session: Africa, the Middle East and Latin
  # America; technology and platforms; North American politics): 95.53, 95.26, 92.65, 94.63,
  # 94.93 and 94.49 at 71db112 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_84.jsonl" "ner present-day 84 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_86.jsonl" "ner present-day 86 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_88.jsonl" "ner present-day 88 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_85.jsonl" "ner present-day 85 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_87.jsonl" "ner present-day 87 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_89.jsonl" "ner present-day 89 (own, looked at)" "$e/ner/score.py"
  # A ninetieth and a ninety-second, blind, and a ninety-first and a ninety-third, looked at
  # (tests/fixtures/present_day_ner_90.md to _93.md; written by helpers in the forty-seventh
  # session: Europe and Asia-Pacific; sport and entertainment): 92.83, 91.51, 95.58 and 93.50 at
  # f4001e5 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_90.jsonl" "ner present-day 90 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_92.jsonl" "ner present-day 92 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_91.jsonl" "ner present-day 91 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_93.jsonl" "ner present-day 93 (own, looked at)" "$e/ner/score.py"
  # A ninety-fourth, blind, and a ninety-fifth, looked at (tests/fixtures/present_day_ner_94.md and
  # _95.md; written by a helper in the forty-eighth session: Africa, Latin America, the Middle East
  # and South Asia): 92.65 and 94.13 at 21d4820 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_94.jsonl" "ner present-day 94 (own, blind)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_95.jsonl" "ner present-day 95 (own, looked at)" "$e/ner/score.py"
  # A ninety-sixth, looked at, and a ninety-seventh, blind (tests/fixtures/present_day_ner_96.md and
  # _97.md; written by a helper in the fifty-first session: famous people and brands in short
  # news items): 91.09 and 90.96 at 1326cb7 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_96.jsonl" "ner present-day 96 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_97.jsonl" "ner present-day 97 (own, blind)" "$e/ner/score.py"
  # A ninety-eighth, looked at, and a ninety-ninth, blind (tests/fixtures/present_day_ner_98.md and
  # _99.md; written by a helper in the fifty-second session: famous people and brands whose names look
  # like places or words): 90.73 and 90.05 at 9f0c8d4 (that session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_98.jsonl" "ner present-day 98 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_99.jsonl" "ner present-day 99 (own, blind)" "$e/ner/score.py"
  # A hundredth, looked at, and a hundred-and-first, blind (tests/fixtures/present_day_ner_100.md and
  # present_day_ner_101.md): politics and public life worldwide in December 2026; 91.85 and 91.13 at ce7199d.
  run ner "$ROOT/tests/fixtures/present_day_ner_100.jsonl" "ner present-day 100 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_101.jsonl" "ner present-day 101 (own, blind)" "$e/ner/score.py"
  # A hundred-and-second, looked at, and a hundred-and-third, blind (tests/fixtures/present_day_ner_102.md
  # and present_day_ner_103.md): science, health, climate, space, technology and courts, late 2026; 90.40
  # and 90.48 at 4473130.
  run ner "$ROOT/tests/fixtures/present_day_ner_102.jsonl" "ner present-day 102 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_103.jsonl" "ner present-day 103 (own, blind)" "$e/ner/score.py"
  # A hundred-and-fourth, looked at, and a hundred-and-fifth, blind (tests/fixtures/present_day_ner_104.md
  # and present_day_ner_105.md): consumer life, brands and retail, late 2026; 91.17 and 89.54 at 4473130.
  run ner "$ROOT/tests/fixtures/present_day_ner_104.jsonl" "ner present-day 104 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_105.jsonl" "ner present-day 105 (own, blind)" "$e/ner/score.py"
  # A hundred-and-sixth, looked at, and a hundred-and-seventh, blind (tests/fixtures/present_day_ner_106.md
  # and present_day_ner_107.md): people in the news, late 2026; 87.50 and 86.55 at e9c1a18.
  run ner "$ROOT/tests/fixtures/present_day_ner_106.jsonl" "ner present-day 106 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_107.jsonl" "ner present-day 107 (own, blind)" "$e/ner/score.py"
  # A hundred-and-eighth, looked at, and a hundred-and-ninth, blind (tests/fixtures/present_day_ner_108.md
  # and present_day_ner_109.md): Asia-Pacific news, late 2026; 89.75 and 88.91 at e9c1a18.
  run ner "$ROOT/tests/fixtures/present_day_ner_108.jsonl" "ner present-day 108 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_109.jsonl" "ner present-day 109 (own, blind)" "$e/ner/score.py"
  # A hundred-and-tenth, looked at, and a hundred-and-eleventh, blind (tests/fixtures/present_day_ner_110.md
  # and present_day_ner_111.md): Africa and the Middle East, late 2026; 91.12 and 91.63 at e9c1a18.
  run ner "$ROOT/tests/fixtures/present_day_ner_110.jsonl" "ner present-day 110 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_111.jsonl" "ner present-day 111 (own, blind)" "$e/ner/score.py"
  # A hundred-and-twelfth, looked at, and a hundred-and-thirteenth, blind (tests/fixtures/
  # present_day_ner_112.md and 113.md): Latin America, Spain and Portugal, late 2026; 89.41 and 92.69
  # at 74ade07.
  run ner "$ROOT/tests/fixtures/present_day_ner_112.jsonl" "ner present-day 112 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_113.jsonl" "ner present-day 113 (own, blind)" "$e/ner/score.py"
  # A hundred-and-fourteenth, looked at, and a hundred-and-fifteenth, blind (tests/fixtures/
  # present_day_ner_114.md and 115.md): continental Europe, late 2026; 94.55 and 95.33 at 74ade07.
  run ner "$ROOT/tests/fixtures/present_day_ner_114.jsonl" "ner present-day 114 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_115.jsonl" "ner present-day 115 (own, blind)" "$e/ner/score.py"
  # A hundred-and-sixteenth, looked at, and a hundred-and-seventeenth, blind (tests/fixtures/
  # present_day_ner_116.md and 117.md): media, entertainment, internet and consumer technology, late
  # 2026; 90.86 and 89.11 at a5e7726.
  run ner "$ROOT/tests/fixtures/present_day_ner_116.jsonl" "ner present-day 116 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_117.jsonl" "ner present-day 117 (own, blind)" "$e/ner/score.py"
  # A hundred-and-eighteenth, looked at, and a hundred-and-nineteenth, blind (tests/fixtures/
  # present_day_ner_118.md and 119.md): sport worldwide, late 2026; 93.44 and 95.33 at fd291e4.
  run ner "$ROOT/tests/fixtures/present_day_ner_118.jsonl" "ner present-day 118 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_119.jsonl" "ner present-day 119 (own, blind)" "$e/ner/score.py"
  # A hundred-and-twentieth, looked at (from the fifty-eighth session's last hour), and a
  # hundred-and-twenty-first, blind (tests/fixtures/present_day_ner_120.md and 121.md): local and
  # regional news, late 2026; 77.38 and 80.21 at fd291e4.
  run ner "$ROOT/tests/fixtures/present_day_ner_120.jsonl" "ner present-day 120 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_121.jsonl" "ner present-day 121 (own, blind)" "$e/ner/score.py"
  # A hundred-and-twenty-second, looked at, and a hundred-and-twenty-third, blind (tests/fixtures/
  # present_day_ner_122.md and 123.md): local and regional news again; 77.23 and 77.17 at a268f10.
  run ner "$ROOT/tests/fixtures/present_day_ner_122.jsonl" "ner present-day 122 (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/present_day_ner_123.jsonl" "ner present-day 123 (own, blind)" "$e/ner/score.py"
  # A thirty-fifth (tests/fixtures/present_day_ner_35.md; written by a helper to be looked at, hard
  # cases on purpose): 89.69 at a3b36bc (the thirtieth session's start).
  run ner "$ROOT/tests/fixtures/present_day_ner_35.jsonl" "ner present-day 35 (own, looked at)" "$e/ner/score.py"
  # Ten whole present-day articles (tests/fixtures/articles_k.md), looked at: 93.17 at 1b4bffb.
  run ner "$ROOT/tests/fixtures/articles_k.jsonl" "ner articles k (own)" "$e/ner/score.py"
  # Ten more (tests/fixtures/articles_l.md), looked at: 89.70 at 1b4bffb.
  run ner "$ROOT/tests/fixtures/articles_l.jsonl" "ner articles l (own)" "$e/ner/score.py"
  # Ten more (tests/fixtures/articles_m.md), looked at: 91.06 at b9de65c.
  run ner "$ROOT/tests/fixtures/articles_m.jsonl" "ner articles m (own)" "$e/ner/score.py"
  # Ten more (tests/fixtures/articles_n.md), never looked at: 90.38 at b9de65c.
  run ner "$ROOT/tests/fixtures/articles_n.jsonl" "ner articles n (own)" "$e/ner/score.py"
  # Ten more (tests/fixtures/articles_o.md), looked at: 87.63 at 73045bb.
  run ner "$ROOT/tests/fixtures/articles_o.jsonl" "ner articles o (own)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_p.md), never looked at: 87.54 at 71db112.
  run ner "$ROOT/tests/fixtures/articles_p.jsonl" "ner articles p (own, blind)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_q.md), looked at: 80.98 at 71db112.
  run ner "$ROOT/tests/fixtures/articles_q.jsonl" "ner articles q (own, looked at)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_r.md), never looked at: 91.80 at f4001e5.
  run ner "$ROOT/tests/fixtures/articles_r.jsonl" "ner articles r (own, blind)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_s.md), looked at: 88.40 at f4001e5.
  run ner "$ROOT/tests/fixtures/articles_s.jsonl" "ner articles s (own, looked at)" "$e/ner/score.py"
  # Eight local-news articles (tests/fixtures/articles_t.md), never looked at: 74.11 at 21d4820.
  run ner "$ROOT/tests/fixtures/articles_t.jsonl" "ner articles t (own, blind)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_u.md), looked at: 81.35 at 21d4820.
  run ner "$ROOT/tests/fixtures/articles_u.jsonl" "ner articles u (own, looked at)" "$e/ner/score.py"
  # Eight articles on famous people and brands (tests/fixtures/articles_v.md), never looked at:
  # 92.53 at 6bcfc20.
  run ner "$ROOT/tests/fixtures/articles_v.jsonl" "ner articles v (own, blind)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_w.md), looked at: 90.50 at 6bcfc20.
  run ner "$ROOT/tests/fixtures/articles_w.jsonl" "ner articles w (own, looked at)" "$e/ner/score.py"
  # Eight more on famous people and brands (tests/fixtures/articles_x.md), never looked at:
  # 94.30 at 6bcfc20.
  run ner "$ROOT/tests/fixtures/articles_x.jsonl" "ner articles x (own, blind)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_y.md), looked at: 90.85 at 6bcfc20.
  run ner "$ROOT/tests/fixtures/articles_y.jsonl" "ner articles y (own, looked at)" "$e/ner/score.py"
  # Eight articles on famous people and brands beyond US national politics
  # (tests/fixtures/articles_za.md), never looked at: 90.48 at d024d13.
  run ner "$ROOT/tests/fixtures/articles_za.jsonl" "ner articles za (own, blind)" "$e/ner/score.py"
  # Eight more, local and regional news (tests/fixtures/articles_zb.md), looked at: 87.42 at d024d13.
  run ner "$ROOT/tests/fixtures/articles_zb.jsonl" "ner articles zb (own, looked at)" "$e/ner/score.py"
  # Eight more on famous people and brands in the news of autumn 2026 (tests/fixtures/articles_zc.md),
  # never looked at: 89.91 at 1326cb7.
  run ner "$ROOT/tests/fixtures/articles_zc.jsonl" "ner articles zc (own, blind)" "$e/ner/score.py"
  # Eight more (tests/fixtures/articles_zd.md), looked at: 91.53 at 1326cb7.
  run ner "$ROOT/tests/fixtures/articles_zd.jsonl" "ner articles zd (own, looked at)" "$e/ner/score.py"
  # Eight more, local and regional news of December 2026 (tests/fixtures/articles_ze.md, looked at,
  # and articles_zf.md, never looked at): 79.24 and 75.78 at 9f0c8d4.
  run ner "$ROOT/tests/fixtures/articles_ze.jsonl" "ner articles ze (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zf.jsonl" "ner articles zf (own, blind)" "$e/ner/score.py"
  # Eight more, business, markets and technology news of December 2026 (tests/fixtures/articles_zg.md,
  # looked at, and articles_zh.md, never looked at): 90.18 and 94.44 at ce7199d.
  run ner "$ROOT/tests/fixtures/articles_zg.jsonl" "ner articles zg (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zh.jsonl" "ner articles zh (own, blind)" "$e/ner/score.py"
  # Eight more, sport, culture and entertainment news of December 2026 (tests/fixtures/articles_zi.md,
  # looked at, and articles_zj.md, never looked at): 92.52 and 91.22 at 4473130.
  run ner "$ROOT/tests/fixtures/articles_zi.jsonl" "ner articles zi (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zj.jsonl" "ner articles zj (own, blind)" "$e/ner/score.py"
  # Eight more, world news of December 2026 beyond the US and UK (tests/fixtures/articles_zk.md, looked
  # at, and articles_zl.md, never looked at): 91.23 and 90.38 at 4473130.
  run ner "$ROOT/tests/fixtures/articles_zk.jsonl" "ner articles zk (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zl.jsonl" "ner articles zl (own, blind)" "$e/ner/score.py"
  # Eight more, North American politics, courts, crime and public life of December 2026
  # (tests/fixtures/articles_zm.md, looked at, and articles_zn.md, never looked at): 87.07 and 86.22
  # at e9c1a18.
  run ner "$ROOT/tests/fixtures/articles_zm.jsonl" "ner articles zm (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zn.jsonl" "ner articles zn (own, blind)" "$e/ner/score.py"
  # Eight more, UK and Irish news of December 2026 (tests/fixtures/articles_zo.md, looked at, and
  # articles_zp.md, never looked at): 86.43 and 76.24 at e9c1a18.
  run ner "$ROOT/tests/fixtures/articles_zo.jsonl" "ner articles zo (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zp.jsonl" "ner articles zp (own, blind)" "$e/ner/score.py"
  # Eight more, science, health, technology and environment news of December 2026
  # (tests/fixtures/articles_zq.md, looked at, and articles_zr.md, never looked at): 83.76 and 86.23
  # at e9c1a18.
  run ner "$ROOT/tests/fixtures/articles_zq.jsonl" "ner articles zq (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zr.jsonl" "ner articles zr (own, blind)" "$e/ner/score.py"
  # Eight more, business, markets, companies and labour news of December 2026
  # (tests/fixtures/articles_zs.md, looked at, and articles_zt.md, never looked at): 91.03 and 92.42
  # at 74ade07.
  run ner "$ROOT/tests/fixtures/articles_zs.jsonl" "ner articles zs (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zt.jsonl" "ner articles zt (own, blind)" "$e/ner/score.py"
  # Two more whole-article sets by a helper: articles_zu, looked at, and articles_zv, blind
  # (tests/fixtures/articles_zu.md and zv.md): Asia-Pacific news of December 2026; 87.23 and 86.82 at
  # a5e7726.
  run ner "$ROOT/tests/fixtures/articles_zu.jsonl" "ner articles zu (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zv.jsonl" "ner articles zv (own, blind)" "$e/ner/score.py"
  # Two more by a helper: articles_zw, looked at, and articles_zx, blind (tests/fixtures/
  # articles_zw.md and zx.md): defence, security and diplomacy news of December 2026; 91.48 and
  # 92.06 at fd291e4.
  run ner "$ROOT/tests/fixtures/articles_zw.jsonl" "ner articles zw (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zx.jsonl" "ner articles zx (own, blind)" "$e/ner/score.py"
  # Two more by a helper: articles_zy, looked at, and articles_zz, blind (tests/fixtures/
  # articles_zy.md and zz.md): culture, entertainment and celebrity news of December 2026; 89.61 and
  # 93.09 at a268f10.
  run ner "$ROOT/tests/fixtures/articles_zy.jsonl" "ner articles zy (own, looked at)" "$e/ner/score.py"
  run ner "$ROOT/tests/fixtures/articles_zz.jsonl" "ner articles zz (own, blind)" "$e/ner/score.py"
  # Wire copy of December 2020 in CoNLL-2003's form (tests/fixtures/wire2020_ner.md), a stand-in for
  # the held-out 2020 news: 94.87 at 759c68c, 95.56 at cf2a330; looked at since the twenty-eighth
  # session, which read its errors.
  run ner "$ROOT/tests/fixtures/wire2020_ner.jsonl" "ner wire 2020 (own)" "$e/ner/score.py"
  for f in "$e"/keywords/*.dev.jsonl; do run keywords "$f" "keywords $(basename "$f" .dev.jsonl)"; done
  run summary "$e/summary/news_summ.dev.jsonl" "summary news dev"
  if [ -f "$SHARED/train/pos/conll2003_dev.pos.jsonl" ]; then
    printf '%-28s %s\n' "pos CoNLL-2003 dev" \
      "$("$bin" eval pos < "$SHARED/train/pos/conll2003_dev.pos.jsonl" | tail -n 1)"
  fi
  rm -rf "$tmp"
}

cmd_test() {
  log "native tests"
  cargo test --quiet
  # The megabyte inputs (10 MB of news, 1 MB pathological inputs): ignored by a plain cargo test, run
  # here optimised with debug assertions (profile robust in Cargo.toml).
  log "native tests on megabyte inputs (optimised)"
  cargo test --quiet --profile robust --test robustness --test pathological -- --ignored
  ensure_target
  ensure_bindgen
  ensure_chromium
  ensure_npm
  # tests/web.rs holds the wasm-bindgen tests (the other test files are native). They run optimised
  # (opt-level 2, debug assertions kept): one analyses 10 MB. No run_in_browser in the file, so the
  # first run is in Node and WASM_BINDGEN_USE_BROWSER=1 makes the second run in headless Chromium.
  # (No --quiet: cargo would pass it on to wasm-bindgen-test-runner, which refuses it.)
  local wasm_test=(cargo test --target wasm32-unknown-unknown --test web)
  log "wasm-bindgen-test in Node"
  CARGO_PROFILE_DEV_OPT_LEVEL=2 "${wasm_test[@]}"
  log "wasm-bindgen-test in headless Chromium"
  CARGO_PROFILE_DEV_OPT_LEVEL=2 CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)} \
    WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-600} \
    "${wasm_test[@]}"
  build_wasm
  # The size budget: the whole .wasm, every model in it, at most 500 KB gzipped (the speed issue's
  # target of 450 KiB is missed since the hashed name lists of data/ner/news_names: see README).
  # Two deflaters, both at level 9, differ by about 1.5 KB on this module: the check takes the larger
  # of `gzip -9` and Node's zlib (which a bundler or a server in JavaScript would use).
  local gz nz budget=${WASM_BUDGET:-500000}
  gz=$(gzip -9 -c www/pkg/article_analyzer_bg.wasm | wc -c)
  nz=$(node -e 'const z=require("zlib");process.stdout.write(String(z.gzipSync(require("fs").readFileSync(process.argv[1]),{level:9}).length))' www/pkg/article_analyzer_bg.wasm)
  [ "$nz" -gt "$gz" ] && gz=$nz
  [ "$gz" -le "$budget" ] || die "the .wasm is $gz bytes gzipped, over the budget of $budget (500 KB)"
  log "the .wasm is $gz bytes gzipped (the larger of gzip -9 and Node's zlib), within the budget of $budget"
  command -v python3 >/dev/null || die "the end-to-end tests serve www/ with python3 -m http.server: install python3"
  log "end-to-end tests of the page in Chromium"
  CHROMIUM=${CHROMIUM:-$(command -v chromium)} node tests/e2e/run.mjs
  cmd_package
  log "the npm package: installed from the tarball, used from Node and in Chromium"
  CHROMIUM=${CHROMIUM:-$(command -v chromium)} node tests/e2e/package.mjs
}

# The npm package: www/pkg plus the element, the worker and its client (the same files the page uses,
# in the same layout) and the entry points and types in www/npm/, packed with `npm pack`.
cmd_package() {
  build_wasm
  command -v npm >/dev/null || die "packing needs npm (Node.js 20 or later)"
  local version stage="$ROOT/target/npm-package"
  version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
  rm -rf "$stage"
  mkdir -p "$stage/pkg" dist
  cp www/pkg/article_analyzer.js www/pkg/article_analyzer.d.ts www/pkg/article_analyzer_bg.wasm "$stage/pkg/"
  cp www/element.js www/worker.js www/worker-client.js "$stage/"
  cp www/npm/index.js www/npm/node.js www/npm/index.d.ts www/npm/element.d.ts www/npm/worker-client.d.ts www/npm/README.md "$stage/"
  sed "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" www/npm/package.json > "$stage/package.json"
  rm -f "dist/article-analyzer-$version.tgz"
  (cd "$stage" && npm pack --silent --pack-destination "$ROOT/dist" >/dev/null)
  log "dist/article-analyzer-$version.tgz: $(stat -c %s "dist/article-analyzer-$version.tgz") bytes"
}

cmd_bench() {
  cli bench
  log "pathological inputs: time of 4x the input over 1x (about 4 is linear)"
  cli stress
  log "peak memory, native: 50 MB of news text in one analysis"
  cli stress memory 50
  build_bench_wasm
  build_wasm
  ensure_npm
  node tests/bench/bench.mjs
  ensure_chromium   # the page's responsiveness runs in headless Chromium (a fresh machine has none)
  node tests/bench/page.mjs
  log "peak memory, Wasm in Node: 50 MB of news text in one analysis"
  node --max-old-space-size=16384 tests/bench/memory.mjs 50
  bench_cores
}

# `analyze` over a JSONL corpus (the news fixtures, as {"id","text"} lines, to about 12 MB) on 1 and on 2
# threads: throughput, the ratio, and each run's peak resident memory (bounded: the input is read in
# chunks). The machine may be shared: the load average is printed beside the figures.
bench_cores() {
  local tmp corpus t0 t1 one two jobs
  tmp=$(mktemp -d)
  corpus="$tmp/corpus.jsonl"
  python3 - "$corpus" tests/fixtures/news/*.txt <<'PY'
import json, sys
out, paths = sys.argv[1], sys.argv[2:]
texts = [open(p, encoding="utf-8").read() for p in paths]
size, k = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < 12_000_000:
        line = json.dumps({"id": k, "text": texts[k % len(texts)]}) + "\n"
        f.write(line)
        size += len(line.encode("utf-8"))
        k += 1
PY
  local mb
  mb=$(stat -c %s "$corpus")
  log "analyze on 1 and 2 cores: $((mb / 1000000)) MB of JSON lines (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  cli --help >/dev/null
  local -a secs
  for jobs in 1 2; do
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$tmp/rss$jobs" "$ROOT/target/native/article-analyzer" analyze --jobs "$jobs" "$corpus" > "$tmp/out$jobs.jsonl"
    t1=$(date +%s.%N)
    secs[$jobs]=$(echo "$t1 - $t0" | bc -l)
  done
  cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl" || die "analyze --jobs 1 and --jobs 2 wrote different output"
  one=${secs[1]} two=${secs[2]}
  python3 - "$mb" "$one" "$two" "$(cat "$tmp/rss1")" "$(cat "$tmp/rss2")" <<'PY'
import sys
mb, one, two, rss1, rss2 = int(sys.argv[1]), *map(float, sys.argv[2:4]), int(sys.argv[4]), int(sys.argv[5])
print(f"analyze --jobs 1: {one:6.1f} s {mb / one / 1e6:6.2f} MB/s  peak RSS {rss1 / 1024:.0f} MB")
print(f"analyze --jobs 2: {two:6.1f} s {mb / two / 1e6:6.2f} MB/s  peak RSS {rss2 / 1024:.0f} MB")
print(f"2 cores / 1 core: {one / two:.2f}x")
PY
  rm -rf "$tmp"
}

# The fuzz target tests/fuzz/fuzz_targets/analyze.rs (its own Cargo workspace, built with nightly): bytes ->
# options and text (tests/support/fuzz_input.rs) -> analyze -> the well-formedness check. One process
# (the machine is shared); a run longer than 10 s on one input counts as a crash (a slow input). No
# sanitizer (the crate forbids unsafe code; AddressSanitizer would cost 3x the executions), but debug
# assertions and overflow checks are on (cargo fuzz's default). The
# corpus grows in tests/fuzz/corpus/analyze (not committed), seeded with the fixtures and the regressions.
cmd_fuzz() {
  local secs=${1:-300}
  if ! rustup toolchain list | grep -q '^nightly'; then
    log "installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! command -v cargo-fuzz >/dev/null; then
    log "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
  fi
  local corpus=tests/fuzz/corpus/analyze artifacts=tests/fuzz/artifacts/analyze
  mkdir -p "$corpus" "$artifacts"
  cp -n tests/fixtures/*.txt tests/fixtures/samples/*.txt tests/fuzz_regressions/* "$corpus"/ 2>/dev/null || true
  local before
  before=$(ls "$artifacts" | wc -l)
  log "fuzzing analyze for ${secs}s"
  (cd tests/fuzz && cargo +nightly fuzz run --fuzz-dir . --sanitizer none analyze "../../$corpus" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len=20000 \
    -dict=analyze.dict -print_final_stats=1) 2>&1 | tee tests/fuzz/last-run.log \
    | grep -E '(pulse|DONE|^Done|stat::|SUMMARY|ERROR|panicked|Test unit written)' || true
  local f name
  for f in "$artifacts"/*; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    if [ ! -f "tests/fuzz_regressions/$name.bin" ]; then
      cp "$f" "tests/fuzz_regressions/$name.bin"
      log "new finding: tests/fuzz_regressions/$name.bin (replayed by cargo test --test fuzz_regressions)"
    fi
  done
  [ "$(ls "$artifacts" | wc -l)" = "$before" ] || die "the fuzzer found something: see tests/fuzz/last-run.log"
  log "no crash and no slow input in ${secs}s (log: tests/fuzz/last-run.log)"
}

# The entity model: the public name lists first (they are features), then the tagger on CoNLL-2003
# train plus a fifth of WikiNEuRal and of the looked-at self-written sets per epoch, selected on
# CoNLL-2003 dev and wikigold (held out of training as the out-of-domain dev set). Sources and
# licences: data/ner_model.md.
# Then the part-of-speech model on the POS columns of CoNLL-2003 train (counted twice) and CoNLL-2000
# train, selected on CoNLL-2003 dev (data/pos_model.md).
# Then the summary's sentence scorer on ../shared/train/summary (data/summary_model.md).
cmd_train() {
  local t="$SHARED/train"
  cli lexicons "$t/lexicons"
  cli news-names   # data/ner/news_names/*.txt -> data/ner/news_names.bin
  # The looked-at self-written sets (data/ner/looked_sets.txt) in a fifth of the epochs, their names
  # kept in the gazetteer when two items name them; WikiNEuRal's when six sentences do.
  local looked
  looked=$(mktemp)
  grep -v '^#' "$ROOT/data/ner/looked_sets.txt" | while read -r name; do
    sed -e '$a\' "$ROOT/tests/fixtures/$name.jsonl"
  done > "$looked"
  cli train "$SHARED/eval/ner/conll2003_train.jsonl" "$SHARED/eval/ner/conll2003_dev.jsonl" \
    --extra "$t/ner/wikineural_en.jsonl@0.2@6" --extra "$looked@0.2@2" --dev "$t/ner/wikigold.jsonl" \
    --seed 13 \
    "$@"
  rm -f "$looked"
  cli prune-ner 2870 --lone-names "$SHARED/eval/ner/conll2003_train.jsonl" --without-listed   # the size budget: see data/ner_model.md
  cli train-pos "$t/pos/conll2003_train.pos.jsonl@2" "$t/pos/conll2000_train.pos.jsonl" \
    --dev "$t/pos/conll2003_dev.pos.jsonl" --max-bytes 44000
  cli train-summary --abstractive "$t/summary/cnndm_val1000.jsonl"
}

case "${1:-}" in
  serve) shift; cmd_serve "$@" ;;
  build) build_wasm ;;
  package) cmd_package ;;
  test) cmd_test ;;
  eval) cmd_eval ;;
  bench) cmd_bench ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  train) shift; cmd_train "$@" ;;
  *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
