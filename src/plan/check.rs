//! What makes a plan well formed, and how its name becomes a file name.

use super::{FORMAT, NAME_MAX, Plan};
use crate::model::{Date, Modality};
use crate::route::Criterion;
use crate::search::fold;
use crate::text::is_unsafe;

/// Whether a name can name a plan; a sentence saying why not otherwise.
pub fn name(name: &str) -> Result<(), String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err("a plan needs a name".to_owned());
    }
    let length = trimmed.chars().count();
    if length > NAME_MAX {
        return Err(format!(
            "a plan's name has at most {NAME_MAX} characters; this one has {length}"
        ));
    }
    if trimmed.chars().any(is_unsafe) {
        return Err(
            "a plan's name is one line of text, without tabs or control characters".to_owned(),
        );
    }
    Ok(())
}

/// Whether a plan read from a file is whole; a sentence naming the first
/// bad field otherwise.
pub fn plan(plan: &Plan) -> Result<(), String> {
    if plan.format != FORMAT {
        return Err(format!("\"format\" must be \"{FORMAT}\""));
    }
    name(&plan.name).map_err(|e| format!("\"name\": {e}"))?;
    let r = &plan.request;
    for (field, text) in [("saved", &plan.saved), ("start_date", &r.start_date)] {
        Date::parse(text).map_err(|e| format!("\"{field}\" \"{text}\": {e}"))?;
    }
    if let Some(finish) = &plan.totals.finish {
        Date::parse(finish).map_err(|e| format!("\"finish\" \"{finish}\": {e}"))?;
    }
    r.criterion
        .parse::<Criterion>()
        .map_err(|e| format!("\"criterion\": {e}"))?;
    if r.k == 0 {
        return Err("\"k\" asks for at least 1 route".to_owned());
    }
    for m in &r.constraints.modalities {
        m.parse::<Modality>()
            .map_err(|e| format!("\"modalities\": {e}"))?;
    }
    if plan.route.is_empty() {
        return Err("\"route\" holds no offer".to_owned());
    }
    Ok(())
}

/// What two names must differ in to name two plans: case, accents and runs
/// of blanks do not count, so "Plan Élise" and "plan  elise" are one plan.
pub fn key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest slug, in bytes (ASCII), before ".json".
const SLUG_MAX: usize = 60;

/// A file stem for a name: lowercase ASCII letters, digits and dashes
/// ("Plan Élise – soudure" → "plan-elise-soudure"); "plan" when nothing is left.
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.truncate(SLUG_MAX);
    let slug = slug.trim_matches('-');
    if slug.is_empty() {
        "plan".to_owned()
    } else {
        slug.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_stems() {
        assert_eq!(slug("Plan Élise – soudure"), "plan-elise-soudure");
        assert_eq!(slug("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(slug("???"), "plan");
        assert_eq!(slug(&"a".repeat(80)).len(), SLUG_MAX);
        assert_eq!(slug("Œuvre 2"), "oeuvre-2");
    }

    #[test]
    fn keys_ignore_case_accents_and_blanks() {
        assert_eq!(key("Plan  Élise"), key("plan elise "));
        assert_ne!(key("Plan A"), key("Plan B"));
    }

    #[test]
    fn names_are_one_line_of_at_most_80_characters() {
        assert!(name("Marie – soudure").is_ok());
        assert!(name(&"é".repeat(80)).is_ok());
        assert!(name(&"é".repeat(81)).unwrap_err().contains("81"));
        assert!(name("   ").is_err());
        assert!(name("a\nb").is_err());
        assert!(name("a\u{1b}[2Jb").is_err());
    }
}
