//! Colours and emphasis, in one place: a coloured theme, and a monochrome
//! one for `NO_COLOR` (<https://no-color.org>) that uses only bold,
//! underline and reverse video.

use ratatui::style::{Color, Style};

use crate::model::LinkKind;

/// Every style the interface draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// The application's name in the header.
    pub brand: Style,
    /// Secondary text: ids, counts, units.
    pub muted: Style,
    /// The label before a value (`Durée`, `Hours`).
    pub label: Style,
    /// Section headings inside a pane.
    pub heading: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub border_focused: Style,
    /// The selected row of the focused pane.
    pub selected: Style,
    /// The selected row of a pane without focus.
    pub selected_blurred: Style,
    /// Characters that the search matched.
    pub matched: Style,
    /// Keys in the footer and the help.
    pub key: Style,
    /// A seam: a change of body that no agreement covers.
    pub warning: Style,
    /// The next session after today.
    pub next: Style,
    /// What is over: past sessions.
    pub past: Style,
    pub progression: Style,
    pub bridge: Style,
    pub equivalence: Style,
    pub inferred: Style,
    /// The search box while typing.
    pub input: Style,
}

impl Theme {
    /// The theme for this environment: monochrome when `NO_COLOR` is set
    /// and not empty.
    pub fn from_env() -> Self {
        Self::for_no_color(std::env::var_os("NO_COLOR").as_deref())
    }

    /// The theme for a value of `NO_COLOR`.
    pub fn for_no_color(value: Option<&std::ffi::OsStr>) -> Self {
        if value.is_some_and(|v| !v.is_empty()) {
            Self::monochrome()
        } else {
            Self::colored()
        }
    }

    pub fn colored() -> Self {
        Self {
            brand: Style::new().cyan().bold(),
            muted: Style::new().dark_gray(),
            label: Style::new().gray(),
            heading: Style::new().magenta().bold(),
            tab: Style::new().gray(),
            tab_active: Style::new().black().on_cyan().bold(),
            border: Style::new().dark_gray(),
            border_focused: Style::new().cyan(),
            selected: Style::new().black().on_cyan(),
            selected_blurred: Style::new().reversed(),
            matched: Style::new().fg(Color::Yellow).bold().underlined(),
            key: Style::new().cyan().bold(),
            warning: Style::new().yellow().bold(),
            next: Style::new().green().bold(),
            past: Style::new().dark_gray(),
            progression: Style::new().green(),
            bridge: Style::new().blue(),
            equivalence: Style::new().magenta(),
            inferred: Style::new().dark_gray().italic(),
            input: Style::new().yellow(),
        }
    }

    pub fn monochrome() -> Self {
        let plain = Style::new();
        Self {
            brand: plain.bold(),
            muted: plain,
            label: plain,
            heading: plain.bold(),
            tab: plain,
            tab_active: plain.reversed().bold(),
            border: plain,
            border_focused: plain.bold(),
            selected: plain.reversed(),
            selected_blurred: plain.underlined(),
            matched: plain.bold().underlined(),
            key: plain.bold(),
            warning: plain.bold(),
            next: plain.bold(),
            past: plain,
            progression: plain,
            bridge: plain,
            equivalence: plain,
            inferred: plain.italic(),
            input: plain.bold(),
        }
    }

    /// The style of a link's kind; `None` is an inferred progression.
    pub fn link_kind(&self, kind: Option<LinkKind>) -> Style {
        match kind {
            Some(LinkKind::Progression) => self.progression,
            Some(LinkKind::Bridge) => self.bridge,
            Some(LinkKind::Equivalence) => self.equivalence,
            None => self.inferred,
        }
    }

    /// The selection style for a pane that has focus or not.
    pub fn selection(&self, focused: bool) -> Style {
        if focused {
            self.selected
        } else {
            self.selected_blurred
        }
    }

    /// The border style for a pane that has focus or not.
    pub fn frame(&self, focused: bool) -> Style {
        if focused {
            self.border_focused
        } else {
            self.border
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_gives_a_theme_without_colours() {
        let mono = Theme::for_no_color(Some(std::ffi::OsStr::new("1")));
        assert_eq!(mono, Theme::monochrome());
        assert_eq!(
            Theme::for_no_color(Some(std::ffi::OsStr::new(""))),
            Theme::colored()
        );
        assert_eq!(Theme::for_no_color(None), Theme::colored());
        let styles = [
            mono.brand,
            mono.muted,
            mono.label,
            mono.heading,
            mono.tab,
            mono.tab_active,
            mono.border,
            mono.border_focused,
            mono.selected,
            mono.selected_blurred,
            mono.matched,
            mono.key,
            mono.warning,
            mono.next,
            mono.past,
            mono.progression,
            mono.bridge,
            mono.equivalence,
            mono.inferred,
            mono.input,
        ];
        for style in styles {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
    }
}
