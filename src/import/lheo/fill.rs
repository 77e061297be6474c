//! Filling a [`Formation`] from the elements as they open and close, and
//! counting what parcours has no place for.

use super::paths::{Field, Node, Opens, classify};
use super::reader::Fatal;
use super::record::{Action, Body, Certification, Formation, Place, Session, Val};
use crate::import::report::Findings;

/// An example of an unmapped element keeps at most this much of its text.
const SKIPPED_TEXT: usize = 200;

/// An element open while reading.
struct Open {
    name: String,
    at: u64,
    node: Node,
}

/// An unmapped element being skipped, with its text for the report.
struct Skip {
    depth: usize,
    what: String,
    at: u64,
    text: String,
}

/// The reading state: the open elements and the formation being filled.
#[derive(Default)]
pub struct Filler {
    stack: Vec<Open>,
    /// The index in `stack` of the open `<formation>`.
    formation_at: Option<usize>,
    formation: Formation,
    /// The text of the value element being read, and where it starts.
    value: Val,
    skip: Option<Skip>,
    root_closed: bool,
}

impl Filler {
    /// An element opens (`at` is its `<`, `inner` just after its start
    /// tag); `attrs` are its `numero` and `info`.
    pub fn open(
        &mut self,
        name: &str,
        attrs: &[Option<String>; 2],
        at: u64,
        inner: u64,
    ) -> Result<(), Fatal> {
        let [numero, info] = attrs;
        let mut node = Node::Container(Opens::Nothing);
        if self.skip.is_some() {
            node = Node::Unmapped;
        } else if let Some(base) = self.formation_at {
            let mut path: Vec<&str> = self.stack[base + 1..]
                .iter()
                .map(|o| o.name.as_str())
                .collect();
            path.push(name);
            node = classify(&path);
            if let Node::Container(opens) = node
                && !self.start_record(opens, numero.as_ref(), at)
            {
                node = Node::Unmapped;
            }
        } else {
            match (self.stack.len(), name) {
                (0, _) if self.root_closed => {
                    return Err(Fatal {
                        at: Some(at),
                        message: format!(
                            "<{name}> after the end of <lheo>: an XML file has one root element"
                        ),
                    });
                }
                (0, "lheo") | (1, "offres") => {}
                (0, other) => {
                    return Err(Fatal {
                        at: Some(at),
                        message: format!(
                            "the root element is <{other}>; an LHÉO file of offers starts with <lheo>"
                        ),
                    });
                }
                (2, "formation") => {
                    self.formation_at = Some(2);
                    self.formation = Formation {
                        at,
                        numero: numero.clone(),
                        ..Formation::default()
                    };
                }
                _ => node = Node::Unmapped,
            }
        }
        match node {
            Node::Value(_) => {
                self.value = Val {
                    text: String::new(),
                    at: inner,
                };
            }
            Node::Unmapped if self.skip.is_none() => {
                let mut what: Vec<&str> = self.stack.iter().map(|o| o.name.as_str()).collect();
                what.push(name);
                let mut what = what.join("/");
                if let Some(info) = info {
                    what = format!("{what}[info={info}]");
                }
                let what = what
                    .strip_prefix("lheo/offres/")
                    .map_or(what.clone(), str::to_owned);
                self.skip = Some(Skip {
                    depth: self.stack.len(),
                    what,
                    at,
                    text: String::new(),
                });
            }
            _ => {}
        }
        self.stack.push(Open {
            name: name.to_owned(),
            at,
            node,
        });
        Ok(())
    }

    /// Opens the record of a container; false when it cannot be (a second
    /// responsible body, a place outside an action), so that the element is
    /// reported instead.
    fn start_record(&mut self, opens: Opens, numero: Option<&String>, at: u64) -> bool {
        let f = &mut self.formation;
        match opens {
            Opens::Nothing => {}
            Opens::Certification => f.certifications.push(Certification::default()),
            Opens::Action => f.actions.push(Action {
                at,
                numero: numero.cloned(),
                ..Action::default()
            }),
            Opens::Responsible if f.responsible.is_some() => return false,
            Opens::Responsible => {
                f.responsible = Some(Body {
                    at,
                    ..Body::default()
                });
            }
            Opens::Place | Opens::Session | Opens::Trainer => {
                let Some(action) = f.actions.last_mut() else {
                    return false;
                };
                match opens {
                    Opens::Place => action.places.push(Place {
                        at,
                        ..Place::default()
                    }),
                    Opens::Session => action.sessions.push(Session {
                        at,
                        ..Session::default()
                    }),
                    _ => action.trainers.push(Body {
                        at,
                        ..Body::default()
                    }),
                }
            }
        }
        true
    }

    /// Text inside the current element.
    pub fn text(&mut self, text: &str, at: u64, findings: &mut Findings) -> Result<(), Fatal> {
        if let Some(skip) = &mut self.skip {
            let text = text.trim();
            if skip.text.len() < SKIPPED_TEXT && !text.is_empty() {
                // The texts of nested elements, apart.
                if !skip.text.is_empty() {
                    skip.text.push(' ');
                }
                skip.text.push_str(text);
            }
            return Ok(());
        }
        match self.stack.last() {
            Some(Open {
                node: Node::Value(_),
                ..
            }) => self.value.text.push_str(text),
            _ if text.trim().is_empty() => {}
            None => {
                return Err(Fatal {
                    at: Some(at),
                    message: "text outside the root element".into(),
                });
            }
            Some(_) => {
                let path: Vec<&str> = self.stack.iter().map(|o| o.name.as_str()).collect();
                let path = path.join("/");
                let path = path.strip_prefix("lheo/offres/").unwrap_or(&path);
                findings.unmapped(format!("{path} (text between elements)"), at, text);
            }
        }
        Ok(())
    }

    /// The current element closes; returns the formation when it is the
    /// one closing.
    pub fn close(&mut self, findings: &mut Findings) -> Option<Formation> {
        let open = self.stack.pop()?;
        if self.stack.is_empty() {
            self.root_closed = true;
        }
        if let Some(skip) = self.skip.take_if(|s| s.depth == self.stack.len()) {
            findings.unmapped(skip.what, skip.at, &skip.text);
            return None;
        }
        match open.node {
            Node::Value(field) => {
                let value = std::mem::take(&mut self.value);
                let what = || {
                    let path: Vec<&str> = self.stack.iter().map(|o| o.name.as_str()).collect();
                    format!("{}/{} (repeated)", path.join("/"), open.name)
                };
                if let Some(extra) = assign(&mut self.formation, field, value) {
                    let what = what();
                    let what = what.strip_prefix("lheo/offres/").unwrap_or(&what);
                    findings.unmapped(what, extra.at, &extra.text);
                }
                None
            }
            _ if self.formation_at == Some(self.stack.len()) => {
                self.formation_at = None;
                Some(std::mem::take(&mut self.formation))
            }
            _ => None,
        }
    }

    /// The end of the file: every element must have been closed.
    pub fn finish(&self) -> Result<(), Fatal> {
        if let Some(open) = self.stack.last() {
            return Err(Fatal {
                at: Some(open.at),
                message: format!(
                    "<{}> is never closed: the file ends inside it (is it cut short?)",
                    open.name
                ),
            });
        }
        if !self.root_closed {
            return Err(Fatal {
                at: Some(0),
                message: "the file holds no element; an LHÉO file of offers starts with <lheo>"
                    .into(),
            });
        }
        Ok(())
    }
}

/// Puts a value in its place; gives it back when the place is taken (an
/// element written twice where LHÉO allows one).
fn assign(f: &mut Formation, field: Field, value: Val) -> Option<Val> {
    use Field as F;
    match field {
        F::Title => one(&mut f.title, value),
        F::Objective => one(&mut f.objective, value),
        F::Content => one(&mut f.content, value),
        F::Nsf => push(&mut f.nsf, value),
        F::Rome => push(&mut f.rome, value),
        F::Rncp | F::Rs | F::Certifinfo => {
            let cert = f
                .certifications
                .last_mut()
                .expect("a code is inside a certification");
            let slot = match field {
                F::Rncp => &mut cert.rncp,
                F::Rs => &mut cert.rs,
                _ => &mut cert.certifinfo,
            };
            one(slot, value)
        }
        F::Level => one(&mut f.level, value),
        F::FormationUrl => push(&mut f.urls, value),
        F::Module => one(&mut f.module, value),
        F::SubModule => push(&mut f.sub_modules, value),
        F::Prerequisite => push(&mut f.prerequisites, value),
        F::BodySiret | F::BodyName | F::BodyLegalName | F::BodyUrl | F::BodyCountry => {
            let body = f
                .responsible
                .as_mut()
                .expect("a body field is inside the body");
            let slot = match field {
                F::BodySiret => &mut body.siret,
                F::BodyName => &mut body.name,
                F::BodyLegalName => &mut body.legal_name,
                F::BodyUrl => &mut body.url,
                _ => &mut body.country,
            };
            one(slot, value)
        }
        _ => assign_action(
            f.actions
                .last_mut()
                .expect("an action field is inside an action"),
            field,
            value,
        ),
    }
}

fn one(slot: &mut Option<Val>, value: Val) -> Option<Val> {
    if slot.is_some() {
        return Some(value);
    }
    *slot = Some(value);
    None
}

fn push(list: &mut Vec<Val>, value: Val) -> Option<Val> {
    list.push(value);
    None
}

fn assign_action(a: &mut Action, field: Field, value: Val) -> Option<Val> {
    use Field as F;
    fn place(a: &mut Action) -> &mut Place {
        a.places
            .last_mut()
            .expect("a place field is inside a place")
    }
    fn session(a: &mut Action) -> &mut Session {
        a.sessions.last_mut().expect("a period is inside a session")
    }
    fn trainer(a: &mut Action) -> &mut Body {
        a.trainers
            .last_mut()
            .expect("a trainer field is inside a trainer")
    }
    match field {
        F::Public => push(&mut a.publics, value),
        F::Alternance => one(&mut a.alternance, value),
        F::Teaching => one(&mut a.teaching, value),
        F::Entry => one(&mut a.entry, value),
        F::ActionUrl => push(&mut a.urls, value),
        F::Language => one(&mut a.language, value),
        F::PriceTotal => one(&mut a.price_total, value),
        F::PriceHour => one(&mut a.price_hour, value),
        F::HoursCentre => one(&mut a.hours_centre, value),
        F::HoursCompany => one(&mut a.hours_company, value),
        F::HoursTotal => one(&mut a.hours_total, value),
        F::PlaceName => one(&mut place(a).name, value),
        F::PlacePostcode => one(&mut place(a).postcode, value),
        F::PlaceCity => one(&mut place(a).city, value),
        F::PlaceCountry => one(&mut place(a).country, value),
        F::Latitude => one(&mut place(a).lat, value),
        F::Longitude => one(&mut place(a).lon, value),
        F::SessionStart => one(&mut session(a).start, value),
        F::SessionEnd => one(&mut session(a).end, value),
        F::TrainerSiret => one(&mut trainer(a).siret, value),
        F::TrainerName => one(&mut trainer(a).name, value),
        _ => unreachable!("formation and body fields are assigned above"),
    }
}
