//! The options that say where a person stands, where they want to go and
//! what to avoid, shared by `route` and `reach`.

use std::process::ExitCode;

use clap::Args;

use crate::model::{Catalogue, CompetenceIx, Date, Modality, OfferIx, ProviderIx};
use crate::route::{Constraints, Criterion, Request, Start, Target};
use crate::suggest::closest;
use crate::text::escape;

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("origin").required(true).args(["from", "holding"]))]
#[command(group = clap::ArgGroup::new("destination").required(true).args(["to", "to_occupation", "to_competence"]))]
pub struct RequestArgs {
    /// Start with this offer (its hours count)
    #[arg(long, value_name = "OFFER")]
    pub from: Option<String>,
    /// Start from the competences held: any offer they give access to
    #[arg(long, value_name = "C1,C2", value_delimiter = ',')]
    pub holding: Vec<String>,
    /// End with this offer
    #[arg(long, value_name = "OFFER")]
    pub to: Option<String>,
    /// End with any offer that prepares this occupation
    #[arg(long, value_name = "OCCUPATION")]
    pub to_occupation: Option<String>,
    /// End with any offer that grants this competence
    #[arg(long, value_name = "COMPETENCE")]
    pub to_competence: Option<String>,
    /// The day the first step is ready, YYYY-MM-DD (default: today)
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    #[command(flatten)]
    pub constraints: ConstraintArgs,
}

#[allow(clippy::doc_markdown)] // clap prints these comments as help, not Markdown
#[derive(Debug, Args)]
pub struct ConstraintArgs {
    /// Leave out this body's offers (repeatable)
    #[arg(long, value_name = "BODY")]
    pub avoid_provider: Vec<String>,
    /// Keep only these bodies' offers (repeatable)
    #[arg(long, value_name = "BODY")]
    pub only_provider: Vec<String>,
    /// Keep only offers taught this way: onsite, distance, hybrid, work_based (repeatable)
    #[arg(long, value_name = "MODALITY")]
    pub modality: Vec<String>,
    /// Keep only offers open to this audience, such as job_seekers (offers that list none stay)
    #[arg(long, value_name = "AUDIENCE")]
    pub audience: Vec<String>,
    /// Keep only offers in this country, such as FR or BE (repeatable)
    #[arg(long, value_name = "CC")]
    pub country: Vec<String>,
    /// Keep only offers taught in this language, such as fr or nl (offers that list none stay; repeatable)
    #[arg(long, value_name = "LANG")]
    pub language: Vec<String>,
    /// Leave out offers above this EQF level
    #[arg(long, value_name = "N")]
    pub max_level: Option<u8>,
}

/// Says on stderr what is wrong with a request (a sentence from this
/// module); the exit code for a bad request.
pub fn refuse(message: &str) -> ExitCode {
    eprintln!("parcours: {}", escape(message));
    ExitCode::from(2)
}

/// The index of an id, or a sentence saying it is unknown (with the nearest
/// id when there is one).
fn resolve<I>(
    noun: &str,
    id: &str,
    find: impl Fn(&str) -> Option<I>,
    all: impl Iterator<Item = String>,
) -> Result<I, String> {
    find(id).ok_or_else(|| {
        let ids: Vec<String> = all.collect();
        let hint = closest(id, ids.iter().map(String::as_str))
            .map(|near| format!("; did you mean \"{near}\"?"))
            .unwrap_or_default();
        format!("unknown {noun} \"{id}\"{hint}")
    })
}

/// An offer by id, or a sentence saying it is unknown.
pub fn offer(cat: &Catalogue, id: &str) -> Result<OfferIx, String> {
    resolve(
        "offer",
        id,
        |i| cat.lookup.offer(i),
        cat.offers.iter().map(|o| o.id.clone()),
    )
}

/// A competence by id, or a sentence saying it is unknown.
pub fn competence(cat: &Catalogue, id: &str) -> Result<CompetenceIx, String> {
    resolve(
        "competence",
        id,
        |i| cat.lookup.competence(i),
        cat.competences.iter().map(|c| c.id.clone()),
    )
}

/// Where a person stands: `--from` an offer, else the competences `--holding`.
pub fn start(cat: &Catalogue, from: Option<&str>, holding: &[String]) -> Result<Start, String> {
    match from {
        Some(id) => Ok(Start::From(offer(cat, id)?)),
        None => Ok(Start::Holding(
            holding
                .iter()
                .map(|id| competence(cat, id))
                .collect::<Result<_, _>>()?,
        )),
    }
}

/// Reads start, target and constraints into a request; a sentence naming
/// the bad id or value otherwise.
pub fn build_request(
    cat: &Catalogue,
    args: &RequestArgs,
    criterion: Criterion,
    k: usize,
) -> Result<Request, String> {
    let l = &cat.lookup;
    let start = start(cat, args.from.as_deref(), &args.holding)?;
    let target = if let Some(id) = &args.to {
        Target::Offer(offer(cat, id)?)
    } else if let Some(id) = &args.to_occupation {
        Target::Occupation(resolve(
            "occupation",
            id,
            |i| l.occupation(i),
            cat.occupations.iter().map(|o| o.id.clone()),
        )?)
    } else if let Some(id) = &args.to_competence {
        Target::Competence(competence(cat, id)?)
    } else {
        return Err("say where to go: --to, --to-occupation or --to-competence".to_owned());
    };
    let start_date = match &args.start {
        Some(text) => Date::parse(text).map_err(|e| format!("bad --start \"{text}\": {e}"))?,
        None => Date::today(),
    };
    Ok(Request {
        start,
        target,
        criterion,
        k,
        start_date,
        constraints: build_constraints(cat, &args.constraints)?,
    })
}

/// Reads the constraint options; a sentence naming a bad value otherwise.
pub fn build_constraints(cat: &Catalogue, c: &ConstraintArgs) -> Result<Constraints, String> {
    let l = &cat.lookup;
    let providers = |ids: &[String]| -> Result<Vec<ProviderIx>, String> {
        ids.iter()
            .map(|id| {
                resolve(
                    "body",
                    id,
                    |i| l.provider(i),
                    cat.providers.iter().map(|p| p.id.clone()),
                )
            })
            .collect()
    };
    let modalities = c
        .modality
        .iter()
        .map(|m| m.parse::<Modality>())
        .collect::<Result<_, _>>()?;
    Ok(Constraints {
        avoid_providers: providers(&c.avoid_provider)?,
        only_providers: providers(&c.only_provider)?,
        modalities,
        audiences: c.audience.clone(),
        countries: c.country.clone(),
        languages: c.language.clone(),
        max_level: c.max_level,
    })
}
