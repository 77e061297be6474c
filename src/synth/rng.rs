//! `SplitMix64`: a small, fast generator whose whole state is one `u64`, so
//! a seed gives the same numbers on every platform and in every release.

/// A `SplitMix64` generator (Steele, Lea and Flood, 2014).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// An independent generator for one part of the work, so that changing
    /// how much one part draws leaves the others' numbers alone.
    pub fn stream(seed: u64, part: u64) -> Self {
        let mut mixer = Self(seed ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03));
        Self(mixer.next_u64())
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0), by Lemire's multiply-shift: the bias
    /// is below 2^-32 for every `n` a catalogue needs.
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0, "below(0) has no value to give");
        let wide = u128::from(self.next_u64()) * n as u128;
        usize::try_from(wide >> 64).expect("less than n")
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u32, high: u32) -> u32 {
        let span = (high - low) as usize + 1;
        low + u32::try_from(self.below(span)).expect("span fits in u32")
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        const SCALE: f64 = 1.0 / 9_007_199_254_740_992.0; // 2^-53
        #[allow(clippy::cast_precision_loss)] // 53 bits fit an f64 exactly
        let top = (self.next_u64() >> 11) as f64;
        top * SCALE
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One item of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn with the given weights (not all zero).
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut left = u32::try_from(self.below(total as usize)).expect("below a u32");
        for (i, &w) in weights.iter().enumerate() {
            if left < w {
                return i;
            }
            left -= w;
        }
        weights.len() - 1
    }

    /// Shuffles a slice in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let first: Vec<u64> = (0..100).map(|_| a.next_u64()).collect();
        assert!(first.iter().all(|&x| x == b.next_u64()));
        let mut c = Rng::new(8);
        assert_ne!(first[0], c.next_u64());
    }

    #[test]
    fn matches_the_reference_splitmix64() {
        // The first outputs for seed 0 of the reference C implementation.
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn below_stays_in_range_and_reaches_every_value() {
        let mut rng = Rng::new(42);
        for n in [1, 2, 3, 7, 10, 1000] {
            let mut seen = vec![false; n];
            for _ in 0..n * 50 {
                let x = rng.below(n);
                assert!(x < n, "{x} is not below {n}");
                seen[x] = true;
            }
            assert!(seen.iter().all(|&s| s), "some value below {n} never came");
        }
    }

    #[test]
    fn between_chance_pick_and_weighted_keep_their_bounds() {
        let mut rng = Rng::new(3);
        for _ in 0..1000 {
            assert!((5..=9).contains(&rng.between(5, 9)));
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
            assert_eq!(*rng.pick(&[4]), 4);
            assert_eq!(rng.weighted(&[0, 3, 0]), 1);
        }
        assert!(!rng.chance(0.0));
        assert!(rng.chance(1.0));
        let heads = (0..10_000).filter(|_| rng.chance(0.3)).count();
        assert!((2_700..3_300).contains(&heads), "{heads} of 10000");
    }

    #[test]
    fn streams_differ_from_each_other_and_repeat() {
        let a = Rng::stream(1, 1).next_u64();
        assert_eq!(a, Rng::stream(1, 1).next_u64());
        assert_ne!(a, Rng::stream(1, 2).next_u64());
        assert_ne!(a, Rng::stream(2, 1).next_u64());
    }

    #[test]
    fn shuffle_keeps_every_item() {
        let mut rng = Rng::new(9);
        let mut items: Vec<u32> = (0..50).collect();
        rng.shuffle(&mut items);
        assert_ne!(items, (0..50).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..50).collect::<Vec<_>>());
    }
}
