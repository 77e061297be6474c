//! The pathway graph: offers joined by explicit links and by progressions
//! inferred from competences.

pub mod infer;
