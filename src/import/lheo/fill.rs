//! Filling a [`Formation`] from the elements as they open and close, and
//! counting what parcours has no place for.

mod assign;

use assign::assign;

use super::paths::{Node, Opens, classify};
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
