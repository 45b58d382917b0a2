//! Fuzz target: bytes -> options and lossily decoded text -> `analyze` -> well-formedness check.
//! A panic or a broken invariant is a crash; libFuzzer's `-timeout` catches slow inputs.
//! Run it with `./build.sh fuzz [SECONDS]`.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| {
    let (options, text) = support::fuzz_input::decode(data);
    let analysis = article_analyzer::analyze(&text, &options);
    if let Err(broken) = support::well_formed::check(&text, &options, &analysis) {
        panic!("ill-formed analysis: {broken}");
    }
});
