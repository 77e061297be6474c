//! The contexts keys are read in, each a section of `keymap.toml`.

/// Where keys are read: each context has its own bindings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Browsing screens and panes.
    Normal,
    /// Typing in the search box.
    Search,
    /// The filter menu.
    Filters,
    /// The planner's screen; keys it does not bind are read as in
    /// [`Context::Normal`].
    Planner,
    /// Choosing in a list by typing (the planner's pickers).
    Picker,
    /// Typing in a dialog's fields (saving, renaming, exporting a plan).
    Input,
    /// The list of saved plans.
    Plans,
    /// A question to confirm (deleting a plan).
    Confirm,
    /// An edit form: moving between its fields.
    Form,
    /// The help overlay.
    Help,
}

/// How many contexts there are.
pub const CONTEXTS: usize = 10;

impl Context {
    /// Every context, in the order the help lists them.
    pub const ALL: [Self; CONTEXTS] = [
        Self::Normal,
        Self::Search,
        Self::Filters,
        Self::Planner,
        Self::Picker,
        Self::Input,
        Self::Plans,
        Self::Confirm,
        Self::Form,
        Self::Help,
    ];

    /// The section's name in `keymap.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Normal => "normal",
            Self::Search => "search",
            Self::Filters => "filters",
            Self::Planner => "planner",
            Self::Picker => "picker",
            Self::Input => "input",
            Self::Plans => "plans",
            Self::Confirm => "confirm",
            Self::Form => "form",
            Self::Help => "help",
        }
    }

    /// Its position in [`Context::ALL`] (and in `Strings::contexts`).
    pub fn index(self) -> usize {
        match self {
            Self::Normal => 0,
            Self::Search => 1,
            Self::Filters => 2,
            Self::Planner => 3,
            Self::Picker => 4,
            Self::Input => 5,
            Self::Plans => 6,
            Self::Confirm => 7,
            Self::Form => 8,
            Self::Help => 9,
        }
    }

    /// The context whose bindings apply where this one binds nothing:
    /// the planner screen keeps the keys of browsing (screens, help,
    /// quit, moving) and adds its own.
    pub fn parent(self) -> Option<Self> {
        match self {
            Self::Planner => Some(Self::Normal),
            _ => None,
        }
    }
}
