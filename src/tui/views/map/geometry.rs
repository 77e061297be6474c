//! Where the map view puts things, and where each place's marker falls:
//! pure functions, so that clicks find what the view drew.

use std::collections::BTreeMap;

use ratatui::layout::{Constraint, Layout, Rect};

use crate::picture::map::{Places, Projection};
use crate::tui::layout::inner;

/// From this width the list of places (or steps) stands beside the map.
pub const LIST_FROM: u16 = 110;
/// The list's width, its border included.
pub const LIST_WIDTH: u16 = 42;

/// The map view's areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapLayout {
    /// The bordered pane, the whole body of the screen.
    pub pane: Rect,
    pub canvas: Rect,
    /// The list beside the map, its heading line first; none when narrow.
    pub list: Option<Rect>,
    /// Two lines under the map: the line selected, then what is off the
    /// map and the legend.
    pub info: Rect,
}

pub fn map(body: Rect) -> MapLayout {
    let [main, info] = inner(body).layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(2),
    ]));
    let (canvas, list) = if body.width >= LIST_FROM {
        let [canvas, list] = main.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(LIST_WIDTH),
        ]));
        (canvas, Some(list))
    } else {
        (main, None)
    };
    MapLayout {
        pane: body,
        canvas,
        list,
        info,
    }
}

/// The rows of the list: below its heading, right of its border.
pub fn list_rows(list: Rect) -> Rect {
    Rect {
        x: list.x + 2,
        y: list.y + 1,
        width: list.width.saturating_sub(2),
        height: list.height.saturating_sub(1),
    }
}

/// The projection of a map drawn in `canvas`: every place of the region,
/// with room around.
pub fn projection(places: &Places, canvas: Rect) -> Projection {
    Projection::fit(
        places.places.iter().map(|p| (p.lat, p.lon)),
        canvas.width,
        canvas.height,
    )
}

/// A marker: the places that fall in one cell, the one with most offers
/// first, and the offers of all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub x: u16,
    pub y: u16,
    pub places: Vec<usize>,
    pub offers: usize,
}

/// The markers of the places on the map, one per cell, most offers first.
pub fn markers(places: &Places, canvas: Rect) -> Vec<Marker> {
    let proj = projection(places, canvas);
    let mut cells: BTreeMap<(u16, u16), Marker> = BTreeMap::new();
    for (i, p) in places.places.iter().enumerate() {
        if !places.on_map(i) {
            continue;
        }
        let Some((cx, cy)) = proj.cell(p.lat, p.lon) else {
            continue;
        };
        let (x, y) = (canvas.x + cx, canvas.y + cy);
        let m = cells.entry((x, y)).or_insert_with(|| Marker {
            x,
            y,
            places: Vec::new(),
            offers: 0,
        });
        m.places.push(i);
        m.offers += p.offers;
    }
    let mut markers: Vec<Marker> = cells.into_values().collect();
    for m in &mut markers {
        m.places
            .sort_by_key(|&p| std::cmp::Reverse(places.places[p].offers));
    }
    markers.sort_by_key(|m| (std::cmp::Reverse(m.offers), m.y, m.x));
    markers
}

/// The marker nearest a cell, within a cell of it.
pub fn marker_at(markers: &[Marker], x: u16, y: u16) -> Option<&Marker> {
    markers
        .iter()
        .filter(|m| m.x.abs_diff(x) <= 1 && m.y.abs_diff(y) <= 1)
        .min_by_key(|m| m.x.abs_diff(x) + m.y.abs_diff(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_stands_beside_the_map_only_when_wide() {
        let small = map(Rect::new(0, 3, 80, 20));
        assert_eq!(small.list, None);
        assert_eq!(small.canvas, Rect::new(1, 4, 78, 16));
        assert_eq!(small.info, Rect::new(1, 20, 78, 2));
        let large = map(Rect::new(0, 3, 160, 44));
        assert_eq!(large.list.map(|l| l.width), Some(LIST_WIDTH));
        assert_eq!(large.canvas.width, 158 - LIST_WIDTH);
    }
}
