//! Writing a [`Picture`] as DOT text: every id and label quoted and
//! escaped (a quote or a backslash in a title cannot end a string or start
//! an escape of Graphviz's), offers grouped by body, edges styled by kind.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use super::{DotEdge, DotNode, Emphasis, Picture, Words};
use crate::model::Catalogue;
use crate::picture::neighbourhood::{EdgeStyle, Kind};

/// The longest line of a title in a box, in characters: longer titles
/// are cut between words.
const LINE: usize = 36;

/// Red, for seams.
const SEAM: &str = "#c62828";

/// The picture as a DOT graph.
pub fn write(
    cat: &Catalogue,
    picture: &Picture,
    words: &Words,
    out: &mut impl Write,
) -> std::io::Result<()> {
    writeln!(out, "digraph parcours {{")?;
    writeln!(
        out,
        "  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\", fontsize=12, labelloc=t, label={}];",
        quote(&picture.caption)
    )?;
    writeln!(
        out,
        "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];"
    )?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    let mut by_body: BTreeMap<usize, Vec<&DotNode>> = BTreeMap::new();
    for node in &picture.nodes {
        by_body
            .entry(cat.offer(node.offer).provider.index())
            .or_default()
            .push(node);
    }
    for (body, nodes) in by_body {
        let provider = &cat.providers[body];
        writeln!(
            out,
            "  subgraph {} {{",
            quote(&format!("cluster_{}", provider.id))
        )?;
        writeln!(
            out,
            "    label={}; style=rounded; color=\"#9e9e9e\";",
            quote(&format!("{} ({})", provider.short_name(), provider.country))
        )?;
        for node in nodes {
            write_node(cat, *node, words, out)?;
        }
        writeln!(out, "  }}")?;
    }
    for edge in &picture.edges {
        write_edge(cat, edge, picture.routes, words, out)?;
    }
    write_legend(picture, words, out)?;
    writeln!(out, "}}")
}

fn write_node(
    cat: &Catalogue,
    node: DotNode,
    words: &Words,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let offer = cat.offer(node.offer);
    let place = offer
        .centre
        .map_or_else(|| "—".to_owned(), |c| cat.centre(c).city.clone());
    let details = format!("{place} · {}", (words.hours)(offer.hours));
    let mut lines = wrap(&offer.title, LINE);
    lines.push(details);
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let emphasis = match node.emphasis {
        Emphasis::Plain => "",
        Emphasis::Centre => ", style=\"rounded,filled,bold\", fillcolor=\"#fff3c4\"",
        Emphasis::Start => ", style=\"rounded,filled\", fillcolor=\"#e3f2fd\"",
        Emphasis::End => ", style=\"rounded,filled,bold\", fillcolor=\"#e8f5e9\"",
    };
    writeln!(
        out,
        "    {} [label={}, tooltip={}{emphasis}];",
        quote(&offer.id),
        label(&lines),
        quote(&offer.id)
    )
}

/// Colour and line of each kind: colour for the screen, the line's look
/// for a page printed in black and white.
fn look(style: EdgeStyle) -> String {
    let (colour, line) = match style.kind {
        Kind::Progression => ("#2e7d32", "solid"),
        Kind::Bridge => ("#1565c0", "bold"),
        Kind::Equivalence => ("#8e24aa", "dashed"),
        Kind::Inferred => ("#757575", "dotted"),
    };
    let colour = if style.seam { SEAM } else { colour };
    format!("color=\"{colour}\", fontcolor=\"{colour}\", style={line}")
}

fn write_edge(
    cat: &Catalogue,
    edge: &DotEdge,
    routes: usize,
    words: &Words,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut parts: Vec<String> = Vec::new();
    for &(route, step) in &edge.steps {
        parts.push((words.step)(route, step, routes));
    }
    if edge.credit > 0.0 {
        parts.push((words.credit)(&(words.hours)(edge.credit)));
    }
    if edge.style.seam {
        parts.push("⚠".to_owned());
    }
    let mut attributes = look(edge.style);
    if !parts.is_empty() {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let _ = write!(attributes, ", label={}", label(&parts));
    }
    if edge.both_ways {
        attributes.push_str(", dir=both");
    }
    let mut tooltip = (words.kind)(edge.style.kind).to_owned();
    if edge.style.seam {
        tooltip = format!("{tooltip} · {}", words.seam);
    }
    writeln!(
        out,
        "  {} -> {} [{attributes}, tooltip={}];",
        quote(&cat.offer(edge.from).id),
        quote(&cat.offer(edge.to).id),
        quote(&tooltip)
    )
}

/// A box in a corner naming each kind of edge drawn, and the seam.
fn write_legend(picture: &Picture, words: &Words, out: &mut impl Write) -> std::io::Result<()> {
    let (kinds, seam) = picture.kinds();
    if kinds.is_empty() {
        return Ok(());
    }
    writeln!(out, "  subgraph \"cluster_legend\" {{")?;
    writeln!(
        out,
        "    label={}; style=dashed; color=\"#bdbdbd\";",
        quote(words.legend)
    )?;
    writeln!(out, "    node [shape=point, width=0.05, label=\"\"];")?;
    let mut entries: Vec<(EdgeStyle, &str)> = kinds
        .into_iter()
        .map(|kind| (EdgeStyle { kind, seam: false }, (words.kind)(kind)))
        .collect();
    if seam {
        entries.push((
            EdgeStyle {
                kind: Kind::Progression,
                seam: true,
            },
            words.seam,
        ));
    }
    // Ids with a space and capitals: no offer id can be one of them.
    for (i, (style, word)) in entries.into_iter().enumerate() {
        writeln!(
            out,
            "    \"Legend {i} a\" -> \"Legend {i} b\" [{}, label={}];",
            look(style),
            quote(word)
        )?;
    }
    writeln!(out, "  }}")
}

/// A DOT string: in double quotes, with quotes and backslashes escaped and
/// control characters (which Graphviz would take as they are) made spaces.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    push_escaped(&mut out, text);
    out.push('"');
    out
}

/// A label of several lines, each centred (`\n` is DOT's line break).
fn label(lines: &[&str]) -> String {
    let mut out = String::from("\"");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("\\n");
        }
        push_escaped(&mut out, line);
    }
    out.push('"');
    out
}

/// Text cut between words into lines of at most `max` characters (a
/// longer word stands alone).
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if crate::text::is_unsafe(c) => out.push(' '),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_cannot_escape_their_quotes() {
        assert_eq!(quote("a"), "\"a\"");
        assert_eq!(quote(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(quote(r"C:\path\"), r#""C:\\path\\""#);
        assert_eq!(quote("two\nlines\u{1b}[2J"), "\"two lines [2J\"");
        assert_eq!(quote("\u{202e}évé"), "\" évé\"");
        assert_eq!(label(&["a\"b", "c"]), r#""a\"b\nc""#);
    }

    #[test]
    fn long_titles_are_cut_between_words() {
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(
            wrap("Soudeur assembleur industriel", 18),
            vec!["Soudeur assembleur", "industriel"]
        );
        assert_eq!(
            wrap("Électromécanicien x", 5),
            vec!["Électromécanicien", "x"]
        );
    }
}
