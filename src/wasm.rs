//! The JavaScript face: the only file that knows wasm-bindgen.
//!
//! `analyze(text, options?)` and `class Analyzer` take options as one plain object, validate them (an
//! `Error` whose message names the field), and return plain objects with offsets in UTF-16 code units,
//! so that `text.slice(e.start, e.end) === e.text` in JavaScript.

use wasm_bindgen::prelude::*;

use crate::options::OptionValue;
use crate::{
    Analysis, Entity, Group, Keyword, Label, NounPhrase, Options, Span, Stats, TokenTag, Unit,
};

/// `memory.grow` as the allocator's source of pages.
struct LinearMemory;

impl crate::heap::Pages for LinearMemory {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
        const PAGE: usize = 1 << 16;
        let pages = bytes.div_ceil(PAGE);
        let previous = core::arch::wasm32::memory_grow(0, pages);
        (previous != usize::MAX).then(|| (previous * PAGE, pages * PAGE))
    }
}

/// The project's allocator (`src/heap.rs`), about 6 KB of code smaller than the standard library's
/// dlmalloc. A module without threads runs one call at a time, so the cell is never borrowed twice.
struct Allocator(core::cell::UnsafeCell<crate::heap::Heap<LinearMemory>>);

// SAFETY: `wasm32-unknown-unknown` without the atomics feature has one thread.
#[allow(unsafe_code)]
unsafe impl Sync for Allocator {}

#[allow(unsafe_code)]
// SAFETY: the heap's contracts are GlobalAlloc's: non-zero sizes, power-of-two alignments, blocks
// freed with the layout they were allocated with.
unsafe impl core::alloc::GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        unsafe { (*self.0.get()).alloc(layout.size(), layout.align()) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: core::alloc::Layout) {
        unsafe { (*self.0.get()).dealloc(ptr, layout.size(), layout.align()) }
    }
    unsafe fn realloc(
        &self,
        ptr: *mut u8,
        layout: core::alloc::Layout,
        new_size: usize,
    ) -> *mut u8 {
        unsafe { (*self.0.get()).realloc(ptr, layout.size(), layout.align(), new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Allocator = Allocator(core::cell::UnsafeCell::new(crate::heap::Heap::new(
    LinearMemory,
)));

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r##"
/** An entity label. PERSON, ORG, PLACE and MISC are names; the rest are values found by patterns. */
export type Label = "PERSON" | "ORG" | "PLACE" | "MISC" | "DATE" | "TIME" | "MONEY" | "PERCENT"
  | "QUANTITY" | "CARDINAL" | "ORDINAL" | "EMAIL" | "URL";
/** A range of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number; }
/** One mention. `sentence` indexes `sentences`; `group` indexes `groups`. */
export interface Entity { start: number; end: number; label: Label; text: string; sentence: number; group: number; }
/** A distinct thing named in the text, with its canonical (longest) name and how often it is mentioned. */
export interface Group { id: number; label: Label; name: string; mentions: number; }
/** A ranked keyphrase. */
export interface Keyword { text: string; score: number; count: number; }
/** A Penn Treebank part-of-speech tag. */
export type Pos = "CC" | "CD" | "DT" | "EX" | "FW" | "IN" | "JJ" | "JJR" | "JJS" | "LS" | "MD" | "NN"
  | "NNS" | "NNP" | "NNPS" | "PDT" | "POS" | "PRP" | "PRP$" | "RB" | "RBR" | "RBS" | "RP" | "SYM"
  | "TO" | "UH" | "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" | "WDT" | "WP" | "WP$" | "WRB" | "$"
  | "#" | "``" | "''" | "(" | ")" | "," | "." | ":";
/** A token and its part of speech: `text.slice(start, end)` is the token. */
export interface TokenTag { start: number; end: number; pos: Pos; }
/** A base noun phrase ("the drug cartels"); never crosses a sentence end. */
export interface NounPhrase { start: number; end: number; text: string; }
/** Counts of the text. */
export interface Stats { words: number; sentences: number; characters: number; readingMinutes: number; }
/** Everything the analysis finds. */
export interface Analysis {
  sentences: Span[]; entities: Entity[]; groups: Group[]; keywords: Keyword[];
  /** Indices into `sentences`, in document order. */
  summary: number[];
  stats: Stats;
  /** Every token with its part of speech; only with the option `tokens: true`. */
  tokens?: TokenTag[];
  /** The base noun phrases, in order; only with the option `nounPhrases: true`. */
  nounPhrases?: NounPhrase[];
}
/** Options; every field is optional. */
export interface Options {
  /** Labels to report (default: all). */
  labels?: Label[];
  /** Phrases that always get a label, whatever the model says. */
  gazetteer?: { text: string; label: Label }[];
  /** How many keyphrases (default 10). */
  keywords?: number;
  /** How many summary sentences (default 3). */
  summarySentences?: number;
  /** The summary's length as a share of the sentences, 0 < r <= 1, rounded up; replaces
   *  `summarySentences` (give one of the two). */
  summaryRatio?: number;
  /** Add `tokens` (each token with its part of speech) to the result (default false). */
  tokens?: boolean;
  /** Add `nounPhrases` to the result (default false). */
  nounPhrases?: boolean;
}
"##;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

// The few JavaScript built-ins this file calls, bound here rather than through `js-sys`: linking
// `js-sys` brought the bindings of every built-in, whose closure shims (about 5 KB) stayed in the
// .wasm unused.
#[wasm_bindgen]
extern "C" {
    /// `String(x)`: how JavaScript writes a number or a BigInt.
    #[wasm_bindgen(js_name = String)]
    fn js_string(x: &JsValue) -> String;
    /// `parseFloat(s)`.
    #[wasm_bindgen(js_name = parseFloat)]
    fn parse_float(s: &str) -> f64;
    /// `Array.isArray(v)`.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(v: &JsValue) -> bool;
    /// `Object.fromEntries(v)`.
    #[wasm_bindgen(js_namespace = Object, js_name = fromEntries, catch)]
    fn from_entries(v: &JsValue) -> Result<JsValue, JsValue>;
    /// `Object.entries(v)`: its `[key, value]` pairs.
    #[wasm_bindgen(js_namespace = Object, js_name = entries)]
    fn object_entries(v: &JsValue) -> JsArray;
    /// `JSON.parse(text)`.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &str) -> Result<JsValue, JsValue>;
    /// `Reflect.get(target, key)`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    /// `Reflect.set(target, key, value)`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue) -> Result<bool, JsValue>;

    /// A JavaScript array.
    #[wasm_bindgen(js_name = Array)]
    type JsArray;
    /// `new Array()`.
    #[wasm_bindgen(constructor, js_class = Array)]
    fn new() -> JsArray;
    /// `Array.from(v)`.
    #[wasm_bindgen(static_method_of = JsArray, js_class = Array, js_name = from)]
    fn array_from(v: &JsValue) -> JsArray;
    /// The array's length.
    #[wasm_bindgen(method, getter)]
    fn length(this: &JsArray) -> u32;
    /// Item `i`.
    #[wasm_bindgen(method, indexing_getter)]
    fn get(this: &JsArray, i: u32) -> JsValue;

    /// A JavaScript `Map`.
    #[wasm_bindgen(js_name = Map)]
    type JsMap;

    /// A JavaScript function.
    #[wasm_bindgen(js_name = Function)]
    type JsFunction;
    /// `f.apply(context, args)`.
    #[wasm_bindgen(method, catch)]
    fn apply(this: &JsFunction, context: &JsValue, args: &JsArray) -> Result<JsValue, JsValue>;
}

fn options_from(value: JsValue) -> Result<Options, JsError> {
    Options::from_value(&read(&value, 0)).map_err(|e| JsError::new(e.message()))
}

/// The option value `v`, read from JavaScript as JSON would hold it (`undefined` is `null`; a `Map`
/// is read as an object). Options nest three levels deep (options, gazetteer, entry, field), so
/// deeper arrays and objects are not read: a cyclic object cannot make this recurse forever.
fn read(v: &JsValue, depth: u32) -> OptionValue {
    if v.is_undefined() || v.is_null() {
        OptionValue::Null
    } else if let Some(b) = v.as_bool() {
        OptionValue::Bool(b)
    } else if let Some(x) = v.as_f64() {
        // The number, and how JavaScript writes it (for error messages).
        OptionValue::Number(x, js_string(v))
    } else if v.is_bigint() {
        let text = js_string(v);
        OptionValue::Number(parse_float(&text), text)
    } else if let Some(s) = v.as_string() {
        OptionValue::String(s)
    } else if is_array(v) {
        if depth >= 3 {
            return OptionValue::Other("an array");
        }
        let items = JsArray::array_from(v);
        let mut values = Vec::new();
        for i in 0..items.length() {
            crate::vecs::push(&mut values, read(&items.get(i), depth + 1));
        }
        OptionValue::Array(values)
    } else if v.is_object() {
        if depth >= 3 {
            return OptionValue::Other("an object");
        }
        let object = match v.dyn_ref::<JsMap>() {
            // A map that `Object.fromEntries` refuses reads as an empty object.
            Some(map) => match from_entries(map) {
                Ok(object) => object,
                Err(_) => return OptionValue::Object(Vec::new()),
            },
            None => v.clone(),
        };
        let mut fields = Vec::new();
        let entries = object_entries(&object);
        for i in 0..entries.length() {
            let entry: JsArray = entries.get(i).unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            crate::vecs::push(&mut fields, (key, read(&entry.get(1), depth + 1)));
        }
        OptionValue::Object(fields)
    } else if v.is_function() {
        OptionValue::Other("a function")
    } else {
        OptionValue::Other("a symbol")
    }
}

fn to_js(text: &str, mut analysis: Analysis) -> Result<JsValue, JsError> {
    analysis.convert_offsets(text, Unit::Utf16);
    serialize(Value::Analysis(&analysis))
}

/// `value` as a plain JavaScript object, built from JSON text that this file writes and the engine's
/// `JSON.parse` reads (a call across the boundary per piece, where building the objects field by
/// field took one or more per value): the top-level object with its lists empty, then each list
/// filled from pieces of about [`PIECE`] bytes of JSON, so that the module's memory never holds the
/// whole text (a 50 MB article's result is about 170 MB of JSON). A keyphrase's score is set as a
/// number after its piece is parsed (JSON text would need a decimal printer for it, several KB of
/// the .wasm). The same keys in the same order and the same values as serde-wasm-bindgen's
/// `json_compatible()` form of the derived `Serialize` (checked by `tests/web.rs`).
fn serialize(value: Value) -> Result<JsValue, JsError> {
    build(value).map_err(|_| JsError::new("serialising the result failed"))
}

/// [`serialize`]'s work, any JavaScript error passed on (one conversion of it at the end, where
/// each step converted its own).
fn build(value: Value) -> Result<JsValue, JsValue> {
    let mut json = String::new();
    if let Value::List(list) = value {
        let array = JsArray::new();
        fill(&array, list, &mut json)?;
        return Ok(array.into());
    }
    value.write_json(&mut json);
    let object = parse_json(&json)?;
    let fields = value.fields();
    for (name, field) in fields.names.iter().zip(&fields.values) {
        if let Value::List(list) = *field {
            let array = reflect_get(&object, &JsValue::from_str(name))?;
            fill(array.unchecked_ref(), list, &mut json)?;
        }
    }
    Ok(object)
}

/// Bytes of JSON text parsed at a time (a piece holds at least one item).
const PIECE: usize = 1 << 15;

/// Appends the items of `list` to the empty `array`, a piece of JSON text at a time (`json` is the
/// buffer).
fn fill(array: &JsArray, list: List, json: &mut String) -> Result<(), JsValue> {
    let push: JsFunction = reflect_get(array, &JsValue::from_str("push"))?.unchecked_into();
    let score = JsValue::from_str("score");
    let mut k = 0;
    while k < list.len() {
        let first = k;
        json.clear();
        crate::vecs::push_char(json, '[');
        while k < list.len() && (k == first || json.len() < PIECE) {
            if k > first {
                crate::vecs::push_char(json, ',');
            }
            match list {
                List::Summary(v) => write_count(json, v[k]),
                _ => Value::Item(list, k).write_json(json),
            }
            k += 1;
        }
        crate::vecs::push_char(json, ']');
        let piece: JsArray = parse_json(json)?.unchecked_into();
        if let List::Keywords(v) = list {
            for (j, w) in crate::vecs::run(v, first, k).iter().enumerate() {
                reflect_set(&piece.get(j as u32), &score, &JsValue::from_f64(w.score))?;
            }
        }
        push.apply(array, &piece)?;
    }
    Ok(())
}

/// Appends `n` in decimal.
fn write_count(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        *crate::vecs::at_mut(&mut digits, at) = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in crate::vecs::run(&digits, at, digits.len()) {
        crate::vecs::push_char(out, char::from(d));
    }
}

/// Appends `s` as a JSON string: quoted, with `"`, `\\` and the control characters escaped.
fn write_text(out: &mut String, s: &str) {
    crate::vecs::push_char(out, '"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == b'"' || b == b'\\' || b < 0x20 {
            crate::vecs::push_str(out, crate::text::Span::new(from, i).slice(s));
            crate::vecs::push_str(out, "\\u00");
            crate::vecs::push_char(out, char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            crate::vecs::push_char(out, char::from(b"0123456789abcdef"[usize::from(b & 15)]));
            from = i + 1;
        }
    }
    crate::vecs::push_str(out, crate::text::tail(s, from));
    crate::vecs::push_char(out, '"');
}

/// A value of the result, written as JSON ([`serialize`]) field by field in the order the derived
/// `Serialize` of [`Analysis`] and its parts gives, through this one type.
#[derive(Clone, Copy)]
enum Value<'a> {
    /// A count or an offset.
    Count(usize),
    /// A keyphrase's score: written as `0` and set as a number afterwards ([`serialize`]).
    Score,
    /// A text.
    Text(&'a str),
    /// A label.
    Label(Label),
    /// The whole result.
    Analysis(&'a Analysis),
    /// Its counts.
    Stats(&'a Stats),
    /// A list.
    List(List<'a>),
    /// One item of a list.
    Item(List<'a>, usize),
}

/// A list of the result.
#[derive(Clone, Copy)]
enum List<'a> {
    Sentences(&'a [Span]),
    Entities(&'a [Entity]),
    Groups(&'a [Group]),
    Keywords(&'a [Keyword]),
    Summary(&'a [usize]),
    Tokens(&'a [TokenTag]),
    NounPhrases(&'a [NounPhrase]),
}

impl List<'_> {
    /// How many items the list holds.
    fn len(self) -> usize {
        match self {
            List::Sentences(v) => v.len(),
            List::Entities(v) => v.len(),
            List::Groups(v) => v.len(),
            List::Keywords(v) => v.len(),
            List::Summary(v) => v.len(),
            List::Tokens(v) => v.len(),
            List::NounPhrases(v) => v.len(),
        }
    }
}

/// The fields of an object of the result, in order: their names and values (at most eight; the
/// values past the names unused).
struct Fields<'a> {
    names: &'static [&'static str],
    values: [Value<'a>; 8],
}

impl<'a> Fields<'a> {
    /// The fields `names` with the values `values`.
    fn of<const N: usize>(names: &'static [&'static str; N], values: [Value<'a>; N]) -> Self {
        let mut all = [Value::Count(0); 8];
        all[..N].copy_from_slice(&values);
        Fields { names, values: all }
    }
}

impl<'a> Value<'a> {
    /// The fields of an object value: the whole result, its counts or an item of a list but the
    /// summary's.
    fn fields(self) -> Fields<'a> {
        use Value::{Count, Text};
        match self {
            Value::Analysis(a) => {
                let mut f = Fields::of(
                    &[
                        "sentences",
                        "entities",
                        "groups",
                        "keywords",
                        "summary",
                        "stats",
                        "tokens",
                        "nounPhrases",
                    ],
                    [
                        Value::List(List::Sentences(&a.sentences)),
                        Value::List(List::Entities(&a.entities)),
                        Value::List(List::Groups(&a.groups)),
                        Value::List(List::Keywords(&a.keywords)),
                        Value::List(List::Summary(&a.summary)),
                        Value::Stats(&a.stats),
                        Value::List(List::Tokens(a.tokens.as_deref().unwrap_or_default())),
                        Value::List(List::NounPhrases(
                            a.noun_phrases.as_deref().unwrap_or_default(),
                        )),
                    ],
                );
                // `tokens` and `nounPhrases` only when asked for.
                f.names = match (a.tokens.is_some(), a.noun_phrases.is_some()) {
                    (true, true) => f.names,
                    (true, false) => &f.names[..7],
                    (false, false) => &f.names[..6],
                    (false, true) => {
                        f.values[6] = f.values[7];
                        &STATS_AND_PHRASES
                    }
                };
                f
            }
            Value::Stats(st) => Fields::of(
                &["words", "sentences", "characters", "readingMinutes"],
                [
                    Count(st.words),
                    Count(st.sentences),
                    Count(st.characters),
                    Count(st.reading_minutes),
                ],
            ),
            Value::Item(list, k) => match list {
                List::Sentences(v) => {
                    let s = crate::vecs::at(v, k);
                    Fields::of(&["start", "end"], [Count(s.start), Count(s.end)])
                }
                List::Entities(v) => {
                    let e = crate::vecs::at(v, k);
                    Fields::of(
                        &["start", "end", "label", "text", "sentence", "group"],
                        [
                            Count(e.start),
                            Count(e.end),
                            Value::Label(e.label),
                            Text(&e.text),
                            Count(e.sentence),
                            Count(e.group),
                        ],
                    )
                }
                List::Groups(v) => {
                    let g = crate::vecs::at(v, k);
                    Fields::of(
                        &["id", "label", "name", "mentions"],
                        [
                            Count(g.id),
                            Value::Label(g.label),
                            Text(&g.name),
                            Count(g.mentions),
                        ],
                    )
                }
                List::Keywords(v) => {
                    let w = crate::vecs::at(v, k);
                    Fields::of(
                        &["text", "score", "count"],
                        [Text(&w.text), Value::Score, Count(w.count)],
                    )
                }
                List::Tokens(v) => {
                    let t = crate::vecs::at(v, k);
                    Fields::of(
                        &["start", "end", "pos"],
                        [Count(t.start), Count(t.end), Text(t.pos.as_str())],
                    )
                }
                List::NounPhrases(v) => {
                    let p = crate::vecs::at(v, k);
                    Fields::of(
                        &["start", "end", "text"],
                        [Count(p.start), Count(p.end), Text(&p.text)],
                    )
                }
                List::Summary(_) => Fields::of(&[], []),
            },
            _ => Fields::of(&[], []),
        }
    }
}

/// The fields of the result without `tokens` but with `nounPhrases`.
static STATS_AND_PHRASES: [&str; 7] = [
    "sentences",
    "entities",
    "groups",
    "keywords",
    "summary",
    "stats",
    "nounPhrases",
];

impl Value<'_> {
    /// Appends the value as JSON text, its lists empty and a keyphrase's score `0` (both filled in
    /// afterwards: [`serialize`]).
    fn write_json(self, out: &mut String) {
        match self {
            Value::Count(n) => write_count(out, n),
            Value::Score => crate::vecs::push_char(out, '0'),
            Value::Text(t) => write_text(out, t),
            Value::Label(l) => write_text(out, l.as_str()),
            // Filled afterwards, a piece at a time ([`serialize`]).
            Value::List(_) => crate::vecs::push_str(out, "[]"),
            Value::Analysis(_) | Value::Stats(_) | Value::Item(..) => {
                let fields = self.fields();
                crate::vecs::push_char(out, '{');
                for (k, (name, value)) in fields.names.iter().zip(&fields.values).enumerate() {
                    if k > 0 {
                        crate::vecs::push_char(out, ',');
                    }
                    write_text(out, name);
                    crate::vecs::push_char(out, ':');
                    value.write_json(out);
                }
                crate::vecs::push_char(out, '}');
            }
        }
    }
}

/// Analyses `text` with optional `options`; offsets are UTF-16 code units.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Analysis")]
pub fn analyze_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    // The options are this call's own: the analyser takes them as they are, where
    // `crate::analyze(text, &options)` would copy them (their lists too).
    let options = options_from(options)?;
    to_js(text, crate::Analyzer::new(options).analyze(text))
}

/// An analyser with fixed options, for analysing many texts. Call `free()` when done.
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: crate::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// Validates `options` (throws an `Error` naming a bad field) and builds the analyser.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    ) -> Result<JsAnalyzer, JsError> {
        Ok(JsAnalyzer {
            inner: crate::Analyzer::new(options_from(options)?),
        })
    }

    /// Analyses `text`; offsets are UTF-16 code units.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(&self, text: &str) -> Result<JsValue, JsError> {
        to_js(text, self.inner.analyze(text))
    }
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::vecs::to_string(env!("CARGO_PKG_VERSION"))
}

/// The sentences of `text` alone (no entities, keywords or summary): `[{start, end}]` in UTF-16 code
/// units, trimmed of whitespace, in order.
#[wasm_bindgen(js_name = sentences, unchecked_return_type = "Span[]")]
pub fn sentences_js(text: &str) -> Result<JsValue, JsError> {
    let mut c = crate::text::OffsetConverter::new(text, Unit::Utf16);
    let mut spans: Vec<crate::Span> = Vec::new();
    for s in crate::sentences::sentences(text) {
        let (a, b) = c.span(s);
        crate::vecs::push(&mut spans, crate::Span::new(a, b));
    }
    serialize(Value::List(List::Sentences(&spans)))
}

/// For `tests/bench/bench.mjs` only: runs one stage of the pipeline over `text` and returns how many
/// items it produced, so the benchmark can time each stage inside Wasm without serialisation.
/// `stage` is `"sentences"`, `"tokens"`, `"names"` (the entity tagger, given tokens and sentences),
/// `"pos"` (the part-of-speech tagger, given tokens and sentences) or `"analyze"` (the whole analysis
/// with the default options, without making its JS objects; returns the number of entities).
/// Built only with the `bench-hooks` feature (see `Cargo.toml`).
#[cfg(feature = "bench-hooks")]
#[doc(hidden)]
#[wasm_bindgen(js_name = _benchStage)]
pub fn bench_stage(stage: &str, text: &str) -> Result<usize, JsError> {
    match stage {
        "sentences" => Ok(crate::sentences::sentences(text).count()),
        "tokens" => Ok(crate::tokens::tokenize(text).len()),
        "analyze" => Ok(crate::analyze(text, &Options::default()).entities.len()),
        "names" => {
            let toks = crate::tokens::tokenize(text);
            let sents: Vec<crate::Span> = crate::vecs::collect(crate::sentences::sentences(text));
            let forms = crate::tokens::Forms::new(text, &toks);
            Ok(crate::entities::names::find(text, &toks, &forms, &sents).len())
        }
        "pos" => {
            let toks = crate::tokens::tokenize(text);
            let sents: Vec<crate::Span> = crate::vecs::collect(crate::sentences::sentences(text));
            let forms = crate::tokens::Forms::new(text, &toks);
            Ok(crate::pos::tag(text, &toks, &forms, &sents).len())
        }
        other => Err(JsError::new(&format!("unknown stage {other:?}"))),
    }
}
