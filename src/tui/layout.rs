//! Where everything goes, as pure functions of the terminal's size and a
//! few choices of the state: the views draw into these areas, and update
//! uses the same areas to scroll and to find what a click hit.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

use super::app::Pane;

pub mod edit;
mod loading;
mod planner;
mod popups;
pub use loading::{LoadingLayout, loading};
pub use planner::{
    AlternativesSplit, FORM_WIDTH, PlannerLayout, PlannerShape, alternatives_split, planner,
    planner_shape,
};
pub use popups::{dialog, picker, picker_list, plans, plans_rows};

/// Below this size the interface shows a message instead of screens.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// From this width the catalogue shows list, detail and passerelles side
/// by side.
pub const WIDE: u16 = 140;
/// From this width the catalogue shows the list and one pane side by side;
/// below, it stacks them.
pub const MEDIUM: u16 = 100;

/// The frame of every screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppLayout {
    /// Two lines: the catalogue and its counts, then search, filters, sort.
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    /// One line of key hints.
    pub footer: Rect,
}

/// The frame for a terminal of this size; none when it is too small.
pub fn app(area: Rect) -> Option<AppLayout> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, tabs, body, footer] = area.layout(&Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    Some(AppLayout {
        header,
        tabs,
        body,
        footer,
    })
}

/// The catalogue screen's panes; detail and passerelles are absent when
/// there is no room for them (the state's `side` chooses which one shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatalogueLayout {
    /// One line: the way followed through the passerelles.
    pub way: Rect,
    pub list: Rect,
    pub detail: Option<Rect>,
    pub links: Option<Rect>,
}

/// The catalogue screen: three columns when wide, two when medium, the
/// list above the other pane when narrow (the focused one gets more room).
pub fn catalogue(body: Rect, side: Pane, focus: Pane) -> CatalogueLayout {
    let [way, rest] = body.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let place = |other: Rect| match side {
        Pane::Links => (None, Some(other)),
        Pane::List | Pane::Detail => (Some(other), None),
    };
    if body.width >= WIDE {
        let [list, detail, links] = rest.layout(&Layout::horizontal([
            Constraint::Fill(7),
            Constraint::Fill(5),
            Constraint::Fill(6),
        ]));
        return CatalogueLayout {
            way,
            list,
            detail: Some(detail),
            links: Some(links),
        };
    }
    let (list, other) = if body.width >= MEDIUM {
        let [list, other] = rest.layout(&Layout::horizontal([
            Constraint::Fill(11),
            Constraint::Fill(9),
        ]));
        (list, other)
    } else {
        let share = if focus == Pane::List { 3 } else { 2 };
        let list_height = (rest.height * share / 5).max(5).min(rest.height);
        let [list, other] = rest.layout(&Layout::vertical([
            Constraint::Length(list_height),
            Constraint::Fill(1),
        ]));
        (list, other)
    };
    let (detail, links) = place(other);
    CatalogueLayout {
        way,
        list,
        detail,
        links,
    }
}

/// The bodies and agreements screen: the two lists on the left, one above
/// the other, and the detail of the one chosen on the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodiesLayout {
    pub bodies: Rect,
    pub agreements: Rect,
    pub detail: Rect,
}

pub fn bodies(body: Rect) -> BodiesLayout {
    let [left, detail] = body.layout(&Layout::horizontal([
        Constraint::Percentage(42),
        Constraint::Fill(1),
    ]));
    let [bodies, agreements] = left.layout(&Layout::vertical([
        Constraint::Percentage(55),
        Constraint::Fill(1),
    ]));
    BodiesLayout {
        bodies,
        agreements,
        detail,
    }
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// The offer list's inside: a line of column names, then the rows.
pub fn list_rows(list: Rect) -> Rect {
    let inside = inner(list);
    Rect {
        y: inside.y.saturating_add(1),
        height: inside.height.saturating_sub(1),
        ..inside
    }
}

/// The passerelles pane's inside: the rows, and below them a few lines
/// about the link selected when there is room.
pub fn links_split(links: Rect) -> (Rect, Rect) {
    let inside = inner(links);
    let about = match inside.height {
        12.. => 5,
        8..=11 => 3,
        _ => 0,
    };
    let [rows, about] = inside.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(about),
    ]));
    (rows, about)
}

/// A box of at most `width` × `height` in the middle of `area`, leaving
/// the first and last lines (header and footer) in view. When only a thin
/// strip of the screen would show beside it, it takes the whole width.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let width = if area.width.saturating_sub(width) < 24 {
        area.width
    } else {
        width
    };
    let height = height.min(area.height.saturating_sub(2));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The help overlay.
pub fn help(area: Rect) -> Rect {
    popup(area, 78, area.height)
}

/// The filter menu.
pub fn filters(area: Rect) -> Rect {
    popup(area, 64, area.height)
}

/// Where each tab title sits on the tab line, given the width of each
/// label (`" 1 Catalogue "` is the label plus four columns).
pub fn tabs(line: Rect, label_widths: &[u16]) -> Vec<Rect> {
    let mut x = line.x;
    let mut out = Vec::with_capacity(label_widths.len());
    for &w in label_widths {
        let width = (w + 4).min(line.right().saturating_sub(x));
        out.push(Rect {
            x,
            y: line.y,
            width,
            height: 1,
        });
        x = x.saturating_add(width + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(width: u16, height: u16) -> Rect {
        Rect::new(0, 0, width, height)
    }

    #[test]
    fn too_small_a_window_has_no_layout() {
        assert!(app(screen(59, 24)).is_none());
        assert!(app(screen(80, 15)).is_none());
        assert!(app(screen(0, 0)).is_none());
        assert!(app(screen(60, 16)).is_some());
    }

    #[test]
    fn the_frame_at_80_by_24() {
        let l = app(screen(80, 24)).unwrap();
        assert_eq!(l.header, Rect::new(0, 0, 80, 2));
        assert_eq!(l.tabs, Rect::new(0, 2, 80, 1));
        assert_eq!(l.body, Rect::new(0, 3, 80, 20));
        assert_eq!(l.footer, Rect::new(0, 23, 80, 1));
    }

    #[test]
    fn at_80_columns_the_catalogue_stacks_its_panes() {
        let body = app(screen(80, 24)).unwrap().body;
        let l = catalogue(body, Pane::Detail, Pane::List);
        assert_eq!(l.way, Rect::new(0, 3, 80, 1));
        assert_eq!(l.list, Rect::new(0, 4, 80, 11));
        assert_eq!(l.detail, Some(Rect::new(0, 15, 80, 8)));
        assert_eq!(l.links, None);
        // The pane with focus gets the room.
        let l = catalogue(body, Pane::Links, Pane::Links);
        assert_eq!(l.list.height, 7);
        assert_eq!(l.links, Some(Rect::new(0, 11, 80, 12)));
        assert_eq!(l.detail, None);
        assert_eq!(list_rows(l.list).height, 4);
    }

    #[test]
    fn at_160_columns_the_catalogue_shows_three_panes() {
        let body = app(screen(160, 48)).unwrap().body;
        let l = catalogue(body, Pane::Detail, Pane::List);
        assert_eq!(l.list, Rect::new(0, 4, 62, 43));
        assert_eq!(l.detail, Some(Rect::new(62, 4, 45, 43)));
        assert_eq!(l.links, Some(Rect::new(107, 4, 53, 43)));
        let (rows, about) = links_split(l.links.unwrap());
        assert_eq!((rows.height, about.height), (36, 5));
    }

    #[test]
    fn at_100_columns_the_list_sits_beside_one_pane() {
        let body = app(screen(100, 30)).unwrap().body;
        let l = catalogue(body, Pane::Links, Pane::List);
        assert_eq!(l.list, Rect::new(0, 4, 55, 25));
        assert_eq!(l.links, Some(Rect::new(55, 4, 45, 25)));
        assert_eq!(l.detail, None);
    }

    #[test]
    fn the_bodies_screen_at_both_sizes() {
        let l = bodies(app(screen(80, 24)).unwrap().body);
        assert_eq!(l.bodies, Rect::new(0, 3, 34, 11));
        assert_eq!(l.agreements, Rect::new(0, 14, 34, 9));
        assert_eq!(l.detail, Rect::new(34, 3, 46, 20));
        let l = bodies(app(screen(160, 48)).unwrap().body);
        assert_eq!(l.detail, Rect::new(67, 3, 93, 44));
    }

    #[test]
    fn popups_stay_inside_the_screen() {
        assert_eq!(help(screen(80, 24)), Rect::new(0, 1, 80, 22));
        assert_eq!(help(screen(160, 48)), Rect::new(41, 1, 78, 46));
        assert_eq!(filters(screen(60, 16)), Rect::new(0, 1, 60, 14));
        assert_eq!(filters(screen(80, 24)), Rect::new(0, 1, 80, 22));
        assert_eq!(filters(screen(100, 30)), Rect::new(18, 1, 64, 28));
        assert_eq!(popup(screen(3, 1), 10, 10), Rect::new(0, 0, 3, 0));
    }

    #[test]
    fn tab_titles_are_placed_one_after_the_other() {
        let t = tabs(Rect::new(0, 2, 80, 1), &[9, 25]);
        assert_eq!(t[0], Rect::new(0, 2, 13, 1));
        assert_eq!(t[1], Rect::new(14, 2, 29, 1));
        let t = tabs(Rect::new(0, 2, 20, 1), &[9, 25]);
        assert_eq!(t[1].width, 6);
    }
}
