//! `parcours export --format dot` as a process: the whole graph, a
//! neighbourhood and routes, checked for their structure here, and given
//! to Graphviz (`dot -Tsvg`) where it is installed (`.ci/run` installs it).

use std::collections::BTreeSet;
use std::io::Write as _;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use parcours::graph::PathwayGraph;
use parcours::load::{Source, load};
use predicates::prelude::*;

fn parcours(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parcours").unwrap();
    cmd.env_remove("PARCOURS_DATA")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"));
    cmd
}

/// `parcours export --format dot ARGS…`: its standard output and exit code.
fn export(args: &[&str]) -> (String, i32) {
    let home = tempfile::tempdir().unwrap();
    let output = parcours(home.path())
        .args(["export", "--format", "dot"])
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap(),
    )
}

/// What a DOT text holds, read as its statements: the nodes declared and
/// the edges, by their quoted ids (unescaped).
#[derive(Debug, Default)]
struct Dot {
    nodes: BTreeSet<String>,
    edges: Vec<(String, String, String)>,
    clusters: usize,
}

/// The quoted strings of a line, unescaped, and the line with each string
/// replaced by `""`; panics on a string left open or a bad escape.
fn strings(line: &str) -> (Vec<String>, String) {
    let mut found = Vec::new();
    let mut rest = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            rest.push(c);
            continue;
        }
        let mut s = String::new();
        loop {
            match chars.next() {
                Some('"') => break,
                Some('\\') => match chars.next() {
                    Some(e @ ('"' | '\\')) => s.push(e),
                    Some('n') => s.push('\n'),
                    other => panic!("a bad escape {other:?} in {line}"),
                },
                Some(c) => {
                    assert!(!c.is_control(), "a control character in {line}");
                    s.push(c);
                }
                None => panic!("a string left open in {line}"),
            }
        }
        found.push(s);
        rest.push_str("\"\"");
    }
    (found, rest)
}

/// Reads a DOT text as `parcours` writes it: one statement a line, braces
/// balanced, every edge between declared nodes.
fn read(text: &str) -> Dot {
    assert!(text.starts_with("digraph parcours {\n"), "{text}");
    assert!(text.ends_with("}\n"));
    let mut dot = Dot::default();
    let mut depth = 0i32;
    for line in text.lines() {
        let (quoted, bare) = strings(line);
        depth += i32::try_from(bare.matches('{').count()).unwrap();
        depth -= i32::try_from(bare.matches('}').count()).unwrap();
        assert!(depth >= 0, "{line}");
        assert_eq!(
            bare.matches('[').count(),
            bare.matches(']').count(),
            "{line}"
        );
        let bare = bare.trim();
        if bare.starts_with("subgraph \"\" {") {
            if quoted[0].starts_with("cluster_") && quoted[0] != "cluster_legend" {
                dot.clusters += 1;
            }
        } else if bare.starts_with("\"\" -> \"\" [") {
            if !quoted[0].starts_with("Legend") {
                // The string after `label=`, if any.
                let before: Vec<&str> = bare.split("\"\"").collect();
                let label = (0..quoted.len())
                    .find(|&i| before[i].ends_with("label="))
                    .map(|i| quoted[i].clone())
                    .unwrap_or_default();
                dot.edges
                    .push((quoted[0].clone(), quoted[1].clone(), label));
            }
        } else if bare.starts_with("\"\" [label=") {
            assert!(dot.nodes.insert(quoted[0].clone()), "{} twice", quoted[0]);
        }
    }
    assert_eq!(depth, 0);
    for (from, to, _) in &dot.edges {
        assert!(
            dot.nodes.contains(from) && dot.nodes.contains(to),
            "{from} -> {to}"
        );
    }
    dot
}

/// Graphviz's verdict on a DOT text, where it is installed: it must draw
/// it without a word on stderr (a warning is a defect too).
fn graphviz_accepts(text: &str) {
    let Ok(mut child) = Process::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        eprintln!("Graphviz's dot is not installed: the DOT text is checked here only");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.is_empty(), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("<svg"));
}

#[test]
fn the_whole_graph_has_every_offer_and_every_joined_pair() {
    let (text, code) = export(&[]);
    assert_eq!(code, 0);
    let dot = read(&text);
    let cat = load(&Source::Sample).catalogue.unwrap();
    let graph = PathwayGraph::new(&cat);
    assert_eq!(dot.nodes.len(), cat.offers.len());
    // Every pair the graph joins, an equivalence both ways once.
    let pairs: BTreeSet<(String, String)> = dot
        .edges
        .iter()
        .flat_map(|(a, b, _)| [(a.clone(), b.clone()), (b.clone(), a.clone())])
        .collect();
    let mut joined = 0;
    for (i, offer) in cat.offers.iter().enumerate() {
        for (to, _) in graph.out_edges(parcours::model::OfferIx::new(i)) {
            joined += 1;
            assert!(pairs.contains(&(offer.id.clone(), cat.offer(to).id.clone())));
        }
    }
    assert!(dot.edges.len() < joined && dot.edges.len() * 2 > joined);
    assert_eq!(dot.clusters, cat.providers.len());
    assert!(text.contains("style=dotted") && text.contains("dir=both"));
    assert!(text.contains("⚠"), "the sample has seams");
    graphviz_accepts(&text);
}

#[test]
fn a_neighbourhood_has_its_centre_marked() {
    let (text, code) = export(&["--around", "afpa-metz-tle", "--depth", "1"]);
    assert_eq!(code, 0);
    let dot = read(&text);
    assert!(dot.nodes.contains("afpa-metz-tle"));
    assert!(dot.nodes.contains("afpa-roubaix-tsmel"), "it leads there");
    assert!(
        dot.nodes.contains("afpa-arras-cariste"),
        "it comes from there"
    );
    assert!(dot.nodes.len() < 20);
    assert!(text.contains("fillcolor=\"#fff3c4\""));
    assert!(text.contains("Around “Titre professionnel Technicien en logistique"));
    let deeper = read(&export(&["--around", "afpa-metz-tle", "--depth", "3"]).0);
    assert!(deeper.nodes.is_superset(&dot.nodes) && deeper.nodes.len() > dot.nodes.len());
    graphviz_accepts(&text);
}

#[test]
fn routes_number_their_steps_in_the_language_asked() {
    let args = [
        "--from",
        "forem-liege-cariste",
        "--to-occupation",
        "o-responsable-logistique",
        "--start",
        "2026-11-22",
        "-k",
        "2",
    ];
    let (text, code) = export(&args);
    assert_eq!(code, 0);
    let dot = read(&text);
    assert!(dot.nodes.contains("forem-liege-cariste"));
    let labels: Vec<&str> = dot.edges.iter().map(|(_, _, l)| l.as_str()).collect();
    assert!(
        labels.iter().any(|l| l.contains("pathway 1, step 2")),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l.contains("pathway 2, step 2")),
        "{labels:?}"
    );
    graphviz_accepts(&text);
    let (fr, _) = export(&[&["--lang", "fr"], &args[..]].concat());
    assert!(fr.contains("parcours 1, étape 2"));
    graphviz_accepts(&fr);
}

#[test]
fn out_writes_a_file_and_nothing_on_the_standard_output() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("pictures/around.dot");
    parcours(home.path())
        .args([
            "export",
            "--format",
            "dot",
            "--around",
            "afpa-metz-tle",
            "--out",
        ])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&file).unwrap();
    read(&text);
}

#[test]
fn bad_requests_say_what_is_wrong() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        parcours(home.path())
            .args(["export", "--format", "dot"])
            .args(args)
            .assert()
    };
    run(&["--around", "afpa-metz-tl"])
        .code(2)
        .stderr(predicate::str::contains(
            "unknown offer \"afpa-metz-tl\"; did you mean \"afpa-metz-tle\"?",
        ));
    run(&["--from", "forem-liege-cariste"])
        .code(2)
        .stderr(predicate::str::contains("--to"));
    run(&["--around", "afpa-metz-tle", "--from", "forem-liege-cariste"])
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    run(&["--country", "BE"])
        .code(2)
        .stderr(predicate::str::contains("need a start"));
    run(&["--around", "afpa-metz-tle", "--depth", "4"]).code(2);
    // No route: exit 1, why on stderr, no DOT half written.
    run(&[
        "--from",
        "afpa-metz-tle",
        "--to",
        "forem-liege-cariste",
        "--only-provider",
        "afpa",
    ])
    .code(1)
    .stdout("")
    .stderr(predicate::str::contains("no pathway"));
}

#[test]
fn titles_cannot_break_out_of_their_strings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.json");
    std::fs::write(
        &file,
        r#"{"format": "parcours/1",
  "providers": [{"id": "p", "name": "P \"quoted\" \\ body", "country": "FR"}],
  "offers": [
    {"id": "a", "provider": "p", "title": "Soudeur \"MIG\" \\ niveau 2 \\n } ] ;", "hours": 10},
    {"id": "b", "provider": "p", "title": "Line\nbreak\u001b[2J and \u202eevil", "hours": 10}],
  "links": [{"from": "a", "to": "b", "kind": "progression", "credit_hours": 5}]}"#,
    )
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let output = parcours(home.path())
        .args(["export", "--format", "dot", "--data"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let dot = read(&text);
    assert_eq!(dot.edges.len(), 1);
    assert!(
        text.contains(r#"Soudeur \"MIG\" \\ niveau 2 \\n } ] ;"#),
        "{text}"
    );
    assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'));
    graphviz_accepts(&text);
}
