//! One key with its modifiers, as written in `keymap.toml` (`j`, `G`,
//! `ctrl-c`, `shift-tab`, `pagedown`) and as shown to people.

use std::fmt;
use std::str::FromStr;

/// A key on the keyboard, without modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A printable character, as typed (`G` is shift-g).
    Char(char),
    Enter,
    Esc,
    Backspace,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Delete,
    Insert,
    F(u8),
}

/// A key and the modifiers held with it. Shift is part of the character
/// for printable keys, so it is not a modifier here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub code: Code,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn plain(code: Code) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }
}

/// Names of the special keys in `keymap.toml`, with their aliases.
const NAMES: &[(&str, Code)] = &[
    ("enter", Code::Enter),
    ("return", Code::Enter),
    ("esc", Code::Esc),
    ("escape", Code::Esc),
    ("backspace", Code::Backspace),
    ("tab", Code::Tab),
    ("backtab", Code::BackTab),
    ("up", Code::Up),
    ("down", Code::Down),
    ("left", Code::Left),
    ("right", Code::Right),
    ("home", Code::Home),
    ("end", Code::End),
    ("pageup", Code::PageUp),
    ("pgup", Code::PageUp),
    ("pagedown", Code::PageDown),
    ("pgdn", Code::PageDown),
    ("delete", Code::Delete),
    ("del", Code::Delete),
    ("insert", Code::Insert),
    ("space", Code::Char(' ')),
];

impl FromStr for Key {
    type Err = String;

    /// Reads `j`, `G`, `?`, `space`, `ctrl-c`, `alt-x`, `shift-tab`, `f1`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut key = Self::plain(Code::Esc);
        let mut rest = text;
        let mut shift = false;
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                key.ctrl = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                key.alt = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("shift-").filter(|r| !r.is_empty()) {
                shift = true;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        key.code = match (chars.next(), chars.next()) {
            (Some(c), None) if !crate::text::is_unsafe(c) => {
                if shift {
                    Code::Char(c.to_uppercase().next().unwrap_or(c))
                } else {
                    Code::Char(c)
                }
            }
            _ => {
                let lower = rest.to_ascii_lowercase();
                let named = NAMES.iter().find(|(n, _)| *n == lower).map(|(_, c)| *c);
                match (named, lower.strip_prefix('f').map(str::parse::<u8>)) {
                    (Some(Code::Tab), _) if shift => Code::BackTab,
                    (Some(code), _) => code,
                    (None, Some(Ok(n))) if (1..=24).contains(&n) => Code::F(n),
                    _ => {
                        return Err(format!(
                            "\"{text}\" is not a key: write a character (j, G, ?), a name \
                             (enter, esc, tab, backspace, up, down, left, right, home, end, \
                             pageup, pagedown, delete, space, f1…f24), with ctrl-, alt- or shift- before it"
                        ));
                    }
                }
            }
        };
        Ok(key)
    }
}

/// How keys are named on screen, in one language.
#[derive(Clone, Copy, Debug)]
pub struct KeyNames {
    pub enter: &'static str,
    pub esc: &'static str,
    pub backspace: &'static str,
    pub tab: &'static str,
    pub backtab: &'static str,
    pub space: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub delete: &'static str,
    pub insert: &'static str,
    pub ctrl: &'static str,
    pub alt: &'static str,
}

impl Key {
    /// The key as people read it: `j`, `↓`, `Ctrl+C`, `Entrée`.
    pub fn label(&self, names: &KeyNames) -> String {
        let code = match self.code {
            Code::Char(' ') => names.space.to_owned(),
            Code::Char(c) if self.ctrl || self.alt => c.to_uppercase().collect(),
            Code::Char(c) => c.to_string(),
            Code::Enter => names.enter.to_owned(),
            Code::Esc => names.esc.to_owned(),
            Code::Backspace => names.backspace.to_owned(),
            Code::Tab => names.tab.to_owned(),
            Code::BackTab => names.backtab.to_owned(),
            Code::Up => "↑".to_owned(),
            Code::Down => "↓".to_owned(),
            Code::Left => "←".to_owned(),
            Code::Right => "→".to_owned(),
            Code::Home => names.home.to_owned(),
            Code::End => names.end.to_owned(),
            Code::PageUp => names.page_up.to_owned(),
            Code::PageDown => names.page_down.to_owned(),
            Code::Delete => names.delete.to_owned(),
            Code::Insert => names.insert.to_owned(),
            Code::F(n) => format!("F{n}"),
        };
        let mut label = String::new();
        if self.ctrl {
            label.push_str(names.ctrl);
            label.push('+');
        }
        if self.alt {
            label.push_str(names.alt);
            label.push('+');
        }
        label.push_str(&code);
        label
    }
}

impl fmt::Display for Key {
    /// The key as written in `keymap.toml`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            Code::Char(' ') => f.write_str("space"),
            Code::Char(c) => write!(f, "{c}"),
            Code::F(n) => write!(f, "f{n}"),
            code => {
                let name = NAMES
                    .iter()
                    .find(|(_, c)| *c == code)
                    .map_or("?", |(n, _)| n);
                f.write_str(name)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        text.parse().unwrap()
    }

    #[test]
    fn reads_keys_as_written() {
        assert_eq!(key("j"), Key::plain(Code::Char('j')));
        assert_eq!(key("G"), Key::plain(Code::Char('G')));
        assert_eq!(key("shift-g"), Key::plain(Code::Char('G')));
        assert_eq!(key("shift-tab"), Key::plain(Code::BackTab));
        assert_eq!(key("PageDown"), Key::plain(Code::PageDown));
        assert_eq!(key("f1"), Key::plain(Code::F(1)));
        assert_eq!(key("-"), Key::plain(Code::Char('-')));
        let ctrl_c = key("ctrl-c");
        assert!(ctrl_c.ctrl && ctrl_c.code == Code::Char('c'));
        assert!("ctrl-".parse::<Key>().is_err());
        assert!("hyper-x".parse::<Key>().is_err());
        assert!("f99".parse::<Key>().is_err());
        assert!(
            "\u{202e}".parse::<Key>().is_err(),
            "no bidi override in help"
        );
    }

    #[test]
    fn writes_keys_back_as_read() {
        for text in [
            "j", "G", "ctrl-c", "backtab", "pagedown", "space", "f5", "?",
        ] {
            assert_eq!(key(text).to_string(), text);
        }
    }
}
