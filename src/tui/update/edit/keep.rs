//! The pictures open over the screens across a change of catalogue (an
//! edit, the files loaded again): each found again by the id of its
//! offer, or closed when that offer is gone.

use crate::tui::app::{Data, Picture};

/// The pictures on the new catalogue, in the same order; the id of the
/// offer of the last picture closed because it is gone, if one was.
pub fn pictures(pictures: &[Picture], old: &Data, new: &Data) -> (Vec<Picture>, Option<String>) {
    let mut gone = None;
    let kept = pictures
        .iter()
        .filter_map(|picture| match picture {
            Picture::Graph(g) => {
                let kept = g.carried(old, new).map(Picture::Graph);
                if kept.is_none() {
                    gone = Some(old.cat.offer(g.centre()).id.clone());
                }
                kept
            }
            Picture::Map(m) => match m.carried(old, new) {
                Ok(m) => Some(Picture::Map(m)),
                Err(id) => {
                    gone = Some(id);
                    None
                }
            },
        })
        .collect();
    (kept, gone)
}
