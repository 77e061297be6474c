//! Reading an LHÉO file as a stream of XML events with quick-xml, one
//! `<formation>` at a time: memory holds the formation being read, never
//! the whole document.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, escape::resolve_predefined_entity};

use super::decode::{BadByte, Decoded, Encoding, sniff};
use super::fill::Filler;
use super::record::Formation;
use crate::import::report::Findings;

/// Why the file cannot be read at all.
#[derive(Debug)]
pub struct Fatal {
    /// Where in the decoded stream, when the problem has a place.
    pub at: Option<u64>,
    pub message: String,
}

impl Fatal {
    fn at(at: u64, message: impl Into<String>) -> Self {
        Self {
            at: Some(at),
            message: message.into(),
        }
    }
}

/// Reads the file, handing each formation to `each` as soon as it is
/// closed; returns the encoding read, for locating offsets afterwards.
pub fn read(
    path: &Path,
    findings: &mut Findings,
    mut each: impl FnMut(Formation, &mut Findings),
) -> Result<Encoding, (Option<Encoding>, Fatal)> {
    let io = |e: std::io::Error| {
        (
            None,
            Fatal {
                at: None,
                message: format!("cannot read the file: {e}"),
            },
        )
    };
    let mut file = File::open(path).map_err(io)?;
    let mut head = Vec::with_capacity(1024);
    (&mut file).take(1024).read_to_end(&mut head).map_err(io)?;
    file.rewind().map_err(io)?;
    let encoding = sniff(&head).map_err(|message| {
        (
            None,
            Fatal {
                at: Some(0),
                message,
            },
        )
    })?;
    let mut reader = Reader::from_reader(BufReader::with_capacity(
        64 * 1024,
        Decoded::new(file, encoding),
    ));
    let mut filler = Filler::default();
    let mut buf = Vec::new();
    let fail = |fatal| (Some(encoding), fatal);
    loop {
        let before = reader.buffer_position();
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| fail(xml_error(&e, reader.error_position())))?;
        let after = reader.buffer_position();
        match event {
            Event::Start(e) => filler
                .open(
                    &name(&e),
                    &attributes(&e, before).map_err(fail)?,
                    before,
                    after,
                )
                .map_err(fail)?,
            Event::Empty(e) => {
                filler
                    .open(
                        &name(&e),
                        &attributes(&e, before).map_err(fail)?,
                        before,
                        after,
                    )
                    .map_err(fail)?;
                if let Some(formation) = filler.close(findings) {
                    each(formation, findings);
                }
            }
            Event::End(_) => {
                if let Some(formation) = filler.close(findings) {
                    each(formation, findings);
                }
            }
            Event::Text(t) => {
                // Where the text itself starts, for stray text in reports.
                let lead = t.len() - t.trim_start().len();
                filler
                    .text(&t.xml10_content(), before + lead as u64, findings)
                    .map_err(fail)?;
            }
            Event::CData(t) => filler
                .text(&t.into_inner(), before, findings)
                .map_err(fail)?,
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => resolve_predefined_entity(&r)
                        .ok_or_else(|| {
                            fail(Fatal::at(
                                before,
                                format!("unknown entity &{};: XML knows &lt; &gt; &amp; &quot; &apos; and character references such as &#233;", &*r),
                            ))
                        })?
                        .to_owned(),
                    Err(e) => return Err(fail(Fatal::at(before, format!("bad character reference &{};: {e}", &*r)))),
                };
                filler.text(&text, before, findings).map_err(fail)?;
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
        buf.clear();
    }
    filler.finish().map_err(fail)?;
    Ok(encoding)
}

/// The element's name without its namespace prefix.
fn name(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_owned()
}

/// The attributes parcours uses: `numero` (for ids) and `info` (which says
/// what an `<extras>` holds, for the report).
fn attributes(e: &BytesStart<'_>, at: u64) -> Result<[Option<String>; 2], Fatal> {
    let mut found = [None, None];
    for attr in e.attributes() {
        let attr = attr.map_err(|err| Fatal::at(at, format!("malformed attribute: {err}")))?;
        let slot = match attr.key.local_name().as_ref() {
            "numero" => 0,
            "info" => 1,
            _ => continue,
        };
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| Fatal::at(at, format!("malformed attribute value: {err}")))?;
        found[slot] = Some(value.into_owned());
    }
    Ok(found)
}

/// A quick-xml error as a sentence, at its place.
fn xml_error(e: &quick_xml::Error, position: u64) -> Fatal {
    use quick_xml::errors::{Error, IllFormedError};
    match e {
        Error::Io(io) => match io
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<BadByte>())
        {
            Some(bad) => Fatal::at(bad.offset, bad.to_string()),
            None => Fatal {
                at: None,
                message: format!("cannot read the file: {io}"),
            },
        },
        Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => Fatal::at(
            position,
            format!(
                "</{found}> closes <{expected}>: <{expected}> is not closed, or </{found}> is misspelt"
            ),
        ),
        Error::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
            Fatal::at(position, format!("</{name}> closes no open element"))
        }
        Error::Syntax(s) => Fatal::at(position, format!("malformed XML: {s}")),
        other => Fatal::at(position, format!("malformed XML: {other}")),
    }
}
