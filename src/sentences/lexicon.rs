//! Small closed word and character classes the boundary rules consult: sentence terminators, closing
//! and opening punctuation, common sentence openers, words that continue a name after an abbreviation,
//! list bullets, emoticons and reference marks.
//!
//! The opener list plays the part of Punkt's "frequent sentence starters" (Kiss & Strunk 2006): after an
//! ambiguous abbreviation (`Inc.`, `U.S.`) a sentence is taken to end only when one of these follows.
//! It was written for this project from general knowledge of English.

use crate::text::{all_char, any_char, tail};

/// Characters that end a sentence when whitespace follows (`.`, `!`, `?`, `…` and the terminators of
/// other scripts that separate sentences with spaces).
pub fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '።'
            | '፧'
            | '။'
            | '։'
    )
}

/// Terminators of scripts written without spaces between sentences (Chinese, Japanese): a sentence
/// ends right after them.
pub fn is_fullwidth_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Closing quotes and brackets that stay with the sentence they close.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '»'
            | '›'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〉'
            | '》'
    )
}

/// Invisible format characters that may sit between a terminator and the next space: direction
/// marks of right-to-left text (U+200E/F, U+061C, U+202A-E, U+2066-9), zero-width space and joiners,
/// and the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Opening quotes and brackets that may come before the first word of a sentence.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
    )
}

/// Characters that cannot begin a sentence, so no boundary comes before them.
pub fn is_continuation_punct(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '%' | '、' | '，')
}

/// List bullets that may precede an item marker (`• 9.`).
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '⁃'
            | '·'
            | '‣'
            | '◦'
            | '▪'
            | '▫'
            | '■'
            | '□'
            | '●'
            | '○'
            | '-'
            | '*'
            | '–'
            | '—'
    )
}

/// True when `word` (as written, with its capital) commonly opens an English sentence: pronouns,
/// determiners, conjunctions, prepositions, sentence adverbs and personal titles.
pub fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains_sorted(word)
}

/// Capitalised nouns that continue a name or title after an abbreviation that closes one
/// (`the U.S. Army's`, `the U.K. Government's`, `Acme Inc. Chairman's`, `the D.C. Circuit's`):
/// institutions, offices and titles. A possessive of any other capitalised word after such an
/// abbreviation starts a new sentence (`... in the U.S. Rubio's visit ...`).
pub fn is_name_continuation(word: &str) -> bool {
    NAME_CONTINUATIONS.contains_sorted(word)
}

/// Words that continue a clock time (`6 p.m. Monday`, `9 a.m. EST`): days, months, time zones.
pub fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains_sorted(word)
}

/// Lower-case words that cannot end a sentence (articles, prepositions, conjunctions, auxiliaries):
/// a line that stops on one is broken mid-sentence.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains_sorted(word)
}

/// Verbs that attribute a quotation (`"Stop!" Smith shouted`), in the forms news text uses.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains_sorted(word)
}

/// Names written with an exclamation mark (`Yahoo!`), after which a sentence need not end.
pub fn is_exclamatory_name(word: &str) -> bool {
    EXCLAMATORY_NAMES.contains(word)
}

crate::word_list::word_lists! {
    /// The words before the platform `X` that make it a word (`a post on X.`), not an initial.
    pub(super) const BEFORE_PLATFORM_X = "on via";
    /// The words of [`is_exclamatory_name`].
    const EXCLAMATORY_NAMES = "Yahoo Jeopardy Wham Joomla";
    /// The words of [`is_sentence_opener`], sorted (bytewise) for its binary search.
    const SENTENCE_OPENERS = "A About According After Afterwards Again Against All Almost Already Also Although Among An \
        And Another Any Are As At Because Before Both But By Can Could Despite Did Do Does Dr During \
        Each Earlier Either Even Every Finally First For From Further Furthermore Has Have He Her \
        Here His How However I I'd I'll I'm I've If In Indeed Instead Is It It's Its Just Last Later \
        Let Like Many Meanwhile More Moreover Most Mr Mrs Ms Much My Neither Nevertheless Next No \
        Nor Not Now Of On Once One Only Or Other Others Our Over Perhaps Please Prof Second Several \
        She Should Since So Some Still Such That The Their Then There These They This Those Though \
        Thus To Today Tomorrow Two Under Unlike Until Was We Were What When Where Whether Which \
        While Who Why Will With Without Would Yes Yesterday Yet You Your";
    /// The words of [`is_name_continuation`], sorted (bytewise) for its binary search.
    const NAME_CONTINUATIONS = "Academy Administration Admiral Agency Ambassador Army Attorney Bank Board Border Bureau \
        Cabinet Capitol Census Chair Chairman Chairwoman Chamber Championship Championships \
        Chancellor Chief Circuit Coast Command Commander Commission Commissioner Congress \
        Congressman Congresswoman Constitution Consul Consulate Council Court Cup Customs Delegation \
        Department Director Division Dollar Economy Embassy Envoy Fed Fleet Force Forces Foundation \
        Fund General Government Governor Group Guard Holdings House Institute League Marine Marines \
        Market Marshal Marshals Military Minister Ministry Mint Mission Navy Office Olympics Open \
        Parliament Party Patrol Police Post Premier President Representative Secretary Senate \
        Senator Service Spokesman Spokesperson Spokeswoman Squad Team Treasury Unit University";
    /// The words of [`is_time_word`], sorted (bytewise) for its binary search.
    const TIME_WORDS = "AEDT AEST Alaska Apr April Atlantic Aug August BST British CDT CEST CET CST CT Central Dec \
        December EDT EST ET Eastern Feb February Fri Friday GMT Greenwich Hawaii IST JST Jan January \
        Jul July Jun June Local MDT MST MT Mar March May Mon Monday Mountain Nov November Oct \
        October PDT PST PT Pacific Sat Saturday Sep Sept September Sun Sunday Thu Thurs Thursday Tue \
        Tues Tuesday UTC Universal Wed Wednesday Z";
    /// The words of [`is_function_word`], sorted (bytewise) for its binary search.
    const FUNCTION_WORDS = "a an and are as at be been but by could for from had has have her his in into is its my nor \
        of on onto or our should than that the their to was were which who whose will with would \
        your";
    /// The words of [`is_speech_verb`], sorted (bytewise) for its binary search.
    const SPEECH_VERBS = "added adds answered asked asks cried declared exclaimed explained explains insisted noted \
        posted recalled recalls replied replies said says shouted shouts tells told tweeted warned \
        whispered writes wrote yelled";
    /// The words of [`is_emoticon`], sorted (bytewise) for its binary search.
    const EMOTICONS = ":'( :( :) :)) :))) :-( :-) :-/ :-D :-P :-p :/ :3 :D :O :P :] :o :p ;) ;-) ;D <3 =) =D XD ^^ \
        ^_^ xD";
}

/// True when `token` is an emoticon that stays with the sentence before it (`! :D`).
pub fn is_emoticon(token: &str) -> bool {
    EMOTICONS.contains_sorted(token)
}

/// True when `token` is made only of emoji (pictographs, with their joiners, variation selectors and
/// skin tones): like an emoticon, it stays with the sentence before it (`We won! 🎉`).
pub fn is_emoji_run(token: &str) -> bool {
    !token.is_empty()
        && any_char(token, |c| c >= '\u{2600}')
        && all_char(token, |c| {
            matches!(c,
                '\u{1F000}'..='\u{1FAFF}'
                    | '\u{2600}'..='\u{27BF}'
                    | '\u{2B00}'..='\u{2BFF}'
                    | '\u{200D}'
                    | '\u{FE0E}'
                    | '\u{FE0F}'
                    | '\u{E0020}'..='\u{E007F}')
        })
}

/// Length in bytes of the reference marks at the start of `s` (`[2]`, `[12][13]`, `[a]`,
/// `[citation needed]`), or 0 when `s` does not start with one. Wikipedia-style marks stay with the
/// sentence they follow.
pub fn reference_marks_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        if b.get(i) != Some(&b'[') {
            return i;
        }
        let rest = tail(s, i + 1);
        let inner = if rest.starts_with("citation needed]") {
            "citation needed".len()
        } else {
            let r = rest.as_bytes();
            let digits = crate::text::leading_bytes(r, 4, |c| c.is_ascii_digit());
            if digits > 0 && digits < 4 {
                digits
            } else if r.first().is_some_and(u8::is_ascii_lowercase) && r.get(1) == Some(&b']') {
                1
            } else {
                return i;
            }
        };
        if rest.as_bytes().get(inner) != Some(&b']') {
            return i;
        }
        i += inner + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_without_duplicates() {
        for list in [
            &SENTENCE_OPENERS,
            &NAME_CONTINUATIONS,
            &TIME_WORDS,
            &FUNCTION_WORDS,
            &SPEECH_VERBS,
            &EMOTICONS,
        ] {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{pair:?}: unsorted or repeated");
            }
        }
        assert!(is_sentence_opener("According") && !is_sentence_opener("according"));
        assert!(is_emoticon(":-)") && is_time_word("Monday") && !is_time_word("Moon"));
    }
}
