//! Editing a catalogue in memory: every kind of item created, changed and
//! deleted, each edit checked by the loader's rules, deletes that say what
//! refers to the item, and undo and redo.

#![allow(clippy::float_cmp)] // hours are whole numbers, exact in an f64

mod edit_common;

use edit_common::{load_dir, offer, open, sample_dir};
use parcours::edit::{
    Action, Address, CentreOf, Document, Edit, Effect, ItemKind, OpenError, Record, Refusal, Slot,
    Target, same_content,
};
use parcours::load::Source;
use parcours::model::LinkKind;
use parcours::model::file::{
    AgreementRecord, CentreRecord, CompetenceRecord, LinkRecord, OccupationRecord, ProviderRecord,
};

#[test]
fn the_sample_built_in_is_not_editable_and_says_how_to_get_files() {
    let e = Document::open(&Source::Sample).unwrap_err();
    assert!(matches!(e, OpenError::Sample));
    assert!(e.to_string().contains("parcours init"), "{e}");
}

#[test]
fn a_catalogue_with_errors_does_not_open_and_gives_the_loaders_diagnostics() {
    let dir = sample_dir();
    let path = dir.path().join("links.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("\"kind\": \"progression\"", "\"kind\": \"jump\"", 1),
    )
    .unwrap();
    let Err(OpenError::Invalid { diagnostics, .. }) =
        Document::open(&Source::Path(dir.path().into()))
    else {
        panic!("opened a catalogue with an error")
    };
    assert_eq!(diagnostics.errors.len(), 1, "{diagnostics:#?}");
    assert!(diagnostics.errors[0].file.ends_with("links.json"));
    assert!(diagnostics.errors[0].line.is_some());
}

#[test]
fn the_opened_catalogue_is_the_one_loading_gives() {
    let dir = sample_dir();
    let doc = open(dir.path());
    assert_eq!(*doc.catalogue(), load_dir(dir.path()));
    assert!(!doc.is_dirty());
    assert_eq!(doc.files().count(), 15);
}

#[test]
fn a_change_shows_in_the_catalogue_and_marks_only_its_file() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (at, mut o) = offer(&doc, "afpa-arras-cariste");
    o.hours = 400.0;
    o.title = "Cariste d'entrepôt (nouveau)".to_owned();
    let applied = doc
        .apply(Edit::Change {
            at,
            record: Record::Offer(o.clone()),
        })
        .unwrap();
    assert!(applied.recorded);
    assert_eq!(applied.summary.action, Action::Change);
    assert_eq!(applied.at, Some(at));
    let cat = doc.catalogue();
    let ix = cat.lookup.offer("afpa-arras-cariste").unwrap();
    assert_eq!(cat.offer(ix).hours, 400.0);
    assert_eq!(cat.offer(ix).title, o.title);
    let dirty: Vec<&str> = doc.files().filter(|f| f.dirty).map(|f| f.name).collect();
    assert_eq!(dirty.len(), 1);
    assert!(dirty[0].ends_with("afpa.json"));
    assert_eq!(doc.record(at), Some(Record::Offer(o)));
}

#[test]
fn an_edit_the_loader_refuses_is_not_made_and_names_the_field() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let before = doc.catalogue().clone();
    let (at, o) = offer(&doc, "afpa-arras-cariste");

    let mut bad = o.clone();
    bad.hours = 0.0;
    let Err(Refusal::Invalid(problems)) = doc.apply(Edit::Change {
        at,
        record: Record::Offer(bad),
    }) else {
        panic!("an offer of 0 hours was accepted")
    };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].at, Some(at));
    assert_eq!(problems[0].field.as_deref(), Some("hours"));
    assert!(
        problems[0].diagnostic.message.contains("hours"),
        "{:?}",
        problems[0]
    );

    let mut bad = o.clone();
    bad.sessions[1].end = "2027-01-01".to_owned();
    let Err(Refusal::Invalid(problems)) = doc.apply(Edit::Change {
        at,
        record: Record::Offer(bad),
    }) else {
        panic!("a session ending before it starts was accepted")
    };
    assert_eq!(
        problems[0].field.as_deref(),
        Some("sessions[1].end"),
        "{problems:#?}"
    );

    let mut bad = o.clone();
    bad.grants.push("c-nothing-like-it".to_owned());
    let Err(refusal) = doc.apply(Edit::Change {
        at,
        record: Record::Offer(bad),
    }) else {
        panic!("an unknown competence was accepted")
    };
    assert!(refusal.to_string().starts_with("grants[2]: "), "{refusal}");
    assert!(
        refusal.to_string().contains("c-nothing-like-it"),
        "{refusal}"
    );

    assert_eq!(*doc.catalogue(), before);
    assert!(!doc.is_dirty());
    assert_eq!(doc.undo_summary(), None);
    assert_eq!(doc.record(at), Some(Record::Offer(o)));
}

#[test]
fn checking_an_edit_changes_nothing() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let before = doc.catalogue().clone();
    let (at, mut o) = offer(&doc, "afpa-arras-cariste");
    o.level = Some(4);
    doc.check(Edit::Change {
        at,
        record: Record::Offer(o.clone()),
    })
    .unwrap();
    o.level = Some(9);
    let Err(Refusal::Invalid(problems)) = doc.check(Edit::Change {
        at,
        record: Record::Offer(o),
    }) else {
        panic!("level 9 passed")
    };
    assert_eq!(problems[0].field.as_deref(), Some("level"));
    assert_eq!(*doc.catalogue(), before);
    assert!(!doc.is_dirty());
    assert_eq!(doc.undo_summary(), None);
}

#[test]
fn new_items_go_to_their_bodys_file_or_the_file_of_their_kind() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (from, o) = offer(&doc, "afpa-arras-cariste");
    let mut new = o.clone();
    new.id = "afpa-arras-cariste-2".to_owned();
    let applied = doc
        .apply(Edit::Create {
            record: Record::Offer(new),
            into: Target::Home,
        })
        .unwrap();
    let at = applied.at.unwrap();
    assert_eq!(at.file, from.file, "an offer goes into its provider's file");
    assert_eq!(Some(at), doc.find(ItemKind::Offer, "afpa-arras-cariste-2"));
    let next = Address {
        slot: Slot::Offer(at.slot.index() + 1),
        ..at
    };
    assert_eq!(doc.record(next), None, "at the end of the offers");

    let link = LinkRecord {
        from: "afpa-arras-cariste".to_owned(),
        to: "afpa-arras-cariste-2".to_owned(),
        kind: LinkKind::Progression,
        agreement: None,
        credit_hours: Some(35.0),
        note: Some("suite".to_owned()),
    };
    let applied = doc
        .apply(Edit::Create {
            record: Record::Link(link),
            into: Target::Home,
        })
        .unwrap();
    let links_file = doc.info(applied.at.unwrap().file).name.to_owned();
    assert!(links_file.ends_with("links.json"), "{links_file}");
}

#[test]
fn new_referential_items_and_centres_go_where_their_kind_is() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (from, _) = offer(&doc, "afpa-arras-cariste");
    let competence = CompetenceRecord {
        id: "c-nouvelle".to_owned(),
        label: "Une compétence nouvelle".to_owned(),
        esco: None,
        description: None,
    };
    let applied = doc
        .apply(Edit::Create {
            record: Record::Competence(competence),
            into: Target::Home,
        })
        .unwrap();
    assert!(
        doc.info(applied.at.unwrap().file)
            .name
            .ends_with("referentiel.json")
    );

    let occupation = OccupationRecord {
        id: "o-nouveau".to_owned(),
        label: "Un métier".to_owned(),
        rome: Some("N1103".to_owned()),
        esco: None,
    };
    doc.apply(Edit::Create {
        record: Record::Occupation(occupation),
        into: Target::Home,
    })
    .unwrap();

    let agreement = AgreementRecord {
        id: "afpa-vdab".to_owned(),
        title: "Convention Afpa – VDAB".to_owned(),
        parties: vec!["afpa".to_owned(), "vdab".to_owned()],
        signed: Some("2026-01-05".to_owned()),
        until: None,
        programme: None,
        url: None,
        note: None,
    };
    let applied = doc
        .apply(Edit::Create {
            record: Record::Agreement(agreement),
            into: Target::Home,
        })
        .unwrap();
    assert!(
        doc.info(applied.at.unwrap().file)
            .name
            .ends_with("agreements.json")
    );

    let centre = CentreOf {
        provider: "afpa".to_owned(),
        centre: CentreRecord {
            id: "afpa-nancy".to_owned(),
            name: "Afpa Nancy".to_owned(),
            city: "Nancy".to_owned(),
            region: None,
            country: None,
            lat: 48.69,
            lon: 6.18,
        },
    };
    let applied = doc
        .apply(Edit::Create {
            record: Record::Centre(centre),
            into: Target::Home,
        })
        .unwrap();
    assert_eq!(
        applied.at.unwrap().file,
        from.file,
        "a centre goes inside its provider"
    );
    let cat = doc.catalogue();
    let nancy = cat.lookup.centre("afpa-nancy").unwrap();
    assert_eq!(cat.provider(cat.centre(nancy).provider).id, "afpa");
    assert!(cat.lookup.agreement("afpa-vdab").is_some());
    assert!(cat.lookup.occupation("o-nouveau").is_some());
    assert_eq!(doc.files().filter(|f| f.dirty).count(), 3);
}

fn provider(id: &str) -> ProviderRecord {
    ProviderRecord {
        id: id.to_owned(),
        name: "Organisme nouveau".to_owned(),
        country: "BE".to_owned(),
        kind: None,
        region: None,
        url: None,
        centres: Vec::new(),
    }
}

#[test]
fn a_new_body_asks_for_a_file_and_a_new_file_must_be_one_the_catalogue_reads() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let refusal = doc
        .apply(Edit::Create {
            record: Record::Provider(provider("neuf")),
            into: Target::Home,
        })
        .unwrap_err();
    assert!(matches!(refusal, Refusal::File(_)), "{refusal}");
    for bad in [
        "../dehors.json",
        ".cache/x.json",
        "neuf.txt",
        "afpa.json.bak",
    ] {
        let into = Target::NewFile(bad.into());
        let refusal = doc
            .apply(Edit::Create {
                record: Record::Provider(provider("neuf")),
                into,
            })
            .unwrap_err();
        assert!(matches!(refusal, Refusal::File(_)), "{bad}: {refusal}");
    }
    std::fs::write(dir.path().join("notes.json.orig"), "x").unwrap();
    let into = Target::NewFile(dir.path().join("bodies/neuf.json"));
    let applied = doc
        .apply(Edit::Create {
            record: Record::Provider(provider("neuf")),
            into,
        })
        .unwrap();
    let new_file = applied.at.unwrap().file;
    let file = doc.info(new_file);
    assert!(file.dirty && !file.on_disk && file.path.ends_with("bodies/neuf.json"));
    // Files are in the order a directory is read: bodies/ after agreements.json.
    let names: Vec<String> = doc
        .catalogue()
        .files
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let mut sorted = doc
        .catalogue()
        .files
        .iter()
        .map(|f| f.path.clone().unwrap())
        .collect::<Vec<_>>();
    sorted.sort();
    assert_eq!(
        names,
        sorted
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
    );
    doc.undo().unwrap();
    assert!(
        !doc.info(new_file).dirty,
        "a new file emptied again has nothing to save"
    );
    assert_eq!(doc.catalogue().files.len(), 15);
}

#[test]
fn deleting_an_item_others_refer_to_lists_them_and_cascades_only_when_asked() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let original = doc.catalogue().clone();
    let (at, _) = offer(&doc, "afpa-arras-cariste");
    let referrers = doc.referrers(at);
    assert_eq!(referrers.len(), 2, "{referrers:#?}");
    assert!(
        referrers
            .iter()
            .all(|r| r.kind == ItemKind::Link && matches!(r.effect, Effect::Deleted { .. }))
    );
    let Err(Refusal::Referenced(listed)) = doc.apply(Edit::Delete { at, cascade: false }) else {
        panic!("deleted an offer links refer to")
    };
    assert_eq!(listed, referrers);
    assert_eq!(*doc.catalogue(), original);

    let applied = doc.apply(Edit::Delete { at, cascade: true }).unwrap();
    assert_eq!(applied.summary.others, 2);
    let cat = doc.catalogue();
    assert!(cat.lookup.offer("afpa-arras-cariste").is_none());
    assert_eq!(cat.links.len(), original.links.len() - 2);
    doc.undo().unwrap();
    assert_eq!(*doc.catalogue(), original);
    assert!(!doc.is_dirty());
}

#[test]
fn deleting_a_competence_takes_it_out_of_the_offers() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let original = doc.catalogue().clone();
    let at = doc.find(ItemKind::Competence, "c-gestion-stock").unwrap();
    let users = original
        .offers
        .iter()
        .filter(|o| {
            o.requires
                .iter()
                .chain(&o.grants)
                .any(|c| original.competence(*c).id == "c-gestion-stock")
        })
        .count();
    let referrers = doc.referrers(at);
    assert_eq!(referrers.len(), users);
    assert!(referrers.iter().all(|r| matches!(&r.effect, Effect::Changed { fields } if fields.iter().all(|(_, ids)| ids == &["c-gestion-stock"]))));
    doc.apply(Edit::Delete { at, cascade: true }).unwrap();
    assert!(
        doc.catalogue()
            .lookup
            .competence("c-gestion-stock")
            .is_none()
    );
    doc.undo().unwrap();
    assert_eq!(*doc.catalogue(), original);
}

#[test]
fn deleting_a_provider_takes_its_offers_their_links_and_its_agreements_place() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let original = doc.catalogue().clone();
    let at = doc.find(ItemKind::Provider, "afpa").unwrap();
    let applied = doc.apply(Edit::Delete { at, cascade: true }).unwrap();
    let cat = doc.catalogue();
    assert!(cat.lookup.provider("afpa").is_none());
    assert!(cat.lookup.centre("afpa-metz").is_none());
    assert!(cat.offers.iter().all(|o| !o.id.starts_with("afpa-")));
    let gone_offers = original.offers.len() - cat.offers.len();
    assert!(gone_offers > 5);
    assert!(
        applied.summary.others > gone_offers,
        "links and agreements too"
    );
    for a in &cat.agreements {
        assert!(a.parties.len() >= 2);
    }
    doc.undo().unwrap();
    assert_eq!(*doc.catalogue(), original);
    doc.redo().unwrap();
    assert!(doc.catalogue().lookup.provider("afpa").is_none());
}

#[test]
fn a_centre_moves_to_another_provider_of_its_record() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    // A centre no offer uses, so that the move is valid.
    let unused = "afpa-nancy";
    let centre = CentreRecord {
        id: unused.to_owned(),
        name: "Afpa Nancy".to_owned(),
        city: "Nancy".to_owned(),
        region: None,
        country: None,
        lat: 48.69,
        lon: 6.18,
    };
    let record = Record::Centre(CentreOf {
        provider: "afpa".to_owned(),
        centre,
    });
    doc.apply(Edit::Create {
        record,
        into: Target::Home,
    })
    .unwrap();
    let at = doc.find(ItemKind::Centre, unused).unwrap();
    let Some(Record::Centre(mut c)) = doc.record(at) else {
        panic!()
    };
    let to = if c.provider == "vdab" {
        "forem"
    } else {
        "vdab"
    };
    c.provider = to.to_owned();
    let applied = doc
        .apply(Edit::Change {
            at,
            record: Record::Centre(c.clone()),
        })
        .unwrap();
    let now = applied.at.unwrap();
    assert_eq!(Some(now), doc.find(ItemKind::Centre, unused));
    assert_ne!(now.file, at.file, "into VDAB's file");
    assert_eq!(doc.record(now), Some(Record::Centre(c)));
    let cat = doc.catalogue();
    let ix = cat.lookup.centre(unused).unwrap();
    assert_eq!(cat.provider(cat.centre(ix).provider).id, to);
}

#[test]
fn a_link_of_the_catalogue_is_found_at_its_place_in_its_file() {
    let dir = sample_dir();
    let doc = open(dir.path());
    let cat = doc.catalogue();
    for ix in [0, 7, cat.links.len() - 1] {
        let at = doc.link_address(ix).unwrap();
        let Some(Record::Link(l)) = doc.record(at) else {
            panic!()
        };
        assert_eq!(l.from, cat.offer(cat.links[ix].from).id);
        assert_eq!(l.to, cat.offer(cat.links[ix].to).id);
    }
}

#[test]
fn undo_goes_back_at_least_a_hundred_steps_and_redo_forward_again() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let original = doc.catalogue().clone();
    let (at, o) = offer(&doc, "afpa-arras-cariste");
    for n in 1..=150 {
        let mut changed = o.clone();
        changed.hours = f64::from(100 + n);
        doc.apply(Edit::Change {
            at,
            record: Record::Offer(changed),
        })
        .unwrap();
    }
    let last = doc.catalogue().clone();
    for _ in 0..150 {
        assert!(doc.undo().unwrap().is_some());
    }
    assert_eq!(doc.undo().unwrap(), None);
    assert_eq!(*doc.catalogue(), original);
    assert!(!doc.is_dirty(), "back where it was read");
    for _ in 0..150 {
        assert!(doc.redo().unwrap().is_some());
    }
    assert_eq!(doc.redo().unwrap(), None);
    assert_eq!(*doc.catalogue(), last);
    assert!(doc.is_dirty());
}

#[test]
fn a_new_edit_forgets_redo_and_the_oldest_steps_go_past_the_limit() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    doc.set_undo_limit(10);
    let (at, o) = offer(&doc, "afpa-arras-cariste");
    for n in 1..=15 {
        let mut changed = o.clone();
        changed.hours = f64::from(100 + n);
        doc.apply(Edit::Change {
            at,
            record: Record::Offer(changed),
        })
        .unwrap();
    }
    let mut undone = 0;
    while doc.undo().unwrap().is_some() {
        undone += 1;
    }
    assert_eq!(undone, 10);
    let (_, now) = offer(&doc, "afpa-arras-cariste");
    assert_eq!(now.hours, 105.0, "the 5 oldest steps stay made");
    assert!(doc.is_dirty());
    let mut changed = o.clone();
    changed.hours = 99.0;
    doc.apply(Edit::Change {
        at,
        record: Record::Offer(changed),
    })
    .unwrap();
    assert_eq!(doc.redo().unwrap(), None);
}

#[test]
fn an_edit_that_changes_nothing_is_not_a_step() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (at, o) = offer(&doc, "afpa-arras-cariste");
    let applied = doc
        .apply(Edit::Change {
            at,
            record: Record::Offer(o),
        })
        .unwrap();
    assert!(!applied.recorded);
    assert!(!doc.is_dirty());
    assert_eq!(doc.undo_summary(), None);
    let wrong = doc.apply(Edit::Change {
        at,
        record: Record::Provider(provider("x")),
    });
    assert!(matches!(wrong, Err(Refusal::WrongKind { .. })));
}

#[test]
fn two_edits_and_an_undo_round_trip_through_save_and_load_exactly() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (at, o) = offer(&doc, "afpa-arras-cariste");
    let mut first = o.clone();
    first.title = "Cariste (titre revu)".to_owned();
    doc.apply(Edit::Change {
        at,
        record: Record::Offer(first.clone()),
    })
    .unwrap();
    let link_at = doc.link_address(3).unwrap();
    let Some(Record::Link(mut link)) = doc.record(link_at) else {
        panic!()
    };
    link.note = Some("note changée".to_owned());
    doc.apply(Edit::Change {
        at: link_at,
        record: Record::Link(link),
    })
    .unwrap();
    doc.undo().unwrap();
    let saved = doc.save().unwrap();
    assert_eq!(
        saved.len(),
        1,
        "the link's file is back as it was: not written"
    );
    assert!(!doc.is_dirty());

    let reread = open(dir.path());
    assert!(same_content(reread.catalogue(), doc.catalogue()));
    assert_eq!(reread.record(at), Some(Record::Offer(first)));
    assert_eq!(
        reread.catalogue(),
        doc.catalogue(),
        "places too: the file is as it was checked"
    );
}

#[test]
fn a_new_id_for_an_offer_links_refer_to_is_refused_at_the_links() {
    let dir = sample_dir();
    let mut doc = open(dir.path());
    let (at, mut o) = offer(&doc, "afpa-arras-cariste");
    o.id = "afpa-arras-cariste-renamed".to_owned();
    let Err(Refusal::Invalid(problems)) = doc.apply(Edit::Change {
        at,
        record: Record::Offer(o),
    }) else {
        panic!("the links were left pointing at nothing")
    };
    assert_eq!(problems.len(), 2, "{problems:#?}");
    for p in &problems {
        let at = p.at.expect("placed");
        assert!(matches!(at.slot, Slot::Link(_)));
        assert!(doc.info(at.file).name.ends_with("links.json"));
        assert!(matches!(p.field.as_deref(), Some("from" | "to")), "{p:?}");
        assert!(p.diagnostic.message.contains("afpa-arras-cariste"), "{p:?}");
    }
}
