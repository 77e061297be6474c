//! Key bindings as data: the defaults in `keymap.toml`, embedded in the
//! binary, and a user file of the same form that changes only the actions
//! it names. Help and footer are drawn from the live map.

mod context;
pub mod key;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde::Deserialize;

use super::action::Action;
pub use context::{CONTEXTS, Context};
pub use key::{Code, Key, KeyNames};

/// The default bindings, as shipped.
pub const DEFAULT_TOML: &str = include_str!("keymap.toml");

/// A binding as written: `{ keys = […], desc = "…" }`, or just `[…]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Binding {
    Full {
        keys: Vec<String>,
        #[serde(default)]
        desc: Option<String>,
    },
    Keys(Vec<String>),
}

type File = BTreeMap<String, BTreeMap<String, Binding>>;

/// A problem with a key map file, said so that its author can fix it.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct KeymapError {
    pub file: String,
    pub message: String,
}

/// The bindings of one context, in the order of [`Action::BINDABLE`].
#[derive(Clone, Debug, Default)]
struct Bindings {
    actions: Vec<(Action, Vec<Key>)>,
    by_key: HashMap<Key, Action>,
}

impl Bindings {
    fn bind(&mut self, action: Action, keys: Vec<Key>) {
        for (_, bound) in &mut self.actions {
            bound.retain(|k| !keys.contains(k));
        }
        match self.actions.iter_mut().find(|(a, _)| *a == action) {
            Some((_, bound)) => *bound = keys,
            None => self.actions.push((action, keys)),
        }
        self.actions
            .sort_by_key(|(a, _)| Action::BINDABLE.iter().position(|b| b == a));
        self.by_key = self
            .actions
            .iter()
            .flat_map(|(a, keys)| keys.iter().map(move |k| (*k, *a)))
            .collect();
    }
}

/// Every binding of every context.
#[derive(Clone, Debug)]
pub struct KeyMap {
    contexts: [Bindings; CONTEXTS],
    /// The `desc` of each action in the file it came from, by context.
    descriptions: HashMap<(usize, Action), String>,
}

impl KeyMap {
    /// The shipped bindings.
    ///
    /// # Panics
    /// If the embedded file does not parse (a test makes sure it does).
    pub fn defaults() -> Self {
        let mut map = Self {
            contexts: Default::default(),
            descriptions: HashMap::new(),
        };
        map.apply(DEFAULT_TOML, "keymap.toml (built in)")
            .expect("the built-in key map is valid");
        map
    }

    /// The shipped bindings with a user file's changes on top.
    pub fn with_overrides(text: &str, file: &str) -> Result<Self, KeymapError> {
        let mut map = Self::defaults();
        map.apply(text, file)?;
        Ok(map)
    }

    /// The bindings for this person: the defaults, changed by
    /// `keymap.toml` in the configuration directory if there is one.
    pub fn load() -> Result<Self, KeymapError> {
        match user_file() {
            Some(path) if path.is_file() => {
                let name = path.display().to_string();
                let text = std::fs::read_to_string(&path).map_err(|e| KeymapError {
                    file: name.clone(),
                    message: format!("cannot read: {e}"),
                })?;
                Self::with_overrides(&text, &name)
            }
            _ => Ok(Self::defaults()),
        }
    }

    fn apply(&mut self, text: &str, file: &str) -> Result<(), KeymapError> {
        let error = |message: String| KeymapError {
            file: file.to_owned(),
            message,
        };
        let parsed: File = toml::from_str(text).map_err(|e| error(e.to_string()))?;
        for (section, bindings) in parsed {
            let context = Context::ALL
                .into_iter()
                .find(|c| c.name() == section)
                .ok_or_else(|| {
                    error(format!(
                        "unknown section [{section}]: the sections are [normal], [search], [filters], [planner], [picker], [input], [plans], [confirm], [form] and [help]"
                    ))
                })?;
            let mut seen: HashMap<Key, Action> = HashMap::new();
            for (name, binding) in bindings {
                let action = Action::from_name(&name)
                    .filter(|a| a.is_bindable())
                    .ok_or_else(|| {
                        error(format!(
                            "[{section}] {name}: unknown action (see docs/interface.md for the list)"
                        ))
                    })?;
                let (keys, desc) = match binding {
                    Binding::Full { keys, desc } => (keys, desc),
                    Binding::Keys(keys) => (keys, None),
                };
                let keys = keys
                    .iter()
                    .map(|k| k.parse::<Key>())
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| error(format!("[{section}] {name}: {e}")))?;
                for key in &keys {
                    if let Some(other) = seen.insert(*key, action).filter(|o| *o != action) {
                        return Err(error(format!(
                            "[{section}] the key \"{key}\" is bound to both {} and {name}",
                            action_name(other)
                        )));
                    }
                }
                if let Some(desc) = desc {
                    self.descriptions.insert((context.index(), action), desc);
                }
                self.contexts[context.index()].bind(action, keys);
            }
        }
        Ok(())
    }

    /// The action a key stands for in a context (or, unbound there, in
    /// its parent).
    pub fn action(&self, context: Context, key: Key) -> Option<Action> {
        self.contexts[context.index()]
            .by_key
            .get(&key)
            .copied()
            .or_else(|| {
                let parent = context.parent()?;
                self.contexts[parent.index()].by_key.get(&key).copied()
            })
    }

    /// The keys that give an action in a context, first the preferred
    /// one: its own, else those of its parent that it leaves free.
    pub fn keys(&self, context: Context, action: Action) -> Vec<Key> {
        let own = self.own_keys(context, action);
        if !own.is_empty() {
            return own.to_vec();
        }
        let Some(parent) = context.parent() else {
            return Vec::new();
        };
        let mine = &self.contexts[context.index()].by_key;
        self.own_keys(parent, action)
            .iter()
            .filter(|k| !mine.contains_key(k))
            .copied()
            .collect()
    }

    /// The keys bound to an action in a context's own section.
    fn own_keys(&self, context: Context, action: Action) -> &[Key] {
        self.contexts[context.index()]
            .actions
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, keys)| keys.as_slice())
    }

    /// The actions of a context with their keys, in help order;
    /// actions left without a key are skipped.
    pub fn bindings(&self, context: Context) -> impl Iterator<Item = (Action, &[Key])> {
        self.contexts[context.index()]
            .actions
            .iter()
            .filter(|(_, keys)| !keys.is_empty())
            .map(|(a, keys)| (*a, keys.as_slice()))
    }

    /// The `desc` written for an action in a context, if any.
    pub fn description(&self, context: Context, action: Action) -> Option<&str> {
        self.descriptions
            .get(&(context.index(), action))
            .map(String::as_str)
    }
}

/// The name of an action in `keymap.toml`.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::with_capacity(debug.len() + 4);
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                name.push('_');
            }
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

/// The user's key map file: `keymap.toml` in the configuration directory.
pub fn user_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "parcours").map(|p| p.config_dir().join("keymap.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        text.parse().unwrap()
    }

    #[test]
    fn the_shipped_defaults_parse_and_bind_every_action() {
        let map = KeyMap::defaults();
        for action in Action::BINDABLE {
            let bound = Context::ALL
                .into_iter()
                .any(|c| !map.keys(c, action).is_empty());
            assert!(bound, "{action:?} has no key");
            assert_eq!(Action::from_name(&action_name(action)), Some(action));
        }
        for context in Context::ALL {
            for (action, _) in map.bindings(context) {
                assert!(
                    map.description(context, action).is_some(),
                    "[{}] {action:?} has no desc",
                    context.name()
                );
            }
        }
        assert_eq!(
            map.action(Context::Normal, key("j")),
            Some(Action::SelectNext)
        );
        assert_eq!(
            map.action(Context::Normal, key("G")),
            Some(Action::SelectLast)
        );
        assert_eq!(map.action(Context::Search, key("j")), None);
        assert_eq!(
            map.action(Context::Help, key("q")),
            Some(Action::ClosePopup)
        );
    }

    #[test]
    fn a_user_file_changes_only_the_actions_it_names() {
        let map = KeyMap::with_overrides(
            "[normal]\nselect_next = [\"n\"]\nquit = { keys = [\"x\", \"j\"] }\n",
            "user.toml",
        )
        .unwrap();
        assert_eq!(
            map.action(Context::Normal, key("n")),
            Some(Action::SelectNext)
        );
        assert_eq!(map.action(Context::Normal, key("down")), None);
        // `j` moved from select_next (replaced) to quit.
        assert_eq!(map.action(Context::Normal, key("j")), Some(Action::Quit));
        assert_eq!(map.action(Context::Normal, key("q")), None);
        assert_eq!(
            map.action(Context::Normal, key("k")),
            Some(Action::SelectPrev)
        );
        assert_eq!(
            map.action(Context::Search, key("down")),
            Some(Action::SelectNext)
        );
    }

    #[test]
    fn a_key_taken_from_another_action_leaves_it() {
        let map = KeyMap::with_overrides("[normal]\nquit = [\"k\"]\n", "user.toml").unwrap();
        assert_eq!(map.action(Context::Normal, key("k")), Some(Action::Quit));
        assert_eq!(map.keys(Context::Normal, Action::SelectPrev), [key("up")]);
    }

    #[test]
    fn mistakes_are_named() {
        let error = |text: &str| {
            KeyMap::with_overrides(text, "keymap.toml")
                .unwrap_err()
                .to_string()
        };
        assert!(error("[normal]\nselct_next = [\"n\"]\n").contains("selct_next: unknown action"));
        assert!(error("[nromal]\n").contains("unknown section [nromal]"));
        assert!(error("[normal]\nquit = [\"hyper-q\"]\n").contains("\"hyper-q\" is not a key"));
        assert!(error("[normal]\nquit = [\"z\"]\nshow_help = [\"z\"]\n").contains("bound to both"));
        assert!(error("[normal]\ninsert_char = [\"z\"]\n").contains("unknown action"));
        assert!(error("normal = 3").starts_with("keymap.toml: "));
    }
}
