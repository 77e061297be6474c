//! The order of loading: every file read up to its offers (in parallel),
//! the items offers refer to resolved, offers read and checked (in
//! parallel) and registered in file order, then links read and checked (in
//! parallel).
//!
//! A file the streaming reader cannot finish is handed over to the careful
//! reader. When that happens after some of the file's items were already
//! resolved (its JSON breaks down after its offers, say), the careful
//! reader may drop those items, so loading starts over with that file read
//! carefully from the start. That costs a second pass only for files with
//! problems, and keeps every message the careful reader's.

use super::Progress;
use super::parallel;
use super::parse::stream::{self, Handover, Later, Resume};
use super::parse::{Item, Parsed, Pending, whole};
use super::records::{LinkRecord, OfferRecord};
use super::resolve::links::Linker;
use super::resolve::offers::{Draft, draft};
use super::resolve::{Registries, Resolver};
use crate::model::{Catalogue, Link, Offer};

/// The catalogue and its problems, still as byte offsets.
pub struct Outcome {
    pub catalogue: Catalogue,
    pub pending: Vec<Pending>,
}

/// The files: their names and texts, and which of them are text at all
/// (a file that is not UTF-8 is reported, and not read).
pub struct Files<'t, 'a> {
    pub names: &'t [String],
    pub texts: &'t [&'a str],
    pub readable: &'t [bool],
}

/// Which reader to start with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The streaming reader, handing over to the careful one as needed.
    Streaming,
    /// The careful reader for every file: slower, and the reference the
    /// streaming reader is tested against.
    #[cfg_attr(not(test), allow(dead_code))]
    Careful,
}

/// Reads and resolves every file.
pub fn run(files: &Files<'_, '_>, reader: Reader, progress: &Progress) -> Outcome {
    let mut careful = vec![reader == Reader::Careful; files.texts.len()];
    loop {
        match attempt(files, &careful, progress) {
            Ok(outcome) => return outcome,
            Err(handed_over) => {
                progress.restart_parsing();
                for f in handed_over {
                    careful[f] = true;
                }
            }
        }
    }
}

/// What is left of a file once the items offers refer to are resolved.
struct Tail<'a> {
    offers: Vec<Item<OfferRecord<'a>>>,
    links: Vec<Item<LinkRecord<'a>>>,
    resume: Option<Resume>,
}

impl Tail<'_> {
    /// About how many bytes are left to read, to give the largest files to
    /// threads first.
    fn weight(&self, text: &str) -> usize {
        self.left(text) + 100 * (self.offers.len() + self.links.len())
    }

    /// How many bytes of the file are left to read.
    fn left(&self, text: &str) -> usize {
        self.resume.map_or(0, |r| r.bytes_left(text))
    }

    /// About how many links are left to read: one per 64 bytes left, where
    /// parcours writes about 70.
    fn links_expected(&self, text: &str) -> usize {
        self.left(text) / 64 + self.links.len()
    }
}

/// One pass over the files; `Err` names the files to read carefully next time.
fn attempt(
    files: &Files<'_, '_>,
    careful: &[bool],
    progress: &Progress,
) -> Result<Outcome, Vec<usize>> {
    let texts = files.texts;
    let mut r = Resolver::new(texts, files.names);
    let mut cat = Catalogue::default();
    let tails = heads(files, careful, &mut r, &mut cat);
    for (f, tail) in tails.iter().enumerate() {
        progress.add_parsed(texts[f].len() - tail.left(texts[f]));
    }
    let drafted = {
        let (registries, cat) = (&r.registries, &cat);
        parallel::map(
            tails,
            |f, tail| tail.weight(texts[f]),
            |f, tail| {
                let left = tail.left(texts[f]);
                let drafted = offers_of(f, texts[f], tail, registries, cat);
                if let Ok((_, _, tail)) = &drafted {
                    progress.add_parsed(left - tail.left(texts[f]));
                }
                drafted
            },
        )
    };
    let (tails, hours, kept) = register_offers(collect(drafted)?, &mut r, &mut cat);
    // The first file with links gets room for every file's: its links
    // become the catalogue's, and the others are appended without moving
    // them (growing a list of 40 MB copied it, and took 40-130 ms at 100k).
    let expected: Vec<usize> = (tails.iter().enumerate())
        .map(|(f, tail)| tail.links_expected(texts[f]))
        .collect();
    let first = expected.iter().position(|&n| n > 0);
    let room = |f: usize| {
        if Some(f) == first {
            expected.iter().sum::<usize>() * 9 / 8
        } else {
            expected[f]
        }
    };
    let linked = {
        let (registries, hours, offers) = (&r.registries, &hours[..], &mut cat.offers);
        std::thread::scope(|scope| {
            // Links need the offers' ids and hours only: the offers move
            // into the catalogue meanwhile (registering them with the move
            // took 0.9 s at a million offers, on one core).
            scope.spawn(move || place_offers(kept, offers));
            parallel::map(
                tails,
                |f, tail| tail.weight(texts[f]),
                |f, tail| {
                    let left = tail.left(texts[f]);
                    let linked = links_of(f, texts[f], tail, registries, hours, room(f));
                    progress.add_parsed(left);
                    linked
                },
            )
        })
    };
    let linked = collect(linked)?;
    let Resolver {
        registries,
        mut pending,
        ..
    } = r;
    // The ids are made into the catalogue's lookup while the links are
    // put together: both take a while at a million offers.
    cat.lookup = std::thread::scope(|scope| {
        let lookup = scope.spawn(move || registries.into_lookup());
        for (mut links, mut more) in linked {
            // The first file's links become the catalogue's rather than
            // being copied: often the only file with links, or one of two.
            if cat.links.is_empty() {
                cat.links = links;
            } else {
                cat.links.append(&mut links);
            }
            pending.append(&mut more);
        }
        lookup.join().expect("making the lookup does not panic")
    });
    Ok(Outcome {
        catalogue: cat,
        pending,
    })
}

/// Reads every file up to its offers (on all cores) and resolves what was
/// read: providers and centres, then agreements, competences and
/// occupations. Returns what is left of each file.
fn heads<'a>(
    files: &Files<'_, 'a>,
    careful: &[bool],
    r: &mut Resolver<'a, '_>,
    cat: &mut Catalogue,
) -> Vec<Tail<'a>> {
    let texts = files.texts;
    let heads = parallel::map(
        (0..texts.len()).collect(),
        |_, &f| texts[f].len(),
        |_, f| {
            if !files.readable[f] {
                return (Parsed::default(), None);
            }
            if !careful[f]
                && let Ok(head) = stream::head(f, texts[f])
            {
                return head;
            }
            (whole::parse_file(f, texts[f]), None)
        },
    );
    let mut tails = Vec::with_capacity(heads.len());
    let mut rest = Vec::with_capacity(heads.len());
    for (mut parsed, resume) in heads {
        r.pending.append(&mut parsed.pending);
        for (kind, id) in std::mem::take(&mut parsed.unreadable) {
            r.registries.note_unreadable(kind, &id);
        }
        tails.push(Tail {
            offers: std::mem::take(&mut parsed.offers),
            links: std::mem::take(&mut parsed.links),
            resume,
        });
        rest.push(parsed);
    }
    for (f, parsed) in rest.iter_mut().enumerate() {
        for provider in parsed.providers.drain(..) {
            r.provider(f, provider, cat);
        }
    }
    for (f, parsed) in rest.into_iter().enumerate() {
        for item in parsed.agreements {
            r.agreement(f, item, cat);
        }
        for item in parsed.competences {
            r.competence(f, item, cat);
        }
        for item in parsed.occupations {
            r.occupation(f, item, cat);
        }
    }
    tails
}

type Drafted<'a> = (Vec<Draft<'a>>, Parsed<'a>, Tail<'a>);

/// What registering the offers leaves: what is left of each file, each
/// kept offer's hours (for the links' credit checks), and the drafts whose
/// kept offers are still to be moved into the catalogue.
type Registered<'a> = (Vec<Tail<'a>>, Vec<f64>, Vec<Vec<Draft<'a>>>);

/// Registers the checked offers' ids in file order.
fn register_offers<'a>(
    drafted: Vec<Drafted<'a>>,
    r: &mut Resolver<'a, '_>,
    cat: &mut Catalogue,
) -> Registered<'a> {
    for (_, problems, _) in &drafted {
        for (kind, id) in &problems.unreadable {
            r.registries.note_unreadable(*kind, id);
        }
    }
    let drafts = drafted.iter().map(|(drafts, _, _)| drafts.len()).sum();
    let id_bytes = drafted
        .iter()
        .flat_map(|(drafts, _, _)| drafts.iter().map(|d| d.id().len()))
        .sum();
    cat.offers.reserve_exact(drafts);
    r.registries.offers.reserve(drafts, id_bytes);
    let mut hours = Vec::with_capacity(drafts);
    let mut tails = Vec::with_capacity(drafted.len());
    let mut kept = Vec::with_capacity(drafted.len());
    for (mut drafts, mut problems, tail) in drafted {
        r.pending.append(&mut problems.pending);
        for draft in &mut drafts {
            if let Some(h) = r.register_id(draft, hours.len()) {
                hours.push(h);
            }
        }
        kept.push(drafts);
        tails.push(tail);
    }
    (tails, hours, kept)
}

/// Moves the kept offers into the catalogue, in file order.
fn place_offers(drafts: Vec<Vec<Draft<'_>>>, offers: &mut Vec<Offer>) {
    for file in drafts {
        offers.extend(file.into_iter().filter_map(Draft::into_offer));
    }
}

/// Every file's result, or the files that were handed over.
fn collect<T>(results: Vec<Result<T, Handover>>) -> Result<Vec<T>, Vec<usize>> {
    let handed_over: Vec<usize> = results
        .iter()
        .enumerate()
        .filter_map(|(f, r)| r.is_err().then_some(f))
        .collect();
    if handed_over.is_empty() {
        Ok(results.into_iter().filter_map(Result::ok).collect())
    } else {
        Err(handed_over)
    }
}

/// A file's offers, checked; its reading problems; what is left to read.
fn offers_of<'a>(
    f: usize,
    text: &'a str,
    tail: Tail<'a>,
    registries: &Registries,
    cat: &Catalogue,
) -> Result<Drafted<'a>, Handover> {
    let mut problems = Parsed::default();
    let (mut drafts, resume) = match tail.resume {
        Some(resume) if resume.section == Later::Offers => {
            // Room for an offer per 256 bytes left, where parcours writes
            // about 450, so the list is not copied as it grows (capacity
            // is only reserved: untouched memory costs nothing).
            let expected = tail.offers.len() + resume.bytes_left(text) / 256;
            let mut drafts = Vec::with_capacity(expected);
            let resume = stream::offers(f, text, resume, &mut problems, |item, _| {
                drafts.push(draft(registries, cat, f, item));
            })?;
            (drafts, resume)
        }
        other => (Vec::with_capacity(tail.offers.len()), other),
    };
    drafts.extend(
        tail.offers
            .into_iter()
            .map(|item| draft(registries, cat, f, item)),
    );
    let tail = Tail {
        offers: Vec::new(),
        links: tail.links,
        resume,
    };
    Ok((drafts, problems, tail))
}

/// A file's links, checked, and their problems; the list of links has
/// room for `room` (capacity is only reserved: untouched memory costs
/// nothing).
fn links_of<'a>(
    f: usize,
    text: &'a str,
    tail: Tail<'a>,
    registries: &Registries,
    hours: &[f64],
    room: usize,
) -> Result<(Vec<Link>, Vec<Pending>), Handover> {
    let mut problems = Parsed::default();
    let mut linker = Linker::new(registries, hours, f, room);
    if let Some(resume) = tail.resume {
        stream::links(f, text, resume, &mut problems, |item, p| {
            linker.push(item, &mut p.pending);
        })?;
    }
    for item in tail.links {
        linker.push(item, &mut problems.pending);
    }
    linker.flush(&mut problems.pending);
    Ok((linker.links, problems.pending))
}
