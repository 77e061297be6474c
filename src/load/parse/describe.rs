//! serde's error messages, as sentences a catalogue editor understands.

use super::Kind;
use crate::load::locate::{LineIndex, PathDisplay, PathPart, value_at};
use crate::suggest::closest;

/// `serde_json`'s message without its " at line L column C" tail.
pub(super) fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&tail).unwrap_or(&full).to_owned()
}

/// The offset (in the item's text) and a sentence for an item that serde
/// could not read.
pub(super) fn describe(e: &serde_json::Error, item: &str, kind: Kind) -> (usize, String) {
    let lines = LineIndex::new(item);
    let point = lines
        .offset_of(e.line(), e.column())
        .min(item.len().saturating_sub(1));
    let pointed = value_at(item, 0, point);
    let message = bare_message(e);
    let path = PathDisplay(&pointed.path).to_string();
    let context = context_noun(&pointed.path, kind);
    let sentence = if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        if path.is_empty() {
            format!(
                "each {} must be a JSON object, not {}",
                kind.noun(),
                found_words(found)
            )
        } else {
            format!(
                "\"{path}\" must be {}, not {}",
                expected_words(expected),
                found_words(found)
            )
        }
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        format!(
            "\"{path}\": {} is not {}",
            found_words(found),
            expected_words(expected)
        )
    } else if let Some(rest) = message.strip_prefix("unknown field ") {
        let (name, expected) = split_name(rest);
        let hint = match closest(&name, expected.iter().map(String::as_str)) {
            Some(near) => format!("did you mean \"{near}\"?"),
            None if expected.is_empty() => "it takes no fields".to_owned(),
            None => format!("expected one of: {}", expected.join(", ")),
        };
        format!("unknown field \"{name}\" in this {context}; {hint}")
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (name, expected) = split_name(rest);
        format!(
            "\"{path}\": unknown value \"{name}\"; expected one of: {}",
            expected.join(", ")
        )
    } else if let Some(rest) = message.strip_prefix("missing field ") {
        let (name, _) = split_name(rest);
        format!("this {context} has no \"{name}\", which is required")
    } else if let Some(rest) = message.strip_prefix("duplicate field ") {
        let (name, _) = split_name(rest);
        format!("\"{name}\" is written twice in this {context}")
    } else if message.starts_with("recursion limit exceeded") {
        "values are nested too deep (parcours reads at most 128 levels)".to_owned()
    } else if path.is_empty() {
        message
    } else {
        format!("\"{path}\": {message}")
    };
    (pointed.offset, sentence)
}

/// The name in backquotes at the start of `rest`, and the backquoted names
/// after it (serde's "expected one of `a`, `b`").
fn split_name(rest: &str) -> (String, Vec<String>) {
    let mut quoted = rest.split('`').skip(1).step_by(2).map(str::to_owned);
    let name = quoted.next().unwrap_or_default();
    (name, quoted.collect())
}

fn context_noun(path: &[PathPart], kind: Kind) -> &'static str {
    let object_path = match path.last() {
        Some(PathPart::Key(_)) => &path[..path.len() - 1],
        _ => path,
    };
    match object_path {
        [] => kind.noun(),
        [.., PathPart::Key(k), PathPart::Index(_)] if k == "centres" => "centre",
        [.., PathPart::Key(k), PathPart::Index(_)] if k == "sessions" => "session",
        [.., PathPart::Key(k)] if k == "certification" => "certification",
        _ => "object",
    }
}

fn found_words(found: &str) -> String {
    let value = found.split('`').nth(1);
    match found.split([' ', '`']).next().unwrap_or("") {
        "string" => format!("the string {}", found.trim_start_matches("string ")),
        "integer" | "floating" => format!("the number {}", value.unwrap_or("")),
        "boolean" => value.unwrap_or("a boolean").to_owned(),
        "map" => "an object".to_owned(),
        "sequence" => "a list".to_owned(),
        "null" | "unit" => "null".to_owned(),
        _ => found.to_owned(),
    }
}

fn expected_words(expected: &str) -> &str {
    match expected {
        "f64" | "f32" | "i64" | "i32" | "u64" | "u32" | "u16" | "u8" | "i8" | "i16" => "a number",
        "a sequence" => "a list",
        "a map" => "an object",
        e if e.starts_with("struct ") => "an object",
        e if e.starts_with("unit variant") || e.starts_with("enum ") => {
            "one of the names listed in the format"
        }
        e => e,
    }
}
