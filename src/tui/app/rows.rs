//! Panes made of sections — the passerelles of an offer, the detail of a
//! body or an agreement — as rows, some of which can be selected and
//! lead somewhere.

use crate::graph::Via;
use crate::model::{AgreementIx, CentreIx, OfferIx, ProviderIx};
use crate::route::reach::{self, Direction, Limits, Reached};

use super::data::Data;

/// How many offers routes may hold in the "unlocks" and "leads here"
/// lists (the offer itself counts as one).
pub const REACH_STEPS: usize = 3;
/// How many offers those lists show.
pub const REACH_SHOWN: usize = 40;

/// Where activating a row leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Offer(OfferIx),
    Body(ProviderIx),
    Agreement(AgreementIx),
}

/// A section of a pane, named by its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    LeadsTo,
    ComesFrom,
    Unlocks,
    LeadsHere,
    Centres,
    Offers,
    Agreements,
    Parties,
    BackedLinks,
}

/// Which way a link goes from the offer shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Out,
    In,
}

/// A fact shown at the top of a body's or an agreement's detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    BodyKind(ProviderIx),
    BodyCountry(ProviderIx),
    BodyRegion(ProviderIx),
    BodyUrl(ProviderIx),
    Programme(AgreementIx),
    Dates(AgreementIx),
    Note(AgreementIx),
    AgreementUrl(AgreementIx),
}

/// One line of a sectioned pane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Row {
    Heading(Section, usize),
    /// The section has nothing.
    Empty,
    /// More rows than shown.
    More(usize),
    Blank,
    Fact(Fact),
    Link {
        dir: Dir,
        other: OfferIx,
        via: Via,
    },
    Reached(Dir, Reached),
    Centre(CentreIx),
    Offer(OfferIx),
    Agreement(AgreementIx),
    Party(ProviderIx),
    Backed(u32),
}

impl Row {
    /// Where the row leads, if anywhere: rows that lead can be selected.
    pub fn target(&self, data: &Data) -> Option<Target> {
        match *self {
            Self::Link { other, .. } => Some(Target::Offer(other)),
            Self::Reached(_, r) => Some(Target::Offer(r.offer)),
            Self::Offer(o) => Some(Target::Offer(o)),
            Self::Agreement(a) => Some(Target::Agreement(a)),
            Self::Party(p) => Some(Target::Body(p)),
            Self::Backed(l) => Some(Target::Offer(data.cat.links[l as usize].from)),
            Self::Heading(..)
            | Self::Empty
            | Self::More(_)
            | Self::Blank
            | Self::Fact(_)
            | Self::Centre(_) => None,
        }
    }

    pub fn selectable(&self) -> bool {
        matches!(
            self,
            Self::Link { .. }
                | Self::Reached(..)
                | Self::Offer(_)
                | Self::Agreement(_)
                | Self::Party(_)
                | Self::Backed(_)
        )
    }
}

/// The selectable row nearest to `from` going by `delta` selectable rows;
/// `from` itself when there is none that way.
pub fn step(rows: &[Row], from: usize, delta: isize) -> usize {
    let mut at = from;
    for _ in 0..delta.unsigned_abs() {
        let next = if delta > 0 {
            rows.iter()
                .enumerate()
                .skip(at + 1)
                .find(|(_, r)| r.selectable())
        } else {
            rows.iter()
                .enumerate()
                .take(at)
                .rev()
                .find(|(_, r)| r.selectable())
        };
        match next {
            Some((i, _)) => at = i,
            None => break,
        }
    }
    at
}

/// The first selectable row at or after `from`, else before it; 0 when
/// none can be selected.
pub fn settle(rows: &[Row], from: usize) -> usize {
    let from = from.min(rows.len().saturating_sub(1));
    (from..rows.len())
        .chain((0..from).rev())
        .find(|&i| rows[i].selectable())
        .unwrap_or(0)
}

fn section<T>(rows: &mut Vec<Row>, section: Section, items: &[T], row: impl Fn(&T) -> Row) {
    rows.push(Row::Heading(section, items.len()));
    if items.is_empty() {
        rows.push(Row::Empty);
    }
    rows.extend(items.iter().map(row));
}

/// The passerelles of an offer: links out and in (written and inferred,
/// from the pathway graph), then what it unlocks and what leads to it
/// within [`REACH_STEPS`] offers, cheapest first.
pub fn passerelles(data: &Data, offer: OfferIx) -> Vec<Row> {
    let graph = &data.graph;
    let mut rows = Vec::new();
    let mut out: Vec<(OfferIx, Via)> = Vec::new();
    for (to, edge) in graph.out_edges(offer) {
        out.push((to, edge.cheapest));
        out.extend(edge.seamless.map(|v| (to, v)));
    }
    let mut inc: Vec<(OfferIx, Via)> = Vec::new();
    for (from, edge) in graph.in_edges(offer) {
        inc.push((from, edge.cheapest));
        inc.extend(edge.seamless.map(|v| (from, v)));
    }
    // Written links first, then inferred ones; by title within each.
    let title_rank = &data.ranks[super::SortKey::Title.index()];
    let key = |(o, via): &(OfferIx, Via)| (via.link(&data.cat).is_none(), title_rank[o.index()]);
    out.sort_by_key(key);
    inc.sort_by_key(key);
    section(&mut rows, Section::LeadsTo, &out, |&(other, via)| {
        Row::Link {
            dir: Dir::Out,
            other,
            via,
        }
    });
    section(&mut rows, Section::ComesFrom, &inc, |&(other, via)| {
        Row::Link {
            dir: Dir::In,
            other,
            via,
        }
    });
    let limits = Limits {
        max_steps: Some(REACH_STEPS),
        max_hours: None,
    };
    for (dir, direction, heading) in [
        (Dir::Out, Direction::Forward, Section::Unlocks),
        (Dir::In, Direction::Backward, Section::LeadsHere),
    ] {
        let mut reached = reach::reach(graph, &[offer], direction, &data.all_allowed, limits);
        reached.retain(|r| r.offer != offer);
        let total = reached.len();
        reached.truncate(REACH_SHOWN);
        rows.push(Row::Heading(heading, total));
        if reached.is_empty() {
            rows.push(Row::Empty);
        }
        rows.extend(reached.into_iter().map(|r| Row::Reached(dir, r)));
        if total > REACH_SHOWN {
            rows.push(Row::More(total - REACH_SHOWN));
        }
    }
    rows
}

/// A body's detail: facts, centres, offers, the agreements it signed.
pub fn body(data: &Data, body: ProviderIx) -> Vec<Row> {
    let p = data.cat.provider(body);
    let mut rows = vec![
        Row::Fact(Fact::BodyKind(body)),
        Row::Fact(Fact::BodyCountry(body)),
    ];
    if p.region.is_some() {
        rows.push(Row::Fact(Fact::BodyRegion(body)));
    }
    if p.url.is_some() {
        rows.push(Row::Fact(Fact::BodyUrl(body)));
    }
    rows.push(Row::Blank);
    section(&mut rows, Section::Centres, &p.centres, |c| Row::Centre(*c));
    section(
        &mut rows,
        Section::Offers,
        &data.offers_by_body[body.index()],
        |o| Row::Offer(*o),
    );
    let signed: Vec<AgreementIx> = data
        .agreements_order
        .iter()
        .copied()
        .filter(|a| data.cat.agreement(*a).parties.contains(&body))
        .collect();
    section(&mut rows, Section::Agreements, &signed, |a| {
        Row::Agreement(*a)
    });
    rows
}

/// An agreement's detail: facts, the bodies that signed, the links it
/// backs.
pub fn agreement(data: &Data, agreement: AgreementIx) -> Vec<Row> {
    let a = data.cat.agreement(agreement);
    let mut rows = Vec::new();
    if a.programme.is_some() {
        rows.push(Row::Fact(Fact::Programme(agreement)));
    }
    if a.signed.is_some() || a.until.is_some() {
        rows.push(Row::Fact(Fact::Dates(agreement)));
    }
    if a.note.is_some() {
        rows.push(Row::Fact(Fact::Note(agreement)));
    }
    if a.url.is_some() {
        rows.push(Row::Fact(Fact::AgreementUrl(agreement)));
    }
    if !rows.is_empty() {
        rows.push(Row::Blank);
    }
    section(&mut rows, Section::Parties, &a.parties, |p| Row::Party(*p));
    section(
        &mut rows,
        Section::BackedLinks,
        &data.backed[agreement.index()],
        |l| Row::Backed(*l),
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_skip_rows_that_lead_nowhere() {
        let o = |i| Row::Offer(OfferIx(i));
        let rows = [
            Row::Heading(Section::Offers, 2),
            o(0),
            o(1),
            Row::Heading(Section::Agreements, 0),
            Row::Empty,
            Row::Heading(Section::Offers, 1),
            o(2),
        ];
        assert_eq!(settle(&rows, 0), 1);
        assert_eq!(step(&rows, 1, 1), 2);
        assert_eq!(step(&rows, 2, 1), 6);
        assert_eq!(step(&rows, 6, 1), 6);
        assert_eq!(step(&rows, 6, -2), 1);
        assert_eq!(step(&rows, 1, -1), 1);
        assert_eq!(settle(&rows, 4), 6);
        assert_eq!(settle(&[Row::Empty], 3), 0);
    }
}
