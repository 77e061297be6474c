//! Where a parser error points: the value or key around a byte, and its
//! path.

use super::{PathPart, Scanner};

enum Frame {
    Object {
        start: usize,
        key: Option<String>,
        expect_key: bool,
    },
    Array {
        start: usize,
        index: usize,
    },
}

/// What a parser error points at: the start of the innermost value or key
/// around `point`, and its path from `base`.
pub struct Pointed {
    pub offset: usize,
    pub path: Vec<PathPart>,
}

/// The value or key that the byte at `point` belongs to, inside the value
/// starting at `base`. A point in blank space stands for the next value; a
/// point on a closing bracket stands for the whole object or list.
#[allow(clippy::too_many_lines)] // one state machine, clearer in one piece
pub fn value_at(text: &str, base: usize, point: usize) -> Pointed {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: base,
    };
    let mut stack: Vec<Frame> = Vec::new();
    let path_of = |stack: &[Frame]| -> Vec<PathPart> {
        let mut path = Vec::new();
        for frame in stack {
            match frame {
                Frame::Object { key: Some(k), .. } => path.push(PathPart::Key(k.clone())),
                Frame::Array { index, .. } => path.push(PathPart::Index(*index)),
                Frame::Object { key: None, .. } => {}
            }
        }
        path
    };
    loop {
        s.skip_ws();
        let start = s.i;
        let Some(byte) = s.peek() else {
            return Pointed {
                offset: start.min(text.len()),
                path: path_of(&stack),
            };
        };
        match byte {
            b',' => {
                s.i += 1;
                match stack.last_mut() {
                    Some(Frame::Array { index, .. }) => *index += 1,
                    Some(Frame::Object {
                        expect_key, key, ..
                    }) => {
                        *expect_key = true;
                        *key = None;
                    }
                    None => {}
                }
                continue;
            }
            b':' => {
                s.i += 1;
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
                continue;
            }
            b'}' | b']' => {
                s.i += 1;
                let frame = stack.pop();
                if start >= point {
                    let container = match frame {
                        Some(Frame::Object { start, .. } | Frame::Array { start, .. }) => start,
                        None => start,
                    };
                    return Pointed {
                        offset: container,
                        path: path_of(&stack),
                    };
                }
                continue;
            }
            _ => {}
        }
        let is_key = matches!(
            stack.last(),
            Some(Frame::Object {
                expect_key: true,
                ..
            })
        );
        match byte {
            b'{' => {
                s.i += 1;
                if start >= point {
                    return Pointed {
                        offset: start,
                        path: path_of(&stack),
                    };
                }
                stack.push(Frame::Object {
                    start,
                    key: None,
                    expect_key: true,
                });
            }
            b'[' => {
                s.i += 1;
                if start >= point {
                    return Pointed {
                        offset: start,
                        path: path_of(&stack),
                    };
                }
                stack.push(Frame::Array { start, index: 0 });
            }
            b'"' => {
                s.skip_string();
                if is_key {
                    let key = serde_json::from_str::<String>(&text[start..s.i]).unwrap_or_default();
                    if let Some(Frame::Object { key: k, .. }) = stack.last_mut() {
                        *k = Some(key);
                    }
                    if s.i > point {
                        return Pointed {
                            offset: start,
                            path: path_of(&stack),
                        };
                    }
                } else if s.i > point {
                    return Pointed {
                        offset: start,
                        path: path_of(&stack),
                    };
                }
            }
            _ => {
                s.skip_scalar();
                if s.i > point || s.i == start {
                    return Pointed {
                        offset: start,
                        path: path_of(&stack),
                    };
                }
            }
        }
    }
}
