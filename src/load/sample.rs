//! The sample catalogue in `data/`, built into the binary so that parcours
//! works from any directory. It is illustrative: real bodies and
//! partnerships, invented offers, sessions and links.

/// The sample's files as (name, content), in sorted path order.
pub const FILES: &[(&str, &str)] = &[
    ("afpa.json", include_str!("../../data/afpa.json")),
    (
        "agreements.json",
        include_str!("../../data/agreements.json"),
    ),
    (
        "bruxelles-formation.json",
        include_str!("../../data/bruxelles-formation.json"),
    ),
    (
        "cnam-grand-est.json",
        include_str!("../../data/cnam-grand-est.json"),
    ),
    (
        "cnam-hauts-de-france.json",
        include_str!("../../data/cnam-hauts-de-france.json"),
    ),
    ("cvdc.json", include_str!("../../data/cvdc.json")),
    ("forem.json", include_str!("../../data/forem.json")),
    ("ifapme.json", include_str!("../../data/ifapme.json")),
    ("isq.json", include_str!("../../data/isq.json")),
    ("links.json", include_str!("../../data/links.json")),
    (
        "promotion-sociale.json",
        include_str!("../../data/promotion-sociale.json"),
    ),
    (
        "referentiel.json",
        include_str!("../../data/referentiel.json"),
    ),
    (
        "technifutur.json",
        include_str!("../../data/technifutur.json"),
    ),
    (
        "technocampus.json",
        include_str!("../../data/technocampus.json"),
    ),
    ("vdab.json", include_str!("../../data/vdab.json")),
];

#[cfg(test)]
mod tests {
    #[test]
    fn embeds_every_file_of_data_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = super::FILES.iter().map(|(n, _)| *n).collect();
        assert_eq!(embedded, on_disk);
    }
}
