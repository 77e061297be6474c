//! What a person can ask of the interface. Keys become actions through the
//! key map; the mouse, typed text and resizes become the actions that carry
//! data. [`crate::tui::update::update`] is the only thing that acts on them.

use serde::Deserialize;

/// One thing to do. The unit variants are the ones keys can be bound to,
/// by their `snake_case` name in `keymap.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    ShowHelp,
    ClosePopup,
    NextScreen,
    PrevScreen,
    ShowCatalogue,
    ShowBodies,
    ShowPlanner,
    FocusNextPane,
    FocusPrevPane,
    FocusDetail,
    FocusLinks,
    SelectNext,
    SelectPrev,
    SelectFirst,
    SelectLast,
    PageDown,
    PageUp,
    FollowLink,
    GoBack,
    OpenSearch,
    ConfirmSearch,
    ClearSearch,
    DeleteChar,
    OpenFilters,
    ToggleFilter,
    DecreaseFilter,
    IncreaseFilter,
    ClearFilters,
    CycleSort,
    ReverseSort,
    /// Catalogue: a plan from the offer selected.
    PlanFromOffer,
    /// Catalogue: a plan towards the offer selected.
    PlanToOffer,
    /// Planner: look for pathways with the request as it stands.
    RunPlan,
    /// Planner: the previous or next value of a field (criterion, number
    /// of pathways, level, date), the previous or next pathway, the
    /// previous or next kind of goal in a picker.
    PrevValue,
    NextValue,
    /// Planner: empties the field selected.
    ClearValue,
    /// Planner: save the pathway selected as a plan.
    SavePlan,
    /// Planner: the list of saved plans.
    OpenPlans,
    /// Plans: open the plan selected, run again on today's catalogue.
    OpenPlan,
    RenamePlan,
    DeletePlan,
    ExportPlan,
    /// Picker: take the item selected (or the items ticked).
    Choose,
    /// Picker: tick or untick the item selected.
    ToggleMark,
    /// Dialogs: the next or previous field.
    NextField,
    PrevField,
    /// Dialogs: save, rename, export, delete: do it.
    Confirm,
    /// The graph of the offer shown (or selected): what leads to it on the
    /// left, what it leads to on the right.
    ShowGraph,
    /// The map: the offer's centre, or the planner's pathway, over the
    /// centres of the catalogue.
    ShowMap,
    /// Graph: one step further from the centre, or one step nearer.
    IncreaseDepth,
    DecreaseDepth,
    /// The item shown, in the person's editor (`$VISUAL`, `$EDITOR`), at
    /// its line; the files are loaded again after.
    OpenEditor,
    /// The form of the item selected: the offer, the passerelle selected
    /// in its pane, the body, centre or agreement shown.
    EditItem,
    /// A form for a new item of the kind selected here.
    NewItem,
    /// Deletes the item selected, after showing what refers to it.
    DeleteItem,
    /// A new passerelle from the offer shown: its target picked first.
    AddLink,
    /// The items chooser: agreements, competences, occupations.
    OpenItems,
    /// Undoes the last edit; makes again the last undone.
    Undo,
    Redo,
    /// Writes the files with unsaved changes.
    SaveEdits,
    /// A character typed into the search box, a picker or a dialog.
    #[serde(skip)]
    InsertChar(char),
    /// The terminal now has this size.
    #[serde(skip)]
    Resize {
        width: u16,
        height: u16,
    },
    /// A left click at a cell.
    #[serde(skip)]
    Click {
        column: u16,
        row: u16,
    },
    /// The wheel turned up over a cell.
    #[serde(skip)]
    ScrollUp {
        column: u16,
        row: u16,
    },
    /// The wheel turned down over a cell.
    #[serde(skip)]
    ScrollDown {
        column: u16,
        row: u16,
    },
}

impl Action {
    /// Every action a key can be bound to, in the order the help lists
    /// them.
    pub const BINDABLE: [Self; 61] = [
        Self::OpenSearch,
        Self::ConfirmSearch,
        Self::ClearSearch,
        Self::DeleteChar,
        Self::SelectNext,
        Self::SelectPrev,
        Self::PageDown,
        Self::PageUp,
        Self::SelectFirst,
        Self::SelectLast,
        Self::FollowLink,
        Self::GoBack,
        Self::FocusNextPane,
        Self::FocusPrevPane,
        Self::FocusDetail,
        Self::FocusLinks,
        Self::OpenFilters,
        Self::ToggleFilter,
        Self::DecreaseFilter,
        Self::IncreaseFilter,
        Self::ClearFilters,
        Self::CycleSort,
        Self::ReverseSort,
        Self::PlanFromOffer,
        Self::PlanToOffer,
        Self::RunPlan,
        Self::PrevValue,
        Self::NextValue,
        Self::ClearValue,
        Self::SavePlan,
        Self::OpenPlans,
        Self::OpenPlan,
        Self::RenamePlan,
        Self::DeletePlan,
        Self::ExportPlan,
        Self::Choose,
        Self::ToggleMark,
        Self::NextField,
        Self::PrevField,
        Self::Confirm,
        Self::ShowGraph,
        Self::ShowMap,
        Self::IncreaseDepth,
        Self::DecreaseDepth,
        Self::OpenEditor,
        Self::EditItem,
        Self::NewItem,
        Self::DeleteItem,
        Self::AddLink,
        Self::OpenItems,
        Self::Undo,
        Self::Redo,
        Self::SaveEdits,
        Self::ShowCatalogue,
        Self::ShowBodies,
        Self::ShowPlanner,
        Self::NextScreen,
        Self::PrevScreen,
        Self::ShowHelp,
        Self::ClosePopup,
        Self::Quit,
    ];

    /// Whether a key can be bound to this action. The match is exhaustive
    /// on purpose: a new variant must be sorted here, and a bindable one
    /// added to [`Action::BINDABLE`] (a test checks both agree).
    pub fn is_bindable(self) -> bool {
        match self {
            Self::Quit
            | Self::ShowHelp
            | Self::ClosePopup
            | Self::NextScreen
            | Self::PrevScreen
            | Self::ShowCatalogue
            | Self::ShowBodies
            | Self::ShowPlanner
            | Self::FocusNextPane
            | Self::FocusPrevPane
            | Self::FocusDetail
            | Self::FocusLinks
            | Self::SelectNext
            | Self::SelectPrev
            | Self::SelectFirst
            | Self::SelectLast
            | Self::PageDown
            | Self::PageUp
            | Self::FollowLink
            | Self::GoBack
            | Self::OpenSearch
            | Self::ConfirmSearch
            | Self::ClearSearch
            | Self::DeleteChar
            | Self::OpenFilters
            | Self::ToggleFilter
            | Self::DecreaseFilter
            | Self::IncreaseFilter
            | Self::ClearFilters
            | Self::CycleSort
            | Self::ReverseSort
            | Self::PlanFromOffer
            | Self::PlanToOffer
            | Self::RunPlan
            | Self::PrevValue
            | Self::NextValue
            | Self::ClearValue
            | Self::SavePlan
            | Self::OpenPlans
            | Self::OpenPlan
            | Self::RenamePlan
            | Self::DeletePlan
            | Self::ExportPlan
            | Self::Choose
            | Self::ToggleMark
            | Self::NextField
            | Self::PrevField
            | Self::Confirm
            | Self::ShowGraph
            | Self::ShowMap
            | Self::IncreaseDepth
            | Self::DecreaseDepth
            | Self::OpenEditor
            | Self::EditItem
            | Self::NewItem
            | Self::DeleteItem
            | Self::AddLink
            | Self::OpenItems
            | Self::Undo
            | Self::Redo
            | Self::SaveEdits => true,
            Self::InsertChar(_)
            | Self::Resize { .. }
            | Self::Click { .. }
            | Self::ScrollUp { .. }
            | Self::ScrollDown { .. } => false,
        }
    }

    /// The action a `keymap.toml` name stands for.
    pub fn from_name(name: &str) -> Option<Self> {
        use serde::de::IntoDeserializer;
        let de: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
            name.into_deserializer();
        Self::deserialize(de).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn bindable_actions_have_snake_case_names() {
        assert_eq!(Action::from_name("select_next"), Some(Action::SelectNext));
        assert_eq!(Action::from_name("follow_link"), Some(Action::FollowLink));
        assert_eq!(Action::from_name("insert_char"), None);
        assert_eq!(Action::from_name("SelectNext"), None);
        for action in Action::BINDABLE {
            assert!(action.is_bindable(), "{action:?}");
        }
        let mut sorted = Action::BINDABLE.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            Action::BINDABLE.len(),
            "no action listed twice"
        );
    }
}
