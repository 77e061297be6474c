//! The arrows between columns, drawn with box-drawing characters: out of
//! the box on the left, along a lane of the gap, into the box on the right
//! with an arrowhead. Each kind of link has its own line — light for a
//! progression, heavy for a bridge, double for an equivalence, dashed for
//! an inferred one — so that they read apart without colour too; a seam
//! is marked ⚠ before the arrowhead.

use std::collections::{HashMap, HashSet};

use super::geometry::{Drawing, GAP};
use crate::picture::neighbourhood::{Kind, Link};
use crate::picture::{Layered, NodeIx};

const N: u8 = 1;
const E: u8 = 2;
const S: u8 = 4;
const W: u8 = 8;

/// One cell of wiring: the directions its lines go, and the kinds of link
/// through it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cell {
    bits: u8,
    kind: Option<Kind>,
    mixed: bool,
}

/// A character of wiring at a cell, and the kind of link it belongs to
/// (none where links of several kinds meet); `seam` for the ⚠ mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glyph {
    pub x: u16,
    pub y: u16,
    pub symbol: char,
    pub kind: Option<Kind>,
    pub seam: bool,
}

/// The wiring of a drawing: every link between two boxes that show.
pub fn wires(layered: &Layered, links: &[Link], drawing: &Drawing) -> Vec<Glyph> {
    let mut cells: HashMap<(u16, u16), Cell> = HashMap::new();
    let mut marks: Vec<Glyph> = Vec::new();
    let (lanes, fans_in) = lanes(layered, drawing);
    for d in &layered.drawn {
        let (Some(from), Some(to)) = (drawing.box_of(d.left), drawing.box_of(d.right)) else {
            continue;
        };
        let link = links[d.link];
        let gap = from.right();
        if to.x != gap + GAP {
            continue;
        }
        let (ys, yt) = (from.y + 1, to.y + 1);
        let lane = gap + 1 + lanes.get(&d.left).copied().unwrap_or(1);
        let mut put = |x: u16, y: u16, bits: u8| {
            let cell = cells.entry((x, y)).or_default();
            cell.bits |= bits;
            match cell.kind {
                Some(k) if k != link.style.kind => cell.mixed = true,
                _ => cell.kind = Some(link.style.kind),
            }
        };
        // Out of the box, along to the lane.
        for x in gap..lane {
            put(x, ys, E | W);
        }
        // Down or up the lane.
        let (top, bottom) = (ys.min(yt), ys.max(yt));
        put(
            lane,
            ys,
            if ys == yt {
                W | E
            } else {
                W | if yt > ys { S } else { N }
            },
        );
        for y in top + 1..bottom {
            put(lane, y, N | S);
        }
        if ys != yt {
            put(lane, yt, E | if yt > ys { N } else { S });
        }
        // Along to the box on the right.
        for x in lane + 1..gap + GAP - 1 {
            put(x, yt, E | W);
        }
        let arrow = |x, symbol| Glyph {
            x,
            y: yt,
            symbol,
            kind: Some(link.style.kind),
            seam: false,
        };
        marks.push(arrow(gap + GAP - 1, '▶'));
        if link.style.seam {
            // Where the line is this link's own: by its box on the left
            // where links of the gap all go to one box, else by the
            // arrowhead.
            let (x, y) = if fans_in.contains(&gap) {
                (gap + 1, ys)
            } else {
                (gap + GAP - 2, yt)
            };
            marks.push(Glyph {
                x,
                y,
                seam: true,
                ..arrow(x, '⚠')
            });
        }
        if link.both_ways {
            marks.push(Glyph {
                y: ys,
                ..arrow(gap, '◀')
            });
        }
    }
    let mut glyphs: Vec<Glyph> = cells
        .into_iter()
        .map(|((x, y), c)| {
            let kind = if c.mixed { None } else { c.kind };
            Glyph {
                x,
                y,
                symbol: symbol(c.bits, kind),
                kind,
                seam: false,
            }
        })
        .collect();
    glyphs.sort_by_key(|g| (g.y, g.x));
    // Marks over lines.
    glyphs.extend(marks);
    glyphs
}

/// Which lane of its gap each source's links take: one middle lane where
/// all the links of a gap come from one box or go to one box (a fan), else
/// a lane per box on the left, round the three; and the gaps (by their
/// first column) whose links all go to one box.
fn lanes(layered: &Layered, drawing: &Drawing) -> (HashMap<NodeIx, u16>, HashSet<u16>) {
    let mut by_gap: HashMap<u16, (Vec<NodeIx>, Vec<NodeIx>)> = HashMap::new();
    for d in &layered.drawn {
        if let (Some(from), Some(_)) = (drawing.box_of(d.left), drawing.box_of(d.right)) {
            let (sources, targets) = by_gap.entry(from.right()).or_default();
            if !sources.contains(&d.left) {
                sources.push(d.left);
            }
            if !targets.contains(&d.right) {
                targets.push(d.right);
            }
        }
    }
    let mut lanes = HashMap::new();
    let mut fans_in = HashSet::new();
    for (gap, (sources, targets)) in by_gap {
        if targets.len() == 1 && sources.len() > 1 {
            fans_in.insert(gap);
        }
        let fan = sources.len() == 1 || targets.len() == 1;
        let mut sources = sources;
        sources.sort_by_key(|&s| layered.place(s).1);
        for (i, s) in sources.into_iter().enumerate() {
            let lane = if fan {
                1
            } else {
                u16::try_from(i % 3).unwrap_or(0)
            };
            lanes.insert(s, lane);
        }
    }
    (lanes, fans_in)
}

/// The box-drawing character for lines going `bits` ways, in the line of
/// a kind (light where kinds mix).
fn symbol(bits: u8, kind: Option<Kind>) -> char {
    // Order: ─ │ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼
    const LIGHT: [char; 11] = ['─', '│', '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼'];
    const HEAVY: [char; 11] = ['━', '┃', '┏', '┓', '┗', '┛', '┣', '┫', '┳', '┻', '╋'];
    const DOUBLE: [char; 11] = ['═', '║', '╔', '╗', '╚', '╝', '╠', '╣', '╦', '╩', '╬'];
    let set = match kind {
        Some(Kind::Bridge) => &HEAVY,
        Some(Kind::Equivalence) => &DOUBLE,
        _ => &LIGHT,
    };
    let at = match bits {
        b if b & (N | S) == 0 => 0,
        b if b & (E | W) == 0 => 1,
        b if b == E | S => 2,
        b if b == W | S => 3,
        b if b == N | E => 4,
        b if b == N | W => 5,
        b if b == N | E | S => 6,
        b if b == N | W | S => 7,
        b if b == E | W | S => 8,
        b if b == N | E | W => 9,
        _ => 10,
    };
    match (kind, at) {
        // Dashes for the straight parts of an inferred link.
        (Some(Kind::Inferred), 0) => '╌',
        (Some(Kind::Inferred), 1) => '╎',
        _ => set[at],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_join_in_the_kind_of_their_link() {
        assert_eq!(symbol(E | W, Some(Kind::Progression)), '─');
        assert_eq!(symbol(E | W, Some(Kind::Bridge)), '━');
        assert_eq!(symbol(N | S, Some(Kind::Equivalence)), '║');
        assert_eq!(symbol(E | W, Some(Kind::Inferred)), '╌');
        assert_eq!(symbol(N | E, Some(Kind::Inferred)), '└');
        assert_eq!(symbol(W | S, None), '┐');
        assert_eq!(symbol(N | E | S | W, Some(Kind::Bridge)), '╋');
        assert_eq!(symbol(E, None), '─');
    }
}
