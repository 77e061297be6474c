//! Catalogue text made safe for each export: Markdown that shows the text
//! as written (no emphasis, link, heading or HTML made by a title), CSV
//! fields quoted as RFC 4180 says, and never a control character written
//! raw.

use crate::text::escape;

/// Text for one line of Markdown: every character that could format,
/// link or make HTML is backslash-escaped, web addresses are broken so
/// that no renderer links them, controls are shown as `\u{1b}`.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // GitHub-flavoured renderers link `http://…` and `www.…` by themselves.
        if rest.starts_with("://") || rest.starts_with("www.") {
            let (head, tail) = rest.split_at(3);
            out.push_str(if head == "://" { "\\://" } else { "www\\." });
            rest = &tail[usize::from(head == "www")..];
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) || (c == '&' && starts_entity(rest))
        {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    escape(&out).into_owned()
}

/// Whether `&…` reads as an HTML entity (`&amp;`, `&#38;`), which a
/// renderer would replace.
fn starts_entity(text: &str) -> bool {
    let name = &text[1..];
    name.find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
        .is_some_and(|end| end > 0 && name[end..].starts_with(';'))
}

/// A line of free text (the counsellor's note) for the start of a
/// Markdown line: [`markdown`], and a leading list marker, heading rule or
/// numbered-list dot escaped too.
pub fn markdown_line(line: &str) -> String {
    let line = line.replace('\t', "    ");
    let text = markdown(line.trim_start());
    let starts_block = text.starts_with(['-', '+', '='])
        || text
            .find(|c: char| !c.is_ascii_digit())
            .is_some_and(|at| at > 0 && text[at..].starts_with(['.', ')']));
    if starts_block {
        let at = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
        format!("{}\\{}", &text[..at], &text[at..])
    } else {
        text
    }
}

/// One CSV field: controls shown as `\u{1b}`, a leading `=`, `+`, `-` or
/// `@` defused with an apostrophe (spreadsheets would run it as a
/// formula), quoted when it holds a comma, a quote or a line break.
pub fn csv(text: &str) -> String {
    let mut text = escape(text).into_owned();
    if text.starts_with(['=', '+', '-', '@']) {
        text.insert(0, '\'');
    }
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_shows_text_as_written() {
        assert_eq!(
            markdown("C++ *urgent* [lien](x) <b>"),
            "C++ \\*urgent\\* \\[lien\\](x) \\<b\\>"
        );
        assert_eq!(
            markdown("voir https://x.fr ou www.y.be"),
            "voir https\\://x.fr ou www\\.y.be"
        );
        assert_eq!(markdown("a\u{1b}[2Jb"), "a\\u{1b}\\[2Jb");
        assert_eq!(
            markdown("Titre d'État – niveau 4 !"),
            "Titre d'État – niveau 4 !"
        );
        assert_eq!(
            markdown("Afpa & Cnam &amp; &#38;"),
            "Afpa & Cnam \\&amp; \\&\\#38;"
        );
    }

    #[test]
    fn note_lines_never_start_a_block() {
        assert_eq!(markdown_line("- permis B"), "\\- permis B");
        assert_eq!(markdown_line("2026. Une année"), "2026\\. Une année");
        assert_eq!(markdown_line("# titre"), "\\# titre");
        assert_eq!(markdown_line("12 mois"), "12 mois");
    }

    #[test]
    fn csv_fields_follow_rfc_4180() {
        assert_eq!(csv("Afpa"), "Afpa");
        assert_eq!(csv("Metz, Moselle"), "\"Metz, Moselle\"");
        assert_eq!(csv("le \"titre\""), "\"le \"\"titre\"\"\"");
        assert_eq!(csv("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv("a\nb"), "a\\u{a}b");
        assert!(!csv("\u{9b}31m").chars().any(crate::text::is_unsafe));
    }
}
