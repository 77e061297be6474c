//! Synthetic catalogues of any size, for tests, benchmarks and demos.
//!
//! A catalogue looks like a cross-border training network of Grand Est,
//! Hauts-de-France, Wallonia, Brussels, Flanders, Luxembourg, Portugal and
//! the southern Netherlands, scaled to the number of offers asked for:
//! one provider per 400 offers, with centres in real cities, agreements
//! between neighbours, competences by sector and EQF level, and about
//! `links_per_offer` explicit links per offer. The same options always
//! give the same bytes, and every catalogue loads without an error or a
//! warning (given at least two offers).
//!
//! Files: `bodies.json` (providers and centres), `agreements.json`,
//! `referentiel.json` (competences and occupations), `offers-NNNN.json`
//! (at most [`OFFERS_PER_FILE`] each) and `links-NNNN.json` (at most
//! [`LINKS_PER_FILE`] each), one item per line.

mod details;
mod groups;
mod ids;
mod json;
mod links;
mod offers;
mod places;
mod rng;
mod sectors;
mod skills;
mod words;
mod world;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

pub use rng::Rng;

use json::{Chunks, Doc, Sink};
use skills::Referentiel;
use world::World;

/// The most offers written in one file.
pub const OFFERS_PER_FILE: usize = 50_000;

/// The most links written in one file.
pub const LINKS_PER_FILE: usize = 500_000;

/// About how long an offer's line is, and a link's, to size buffers.
const OFFER_BYTES: usize = 460;
const LINK_BYTES: usize = 75;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    /// How many offers.
    pub offers: usize,
    /// The same seed gives the same bytes.
    pub seed: u64,
    /// Explicit links per offer, on average. Below 1, some offers get one
    /// anyway, so that none is left unlinked.
    pub links_per_offer: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            offers: 1000,
            seed: 1,
            links_per_offer: 10.0,
        }
    }
}

/// Writes the catalogue into `dir` (created if need be), file by file
/// without holding any file whole in memory, and returns the paths
/// written, in the order written.
///
/// Files of the same names are replaced; other files are left, so a
/// directory that held a larger catalogue keeps its extra
/// `offers-NNNN.json` and `links-NNNN.json`: write into an empty one.
pub fn write_dir(options: &Options, dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut sink = DirSink {
        dir,
        written: Vec::new(),
    };
    write(options, &mut sink)?;
    Ok(sink.written)
}

/// The same files as [`write_dir`] writes, in memory, as (file name,
/// bytes).
pub fn generate(options: &Options) -> Vec<(String, Vec<u8>)> {
    let mut sink = MemorySink(Vec::new());
    write(options, &mut sink).expect("writing to memory does not fail");
    sink.0
}

struct DirSink<'a> {
    dir: &'a Path,
    written: Vec<PathBuf>,
}

impl Sink for DirSink<'_> {
    type Out = BufWriter<File>;

    fn create(&mut self, name: &str, _size: usize) -> io::Result<Self::Out> {
        Ok(BufWriter::with_capacity(
            1 << 20,
            File::create(self.dir.join(name))?,
        ))
    }

    fn finish(&mut self, name: String, mut out: Self::Out) -> io::Result<()> {
        out.flush()?;
        self.written.push(self.dir.join(name));
        Ok(())
    }
}

struct MemorySink(Vec<(String, Vec<u8>)>);

impl Sink for MemorySink {
    type Out = Vec<u8>;

    fn create(&mut self, _name: &str, size: usize) -> io::Result<Vec<u8>> {
        Ok(Vec::with_capacity(size))
    }

    fn finish(&mut self, name: String, mut out: Vec<u8>) -> io::Result<()> {
        out.shrink_to_fit();
        self.0.push((name, out));
        Ok(())
    }
}

/// The parts of the work, each with its own stream of random numbers.
#[derive(Clone, Copy)]
enum Part {
    World = 1,
    Skills,
    Offers,
    Details,
    Links,
}

fn write<S: Sink>(options: &Options, sink: &mut S) -> io::Result<()> {
    let stream = |part: Part| Rng::stream(options.seed, part as u64);
    let world = World::new(options.offers, &mut stream(Part::World));
    let skills = Referentiel::new(options.offers, &mut stream(Part::Skills));
    let offers = offers::generate(options.offers, &world, &skills, &mut stream(Part::Offers));

    let mut doc = Doc::new(sink.create("bodies.json", 0)?)?;
    doc.section("providers")?;
    for p in 0..world.providers.len() {
        doc.item(&world.provider_record(u32::try_from(p).expect("few providers")))?;
    }
    sink.finish("bodies.json".to_owned(), doc.finish()?)?;

    let mut doc = Doc::new(sink.create("agreements.json", 0)?)?;
    doc.section("agreements")?;
    for a in 0..world.agreements.len() {
        doc.item(&world.agreement_record(a))?;
    }
    sink.finish("agreements.json".to_owned(), doc.finish()?)?;

    let mut doc = Doc::new(sink.create("referentiel.json", 0)?)?;
    doc.section("competences")?;
    for competence in skills.competence_records() {
        doc.item(&competence)?;
    }
    doc.section("occupations")?;
    for o in 0..skills.occupations.len() {
        doc.item(&skills.occupation_record(u32::try_from(o).expect("few occupations")))?;
    }
    sink.finish("referentiel.json".to_owned(), doc.finish()?)?;

    let mut rng = stream(Part::Details);
    let expected = (options.offers, OFFER_BYTES);
    let mut chunks = Chunks::new(sink, "offers", OFFERS_PER_FILE, expected);
    for (o, offer) in (0..).zip(&offers) {
        chunks.item(&details::record(o, offer, &world, &skills, &mut rng))?;
    }
    chunks.finish()?;

    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )] // an estimate
    let links = (options.offers as f64 * options.links_per_offer.clamp(0.0, 1000.0)) as usize;
    let mut chunks = Chunks::new(sink, "links", LINKS_PER_FILE, (links, LINK_BYTES));
    links::generate(
        &offers,
        &world,
        options.links_per_offer,
        &mut stream(Part::Links),
        |link| chunks.item(link),
    )?;
    chunks.finish()
}
