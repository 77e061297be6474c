//! Catalogue files written item by item: one compact JSON item per line
//! inside arrays written by hand, so no file is ever whole in memory.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::file::FORMAT;

/// Where files go: a directory, or memory.
pub trait Sink {
    type Out: Write;
    /// Starts the file `name`, of about `size` bytes.
    fn create(&mut self, name: &str, size: usize) -> io::Result<Self::Out>;
    /// Ends the file `name`, once everything is written to it.
    fn finish(&mut self, name: String, out: Self::Out) -> io::Result<()>;
}

/// One `parcours/1` file being written.
pub struct Doc<W: Write> {
    out: W,
    /// Whether a section is open, and whether it has an item yet.
    section: Option<bool>,
}

impl<W: Write> Doc<W> {
    pub fn new(mut out: W) -> io::Result<Self> {
        write!(out, "{{\"format\": \"{FORMAT}\"")?;
        Ok(Self { out, section: None })
    }

    /// Opens a section (`"offers": [`), closing the one before.
    pub fn section(&mut self, name: &str) -> io::Result<()> {
        self.close_section()?;
        write!(self.out, ",\n\"{name}\": [")?;
        self.section = Some(false);
        Ok(())
    }

    /// Writes one item of the open section on its own line.
    pub fn item<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        let started = self.section.replace(true).expect("a section is open");
        self.out.write_all(if started { b",\n" } else { b"\n" })?;
        serde_json::to_writer(&mut self.out, item)?;
        Ok(())
    }

    fn close_section(&mut self) -> io::Result<()> {
        if self.section.take().is_some() {
            self.out.write_all(b"\n]")?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.close_section()?;
        self.out.write_all(b"\n}\n")?;
        Ok(self.out)
    }
}

/// One section spread over numbered files (`offers-0000.json`, …) of at
/// most `limit` items each; at least one file, even with no item.
pub struct Chunks<'s, S: Sink> {
    sink: &'s mut S,
    section: &'static str,
    limit: usize,
    /// About how many items, and how many bytes each, are to come.
    expected: (usize, usize),
    files: usize,
    items: usize,
    open: Option<(String, Doc<S::Out>)>,
}

impl<'s, S: Sink> Chunks<'s, S> {
    /// Chunks of at most `limit` items, of about `expected` = (items, bytes
    /// per item) in all.
    pub fn new(
        sink: &'s mut S,
        section: &'static str,
        limit: usize,
        expected: (usize, usize),
    ) -> Self {
        Self {
            sink,
            section,
            limit,
            expected,
            files: 0,
            items: 0,
            open: None,
        }
    }

    pub fn item<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        if self.open.is_none() || self.items == self.limit {
            self.next_file()?;
        }
        let (_, doc) = self.open.as_mut().expect("a file is open");
        doc.item(item)?;
        self.items += 1;
        Ok(())
    }

    fn next_file(&mut self) -> io::Result<()> {
        self.close()?;
        let name = format!("{}-{:04}.json", self.section, self.files);
        let (items, bytes) = self.expected;
        let left = items
            .saturating_sub(self.files * self.limit)
            .min(self.limit);
        let mut doc = Doc::new(self.sink.create(&name, left * bytes + 100)?)?;
        doc.section(self.section)?;
        self.open = Some((name, doc));
        self.files += 1;
        self.items = 0;
        Ok(())
    }

    fn close(&mut self) -> io::Result<()> {
        if let Some((name, doc)) = self.open.take() {
            let out = doc.finish()?;
            self.sink.finish(name, out)?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        if self.files == 0 {
            self.next_file()?;
        }
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Memory(Vec<(String, Vec<u8>)>);

    impl Sink for Memory {
        type Out = Vec<u8>;
        fn create(&mut self, _: &str, _: usize) -> io::Result<Vec<u8>> {
            Ok(Vec::new())
        }
        fn finish(&mut self, name: String, out: Vec<u8>) -> io::Result<()> {
            self.0.push((name, out));
            Ok(())
        }
    }

    #[test]
    fn writes_one_item_per_line_and_valid_json() {
        let mut doc = Doc::new(Vec::new()).unwrap();
        doc.section("competences").unwrap();
        doc.item(&serde_json::json!({"id": "a"})).unwrap();
        doc.item(&serde_json::json!({"id": "b"})).unwrap();
        doc.section("links").unwrap();
        let text = String::from_utf8(doc.finish().unwrap()).unwrap();
        assert_eq!(
            text,
            "{\"format\": \"parcours/1\",\n\"competences\": [\n{\"id\":\"a\"},\n{\"id\":\"b\"}\n],\n\"links\": [\n]\n}\n"
        );
        serde_json::from_str::<serde_json::Value>(&text).unwrap();
    }

    #[test]
    fn chunks_split_at_the_limit_and_always_write_one_file() {
        let mut sink = Memory(Vec::new());
        let mut chunks = Chunks::new(&mut sink, "links", 2, (5, 2));
        for i in 0..5 {
            chunks.item(&i).unwrap();
        }
        chunks.finish().unwrap();
        let names: Vec<&str> = sink.0.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["links-0000.json", "links-0001.json", "links-0002.json"]
        );
        assert!(sink.0[2].1.ends_with(b"\"links\": [\n4\n]\n}\n"));

        let mut empty = Memory(Vec::new());
        Chunks::new(&mut empty, "offers", 2, (0, 0))
            .finish()
            .unwrap();
        assert_eq!(empty.0.len(), 1);
        assert_eq!(empty.0[0].0, "offers-0000.json");
    }
}
