//! Hard-wrapped text for the tests of pasted plain text (e-mails, text copied from a PDF).

/// Each line of `text` word-wrapped at `width` characters, as a plain-text e-mail or a PDF's text is.
pub fn hard_wrap(text: &str, width: usize) -> String {
    wrap(text, width, false)
}

/// [`hard_wrap`], but a word of lower-case letters that does not fit is broken with a hyphen at the
/// line's end when both pieces keep three letters or more (`Manufac-` / `turing`), as typesetting
/// breaks them in a PDF.
pub fn hard_wrap_hyphenated(text: &str, width: usize) -> String {
    wrap(text, width, true)
}

fn wrap(text: &str, width: usize, hyphenate: bool) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut len = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let w = word.chars().count();
            if len > 0 && len + 1 + w > width {
                // Room for `piece-` after a space.
                let room = width.saturating_sub(len + 2);
                let letters = word.bytes().all(|b| b.is_ascii_alphabetic())
                    && word.bytes().skip(1).all(|b| b.is_ascii_lowercase());
                if hyphenate && letters && room >= 3 && w >= room + 3 {
                    out.push(' ');
                    out.push_str(&word[..room]);
                    out.push_str("-\n");
                    out.push_str(&word[room..]);
                    len = w - room;
                    continue;
                }
                out.push('\n');
                len = 0;
            } else if len > 0 {
                out.push(' ');
                len += 1;
            }
            out.push_str(word);
            len += w;
        }
    }
    out
}
